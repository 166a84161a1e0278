package io.github.readout.parser.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for each word in lookup form that some phrase of a pack has, shared by every pack and
 * parser: a phrase index steps from word to word by number ({@link IdTable}), and a token's word
 * is numbered once ({@link Token.Word#id}), where each step hashed the word's key and compared it
 * in a hash map, again for every index and rule that asked. Numbers are never taken back, so a
 * word's number holds for the life of the process; a word no phrase has is {@link #NONE}.
 */
final class WordIds {

    /** The number of a word no phrase of any pack has. */
    static final int NONE = -1;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    /** The words by number; grown under the class's lock, and read only below {@link #count}. */
    private static volatile String[] words = new String[1024];
    /**
     * How many words have numbers, written after the word is in {@link #IDS}: a reader that saw a
     * count finds every word numbered before it.
     */
    private static volatile int count;

    private WordIds() {}

    /** The number of a word in lookup form, or {@link #NONE} when no phrase has it. */
    static int of(String key) {
        Integer id = IDS.get(key);
        return id == null ? NONE : id;
    }

    /** The number of a word in lookup form, given a new one when no phrase had it yet. */
    static int add(String key) {
        Integer id = IDS.get(key);
        return id != null ? id : addNew(key);
    }

    private static synchronized int addNew(String key) {
        Integer known = IDS.get(key);
        if (known != null) {
            return known;
        }
        int id = count;
        if (id == words.length) {
            words = Arrays.copyOf(words, id * 2);
        }
        words[id] = key;
        IDS.put(key, id);
        count = id + 1;
        return id;
    }

    /** How many words have numbers: a word found in none of them may have one once this grows. */
    static int count() {
        return count;
    }

    /** The word in lookup form that has a number. */
    static String key(int id) {
        return words[id];
    }
}
