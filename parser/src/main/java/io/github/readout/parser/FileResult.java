package io.github.readout.parser;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one file of a batch: its result, or the reason it could not be parsed.
 *
 * <pre>{@code
 * for (FileResult r : parser.parseAll(files)) {
 *     r.result().ifPresentOrElse(ok -> use(ok.release()),
 *             () -> System.err.println(r.file() + ": " + r.error().orElseThrow().getMessage()));
 * }
 * }</pre>
 */
public final class FileResult {

    private final Path file;
    private final ParseResult result;
    private final Exception error;

    private FileResult(Path file, ParseResult result, Exception error) {
        this.file = Objects.requireNonNull(file, "file");
        this.result = result;
        this.error = error;
    }

    static FileResult success(Path file, ParseResult result) {
        return new FileResult(file, Objects.requireNonNull(result, "result"), null);
    }

    static FileResult failure(Path file, Exception error) {
        return new FileResult(file, null, Objects.requireNonNull(error, "error"));
    }

    /**
     * Returns the file this outcome is for.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the parse result when the file was parsed.
     *
     * @return the result, or empty when the file failed
     */
    public Optional<ParseResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Returns why the file could not be parsed: a {@link ParseException} for bad content or
     * for a parse that ran out of memory (code {@code parse.out-of-memory}), or an
     * {@link java.io.IOException} when it could not be read.
     *
     * @return the error, or empty when the file was parsed
     */
    public Optional<Exception> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Tells whether the file was parsed.
     *
     * @return true when {@link #result()} is present
     */
    public boolean isSuccess() {
        return result != null;
    }

    @Override
    public String toString() {
        return file + (isSuccess() ? ": ok" : ": " + error.getMessage());
    }
}
