package io.github.readout.parser.internal;

import io.github.readout.core.Severity;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header stage: reads the header lines at the top of a normalised input and finds where
 * the body starts.
 *
 * <p>Two forms occur. The commonest is one line {@code date 2024-06-04} followed on the same
 * line by the first text of the body ({@code Images | Kazakh MFA}, or a dateline and the
 * lead), or on a line of its own above the heading. The other is a block of {@code key: value} or
 * {@code key value} lines ended by a blank line. Keys are kept in lower case, values as written.
 */
public final class HeaderReader {

    /** Keys that may stand without a colon ({@code title Kazakhstan and Japan …}). */
    private static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "source", "url", "link", "author", "byline", "language", "lang", "tags",
            "category", "categories", "published", "updated", "modified", "id", "type", "section",
            "location", "dateline", "subtitle", "summary", "description", "keywords", "publisher",
            "site", "agency", "time", "country");

    private static final int LONGEST_KEY = 40;

    /** The keys of a page's own dates, the one it was published on first, read when it has no date header. */
    private static final List<String> PAGE_DATE_KEYS = List.of("published", "updated", "modified");

    /** What the header lines hold and where the body begins. */
    public record Headers(Map<String, String> fields, Optional<LocalDate> published, int bodyStart) {

        /**
         * The day the page was published: the date header's, else the first of a "published",
         * "updated" or "modified" field that starts with a date ("Published: 8 March 2023, 10:00"), which
         * dates the release's "on Monday" as well, though it is no date header.
         *
         * @return the day, or empty when no header gives one
         */
        public Optional<LocalDate> pageDay() {
            if (published.isPresent()) {
                return published;
            }
            for (String key : PAGE_DATE_KEYS) {
                Optional<LocalDate> day = Optional.ofNullable(fields.get(key)).flatMap(PageDate::find);
                if (day.isPresent()) {
                    return day;
                }
            }
            return Optional.empty();
        }
    }

    private final int maxHeaderLines;

    /**
     * Creates a reader.
     *
     * @param maxHeaderLines the most lines a header block may have; longer blocks are read as body,
     *     with a warning
     */
    public HeaderReader(int maxHeaderLines) {
        this.maxHeaderLines = maxHeaderLines;
    }

    /**
     * Reads the headers of a normalised input.
     *
     * @param input the normalised input
     * @param problems where to report an invalid date
     * @return the headers and the offset where the body starts
     */
    public Headers read(String input, Problems problems) {
        int first = skipBlankLines(input, 0);
        if (first >= input.length()) {
            return new Headers(Map.of(), Optional.empty(), input.length());
        }
        Optional<Headers> inline = inlineDate(input, first, problems);
        if (inline.isPresent()) {
            return inline.get();
        }
        return block(input, first, problems);
    }

    /** The one-line form: {@code date 2024-06-04 Images | Kazakh MFA}. */
    private Optional<Headers> inlineDate(String input, int lineStart, Problems problems) {
        int keyStart = skipSpaces(input, lineStart);
        if (!input.regionMatches(true, keyStart, "date", 0, 4)) {
            return Optional.empty();
        }
        int pos = keyStart + 4;
        boolean colon = pos < input.length() && input.charAt(pos) == ':';
        if (colon) {
            pos++;
        }
        if (pos >= input.length() || !isSpace(input.charAt(pos))) {
            return Optional.empty();
        }
        int valueStart = skipSpaces(input, pos);
        int lineEnd = lineEnd(input, valueStart);
        int valueEnd;
        Optional<LocalDate> date;
        Optional<HeaderDates.Match> match = HeaderDates.prefix(input, valueStart);
        if (match.isPresent()) {
            valueEnd = match.get().end();
            date = match.get().date();
        } else if (!colon && input.startsWith("date", keyStart)) {
            // Only a header written as such ("date yesterday …") may hold a value that is not a
            // date form; prose such as "Date and venue of …" is body text.
            valueEnd = valueStart;
            while (valueEnd < lineEnd && !isSpace(input.charAt(valueEnd))) {
                valueEnd++;
            }
            date = Optional.empty();
        } else {
            return Optional.empty();
        }
        int rest = skipSpaces(input, valueEnd);
        if (rest >= lineEnd || valueEnd == valueStart) {
            return Optional.empty();
        }
        String value = input.substring(valueStart, valueEnd);
        if (date.isEmpty()) {
            reportInvalidDate(value, valueStart, problems);
        }
        Map<String, String> fields = Map.of("date", value);
        return Optional.of(new Headers(fields, date, rest));
    }

    /** The block form: {@code key: value} lines up to a blank line. */
    private Headers block(String input, int first, Problems problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> valueOffsets = new LinkedHashMap<>();
        boolean known = false;
        boolean atDateline = false;
        int pos = first;
        int lines = 0;
        while (pos < input.length() && !isBlankLine(input, pos) && lines < maxHeaderLines) {
            int end = lineEnd(input, pos);
            int keyStart = skipSpaces(input, pos);
            int keyEnd = keyStart;
            while (keyEnd < end && keyEnd - keyStart <= LONGEST_KEY && isKeyChar(input.charAt(keyEnd), keyEnd == keyStart)) {
                keyEnd++;
            }
            if (keyEnd == keyStart || keyEnd - keyStart > LONGEST_KEY || keyEnd >= end) {
                break;
            }
            String key = input.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
            if (!KNOWN_KEYS.contains(key) && (isDatelineCity(input, keyStart, keyEnd) || opensALead(input, keyStart, keyEnd, end))) {
                atDateline = true;
                break;
            }
            int valueStart;
            if (input.charAt(keyEnd) == ':') {
                valueStart = skipSpaces(input, keyEnd + 1);
            } else if (isSpace(input.charAt(keyEnd)) && KNOWN_KEYS.contains(key) && input.startsWith(key, keyStart)) {
                // Without a colon only a lower-case key is one: "Date and venue of …" is prose.
                valueStart = skipSpaces(input, keyEnd);
            } else {
                break;
            }
            known |= KNOWN_KEYS.contains(key);
            fields.put(key, trimEnd(input, valueStart, end));
            valueOffsets.put(key, valueStart);
            pos = end < input.length() ? end + 1 : end;
            lines++;
        }
        boolean endsBlock = pos >= input.length() || isBlankLine(input, pos) || atDateline
                || isLoneDateLine(fields, lines);
        if (!endsBlock && lines >= maxHeaderLines && known) {
            problems.report(Severity.WARNING, "header.too-many-lines", "the header block is longer than the limit of "
                    + maxHeaderLines + " lines; it is read as body text", pos);
        }
        if (fields.isEmpty() || !known || !endsBlock) {
            return new Headers(Map.of(), Optional.empty(), skipSpace(input, first));
        }
        Optional<LocalDate> published = Optional.empty();
        String date = fields.get("date");
        if (date != null) {
            published = HeaderDates.parse(date);
            if (published.isEmpty()) {
                reportInvalidDate(date, valueOffsets.get("date"), problems);
            }
        }
        return new Headers(Collections.unmodifiableMap(fields), published, skipSpace(input, pos));
    }

    /**
     * Whether the block is one line that holds a whole date and nothing else ("date 2022-08-25"):
     * crawls write the page's date so on a line of its own, the heading right under it.
     */
    private static boolean isLoneDateLine(Map<String, String> fields, int lines) {
        String date = fields.get("date");
        return lines == 1 && date != null && HeaderDates.parse(date).isPresent();
    }

    private static void reportInvalidDate(String value, int offset, Problems problems) {
        problems.report(Severity.WARNING, "header.date.invalid",
                "date header '" + value + "' is not a valid date; expected a form such as 2024-06-04,"
                        + " 4 June 2024, June 4, 2024, 04.06.2024 or 2024/06/04", offset);
    }

    /**
     * Whether an unknown key is a city of a dateline ("COLOMBO: The minister met …"): pages write a
     * field's name in lower case or with one capital, an agency its city in capitals.
     */
    private static boolean isDatelineCity(String input, int keyStart, int keyEnd) {
        if (keyEnd - keyStart < 3) {
            return false;
        }
        for (int i = keyStart; i < keyEnd; i++) {
            char c = input.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The fewest words of a lead sentence after a capitalised word and its colon. */
    private static final int LEAD_WORDS = 8;

    /**
     * Whether an unknown capitalised key and its colon open a sentence ("London: External Affairs Minister X
     * met …"): a town's dateline before the lead, where a field's value is a few words with no full stop.
     */
    private static boolean opensALead(String input, int keyStart, int keyEnd, int lineEnd) {
        if (!Character.isUpperCase(input.charAt(keyStart)) || input.charAt(keyEnd) != ':') {
            return false;
        }
        int last = lineEnd;
        while (last > keyEnd && Character.isWhitespace(input.charAt(last - 1))) {
            last--;
        }
        int words = 0;
        for (int i = keyEnd + 1; i < last; i++) {
            if (isSpace(input.charAt(i - 1)) && !isSpace(input.charAt(i))) {
                words++;
            }
        }
        char stop = last > keyEnd ? input.charAt(last - 1) : ' ';
        return words >= LEAD_WORDS && (stop == '.' || stop == '!' || stop == '?');
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c < 128 && (Character.isLetter(c) || (!first && (Character.isDigit(c) || c == '-' || c == '_')));
    }

    private static String trimEnd(String input, int start, int end) {
        while (end > start && Character.isWhitespace(input.charAt(end - 1))) {
            end--;
        }
        return input.substring(start, end);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == 0x0B;
    }

    private static int skipSpaces(String input, int pos) {
        while (pos < input.length() && isSpace(input.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** Skips all white space, line breaks included. */
    private static int skipSpace(String input, int pos) {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int lineEnd(String input, int pos) {
        int end = input.indexOf('\n', pos);
        return end < 0 ? input.length() : end;
    }

    private static boolean isBlankLine(String input, int pos) {
        int end = lineEnd(input, pos);
        return skipSpaces(input, pos) >= end;
    }

    private static int skipBlankLines(String input, int pos) {
        while (pos < input.length() && isBlankLine(input, pos)) {
            int end = lineEnd(input, pos);
            pos = end < input.length() ? end + 1 : end;
        }
        return pos;
    }
}
