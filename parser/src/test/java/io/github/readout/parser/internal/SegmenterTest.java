package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> blocks(String text) {
        List<Span> spans = Segmenter.blocks(text);
        return spans.stream().map(s -> s.cut(text)).collect(Collectors.toList());
    }

    @Test
    void oneBlankLineSeparatesBlocks() {
        assertThat(blocks("First.\n\nSecond.")).containsExactly("First.", "Second.");
    }

    @Test
    void copyWrappedWithABlankLineAfterEachLineIsOneBlock() {
        assertThat(blocks("British High Commissioner Paul Reed\n\nFriday called on the minister. The two sides went"
                + " over the plans they had agreed\n\nto carry out this year.\n\nShare this article\n\nmore news below"))
                .containsExactly("British High Commissioner Paul Reed\n\nFriday called on the minister. The two sides went"
                        + " over the plans they had agreed\n\nto carry out this year.", "Share this article",
                        "more news below");
    }

    @Test
    void manyBlankLinesSeparateBlocksLikeOne() {
        assertThat(blocks("First.\n\n\n\n\n\nSecond.\n\n\nThird.")).containsExactly("First.", "Second.", "Third.");
    }

    @Test
    void whitespaceOnlyLinesSeparateBlocks() {
        assertThat(blocks("First.\n \t \n\t\nSecond.\n   \nThird.")).containsExactly("First.", "Second.", "Third.");
    }

    @Test
    void lineOfNonBreakingSpacesSeparatesBlocks() {
        assertThat(blocks("First.\n\u00A0\u00A0\nSecond.\n \u00A0\t\nThird."))
                .containsExactly("First.", "Second.", "Third.");
    }

    @Test
    void blocksAreTrimmedButKeepTheirInnerLineBreaks() {
        String text = "\n\n  \tFirst line\nsecond line \t\n\n\tThird line\t\n   \n";
        assertThat(blocks(text)).containsExactly("First line\nsecond line", "Third line");
    }

    @Test
    void blocksAreTrimmedOfNonBreakingSpaces() {
        assertThat(blocks("\u00A0First.\u00A0\n\nSecond.")).containsExactly("First.", "Second.");
    }

    @Test
    void tabsInsideALineAreKept() {
        assertThat(blocks("Country\tDays\nUSA\t30\n\nNext.")).containsExactly("Country\tDays\nUSA\t30", "Next.");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  A.\n\n\n B.  ";
        List<Span> spans = Segmenter.blocks(text);
        assertThat(spans).containsExactly(Span.of(2, 4), Span.of(8, 10));
    }

    @Test
    void emptyAndBlankTextHaveNoBlocks() {
        assertThat(Segmenter.blocks("")).isEmpty();
        assertThat(Segmenter.blocks("\n \n\t\n")).isEmpty();
    }

    @Test
    void textWithoutBlankLinesIsOneBlock() {
        assertThat(blocks("One line.\nAnother line.")).containsExactly("One line.\nAnother line.");
    }

    @Test
    void copyWrappedAtAWidthGoesOnBeforeACapitalisedWordWhereALineFillsTheWidth() {
        String text = "ISLAMABAD, Sep 15: Prime Minister Tariq Mehmood met the envoys of\n\n"
                + "two states on Friday and stressed the value of close ties with the\n\n"
                + "Republic of Peru and with Chile, the office said in a statement it\n\n"
                + "issued in the evening.\n\n"
                + "Peru and Chile welcomed the talks.";

        assertThat(blocks(text)).hasSize(2);
    }
}
