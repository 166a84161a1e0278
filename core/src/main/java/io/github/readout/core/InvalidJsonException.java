package io.github.readout.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * Thrown by {@link ReadoutJson} when JSON cannot be read as a release: it is malformed, breaks a
 * size limit, or holds a value that the model rejects. The message names the JSON path (such as
 * {@code meetings[0].sequence}) and the line and column.
 */
public final class InvalidJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value, empty when the JSON is malformed or breaks a limit. */
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

    static InvalidJsonException from(JsonProcessingException e) {
        String path = e instanceof JsonMappingException ? pathOf((JsonMappingException) e) : "";
        JsonLocation location = e.getLocation();
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
            reason = ((JsonProcessingException) cause).getOriginalMessage();
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
     *     that lies outside the release's text, {@code people[0].span}; empty when the JSON is
     *     malformed or breaks a size limit
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
     * @return the column, from 1, or -1 when unknown
     */
    public int column() {
        return column;
    }
}
