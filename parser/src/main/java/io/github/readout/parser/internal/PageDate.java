package io.github.readout.parser.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the date a page gives near its top when it has no date header: a page date line
 * ("May 1, 2017"), a byline's date ("Published: April 13, 2023 02:55 PM"), a dateline's full date.
 * Relative dates and dates without a year are resolved against it, as a reader of the page would.
 */
final class PageDate {

    /** How far into the body a page date is looked for: pages put it by the headline. */
    private static final int HEAD = 1_500;

    private static final int EARLIEST_YEAR = 1990;
    private static final int LATEST_YEAR = 2100;

    private PageDate() {}

    /**
     * Returns the first complete date (day, month and year) in the head of a body.
     *
     * @param text the body text
     * @return the date, or empty when the head gives none
     */
    static Optional<LocalDate> find(String text) {
        int limit = Math.min(text.length(), HEAD);
        for (int i = 0; i < limit; i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            Optional<HeaderDates.Match> match = HeaderDates.prefix(text, i);
            if (match.isPresent() && match.get().date().isPresent()) {
                LocalDate date = match.get().date().get();
                if (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR) {
                    return Optional.of(date);
                }
            }
        }
        return Optional.empty();
    }
}
