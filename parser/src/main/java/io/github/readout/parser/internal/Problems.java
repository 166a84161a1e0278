package io.github.readout.parser.internal;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one parse, placed by offset in the normalised input. In strict
 * mode the first problem of severity {@link Severity#ERROR} or {@link Severity#WARNING} stops
 * the parse.
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

    private final TextPosition position;
    private final boolean strict;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * Creates a collector for one input.
     *
     * @param input the normalised input the offsets point into
     * @param strict whether the first error or warning stops the parse
     */
    public Problems(String input, boolean strict) {
        this.position = new TextPosition(input);
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
        Diagnostic diagnostic = Diagnostic.builder()
                .severity(severity)
                .code(code)
                .message(message)
                .line(position.line(offset))
                .column(position.column(offset))
                .offset(offset)
                .build();
        if (strict && severity != Severity.INFO) {
            throw new Stop(diagnostic);
        }
        diagnostics.add(diagnostic);
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
