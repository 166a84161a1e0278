package io.github.readout.examples.cli;

import io.github.readout.core.PressRelease;
import java.io.IOException;

/** Where {@code readout parse} puts each parsed release, in the chosen output format. */
interface ReleaseSink {

    /**
     * Writes one release.
     *
     * @param release the release
     * @throws java.io.UncheckedIOException if the output cannot be written
     */
    void write(PressRelease release);

    /**
     * Completes the output.
     *
     * @throws IOException if the output cannot be written
     */
    void finish() throws IOException;
}
