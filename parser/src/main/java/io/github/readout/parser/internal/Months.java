package io.github.readout.parser.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names as written in dates, full and abbreviated, from the {@code months.tsv} of every
 * built-in language pack: their forms do not collide across languages, and a date line in one
 * language may stand in a release of another.
 */
final class Months {

    /** A form of a month's name: its number, whether it is the full name, whether only a capitalised form counts. */
    private record Form(int number, boolean full, boolean capitalised) {}

    private static final Map<String, Form> BY_NAME = index();
    /** The first letter and length of every form, to turn most words away before a lookup allocates. */
    private static final long[] SHAPES = shapes(BY_NAME.keySet());
    private static final int SHORTEST = BY_NAME.keySet().stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST = BY_NAME.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Months() {}

    private static Map<String, Form> index() {
        Map<String, Form> map = new HashMap<>();
        for (String language : Scripts.BUILT_IN) {
            for (String[] row : Lexicons.rows(language, "months.tsv", 4)) {
                map.putIfAbsent(row[1], new Form(Integer.parseInt(row[0]), row[2].equals("full"),
                        row[3].equals("capitalised")));
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Whether the letters [start, end) of a text may be a month's name: false for most words,
     * without allocating.
     */
    static boolean mayBeName(CharSequence text, int start, int end) {
        int length = end - start;
        return length >= SHORTEST && length <= LONGEST && hasShape(SHAPES, text.charAt(start), length);
    }

    /** The shapes of a set of lower-case words, first letter and length, sorted for a search that allocates nothing. */
    static long[] shapes(java.util.Collection<String> words) {
        return words.stream().filter(word -> !word.isEmpty()).mapToLong(word -> shape(word.charAt(0), word.length()))
                .distinct().sorted().toArray();
    }

    /** Whether a word of this first letter and length has one of the shapes. */
    static boolean hasShape(long[] shapes, char first, int length) {
        return java.util.Arrays.binarySearch(shapes, shape(first, length)) >= 0;
    }

    /** A word's shape: its first letter in lower case and its length. */
    static long shape(char first, int length) {
        return ((long) Character.toLowerCase(first) << 32) | length;
    }

    /**
     * Returns the month number of a month name.
     *
     * @param word a word, optionally ending in a period ("Sept.")
     * @return 1 to 12, or 0 when the word is not a month
     */
    static int number(CharSequence word) {
        Form form = form(word);
        return form == null ? 0 : form.number();
    }

    /**
     * The forms of each shape, in the order of {@link #SHAPES}: a word is compared with the few
     * forms of its shape in place, lower-cased char by char, rather than copied and looked up.
     */
    private static final String[][] BY_SHAPE = byShape();

    private static String[][] byShape() {
        String[][] forms = new String[SHAPES.length][0];
        for (String name : new java.util.TreeSet<>(BY_NAME.keySet())) {
            if (name.isEmpty()) {
                continue;
            }
            int at = java.util.Arrays.binarySearch(SHAPES, shape(name.charAt(0), name.length()));
            forms[at] = java.util.Arrays.copyOf(forms[at], forms[at].length + 1);
            forms[at][forms[at].length - 1] = name;
        }
        return forms;
    }

    private static Form form(CharSequence word) {
        return form(word, 0, word.length());
    }

    /** The form of the chars [start, end) of a text, optionally ending in a period, or null. */
    private static Form form(CharSequence text, int start, int end) {
        int length = end - start;
        if (length > 0 && text.charAt(end - 1) == '.') {
            length--;
        }
        if (length < SHORTEST || length > LONGEST) {
            return null;
        }
        int shape = java.util.Arrays.binarySearch(SHAPES, shape(text.charAt(start), length));
        if (shape < 0) {
            return null;
        }
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (!lowersAlone(c)) {
                // Chars that String.toLowerCase does not lower one for one: its own way
                return BY_NAME.get(text.subSequence(start, start + length).toString().toLowerCase(Locale.ROOT));
            }
        }
        for (String name : BY_SHAPE[shape]) {
            if (sameLowerCase(text, start, name)) {
                return BY_NAME.get(name);
            }
        }
        return null;
    }

    /**
     * Whether {@code String.toLowerCase(Locale.ROOT)} of the chars [start, end) of a text is a
     * word, without making it: chars are lowered one by one, except in the rare text with chars
     * that String.toLowerCase does not lower so, which is lowered as a string.
     */
    static boolean isLowerCaseOf(CharSequence text, int start, int end, String word) {
        for (int i = start; i < end; i++) {
            if (!lowersAlone(text.charAt(i))) {
                return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT).equals(word);
            }
        }
        return end - start == word.length() && sameLowerCase(text, start, word);
    }

    /** Whether String.toLowerCase lowers a char as Character.toLowerCase does, whatever is around it. */
    private static boolean lowersAlone(char c) {
        return c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
    }

    /** Whether the chars from {@code start} of a text, lower-cased one by one, are the name's. */
    private static boolean sameLowerCase(CharSequence text, int start, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the month number of the month name at [start, end) of a text, without copying it.
     *
     * @param text the text
     * @param start where the word starts
     * @param end where it ends, after its period if it has one
     * @return 1 to 12, or 0 when the word is not a month
     */
    static int number(CharSequence text, int start, int end) {
        Form form = form(text, start, end);
        return form == null ? 0 : form.number();
    }

    /**
     * Returns the month number of a token's lookup key, which is already in lower case; cheaper
     * than {@link #number(CharSequence)} on the hot path of the date stage.
     *
     * @param key a lower-case word
     * @return 1 to 12, or 0 when the word is not a month
     */
    static int numberOfKey(String key) {
        if (key.length() < SHORTEST || key.length() > LONGEST + 1) {
            return 0;
        }
        Form form = BY_NAME.get(key);
        if (form == null && key.endsWith(".")) {
            return number(key);
        }
        return form == null ? 0 : form.number();
    }

    /**
     * Tells whether a word is a month name, full or abbreviated ("Nov", "Sept.", "мая"), written
     * as its language writes months in running text; an abbreviation is a month only next to a
     * day number, which callers check.
     *
     * @param word the word
     * @return true for "March", "Mar" and "Mar." but not "march"
     */
    static boolean isName(CharSequence word) {
        Form form = form(word);
        return form != null && (!form.capitalised() || Character.isUpperCase(word.charAt(0)));
    }

    /**
     * Tells whether a word is a full month name, written as its language writes months.
     *
     * @param word the word
     * @return true for "March" but not "march" or "Mar"
     */
    static boolean isFullName(CharSequence word) {
        return isFullName(word, 0, word.length());
    }

    /** Whether the chars [start, end) of a text are a month's full name, as {@link #isFullName(CharSequence)} tells. */
    static boolean isFullName(CharSequence text, int start, int end) {
        Form form = end > start && text.charAt(end - 1) == '.' ? null : form(text, start, end);
        return form != null && form.full() && (!form.capitalised() || Character.isUpperCase(text.charAt(start)));
    }
}
