package io.github.readout.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.ReadoutJsonSchema;
import io.github.readout.formats.internal.CsvTables;
import io.github.readout.formats.internal.LeanJson;
import io.github.readout.formats.internal.PloverEvents;
import io.github.readout.formats.internal.SchemaOrgJsonLd;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Readout's releases in the formats analysts load, beside the full JSON of {@link ReadoutJson}
 * (whose JSON Schema is {@link ReadoutJsonSchema}):
 *
 * <ul>
 *   <li><b>lean JSON</b>: the same JSON without the body text, {@code textLength} and
 *       {@code textSha256} in its place, every span kept;
 *   <li><b>CSV tables</b>: {@code releases.csv}, {@code meetings.csv} and {@code participants.csv}
 *       (see {@link CsvTable}), RFC 4180, UTF-8;
 *   <li><b>schema.org JSON-LD</b>: each meeting an {@code Event} with its attendees, place and
 *       typed start date, the release a {@code NewsArticle};
 *   <li><b>PLOVER event records</b>: each meeting a {@code CONSULT} event (CAMEO 04) with its mode
 *       ({@code phone}, {@code visit}, {@code third-party}, {@code multilateral}), actors as ISO
 *       3166 alpha-3 codes, date, place, text span and release id.
 * </ul>
 *
 * <pre>{@code
 * PressRelease release = PressReleaseParser.create().parse(Path.of("seeds/000_342ced776030c155.txt")).release();
 * String lean = ReadoutFormats.leanJson(release);
 * String jsonLd = ReadoutFormats.jsonLd(release);
 * List<String> events = ReadoutFormats.ploverEvents(release);   // one JSON object per meeting
 * try (ReleaseWriter tables = ReadoutFormats.csvWriter(Path.of("tables"))) {
 *     tables.write(release);
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe; the writers are not.
 */
public final class ReadoutFormats {

    /**
     * The JSON-LD context every document of {@link #jsonLd} names. A JSON-LD processor that cannot
     * fetch it can load {@link #SCHEMA_ORG_CONTEXT_RESOURCE} in its place.
     */
    public static final String SCHEMA_ORG_CONTEXT = SchemaOrgJsonLd.CONTEXT;

    /**
     * The resource, in this jar, holding the schema.org context terms that the JSON-LD uses (the
     * vocabulary {@code http://schema.org/}, as schema.org's own context maps it).
     */
    public static final String SCHEMA_ORG_CONTEXT_RESOURCE = SchemaOrgJsonLd.CONTEXT_RESOURCE;

    private static final ObjectMapper MAPPER = ReadoutJson.mapper();

    private ReadoutFormats() {}

    /**
     * Writes a release as lean JSON: its JSON without {@code text}, which {@code textLength} (in
     * UTF-16 code units) and {@code textSha256} (of its UTF-8 bytes) replace. Every span is kept,
     * for users who keep the source text elsewhere. It follows {@link ReadoutJsonSchema}.
     *
     * @param release the release
     * @return compact JSON on one line
     */
    public static String leanJson(PressRelease release) {
        return LeanJson.write(Objects.requireNonNull(release, "release"), false);
    }

    /**
     * Reads lean JSON back, given the text it was written without: the text's length and SHA-256
     * must be those the JSON records.
     *
     * <pre>{@code
     * PressRelease back = ReadoutFormats.readLeanJson(lean, Files.readString(source));
     * }</pre>
     *
     * @param json the lean JSON of one release
     * @param text the release's body text, as {@link PressRelease#text()} gave it
     * @return the release, equal to the one written
     * @throws io.github.readout.core.InvalidJsonException if the JSON cannot be read as a release
     * @throws IllegalArgumentException if it is not lean JSON or {@code text} is not the text its
     *     spans point into
     */
    public static PressRelease readLeanJson(String json, String text) {
        return LeanJson.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(text, "text"));
    }

    /**
     * Writes a release as indented lean JSON (see {@link #leanJson}).
     *
     * @param release the release
     * @return indented JSON
     */
    public static String leanJsonPretty(PressRelease release) {
        return LeanJson.write(Objects.requireNonNull(release, "release"), true);
    }

    /**
     * Writes a release as a schema.org JSON-LD document: a {@code @graph} of the release as a
     * {@code NewsArticle} and each meeting as an {@code Event} whose {@code subjectOf} is the
     * article. Nodes are named {@code urn:readout:release:ID} and
     * {@code urn:readout:release:ID:meeting:N}.
     *
     * @param release the release
     * @return compact JSON-LD on one line
     */
    public static String jsonLd(PressRelease release) {
        return compact(SchemaOrgJsonLd.of(Objects.requireNonNull(release, "release")));
    }

    /**
     * Returns the IRI that names a release in its JSON-LD ({@code urn:readout:release:} and the
     * percent-encoded id); its meetings are this IRI followed by {@code :meeting:N}.
     *
     * @param release the release
     * @return the release's node IRI, such as {@code urn:readout:release:000_342ced776030c155}
     */
    public static String jsonLdId(PressRelease release) {
        return SchemaOrgJsonLd.releaseId(Objects.requireNonNull(release, "release"));
    }

    /**
     * Returns the schema.org context terms that {@link #jsonLd} documents use, for JSON-LD
     * processors that work offline.
     *
     * @return a JSON-LD context document
     */
    public static String schemaOrgContext() {
        try (InputStream in = ReadoutFormats.class.getResourceAsStream(SCHEMA_ORG_CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SCHEMA_ORG_CONTEXT_RESOURCE + " is missing from readout-formats");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a release's meetings as PLOVER event records, one compact JSON object per meeting, in
     * the release's order. Each is a {@code CONSULT} with its {@code mode}, {@code cameo_code},
     * {@code source} and {@code recipient} actors, {@code date} (with {@code enddate} for a month
     * or a year), {@code event_loc}, {@code event_text} and {@code text_info} (the meeting's span)
     * and {@code cite_info} (the release id).
     *
     * @param release the release
     * @return the records; empty when the release reports no meeting
     */
    public static List<String> ploverEvents(PressRelease release) {
        return PloverEvents.of(Objects.requireNonNull(release, "release")).stream()
                .map(ReadoutFormats::compact)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns a writer of lean JSON Lines: one {@link #leanJson} document per line.
     *
     * @param out where to write; closing the writer flushes it and leaves it open, the caller's to close
     * @return the writer
     */
    public static ReleaseWriter leanJsonWriter(Writer out) {
        return lines(out, release -> List.of(leanJson(release)));
    }

    /**
     * Returns a writer of JSON-LD Lines: one {@link #jsonLd} document per line.
     *
     * @param out where to write; closing the writer flushes it and leaves it open, the caller's to close
     * @return the writer
     */
    public static ReleaseWriter jsonLdWriter(Writer out) {
        return lines(out, release -> List.of(jsonLd(release)));
    }

    /**
     * Returns a writer of PLOVER records as JSON Lines, the form the PLOVER specification
     * suggests: one {@link #ploverEvents} record per line.
     *
     * @param out where to write; closing the writer flushes it and leaves it open, the caller's to close
     * @return the writer
     */
    public static ReleaseWriter ploverWriter(Writer out) {
        return lines(out, ReadoutFormats::ploverEvents);
    }

    /**
     * Returns a writer of the three CSV tables (see {@link CsvTable}) in a folder, which is
     * created if needed; files of the same names there are replaced.
     *
     * @param folder the folder to write the tables to
     * @return the writer; closing it completes the files
     * @throws IOException if the folder or a file cannot be created
     */
    public static ReleaseWriter csvWriter(Path folder) throws IOException {
        return CsvTables.open(Objects.requireNonNull(folder, "folder"));
    }

    private static ReleaseWriter lines(Writer out, Function<PressRelease, List<String>> format) {
        Objects.requireNonNull(out, "out");
        return new ReleaseWriter() {
            @Override
            public void write(PressRelease release) throws IOException {
                for (String line : format.apply(Objects.requireNonNull(release, "release"))) {
                    out.write(line);
                    out.write('\n');
                }
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static String compact(JsonNode tree) {
        try {
            // Through bytes, as ReadoutJson does: a lone surrogate in the text is escaped, not copied raw.
            return new String(MAPPER.writeValueAsBytes(tree), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
