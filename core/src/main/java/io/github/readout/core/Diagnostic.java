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
     * Returns the line of the input where the problem is.
     *
     * @return the line, from 1
     */
    public abstract int line();

    /**
     * Returns the column of the input where the problem is, in characters.
     *
     * @return the column, from 1
     */
    public abstract int column();

    /**
     * Returns the UTF-16 offset in the input where the problem is.
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
