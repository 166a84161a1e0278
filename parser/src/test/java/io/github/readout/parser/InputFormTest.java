package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.readout.core.Paragraph;
import io.github.readout.core.PressRelease;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the raw form of the input (line breaks, BOM, tabs, truncation) reaches the release. */
class InputFormTest {

    private static final String LF = " date 2024-10-31 Images | Akorda\n\n"
            + "President Tokayev sent a message of condolences, the Akorda press service reports.\n\n"
            + "The Head of State expressed his deep sympathy.\n";

    private final PressReleaseParser parser = PressReleaseParser.create();

    private static List<String> paragraphs(PressRelease release) {
        return release.paragraphs().stream().map(p -> p.span().cut(release.text())).collect(Collectors.toList());
    }

    @Test
    void crlfAndCrInputGiveTheSameReleaseAsLf() {
        PressRelease lf = parser.parse("x", LF).release();
        PressRelease crlf = parser.parse("x", LF.replace("\n", "\r\n")).release();
        PressRelease cr = parser.parse("x", LF.replace("\n", "\r")).release();

        assertThat(crlf.text()).doesNotContain("\r").isEqualTo(lf.text());
        assertThat(cr.text()).doesNotContain("\r").isEqualTo(lf.text());
        assertThat(crlf).isEqualTo(lf);
        assertThat(cr).isEqualTo(lf);
        assertThat(lf.published()).contains(LocalDate.of(2024, 10, 31));
        assertThat(lf.attribution()).hasValueSatisfying(a -> assertThat(a.organization()).isEqualTo("Akorda"));
        assertThat(paragraphs(lf)).hasSize(2);
    }

    @Test
    void byteOrderMarkIsRemoved() {
        PressRelease withBom = parser.parse("x", "\uFEFF" + LF).release();

        assertThat(withBom.text()).doesNotContain("\uFEFF");
        assertThat(withBom).isEqualTo(parser.parse("x", LF).release());
        assertThat(withBom.headers()).containsExactly(entry("date", "2024-10-31"));
    }

    @Test
    void tabsAreKept() {
        String text = "\tdate 2024-06-06 Images | Kazakh MFA\n\t\n"
                + "\tThe ministers met\tin Beijing.\n \t \n"
                + "Country\tDays\nUSA\t30\n";
        PressRelease release = parser.parse(text).release();

        assertThat(release.headers()).containsExactly(entry("date", "2024-06-06"));
        assertThat(release.text()).contains("met\tin Beijing").contains("USA\t30");
        assertThat(paragraphs(release)).containsExactly("The ministers met\tin Beijing.", "Country\tDays\nUSA\t30");
    }

    @Test
    void documentCutOffMidSentenceParses() {
        String text = " date 2024-10-29 Images | Kazakh MFA\n\n"
                + "The ministers held talks today. They discussed trade.\n\n"
                + "The next meeting is expected to take place in";
        PressRelease release = parser.parse(text).release();

        assertThat(release.paragraphs()).hasSize(2);
        Paragraph last = release.paragraphs().get(1);
        assertThat(last.sentences()).singleElement()
                .satisfies(s -> assertThat(s.cut(release.text())).isEqualTo("The next meeting is expected to take place in"));
        assertThat(release.paragraphs().get(0).sentences()).hasSize(2);
    }

    @Test
    void noBlankLineAtTheEndAndTrailingBlankLinesGiveTheSameParagraphs() {
        String bare = "The ministers met.\n\nThey talked.";
        assertThat(paragraphs(parser.parse(bare).release()))
                .isEqualTo(paragraphs(parser.parse(bare + "\n\n\n  \n").release()))
                .containsExactly("The ministers met.", "They talked.");
    }
}
