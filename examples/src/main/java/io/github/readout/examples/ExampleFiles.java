package io.github.readout.examples;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the examples' {@code main} methods share: the files they read by default, found from
 * wherever they are run, and one line instead of a stack trace when a file cannot be read.
 */
final class ExampleFiles {

    private ExampleFiles() {}

    /**
     * Finds a file or folder of the repository: in the working directory, else above the jar or
     * classes folder the examples were loaded from (the repository they were built in), so that
     * {@code java -cp /path/to/readout/examples/target/readout.jar …} works from any folder.
     *
     * @param relative the path relative to the repository root
     * @return the path found, or {@code relative} when there is none (reading it then fails)
     */
    static Path inRepository(Path relative) {
        if (Files.exists(relative)) {
            return relative;
        }
        return codeLocation().flatMap(code -> {
            for (Path folder = code; folder != null; folder = folder.getParent()) {
                if (Files.exists(folder.resolve(relative))) {
                    return Optional.of(folder.resolve(relative));
                }
            }
            return Optional.empty();
        }).orElse(relative);
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(ExampleFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body of an example's {@code main}, which may fail to read its files. */
    interface Body {
        void run() throws IOException;
    }

    /** Runs an example; a file that cannot be read ends it with one line on standard error and exit code 1. */
    static void runOrExit(String example, Body body) {
        try {
            body.run();
        } catch (IOException e) {
            System.err.println(example + ": error: " + describe(e));
            System.exit(1);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file or folder (give one as the first argument)";
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        return e.getMessage();
    }
}
