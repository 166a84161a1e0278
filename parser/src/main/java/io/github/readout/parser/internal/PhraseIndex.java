package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases keyed by their tokens' lookup forms, for longest-match lookups over a
 * token list. Lookups cost at most the length of the longest phrase, whatever the index size.
 *
 * <p>A word written with a trailing {@code *} is a stem: it matches the word followed by an
 * ending of at most {@value #LONGEST_ENDING} letters, so that one entry reads every case of an
 * inflected word ("Казахстан*" reads "Казахстана", "Казахстаном"). Letters written after the
 * {@code *} complete the word's nominative ("Москв*а") and are not read. A word written in full
 * is preferred to a stem.
 *
 * @param <V> the value a phrase stands for
 */
final class PhraseIndex<V> {

    /** A phrase found in a token list: where it ends and what it stands for. */
    record Match<V>(int start, int end, V value) {}

    /** The most letters an inflectional ending after a stem has ("-ского" has five). */
    static final int LONGEST_ENDING = 5;

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        /** The stems that continue a phrase here, or null when none does. */
        Map<String, Node<V>> stems;
        V value;

        Node<V> child(Token token, boolean stem) {
            if (!stem) {
                return next.computeIfAbsent(token.key(), k -> new Node<>());
            }
            if (stems == null) {
                stems = new HashMap<>();
            }
            return stems.computeIfAbsent(token.key(), k -> new Node<>());
        }

        /** The node a word leads to: the word itself, else the longest stem it starts with. */
        Node<V> step(String key) {
            Node<V> exact = next.get(key);
            if (exact != null || stems == null) {
                return exact;
            }
            for (int length = key.length(); length >= Math.max(1, key.length() - LONGEST_ENDING); length--) {
                Node<V> stem = stems.get(key.substring(0, length));
                if (stem != null) {
                    return stem;
                }
            }
            return null;
        }
    }

    /** The node at the end of a phrase's words, made as needed. */
    private Node<V> path(String phrase) {
        List<Token> tokens = Tokenizer.tokens(phrase, 0, phrase.length());
        Node<V> node = root;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean stem = i + 1 < tokens.size() && tokens.get(i + 1).isPunctuation('*')
                    && tokens.get(i + 1).start() == token.end();
            node = node.child(token, stem);
            if (stem) {
                i++; // the '*'
                if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).start() == tokens.get(i).end()) {
                    i++; // "Москв*а": the nominative's ending, which says how the place is named, not how it is read
                }
            }
        }
        return node;
    }

    private final Node<V> root = new Node<>();

    /**
     * Adds a phrase; an existing value for the same phrase is kept.
     *
     * @param phrase the phrase as written
     * @param value what it stands for
     */
    void add(String phrase, V value) {
        if (phrase.isBlank()) {
            return;
        }
        Node<V> node = path(phrase);
        if (node.value == null) {
            node.value = value;
        }
    }

    /** Adds a phrase, replacing any value it had. */
    void put(String phrase, V value) {
        path(phrase).value = value;
    }

    /**
     * Finds the longest phrase that starts at a token.
     *
     * @param tokens the tokens
     * @param start where the phrase must start
     * @return the match, or null when no phrase starts there
     */
    Match<V> longest(List<Token> tokens, int start) {
        Node<V> node = root;
        int bestEnd = -1;
        V bestValue = null;
        for (int i = start; i < tokens.size(); i++) {
            node = node.step(tokens.get(i).key());
            if (node == null) {
                break;
            }
            if (node.value != null) {
                bestEnd = i + 1;
                bestValue = node.value;
            }
        }
        return bestValue == null ? null : new Match<>(start, bestEnd, bestValue);
    }

    /**
     * Finds every phrase in a token list, left to right, longest first, without overlaps.
     *
     * @param tokens the tokens
     * @return the matches, in order
     */
    List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> match = longest(tokens, i);
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return matches;
    }
}
