package io.github.readout.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where the releases go: standard output, or a file that is only replaced when the run has
 * written all of it. A file is written to a hidden temporary file beside it and moved over it
 * at the end, so that a failed or killed run leaves the previous file as it was. Devices and
 * pipes named with {@code --output} (such as {@code /dev/stdout}) are written directly.
 *
 * <p>Write errors are never swallowed: every write throws the {@link IOException} of the
 * system, unlike a {@code PrintStream}, which would only note it.
 */
abstract class OutputTarget implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    /** The stream to write to. */
    abstract OutputStream stream();

    /** What messages call this output. */
    abstract String name();

    /** Ends a complete run: flushes and puts the output in place. */
    abstract void commit() throws IOException;

    /** The file this output will replace, if any: for messages when the run is abandoned. */
    Optional<Path> replaces() {
        return Optional.empty();
    }

    /** Gives up the output; a file that was there is left as it was. Safe after {@link #commit()}. */
    @Override
    public abstract void close();

    /** Standard output, or a test's stream: flushed, never closed. */
    static OutputTarget of(OutputStream stdout) {
        return new StreamTarget(new BufferedOutputStream(new NoClose(stdout), BUFFER), "standard output");
    }

    /** A folder that a format writes files of its own to: nothing goes through a stream. */
    static OutputTarget folder(Path folder) {
        return new StreamTarget(OutputStream.nullOutputStream(), folder.toString());
    }

    /**
     * Prepares to write a file: the temporary file is created now, so that a folder that does
     * not exist or cannot be written is found before any parsing.
     */
    static OutputTarget file(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("is a folder; give the name of a file to write");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device, a pipe or a terminal cannot be replaced: write it as it is.
            return new StreamTarget(new BufferedOutputStream(Files.newOutputStream(target), BUFFER), target.toString());
        }
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = real.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        String prefix = "." + real.getFileName() + ".";
        removeStaleTemporaryFiles(folder, prefix);
        Path temporary = folder.resolve(prefix + ProcessHandle.current().pid() + ".tmp");
        return new FileTarget(target, real, temporary);
    }

    /** The file that replaces another keeps its permissions, as a file written in place would. */
    private static void keepPermissions(Path previous, Path replacement) {
        if (!Files.exists(previous)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(previous));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: the default permissions stay.
        }
    }

    /** Deletes what killed runs left: temporary files of this target whose process has ended. */
    private static void removeStaleTemporaryFiles(Path folder, String prefix) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, glob(prefix) + "*.tmp")) {
            for (Path leftover : leftovers) {
                String name = leftover.getFileName().toString();
                String pid = name.substring(prefix.length(), name.length() - ".tmp".length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Only tidying: a leftover that cannot be removed does no harm.
        }
    }

    private static String glob(String literal) {
        return literal.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Standard output or a device: nothing to put in place. */
    private static final class StreamTarget extends OutputTarget {
        private final OutputStream out;
        private final String name;

        StreamTarget(OutputStream out, String name) {
            this.out = out;
            this.name = name;
        }

        @Override
        OutputStream stream() {
            return out;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        void commit() throws IOException {
            out.close();
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                // The run has failed already and says so; a second error adds nothing.
            }
        }
    }

    /** A regular file, written beside it and moved in place on commit. */
    private static final class FileTarget extends OutputTarget {
        private final OutputStream out;
        private final Path target;
        private final Path real;
        private final Path temporary;
        private final Thread removeOnExit;
        private boolean committed;

        FileTarget(Path target, Path real, Path temporary) throws IOException {
            this.target = target;
            this.real = real;
            this.temporary = temporary;
            // Ctrl-C ends the JVM through its shutdown hooks: the half-written file goes with it.
            // The hook is in place before the file exists, so that no signal falls between.
            this.removeOnExit = new Thread(this::deleteTemporary, "readout-remove-temporary-output");
            Runtime.getRuntime().addShutdownHook(removeOnExit);
            try {
                OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                keepPermissions(real, temporary);
                this.out = new BufferedOutputStream(file, BUFFER);
            } catch (IOException | RuntimeException e) {
                Runtime.getRuntime().removeShutdownHook(removeOnExit);
                deleteTemporary();
                throw e;
            }
        }

        @Override
        OutputStream stream() {
            return out;
        }

        @Override
        String name() {
            return target.toString();
        }

        @Override
        Optional<Path> replaces() {
            return Files.exists(real) ? Optional.of(target) : Optional.empty();
        }

        @Override
        void commit() throws IOException {
            out.close();
            try {
                Files.move(temporary, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(removeOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: it removes the file.
            }
            if (committed) {
                return;
            }
            try {
                out.close();
            } catch (IOException e) {
                // Abandoned anyway: the temporary file goes below.
            }
            deleteTemporary();
        }

        private void deleteTemporary() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A leftover hidden file; the next run on this target removes it.
            }
        }
    }

    /** Keeps standard output open when the buffer on it is closed. */
    private static final class NoClose extends FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
