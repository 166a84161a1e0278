package io.github.readout.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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
 * <p>Reading is meant for JSON from other systems too: no polymorphic typing is enabled, input
 * sizes are bounded (see {@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH},
 * {@link #MAX_DOCUMENT_LENGTH}), and a value that breaks an invariant of the model is rejected
 * with an error naming its JSON path. Unknown properties are ignored, so that JSON written by a
 * later version, which may add fields, still reads.
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

    /** The longest JSON document, in characters, that {@link #read(String)} accepts. */
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
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
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
     *     model rejects; the message names the JSON path and the location
     */
    public static PressRelease read(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readValue(json, PressRelease.class);
        } catch (JsonProcessingException e) {
            throw InvalidJsonException.from(e);
        }
    }

    /**
     * Reads a release from JSON bytes in UTF-8.
     *
     * @param json the UTF-8 bytes of one release
     * @return the release
     * @throws InvalidJsonException if the bytes are not JSON or not text in the encoding they
     *     appear to be in, break a limit, or hold a value the model rejects
     */
    public static PressRelease read(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readValue(json, PressRelease.class);
        } catch (JsonProcessingException e) {
            throw InvalidJsonException.from(e);
        } catch (IOException e) {
            // Bytes in memory involve no I/O: any other IOException is about their content, such
            // as the CharConversionException of bytes that look like UTF-32 but are not.
            throw InvalidJsonException.notText(e);
        }
    }
}
