package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases keyed by their tokens' lookup forms, for longest-match lookups over a
 * token list. Lookups cost at most the length of the longest phrase, whatever the index size.
 *
 * @param <V> the value a phrase stands for
 */
final class PhraseIndex<V> {

    /** A phrase found in a token list: where it ends and what it stands for. */
    record Match<V>(int start, int end, V value) {}

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    private final Node<V> root = new Node<>();

    /**
     * Adds a phrase; an existing value for the same phrase is kept.
     *
     * @param phrase the phrase as written
     * @param value what it stands for
     */
    void add(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokens(phrase, 0, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (Token token : tokens) {
            node = node.next.computeIfAbsent(token.key(), k -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** Adds a phrase, replacing any value it had. */
    void put(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokens(phrase, 0, phrase.length());
        Node<V> node = root;
        for (Token token : tokens) {
            node = node.next.computeIfAbsent(token.key(), k -> new Node<>());
        }
        node.value = value;
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
            node = node.next.get(tokens.get(i).key());
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
