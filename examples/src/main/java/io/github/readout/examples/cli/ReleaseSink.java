package io.github.readout.examples.cli;

import io.github.readout.core.PressRelease;
import java.io.IOException;

/**
 * Where {@code readout parse} puts each parsed release, in the chosen output format. What can be
 * done apart for each release, such as rendering it, is done on the parsing threads by
 * {@link #prepare}; {@link #write} then takes the prepared releases in input order on one thread.
 *
 * @param <P> what a release is prepared into
 */
interface ReleaseSink<P> {

    /**
     * Prepares one release for writing; called on the parsing threads, so it must be safe to
     * call from many threads at once.
     *
     * @param release the release
     * @return what {@link #write} takes
     */
    P prepare(PressRelease release);

    /**
     * Writes one prepared release.
     *
     * @param prepared the release as {@link #prepare} made it
     * @throws IOException if the output cannot be written
     */
    void write(P prepared) throws IOException;

    /**
     * Completes the output.
     *
     * @throws IOException if the output cannot be written
     */
    void finish() throws IOException;

    /** Returns how many releases were written. */
    int written();
}
