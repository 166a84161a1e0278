package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which phrase indexes of a language pack have a phrase that starts with a word, noted on the
 * word when first asked. Every stage looks tokens up in the pack's lexicons and in more than a
 * hundred cue indexes, and most lookups find no phrase starting at the token (seven in eight over
 * the test corpus): the note answers those with a bit test, where each was a hash lookup in the
 * index. A word shared by many tokens and parses (see {@link Tokenizer}) is noted once.
 */
final class FirstWords {

    /**
     * What a pack's indexes say about a word's first step.
     *
     * @param owner the record of the pack the note is for: a word read by another pack's parser
     *     is noted again for it
     * @param starts bit {@code i} set when index {@code i} has a phrase that starts with the word; one
     *     long per 64 indexes of the pack, every note alike, so that a test reads it with no length check
     * @param steps by the rank of an index's bit among the bits set, the node the word leads to from that
     *     index's root, null until first asked: a word that starts a phrase was looked up in the root's
     *     table once more after the bit test, a probe that missed the cache as often as not
     */
    record Note(FirstWords owner, long[] starts, Object[] steps) {}

    /** The steps of a word that starts no phrase. */
    private static final Object[] NO_STEPS = new Object[0];

    /** The bits of a word that starts no phrase, shared by the notes of such words. */
    private final long[] none;

    private final List<PhraseIndex<?>> indexes;
    /** By key, the indexes with a phrase whose first word is written in full as that key. */
    private final Map<String, long[]> exact = new HashMap<>();
    /** The indexes with a phrase whose first word is a stem ("Казахстан*"). */
    private final List<Integer> withStems = new ArrayList<>();

    /**
     * Numbers the indexes and reads their first words; the indexes must be complete.
     *
     * @param indexes the pack's indexes
     */
    FirstWords(List<PhraseIndex<?>> indexes) {
        this.indexes = List.copyOf(indexes);
        int words = (indexes.size() + Long.SIZE - 1) / Long.SIZE;
        this.none = new long[words];
        for (int i = 0; i < indexes.size(); i++) {
            PhraseIndex<?> index = indexes.get(i);
            index.numbered(this, i);
            // Plain calls: with computeIfAbsent and a lambda this took a cold parser 6 ms of CPU, not 3.
            for (String key : index.firstKeys()) {
                long[] starts = exact.get(key);
                if (starts == null) {
                    starts = new long[words];
                    exact.put(key, starts);
                }
                starts[i / Long.SIZE] |= 1L << i;
            }
            if (index.hasFirstStems()) {
                withStems.add(i);
            }
        }
    }

    /**
     * The node a word leads to from the root of an index, as the index's first step finds it, kept on
     * the word's note once found; null when no phrase of the index starts with the word.
     *
     * @param word the word
     * @param at which long of a note holds the index's bit ({@link #longOf})
     * @param bit the index's bit in that long ({@link #bitOf})
     * @param index the index's number
     * @return the node, or null
     */
    Object firstStep(Token.Word word, int at, long bit, int index) {
        Note note = note(word);
        long[] starts = note.starts();
        if ((starts[at] & bit) == 0) {
            return null;
        }
        int rank = Long.bitCount(starts[at] & (bit - 1));
        for (int k = 0; k < at; k++) {
            rank += Long.bitCount(starts[k]);
        }
        Object step = note.steps()[rank];
        if (step == null) {
            // A race finds the same node twice; the index is complete, so the node is the same one.
            step = indexes.get(index).rootStep(word);
            note.steps()[rank] = step;
        }
        return step;
    }

    private Note note(Token.Word word) {
        Note note = word.firstWords;
        if (note == null || note.owner() != this) {
            long[] starts = starts(word.key());
            int count = 0;
            for (long each : starts) {
                count += Long.bitCount(each);
            }
            note = new Note(this, starts, count == 0 ? NO_STEPS : new Object[count]);
            word.firstWords = note;
        }
        return note;
    }

    /** Which long of a note holds the bit of an index. */
    static int longOf(int index) {
        return index / Long.SIZE;
    }

    /** The bit of an index in its long of a note. */
    static long bitOf(int index) {
        return 1L << index;
    }

    /** The indexes a key starts a phrase of, read from the indexes themselves. */
    private long[] starts(String key) {
        long[] starts = exact.getOrDefault(key, none);
        boolean shared = true;
        for (int w = 0; w < withStems.size(); w++) { // by index: no iterator for each word looked up
            int i = withStems.get(w);
            if (!has(starts, i) && indexes.get(i).startsWithStem(key)) {
                if (shared) {
                    // The arrays of the map are shared by the notes of their keys: a stem adds to a copy.
                    starts = starts.clone();
                    shared = false;
                }
                starts[i / Long.SIZE] |= 1L << i;
            }
        }
        return starts;
    }

    private static boolean has(long[] starts, int index) {
        int at = index / Long.SIZE;
        return at < starts.length && (starts[at] & (1L << index)) != 0;
    }
}
