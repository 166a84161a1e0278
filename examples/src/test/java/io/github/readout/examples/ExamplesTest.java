package io.github.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.CountryCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs each example on the test resources and checks what it prints. */
class ExamplesTest {

    static final Path SEED = Path.of("src", "test", "resources", "seeds", "000_342ced776030c155.txt");
    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    @Test
    void quickStartPrintsTheMainMeetingOnOneLine() throws Exception {
        Capture capture = new Capture();
        QuickStart.run(SEED, capture.out);
        String text = capture.text();
        assertThat(text.lines()).hasSize(1);
        assertThat(text).startsWith("2024-06-04 · ")
                .contains("Enhanced Strategic Partnership Dialogue (ESPD), 6th")
                .contains("KZ–US")
                .contains("Akan Rakhmetullin (First Deputy Foreign Minister, KZ)")
                .contains("Donald Lu (Assistant Secretary");
    }

    @Test
    void jsonRoundTripReadsBackAnEqualRelease() throws Exception {
        Capture capture = new Capture();
        boolean equal = JsonRoundTrip.run(SEED, capture.out);
        assertThat(equal).isTrue();
        assertThat(capture.text()).contains("\"id\" : \"000_342ced776030c155\"")
                .contains("Enhanced Strategic Partnership Dialogue")
                .endsWith("read back equals original: true" + System.lineSeparator());
    }

    @Test
    void timelineGroupsMeetingsByCountriesInDateOrder() throws Exception {
        Capture capture = new Capture();
        Timeline.run(CORPUS, capture.out);
        String text = capture.text();
        assertThat(text).contains("KZ–US" + System.lineSeparator())
                .contains("2024-06-04  Enhanced Strategic Partnership Dialogue  [000_342ced776030c155]")
                .doesNotContain("skipped");
        // Within the ES–KZ group (an official visit over two days) the dates never go back.
        String spain = text.substring(text.indexOf("ES–KZ"));
        assertThat(spain.indexOf("2024-11-12")).isLessThan(spain.indexOf("2024-11-13"));
    }

    @Test
    void explainValuesSaysWhichRuleGaveEachMeetingValue() {
        Capture capture = new Capture();
        ExplainValues.run(capture.out);
        String text = capture.text();
        assertThat(text).contains("meetings[0].kind PHONE_CALL ← the meeting word 'telephone conversation'")
                .contains("meetings[0].date 2024-10-23 ← the day of the dateline")
                .contains("(officials.tsv) at 5:11 \"Shavkat Mirziyoyev\"");
    }

    @Test
    void extendingLexiconsFindsTheNewTitleOrganisationAndPlace() {
        Capture capture = new Capture();
        ExtendingLexicons.run(capture.out);
        String text = capture.text();
        String difference = text.substring(text.indexOf("Difference:"));
        assertThat(difference).contains("+ person Orlen Vasko | title: High Steward")
                .contains("location: Vesmirgrad (GE)");
        String before = text.substring(0, text.indexOf("With addTitle"));
        assertThat(before).doesNotContain("Orlen Vasko").doesNotContain("Vesmirgrad (GE)");
    }

    @Test
    void streamQueriesListMeetingsOfACountryAndTitlesOfPeople() throws Exception {
        Capture capture = new Capture();
        StreamQueries.run(CORPUS, CountryCode.of("US"), capture.out);
        String text = capture.text();
        assertThat(text).contains("Meetings with US (")
                .contains("DIALOGUE Enhanced Strategic Partnership Dialogue KZ–US")
                .contains("People (")
                .contains("Akan Rakhmetullin: First Deputy Foreign Minister");
        String meetings = text.substring(0, text.indexOf("People ("));
        assertThat(meetings.lines().skip(1)).allSatisfy(line -> assertThat(line).contains("US"));
    }
}
