package io.github.readout.core;

/**
 * An invariant of a {@link PressRelease} broken at a JSON path inside it, such as
 * {@code people[0].span}, so that {@link InvalidJsonException#path()} can name that path.
 */
final class InvariantViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value, relative to the release. */
    private final String path;

    InvariantViolation(String path, String message) {
        super(message);
        this.path = path;
    }

    /**
     * Returns the JSON path of the offending value, relative to the release.
     *
     * @return the path, such as {@code people[0].span}
     */
    String path() {
        return path;
    }
}
