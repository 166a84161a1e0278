package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading JSON: errors name the JSON path and location; limits hold; the mapper is the caller's own. */
class ReadoutJsonTest {

    private static final String SPAN = "{\"start\":0,\"end\":4}";

    private static InvalidJsonException readInvalid(String json) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> ReadoutJson.read(json));
        assertThat(e).as("reading %s should fail", json).isNotNull();
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        return e;
    }

    @Test
    void meetingSequenceZeroIsReportedAtTheMeeting() {
        InvalidJsonException e = readInvalid("{\"id\":\"r\",\"text\":\"They met.\",\"meetings\":["
                + "{\"kind\":\"MEETING\",\"span\":" + SPAN + "},"
                + "{\"kind\":\"DIALOGUE\",\"sequence\":0,\"span\":" + SPAN + "}]}");
        assertThat(e.path()).isEqualTo("meetings[1]");
        assertThat(e.getMessage())
                .contains("at meetings[1]")
                .contains("meeting.sequence: must be at least 1, got 0");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
    }

    @Test
    void unknownCountryIsReportedAtItsField() {
        InvalidJsonException e = readInvalid("{\"id\":\"r\",\"text\":\"Donald Lu\",\"people\":["
                + "{\"name\":\"Donald Lu\",\"country\":\"XX\",\"span\":" + SPAN + "}]}");
        assertThat(e.path()).isEqualTo("people[0].country");
        assertThat(e.getMessage()).contains("at people[0].country").contains("'XX'");
    }

    @Test
    void nestedInvalidValuesAreReportedWithTheirWholePath() {
        InvalidJsonException date = readInvalid("{\"id\":\"r\",\"text\":\"They met.\",\"meetings\":["
                + "{\"kind\":\"MEETING\",\"next\":{\"date\":{\"value\":\"2024-13\",\"text\":\"x\",\"span\":" + SPAN
                + "},\"span\":" + SPAN + "},\"span\":" + SPAN + "}]}");
        assertThat(date.path()).isEqualTo("meetings[0].next.date.value");
        // DateValue's own message names the bad value; java.time's detail follows it.
        assertThat(date.getMessage()).contains("date: '2024-13' is not a valid ISO date")
                .contains("MonthOfYear").contains("13");

        InvalidJsonException kind = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"related\":["
                + "{\"kind\":\"PICNIC\",\"span\":{\"start\":0,\"end\":1}}]}");
        assertThat(kind.path()).isEqualTo("related[0].kind");
        assertThat(kind.getMessage()).contains("PICNIC");

        InvalidJsonException span = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"paragraphs\":["
                + "{\"span\":{\"start\":0,\"end\":1},\"sentences\":[{\"start\":1,\"end\":0}]}]}");
        assertThat(span.path()).isEqualTo("paragraphs[0].sentences[0]");
        assertThat(span.getMessage()).contains("start=1, end=0");

        InvalidJsonException published = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"published\":\"2024-6-4\"}");
        assertThat(published.path()).isEqualTo("published");
        assertThat(published.getMessage()).contains("2024-6-4");
    }

    @Test
    void aSpanOutsideTheTextIsReportedAtTheRelease() {
        InvalidJsonException e = readInvalid("{\"id\":\"r\",\"text\":\"Lu\",\"people\":["
                + "{\"name\":\"Lu\",\"span\":{\"start\":0,\"end\":9}}]}");
        // The release as a whole breaks the invariant; its check names the path inside it.
        assertThat(e.path()).isEqualTo("people[0].span");
        assertThat(e.getMessage()).contains("at people[0].span").contains("length 2");
    }

    @Test
    void missingAndNullMandatoryValuesAreRejected() {
        InvalidJsonException missing = readInvalid("{\"id\":\"r\"}");
        assertThat(missing.getMessage()).contains("text");
        InvalidJsonException nullId = readInvalid("{\"id\":null,\"text\":\"\"}");
        assertThat(nullId.getMessage()).contains("id");
        InvalidJsonException missingSpan = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"people\":[{\"name\":\"A\"}]}");
        assertThat(missingSpan.path()).isEqualTo("people[0]");
        assertThat(missingSpan.getMessage()).contains("span");
        InvalidJsonException nullElement = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"people\":[null]}");
        assertThat(nullElement.getMessage()).contains("people");
        InvalidJsonException nullStart = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"paragraphs\":["
                + "{\"span\":{\"start\":null,\"end\":1}}]}");
        assertThat(nullStart.path()).startsWith("paragraphs[0].span");
    }

    @Test
    void malformedJsonReportsItsLocation() {
        InvalidJsonException e = readInvalid("{\n  \"id\": \"r\",\n  \"text\": \"x\"\n  \"people\": []\n}");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isPositive();
        // The path is where the parser stood: after the value of "text", before a comma.
        assertThat(e.path()).isEqualTo("text");
        assertThat(e.getMessage()).contains("line 4");

        InvalidJsonException truncated = readInvalid("{\"id\":\"r\",\"text\":");
        assertThat(truncated.line()).isPositive();

        InvalidJsonException trailing = readInvalid("{\"id\":\"r\",\"text\":\"x\"} {}");
        assertThat(trailing.line()).isEqualTo(1);

        assertThat(readInvalid("").getMessage()).startsWith("invalid release JSON");
        assertThat(readInvalid("[]").getMessage()).startsWith("invalid release JSON");
        assertThat(readInvalid("{\"id\":\"r\",\"text\":\"x\",\"meetings\":[{\"kind\":\"MEETING\",\"sequence\":NaN,"
                + "\"span\":{\"start\":0,\"end\":1}}]}").line()).isEqualTo(1);
    }

    @Test
    void bytesAreReadAsUtf8AndErrorsReportedTheSameWay() {
        String json = "{\"id\":\"r\",\"text\":\"Астана – Nur-Sultan\"}";
        assertThat(ReadoutJson.read(json.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Астана – Nur-Sultan");
        assertThatThrownBy(() -> ReadoutJson.read("{\"id\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void unknownPropertiesAreIgnored() {
        // JSON written by a later version may add fields; it still reads.
        PressRelease release = ReadoutJson.read("{\"id\":\"r\",\"version\":2,\"text\":\"Lu\","
                + "\"people\":[{\"name\":\"Lu\",\"nickname\":\"Don\",\"span\":{\"start\":0,\"end\":2,\"unit\":\"utf16\"}}],"
                + "\"extra\":{\"nested\":[1,2,{\"deep\":true}]}}");
        assertThat(release).isEqualTo(PressRelease.builder().id("r").text("Lu")
                .addPeople(Person.builder().name("Lu").span(Span.of(0, 2)).build()).build());
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        int depth = ReadoutJson.MAX_NESTING_DEPTH + 1;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        InvalidJsonException e = readInvalid("{\"id\":\"r\",\"text\":\"x\",\"extra\":" + deep + "}");
        assertThat(e.getMessage()).containsIgnoringCase("nesting depth")
                .contains(String.valueOf(ReadoutJson.MAX_NESTING_DEPTH));

        // Just within the limit (the release object itself is one level) is fine.
        int allowed = ReadoutJson.MAX_NESTING_DEPTH - 1;
        String within = "[".repeat(allowed) + "]".repeat(allowed);
        assertThat(ReadoutJson.read("{\"id\":\"r\",\"text\":\"x\",\"extra\":" + within + "}").id()).isEqualTo("r");
    }

    @Test
    void polymorphicTypingIsNotEnabled() {
        // A class name in the JSON is just an unknown property or a string, never instantiated.
        PressRelease release = ReadoutJson.read("{\"@class\":\"java.lang.ProcessBuilder\",\"id\":\"r\",\"text\":\"x\"}");
        assertThat(release.id()).isEqualTo("r");
    }

    @Test
    void mapperReturnsAConfiguredCopy() throws Exception {
        PressRelease release = RoundTripTest.fullRelease();
        ObjectMapper mapper = ReadoutJson.mapper();
        assertThat(mapper).isNotSameAs(ReadoutJson.mapper());
        // The copy is configured like ReadoutJson's own mapper.
        assertThat(mapper.writeValueAsString(release)).isEqualTo(ReadoutJson.write(release));
        assertThat(mapper.readValue(ReadoutJson.write(release), PressRelease.class)).isEqualTo(release);

        // Changing it does not change ReadoutJson's behaviour.
        String before = ReadoutJson.write(release);
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        mapper.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);
        assertThat(mapper.writeValueAsString(release)).isNotEqualTo(before);
        assertThat(ReadoutJson.write(release)).isEqualTo(before);
        assertThat(ReadoutJson.read("{\"id\":\"r\",\"text\":\"x\",\"unknown\":1}").id()).isEqualTo("r");
        assertThat(ReadoutJson.mapper().writeValueAsString(release)).isEqualTo(before);
    }

    @Test
    void writeRejectsNull() {
        assertThatThrownBy(() -> ReadoutJson.write(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ReadoutJson.read((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void compactAndPrettyFormsHoldTheSameJson() throws Exception {
        PressRelease release = RoundTripTest.fullRelease();
        String compact = ReadoutJson.write(release);
        String pretty = ReadoutJson.writePretty(release);
        assertThat(compact).doesNotContain("\n  ");
        assertThat(pretty).contains("\n  \"id\" : \"full\"");
        ObjectMapper mapper = ReadoutJson.mapper();
        assertThat(mapper.readTree(pretty)).isEqualTo(mapper.readTree(compact));
    }

    @Test
    void aLoneSurrogateIsEscapedSoTheJsonEncodesAsUtf8AndRoundTrips() {
        PressRelease release = PressRelease.builder().id("r").text("a\uD800b").build();

        for (String json : java.util.List.of(ReadoutJson.write(release), ReadoutJson.writePretty(release))) {
            assertThat(json).contains("\\uD800").doesNotContain("\uD800");
            assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(json)).isTrue();
            assertThat(ReadoutJson.read(json)).isEqualTo(release);
        }
    }
}
