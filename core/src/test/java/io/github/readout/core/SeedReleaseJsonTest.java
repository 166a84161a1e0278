package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed release 000_342ced776030c155, built by hand with everything its gold answer holds,
 * written as JSON and compared with a checked-in expected file.
 */
class SeedReleaseJsonTest {

    private static final String ID = "000_342ced776030c155";
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 4);
    private static final CountryCode KZ = CountryCode.of("KZ");
    private static final CountryCode US = CountryCode.of("US");

    private static String text;
    private static Words words;
    private static PressRelease release;

    @BeforeAll
    static void buildRelease() {
        String seed = resource("/seed/" + ID + ".txt").replace("\r\n", "\n");
        String firstLinePrefix = "date 2024-06-04 ";
        assertThat(seed.lines().findFirst().orElseThrow().strip()).startsWith(firstLinePrefix);
        text = seed.substring(seed.indexOf(firstLinePrefix) + firstLinePrefix.length());
        assertThat(text).startsWith("Images | Kazakh MFA\n");
        words = new Words(text);
        release = seedRelease();
    }

    private static PressRelease seedRelease() {
        Person rakhmetullin = person("Akan Rakhmetullin", "First Deputy Foreign Minister", KZ);
        Person lu = Person.builder()
                .name("Donald Lu")
                // As the gold answer has it: "Of" and "And" are lower case there, unlike the text.
                .title("Assistant Secretary for the Bureau of South and Central Asian Affairs")
                .country(US)
                .span(words.of("Donald Lu"))
                .build();
        Person nurtleu = person("Murat Nurtleu", "Deputy Prime Minister - Minister of Foreign Affairs", KZ);
        Person blinken = person("Antony Blinken", "Secretary of State", US);
        Person tokayev = person("Tokayev", "President", KZ);

        DateRef marchThisYear = DateRef.builder()
                .value(DateValue.of(YearMonth.of(2024, 3)))
                .text("March this year")
                .span(words.of("March this year"))
                .anchor(PUBLISHED)
                .build();

        Meeting espd = Meeting.builder()
                .kind(MeetingKind.DIALOGUE)
                .name("Enhanced Strategic Partnership Dialogue")
                .abbreviation("ESPD")
                .sequence(6)
                .addCountries(KZ, US)
                .addParticipants(rakhmetullin, lu)
                .addTopics(
                        topic("political cooperation",
                                words.after("aspects of", "political")),
                        topic("economic cooperation", words.of("economic cooperation")),
                        topic("human dimension", words.of("human dimension")),
                        topic("infrastructure projects", words.of("infrastructure projects")),
                        topic("transportation routes", words.of("transportation routes")),
                        topic("energy", words.of("energy")),
                        topic("critical minerals", words.of("critical minerals")))
                .addOutcomes(
                        Outcome.builder()
                                .text("the parties confirmed their readiness to further implement the agreements"
                                        + " reached on a mutually beneficial basis")
                                .span(words.from("the parties confirmed", "mutually beneficial basis"))
                                .build(),
                        Outcome.builder()
                                .text("the parties agreed to hold a regular meeting of the Enhanced Strategic"
                                        + " Partnership Dialogue in 2025 in Astana")
                                .span(words.from("The parties agreed", "in Astana"))
                                .build())
                .next(NextMeeting.builder()
                        .date(DateRef.builder()
                                .value(DateValue.of(Year.of(2025)))
                                .text("2025")
                                .span(words.of("2025"))
                                .build())
                        .location(Place.builder().name("Astana").country(KZ).span(words.of("Astana")).build())
                        .span(words.from("The parties agreed", "in 2025 in Astana."))
                        .build())
                .span(words.from("First Deputy Foreign Minister", "press service of the Kazakh MFA reports."))
                .build();

        Event visit = Event.builder()
                .kind(MeetingKind.VISIT)
                .date(marchThisYear)
                .location(Place.builder()
                        .name("United States")
                        .country(US)
                        .span(words.after("Murat Nurtleu", "United States"))
                        .build())
                .addParticipants(nurtleu)
                .span(words.from("the visit of the Deputy Prime Minister", "in March this year"))
                .build();
        Event meetingWithBlinken = Event.builder()
                .kind(MeetingKind.MEETING)
                .date(marchThisYear)
                .addParticipants(
                        Person.builder().name("Murat Nurtleu").country(KZ).span(words.of("Murat Nurtleu")).build(),
                        blinken)
                .span(words.of("his meeting with Secretary of State Antony Blinken"))
                .build();
        Event summit = Event.builder()
                .kind(MeetingKind.SUMMIT)
                .name("C5+1 Presidential Summit")
                .date(DateRef.builder()
                        .value(DateValue.of(YearMonth.of(2023, 9)))
                        .text("last September")
                        .span(words.of("last September"))
                        .anchor(PUBLISHED)
                        .build())
                .span(words.of("\"C5+1\" Presidential Summit"))
                .build();

        return PressRelease.builder()
                .id(ID)
                .published(PUBLISHED)
                .putHeaders("date", "2024-06-04")
                .addCredits(Credit.builder()
                        .kind(CreditKind.IMAGE)
                        .holder("Kazakh MFA")
                        .span(words.of("Images | Kazakh MFA"))
                        .build())
                .attribution(Attribution.builder()
                        .organization("Kazakh MFA")
                        .span(words.of("press service of the Kazakh MFA reports"))
                        .build())
                .text(text)
                .addParagraphs(
                        paragraph(words.from("First Deputy Foreign Minister", "Kazakh MFA reports.")),
                        paragraph(words.from("During the event with", "the human dimension.")),
                        paragraph(words.from("The participants discussed", "Antony Blinken.")),
                        paragraph(
                                words.from("Akan Rakhmetullin emphasized", "on the bilateral agenda."),
                                words.from("He also highlighted", "economic interaction."),
                                words.from("During the talks,", "critical minerals.")),
                        paragraph(words.from("The American side", "last September.")),
                        paragraph(words.from("At the conclusion of the meeting", "beneficial basis.")),
                        paragraph(
                                words.from("During the visit of the Kazakh delegation", "relevant U.S. agencies."),
                                words.from("Additionally, a round table", "human rights in the country.")),
                        paragraph(words.from("The parties agreed", "in 2025 in Astana.")))
                .addMeetings(espd)
                .addRelated(visit, meetingWithBlinken, summit)
                .addPeople(rakhmetullin, lu, nurtleu, blinken, tokayev)
                .build();
    }

    private static Person person(String name, String title, CountryCode country) {
        return Person.builder().name(name).title(title).country(country).span(spanOfFirst(name)).build();
    }

    /** The first mention of a name (Akan Rakhmetullin is named twice). */
    private static Span spanOfFirst(String name) {
        int start = text.indexOf(name);
        return Span.of(start, start + name.length());
    }

    private static Topic topic(String label, Span span) {
        return Topic.builder().label(label).span(span).build();
    }

    /** A paragraph made of its sentences, from the start of the first to the end of the last. */
    private static Paragraph paragraph(Span... sentences) {
        return Paragraph.builder()
                .span(Span.of(sentences[0].start(), sentences[sentences.length - 1].end()))
                .addSentences(sentences)
                .build();
    }

    @Test
    void spansCoverTheWordsTheyStandFor() {
        Meeting espd = release.mainMeeting().orElseThrow();
        assertThat(release.credits().get(0).span().cut(text)).isEqualTo("Images | Kazakh MFA");
        assertThat(release.attribution().orElseThrow().span().cut(text))
                .isEqualTo("press service of the Kazakh MFA reports");
        assertThat(espd.participants()).extracting(p -> p.span().cut(text))
                .containsExactly("Akan Rakhmetullin", "Donald Lu");
        assertThat(espd.participants().get(0).span().start()).isLessThan(text.indexOf("Donald Lu"));
        assertThat(espd.topics()).extracting(t -> t.span().cut(text)).containsExactly(
                "political", "economic cooperation", "human dimension", "infrastructure projects",
                "transportation routes", "energy", "critical minerals");
        assertThat(espd.outcomes().get(0).span().cut(text)).isEqualTo(
                "the parties confirmed their readiness to further implement the agreements reached"
                        + " on a mutually beneficial basis");
        assertThat(espd.outcomes().get(1).span().cut(text)).startsWith("The parties agreed").endsWith("in Astana");
        NextMeeting next = espd.next().orElseThrow();
        assertThat(next.date().orElseThrow().span().cut(text)).isEqualTo("2025");
        assertThat(next.location().orElseThrow().span().cut(text)).isEqualTo("Astana");
        assertThat(next.span().cut(text)).endsWith("in 2025 in Astana.");
        assertThat(espd.span().cut(text)).startsWith("First Deputy").endsWith("reports.");
        assertThat(release.related()).extracting(e -> e.span().cut(text)).containsExactly(
                "the visit of the Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan Murat Nurtleu"
                        + " to the United States in March this year",
                "his meeting with Secretary of State Antony Blinken",
                "\"C5+1\" Presidential Summit");
        assertThat(release.related().get(0).location().orElseThrow().span().cut(text)).isEqualTo("United States");
        assertThat(release.people()).extracting(p -> p.span().cut(text)).containsExactly(
                "Akan Rakhmetullin", "Donald Lu", "Murat Nurtleu", "Antony Blinken", "Tokayev");
        assertThat(release.paragraphs()).hasSize(8);
        for (Paragraph p : release.paragraphs()) {
            String paragraph = p.span().cut(text);
            assertThat(paragraph).doesNotContain("\n").endsWith(".");
            assertThat(String.join(" ", p.sentences().stream().map(s -> s.cut(text)).toList()))
                    .isEqualTo(paragraph);
        }
    }

    @Test
    void writesTheExpectedJson() throws IOException {
        String actual = normalise(ReadoutJson.writePretty(release));
        String expected = normalise(resource("/seed/expected.json"));
        if (!actual.equals(expected)) {
            // Left for inspection; copy it to src/test/resources/seed/expected.json only after checking it.
            Files.writeString(Path.of("target", "seed-actual.json"), actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void readsBackAnEqualRelease() {
        String json = ReadoutJson.writePretty(release);
        PressRelease back = ReadoutJson.read(json);
        assertThat(back).isEqualTo(release);
        assertThat(back.hashCode()).isEqualTo(release.hashCode());
        assertThat(ReadoutJson.read(resource("/seed/expected.json"))).isEqualTo(release);
        assertThat(ReadoutJson.read(ReadoutJson.write(release))).isEqualTo(release);
    }

    @Test
    void matchesTheGoldAnswer() {
        Meeting espd = release.mainMeeting().orElseThrow();
        assertThat(release.published()).contains(PUBLISHED);
        assertThat(release.headers()).containsExactly(java.util.Map.entry("date", "2024-06-04"));
        assertThat(espd.sequence()).hasValue(6);
        assertThat(espd.countries()).extracting(CountryCode::code).containsExactly("KZ", "US");
        DateValue next = espd.next().orElseThrow().date().orElseThrow().value().orElseThrow();
        assertThat(next.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(next.toString()).isEqualTo("2025");
        assertThat(release.related()).extracting(e -> e.date().orElseThrow().value().orElseThrow().toString())
                .containsExactly("2024-03", "2024-03", "2023-09");
        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Akan Rakhmetullin", "Donald Lu", "Murat Nurtleu", "Antony Blinken", "Tokayev");
    }

    private static String normalise(String json) {
        String lf = json.replace("\r\n", "\n").replace('\r', '\n');
        return lf.endsWith("\n") ? lf.substring(0, lf.length() - 1) : lf;
    }

    private static String resource(String name) {
        try (InputStream in = SeedReleaseJsonTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
