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
 * @param words the sentence as written and in lower case, cut when a rule first reads them
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
        Words words) {

    /**
     * Whether a token lies in a person's mention, office included: the body in "Senior Director of the
     * National Security Council Jane Porter" is where she serves, not a gathering.
     */
    boolean inPersonMention(int token) {
        // By index, as the stages walk a sentence's mentions and meeting words: no iterator for each call.
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.first() <= token && token < mention.end()) {
                return true;
            }
        }
        return false;
    }

    /** The sentence as written, cut once for the rules that read words in context. */
    String text() {
        return words.text();
    }

    /** {@link #text} in lower case char for char, so that its offsets are the text's, read in place. */
    LowerPart lower() {
        return words.lower();
    }

    /**
     * The last char of the sentence that is not white space, or -1 when it has none: what
     * {@code text().strip()} ends with, without the copies.
     */
    int lastVisibleChar() {
        return words.lastVisibleChar();
    }

    /**
     * The text of a sentence, cut from the release and lower-cased when first asked for: most
     * sentences are read only by their tokens, and these two copies of every sentence were a
     * fifth of what a parse allocated. Two are equal when their texts are, as the strings were.
     * Reads from several threads at worst cut the same text twice.
     */
    static final class Words {
        private final BodyText release;
        private final Span span;
        private String text;
        private LowerPart lower;

        Words(BodyText release, Span span) {
            this.release = release;
            this.span = span;
        }

        String text() {
            String cut = text;
            if (cut == null) {
                cut = span.cut(release.text());
                text = cut;
            }
            return cut;
        }

        LowerPart lower() {
            LowerPart part = lower;
            if (part == null) {
                part = release.lowerPartSameLength(span.start(), span.end());
                lower = part;
            }
            return part;
        }

        int lastVisibleChar() {
            String whole = release.text();
            // White space is all in the Basic Multilingual Plane: half a surrogate pair is no white space.
            for (int i = span.end() - 1; i >= span.start(); i--) {
                if (!Character.isWhitespace(whole.charAt(i))) {
                    return whole.charAt(i);
                }
            }
            return -1;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Words words && text().equals(words.text());
        }

        @Override
        public int hashCode() {
            return text().hashCode();
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * Whether the sentence holds a phrase of whole words, given in lookup form with single
     * spaces: consecutive tokens whose keys are the phrase's words. Compares in place, without
     * building strings.
     */
    boolean has(String phrase) {
        for (int i = 0; i < tokens.size(); i++) {
            if (hasAt(phrase, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence holds a phrase, as {@link #has(String)} does, where no mention of a person covers it. */
    boolean hasOutsideMentions(String phrase) {
        return firstOutsideMentions(phrase) >= 0;
    }

    /** The first token where the sentence holds a phrase that no mention of a person covers, or -1. */
    int firstOutsideMentions(String phrase) {
        for (int i = 0; i < tokens.size(); i++) {
            if (hasAt(phrase, i) && !inPersonMention(i)) {
                return i;
            }
        }
        return -1;
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
