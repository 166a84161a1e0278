package io.github.readout.parser.internal;

import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the date a page gives near its top when it has no date header: a page date line
 * ("May 1, 2017"), a byline's date ("Published: April 13, 2023 02:55 PM"), a dateline's full date.
 * Relative dates and dates without a year are resolved against it, as a reader of the page would.
 */
final class PageDate {

    /** How far into the body a page date is looked for: pages put it by the headline. */
    private static final int HEAD = 1_500;
    /** How far a labelled date line ("Published: …") is looked for: some pages put it below the story's opening. */
    private static final int LABELLED_HEAD = 4_000;

    private static final int EARLIEST_YEAR = 1990;
    private static final int LATEST_YEAR = 2100;
    /** A line this short is page furniture (a date line, a byline with a date), not prose. */
    private static final int SHORT_LINE = 100;
    /** Lines of prose that open a story (a lead and a caption) whose dates are the page's too. */
    private static final int LEAD_LINES = 2;

    /** The letters the labels of a page's date start with: at any other char no label is tried. */
    private static final String LABEL_FIRST_LETTERS = DateWords.pageDateLabels().stream()
            .map(label -> label.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    private PageDate() {}

    /**
     * Returns the first complete date (day, month and year) in the head of a body.
     *
     * @param text the body text
     * @return the date, or empty when the head gives none
     */
    static Optional<LocalDate> find(String text) {
        return scan(text).map(Hit::date);
    }

    /** {@link #find(String)} of a body, scanned once for all its stages. */
    static Optional<LocalDate> find(BodyText body) {
        return body.pageDate().map(Hit::date);
    }

    /**
     * Returns the page's date line as a date reference, with its text and span: a meeting the
     * text never dates was held on the day its page is dated, as a reader would take it.
     *
     * @param body the body
     * @return the date, or empty when the head gives none
     */
    static Optional<DateRef> line(BodyText body) {
        return body.pageDate().map(hit -> {
            Span span = Span.of(hit.start(), hit.end());
            return DateRef.builder().text(span.cut(body.text())).span(span).value(DateValue.of(hit.date())).build();
        });
    }

    /** A date found in the head and where it is written. */
    record Hit(LocalDate date, int start, int end) {}

    /** How far into a body a date on a weekday the text names is looked for. */
    private static final int WEEKDAY_DATE_REACH = 20_000;

    /**
     * A complete date written anywhere in a body that falls on a weekday the text names apart from it,
     * for a page with no date line: "met on Wednesday" and a caption's "in Hanoi, July 8, 2026" (a
     * Wednesday) tell the week the page reports, as a reader would take them. A weekday written with its
     * own date ("On Thursday (9 July 2026), the delegation will …") tells nothing of the page's week, a
     * photo file's date and a date the text says is of another event ("signed on …") do not count.
     *
     * @param text the body text
     * @return the first such date, or empty when no written date falls on a weekday the text names
     */
    static Optional<LocalDate> onNamedWeekday(String text) {
        int[] named = namedWeekdays(text);
        if (Arrays.stream(named).allMatch(times -> times == 0)) {
            return Optional.empty();
        }
        int limit = Math.min(text.length(), WEEKDAY_DATE_REACH);
        HeaderDates.Scanner scanner = new HeaderDates.Scanner(text, 0);
        for (int i = 0; i < limit; i++) {
            Hit hit = dateAt(text, i, scanner);
            if (hit == null) {
                continue;
            }
            int lineStart = lineStartOf(text, hit.start());
            if (hit.date() != null && !isCaption(text, lineStart) && !datesAnotherEvent(text, lineStart, hit.start())
                    && !belowWeather(text, lineStart)) {
                DayOfWeek day = hit.date().getDayOfWeek();
                boolean ownWeekday = day == weekdayWrittenBefore(text, hit.start()) || day == weekdayOpening(text, hit.start());
                int apart = named[day.ordinal()] - (ownWeekday ? 1 : 0);
                if (apart > 0) {
                    return Optional.of(hit.date());
                }
            }
            i = Math.max(i, hit.end() - 1);
        }
        return Optional.empty();
    }

    /** How many times a body names each weekday in full ("Wednesday"), by ordinal, within the reach a date is looked for. */
    private static int[] namedWeekdays(String text) {
        int[] named = new int[7];
        int limit = Math.min(text.length(), WEEKDAY_DATE_REACH);
        int i = 0;
        while (i < limit) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            DayOfWeek day = DateWords.mayBeDateLineWeekday(text, i, end)
                    ? DateWords.weekday(Tokenizer.key(text, i, end)) : null;
            if (day != null) {
                named[day.ordinal()]++;
            }
            i = end;
        }
        return named;
    }

    /** The weekday a date opens with, written in full ("Wednesday, 8 July 2026"), or null. */
    private static DayOfWeek weekdayOpening(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at ? DateWords.weekday(Tokenizer.key(text.substring(at, end))) : null;
    }

    /** The weekday written in full right before a date ("Thursday, 9 July", "Thursday (9 July"), or null. */
    private static DayOfWeek weekdayWrittenBefore(String text, int at) {
        int end = at;
        while (end > 0 && at - end < WEEKDAY_GAP && " ,(".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? DateWords.weekday(Tokenizer.key(text.substring(start, end))) : null;
    }

    /**
     * The page's date: the first date in the lead or above it (a date line, a byline, the lead's
     * own date or a caption's); below the lead only a date line of its own, and only one, since
     * a story's later dates are of what it recalls ("It should be recalled that on March 8, 2023
     * …") and a run of dated lines is a list of other stories.
     */
    static Optional<Hit> scan(String text) {
        Optional<Hit> head = scanHead(text);
        if (head.isPresent() && (lineLength(text, lineStartOf(text, head.get().start())) > SHORT_LINE
                || labelled(text, head.get().start()))) {
            return head; // the lead's own date, or a date line that says it is the page's
        }
        // a bare date line above the headline may be the site's clock, the day the page was read:
        // a labelled date line ("First Published: Sep 08 2023") further down is the page's own, as is
        // a byline's date stamped with its time ("AGENCY, 11 Feb, 2021 09:30 AM") below the bare one
        return labelledLine(text).or(() -> head.flatMap(bare -> stampedLineAfter(text, bare)
                .or(() -> earlierLineBelow(text, bare)))).or(() -> head);
    }

    /**
     * A bare date line below the first, before the prose, of an earlier day: the first, above a
     * logo or the headline, is the site's clock showing the day the page was read ("08.02.2026 …
     * logo … 20.01.20"), as no page is dated after its own date line.
     */
    private static Optional<Hit> earlierLineBelow(String text, Hit bare) {
        int limit = Math.min(text.length(), HEAD);
        HeaderDates.Scanner scanner = new HeaderDates.Scanner(text, 0);
        int lineStart = text.indexOf('\n', bare.end()) + 1;
        while (lineStart > 0 && lineStart < limit) {
            int lineEnd = lineStart + lineLength(text, lineStart);
            if (lineEnd - lineStart > SHORT_LINE) {
                return Optional.empty(); // the prose has begun
            }
            int at = lineStart;
            while (at < lineEnd && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            Hit hit = at < lineEnd ? dateAt(text, at, scanner) : null;
            if (hit != null && hit.date() != null && hit.date().isBefore(bare.date())
                    && text.substring(hit.end(), lineEnd).chars().noneMatch(Character::isLetter)) {
                return Optional.of(hit);
            }
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return Optional.empty();
    }

    /**
     * The first short line after a bare date line, before the prose, whose date is followed by a time of day
     * ("AGENCY, 11 Feb, 2021 09:30 AM", "Published 12.03.2021, 10:15"): a byline's own stamp. A stamp of a
     * later day than the bare line's is none: a site's clock above shows the day the page was read, which
     * no stamp of the page follows, so the stamp is of an update ("03.04.2022 … Обновлено: 15.06.2023").
     */
    private static Optional<Hit> stampedLineAfter(String text, Hit bare) {
        int limit = Math.min(text.length(), HEAD);
        HeaderDates.Scanner scanner = new HeaderDates.Scanner(text, 0);
        int lineStart = text.indexOf('\n', bare.end()) + 1;
        while (lineStart > 0 && lineStart < limit) {
            int length = lineLength(text, lineStart);
            if (length > SHORT_LINE) {
                return Optional.empty(); // the prose has begun
            }
            for (int i = lineStart; i < lineStart + length; i++) {
                Hit hit = dateAt(text, i, scanner);
                if (hit != null && hit.date() != null && (bare.date() == null || !hit.date().isAfter(bare.date()))
                        && (timeFollows(text, hit.end(), lineStart + length) || timePrecedes(text, lineStart, hit.start()))) {
                    return Optional.of(hit);
                }
            }
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return Optional.empty();
    }

    /** The most chars between a date and the time of day stamped after it: ", ", " at ", " | ". */
    private static final int TIME_REACH = 6;

    /** Whether a time of day ("01:49", "9:35") follows a date within a few chars on its line. */
    private static boolean timeFollows(String text, int at, int lineEnd) {
        for (int k = at; k < lineEnd && k <= at + TIME_REACH; k++) {
            int digits = 0;
            while (k + digits < lineEnd && Character.isDigit(text.charAt(k + digits))) {
                digits++;
            }
            boolean clock = digits >= 1 && digits <= 2 && k + digits + 2 < lineEnd && text.charAt(k + digits) == ':'
                    && Character.isDigit(text.charAt(k + digits + 1)) && Character.isDigit(text.charAt(k + digits + 2));
            if (clock) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time of day ("15:46") stands before a date on its line, set off only by spaces or a bar. */
    private static boolean timePrecedes(String text, int lineStart, int at) {
        int k = at;
        while (k > lineStart && at - k <= TIME_REACH && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '|'
                || text.charAt(k - 1) == ',')) {
            k--;
        }
        int minutes = k - 2;
        if (minutes - 2 < lineStart || k == at || text.charAt(minutes - 1) != ':'
                || !Character.isDigit(text.charAt(minutes)) || !Character.isDigit(text.charAt(minutes + 1))) {
            return false;
        }
        return Character.isDigit(text.charAt(minutes - 2));
    }

    /** The first date in the text's head written after a label of the page's date ("Updated:"). */
    private static Optional<Hit> labelledLine(String text) {
        int limit = Math.min(text.length(), LABELLED_HEAD);
        HeaderDates.Scanner scanner = new HeaderDates.Scanner(text, 0);
        List<String> labels = DateWords.pageDateLabels();
        for (int i = 0; i < limit; i++) {
            if (i > 0 && Character.isLetter(text.charAt(i - 1)) || LABEL_FIRST_LETTERS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            for (int l = 0; l < labels.size(); l++) { // by index: no iterator for each letter that may open a label
                String label = labels.get(l);
                if (!text.startsWith(label, i)) {
                    continue;
                }
                int at = i + label.length();
                while (at < text.length() && (text.charAt(at) == ':' || text.charAt(at) == ' ')) {
                    at++;
                }
                Hit hit = at > i + label.length() ? dateAt(text, at, scanner) : null;
                if (hit != null && hit.date() != null) {
                    return Optional.of(hit);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a label of the page's date stands just before this offset on its line. */
    private static boolean labelled(String text, int start) {
        int end = start;
        while (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        List<String> labels = DateWords.pageDateLabels();
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            int from = end - label.length();
            if (end < start && from >= 0 && text.startsWith(label, from)
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int lineStartOf(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private static Optional<Hit> scanHead(String text) {
        int limit = Math.min(text.length(), HEAD);
        Optional<Hit> ambiguous = Optional.empty();
        List<Hit> below = new ArrayList<>();
        int lineStart = 0;
        int proseLines = 0;
        HeaderDates.Scanner scanner = new HeaderDates.Scanner(text, 0);
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                proseLines += isProse(text, lineStart, i) ? 1 : 0;
                lineStart = i + 1;
                continue;
            }
            Hit hit = dateAt(text, i, scanner);
            if (hit == null) {
                continue;
            }
            if (isCaption(text, lineStart)) {
                i = Math.max(i, lineStart + lineLength(text, lineStart) - 1);
                continue; // "In this file photo, … Sept. 25, 2015": the photo's day, not the page's
            }
            if (lineLength(text, lineStart) > SHORT_LINE && stampsSeveralStories(text, lineStart)) {
                i = Math.max(i, lineStart + lineLength(text, lineStart) - 1);
                continue; // a ticker of other stories, each stamped with its day and time, above the page's own
            }
            boolean ambiguousOrder = hit.date() == null;
            if (datesAnotherEvent(text, lineStart, hit.start()) || datesAPaper(text, lineStart, hit.start())) {
                i = Math.max(i, hit.end() - 1);
                continue; // "statements published on May 24, 2016": the day of what the story recalls
            }
            if (isClock(text, lineStart, hit) || belowWeather(text, lineStart)) {
                i = Math.max(i, hit.end() - 1);
                continue; // "Fri Mar 29 2024" alone on a line: a script's clock, the day the page was read
            }
            if (proseLines >= LEAD_LINES) {
                // "Pix of the Day: September 10, 2025" in a list of other stories is no date line of the page
                if (!ambiguousOrder && lineLength(text, lineStart) <= SHORT_LINE && opensLine(text, lineStart, hit.start())) {
                    below.add(hit);
                }
            } else if (!ambiguousOrder) {
                return Optional.of(hit);
            } else if (ambiguous.isEmpty()) {
                SlashDate slashed = slashDate(text, i);
                ambiguous = Optional.of(new Hit(slashed.date, i, slashed.end)); // its year is still right
            }
            i = Math.max(i, hit.end() - 1);
        }
        return ambiguous.or(() -> below.size() == 1 ? Optional.of(below.get(0)) : Optional.empty());
    }

    /** The date that starts at this offset, with a null date when its day and month may be swapped. */
    private static Hit dateAt(String text, int i, HeaderDates.Scanner scanner) {
        if (i >= text.length()) {
            return null; // "… Published: " at the very end: a label with no date after it
        }
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        // "делегация ОАЭ05.04.2023 08:50": a page's date line glued to its headline starts with a digit; "Staff
        // WriterApril 13, 2021": a byline's date glued to its author's name, a capital after a small letter
        boolean glued = Character.isLetter(before) && Character.isDigit(c)
                || Character.isLowerCase(before) && Character.isUpperCase(c);
        if (Character.isLetterOrDigit(before) && !glued || !HeaderDates.mayStartAt(text, i)) {
            return null;
        }
        scanner.pos = i;
        Optional<HeaderDates.Match> match = HeaderDates.prefix(scanner);
        if (match.isPresent() && match.get().date().filter(PageDate::plausible).isPresent()) {
            return new Hit(match.get().date().get(), i, match.get().end());
        }
        SlashDate slashed = slashDate(text, i);
        if (slashed == null) {
            return null;
        }
        return new Hit(slashed.ambiguous ? null : slashed.date, i, slashed.end);
    }

    /**
     * Whether no word in lower case stands before this offset on its line: a date opens its line,
     * or follows a place or an agency in capitals ("THE WHITE HOUSE, January 23, 2009", "MAP: 20
     * December 2023"), not the title of another story.
     */
    private static boolean opensLine(String text, int lineStart, int at) {
        for (int k = lineStart; k < at; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Fri Mar 29 2024" alone on its line: a short weekday, a month, a day and a year with no
     * comma, as a page's script writes the reader's day (JavaScript's {@code toDateString()}),
     * not as a publisher dates a story.
     */
    private static boolean isClock(String text, int lineStart, Hit hit) {
        int lineEnd = lineStart + lineLength(text, lineStart);
        String line = text.substring(lineStart, lineEnd).strip();
        int from = 0;
        while (from < line.length() && !Character.isLetterOrDigit(line.charAt(from))) {
            from++; // "•      Fri Mar 29 2024"
        }
        if (clockLabelled(line.substring(from)) || clockTimeLabelled(line)) {
            return true; // "Today: November 1, 2024" above the page's own date line
        }
        if (line.indexOf(',') >= 0) {
            return false; // a clock writes no comma: most date lines are not split into words for it
        }
        String[] words = line.substring(from).split(" +");
        return words.length == 4
                && DateWords.isDateLineWeekday(words[0].toLowerCase(Locale.ROOT))
                && Months.isName(words[1]) && words[2].matches("\\d{1,2}") && words[3].matches("\\d{4}");
    }

    /** A time of day: "09:35". */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

    /**
     * Whether a short line holds a clock's label that its time of day follows, at the line's start or
     * after a dash or a bar: "Московское время 09:35 25 апреля 2024 года", "24 апреля 2024 - Время в Бишкеке - 06:40".
     */
    private static boolean clockTimeLabelled(String line) {
        if (line.length() > SHORT_LINE) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String label : DateWords.clockTimeLabels()) {
            for (int at = lower.indexOf(label); at >= 0; at = lower.indexOf(label, at + 1)) {
                int end = at + label.length();
                boolean word = end == lower.length() || !Character.isLetter(lower.charAt(end));
                if (word && startsAPart(lower, at) && TIME_OF_DAY.matcher(lower).region(end, lower.length()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an offset starts its line or a part of it set off by a dash or a bar: "… 2024 - Время в …". */
    private static boolean startsAPart(String line, int at) {
        int k = at;
        while (k > 0 && line.charAt(k - 1) == ' ') {
            k--;
        }
        return k == 0 || "-–—|".indexOf(line.charAt(k - 1)) >= 0;
    }

    /** How many lines above a date line a weather widget's temperature may stand: "27.8 C", the city, the date. */
    private static final int WEATHER_LINES = 2;

    /**
     * Whether a line stands right below a temperature alone on its line ("27.8 C", "19.6 °C"), with at most a
     * city's line between: a site's weather widget, whose date line beside it is the day the page was read.
     */
    private static boolean belowWeather(String text, int lineStart) {
        int end = lineStart - 1;
        for (int n = 0; n < WEATHER_LINES && end > 0; n++) {
            int start = lineStartOf(text, end);
            if (isTemperature(text.substring(start, end).strip())) {
                return true;
            }
            end = start - 1;
        }
        return false;
    }

    /** Whether a line is a temperature alone: "27.8 C", "-3 °C", "84°F". */
    private static boolean isTemperature(String line) {
        int k = line.startsWith("-") ? 1 : 0;
        int digits = k;
        while (k < line.length() && (Character.isDigit(line.charAt(k)) || line.charAt(k) == '.' && k > digits)) {
            k++;
        }
        if (k == digits) {
            return false;
        }
        String unit = line.substring(k).replace(" ", "").replace("°", "");
        return unit.equals("C") || unit.equals("F");
    }

    /** Whether a line opens with a clock's label and a colon: "Today: November 1, 2024". */
    private static boolean clockLabelled(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && DateWords.clockLabels().contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a line is a photo's caption: it holds a caption's words ("file photo", "handout picture"). */
    private static boolean isCaption(String text, int lineStart) {
        String line = text.substring(lineStart, lineStart + lineLength(text, lineStart)).toLowerCase(Locale.ROOT);
        for (String word : DateWords.captionWords()) {
            if (line.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The words of every built-in pack that date another event than the one reported: "published", "signed". */
    private static final List<String> OTHER_EVENT_WORDS = Lexicons.builtInCue(Lexicons.Cue.OTHER_EVENT_DATE);

    /** How far back on its line the words dating another event may stand before a date: "published on ". */
    private static final int OTHER_EVENT_REACH = 40;

    /** Whether the words right before a date, past a day's preposition, say it dates another event: "published on". */
    private static boolean datesAnotherEvent(String text, int lineStart, int start) {
        String before = text.substring(Math.max(lineStart, start - OTHER_EVENT_REACH), start).stripTrailing()
                .toLowerCase(Locale.ROOT);
        int space = before.lastIndexOf(' ');
        if (space >= 0 && DateWords.isDayPreposition(before.substring(space + 1))) {
            before = before.substring(0, space).stripTrailing();
        }
        for (String words : OTHER_EVENT_WORDS) {
            if (words.indexOf('*') >= 0 ? endsWithStems(before, words) : before.endsWith(words) && (before.length()
                    == words.length() || !Character.isLetter(before.charAt(before.length() - words.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text ends with the words of a phrase whose words ending in "*" are stems: "намечен* на" ends
     * "раунде, намеченном на", as a pack's cue reads every form of the word.
     */
    private static boolean endsWithStems(String text, String phrase) {
        String[] words = phrase.split(" ");
        String[] last = NON_LETTERS.split(text);
        if (last.length < words.length) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String seen = last[last.length - words.length + w];
            boolean stem = word.endsWith("*");
            if (stem ? !seen.startsWith(word.substring(0, word.length() - 1)) : !seen.equals(word)) {
                return false;
            }
        }
        return Character.isLetter(text.charAt(text.length() - 1)); // the phrase's last word ends the text
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** The words of every built-in pack that, right before a date, make it the day a paper is dated: "от". */
    private static final List<String> DOCUMENT_WORDS = Lexicons.builtInCue(Lexicons.Cue.DOCUMENT_DATE);

    /**
     * Whether a date in a line of prose follows a word that dates a paper ("Соглашения о сотрудничестве от 28
     * октября 2016 года"): the day the paper was signed, not the page's. A short line's "от 08.11.2023" is a
     * label of the page's own date, and stays one.
     */
    private static boolean datesAPaper(String text, int lineStart, int start) {
        if (lineLength(text, lineStart) <= SHORT_LINE) {
            return false;
        }
        int end = start;
        while (end > lineStart && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > lineStart && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < end && DOCUMENT_WORDS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a line is a story's prose: long, and ended as a sentence is. A long headline has no stop
     * ("Minister says the mission is working to ensure it supports the coming elections"), and pages
     * print it twice, as their title and their heading, above the date line.
     */
    private static boolean isProse(String text, int lineStart, int lineEnd) {
        int last = lineEnd - 1;
        while (last > lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return lineEnd - lineStart > SHORT_LINE && ".!?\"”’»)…:;".indexOf(text.charAt(last)) >= 0;
    }

    private static int lineLength(String text, int lineStart) {
        int lineEnd = text.indexOf('\n', lineStart);
        return (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
    }

    private static boolean plausible(LocalDate date) {
        return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
    }

    /**
     * Whether a line holds more than one date stamped with a time of day ("Новость 20 Январь 2026 г., 22:43Другая новость
     * 20 Январь 2026 г., 22:42"): a site's list of its latest stories, none of them dating the page.
     */
    private static boolean stampsSeveralStories(String text, int lineStart) {
        int lineEnd = lineStart + lineLength(text, lineStart);
        HeaderDates.Scanner scanner = new HeaderDates.Scanner(text, 0);
        int stamped = 0;
        for (int i = lineStart; i < lineEnd && stamped < 2; i++) {
            Hit hit = dateAt(text, i, scanner);
            if (hit != null) {
                stamped += timeFollows(text, hit.end(), lineEnd) ? 1 : 0;
                i = Math.max(i, hit.end() - 1);
            }
        }
        return stamped >= 2;
    }

    /** A date written with slashes, "11/13/2021" or "26/12/2023", and whether its order is unclear. */
    private record SlashDate(LocalDate date, boolean ambiguous, int end) {}

    /** The most chars between a weekday and the date after it: ", ". */
    private static final int WEEKDAY_GAP = 3;

    /** The weekday written just before a date ("Fri, 09/07/2012"), or null. */
    private static DayOfWeek weekdayBefore(String text, int at) {
        int end = at;
        while (end > 0 && at - end < WEEKDAY_GAP && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? DateWords.dateLineWeekday(text.substring(start, end).toLowerCase(Locale.ROOT)) : null;
    }

    /** Whether a weekday is that of the reading month / day of a date and not of the other reading. */
    private static boolean onlyReadingOf(DayOfWeek written, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek() == written
                    && LocalDate.of(year, day, month).getDayOfWeek() != written;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** The most digits of a day number. */
    private static final int DAY_DIGITS = 2;

    /**
     * Whether the head of the page writes this day with its month's name and no year, as an agency's
     * dateline does ("Quito, Mar. 4." or "March 4"): a month's name, an optional period and the day.
     */
    private static boolean dayInWords(String text, int month, int day) {
        int limit = Math.min(text.length(), HEAD);
        for (int i = 0; i < limit; i++) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < limit && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (Months.isName(text.substring(i, end)) && Months.number(text, i, end) == month) {
                int at = end < limit && text.charAt(end) == '.' ? end + 1 : end;
                at = skipSpaces(text, at, limit);
                int digits = at;
                while (digits < limit && digits - at < DAY_DIGITS + 1 && Character.isDigit(text.charAt(digits))) {
                    digits++;
                }
                if (digits > at && digits - at <= DAY_DIGITS && Integer.parseInt(text, at, digits, 10) == day) {
                    return true;
                }
            }
            i = end;
        }
        return false;
    }

    private static int skipSpaces(String text, int at, int limit) {
        while (at < limit && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static SlashDate slashDate(String text, int at) {
        if (!Character.isDigit(text.charAt(at))) {
            return null; // most words the head is scanned at are not numbers: no array of parts for them
        }
        int[] parts = new int[3];
        int pos = at;
        for (int p = 0; p < 3; p++) {
            int start = pos;
            while (pos < text.length() && pos - start < 4 && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == start || p < 2 && (pos - start > 2 || pos >= text.length() || text.charAt(pos) != '/')) {
                return null;
            }
            parts[p] = Integer.parseInt(text, start, pos, 10);
            if (p < 2) {
                pos++;
            } else if (pos - start != 4 || pos < text.length() && Character.isDigit(text.charAt(pos))) {
                return null;
            }
        }
        int first = parts[0];
        int second = parts[1];
        boolean monthFirst = first <= 12 && second > 12;
        boolean dayFirst = first > 12 && second <= 12;
        // "Fri, 09/07/2012": the weekday written before a date the numbers leave open tells which reading it is
        DayOfWeek written = first <= 12 && second <= 12 ? weekdayBefore(text, at) : null;
        monthFirst |= written != null && onlyReadingOf(written, parts[2], first, second);
        dayFirst |= written != null && !monthFirst && onlyReadingOf(written, parts[2], second, first);
        // "Lima, Mar. 4." over "Published: 3/4/2019": the month and day a dateline writes in words tell the reading
        if (!monthFirst && !dayFirst && first <= 12 && second <= 12) {
            boolean monthFirstInWords = dayInWords(text, first, second);
            boolean dayFirstInWords = dayInWords(text, second, first);
            monthFirst = monthFirstInWords && !dayFirstInWords;
            dayFirst = dayFirstInWords && !monthFirstInWords;
        }
        // An order left open still is read day first, as most of the world writes it and as the
        // date stage reads a slashed date with nothing to weigh it against: "Brussels, 12/03/2024"
        int month = monthFirst ? first : second;
        int day = monthFirst ? second : first;
        try {
            LocalDate date = LocalDate.of(parts[2], month, day);
            return plausible(date) ? new SlashDate(date, !monthFirst && !dayFirst, pos) : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
