package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reading JSON strictly: no null where a value is required, no value of one JSON type read as
 * another, no duplicate keys, dates only in their ISO form of four-digit years; every error
 * names the JSON path and a real line and column, from text, bytes and streams alike.
 */
class StrictJsonTest {

    private static final String SPAN = "{\"start\":0,\"end\":2}";
    private static final String BASE = "{\"id\":\"r\",\"text\":\"Lu met\",";
    private static final String MEETING = "{\"kind\":\"MEETING\",\"span\":" + SPAN;

    /** The three ways to read, so that every case is checked with each. */
    private static final List<Function<String, PressRelease>> READERS = List.of(
            ReadoutJson::read,
            json -> ReadoutJson.read(json.getBytes(StandardCharsets.UTF_8)),
            json -> {
                try {
                    return ReadoutJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

    /** Reads {@code json} each way, checks that all fail alike, and returns the error of the text. */
    private static InvalidJsonException invalid(String json, String path) {
        InvalidJsonException first = null;
        for (Function<String, PressRelease> reader : READERS) {
            InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> reader.apply(json));
            assertThat(e).as("reading %.300s should fail", json).isNotNull();
            assertThat(e.path()).as("path of %s", e.getMessage()).isEqualTo(path);
            assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
            assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
            assertThat(e.getMessage()).startsWith("invalid release JSON")
                    .contains(path.isEmpty() ? "(line " : "at " + path + " (line ");
            if (first == null) {
                first = e;
            }
        }
        return first;
    }

    @Test
    void nullIsNoRelease() {
        InvalidJsonException e = invalid("null", "");
        assertThat(e.getMessage()).contains("expected a JSON object").contains("null");
        assertThat(e.column()).isEqualTo(1);
        assertThat(invalid("\n  null", "").line()).isEqualTo(2);
        assertThat(invalid("[]", "").getMessage()).contains("expected a JSON object").contains("array")
                .doesNotContain("Immutable");
        assertThat(invalid("\"r\"", "").getMessage()).contains("expected a JSON object").contains("string");
        assertThat(invalid("", "").getMessage()).contains("no JSON value");
    }

    @Test
    void nullElementsAndNullRequiredValuesNameTheirPath() {
        invalid(BASE + "\"people\":[null]}", "people[0]");
        invalid(BASE + "\"headers\":{\"date\":\"2024\",\"a\":null}}", "headers.a");
        invalid(BASE + "\"meetings\":[" + MEETING + ",\"countries\":[\"KZ\",null]}]}", "meetings[0].countries[1]");
        invalid(BASE + "\"paragraphs\":[{\"span\":" + SPAN + ",\"sentences\":[null]}]}", "paragraphs[0].sentences[0]");
        invalid(BASE + "\"meetings\":[{\"kind\":null,\"span\":" + SPAN + "}]}", "meetings[0].kind");
        invalid(BASE + "\"meetings\":[{\"kind\":\"MEETING\",\"span\":null}]}", "meetings[0].span");
        invalid(BASE + "\"people\":null}", "people");
        invalid("{\"id\":null,\"text\":\"x\"}", "id");
        assertThat(invalid(BASE + "\"people\":[{\"name\":\"Lu\",\"span\":{\"start\":null,\"end\":2}}]}",
                "people[0].span.start").getMessage()).contains("null");
    }

    @Test
    void nullForAnOptionalValueMeansAbsent() {
        PressRelease release = ReadoutJson.read(BASE + "\"title\":null,\"published\":null,\"meetings\":["
                + MEETING + ",\"sequence\":null,\"name\":null}]}");
        assertThat(release.title()).isEmpty();
        assertThat(release.published()).isEmpty();
        assertThat(release.meetings().get(0).sequence()).isEmpty();
    }

    @Test
    void noValueIsReadAsAnotherType() {
        assertThat(invalid(BASE + "\"meetings\":[" + MEETING + ",\"sequence\":1.9}]}", "meetings[0].sequence")
                .getMessage()).contains("1.9").doesNotContain("CoercionConfig");
        invalid(BASE + "\"meetings\":[" + MEETING + ",\"sequence\":2.0}]}", "meetings[0].sequence");
        invalid(BASE + "\"meetings\":[" + MEETING + ",\"sequence\":\"2\"}]}", "meetings[0].sequence");
        invalid(BASE + "\"meetings\":[" + MEETING + ",\"sequence\":true}]}", "meetings[0].sequence");
        invalid(BASE + "\"people\":[{\"name\":\"Lu\",\"span\":{\"start\":\"0\",\"end\":2}}]}", "people[0].span.start");
        invalid(BASE + "\"people\":[{\"name\":\"Lu\",\"span\":{\"start\":0,\"end\":2.5}}]}", "people[0].span.end");
        invalid(BASE + "\"people\":[{\"name\":true,\"span\":" + SPAN + "}]}", "people[0].name");
        invalid(BASE + "\"people\":[{\"name\":12,\"span\":" + SPAN + "}]}", "people[0].name");
        invalid(BASE + "\"people\":[{\"name\":\"Lu\",\"title\":1.5,\"span\":" + SPAN + "}]}", "people[0].title");
        invalid("{\"id\":1,\"text\":\"x\"}", "id");
        invalid(BASE + "\"headers\":{\"date\":20240604}}", "headers.date");
        invalid(BASE + "\"meetings\":[{\"kind\":0,\"span\":" + SPAN + "}]}", "meetings[0].kind");
        invalid(BASE + "\"meetings\":[{\"kind\":\"0\",\"span\":" + SPAN + "}]}", "meetings[0].kind");
        invalid(BASE + "\"meetings\":[{\"kind\":\"\",\"span\":" + SPAN + "}]}", "meetings[0].kind");
        invalid(BASE + "\"people\":{\"name\":\"Lu\",\"span\":" + SPAN + "}}", "people");
        invalid(BASE + "\"meetings\":[" + MEETING + ",\"countries\":\"KZ\"}]}", "meetings[0].countries");
    }

    @Test
    void publishedIsOnlyADateString() {
        invalid(BASE + "\"published\":20240101}", "published");
        invalid(BASE + "\"published\":[2024,1,1]}", "published");
        invalid(BASE + "\"published\":{\"year\":2024}}", "published");
        invalid(BASE + "\"published\":\"2024-01-01T10:00:00\"}", "published");
        invalid(BASE + "\"published\":\"2024-01\"}", "published");
        assertThat(invalid(BASE + "\"published\":\"\"}", "published").getMessage())
                .contains("expected a day YYYY-MM-DD, got ''");
        invalid(BASE + "\"published\":\" 2024-01-01\"}", "published");
        assertThat(ReadoutJson.read(BASE + "\"published\":\"2024-06-04\"}").published())
                .hasValue(LocalDate.of(2024, 6, 4));
        assertThat(ReadoutJson.read(BASE + "\"published\":\"0000-01-01\"}").published())
                .hasValue(LocalDate.of(0, 1, 1));
    }

    @Test
    void yearsOutsideFourDigitsAreRejectedLikeDateValues() {
        String dateRef = ",\"date\":{\"text\":\"Lu\",\"span\":" + SPAN;
        for (String day : List.of("+12024-01-01", "-0001-01-01", "+10000-01-01")) {
            assertThat(invalid(BASE + "\"published\":\"" + day + "\"}", "published").getMessage()).contains(day);
            invalid(BASE + "\"meetings\":[" + MEETING + dateRef + ",\"anchor\":\"" + day + "\"}}]}",
                    "meetings[0].date.anchor");
            invalid(BASE + "\"meetings\":[" + MEETING + dateRef + ",\"value\":\"" + day + "\"}}]}",
                    "meetings[0].date.value");
        }
        assertThat(ReadoutJson.read(BASE + "\"published\":\"9999-12-31\"}").published())
                .hasValue(LocalDate.of(9999, 12, 31));

        // The model itself holds no such year, so that everything it holds writes and reads back.
        assertThatThrownBy(() -> PressRelease.builder().id("r").text("x").published(LocalDate.of(10000, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("published: year must be between 0000 and 9999, got 10000");
        assertThatThrownBy(() -> DateRef.builder().text("x").span(Span.of(0, 1)).anchor(LocalDate.of(-1, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("anchor: year must be between 0000 and 9999, got -1");
    }

    @Test
    void duplicateKeysAreRejectedAtTheSecond() {
        InvalidJsonException id = invalid("{\"id\":\"r\",\"id\":\"s\",\"text\":\"x\"}", "id");
        assertThat(id.getMessage()).contains("Duplicate field 'id'");
        assertThat(id.column()).isGreaterThan(10);
        invalid(BASE + "\"meetings\":[{\"kind\":\"MEETING\",\"kind\":\"VISIT\",\"span\":" + SPAN + "}]}",
                "meetings[0].kind");
        invalid(BASE + "\"headers\":{\"a\":\"1\",\"a\":\"2\"}}", "headers.a");
        invalid(BASE + "\"people\":[],\"people\":[]}", "people");
    }

    @Test
    void limitErrorsGiveTheLineAndColumnWhereReadingStopped() {
        InvalidJsonException string = invalid("{\"id\":\"r\",\n\"text\":\"" + "x".repeat(ReadoutJson.MAX_STRING_LENGTH + 1)
                + "\"}", "text");
        assertThat(string.getMessage()).containsIgnoringCase("string value length");
        assertThat(string.line()).isEqualTo(2);

        InvalidJsonException nesting = invalid("{\"id\":\"r\",\"text\":\"x\",\n\"extra\":" + "[".repeat(100)
                + "]".repeat(100) + "}", "extra" + "[0]".repeat(ReadoutJson.MAX_NESTING_DEPTH));
        assertThat(nesting.getMessage()).containsIgnoringCase("nesting depth");
        assertThat(nesting.line()).isEqualTo(2);
        assertThat(nesting.column()).isEqualTo("\"extra\":".length() + ReadoutJson.MAX_NESTING_DEPTH + 1);

        InvalidJsonException number = invalid(BASE + "\"meetings\":[" + MEETING + ",\n\"sequence\":" + "1".repeat(5000)
                + "}]}", "meetings[0].sequence");
        assertThat(number.getMessage()).containsIgnoringCase("number value length");
        assertThat(number.line()).isEqualTo(2);

        // A name is read before it is known: the path is that of the last value read before it.
        InvalidJsonException name = invalid(BASE + "\n\"" + "k".repeat(60_000) + "\":1}", "text");
        assertThat(name.getMessage()).containsIgnoringCase("name length");
        assertThat(name.line()).isEqualTo(2);
    }

    @Test
    void aDocumentOverTheLengthLimitStopsAtTheLimit() {
        int limit = (int) ReadoutJson.MAX_DOCUMENT_LENGTH;
        // A release that is malformed only after the limit: the limit is what is reported.
        String json = "{\"id\":\"r\",\"text\":\"x\",\n\"extra\":\"" + "y".repeat(limit) + "\"";
        InvalidJsonException text = invalid(json, "extra");
        assertThat(text.getMessage()).containsIgnoringCase("document length").contains(String.valueOf(limit));
        assertThat(text.line()).isEqualTo(2);
    }

    @Test
    void aStreamIsReadWithTheSameLimitsWithoutHoldingItAll() throws IOException {
        long limit = ReadoutJson.MAX_DOCUMENT_LENGTH;
        // Spaces without end: the reader stops past the limit instead of reading on.
        CountingSpaces endless = new CountingSpaces();
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> ReadoutJson.read(endless));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).containsIgnoringCase("document length").contains(String.valueOf(limit));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
        assertThat(endless.read).isGreaterThan(limit).isLessThan(limit + 1_000_000);
        assertThat(endless.closed).isFalse();
    }

    @Test
    void aStreamIsLeftOpenAndItsFailuresAreNoJsonErrors() throws IOException {
        String json = "{\"id\":\"r\",\"text\":\"Астана\"}";
        CountingSpaces nothing = new CountingSpaces();
        InputStream ok = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                nothing.closed = true;
            }
        };
        assertThat(ReadoutJson.read(ok).text()).isEqualTo("Астана");
        assertThat(nothing.closed).isFalse();

        InputStream failing = new InputStream() {
            private boolean started;

            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (started) {
                    throw new IOException("disk gone");
                }
                started = true;
                byte[] head = "{\"id\":\"r\",\"te".getBytes(StandardCharsets.UTF_8);
                System.arraycopy(head, 0, buffer, offset, head.length);
                return head.length;
            }
        };
        assertThatThrownBy(() -> ReadoutJson.read(failing)).isInstanceOf(IOException.class)
                .isNotInstanceOf(InvalidJsonException.class).hasMessage("disk gone");
        assertThatThrownBy(() -> ReadoutJson.read((InputStream) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anErrorIsNeverReportedAsInvalidJson() {
        // Jackson wraps what a creator throws, errors included; they must come out as they are.
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        JsonMappingException wrapped = JsonMappingException.from((JsonParser) null, "Java heap space", heap);
        assertThatThrownBy(() -> InvalidJsonException.from(wrapped, null)).isSameAs(heap);
        JsonMappingException twice = JsonMappingException.wrapWithPath(wrapped, new Object(), "people");
        assertThatThrownBy(() -> InvalidJsonException.from(twice, null)).isSameAs(heap);
    }

    /** A stream of spaces without end that counts what was read and whether it was closed. */
    private static final class CountingSpaces extends InputStream {
        long read;
        boolean closed;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
