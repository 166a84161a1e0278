package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One pass for many strings: each answer must be what a search for each string one by one gives. */
class SubstringSetTest {

    private static LowerPart part(String text) {
        return new LowerPart(text, 0, text.length());
    }

    @Test
    void findsTheFirstStartOfEachStringInItsOrder() {
        SubstringSet set = new SubstringSet(List.of(" discussed ", "cuss", " talks ", "ss"));

        int[] starts = set.firstStarts(part("they discussed trade and discussed energy"), new int[set.size()]);

        assertThat(starts).containsExactly(4, 8, -1, 10);
    }

    @Test
    void theLeftmostStartIsTheLeastOfTheStringsStarts() {
        SubstringSet set = new SubstringSet(List.of(". ", "; ", ", and "));

        assertThat(set.leftmost(part("trade, energy; and water, and more. end"), 0)).isEqualTo(13);
        assertThat(set.leftmost(part("trade, energy; and water, and more. end"), 14)).isEqualTo(24);
        assertThat(set.leftmost(part("no stop here"), 0)).isEqualTo(-1);
    }

    @Test
    void aSearchStaysInsideItsPart() {
        String text = "before. inside the part. after";
        SubstringSet set = new SubstringSet(List.of(". ", "after"));

        LowerPart inside = new LowerPart(text, 8, 23); // "inside the part"

        assertThat(set.foundIn(inside)).isFalse();
        assertThat(set.leftmost(new LowerPart(text, 8, 25), 0)).isEqualTo(15);
    }

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> strings = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                strings.add(randomText(random, 1 + random.nextInt(4)));
            }
            SubstringSet set = new SubstringSet(strings);
            String text = randomText(random, random.nextInt(60));
            LowerPart part = part(text);
            int from = random.nextInt(text.length() + 1);
            int leftmost = -1;
            for (int i = 0; i < strings.size(); i++) {
                assertThat(set.firstStarts(part, new int[strings.size()])[i]).as("%s in %s", strings.get(i), text)
                        .isEqualTo(text.indexOf(strings.get(i)));
                int at = text.indexOf(strings.get(i), from);
                leftmost = at >= 0 && (leftmost < 0 || at < leftmost) ? at : leftmost;
            }
            assertThat(set.leftmost(part, from)).as("%s in %s from %d", strings, text, from).isEqualTo(leftmost);
            assertThat(set.foundIn(part)).isEqualTo(strings.stream().anyMatch(text::contains));
        }
    }

    @Test
    void anEmptyStringIsRefused() {
        assertThatThrownBy(() -> new SubstringSet(List.of("a", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("string 1");
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // a Cyrillic letter and one past the root's table among Latin ones
            text.append("abа\u4e2d ".charAt(random.nextInt(5)));
        }
        return text.toString();
    }
}
