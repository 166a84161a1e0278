package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseFoldTest {

    /** Whether {@code regionMatches} ignoring case matches the two chars as one-char strings. */
    private static boolean regionMatches(char a, char b) {
        return String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1);
    }

    @Test
    void tellsCharsApartExactlyWhereRegionMatchesDoes() {
        // Latin, Greek, Cyrillic and the letters whose case maps leave their block (the Kelvin sign, the dotted I, the long s)
        char[] others = {'k', 'K', '\u212A', 'i', 'I', '\u0130', '\u0131', 's', 'S', '\u017F', 'µ', '\u039C', 'ÿ', '\u0178',
            'и', 'И', 'ё', 'Ё', 'ß', ' ', '@', '`', '[', '{', '’'};
        for (char a = 0; a < 0x3000; a++) {
            for (char b : others) {
                assertThat(CaseFold.mayMatch(a, b)).as("U+%04X and U+%04X", (int) a, (int) b).isEqualTo(regionMatches(a, b));
                assertThat(CaseFold.mayMatch(b, a)).as("U+%04X and U+%04X", (int) b, (int) a).isEqualTo(regionMatches(b, a));
            }
        }
    }

    @Test
    void aSurrogateMayAlwaysMatch() {
        assertThat(CaseFold.mayMatch('\uD801', 'a')).isTrue();
        assertThat(CaseFold.mayMatch('a', '\uDC00')).isTrue();
    }
}
