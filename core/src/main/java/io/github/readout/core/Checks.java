package io.github.readout.core;

/** Invariant checks whose messages name the field and the offending value. */
final class Checks {

    private Checks() {}

    static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank, got '" + value + "'");
        }
    }

    static void atLeast(String field, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(field + ": must be at least " + least + ", got " + value);
        }
    }

    /** Checks a span of a release; {@code path} is its JSON path inside the release. */
    static void inside(String path, Span span, int textLength) {
        if (span.end() > textLength) {
            throw new InvariantViolation(path,
                    path + ": span " + span + " lies outside the text of length " + textLength);
        }
    }

    /** Checks a text of a release; {@code path} is its JSON path inside the release. */
    static void notBlankAt(String path, String value) {
        if (value.isBlank()) {
            throw new InvariantViolation(path, path + ": must not be blank, got '" + value + "'");
        }
    }
}
