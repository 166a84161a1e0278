package io.github.readout.core;

/**
 * Finds spans in a text by the words they stand for, so that tests never hard-code offsets.
 * Each lookup fails loudly when the words are missing or, for {@link #of}, ambiguous.
 */
final class Words {

    private final String text;

    Words(String text) {
        this.text = text;
    }

    /** The span of words that occur exactly once in the text. */
    Span of(String words) {
        int start = find(words, 0);
        if (text.indexOf(words, start + 1) >= 0) {
            throw new IllegalStateException("'" + words + "' occurs more than once; use after(...)");
        }
        return Span.of(start, start + words.length());
    }

    /** The span of the first occurrence of words after the first occurrence of a context. */
    Span after(String context, String words) {
        int start = find(words, find(context, 0));
        return Span.of(start, start + words.length());
    }

    /** The span from the (unique) first words to the end of the next occurrence of the last words. */
    Span from(String first, String last) {
        int start = of(first).start();
        int end = find(last, start) + last.length();
        return Span.of(start, end);
    }

    private int find(String words, int from) {
        int at = text.indexOf(words, from);
        if (at < 0) {
            throw new IllegalStateException("'" + words + "' not found in the text after offset " + from);
        }
        return at;
    }
}
