package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into tokens in one pass. A word keeps its inner apostrophes and hyphens
 * ("O'Sullivan", "Kassym-Jomart"), dotted abbreviations keep their periods ("U.S.", "a.i.",
 * "S."), and every other mark is a token of its own.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>(Math.max(10, (end - start) / 4)); // about a token per 4 to 6 chars
        int i = start;
        while (i < end) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i += Character.charCount(c);
                continue;
            }
            int tokenStart = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, end);
            } else {
                i += Character.charCount(c);
            }
            tokens.add(new Token(text.substring(tokenStart, i), tokenStart, i));
        }
        return tokens;
    }

    private static int wordEnd(String text, int start, int end) {
        int i = start;
        int segment = 0;
        boolean dotted = false;
        while (i < end) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i += Character.charCount(c);
                segment++;
                continue;
            }
            boolean nextIsLetter = i + 1 < end && Character.isLetterOrDigit(text.codePointAt(i + 1));
            if ((c == '\'' || c == '’') && isPossessive(text, i, end)) {
                break; // "Vassilenko's": the name and "'s" are two tokens
            }
            boolean afterLetter = Character.isLetter(text.codePointBefore(i));
            if ((c == '\'' || c == '’' || c == '-' || c == '‑') && nextIsLetter && (afterLetter || c == '\'' || c == '’')) {
                i++;
                segment = 0;
                continue;
            }
            if (c == '.' && segment <= 2 && Character.isLetter(text.codePointAt(i - 1))) {
                // "U.S.", "a.i.", "D.C." and initials keep their periods.
                boolean next = nextIsLetter && !Character.isDigit(text.codePointAt(i + 1));
                if (next && segment <= 1) {
                    i++;
                    segment = 0;
                    dotted = true;
                    continue;
                }
                if (dotted || (segment == 1 && Character.isUpperCase(text.codePointAt(i - 1)))) {
                    return i + 1;
                }
            }
            break;
        }
        return i;
    }

    private static boolean isPossessive(String text, int apostrophe, int end) {
        int s = apostrophe + 1;
        return s < end && (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 >= end || !Character.isLetterOrDigit(text.codePointAt(s + 1)));
    }

    /**
     * Lower case of the same length, char for char, so that an offset found in the copy is the
     * same offset in the original. {@code String.toLowerCase} changes the length of some text
     * ("İ" becomes two chars), which would shift every later offset.
     *
     * @param text the text
     * @return the text with each char lower-cased on its own
     */
    static String lowerCaseSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The lookup form of a word: lower case, with ’ made '. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
