package io.github.readout.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the JSON that {@link ReadoutJson} writes, shipped in this
 * jar as the resource {@value #RESOURCE}. It documents every field (meaning, UTF-16 offsets of
 * spans, precision of dates) and lets any JSON Schema validator check Readout's JSON, in Java or
 * elsewhere.
 *
 * <p>It also accepts the lean form, which has {@code textLength} and {@code textSha256} in place
 * of the body {@code text}, and dates without {@code precision} as earlier versions wrote them.
 *
 * <pre>{@code
 * String schema = ReadoutJsonSchema.text();
 * // hand it to a validator, for example networknt's json-schema-validator:
 * // SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
 * }</pre>
 */
public final class ReadoutJsonSchema {

    /** The schema's {@code $id}. */
    public static final String ID = "https://github.com/readout/readout/schema/press-release.schema.json";

    /** The absolute resource name of the schema in this jar, for {@link Class#getResourceAsStream}. */
    public static final String RESOURCE = "/io/github/readout/core/press-release.schema.json";

    private ReadoutJsonSchema() {}

    /**
     * Opens the schema resource.
     *
     * @return a new stream of the schema's UTF-8 bytes, for the caller to close
     */
    public static InputStream open() {
        InputStream in = ReadoutJsonSchema.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            // The resource is part of this jar: missing, the jar itself is broken.
            throw new IllegalStateException("resource " + RESOURCE + " is missing from readout-core");
        }
        return in;
    }

    /**
     * Returns the schema's text.
     *
     * @return the JSON Schema document
     */
    public static String text() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
