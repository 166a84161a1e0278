package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * Finds the people a sentence names, as its language writes names and titles: in English a name
 * is written the same wherever it stands; in Russian it takes the case of its place.
 */
interface PersonReader {

    /** One way to read a name written without a title: the name as a list gives it, and its words' lookup forms. */
    record NameReading(String name, List<String> words) {}

    /** Finds the titled and honoured mentions of people in a sentence. */
    List<Mention> find(String text, List<Token> tokens, int sentence);

    /** The people a page names in its bylines and credits. */
    List<Mention> bylines(String text);

    /** A capitalised word that no lexicon claims. */
    boolean isNameWord(List<Token> tokens, int at);

    /** A word of a name: a name word, an initial, particle or numeral after one. */
    boolean isNamePart(List<Token> tokens, int at, int floor);

    /**
     * The country of the side a name leads or speaks for, as the words before it tell ("The Kazakh delegation
     * was headed by", "a US delegation led by"), or empty.
     *
     * @param tokens the sentence's tokens
     * @param first the name's first token
     * @return the side's country
     */
    default Optional<CountryCode> sideOf(List<Token> tokens, int first) {
        return Optional.empty();
    }

    /**
     * The office written in brackets that open at a token, after a name ("Tom Hale (Defence Secretary)"),
     * or empty; a reader that reads no such offices gives none.
     *
     * @param text the text
     * @param tokens the sentence's tokens
     * @param open the token that may open the brackets
     * @return the office as written
     */
    default Optional<String> officeInBrackets(String text, List<Token> tokens, int open) {
        return Optional.empty();
    }

    /**
     * The readings of a name written without a title in [from, to), the likeliest first.
     *
     * @param text the text
     * @param tokens the sentence's tokens
     * @param from the name's first token
     * @param to the token after it
     * @return at least one reading
     */
    default List<NameReading> readings(String text, List<Token> tokens, int from, int to) {
        // A name of one or two words, most names, is kept in a list of its own, not copied from another.
        List<String> words = to - from == 1 ? List.of(tokens.get(from).key())
                : to - from == 2 ? List.of(tokens.get(from).key(), tokens.get(from + 1).key()) : keys(tokens, from, to);
        return List.of(new NameReading(Span.of(tokens.get(from).start(), tokens.get(to - 1).end()).cut(text), words));
    }

    private static List<String> keys(List<Token> tokens, int from, int to) {
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = tokens.get(k).key();
        }
        return List.of(words);
    }
}
