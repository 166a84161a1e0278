package io.github.readout.parser.internal;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the diagnostics of one parse. The stages report offsets into the normalised input;
 * a diagnostic holds the offset into the input as given (before {@link InputDecoder#normalize}
 * dropped its byte-order marks and turned CRLF into LF), and the line and column, which the
 * normalisation does not change. In strict mode the first problem of severity
 * {@link Severity#ERROR} or {@link Severity#WARNING} stops the parse.
 */
public final class Problems {

    /** Thrown in strict mode by {@link #report}; carries the diagnostic. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        Stop(Diagnostic diagnostic) {
            super(diagnostic.toString(), null, false, false);
            this.diagnostic = diagnostic;
        }

        /**
         * Returns the diagnostic that stopped the parse.
         *
         * @return the diagnostic
         */
        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** The normalised input, and the lines of it, indexed when a problem is first reported: most parses report none. */
    private final String normalized;
    private TextPosition position;
    private final String given;
    private final boolean strict;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** The normalised offsets of the LFs that stand for a CRLF of the input; built when first needed. */
    private int[] joinedBreaks;

    /**
     * Creates a collector for an input that needed no normalising.
     *
     * @param input the input the offsets point into
     * @param strict whether the first error or warning stops the parse
     */
    public Problems(String input, boolean strict) {
        this(input, input, strict);
    }

    /**
     * Creates a collector for one input.
     *
     * @param normalized the normalised input the stages report offsets into
     * @param given the input as given, which diagnostics point into
     * @param strict whether the first error or warning stops the parse
     */
    public Problems(String normalized, String given, boolean strict) {
        this.normalized = normalized;
        this.given = given;
        this.strict = strict;
    }

    /**
     * Records a problem.
     *
     * @param severity how serious it is
     * @param code a stable code
     * @param message what is wrong, naming the value
     * @param offset where, as an offset into the normalised input
     * @throws Stop in strict mode, for an error or a warning
     */
    public void report(Severity severity, String code, String message, int offset) {
        if (position == null) {
            position = new TextPosition(normalized);
        }
        Diagnostic diagnostic = Diagnostic.builder()
                .severity(severity)
                .code(code)
                .message(message)
                .line(position.line(offset))
                .column(position.column(offset))
                .offset(givenOffset(offset))
                .build();
        if (strict && severity != Severity.INFO) {
            throw new Stop(diagnostic);
        }
        diagnostics.add(diagnostic);
    }

    private int givenOffset(int normalizedOffset) {
        if (joinedBreaks == null) {
            joinedBreaks = joinedBreaks(given);
        }
        int before = Arrays.binarySearch(joinedBreaks, normalizedOffset);
        // An LF that stands for a CRLF maps to the CR; the breaks before it add one character each.
        int joinedBefore = before >= 0 ? before : -before - 1;
        return InputDecoder.leadingByteOrderMarks(given) + normalizedOffset + joinedBefore;
    }

    /** Replays the normalisation of line breaks: where in the normalised text each CRLF became LF. */
    private static int[] joinedBreaks(String given) {
        int start = InputDecoder.leadingByteOrderMarks(given);
        int count = 0;
        for (int i = given.indexOf("\r\n", start); i >= 0; i = given.indexOf("\r\n", i + 2)) {
            count++;
        }
        int[] breaks = new int[count];
        int found = 0;
        for (int i = given.indexOf("\r\n", start); i >= 0; i = given.indexOf("\r\n", i + 2)) {
            // The CRLFs before this one each lost a character.
            breaks[found] = i - start - found;
            found++;
        }
        return breaks;
    }

    /**
     * Returns what was recorded.
     *
     * @return the diagnostics, in order
     */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
