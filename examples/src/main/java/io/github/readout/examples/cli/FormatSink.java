package io.github.readout.examples.cli;

import io.github.readout.core.PressRelease;
import io.github.readout.formats.ReadoutFormats;
import io.github.readout.formats.ReleaseWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes releases in a format of readout-formats: PLOVER records or JSON-LD documents as lines
 * of a stream, or the CSV tables to a folder.
 */
final class FormatSink implements ReleaseSink {

    private final ReleaseWriter writer;

    private FormatSink(ReleaseWriter writer) {
        this.writer = writer;
    }

    /** PLOVER event records, one per meeting and line. */
    static FormatSink plover(Writer out) {
        return new FormatSink(ReadoutFormats.ploverWriter(out));
    }

    /** schema.org JSON-LD, one document per release and line. */
    static FormatSink jsonLd(Writer out) {
        return new FormatSink(ReadoutFormats.jsonLdWriter(out));
    }

    /** The three CSV tables in a folder. */
    static FormatSink csv(Path folder) throws IOException {
        return new FormatSink(ReadoutFormats.csvWriter(folder));
    }

    @Override
    public void write(PressRelease release) {
        try {
            writer.write(release);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }
}
