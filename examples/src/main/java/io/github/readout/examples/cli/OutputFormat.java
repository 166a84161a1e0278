package io.github.readout.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.formats.ReadoutFormats;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The forms the {@code parse} command writes releases in. The forms written to a stream render
 * one release to bytes on the parsing threads, so that the thread that writes in order only
 * copies bytes, and say what goes before, between and after the records; CSV goes to a folder
 * through its own writer.
 */
enum OutputFormat {

    /** Compact JSON: one object, or an array of them for several documents. */
    JSON,
    /** One compact JSON object per line. */
    JSONL,
    /** Indented JSON: one object, or an array of them for several documents. */
    PRETTY,
    /** Three CSV tables (releases, meetings, participants) in the folder given by --output. */
    CSV,
    /** PLOVER event records: one CONSULT per meeting and line. */
    PLOVER,
    /** schema.org JSON-LD: one document per release and line. */
    JSONLD;

    private static final byte[] NONE = {};
    private static final byte[] NEWLINE = bytes("\n");
    private static final ObjectWriter COMPACT = ReadoutJson.mapper().writer();
    private static final ObjectWriter INDENTED = ReadoutJson.mapper().writerWithDefaultPrettyPrinter();

    /** The names accepted by {@code --format}. */
    static String names() {
        return "json, jsonl, pretty, csv, plover or jsonld";
    }

    /**
     * Finds a format by its name in any case.
     *
     * @throws IllegalArgumentException if there is none of that name
     */
    static OutputFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Tells whether the format is the release JSON, which {@code --no-text} can make lean. */
    boolean isReleaseJson() {
        return this == JSON || this == JSONL || this == PRETTY;
    }

    /** Tells whether the format writes files to a folder rather than one stream. */
    boolean toFolder() {
        return this == CSV;
    }

    /**
     * Renders one release for a stream; safe to call from many threads at once.
     *
     * @param lean leave out the body text (lean JSON); only for the release JSON
     */
    byte[] render(PressRelease release, boolean lean) {
        switch (this) {
            case PLOVER:
                StringBuilder lines = new StringBuilder();
                ReadoutFormats.ploverEvents(release).forEach(event -> lines.append(event).append('\n'));
                return bytes(lines.toString());
            case JSONLD:
                return bytes(ReadoutFormats.jsonLd(release));
            case PRETTY:
                return lean ? bytes(ReadoutFormats.leanJsonPretty(release)) : write(INDENTED, release);
            case JSON:
            case JSONL:
                return lean ? bytes(ReadoutFormats.leanJson(release)) : write(COMPACT, release);
            default:
                throw new IllegalStateException(this + " is not written to a stream");
        }
    }

    byte[] before(boolean several) {
        return array(several) ? bytes("[\n") : NONE;
    }

    byte[] between(boolean several) {
        return array(several) ? bytes(",\n") : NONE;
    }

    byte[] afterEach(boolean several) {
        // PLOVER's lines end within the record: a release without meetings writes nothing.
        return array(several) || this == PLOVER ? NONE : NEWLINE;
    }

    /** What ends the output; an array of nothing is {@code []}. */
    byte[] after(boolean several, int written) {
        if (!array(several)) {
            return NONE;
        }
        return written == 0 ? bytes("]\n") : bytes("\n]\n");
    }

    private boolean array(boolean several) {
        return several && (this == JSON || this == PRETTY);
    }

    private static byte[] write(ObjectWriter writer, PressRelease release) {
        try {
            return writer.writeValueAsBytes(release);
        } catch (JsonProcessingException e) {
            // The model holds only strings, numbers, dates and lists: nothing that cannot be written.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
