package io.github.readout.parser.internal;

import java.util.Locale;
import java.util.Map;

/** English month names, full and abbreviated, as written in dates. */
final class Months {

    private static final String[] FULL = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };

    private static final Map<String, Integer> BY_NAME = index();

    private Months() {}

    private static Map<String, Integer> index() {
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < FULL.length; i++) {
            map.put(FULL[i], i + 1);
            map.put(FULL[i].substring(0, 3), i + 1);
        }
        map.put("sept", 9);
        return Map.copyOf(map);
    }

    /**
     * Returns the month number of a month name.
     *
     * @param word a word, optionally ending in a period ("Sept.")
     * @return 1 to 12, or 0 when the word is not a month
     */
    static int number(CharSequence word) {
        int length = word.length();
        if (length > 0 && word.charAt(length - 1) == '.') {
            length--;
        }
        if (length < 3 || length > 9) {
            return 0;
        }
        String key = word.subSequence(0, length).toString().toLowerCase(Locale.ROOT);
        Integer month = BY_NAME.get(key);
        return month == null ? 0 : month;
    }

    /**
     * Returns the month number of a token's lookup key, which is already in lower case; cheaper
     * than {@link #number(CharSequence)} on the hot path of the date stage.
     *
     * @param key a lower-case word
     * @return 1 to 12, or 0 when the word is not a month
     */
    static int numberOfKey(String key) {
        if (key.length() < 3 || key.length() > 10) {
            return 0;
        }
        Integer month = BY_NAME.get(key);
        if (month == null && key.endsWith(".")) {
            return number(key);
        }
        return month == null ? 0 : month;
    }

    /**
     * Tells whether a word is a month name, full or abbreviated ("Nov", "Sept."), capitalised as
     * in running text; an abbreviation is a month only next to a day number, which callers check.
     *
     * @param word the word
     * @return true for "March", "Mar" and "Mar." but not "march"
     */
    static boolean isName(CharSequence word) {
        return number(word) > 0 && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Tells whether a word is a full month name, capitalised as in running text.
     *
     * @param word the word
     * @return true for "March" but not "march" or "Mar"
     */
    static boolean isFullName(CharSequence word) {
        int month = number(word);
        return month > 0 && word.length() == FULL[month - 1].length()
                && Character.isUpperCase(word.charAt(0));
    }
}
