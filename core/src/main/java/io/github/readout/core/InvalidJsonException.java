package io.github.readout.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Thrown by {@link ReadoutJson} when JSON cannot be read as a release: it is malformed, breaks a
 * size limit, repeats a key, has a value of the wrong JSON type or a null where a value is
 * required, or holds a value that the model rejects. The message names the JSON path (such as
 * {@code meetings[0].sequence}) and the line and column.
 */
public final class InvalidJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value, or of where the parser stood; empty at the top level. */
    private final String path;
    /** The line where reading stopped, from 1, or -1. */
    private final int line;
    /** The column where reading stopped, from 1, or -1. */
    private final int column;

    private InvalidJsonException(String message, String path, int line, int column, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /**
     * Translates what Jackson threw while {@code parser} read a release.
     *
     * @param e what Jackson threw
     * @param parser the parser, still at the place where reading stopped, or null
     * @return the exception to throw
     * @throws Error if one caused {@code e}: an {@link OutOfMemoryError} is no fault of the JSON
     */
    static InvalidJsonException from(JsonProcessingException e, JsonParser parser) {
        rethrowError(e);
        // A problem of the stream (syntax, a limit, a duplicate key) is where the parser stands;
        // a value the model rejects is at the path Jackson's binding recorded.
        boolean streamProblem = !(innermostOfJackson(e) instanceof JsonMappingException);
        String path;
        if (streamProblem && parser != null) {
            path = pathOf(parser.getParsingContext());
        } else {
            path = e instanceof JsonMappingException ? pathOf((JsonMappingException) e) : "";
        }
        JsonLocation location = e.getLocation();
        if ((location == null || location.getLineNr() < 1) && parser != null) {
            // Limit errors carry no location of their own.
            location = parser.currentLocation();
        }
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        // The reason is that of the first cause that is not Jackson's own: the model's message,
        // which names the field and the bad value, rather than the innermost cause's.
        Throwable cause = e;
        while (cause instanceof JsonProcessingException && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason;
        if (cause instanceof JsonProcessingException) {
            // Jackson's advice to enable a coercion is for whoever configures the mapper, not for
            // whoever wrote the JSON: reading is strict on purpose.
            reason = ((JsonProcessingException) cause).getOriginalMessage()
                    .replaceAll(" \\(but (could|might) if coercion[^)]*\\)", "");
        } else {
            reason = messageOf(cause);
            Throwable detail = innermost(cause);
            if (detail != cause && detail.getMessage() != null && !reason.contains(detail.getMessage())) {
                reason += " (" + detail.getMessage() + ")";
            }
        }
        if (cause instanceof InvariantViolation) {
            // The release as a whole broke an invariant; the check knows where inside it.
            path = join(path, ((InvariantViolation) cause).path());
        }
        StringBuilder message = new StringBuilder("invalid release JSON");
        if (!path.isEmpty()) {
            message.append(" at ").append(path);
        }
        if (line > 0) {
            message.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        message.append(": ").append(reason);
        return new InvalidJsonException(message.toString(), path, line, column, e);
    }

    static InvalidJsonException notAnObject(JsonToken first, JsonLocation location) {
        String reason = first == null ? "no JSON value: the input is empty"
                : "expected a JSON object for the release, got " + ReadoutJson.describe(first);
        // The end of an empty input is at column 0; its first column is where a value was due.
        int column = Math.max(location.getColumnNr(), 1);
        return new InvalidJsonException("invalid release JSON (line " + location.getLineNr() + ", column " + column
                + "): " + reason, "", location.getLineNr(), column, null);
    }

    private static void rethrowError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error) {
                throw (Error) t;
            }
        }
    }

    private static Throwable innermostOfJackson(JsonProcessingException e) {
        Throwable inner = e;
        while (inner.getCause() instanceof JsonProcessingException && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner;
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> levels = new ArrayDeque<>();
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            levels.push(level);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext level : levels) {
            if (level.inArray()) {
                if (level.getCurrentIndex() >= 0) { // else the array has just been opened
                    path.append('[').append(level.getCurrentIndex()).append(']');
                }
            } else if (level.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(level.getCurrentName());
            }
        }
        return path.toString();
    }

    static InvalidJsonException notText(IOException e) {
        return new InvalidJsonException("invalid release JSON: not text: " + messageOf(e), "", -1, -1, e);
    }

    private static Throwable innermost(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static String join(String outer, String inner) {
        if (outer.isEmpty()) {
            return inner;
        }
        return inner.startsWith("[") ? outer + inner : outer + "." + inner;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /**
     * Returns the JSON path of the offending value.
     *
     * @return the path, such as {@code meetings[0].sequence}, {@code published} or, for a span
     *     that lies outside the release's text, {@code people[0].span}; for JSON that is
     *     malformed, breaks a size limit or repeats a key, the path of the value the parser was
     *     reading when it stopped (the repeated key itself), or else of the last value it read;
     *     empty at the top level
     */
    public String path() {
        return path;
    }

    /**
     * Returns the line of the JSON text where reading stopped.
     *
     * @return the line, from 1, or -1 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the JSON text where reading stopped.
     *
     * @return the column, from 1, or -1 when unknown; counted in characters when the JSON was
     *     read from a {@code String}, in bytes when it was read from bytes or a stream
     */
    public int column() {
        return column;
    }
}
