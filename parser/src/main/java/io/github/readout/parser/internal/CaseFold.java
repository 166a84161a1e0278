package io.github.readout.parser.internal;

/**
 * A cheap first test for {@link String#regionMatches(boolean, int, String, int, int)} ignoring
 * case: the stages that look for a word at every offset of a text ask it of one char first, and
 * call the method only where that char may match.
 */
final class CaseFold {

    private CaseFold() {}

    /**
     * Whether two chars may be equal ignoring case: false only where {@code regionMatches} ignoring
     * case tells them apart. For chars of no surrogate pair it is that method's own rule (equal, or
     * equal in upper case, or equal in the lower case of their upper case); a surrogate may be half
     * of a pair, which the method reads as one code point, so it may always match.
     */
    static boolean mayMatch(char a, char b) {
        if (a == b) {
            return true;
        }
        if (a < ASCII && b < ASCII) {
            return isAsciiLetter(a) && (a | CASE_BIT) == (b | CASE_BIT); // the rule, for ASCII
        }
        if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
            return true;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    /**
     * Whether {@code String.toLowerCase(Locale.ROOT)} lowers a char on its own, as
     * {@code Character.toLowerCase} does: every char but "İ" (two chars in lower case), "Σ" (whose
     * lower case depends on the letters around it) and half of a surrogate pair.
     */
    static boolean lowersAlone(char c) {
        return c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
    }

    private static final char ASCII = 128;
    /** The bit an ASCII letter differs by in upper and lower case. */
    private static final int CASE_BIT = 0x20;

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
