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
     * Returns the month number of a month name.
     *
     * @param word a word, optionally ending in a period ("Sept.")
     * @return 1 to 12, or 0 when the word is not a month
     */
    static int number(CharSequence word) {
        Form form = form(word);
        return form == null ? 0 : form.number();
    }

    private static Form form(CharSequence word) {
        int length = word.length();
        if (length > 0 && word.charAt(length - 1) == '.') {
            length--;
        }
        if (length < SHORTEST || length > LONGEST) {
            return null;
        }
        return BY_NAME.get(word.subSequence(0, length).toString().toLowerCase(Locale.ROOT));
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
        Form form = word.length() > 0 && word.charAt(word.length() - 1) == '.' ? null : form(word);
        return form != null && form.full() && (!form.capitalised() || Character.isUpperCase(word.charAt(0)));
    }
}
