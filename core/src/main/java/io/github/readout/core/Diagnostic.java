package io.github.readout.core;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A problem found while reading a release that did not stop the parse: what it is (a stable
 * {@link #code()} and a message) and where it is (line and column, both from 1, and offset).
 *
 * <pre>{@code
 * for (Diagnostic d : result.diagnostics()) {
 *     System.err.println(file + ":" + d.line() + ":" + d.column() + ": " + d.code() + ": " + d.message());
 * }
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
public abstract class Diagnostic {

    Diagnostic() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableDiagnostic.Builder builder() {
        return ImmutableDiagnostic.builder();
    }

    /**
     * Returns how serious the problem is.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * Returns a stable identifier for the kind of problem, for filtering and tests.
     *
     * @return the code, such as {@code "header.date.invalid"}
     */
    public abstract String code();

    /**
     * Returns a sentence that says what is wrong, naming the offending value.
     *
     * @return the message
     */
    public abstract String message();

    /**
     * Returns the line of the input where the problem is. LF, CRLF and CR each end a line.
     *
     * @return the line, from 1
     */
    public abstract int line();

    /**
     * Returns the column of the input where the problem is, in characters (UTF-16 units, also
     * for an encoding error, whose byte offset the message names). The byte-order marks that
     * open the input take no column, as in an editor.
     *
     * @return the column, from 1
     */
    public abstract int column();

    /**
     * Returns where the problem is as a UTF-16 offset into the input as given: the string or the
     * reader's text, or the text that the bytes of a file or stream decode to, byte-order marks
     * and the CR of every CRLF included. For an encoding error it is the length of the text
     * decoded before the first bad byte.
     *
     * @return the offset, from 0
     */
    @Value.Default
    public int offset() {
        return 0;
    }

    @Value.Check
    final void check() {
        Checks.notBlank("diagnostic.code", code());
        Checks.notBlank("diagnostic.message", message());
        Checks.atLeast("diagnostic.line", line(), 1);
        Checks.atLeast("diagnostic.column", column(), 1);
        Checks.atLeast("diagnostic.offset", offset(), 0);
    }

    /**
     * Returns the diagnostic as {@code line:column: code: message}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return line() + ":" + column() + ": " + code() + ": " + message();
    }
}
