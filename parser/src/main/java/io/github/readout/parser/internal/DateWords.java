package io.github.readout.parser.internal;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The date words of every built-in language pack's {@code dates.tsv}: weekdays, days and years
 * named relative to the release's own ("yesterday", "накануне", "в прошлом году"), and the words
 * that make a weekday or a number after them a date ("on Monday", "in 2024").
 */
final class DateWords {

    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> SHORT_WEEKDAYS = new HashSet<>();
    private static final Map<String, Integer> RELATIVE_DAYS = new HashMap<>();
    private static final Set<String> DAY_PREPOSITIONS = new HashSet<>();
    private static final Set<String> WEEKDAY_SHIFTS = new HashSet<>();
    private static final Set<String> YEAR_PREPOSITIONS = new HashSet<>();
    private static final PhraseIndex<Integer> RELATIVE_YEARS = new PhraseIndex<>();

    static {
        for (String language : Scripts.BUILT_IN) {
            for (String[] row : Lexicons.rows(language, "dates.tsv", 3)) {
                String word = Tokenizer.key(row[2]);
                switch (row[0]) {
                    case "WEEKDAY" -> WEEKDAYS.putIfAbsent(word, DayOfWeek.of(Integer.parseInt(row[1])));
                    case "WEEKDAY_SHORT" -> SHORT_WEEKDAYS.add(word);
                    case "DAY" -> RELATIVE_DAYS.putIfAbsent(word, Integer.parseInt(row[1]));
                    case "DAY_PREPOSITION" -> DAY_PREPOSITIONS.add(word);
                    case "WEEKDAY_SHIFT" -> WEEKDAY_SHIFTS.add(word);
                    case "YEAR_PREPOSITION" -> YEAR_PREPOSITIONS.add(word);
                    case "YEAR" -> RELATIVE_YEARS.add(row[2], Integer.parseInt(row[1]));
                    default -> throw new IllegalStateException(language + "/dates.tsv: unknown role " + row[0]);
                }
            }
        }
    }

    /** The shapes (first letter, length) of the date-line weekdays, to turn most words away cheaply. */
    private static final long[] WEEKDAY_SHAPES = weekdayShapes();

    private DateWords() {}

    private static long[] weekdayShapes() {
        Set<String> all = new HashSet<>(WEEKDAYS.keySet());
        all.addAll(SHORT_WEEKDAYS);
        return Months.shapes(all);
    }

    /**
     * Whether the letters [start, end) of a text may be a date-line weekday: false for most words,
     * without allocating.
     */
    static boolean mayBeDateLineWeekday(CharSequence text, int start, int end) {
        return end > start && Months.hasShape(WEEKDAY_SHAPES, text.charAt(start), end - start);
    }

    /** The weekday a lower-case word names, or null. */
    static DayOfWeek weekday(String key) {
        return WEEKDAYS.get(key);
    }

    /** Whether a lower-case word names a weekday in a date line, in full or abbreviated ("Tue"). */
    static boolean isDateLineWeekday(String key) {
        return WEEKDAYS.containsKey(key) || SHORT_WEEKDAYS.contains(key);
    }

    /** The days from the release's own day that a lower-case word names ("yesterday" -1), or null. */
    static Integer relativeDay(String key) {
        return RELATIVE_DAYS.get(key);
    }

    /**
     * The year relative to the release's own that a phrase starting at a token names ("в прошлом
     * году" -1), with where it ends.
     */
    static PhraseIndex.Match<Integer> relativeYear(java.util.List<Token> tokens, int at) {
        return RELATIVE_YEARS.longest(tokens, at);
    }

    /** Whether a weekday after this lower-case word is a day of the release's week ("on Monday"). */
    static boolean isDayPreposition(String key) {
        return DAY_PREPOSITIONS.contains(key);
    }

    /** Whether a weekday after this lower-case word is of another week or no day ("next Monday"). */
    static boolean isWeekdayShift(String key) {
        return WEEKDAY_SHIFTS.contains(key);
    }

    /** Whether a four-digit number after this lower-case word is a year ("in 2024"). */
    static boolean isYearPreposition(String key) {
        return YEAR_PREPOSITIONS.contains(key);
    }
}
