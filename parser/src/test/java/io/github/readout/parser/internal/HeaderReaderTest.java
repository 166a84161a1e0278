package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.readout.core.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderReaderTest {

    private static final LocalDate JUNE_4 = LocalDate.of(2024, 6, 4);

    private final HeaderReader reader = new HeaderReader(64);

    /** A read with its input and diagnostics. */
    private record Read(String input, HeaderReader.Headers headers, List<Diagnostic> diagnostics) {
        String body() {
            return input.substring(headers.bodyStart());
        }
    }

    private Read read(String input) {
        Problems problems = new Problems(input, false);
        HeaderReader.Headers headers = reader.read(input, problems);
        return new Read(input, headers, problems.diagnostics());
    }

    @Test
    void inlineDateFollowedByCredit() {
        Read r = read(" date 2024-06-04 Images | Kazakh MFA\n\nFirst Deputy Foreign Minister met.");

        assertThat(r.headers().fields()).containsExactly(entry("date", "2024-06-04"));
        assertThat(r.headers().published()).contains(JUNE_4);
        assertThat(r.body()).startsWith("Images | Kazakh MFA\n\nFirst Deputy");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aTownAndColonBeforeALeadSentenceStartsTheBodyAndAShortFieldDoesNot() {
        Read r = read(" date 2023-11-14\nLondon: External Affairs Minister R Menon met the Home Secretary on Monday evening.");

        assertThat(r.headers().fields()).containsExactly(entry("date", "2023-11-14"));
        assertThat(r.body()).startsWith("London: External");
        assertThat(read("date: 2024-06-04\nPhoto: Ministry of Foreign Affairs\n\nText.").headers().fields())
                .containsOnlyKeys("date", "photo");
    }

    @Test
    void aPublishedFieldDatesThePageThoughItIsNoDateHeader() {
        Read r = read("Published: Wednesday, March 8, 2023 - 14:32\n\nThe ministers met on Monday.");

        assertThat(r.headers().published()).isEmpty();
        assertThat(r.headers().pageDay()).contains(LocalDate.of(2023, 3, 8));
        assertThat(read("date 2024-06-04\nupdated: 2024-06-05\n\nText.").headers().pageDay()).contains(JUNE_4);
    }

    @Test
    void aCityInCapitalsAfterTheDateLineStartsTheBody() {
        Read r = read(" date 2022-03-29\nCOLOMBO: The External Affairs Minister met his counterparts.");

        assertThat(r.headers().fields()).containsExactly(entry("date", "2022-03-29"));
        assertThat(r.body()).startsWith("COLOMBO: The External");
        assertThat(read("date: 2024-06-04\nURL: https://example.org/a\n\nText.").headers().fields())
                .containsOnlyKeys("date", "url");
    }

    @Test
    void aDateOnALineOfItsOwnIsTheHeaderOfTheHeadingUnderIt() {
        Read r = read(" date 2022-08-25\nVice President receives visiting counterpart\n\nText.");

        assertThat(r.headers().published()).contains(LocalDate.of(2022, 8, 25));
        assertThat(r.body()).startsWith("Vice President receives");
        assertThat(read("date soon\nVice President receives\n\nText.").headers().fields()).isEmpty();
    }

    @Test
    void inlineDateWithLeadingTab() {
        Read r = read("\tdate 2024-06-04 Images | Kazakh MFA\n\nText.");

        assertThat(r.headers().fields()).containsExactly(entry("date", "2024-06-04"));
        assertThat(r.headers().published()).contains(JUNE_4);
        assertThat(r.body()).startsWith("Images | Kazakh MFA");
    }

    @Test
    void inlineDateAfterByteOrderMarkWasRemoved() {
        String input = InputDecoder.normalize("\uFEFF date 2024-06-04 Images | Kazakh MFA\r\n\r\nText.");
        Read r = read(input);

        assertThat(r.headers().fields()).containsExactly(entry("date", "2024-06-04"));
        assertThat(r.headers().published()).contains(JUNE_4);
        assertThat(r.body()).isEqualTo("Images | Kazakh MFA\n\nText.");
    }

    @Test
    void inlineDateFollowedByDatelineAndLead() {
        Read r = read(" date 2023-11-07 ASTANA – The fifth meeting was held today.\n\nMore.");

        assertThat(r.headers().fields()).containsExactly(entry("date", "2023-11-07"));
        assertThat(r.headers().published()).contains(LocalDate.of(2023, 11, 7));
        assertThat(r.body()).startsWith("ASTANA – The fifth meeting");
    }

    @Test
    void blockOfKeyColonValueLinesKeepsUnknownKeys() {
        Read r = read("title: Kazakhstan and Korea discuss a visit\n"
                + "date: 4 June 2024\n"
                + "category: Diplomacy\n"
                + "lang: en\n"
                + "\n"
                + "The ministers met.");

        assertThat(r.headers().fields()).containsExactly(
                entry("title", "Kazakhstan and Korea discuss a visit"),
                entry("date", "4 June 2024"),
                entry("category", "Diplomacy"),
                entry("lang", "en"));
        assertThat(r.headers().published()).contains(JUNE_4);
        assertThat(r.body()).isEqualTo("The ministers met.");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void blockEndsAtAWhitespaceOnlyLineAndBodyStartsAfterBlankLines() {
        Read r = read("date: 2024-06-04\n \t \n\n\nThe ministers met.");

        assertThat(r.headers().fields()).containsExactly(entry("date", "2024-06-04"));
        assertThat(r.body()).isEqualTo("The ministers met.");
    }

    @Test
    void capitalisedKeysBecomeLowerCaseAndValuesStayAsWritten() {
        Read r = read("Title: Murat Nurtleu and Annalena Baerbock Discuss a Visit\n"
                + "Date: June 4, 2024\n"
                + "Source: Ministry of Foreign Affairs\n"
                + "URL: https://www.gov.kz/memleket/entities/mfa/press/news/details/781302?lang=en\n"
                + "Category: Diplomacy\n"
                + "\n"
                + "Body.");

        assertThat(r.headers().fields()).containsExactly(
                entry("title", "Murat Nurtleu and Annalena Baerbock Discuss a Visit"),
                entry("date", "June 4, 2024"),
                entry("source", "Ministry of Foreign Affairs"),
                entry("url", "https://www.gov.kz/memleket/entities/mfa/press/news/details/781302?lang=en"),
                entry("category", "Diplomacy"));
        assertThat(r.headers().published()).contains(JUNE_4);
        assertThat(r.body()).isEqualTo("Body.");
    }

    @Test
    void keyValueLinesWithoutColons() {
        Read r = read("title Kazakhstan and Japan agree to expand cooperation\n"
                + "date 2024-04-25\n"
                + "source Ministry of Foreign Affairs of the Republic of Kazakhstan\n"
                + "\n"
                + "On 23 April the ministers met.");

        assertThat(r.headers().fields()).containsExactly(
                entry("title", "Kazakhstan and Japan agree to expand cooperation"),
                entry("date", "2024-04-25"),
                entry("source", "Ministry of Foreign Affairs of the Republic of Kazakhstan"));
        assertThat(r.headers().published()).contains(LocalDate.of(2024, 4, 25));
        assertThat(r.body()).isEqualTo("On 23 April the ministers met.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-04", "4 June 2024", "June 4, 2024", "04.06.2024", "2024/06/04", "04 June 2024",
        "Jun 4, 2024", "2024-06-04T10:30:00Z", "June 4 2024", "Tuesday, June 4, 2024", "Tue, 4 June 2024"})
    void everyDateFormGivesPublished(String date) {
        Read block = read("date: " + date + "\n\nThe ministers met.");
        assertThat(block.headers().fields()).containsExactly(entry("date", date));
        assertThat(block.headers().published()).as("block form").contains(JUNE_4);
        assertThat(block.diagnostics()).isEmpty();

        Read inline = read(" date " + date + " Images | Kazakh MFA\n\nThe ministers met.");
        assertThat(inline.headers().fields()).containsExactly(entry("date", date));
        assertThat(inline.headers().published()).as("inline form").contains(JUNE_4);
        assertThat(inline.body()).startsWith("Images | Kazakh MFA");
        assertThat(inline.diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // input (\n written as /) | value | line | column
        "date 2024-13-45 Images / Kazakh MFA//Text. | 2024-13-45 | 1 | 6",
        "' date 2024-13-45 Images / Kazakh MFA//Text.' | 2024-13-45 | 1 | 7",
        "'\tdate yesterday Images / Kazakh MFA//Text.' | yesterday | 1 | 7",
        "date: 2024-13-45//Text. | 2024-13-45 | 1 | 7",
        "title: Consular consultations/date: yesterday/source: Kazakh MFA//Text. | yesterday | 2 | 7",
        "title: T/source: S/Date:   31.02.2024//Text. | 31.02.2024 | 3 | 9",
    })
    void invalidDateIsKeptAndReported(String encoded, String value, int line, int column) {
        String input = encoded.replace("Images / ", "Images | ").replace('/', '\n');
        Read r = read(input);

        assertThat(r.headers().fields()).containsEntry("date", value);
        assertThat(r.headers().published()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("header.date.invalid");
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.column()).isEqualTo(column);
            assertThat(d.message()).contains(value);
            assertThat(input.substring(d.offset())).startsWith(value);
        });
        assertThat(r.body()).endsWith("Text.");
    }

    @Test
    void noHeadersGivesWholeTextAsBody() {
        String input = "NUR-SULTAN. KAZINFORM - Kazakh Foreign Minister Mukhtar Tileuberdi met the ambassador.\n\n"
                + "The sides discussed cooperation.\n";
        Read r = read(input);

        assertThat(r.headers().fields()).isEmpty();
        assertThat(r.headers().published()).isEmpty();
        assertThat(r.headers().bodyStart()).isZero();
        assertThat(r.body()).isEqualTo(input);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void leadingBlankLinesBeforeProseAreSkipped() {
        Read r = read("\n\n  The ministers met.");

        assertThat(r.headers().fields()).isEmpty();
        assertThat(r.body()).isEqualTo("The ministers met.");
    }

    @Test
    void proseThatStartsWithAColonIsNotAHeaderBlock() {
        String input = "Note: the embassy will be closed on Monday.\n\nThe ministers met.";
        Read r = read(input);

        assertThat(r.headers().fields()).isEmpty();
        assertThat(r.body()).isEqualTo(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Date and venue of the next round will be agreed through diplomatic channels.\n\nMore.",
        "Date and venue of the next round will be agreed through diplomatic channels.",
        "Title holders of the Order of Friendship were received at Akorda.\n\nMore.",
        "Source countries of the migrants were discussed.\n\nMore.",
    })
    void proseThatStartsWithAHeaderKeyWordIsNotAHeader(String input) {
        Read r = read(input);

        assertThat(r.headers().fields()).isEmpty();
        assertThat(r.headers().published()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.body()).isEqualTo(input);
    }

    @Test
    void emptyAndBlankInputHaveNoHeadersAndEmptyBody() {
        assertThat(read("").headers().fields()).isEmpty();
        assertThat(read("").body()).isEmpty();
        assertThat(read(" \n\t\n").headers().fields()).isEmpty();
        assertThat(read(" \n\t\n").body()).isEmpty();
    }

    @Test
    void headerBlockLongerThanTheLimitIsBody() {
        HeaderReader small = new HeaderReader(2);
        String input = "title: T\ndate: 2024-06-04\nsource: S\n\nText.";
        Problems problems = new Problems(input, false);
        HeaderReader.Headers headers = small.read(input, problems);

        assertThat(headers.fields()).isEmpty();
        assertThat(headers.bodyStart()).isZero();
    }
}
