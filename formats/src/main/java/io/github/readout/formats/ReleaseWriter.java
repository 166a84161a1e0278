package io.github.readout.formats;

import io.github.readout.core.PressRelease;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes releases one after another in one of Readout's output formats. Closing it finishes the
 * output: a writer of files closes them, a writer to a given {@link java.io.Writer} flushes it.
 *
 * <pre>{@code
 * try (ReleaseWriter csv = ReadoutFormats.csvWriter(Path.of("tables"))) {
 *     for (PressRelease release : releases) {
 *         csv.write(release);
 *     }
 * }
 * }</pre>
 */
public interface ReleaseWriter extends Closeable {

    /**
     * Writes one release.
     *
     * @param release the release
     * @throws IOException if the output cannot be written
     */
    void write(PressRelease release) throws IOException;
}
