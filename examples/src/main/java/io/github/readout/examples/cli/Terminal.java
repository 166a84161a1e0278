package io.github.readout.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of the standard streams are a terminal. {@code System.console()} answers only for input
 * and output together; the progress bar needs to know about standard error alone, and the tool
 * whether standard input is typed at a keyboard.
 */
final class Terminal {

    /** No stream is a terminal: pipes and files, as in tests. */
    static final Terminal NONE = new Terminal(false, false, false, false);

    final boolean stdin;
    final boolean stdout;
    final boolean stderr;
    /** Standard output and standard error are the same terminal, so a bar would run into the data. */
    final boolean shared;

    Terminal(boolean stdin, boolean stdout, boolean stderr, boolean shared) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.shared = shared;
    }

    /** Asks the system: on Linux through {@code /proc/self/fd}, elsewhere through {@code System.console()}. */
    static Terminal detect() {
        Path fds = Path.of("/proc/self/fd");
        if (Files.isDirectory(fds)) {
            String in = device(fds.resolve("0"));
            String out = device(fds.resolve("1"));
            String err = device(fds.resolve("2"));
            return new Terminal(isTerminal(in), isTerminal(out), isTerminal(err), isTerminal(out) && out.equals(err));
        }
        boolean console = System.console() != null;
        return new Terminal(console, console, console, console);
    }

    private static String device(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static boolean isTerminal(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }
}
