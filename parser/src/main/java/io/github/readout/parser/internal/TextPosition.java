package io.github.readout.parser.internal;

/**
 * Turns UTF-16 offsets of a text into 1-based line and column numbers, for diagnostics.
 * The line starts are found once, so each lookup is a binary search.
 */
public final class TextPosition {

    private final int[] lineStarts;

    /**
     * Indexes the line starts of a text whose line breaks are LF.
     *
     * @param text the text
     */
    public TextPosition(String text) {
        // By indexOf, which reads the text far faster than a loop of charAt.
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts[line++] = i + 1;
        }
    }

    /**
     * Returns the line of an offset.
     *
     * @param offset a UTF-16 offset
     * @return the line, from 1
     */
    public int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /**
     * Returns the column of an offset.
     *
     * @param offset a UTF-16 offset
     * @return the column, from 1
     */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
