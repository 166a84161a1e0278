package io.github.readout.parser.internal;

import java.util.List;

/**
 * Tells a release's language by its letters: the script of most letters names the pack that
 * reads it. A release is Russian when Cyrillic letters outnumber Latin ones, which a Russian
 * release's English names, agency names and links do not change.
 */
final class Scripts {

    /** The packs the parser ships, the first the default. */
    static final List<String> BUILT_IN = List.of("en", "ru");

    private Scripts() {}

    /**
     * Whether a word is written in Latin letters only, as a brand or a medium's name is in a
     * Cyrillic release ("Facebook", "Global Times").
     *
     * @param word the word
     * @return true when it has letters and all of them are Latin
     */
    static boolean isLatin(CharSequence word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!isLatinLetter(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** A letter of the Latin blocks (Basic Latin to Latin Extended-B); call only for letters. */
    private static boolean isLatinLetter(char letter) {
        return letter < 0x250;
    }

    /**
     * Returns the code of the pack that reads a text.
     *
     * @param text the body text
     * @return {@code "ru"} for a mostly Cyrillic text, else {@code "en"}
     */
    static String languageOf(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            } else if (Character.isLetter(c) && isLatinLetter(c)) {
                latin++;
            }
        }
        return cyrillic > latin ? "ru" : "en";
    }
}
