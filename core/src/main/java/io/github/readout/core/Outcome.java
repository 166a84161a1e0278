package io.github.readout.core;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Something a meeting agreed, decided, signed or confirmed, as the release states it.
 *
 * <pre>{@code
 * meeting.outcomes().forEach(o -> System.out.println(o.text()));
 * // the parties agreed to hold a regular meeting of the Enhanced Strategic Partnership Dialogue in 2025 in Astana
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public abstract class Outcome {

    Outcome() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableOutcome.Builder builder() {
        return ImmutableOutcome.builder();
    }

    /**
     * Returns the outcome as stated, starting with who agreed.
     *
     * @return the text, such as {@code "the parties agreed to hold a regular meeting in 2025"}
     */
    public abstract String text();

    /**
     * Returns where the outcome is stated in the release text.
     *
     * @return the span the outcome was read from
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("outcome.text", text());
    }
}
