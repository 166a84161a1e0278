package io.github.readout.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A date as a text gives it: the words ("last September"), where they are, and the calendar value
 * they stand for once resolved.
 *
 * <p>A relative date ("yesterday", "next year") is resolved against an anchor, usually the
 * release's publication date. Without an anchor its {@link #value()} is empty and only its text
 * and span remain.
 *
 * <pre>{@code
 * for (Event e : release.related()) {
 *     e.date().ifPresent(d -> System.out.println(
 *             d.text() + " -> " + d.value().map(DateValue::toString).orElse("unresolved")));
 * }
 * // last September -> 2023-09   (anchored at the release's date, 2024-06-04)
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableDateRef.class)
@JsonDeserialize(as = ImmutableDateRef.class)
@JsonPropertyOrder({"value", "precision", "text", "span", "anchor"})
public abstract class DateRef {

    DateRef() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableDateRef.Builder builder() {
        return ImmutableDateRef.builder();
    }

    /**
     * Returns the calendar value, with the precision the text gives.
     *
     * @return the value, or empty when the text could not be resolved
     */
    public abstract Optional<DateValue> value();

    /**
     * Returns the words the date was read from.
     *
     * @return the text, such as {@code "last September"}
     */
    public abstract String text();

    /**
     * Returns where the date's words are in the release text.
     *
     * @return the span of {@link #text()}
     */
    public abstract Span span();

    /**
     * Returns the day a relative date was resolved against.
     *
     * @return the anchor, or empty for an absolute date or an unresolved one; its year is between
     *     0000 and 9999, as in every {@link DateValue}
     */
    public abstract Optional<LocalDate> anchor();

    @Value.Check
    final void check() {
        anchor().ifPresent(day -> Checks.fourDigitYear("anchor", day));
    }

    /**
     * Returns the precision of the value.
     *
     * <p>The JSON form writes it beside the value ({@code "precision": "MONTH"}), so that no reader
     * has to infer it from the length of the ISO string. It is never read back: the value's ISO
     * form decides it, and JSON without it (the earlier form) reads the same.
     *
     * @return the value's precision, or empty when there is no value
     */
    @JsonProperty(value = "precision", access = JsonProperty.Access.READ_ONLY)
    public final Optional<DatePrecision> precision() {
        return value().map(DateValue::precision);
    }
}
