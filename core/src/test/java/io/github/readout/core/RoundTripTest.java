package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Write → read gives an equal object, for every type and every field of the model. */
class RoundTripTest {

    static final String TEXT = "ASTANA – Photo: Akorda\nText: Kazinform\nImages | MFA\n\n"
            + "Foreign Minister Murat Nurtleu of the Ministry of Foreign Affairs met Secretary of State"
            + " Antony Blinken in Washington on 3 May 2024, the MFA reports. They held the second round of the"
            + " Strategic Dialogue (SD) and discussed energy. The parties agreed to expand trade."
            + "\n\nThe next meeting will take place in Astana in May 2025. The ministers recalled the"
            + " Samarkand summit of last year.";
    static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 4);

    private static final Words WORDS = new Words(TEXT);
    private static final CountryCode KZ = CountryCode.of("KZ");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode UZ = CountryCode.of("UZ");

    /** A release in which every optional value is present and every list has elements. */
    static PressRelease fullRelease() {
        Person nurtleu = Person.builder()
                .name("Murat Nurtleu")
                .title("Foreign Minister")
                .organization("Ministry of Foreign Affairs")
                .country(KZ)
                .span(WORDS.of("Murat Nurtleu"))
                .build();
        Person blinken = Person.builder()
                .name("Antony Blinken")
                .title("Secretary of State")
                .organization("Department of State")
                .country(US)
                .span(WORDS.of("Antony Blinken"))
                .build();
        Meeting meeting = Meeting.builder()
                .kind(MeetingKind.DIALOGUE)
                .name("Strategic Dialogue")
                .abbreviation("SD")
                .sequence(2)
                .date(DateRef.builder()
                        .value(DateValue.of(LocalDate.of(2024, 5, 3)))
                        .text("3 May 2024")
                        .span(WORDS.of("3 May 2024"))
                        .build())
                .location(Place.builder().name("Washington").country(US).span(WORDS.of("Washington")).build())
                .addCountries(KZ, US)
                .addParticipants(nurtleu, blinken)
                .addTopics(Topic.builder().label("energy").span(WORDS.of("energy")).build())
                .addOutcomes(Outcome.builder()
                        .text("the parties agreed to expand trade")
                        .span(WORDS.from("The parties agreed", "expand trade"))
                        .build())
                .next(NextMeeting.builder()
                        .date(DateRef.builder()
                                .value(DateValue.of(YearMonth.of(2025, 5)))
                                .text("May 2025")
                                .span(WORDS.of("May 2025"))
                                .build())
                        .location(Place.builder().name("Astana").country(KZ).span(WORDS.of("Astana")).build())
                        .span(WORDS.from("The next meeting", "May 2025."))
                        .build())
                .span(WORDS.from("Foreign Minister Murat", "expand trade."))
                .build();
        Event summit = Event.builder()
                .kind(MeetingKind.SUMMIT)
                .name("Samarkand summit")
                .date(DateRef.builder()
                        .value(DateValue.of(Year.of(2023)))
                        .text("last year")
                        .span(WORDS.of("last year"))
                        .anchor(PUBLISHED)
                        .build())
                .location(Place.builder().name("Samarkand").country(UZ).span(WORDS.of("Samarkand")).build())
                .addParticipants(nurtleu, blinken)
                .span(WORDS.of("Samarkand summit of last year"))
                .build();
        return PressRelease.builder()
                .id("full")
                .published(PUBLISHED)
                .putHeaders("date", "2024-05-04")
                .putHeaders("title", "Kazakhstan and the US hold the Strategic Dialogue")
                .title("Kazakhstan and the US hold the Strategic Dialogue")
                .dateline(Dateline.builder().place("ASTANA").span(WORDS.of("ASTANA –")).build())
                .addCredits(
                        Credit.builder().kind(CreditKind.PHOTO).holder("Akorda").span(WORDS.of("Photo: Akorda")).build(),
                        Credit.builder().kind(CreditKind.TEXT).holder("Kazinform").span(WORDS.of("Text: Kazinform")).build(),
                        Credit.builder().kind(CreditKind.IMAGE).holder("MFA").span(WORDS.of("Images | MFA")).build())
                .attribution(Attribution.builder().organization("MFA").span(WORDS.of("the MFA reports")).build())
                .text(TEXT)
                .addParagraphs(
                        Paragraph.builder()
                                .span(WORDS.from("Foreign Minister Murat", "expand trade."))
                                .addSentences(
                                        WORDS.from("Foreign Minister Murat", "the MFA reports."),
                                        WORDS.from("They held", "discussed energy."),
                                        WORDS.from("The parties agreed", "expand trade."))
                                .build(),
                        Paragraph.builder()
                                .span(WORDS.from("The next meeting", "of last year."))
                                .addSentences(
                                        WORDS.from("The next meeting", "May 2025."),
                                        WORDS.from("The ministers recalled", "of last year."))
                                .build())
                .addMeetings(meeting)
                .addRelated(summit)
                .addPeople(nurtleu, blinken)
                .build();
    }

    static PressRelease minimalRelease() {
        return PressRelease.builder().id("minimal").text("").build();
    }

    private static JsonNode tree(String json) throws Exception {
        return ReadoutJson.mapper().readTree(json);
    }

    @Test
    void fullReleaseReadsBackEqual() {
        PressRelease release = fullRelease();
        assertThat(ReadoutJson.read(ReadoutJson.write(release))).isEqualTo(release);
        assertThat(ReadoutJson.read(ReadoutJson.writePretty(release))).isEqualTo(release);
        assertThat(ReadoutJson.read(ReadoutJson.write(release).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(release);
    }

    @Test
    void fullReleaseWritesEveryField() throws Exception {
        JsonNode json = tree(ReadoutJson.write(fullRelease()));
        assertThat(fieldNames(json)).containsExactly("id", "published", "headers", "title", "dateline", "credits",
                "attribution", "text", "paragraphs", "meetings", "related", "people");
        assertThat(fieldNames(json.get("headers"))).containsExactly("date", "title");
        assertThat(json.get("credits").findValuesAsText("kind")).containsExactly("PHOTO", "TEXT", "IMAGE");
        JsonNode meeting = json.get("meetings").get(0);
        assertThat(fieldNames(meeting)).containsExactly("kind", "name", "abbreviation", "sequence", "date",
                "location", "countries", "participants", "topics", "outcomes", "next", "span");
        assertThat(meeting.get("sequence").isInt()).isTrue();
        assertThat(meeting.get("countries").toString()).isEqualTo("[\"KZ\",\"US\"]");
        assertThat(fieldNames(meeting.get("next"))).containsExactly("date", "location", "span");
        assertThat(fieldNames(meeting.get("participants").get(0)))
                .containsExactly("name", "title", "organization", "country", "span");
        assertThat(meeting.get("participants").get(0).get("country").asText()).isEqualTo("KZ");
        JsonNode event = json.get("related").get(0);
        assertThat(fieldNames(event)).containsExactly("kind", "name", "date", "location", "participants", "span");
        assertThat(fieldNames(event.get("date"))).containsExactly("value", "precision", "text", "span", "anchor");
        assertThat(fieldNames(event.get("location"))).containsExactly("name", "country", "span");
        assertThat(event.get("span").toString()).matches("\\{\"start\":\\d+,\"end\":\\d+}");
    }

    @Test
    void datesHaveTheLengthOfTheirPrecision() throws Exception {
        JsonNode json = tree(ReadoutJson.write(fullRelease()));
        JsonNode meeting = json.get("meetings").get(0);
        assertThat(json.get("published").asText()).isEqualTo("2024-05-04");
        assertThat(meeting.at("/date/value").asText()).isEqualTo("2024-05-03");
        assertThat(meeting.at("/next/date/value").asText()).isEqualTo("2025-05");
        assertThat(json.at("/related/0/date/value").asText()).isEqualTo("2023");
        assertThat(json.at("/related/0/date/anchor").asText()).isEqualTo("2024-05-04");
        assertThat(List.of(json.get("published"), meeting.at("/date/value"), meeting.at("/next/date/value"),
                json.at("/related/0/date/value"))).allMatch(JsonNode::isTextual);
    }

    @Test
    void absentOptionalsAreOmitted() throws Exception {
        PressRelease minimal = minimalRelease();
        String json = ReadoutJson.write(minimal);
        JsonNode tree = tree(json);
        assertThat(fieldNames(tree)).doesNotContain("published", "title", "dateline", "attribution");
        assertThat(json).doesNotContain("null");
        // Empty lists and maps are written as such.
        assertThat(tree.get("meetings").isArray()).isTrue();
        assertThat(tree.get("meetings")).isEmpty();
        assertThat(tree.get("headers").isObject()).isTrue();
        assertThat(ReadoutJson.read(json)).isEqualTo(minimal);
        // And read back when they are left out altogether.
        assertThat(ReadoutJson.read("{\"id\":\"minimal\",\"text\":\"\"}")).isEqualTo(minimal);
    }

    @Test
    void absentOptionalsInNestedValuesAreOmitted() throws Exception {
        String text = "They met.";
        Span all = Span.of(0, text.length());
        PressRelease release = PressRelease.builder()
                .id("sparse")
                .text(text)
                .addMeetings(Meeting.builder()
                        .kind(MeetingKind.MEETING)
                        .date(DateRef.builder().text("met").span(Span.of(5, 8)).build())
                        .location(Place.builder().name("somewhere").span(all).build())
                        .next(NextMeeting.builder().span(all).build())
                        .span(all)
                        .build())
                .addRelated(Event.builder().kind(MeetingKind.OTHER).span(all).build())
                .addPeople(Person.builder().name("They").span(Span.of(0, 4)).build())
                .build();
        String json = ReadoutJson.write(release);
        JsonNode meeting = tree(json).at("/meetings/0");
        assertThat(fieldNames(meeting)).doesNotContain("name", "abbreviation", "sequence");
        assertThat(fieldNames(meeting.get("date"))).containsExactly("text", "span");
        assertThat(fieldNames(meeting.get("location"))).containsExactly("name", "span");
        assertThat(fieldNames(meeting.get("next"))).containsExactly("span");
        assertThat(fieldNames(tree(json).at("/related/0"))).containsExactly("kind", "participants", "span");
        assertThat(fieldNames(tree(json).at("/people/0"))).containsExactly("name", "span");
        assertThat(json).doesNotContain("null");
        assertThat(ReadoutJson.read(json)).isEqualTo(release);
    }

    @ParameterizedTest
    @EnumSource(MeetingKind.class)
    void everyMeetingKindReadsBack(MeetingKind kind) {
        PressRelease release = PressRelease.builder()
                .id("kind")
                .text("x")
                .addMeetings(Meeting.builder().kind(kind).span(Span.of(0, 1)).build())
                .addRelated(Event.builder().kind(kind).span(Span.of(0, 1)).build())
                .build();
        String json = ReadoutJson.write(release);
        assertThat(json).contains("\"kind\":\"" + kind.name() + "\"");
        assertThat(ReadoutJson.read(json)).isEqualTo(release);
    }

    @ParameterizedTest
    @EnumSource(CreditKind.class)
    void everyCreditKindReadsBack(CreditKind kind) {
        PressRelease release = PressRelease.builder()
                .id("credit")
                .text("Photo: X")
                .addCredits(Credit.builder().kind(kind).holder("X").span(Span.of(0, 8)).build())
                .build();
        assertThat(ReadoutJson.read(ReadoutJson.write(release))).isEqualTo(release);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-05-31, DAY",
        "2024-05, MONTH",
        "2024, YEAR",
        "2024-02-29, DAY",
        "0999, YEAR",
        "0999-12, MONTH",
        "0001-01-01, DAY",
        "9999-12-31, DAY",
    })
    void everyDatePrecisionReadsBackWithItsLength(String iso, DatePrecision precision) {
        DateValue value = DateValue.parse(iso);
        assertThat(value.precision()).isEqualTo(precision);
        assertThat(value.toString()).isEqualTo(iso);
        PressRelease release = PressRelease.builder()
                .id("date")
                .text("then")
                .addRelated(Event.builder()
                        .kind(MeetingKind.OTHER)
                        .date(DateRef.builder().value(value).text("then").span(Span.of(0, 4)).build())
                        .span(Span.of(0, 4))
                        .build())
                .build();
        String json = ReadoutJson.write(release);
        assertThat(json).contains("\"value\":\"" + iso + "\"");
        PressRelease back = ReadoutJson.read(json);
        assertThat(back).isEqualTo(release);
        assertThat(back.related().get(0).date().orElseThrow().precision()).contains(precision);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10000})
    void dateValuesOutsideFourDigitYearsAreRejected(int year) {
        // Their ISO form would not have the length of its precision and could not be read back.
        assertThatThrownBy(() -> DateValue.of(Year.of(year)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(year));
        assertThatThrownBy(() -> DateValue.of(LocalDate.of(year, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateValue.of(YearMonth.of(year, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticReadsBack() throws Exception {
        ObjectMapper mapper = ReadoutJson.mapper();
        for (Severity severity : Severity.values()) {
            Diagnostic diagnostic = Diagnostic.builder()
                    .severity(severity)
                    .code("header.date.invalid")
                    .message("the date header '2024-13-01' is not a date")
                    .line(1)
                    .column(7)
                    .offset(6)
                    .build();
            String json = mapper.writeValueAsString(diagnostic);
            assertThat(json).isEqualTo("{\"severity\":\"" + severity + "\",\"code\":\"header.date.invalid\","
                    + "\"message\":\"the date header '2024-13-01' is not a date\",\"line\":1,\"column\":7,\"offset\":6}");
            assertThat(mapper.readValue(json, Diagnostic.class)).isEqualTo(diagnostic);
        }
        Diagnostic withoutOffset = mapper.readValue(
                "{\"severity\":\"INFO\",\"code\":\"c\",\"message\":\"m\",\"line\":2,\"column\":3}", Diagnostic.class);
        assertThat(withoutOffset.offset()).isZero();
        assertThat(withoutOffset.toString()).isEqualTo("2:3: c: m");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
