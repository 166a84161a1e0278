package io.github.readout.parser;

import io.github.readout.core.Diagnostic;
import java.util.Objects;

/**
 * The one exception a parse throws for bad input: text over the size limit, input that is not
 * text (invalid UTF-8, binary content), or, in strict mode, the first problem found. It carries
 * a {@link Diagnostic} that says what and where (line, column, offset); its codes are listed
 * in {@link PressReleaseParser}.
 *
 * <pre>{@code
 * try {
 *     PressRelease release = parser.parse(file).release();
 * } catch (ParseException e) {
 *     Diagnostic d = e.diagnostic();
 *     System.err.println(e.source() + ":" + d.line() + ":" + d.column() + ": " + d.code() + ": " + d.message());
 *     // releases/broken:3:3: input.encoding: input is not UTF-8: invalid byte 0xC3 at byte offset 19
 * }
 * }</pre>
 */
public final class ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The source the problem is in, such as a file name. */
    private final String source;

    /** What is wrong and where; transient since Diagnostic is not serializable. */
    private final transient Diagnostic diagnostic;

    ParseException(String source, Diagnostic diagnostic, Throwable cause) {
        super(source + ":" + Objects.requireNonNull(diagnostic, "diagnostic"), cause);
        this.source = source;
        this.diagnostic = diagnostic;
    }

    /**
     * Returns the id of the input the problem is in: the file name, or the id given to the parser.
     *
     * @return the source id
     */
    public String source() {
        return source;
    }

    /**
     * Returns what is wrong and where.
     *
     * @return the diagnostic
     */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
