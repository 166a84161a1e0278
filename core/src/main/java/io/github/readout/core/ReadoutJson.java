package io.github.readout.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON form of the model: one configured Jackson mapper and helpers to write and read a
 * {@link PressRelease}, so that no user has to configure Jackson by hand.
 *
 * <p>The output has the shape of Readout's JSON contract: dates in ISO form whose length is
 * their precision ({@code "2024-05-31"}, {@code "2024-05"}, {@code "2024"}), country codes as
 * strings, absent values omitted, empty lists written as {@code []}, properties in declaration
 * order. Reading that JSON back gives an equal object. {@link ReadoutJsonSchema} is the JSON
 * Schema of that shape, every field documented.
 *
 * <p>Reading is meant for JSON from other systems too, and is strict: no polymorphic typing is
 * enabled; input sizes are bounded (see {@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH},
 * {@link #MAX_DOCUMENT_LENGTH}); a key repeated in an object is an error, not a silent choice of
 * the last value; no value is read from another JSON type (no number from a string or from a
 * number with a fraction, no string from a number or a boolean, no kind from its index); days
 * ({@code published}, {@code anchor}) are read only as {@code "YYYY-MM-DD"} strings, with a year
 * of four digits like every {@link DateValue}; {@code null} stands for an absent optional value
 * and is an error anywhere else (the release itself, a required value, an element of a list, a
 * header's value). Every error is an {@link InvalidJsonException} naming the JSON path, the line
 * and the column. Unknown properties are ignored, so that JSON written by a later version, which
 * may add fields, still reads. An {@link Error} such as an {@link OutOfMemoryError} while reading
 * is thrown as it is: it says nothing about the JSON.
 *
 * <pre>{@code
 * String json = ReadoutJson.write(release);
 * PressRelease back = ReadoutJson.read(json);
 * assert back.equals(release);
 * }</pre>
 */
public final class ReadoutJson {

    /** The deepest nesting of JSON objects and arrays that {@link #read(String)} accepts. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The longest JSON string value, in characters, that {@link #read(String)} accepts. */
    public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

    /**
     * The longest JSON document that {@link #read(String)} accepts, in characters (bytes for
     * {@link #read(byte[])} and {@link #read(InputStream)}). The limit is checked as the input
     * is read, a buffer of a few kilobytes at a time, so reading stops just past it.
     */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = newMapper();

    private ReadoutJson() {}

    /**
     * Returns a new mapper configured for the model, for use with Jackson's own API
     * (streaming, trees, {@code ObjectWriter}s). The returned mapper is the caller's to change.
     *
     * @return a new configured mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                // After the JavaTimeModule, so that it wins: a day is read only from its ISO string.
                .addModule(new SimpleModule("ReadoutDays").addDeserializer(LocalDate.class, new DayDeserializer()))
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                // null is a value only where the model has an optional one, and means it is absent;
                // a required value, an element of a list or a value of a map is never null.
                .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
                .withConfigOverride(Optional.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .withConfigOverride(OptionalInt.class,
                        o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .build();
        // A string is read only from a JSON string: not from a number or a boolean, which
        // ALLOW_COERCION_OF_SCALARS leaves to the textual types.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Reads a {@link LocalDate} ({@code published}, a date's {@code anchor}) from its ISO string
     * only, with a year of four digits like every {@link DateValue}: not from a number, an array
     * or a date-time, which Jackson's own deserializer accepts.
     */
    private static final class DayDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        DayDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser.currentToken(), parser,
                        "expected a day as a string YYYY-MM-DD, got %s", describe(parser.currentToken()));
            }
            String text = parser.getText();
            String problem;
            try {
                Optional<LocalDate> day = DateValue.parse(text).day();
                if (day.isPresent()) {
                    return day.get();
                }
                problem = "expected a day YYYY-MM-DD, got '" + text + "'";
            } catch (IllegalArgumentException e) {
                // With a cause the text has the form of a day but is none ("2024-02-30"); without, it has another form.
                problem = e.getCause() == null ? "expected a day YYYY-MM-DD, got '" + text + "'"
                        : e.getMessage() + " (" + e.getCause().getMessage() + ")";
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "%s", problem);
        }
    }

    /** Names a JSON token for a message: "null", "a number", "an array". */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case VALUE_NULL:
                return "null";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_STRING:
                return "a string";
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            default:
                return token.asString() == null ? token.name() : "'" + token.asString() + "'";
        }
    }

    /**
     * Writes a release as compact JSON.
     *
     * @param release the release to write
     * @return the JSON text, on one line
     */
    public static String write(PressRelease release) {
        return writeValue(release, false);
    }

    /**
     * Writes a release as indented JSON, for people to read.
     *
     * @param release the release to write
     * @return the JSON text, indented
     */
    public static String writePretty(PressRelease release) {
        return writeValue(release, true);
    }

    private static String writeValue(Object value, boolean pretty) {
        Objects.requireNonNull(value, "release");
        try {
            // Through bytes: Jackson's UTF-8 output escapes a lone surrogate ("\\uD800"), which its
            // String output would copy raw, leaving JSON that no UTF-8 encoder can write.
            byte[] json = pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value)
                    : MAPPER.writeValueAsBytes(value);
            return new String(json, StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // The model holds only strings, numbers, dates and lists: nothing that cannot be written.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a release from JSON.
     *
     * @param json the JSON text of one release
     * @return the release
     * @throws InvalidJsonException if the text is not JSON, breaks a limit, or holds a value the
     *     model rejects; the message names the JSON path and the line and column
     * @throws OutOfMemoryError if the release does not fit in the heap: an {@link Error} while
     *     reading is thrown as it is, never reported as invalid JSON
     */
    public static PressRelease read(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = MAPPER.createParser(json)) {
            return read(parser);
        } catch (IOException e) {
            throw new IllegalStateException("text in memory involves no I/O", e);
        }
    }

    /**
     * Reads a release from JSON bytes in UTF-8.
     *
     * @param json the UTF-8 bytes of one release
     * @return the release
     * @throws InvalidJsonException if the bytes are not JSON or not text in the encoding they
     *     appear to be in, break a limit, or hold a value the model rejects
     * @throws OutOfMemoryError if the release does not fit in the heap, as for {@link #read(String)}
     */
    public static PressRelease read(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            return read(new ByteArrayInputStream(json));
        } catch (IOException e) {
            // Bytes in memory involve no I/O: any other IOException is about their content.
            throw InvalidJsonException.notText(e);
        }
    }

    /**
     * Reads a release from a stream of JSON in UTF-8 (or UTF-16 or UTF-32, told by its first
     * bytes), under the same limits and with the same errors as {@link #read(String)}: the stream
     * is read no further than just past {@link #MAX_DOCUMENT_LENGTH} bytes, so an endless source
     * such as a device or a pipe fails with an {@link InvalidJsonException} rather than filling
     * the heap. The stream is read to its end, since nothing may follow the release, and is left
     * open.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("release.json"))) {
     *     PressRelease release = ReadoutJson.read(in);
     * }
     * }</pre>
     *
     * @param json the stream of one release
     * @return the release
     * @throws InvalidJsonException if the bytes are not JSON or not text, break a limit, or hold
     *     a value the model rejects; the message names the JSON path and the line and column
     *     (columns in bytes, as Jackson counts them in bytes)
     * @throws IOException if reading the stream fails
     * @throws OutOfMemoryError if the release does not fit in the heap, as for {@link #read(String)}
     */
    public static PressRelease read(InputStream json) throws IOException {
        Objects.requireNonNull(json, "json");
        JsonParser parser;
        try {
            parser = MAPPER.createParser(json);
        } catch (CharConversionException e) {
            // The bytes look like UTF-32 (or another encoding Jackson detects) but are not.
            throw InvalidJsonException.notText(e);
        }
        try (parser) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return read(parser);
        } catch (CharConversionException e) {
            throw InvalidJsonException.notText(e);
        }
    }

    private static PressRelease read(JsonParser parser) throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw InvalidJsonException.notAnObject(first, parser.currentTokenLocation());
            }
            return MAPPER.readValue(parser, PressRelease.class);
        } catch (JsonProcessingException e) {
            // Translated here, while the parser still knows where it stopped.
            throw InvalidJsonException.from(e, parser);
        }
    }
}
