package io.github.readout.parser.internal;

import io.github.readout.core.MeetingKind;
import io.github.readout.core.Span;
import java.util.List;

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
 * @param words its tokens in lookup form, each followed by a space, after a leading space
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
        String words) {

    /** Whether the sentence holds a phrase of whole words, given in lookup form. */
    boolean has(String phrase) {
        return words.contains(" " + phrase + " ");
    }

    static String words(List<Token> tokens) {
        StringBuilder out = new StringBuilder(" ");
        for (Token token : tokens) {
            out.append(token.key()).append(' ');
        }
        return out.toString();
    }
}
