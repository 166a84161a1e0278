package io.github.readout.parser.internal;

/**
 * A part of a text in lower case, read in place in the lower case of the whole: what a rule that
 * searches a sentence's lower case needs, without a copy of each sentence. Offsets are the
 * part's own, as they would be in {@code lower.substring(start, end)}, and every search stays
 * within the part: a search that ran on to the end of the body would cost a long body time for
 * each sentence.
 */
final class LowerPart {

    private final String lower;
    private final int start;
    private final int end;

    /**
     * @param lower a text in lower case
     * @param start where the part starts in it
     * @param end where it ends
     */
    LowerPart(String lower, int start, int end) {
        this.lower = lower;
        this.start = start;
        this.end = end;
    }

    int length() {
        return end - start;
    }

    char charAt(int index) {
        return lower.charAt(start + index);
    }

    /** The part as a string of its own. */
    @Override
    public String toString() {
        return lower.substring(start, end);
    }

    /** As {@link String#startsWith(String, int)} on the part. */
    boolean startsWith(String phrase, int offset) {
        return offset >= 0 && offset + phrase.length() <= length() && lower.startsWith(phrase, start + offset);
    }

    boolean contains(String phrase) {
        return indexOf(phrase, 0) >= 0;
    }

    int indexOf(String phrase) {
        return indexOf(phrase, 0);
    }

    /** As {@link String#indexOf(String, int)} on the part. */
    int indexOf(String phrase, int from) {
        int first = Math.max(from, 0);
        if (phrase.isEmpty()) {
            return Math.min(first, length());
        }
        char opening = phrase.charAt(0);
        for (int i = start + first, last = end - phrase.length(); i <= last; i++) {
            if (lower.charAt(i) == opening && lower.startsWith(phrase, i)) {
                return i - start;
            }
        }
        return -1;
    }

    /** As {@link String#lastIndexOf(String, int)} on the part. */
    int lastIndexOf(String phrase, int from) {
        int at = Math.min(from, length() - phrase.length());
        for (int i = start + at; i >= start; i--) {
            if (lower.startsWith(phrase, i)) {
                return i - start;
            }
        }
        return -1;
    }
}
