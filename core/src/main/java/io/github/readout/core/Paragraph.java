package io.github.readout.core;

import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A paragraph of the release body and the sentences it holds. */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
public abstract class Paragraph {

    Paragraph() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableParagraph.Builder builder() {
        return ImmutableParagraph.builder();
    }

    /**
     * Returns where the paragraph is in the release text.
     *
     * @return the span of the paragraph, without surrounding blank lines
     */
    public abstract Span span();

    /**
     * Returns the sentences of the paragraph, in order.
     *
     * @return the spans of the sentences, each inside {@link #span()}
     */
    public abstract List<Span> sentences();

    @Value.Check
    final void check() {
        int previousEnd = span().start();
        for (int i = 0; i < sentences().size(); i++) {
            Span sentence = sentences().get(i);
            if (sentence.start() < previousEnd || sentence.end() > span().end()) {
                throw new IllegalArgumentException("paragraph.sentences[" + i + "]: " + sentence
                        + " must lie inside the paragraph " + span() + " after the sentence before it");
            }
            previousEnd = sentence.end();
        }
    }
}
