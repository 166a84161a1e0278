package io.github.readout.parser.internal;

import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The segment stage: cuts the body into blocks separated by blank lines (however many, and
 * however much white space, no-break spaces included, they hold). Each block is trimmed of
 * surrounding white space. Copy hard-wrapped with a blank line after each line stays one block
 * where a long line ends mid-sentence and the next goes on in lower case, or, once such copy shows its
 * width, where a line that fills it ends mid-sentence.
 */
public final class Segmenter {

    private Segmenter() {}

    /**
     * Finds the blocks of a text.
     *
     * @param text the body text, with LF line breaks
     * @return the blocks, in order
     */
    public static List<Span> blocks(String text) {
        return blocks(text, Integer.MAX_VALUE);
    }

    /**
     * Finds the first blocks of a text, stopping once more than {@code limit} are found.
     *
     * @param text the body text, with LF line breaks
     * @param limit the most blocks wanted
     * @return the blocks, in order: at most {@code limit + 1}, so that a caller can tell the
     *     text had more than {@code limit}
     */
    public static List<Span> blocks(String text, int limit) {
        List<Span> blocks = new ArrayList<>();
        int blockStart = -1;
        int lastContentEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length() && blocks.size() <= limit) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int contentStart = lineStart;
            while (contentStart < lineEnd && isSpace(text.charAt(contentStart))) {
                contentStart++;
            }
            if (contentStart == lineEnd) {
                if (blockStart >= 0) {
                    blocks.add(Span.of(blockStart, lastContentEnd));
                    blockStart = -1;
                }
            } else {
                if (blockStart < 0) {
                    blockStart = contentStart;
                }
                int contentEnd = lineEnd;
                while (isSpace(text.charAt(contentEnd - 1))) {
                    contentEnd--;
                }
                lastContentEnd = contentEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (blockStart >= 0 && blocks.size() <= limit) {
            blocks.add(Span.of(blockStart, lastContentEnd));
        }
        return joinedWhereWrapped(text, blocks);
    }

    /** The fewest characters of a line that a hard wrap ends: shorter lines are headings, labels and chrome. */
    private static final int WRAPPED_LINE = 30;

    /**
     * "the two sides went over the plans they\n\nhad agreed on …": copy wrapped with a blank line after each line
     * goes on in the next block when a long line ends in a word or a comma and the next opens in lower case, or
     * with a weekday and a word in lower case ("Paul Reed\n\nFriday called on …").
     */
    private static List<Span> joinedWhereWrapped(String text, List<Span> blocks) {
        int width = wrapWidth(text, blocks);
        List<Span> joined = new ArrayList<>(blocks.size());
        for (Span block : blocks) {
            int last = joined.size() - 1;
            if (last >= 0 && endsWrapped(text, joined.get(last))
                    && (goesOn(text, block) || width > 0 && fillsTheWidth(text, joined.get(last), width))) {
                joined.set(last, Span.of(joined.get(last).start(), block.end()));
            } else {
                joined.add(block);
            }
        }
        return joined;
    }

    /** How many blocks must go on in lower case after a long line before the text counts as wrapped at a width. */
    private static final int WRAPS_SEEN = 2;

    /** How much shorter than the width a wrapped line may be: the next word did not fit. */
    private static final int WRAP_SLACK = 15;

    /**
     * The width a text is hard-wrapped at, with a blank line after each line, or 0: the longest last line of
     * the blocks that go on in lower case, once {@link #WRAPS_SEEN} do. In such copy a line wrapped before a
     * capitalised word ("… between Pakistan and\n\nPeru, …") goes on too, when it fills the width.
     */
    private static int wrapWidth(String text, List<Span> blocks) {
        int wraps = 0;
        int width = 0;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (endsWrapped(text, blocks.get(i)) && goesOn(text, blocks.get(i + 1))) {
                wraps++;
                width = Math.max(width, lastLineLength(text, blocks.get(i)));
            }
        }
        return wraps >= WRAPS_SEEN ? width : 0;
    }

    private static boolean fillsTheWidth(String text, Span block, int width) {
        return lastLineLength(text, block) >= width - WRAP_SLACK;
    }

    private static int lastLineLength(String text, Span block) {
        return block.end() - Math.max(block.start(), text.lastIndexOf('\n', block.end() - 1) + 1);
    }

    private static boolean endsWrapped(String text, Span block) {
        int lineStart = text.lastIndexOf('\n', block.end() - 1) + 1;
        return SentenceSplitter.stopsMidSentence(text, Math.max(lineStart, block.start()), block.end(), WRAPPED_LINE);
    }

    private static boolean goesOn(String text, Span block) {
        return Character.isLowerCase(text.charAt(block.start()))
                || SentenceSplitter.opensWithWeekdayAndVerb(text, block.start(), block.end());
    }

    /** White space, the no-break spaces that scraped pages put on "empty" lines included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
