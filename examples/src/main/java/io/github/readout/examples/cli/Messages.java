package io.github.readout.examples.cli;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Every message the tool prints on standard error, in one form:
 * {@code WHERE: SEVERITY: CODE: MESSAGE}, where {@code WHERE} is {@code FILE:LINE:COLUMN},
 * {@code FILE} or {@code readout}. One message is one line; a progress bar on the same stream is
 * cleared before it.
 */
final class Messages {

    /** The {@code WHERE} of a message about the run rather than one input. */
    static final String TOOL = "readout";

    private final PrintWriter err;
    private Progress progress = Progress.NONE;
    private int errors;

    Messages(PrintWriter err) {
        this.err = err;
    }

    void showing(Progress bar) {
        this.progress = bar;
    }

    /** Prints a diagnostic of the parser at its line and column. */
    void diagnostic(String source, Diagnostic d) {
        print(source + ":" + d.line() + ":" + d.column(), d.severity(), d.code(), d.message());
    }

    /**
     * Prints the diagnostic that stopped a parse. It is an error whatever its severity: in strict
     * mode a warning stops the parse too, and the document is lost.
     */
    void failure(String source, Diagnostic d) {
        print(source + ":" + d.line() + ":" + d.column(), Severity.ERROR, d.code(), d.message());
    }

    void error(String where, String code, String message) {
        print(where, Severity.ERROR, code, message);
    }

    void warning(String where, String code, String message) {
        print(where, Severity.WARNING, code, message);
    }

    void info(String where, String code, String message) {
        print(where, Severity.INFO, code, message);
    }

    /** Tells whether an error was printed. */
    boolean anyErrors() {
        return errors > 0;
    }

    private void print(String where, Severity severity, String code, String message) {
        if (severity == Severity.ERROR) {
            errors++;
        }
        progress.clear();
        // A message is one line, whatever the text it quotes holds.
        String text = message.replace('\n', ' ').replace('\r', ' ');
        err.println(where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + code + ": " + text);
        err.flush();
    }

    /** Says what went wrong with a file in words, without the exception's class name. */
    static String describe(IOException error) {
        if (error instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (error instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) error;
            if (fs.getReason() != null) {
                return fs.getReason();
            }
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
