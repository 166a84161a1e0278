package io.github.readout.parser.internal;

import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The segment stage: cuts the body into blocks separated by blank lines (however many, and
 * however much white space, no-break spaces included, they hold). Each block is trimmed of
 * surrounding white space.
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
        return blocks;
    }

    /** White space, the no-break spaces that scraped pages put on "empty" lines included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
