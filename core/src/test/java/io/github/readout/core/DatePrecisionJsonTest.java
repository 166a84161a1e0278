package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A date's precision is written beside its value, and JSON without it still reads. */
class DatePrecisionJsonTest {

    private static PressRelease releaseWithDate(DateRef date) {
        return PressRelease.builder()
                .id("dated")
                .text("March this year")
                .addMeetings(Meeting.builder().kind(MeetingKind.MEETING).date(date).span(Span.of(0, 15)).build())
                .build();
    }

    private static DateRef date(String iso) {
        return DateRef.builder().value(DateValue.parse(iso)).text("March this year").span(Span.of(0, 15)).build();
    }

    @ParameterizedTest
    @CsvSource({"2024-03-05, DAY", "2024-03, MONTH", "2024, YEAR"})
    void thePrecisionIsWrittenBesideTheValue(String iso, DatePrecision precision) throws Exception {
        JsonNode date = ReadoutJson.mapper().readTree(ReadoutJson.write(releaseWithDate(date(iso))))
                .path("meetings").path(0).path("date");
        assertThat(date.path("value").asText()).isEqualTo(iso);
        assertThat(date.path("precision").asText()).isEqualTo(precision.name());
        assertThat(date.path("text").asText()).isEqualTo("March this year");
    }

    @Test
    void theFieldsComeInTheOrderTheContractLists() {
        String json = ReadoutJson.write(releaseWithDate(date("2024-03")));
        assertThat(json).contains("\"date\":{\"value\":\"2024-03\",\"precision\":\"MONTH\",\"text\":\"March this year\","
                + "\"span\":{\"start\":0,\"end\":15}}");
    }

    @Test
    void anUnresolvedDateHasNoPrecision() throws Exception {
        DateRef unresolved = DateRef.builder().text("March this year").span(Span.of(0, 15)).build();
        JsonNode date = ReadoutJson.mapper().readTree(ReadoutJson.write(releaseWithDate(unresolved)))
                .path("meetings").path(0).path("date");
        assertThat(date.has("precision")).isFalse();
        assertThat(date.has("value")).isFalse();
    }

    @Test
    void theEarlierFormWithoutPrecisionReadsTheSame() throws Exception {
        PressRelease release = releaseWithDate(date("2024-03"));
        ObjectNode tree = (ObjectNode) ReadoutJson.mapper().readTree(ReadoutJson.write(release));
        ((ObjectNode) tree.path("meetings").path(0).path("date")).remove("precision");
        assertThat(tree.toString()).doesNotContain("precision");
        PressRelease back = ReadoutJson.read(tree.toString());
        assertThat(back).isEqualTo(release);
        assertThat(back.meetings().get(0).date().orElseThrow().precision()).contains(DatePrecision.MONTH);
    }

    @Test
    void thePrecisionIsAKnownPropertyForAMapperThatRejectsUnknownOnes() throws Exception {
        PressRelease release = releaseWithDate(date("2024"));
        ObjectMapper strict = ReadoutJson.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(strict.readValue(ReadoutJson.write(release), PressRelease.class)).isEqualTo(release);
    }
}
