package io.github.readout.examples.cli;

import io.github.readout.core.PressRelease;
import io.github.readout.formats.ReadoutFormats;
import io.github.readout.formats.ReleaseWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes releases through a writer of readout-formats that keeps state across releases: the
 * CSV tables in a folder. The release itself is what the writing thread takes.
 */
final class FormatSink implements ReleaseSink<PressRelease> {

    private final ReleaseWriter writer;
    private int written;

    private FormatSink(ReleaseWriter writer) {
        this.writer = writer;
    }

    /** The three CSV tables in a folder. */
    static FormatSink csv(Path folder) throws IOException {
        return new FormatSink(ReadoutFormats.csvWriter(folder));
    }

    @Override
    public PressRelease prepare(PressRelease release) {
        return release;
    }

    @Override
    public void write(PressRelease release) throws IOException {
        writer.write(release);
        written++;
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }

    @Override
    public int written() {
        return written;
    }
}
