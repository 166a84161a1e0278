package io.github.readout.examples.cli;

import io.github.readout.core.PressRelease;
import java.io.IOException;
import java.io.OutputStream;

/** Writes releases to a stream in one format, rendered on the parsing threads and framed as the format says. */
final class StreamSink implements ReleaseSink<byte[]> {

    private final OutputStream out;
    private final OutputFormat format;
    private final boolean several;
    private final boolean lean;
    private int written;

    StreamSink(OutputStream out, OutputFormat format, boolean several, boolean lean) throws IOException {
        this.out = out;
        this.format = format;
        this.several = several;
        this.lean = lean;
        out.write(format.before(several));
    }

    @Override
    public byte[] prepare(PressRelease release) {
        return format.render(release, lean);
    }

    @Override
    public void write(byte[] record) throws IOException {
        if (written > 0) {
            out.write(format.between(several));
        }
        out.write(record);
        out.write(format.afterEach(several));
        written++;
    }

    /** Ends the output and flushes it; a write error shows here at the latest. */
    @Override
    public void finish() throws IOException {
        out.write(format.after(several, written));
        out.flush();
    }

    @Override
    public int written() {
        return written;
    }
}
