package io.github.readout.parser.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The date words of every built-in language pack's {@code dates.tsv}: weekdays, days and years
 * named relative to the release's own ("yesterday", "накануне", "в прошлом году"), and the words
 * that make a weekday or a number after them a date ("on Monday", "in 2024"), and the words of the
 * phrases that count a week, a month or a year from the release's own ("last week", "the day before",
 * "by the end of the year").
 */
final class DateWords {

    /** The periods a word counts: "the day before", "last week", "next month", "this year". */
    enum Period { DAY, WEEK, MONTH, YEAR }

    /** The roles of {@code dates.tsv} whose words are read one at a time, by lookup form, with their value. */
    enum Role { MONTH_PREPOSITION, PERIOD_OFFSET, PERIOD_ADVERB, PERIOD, DAY_PART, ARTICLE, OF, DAY_POSTPOSITION,
        DAY_ADJECTIVE, SAME_DAY, YEAR_END, YEAR_HALF, WEEKDAY_SHIFT, WEEKDAY_PAST,
        WEEKDAY_AHEAD }

    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, DayOfWeek> SHORT_WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> RELATIVE_DAYS = new HashMap<>();
    /** The relative days of several words ("the day before yesterday"), which the words alone would misread. */
    private static final PhraseIndex<Integer> RELATIVE_DAY_PHRASES = new PhraseIndex<>();
    private static final Set<String> DAY_PREPOSITIONS = new HashSet<>();
    private static final Set<String> YEAR_PREPOSITIONS = new HashSet<>();
    private static final PhraseIndex<Integer> RELATIVE_YEARS = new PhraseIndex<>();
    private static final List<String> RANGE_WORDS = new ArrayList<>();
    private static final List<String> PAGE_DATE_LABELS = new ArrayList<>();
    private static final List<String> CAPTION_WORDS = new ArrayList<>();
    private static final List<String> CLOCK_LABELS = new ArrayList<>();
    private static final List<String> CLOCK_TIME_LABELS = new ArrayList<>();
    private static final List<String> MONTH_PREFIXES = new ArrayList<>();
    private static final PhraseIndex<Integer> YEARS_AGO = new PhraseIndex<>();
    /** Phrases of a day counted from the event told before ("днём ранее" -1), which no article opens. */
    private static final PhraseIndex<Integer> DAYS_FROM_EVENT = new PhraseIndex<>();
    /** The stems of adjectives of a day relative to the release's ("сегодняшн"), and that day in {@link #MEETING_DAYS} (0). */
    private static final List<String> MEETING_DAY_STEMS = new ArrayList<>();
    private static final List<Integer> MEETING_DAYS = new ArrayList<>();
    /** The stems of the words of a meeting that such an adjective dates ("встреч", "переговор"). */
    private static final List<String> MEETING_STEMS = new ArrayList<>();
    /** The roles whose value is a number. */
    private static final Set<Role> NUMBERED = Set.of(Role.PERIOD_OFFSET, Role.DAY_POSTPOSITION, Role.DAY_ADJECTIVE);
    /** The words of each {@link Role}, by lookup form, with the value the file gives them ("-" for none). */
    private static final Map<Role, Map<String, String>> WORDS = new EnumMap<>(Role.class);
    /** The first word of every entry of the packs' {@code dates.tsv}, whatever its kind. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();

    static {
        for (Role role : Role.values()) {
            WORDS.put(role, new HashMap<>());
        }
        for (String language : Scripts.BUILT_IN) {
            for (String[] row : Lexicons.rows(language, "dates.tsv", 3)) {
                String word = Tokenizer.key(row[2]);
                List<Token> words = Tokenizer.tokens(row[2], 0, row[2].length());
                if (!words.isEmpty()) {
                    FIRST_WORDS.add(words.get(0).key());
                }
                switch (row[0]) {
                    case "WEEKDAY" -> WEEKDAYS.putIfAbsent(word, DayOfWeek.of(Integer.parseInt(row[1])));
                    case "WEEKDAY_SHORT" -> SHORT_WEEKDAYS.putIfAbsent(word, DayOfWeek.of(Integer.parseInt(row[1])));
                    case "DAY" -> {
                        if (row[2].contains(" ")) {
                            RELATIVE_DAY_PHRASES.add(row[2], Integer.parseInt(row[1]));
                        } else {
                            RELATIVE_DAYS.putIfAbsent(word, Integer.parseInt(row[1]));
                        }
                    }
                    case "DAY_PREPOSITION" -> DAY_PREPOSITIONS.add(word);
                    case "YEAR_PREPOSITION" -> YEAR_PREPOSITIONS.add(word);
                    case "YEAR" -> RELATIVE_YEARS.add(row[2], Integer.parseInt(row[1]));
                    case "RANGE_WORD" -> RANGE_WORDS.add(row[2]);
                    case "PAGE_DATE_LABEL" -> PAGE_DATE_LABELS.add(row[2]);
                    case "CAPTION_WORD" -> CAPTION_WORDS.add(row[2].toLowerCase(java.util.Locale.ROOT));
                    case "CLOCK_LABEL" -> CLOCK_LABELS.add(row[2].toLowerCase(java.util.Locale.ROOT));
                    case "CLOCK_TIME_LABEL" -> CLOCK_TIME_LABELS.add(row[2].toLowerCase(java.util.Locale.ROOT));
                    case "MONTH_PREFIX" -> MONTH_PREFIXES.add(word);
                    case "YEARS_AGO" -> YEARS_AGO.add(row[2], Integer.parseInt(row[1]));
                    case "DAY_FROM_EVENT" -> DAYS_FROM_EVENT.add(row[2], Integer.parseInt(row[1]));
                    case "MEETING_DAY_STEM" -> {
                        MEETING_DAY_STEMS.add(word);
                        MEETING_DAYS.add(Integer.parseInt(row[1]));
                    }
                    case "MEETING_STEM" -> MEETING_STEMS.add(word);
                    default -> {
                        Role role = role(language, row[0]);
                        if (role == Role.PERIOD) {
                            Period.valueOf(row[1]);
                        } else if (NUMBERED.contains(role)) {
                            Integer.parseInt(row[1]);
                        }
                        WORDS.get(role).putIfAbsent(word, row[1]);
                    }
                }
            }
        }
        PAGE_DATE_LABELS.sort(java.util.Comparator.comparingInt(String::length).reversed());
    }

    private static Role role(String language, String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(language + "/dates.tsv: unknown role " + name, e);
        }
    }

    /** The shapes (first letter, length) of the date-line weekdays, to turn most words away cheaply. */
    private static final long[] WEEKDAY_SHAPES = weekdayShapes();

    /** Every form of {@link #isDateLineWeekday}, for comparing words in place. */
    private static final String[] WEEKDAY_FORMS = weekdayForms();

    private DateWords() {}

    private static String[] weekdayForms() {
        Set<String> all = new java.util.TreeSet<>(WEEKDAYS.keySet());
        all.addAll(SHORT_WEEKDAYS.keySet());
        return all.toArray(String[]::new);
    }

    /**
     * Whether a date may start at a token: its text holds a digit, or it is a month's name, the first
     * word of an entry of the packs' dates, or a form of a stem they give. Most tokens of a sentence are none, and the
     * date stage asks this before its many look-ups at each token.
     */
    static boolean mayOpenADate(Token token) {
        // Asked of every token of every sentence: the answer is kept on the word the tokens of a word share.
        Token.Word word = token.word();
        byte note = word.opensADate;
        if (note == 0) {
            note = mayOpenADate(word.text(), word.key()) ? (byte) 1 : (byte) -1;
            word.opensADate = note;
        }
        return note > 0;
    }

    private static boolean mayOpenADate(String text, String key) {
        for (int c = 0; c < text.length(); c++) {
            if (Character.isDigit(text.charAt(c))) {
                return true;
            }
        }
        if (FIRST_WORDS.contains(key) || Months.numberOfKey(key) > 0 || monthPrefix(key) != null) {
            return true;
        }
        return stemOf(key, MEETING_DAY_STEMS) >= 0;
    }

    /**
     * Whether a word names a weekday, or a month as written ("March", not "march"): "the Munich Security
     * Conference on Saturday", "… in March", where the word dates a name and is none of it.
     */
    static boolean namesADayOrMonth(Token token) {
        return weekday(token.key()) != null || Months.numberOfKey(token.key()) > 0 && Months.isName(token.text());
    }

    /**
     * Whether the word at [start, end) of a text, less one closing period, is a date-line weekday
     * in lower case ({@link #isDateLineWeekday}), compared in place.
     */
    static boolean isDateLineWeekday(CharSequence text, int start, int end) {
        if (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        for (String form : WEEKDAY_FORMS) {
            if (Months.isLowerCaseOf(text, start, end, form)) {
                return true;
            }
        }
        return false;
    }

    private static long[] weekdayShapes() {
        Set<String> all = new HashSet<>(WEEKDAYS.keySet());
        all.addAll(SHORT_WEEKDAYS.keySet());
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
        return WEEKDAYS.containsKey(key) || SHORT_WEEKDAYS.containsKey(key);
    }

    /** The weekday a lower-case word of a date line names, in full or abbreviated ("Fri"), or null. */
    static DayOfWeek dateLineWeekday(String key) {
        DayOfWeek day = WEEKDAYS.get(key);
        return day != null ? day : SHORT_WEEKDAYS.get(key);
    }

    /** The days from the release's own day that a lower-case word names ("yesterday" -1), or null. */
    static Integer relativeDay(String key) {
        return RELATIVE_DAYS.get(key);
    }

    /**
     * The day, relative to the release's, of an adjective that the word of a meeting follows, next to it or one
     * word on ("сегодняшнего телефонного разговора" 0, "вчерашней встречи" -1), or null: without such a word
     * the adjective mostly means "present-day" ("на сегодняшний день", "сегодняшняя ситуация").
     */
    static Integer meetingDayAdjective(List<Token> tokens, int i) {
        int stem = stemOf(tokens.get(i).key(), MEETING_DAY_STEMS);
        if (stem < 0) {
            return null;
        }
        boolean dated = namesAMeeting(tokens, i + 1)
                || i + 1 < tokens.size() && tokens.get(i + 1).isLetters() && namesAMeeting(tokens, i + 2);
        return dated ? MEETING_DAYS.get(stem) : null;
    }

    private static boolean namesAMeeting(List<Token> tokens, int i) {
        return i < tokens.size() && stemOf(tokens.get(i).key(), MEETING_STEMS) >= 0;
    }

    /** Which of the stems a lower-case word starts with, the first in the list, or -1. */
    private static int stemOf(String key, List<String> stems) {
        for (int s = 0; s < stems.size(); s++) { // by index: asked of every token
            if (key.startsWith(stems.get(s))) {
                return s;
            }
        }
        return -1;
    }

    /**
     * The days from the release's own day that a phrase of several words starting at a token names
     * ("the day before yesterday" -2), with where it ends; null when none starts there.
     */
    static PhraseIndex.Match<Integer> relativeDayPhrase(java.util.List<Token> tokens, int at) {
        return RELATIVE_DAY_PHRASES.longest(tokens, at);
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

    /** Whether a four-digit number after this lower-case word is a year ("in 2024"). */
    static boolean isYearPreposition(String key) {
        return YEAR_PREPOSITIONS.contains(key);
    }

    /**
     * The labels that open a page's own date line, as written ("First Published", "Updated"), the
     * longest first.
     */
    static List<String> pageDateLabels() {
        return PAGE_DATE_LABELS;
    }

    /** The labels of a site's clock, in lower case: "today", "сегодня"; a date after one is the day the page was read. */
    static List<String> clockLabels() {
        return CLOCK_LABELS;
    }

    /**
     * The labels of a site's clock that its time of day follows, in lower case: "московское время"
     * ("Московское время 09:35 25 апреля 2024 года"); a date on their line is the day the page was read.
     */
    static List<String> clockTimeLabels() {
        return CLOCK_TIME_LABELS;
    }

    /** The words that make a line a photo's caption, in lower case: "file photo", "архивное фото". */
    static List<String> captionWords() {
        return CAPTION_WORDS;
    }

    /** The words that join two days of one date, compared ignoring case: "3 to 4 December". */
    static List<String> rangeWords() {
        return RANGE_WORDS;
    }

    /** The prefix of a month's name that a lower-case word starts with ("mid-" of "mid-june"), or null. */
    static String monthPrefix(String key) {
        for (int p = 0; p < MONTH_PREFIXES.size(); p++) { // by index: asked of many tokens
            String prefix = MONTH_PREFIXES.get(p);
            if (key.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /** Whether a lower-case word has a role of {@code dates.tsv}. */
    static boolean is(Role role, String key) {
        return WORDS.get(role).containsKey(key);
    }

    /** The number a lower-case word of a role gives ("last" -1 as a {@link Role#PERIOD_OFFSET}), or null. */
    static Integer number(Role role, String key) {
        String value = WORDS.get(role).get(key);
        return value == null ? null : Integer.valueOf(value);
    }

    /** The period a lower-case word names ("week"), or null. */
    static Period period(String key) {
        String value = WORDS.get(Role.PERIOD).get(key);
        return value == null ? null : Period.valueOf(value);
    }

    /** Whether a lower-case word counts the period after it as the release's own ("this year"). */
    static boolean isCurrent(String key) {
        Integer offset = number(Role.PERIOD_OFFSET, key);
        return offset != null && offset == 0;
    }

    /** The years back a phrase starting at a token names, its month the release's ("a year ago" -1), with where it ends. */
    static PhraseIndex.Match<Integer> yearsAgo(java.util.List<Token> tokens, int at) {
        return YEARS_AGO.longest(tokens, at);
    }

    /**
     * The days from the event told before that a phrase starting at a token counts ("днём ранее" -1, "днём
     * позже" 1), with where it ends.
     */
    static PhraseIndex.Match<Integer> dayFromEvent(java.util.List<Token> tokens, int at) {
        return DAYS_FROM_EVENT.longest(tokens, at);
    }
}
