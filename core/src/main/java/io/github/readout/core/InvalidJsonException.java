package io.github.readout.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Thrown by {@link ReadoutJson} when JSON cannot be read as a release: it is malformed, breaks a
 * size limit, or holds a value that the model rejects. The message names the JSON path (such as
 * {@code meetings[0].sequence}) and the line and column.
 */
public final class InvalidJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value, empty when the JSON is malformed. */
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
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root instanceof JsonProcessingException
                ? ((JsonProcessingException) root).getOriginalMessage()
                : root.getMessage();
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
     * @return the path, such as {@code meetings[0].sequence}, or empty when the JSON is malformed
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
