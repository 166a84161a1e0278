package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed list of strings, all searched for in one pass over a text (an Aho–Corasick automaton).
 * A stage that asked {@link LowerPart#indexOf} of each of fifty cue phrases read each sentence fifty
 * times; this reads it once, whatever the number of phrases, and answers what those searches did.
 */
final class SubstringSet {

    /** By state, the letters that lead on from it, sorted, and the states they lead to. */
    private final char[][] letters;
    private final int[][] targets;
    /** By state, the state of the longest proper suffix of its string that is a state too. */
    private final int[] fallback;
    /** By state, the strings that end there, itself or by a suffix, as numbers in the list; none often. */
    private final int[][] ending;
    private final int[] lengths;
    private final int longest;
    /**
     * The automaton as a table: by state and letter class, the state a letter leads to, fallbacks and
     * all. Each letter of a text was a binary search of a state's letters, and of its fallbacks' too
     * where the state had none for it; the three sets of the topic reader read every sentence.
     */
    private final int[] moves;
    /** How many letter classes a row of {@link #moves} has: one per letter of the strings, and class 0 for the rest. */
    private final int width;
    /** By char below {@link #LOW_LETTERS}, its letter class: the Latin and Cyrillic letters every text is written in. */
    private final char[] lowClasses = new char[LOW_LETTERS];
    /** The strings' letters from {@link #LOW_LETTERS} up, sorted: a letter's class is its index here plus {@link #highBase}. */
    private final char[] highLetters;
    private final int highBase;
    private static final int LOW_LETTERS = 0x500;

    /**
     * @param strings the strings, none empty; their numbers are their places in this list
     */
    SubstringSet(List<String> strings) {
        Trie trie = new Trie();
        lengths = new int[strings.size()];
        int most = 0;
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("an empty string is found everywhere; string " + i);
            }
            trie.add(s, i);
            lengths[i] = s.length();
            most = Math.max(most, s.length());
        }
        longest = most;
        int states = trie.children.size();
        letters = new char[states][];
        targets = new int[states][];
        for (int state = 0; state < states; state++) {
            trie.write(state, letters, targets);
        }
        fallback = new int[states];
        ending = trie.ends.toArray(new int[0][]);
        int[] order = linkFallbacks();
        java.util.SortedSet<Character> alphabet = trie.alphabet();
        int low = 1;
        for (char letter : alphabet.headSet((char) LOW_LETTERS)) {
            lowClasses[letter] = (char) low++;
        }
        highBase = low;
        highLetters = new char[alphabet.size() - (low - 1)];
        int high = 0;
        for (char letter : alphabet.tailSet((char) LOW_LETTERS)) {
            highLetters[high++] = letter;
        }
        width = alphabet.size() + 1;
        moves = movesInOrder(order);
    }

    /** The table of moves, filled state by state in breadth-first order: a state's fallback row is filled before its own. */
    private int[] movesInOrder(int[] order) {
        int[] table = new int[letters.length * width];
        for (int state : order) {
            int row = state * width;
            if (state != 0) {
                System.arraycopy(table, fallback[state] * width, table, row, width);
            }
            for (int k = 0; k < letters[state].length; k++) {
                table[row + classOf(letters[state][k])] = targets[state][k];
            }
        }
        return table;
    }

    /** The class of a letter in {@link #moves}: 0 for a letter no string has. */
    private int classOf(char letter) {
        if (letter < LOW_LETTERS) {
            return lowClasses[letter];
        }
        int found = Arrays.binarySearch(highLetters, letter);
        return found < 0 ? 0 : highBase + found;
    }

    /**
     * Where each string first occurs in a part, as {@link LowerPart#indexOf(String)} of each would say.
     *
     * @param part the part
     * @param first by string number, set to the offset of its first occurrence, or -1; an array of at
     *     least as many ints as strings, which a caller keeps for all the sentences of a text
     * @return the array given
     */
    int[] firstStarts(LowerPart part, int[] first) {
        Arrays.fill(first, 0, lengths.length, -1);
        int state = 0;
        for (int i = 0, n = part.length(); i < n; i++) {
            state = next(state, part.charAt(i));
            for (int string : ending[state]) {
                if (first[string] < 0) {
                    first[string] = i + 1 - lengths[string];
                }
            }
        }
        return first;
    }

    /**
     * Where the first occurrence of any of the strings starts at or after an offset of a part: the
     * least of {@link LowerPart#indexOf(String, int)} over the strings.
     *
     * @param part the part
     * @param from where to start looking
     * @return the offset, or -1 when none of the strings occurs there
     */
    int leftmost(LowerPart part, int from) {
        int best = -1;
        int state = 0;
        for (int i = Math.max(from, 0), n = part.length(); i < n; i++) {
            if (best >= 0 && i - longest >= best) {
                break; // a string ending here or later would start after the one found
            }
            state = next(state, part.charAt(i));
            for (int string : ending[state]) {
                int start = i + 1 - lengths[string];
                if (best < 0 || start < best) {
                    best = start;
                }
            }
        }
        return best;
    }

    /** Whether any of the strings occurs in a part. */
    boolean foundIn(LowerPart part) {
        int state = 0;
        for (int i = 0, n = part.length(); i < n; i++) {
            state = next(state, part.charAt(i));
            if (ending[state].length > 0) {
                return true;
            }
        }
        return false;
    }

    /** How many strings the set has: the length of the array {@link #firstStarts} fills. */
    int size() {
        return lengths.length;
    }

    private int next(int state, char letter) {
        return moves[state * width + classOf(letter)];
    }

    /** {@link #next} as the trie and the fallbacks linked so far tell it, while the table is not made. */
    private int follow(int state, char letter) {
        int at = state;
        while (true) {
            int found = Arrays.binarySearch(letters[at], letter);
            if (found >= 0) {
                return targets[at][found];
            }
            if (at == 0) {
                return 0;
            }
            at = fallback[at];
        }
    }

    /**
     * Links each state to its fallback, breadth first, and adds the strings its fallback ends.
     *
     * @return the states in that order, the root first
     */
    private int[] linkFallbacks() {
        int[] queue = new int[letters.length];
        int head = 1;
        int tail = 1;
        for (int child : targets[0]) {
            queue[tail++] = child; // the fallback of a state one letter deep is the root
        }
        while (head < tail) {
            int state = queue[head++];
            for (int k = 0; k < letters[state].length; k++) {
                int child = targets[state][k];
                int back = fallback[state];
                int link = follow(back, letters[state][k]);
                fallback[child] = link;
                ending[child] = joined(ending[child], ending[link]);
                queue[tail++] = child;
            }
        }
        return queue;
    }

    private static int[] joined(int[] own, int[] more) {
        if (more.length == 0) {
            return own;
        }
        int[] both = Arrays.copyOf(own, own.length + more.length);
        System.arraycopy(more, 0, both, own.length, more.length);
        return both;
    }

    /** The automaton's states as they are added, before they are linked: how a state goes on, by letter. */
    private static final class Trie {
        final List<TreeMap<Character, Integer>> children = new ArrayList<>(List.of(new TreeMap<>()));
        final List<int[]> ends = new ArrayList<>(List.of(new int[0]));

        void add(String s, int number) {
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                Integer child = children.get(state).get(s.charAt(i));
                if (child == null) {
                    child = children.size();
                    children.add(new TreeMap<>());
                    ends.add(new int[0]);
                    children.get(state).put(s.charAt(i), child);
                }
                state = child;
            }
            ends.set(state, joined(ends.get(state), new int[] {number}));
        }

        /** The letters of the strings, each once, in order. */
        java.util.SortedSet<Character> alphabet() {
            java.util.SortedSet<Character> alphabet = new java.util.TreeSet<>();
            for (TreeMap<Character, Integer> next : children) {
                alphabet.addAll(next.keySet());
            }
            return alphabet;
        }

        /** Writes how a state goes on as the automaton keeps it: its letters, sorted, and their states. */
        void write(int state, char[][] letters, int[][] targets) {
            TreeMap<Character, Integer> next = children.get(state);
            letters[state] = new char[next.size()];
            targets[state] = new int[next.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> step : next.entrySet()) {
                letters[state][k] = step.getKey();
                targets[state][k++] = step.getValue();
            }
        }
    }
}
