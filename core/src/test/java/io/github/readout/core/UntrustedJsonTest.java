package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Reading JSON from untrusted sources: no polymorphic typing, every size limit gives an
 * {@link InvalidJsonException}, and every invalid value is rejected with its JSON path.
 */
class UntrustedJsonTest {

    private static final String SPAN = "{\"start\":0,\"end\":2}";

    private static InvalidJsonException invalid(String json) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> ReadoutJson.read(json));
        assertThat(e).as("reading %.200s should fail", json).isNotNull();
        return e;
    }

    private static InvalidJsonException invalid(byte[] json) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> ReadoutJson.read(json));
        assertThat(e).as("reading %s should fail", Arrays.toString(Arrays.copyOf(json, Math.min(json.length, 40))))
                .isNotNull();
        return e;
    }

    @Test
    void noDefaultTypingIsConfigured() {
        ObjectMapper mapper = ReadoutJson.mapper();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        // A type id in the JSON is an unknown property or a wrong shape, never a class to load.
        assertThat(ReadoutJson.read("{\"@class\":\"java.net.URL\",\"id\":\"r\",\"text\":\"x\"}").id()).isEqualTo("r");
        InvalidJsonException typed = invalid("{\"id\":\"r\",\"text\":\"x\",\"people\":[[\"java.net.URL\","
                + "\"http://localhost/\"]]}");
        assertThat(typed.path()).isEqualTo("people[0]");
    }

    @Test
    void theStreamLimitsAreSet() {
        StreamReadConstraints limits = ReadoutJson.mapper().getFactory().streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(ReadoutJson.MAX_NESTING_DEPTH);
        assertThat(limits.getMaxStringLength()).isEqualTo(ReadoutJson.MAX_STRING_LENGTH);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(ReadoutJson.MAX_DOCUMENT_LENGTH);
        assertThat(limits.getMaxNumberLength()).isPositive();
    }

    @Test
    void aStringOverTheLimitIsRejected() {
        String text = "x".repeat(ReadoutJson.MAX_STRING_LENGTH + 1);
        InvalidJsonException e = invalid("{\"id\":\"r\",\"text\":\"" + text + "\"}");
        assertThat(e.getMessage()).containsIgnoringCase("string value length")
                .contains(String.valueOf(ReadoutJson.MAX_STRING_LENGTH));
        // Just within the limit reads.
        String within = "x".repeat(ReadoutJson.MAX_STRING_LENGTH);
        assertThat(ReadoutJson.read("{\"id\":\"r\",\"text\":\"" + within + "\"}").text()).hasSize(within.length());
    }

    @Test
    void aDocumentOverTheLimitIsRejected() {
        byte[] json = new byte[(int) ReadoutJson.MAX_DOCUMENT_LENGTH + 64];
        Arrays.fill(json, (byte) ' ');
        byte[] release = "{\"id\":\"r\",\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(release, 0, json, json.length - release.length, release.length);
        InvalidJsonException e = invalid(json);
        assertThat(e.getMessage()).containsIgnoringCase("document length")
                .contains(String.valueOf(ReadoutJson.MAX_DOCUMENT_LENGTH));
        InvalidJsonException text = invalid(new String(json, StandardCharsets.UTF_8));
        assertThat(text.getMessage()).containsIgnoringCase("document length");
    }

    @Test
    void nestingOverTheLimitIsRejected() {
        int depth = ReadoutJson.MAX_NESTING_DEPTH + 1;
        InvalidJsonException e = invalid("{\"id\":\"r\",\"text\":\"x\",\"extra\":" + "{\"a\":".repeat(depth) + "1"
                + "}".repeat(depth) + "}");
        assertThat(e.getMessage()).containsIgnoringCase("nesting depth");
        // A deep nesting far past the limit stops at the limit: no stack overflow.
        int deep = 100_000;
        assertThat(invalid("{\"id\":\"r\",\"text\":\"x\",\"extra\":" + "[".repeat(deep) + "]".repeat(deep) + "}")
                .getMessage()).containsIgnoringCase("nesting depth");
    }

    @Test
    void aNumberOverTheLimitIsRejected() {
        InvalidJsonException e = invalid("{\"id\":\"r\",\"text\":\"x\",\"meetings\":[{\"kind\":\"MEETING\",\"sequence\":"
                + "1".repeat(5000) + ",\"span\":{\"start\":0,\"end\":1}}]}");
        assertThat(e.getMessage()).containsIgnoringCase("number");
        InvalidJsonException overflow = invalid("{\"id\":\"r\",\"text\":\"x\",\"meetings\":[{\"kind\":\"MEETING\","
                + "\"sequence\":99999999999,\"span\":{\"start\":0,\"end\":1}}]}");
        assertThat(overflow.path()).isEqualTo("meetings[0].sequence");
    }

    @Test
    void invalidValuesNameTheirPath() {
        String base = "{\"id\":\"r\",\"text\":\"Lu\",";
        InvalidJsonException country = invalid(base + "\"people\":[{\"name\":\"Lu\",\"country\":\"ZZ\",\"span\":"
                + SPAN + "}]}");
        assertThat(country.path()).isEqualTo("people[0].country");
        assertThat(country.getMessage()).contains("'ZZ'");

        InvalidJsonException span = invalid(base + "\"meetings\":[{\"kind\":\"MEETING\",\"span\":{\"start\":0,\"end\":3}}]}");
        assertThat(span.path()).isEqualTo("meetings[0].span");
        assertThat(span.getMessage()).contains("[0, 3)").contains("length 2");

        InvalidJsonException nested = invalid(base + "\"meetings\":[{\"kind\":\"MEETING\",\"span\":" + SPAN
                + ",\"participants\":[{\"name\":\"Lu\",\"span\":{\"start\":1,\"end\":5}}]}]}");
        assertThat(nested.path()).isEqualTo("meetings[0].participants[0].span");

        InvalidJsonException sequence = invalid(base + "\"meetings\":[{\"kind\":\"MEETING\",\"sequence\":0,\"span\":"
                + SPAN + "}]}");
        assertThat(sequence.path()).isEqualTo("meetings[0]");
        assertThat(sequence.getMessage()).contains("meeting.sequence: must be at least 1, got 0");

        InvalidJsonException date = invalid(base + "\"published\":\"2024-02-30\"}");
        assertThat(date.path()).isEqualTo("published");
        assertThat(date.getMessage()).contains("2024-02-30");

        InvalidJsonException dateValue = invalid(base + "\"meetings\":[{\"kind\":\"MEETING\",\"span\":" + SPAN
                + ",\"date\":{\"value\":\"June 2024\",\"text\":\"June\",\"span\":" + SPAN + "}}]}");
        assertThat(dateValue.path()).isEqualTo("meetings[0].date.value");
        assertThat(dateValue.getMessage()).contains("date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 'June 2024'");

        InvalidJsonException blankId = invalid("{\"id\":\" \",\"text\":\"x\"}");
        assertThat(blankId.path()).isEqualTo("id");
        assertThat(blankId.getMessage()).contains("must not be blank");

        InvalidJsonException negative = invalid(base + "\"people\":[{\"name\":\"Lu\",\"span\":{\"start\":-1,\"end\":1}}]}");
        assertThat(negative.path()).isEqualTo("people[0].span");
    }

    @Test
    void unknownPropertiesAreIgnoredAtEveryLevel() {
        PressRelease release = ReadoutJson.read("{\"id\":\"r\",\"text\":\"Lu\",\"schema\":\"v9\","
                + "\"meetings\":[{\"kind\":\"MEETING\",\"mood\":\"cordial\",\"span\":{\"start\":0,\"end\":2,\"x\":1},"
                + "\"date\":{\"value\":\"2024\",\"text\":\"Lu\",\"calendar\":\"iso\",\"span\":" + SPAN + "}}]}");
        assertThat(release.meetings()).singleElement()
                .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("Lu")));
    }

    @Test
    void bytesThatAreNotUtf8GiveInvalidJson() {
        invalid(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'});
        invalid(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        invalid(new byte[] {0, 0, 0, '{', 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        invalid(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7F, 0, 0, 0});
        invalid(new byte[0]);
    }
}
