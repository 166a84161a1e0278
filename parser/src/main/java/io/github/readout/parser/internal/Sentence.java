package io.github.readout.parser.internal;

import io.github.readout.core.MeetingKind;
import io.github.readout.core.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sentence of the prose with what the entity and date stages found in it.
 *
 * @param index its position among the release's sentences
 * @param paragraph the index of its paragraph
 * @param span where it is
 * @param tokens its tokens
 * @param mentions the people it names
 * @param dates the dates it gives
 * @param places the places it names
 * @param triggers the words that report meetings
 * @param keys the lookup keys of its tokens
 */
record Sentence(
        int index,
        int paragraph,
        Span span,
        List<Token> tokens,
        List<Mention> mentions,
        List<DateFinder.Found> dates,
        List<PlaceFinder.Found> places,
        List<PhraseIndex.Match<MeetingKind>> triggers,
        Set<String> keys) {

    /** The first word of each phrase asked for; the phrases are constants of the rules. */
    private static final Map<String, String> FIRST_WORDS = new ConcurrentHashMap<>();

    private static String firstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** The set of the tokens' lookup keys, for a quick "no" before a phrase search. */
    static Set<String> keysOf(List<Token> tokens) {
        Set<String> keys = new HashSet<>(tokens.size() * 2);
        for (Token token : tokens) {
            keys.add(token.key());
        }
        return keys;
    }

    /**
     * Whether the sentence holds a phrase of whole words, given in lookup form with single
     * spaces: consecutive tokens whose keys are the phrase's words. Compares in place, without
     * building strings.
     */
    boolean has(String phrase) {
        if (!keys.contains(FIRST_WORDS.computeIfAbsent(phrase, Sentence::firstWord))) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (hasAt(phrase, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAt(String phrase, int first) {
        int at = 0;
        for (int k = first; k < tokens.size(); k++) {
            String key = tokens.get(k).key();
            if (!phrase.startsWith(key, at)) {
                return false;
            }
            at += key.length();
            if (at == phrase.length()) {
                return true;
            }
            if (phrase.charAt(at) != ' ') {
                return false;
            }
            at++;
        }
        return false;
    }
}
