package io.github.readout.parser.internal;

import java.util.Locale;

/**
 * A word, number or punctuation mark of a sentence, with its offsets in the release text.
 *
 * @param text the token as written
 * @param start its first offset
 * @param end the offset after it
 * @param key the token in lower case with typographic apostrophes made plain, for lookups;
 *     computed once, as every stage looks tokens up by it
 */
record Token(String text, int start, int end, String key) {

    Token(String text, int start, int end) {
        this(text, start, end, Tokenizer.key(text));
    }

    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowerCase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Whether the token is one of the words, ignoring case as {@link #is} does. */
    boolean isAny(java.util.List<String> words) {
        // By index: an iterator per call was a fifth of what a parse allocated.
        for (int i = 0, n = words.size(); i < n; i++) {
            if (text.equalsIgnoreCase(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    boolean isDash() {
        return text.equals("-") || text.equals("–") || text.equals("—");
    }

    boolean isPunctuation(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }

    /** All letters upper case, such as "SCO", "VI" or "U.S.". */
    boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT).equals(text) ? text : text + "@" + start;
    }
}
