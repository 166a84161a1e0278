package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexicon entries from a folder of files take effect like the built-in ones. */
class LexiconFolderTest {

    /** A cue nobody knows and a title nobody knows, in the lead and in a further meeting. */
    private static final String RELEASE = " date 2024-05-10\n\n"
            + "Foreign Minister of Kazakhstan Murat Nurtleu held a strategy huddle with Foreign Minister of"
            + " Georgia Ilia Darchiashvili in Astana.\n\n"
            + "On the same day, Murat Nurtleu also held a strategy huddle with Grand Warden of Georgia Orlen Vasko.\n";

    @Test
    void aMeetingWordFromAFileAndATitleThroughTheBuilderWorkInTheLeadAndInFurtherMeetings(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("triggers.tsv"), "# a house word for talks\nTALKS\tstrategy huddle\n",
                StandardCharsets.UTF_8);
        PressReleaseParser plain = PressReleaseParser.create();
        PressReleaseParser extended = PressReleaseParser.builder().addLexicons(folder).addTitle("Grand Warden").build();

        assertThat(plain.parse("huddle", RELEASE).release().meetings()).isEmpty();
        PressRelease release = extended.parse("huddle", RELEASE).release();
        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.TALKS);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactly("Murat Nurtleu", "Orlen Vasko");
        assertThat(release.meetings().get(1).participants().get(1).title()).contains("Grand Warden");
    }

    @Test
    void placesOrganisationsAndOfficialsComeFromTheirFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("countries.tsv"), "GE\tcity\tVesmirgrad\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("officials.tsv"), "KZ\tDaulet Serikbayev\n", StandardCharsets.UTF_8);
        PressReleaseParser parser = PressReleaseParser.builder().addLexicons(folder).build();

        Meeting meeting = parser.parse("place", "Deputy Minister Daulet Serikbayev had talks with Minister Sylvain"
                + " Guiaugue in Vesmirgrad.\n").release().meetings().get(0);

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.country()).contains(CountryCode.of("GE")));
        assertThat(meeting.participants().get(0).country()).contains(CountryCode.of("KZ"));
    }

    @Test
    void aBadLineIsNamedByFileAndLine(@TempDir Path folder) throws IOException {
        Path triggers = folder.resolve("triggers.tsv");
        Files.writeString(triggers, "TALKS\tstrategy huddle\nHUDDLE\tteam huddle\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PressReleaseParser.builder().addLexicons(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(triggers + ":2: ")
                .hasMessageContaining("HUDDLE");
    }

    @Test
    void aFileOfAnotherNameOrAMissingFolderIsAnError(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("words.txt"), "huddle\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PressReleaseParser.builder().addLexicons(folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("words.txt: not a lexicon file");
        assertThatThrownBy(() -> PressReleaseParser.builder().addLexicons(folder.resolve("none")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none");
    }
}
