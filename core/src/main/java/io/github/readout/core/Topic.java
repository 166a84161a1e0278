package io.github.readout.core;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A subject a meeting discussed, such as "energy" or "critical minerals".
 *
 * <pre>{@code
 * List<String> labels = meeting.topics().stream().map(Topic::label).collect(Collectors.toList());
 * // [political cooperation, economic cooperation, human dimension]   (the seed release)
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableTopic.class)
@JsonDeserialize(as = ImmutableTopic.class)
public abstract class Topic {

    Topic() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableTopic.Builder builder() {
        return ImmutableTopic.builder();
    }

    /**
     * Returns a short label for the topic.
     *
     * @return the label, such as {@code "critical minerals"}
     */
    public abstract String label();

    /**
     * Returns where the topic is named in the release text.
     *
     * @return the span the label was read from
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("topic.label", label());
    }
}
