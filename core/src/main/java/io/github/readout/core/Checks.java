package io.github.readout.core;

import java.time.LocalDate;

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

    /**
     * Checks that a day has a year of four digits, as every {@link DateValue} has, so that its
     * ISO form is ten characters long and reads back.
     */
    static void fourDigitYear(String field, LocalDate day) {
        if (!fourDigits(day.getYear())) {
            throw new IllegalArgumentException(yearMessage(field, day.getYear()));
        }
    }

    /** Checks a day of a release, as {@link #fourDigitYear}; {@code path} is its JSON path. */
    static void fourDigitYearAt(String path, LocalDate day) {
        if (!fourDigits(day.getYear())) {
            throw new InvariantViolation(path, yearMessage(path, day.getYear()));
        }
    }

    static boolean fourDigits(int year) {
        return year >= 0 && year <= 9999;
    }

    static String yearMessage(String field, int year) {
        return field + ": year must be between 0000 and 9999, got " + year;
    }

    /** Checks a span of a release; {@code path} is its JSON path inside the release. */
    static void inside(String path, Span span, int textLength) {
        if (span.end() > textLength) {
            throw new InvariantViolation(path,
                    path + ": span " + span + " lies outside the text of length " + textLength);
        }
    }

    /**
     * Checks a span of a release, as {@link #inside(String, Span, int)}, at the JSON path
     * {@code path + rest}: the path is written only for a span that fails, not for the many of
     * every release that pass.
     */
    static void inside(String path, String rest, Span span, int textLength) {
        if (span.end() > textLength) {
            inside(path + rest, span, textLength);
        }
    }

    /** Checks the span of an element of a list of a release, at the JSON path {@code path + list[index]rest}, as above. */
    static void insideAt(String path, String list, int index, String rest, Span span, int textLength) {
        if (span.end() > textLength) {
            inside(path + list + "[" + index + "]" + rest, span, textLength);
        }
    }

    /** Checks a text of a release; {@code path} is its JSON path inside the release. */
    static void notBlankAt(String path, String value) {
        if (value.isBlank()) {
            throw new InvariantViolation(path, path + ": must not be blank, got '" + value + "'");
        }
    }
}
