package io.github.readout.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the date forms that header lines use: {@code 2024-06-04}, {@code 4 June 2024},
 * {@code June 4, 2024}, {@code 04.06.2024} (or {@code 04-06-2024}), {@code 2024/06/04}, and an ISO date-time whose date
 * part is taken. Each form is matched by hand, in one pass, without regular expressions.
 */
final class HeaderDates {

    /** The century a two-digit year of a dotted date falls in: releases are of this one. */
    private static final int TWO_DIGIT_CENTURY = 2000;

    /** The endings after digits that make a day an ordinal, of the built-in packs: "5th". */
    private static final List<String> ORDINAL_SUFFIXES = Lexicons.builtInCue(Lexicons.Cue.ORDINAL_SUFFIX);

    private HeaderDates() {}

    /** A date form found at the start of a text: where it ends and the date, if it is a real one. */
    record Match(int end, Optional<LocalDate> date) {}

    /**
     * Reads a whole header value as a date.
     *
     * @param value the value, trimmed
     * @return the date, or empty when the value is not a valid date in a known form
     */
    static Optional<LocalDate> parse(String value) {
        Optional<Match> match = prefix(value, 0);
        return match.isPresent() && match.get().end() == value.length() ? match.get().date() : Optional.empty();
    }

    /**
     * Tells cheaply whether a date form may start at a position: a digit, or a word shaped like a
     * month's or a weekday's name. Scanning every word of a text for dates asks this first.
     *
     * @param text the text
     * @param start the position
     * @return false when no date form starts there
     */
    static boolean mayStartAt(String text, int start) {
        return mayStartAt(text, start, text.length());
    }

    /**
     * {@link #mayStartAt(String, int)} of {@code text.substring(0, limit)}, read in place.
     *
     * @param text the text
     * @param start the position
     * @param limit where the text is read up to
     * @return false when no date form starts there in the text up to the limit
     */
    static boolean mayStartAt(String text, int start, int limit) {
        if (start >= limit) {
            return false;
        }
        if (Character.isDigit(text.charAt(start))) {
            return true;
        }
        int end = start;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return Months.mayBeName(text, start, end) || DateWords.mayBeDateLineWeekday(text, start, end);
    }

    /**
     * Finds a date form at a position: the longest known form starting there.
     *
     * @param text the text
     * @param start where the form must start
     * @return the match (whose date is empty when the form is right but the date is not real,
     *     such as {@code 2024-13-45}), or empty when no form starts there
     */
    static Optional<Match> prefix(String text, int start) {
        // No form starts where mayStartAt says none may: no scanner is made for most words.
        return mayStartAt(text, start) ? prefix(new Scanner(text, start)) : Optional.empty();
    }

    /**
     * Finds a date form where a scanner stands, as {@link #prefix(String, int)} does: a caller that
     * tries many positions of one text moves one scanner rather than making one per position.
     */
    static Optional<Match> prefix(Scanner s) {
        skipWeekday(s); // "Tuesday, June 4, 2024"
        int from = s.pos;
        int first = s.number(4);
        if (first >= 0) {
            return numberFirst(s, first, s.pos - from);
        }
        return monthFirst(s);
    }

    /**
     * The forms led by a number, read just before: {@code 2024-06-04}, {@code 2024/06/04} and
     * {@code 2024.06.04}, as East Asian pages write it (with an ISO time after), {@code 04.06.2024},
     * {@code 4 June 2024} (or {@code 4 June, 2024}, {@code 4th June 2024}), {@code 12/May/2019}. The
     * count of the number's digits and the character after it tell the forms apart.
     */
    private static Optional<Match> numberFirst(Scanner s, int first, int firstDigits) {
        if (firstDigits <= 2 && Character.isLetter(s.peek()) && !pastOrdinalSuffix(s)) {
            return Optional.empty();
        }
        char sep = s.peek();
        if (firstDigits == 4 && (sep == '-' || sep == '/' || sep == '.')) {
            s.pos++;
            int month = s.number(2);
            if (month >= 0 && s.peek() == sep) {
                s.pos++;
                int day = s.number(2);
                if (day >= 0) {
                    skipIsoTime(s);
                    return Optional.of(new Match(s.pos, date(first, month, day)));
                }
            }
            return Optional.empty();
        }
        if (firstDigits <= 2 && sep == '.' && s.pos + 1 < s.text.length() && s.text.charAt(s.pos + 1) == ' ') {
            s.pos++; // "06. Oct 2022.": a day written with a stop, then its month's name
            sep = ' ';
        }
        if (firstDigits <= 2 && (sep == '/' || sep == '-') && s.pos + 1 < s.text.length()
                && Character.isLetter(s.text.charAt(s.pos + 1))) {
            return monthNameBetween(s, first, sep);
        }
        if (firstDigits <= 2 && (sep == '.' || sep == '-')) {
            return monthNumberBetween(s, first, sep);
        }
        if (firstDigits <= 2 && sep == ' ') {
            s.pos++;
            int month = s.month();
            if (month > 0) {
                skipSpaceBeforeComma(s);
            }
            if (month > 0 && s.peek() == ',') {
                s.pos++; // "12 Apr, 2010"
            }
            if (month > 0 && s.peek() == ' ') {
                s.pos++;
                int year = s.year();
                if (year >= 0) {
                    return Optional.of(new Match(s.pos, date(year, month, first)));
                }
            }
        }
        return Optional.empty();
    }

    /** "04.06.2024", and "04-06-2024" as some pages date themselves: a month's number between a day and a year. */
    private static Optional<Match> monthNumberBetween(Scanner s, int day, char sep) {
        s.pos++;
        int month = s.number(2);
        if (month >= 0 && s.peek() == sep) {
            s.pos++;
            int yearStart = s.pos;
            int year = s.year();
            if (year < 0 && sep == '.') {
                s.pos = yearStart;
                year = s.twoDigitYear(); // "Бишкек, 01.09.25.": the century is this one
            }
            if (year >= 0) {
                return Optional.of(new Match(s.pos, date(year, month, day)));
            }
        }
        return Optional.empty();
    }

    /** "12/May/2019", "05-Jun-2023": a month's name between a day and a year, set off the same way on both sides. */
    private static Optional<Match> monthNameBetween(Scanner s, int day, char sep) {
        s.pos++;
        int month = s.month();
        if (month > 0 && s.peek() == sep) {
            s.pos++;
            int year = s.year();
            if (year >= 0) {
                return Optional.of(new Match(s.pos, date(year, month, day)));
            }
        }
        return Optional.empty();
    }

    /** Past the ordinal suffix of a day ("8th March 2023"); false when the letters are no suffix or no space follows. */
    private static boolean pastOrdinalSuffix(Scanner s) {
        int digitsEnd = s.pos;
        s.skipOrdinalSuffix();
        return s.pos > digitsEnd && s.peek() == ' ';
    }

    /** {@code June 4, 2024} and {@code June 4 2024}: the form led by a month's name. */
    private static Optional<Match> monthFirst(Scanner s) {
        int month = s.month();
        if (month > 0 && s.peek() == ' ') {
            s.pos++;
            int dayStart = s.pos;
            int day = s.number(2);
            if (day >= 0) {
                s.skipOrdinalSuffix(); // "April 5th 2023"
                skipSpaceBeforeComma(s);
            }
            if (day >= 0 && s.pos > dayStart && (s.peek() == ',' || s.peek() == ' ')) {
                if (s.peek() == ',') {
                    s.pos++; // "June 4, 2024", also "June 4 2024"
                }
                if (s.peek() == ' ') {
                    s.pos++;
                }
                int year = s.year();
                if (year >= 0) {
                    return Optional.of(new Match(s.pos, date(year, month, day)));
                }
            }
        }
        return Optional.empty();
    }

    /** "6 August , 2020": a page's markup, taken off, can leave a space before a date's comma. */
    private static void skipSpaceBeforeComma(Scanner s) {
        if (s.peek() == ' ' && s.pos + 1 < s.text.length() && s.text.charAt(s.pos + 1) == ',') {
            s.pos++;
        }
    }

    private static void skipWeekday(Scanner s) {
        int begin = s.pos;
        int letters = begin;
        while (letters < s.text.length() && Character.isLetter(s.text.charAt(letters))) {
            letters++;
        }
        if (!DateWords.mayBeDateLineWeekday(s.text, begin, letters)) {
            return;
        }
        s.skipWord();
        if (DateWords.isDateLineWeekday(s.text, begin, s.pos)) {
            if (s.peek() == ',') {
                s.pos++;
            }
            if (s.peek() == ' ') {
                s.pos++;
                return;
            }
        }
        s.pos = begin;
    }

    private static void skipIsoTime(Scanner s) {
        if (s.peek() == 'T' && s.pos + 1 < s.text.length() && Character.isDigit(s.text.charAt(s.pos + 1))) {
            while (s.pos < s.text.length() && !Character.isWhitespace(s.text.charAt(s.pos))) {
                s.pos++;
            }
        }
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A position in a text, moved as a date form is read. */
    static final class Scanner {
        final String text;
        int pos;

        Scanner(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        /** Reads up to {@code max} ASCII digits; -1 when there is none. */
        int number(int max) {
            int value = 0;
            int digits = 0;
            while (digits < max && pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                value = value * 10 + (text.charAt(pos) - '0');
                pos++;
                digits++;
            }
            if (digits > 0 && pos < text.length() && Character.isDigit(text.charAt(pos))) {
                return -1;
            }
            return digits == 0 ? -1 : value;
        }

        /** Reads past the ending that makes a day's number an ordinal ("5th"), if one follows it. */
        void skipOrdinalSuffix() {
            for (String suffix : ORDINAL_SUFFIXES) {
                int end = pos + suffix.length();
                if (text.regionMatches(true, pos, suffix, 0, suffix.length())
                        && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                    pos = end;
                    return;
                }
            }
        }

        /** Reads a year of exactly four digits; -1 when there is none. */
        int year() {
            int start = pos;
            int year = number(4);
            return year >= 0 && pos - start == 4 ? year : -1;
        }

        /** A year of two digits and no third, as dotted dates write it ("01.09.25"): of this century. */
        int twoDigitYear() {
            int start = pos;
            int year = number(2);
            boolean more = pos < text.length() && Character.isDigit(text.charAt(pos));
            if (year < 0 || pos - start != 2 || more) {
                pos = start;
                return -1;
            }
            return TWO_DIGIT_CENTURY + year;
        }

        /** Reads a run of letters as a month's name: its number, or 0 (a word read all the same). */
        int month() {
            int begin = pos;
            int letters = pos;
            while (letters < text.length() && Character.isLetter(text.charAt(letters))) {
                letters++;
            }
            if (!Months.mayBeName(text, begin, letters)) {
                pos = letters < text.length() && letters > begin && text.charAt(letters) == '.' ? letters + 1 : letters;
                return 0;
            }
            int word = pos;
            skipWord();
            return Months.number(text, word, pos);
        }

        /** Reads past a run of letters, with a trailing period if any. */
        void skipWord() {
            int begin = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            if (pos > begin && peek() == '.') {
                pos++;
            }
        }
    }
}
