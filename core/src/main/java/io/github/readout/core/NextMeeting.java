package io.github.readout.core;

import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A follow-up that the parties planned: when and where the next meeting is to take place.
 *
 * <pre>{@code
 * meeting.next().ifPresent(next -> System.out.println(
 *         next.date().flatMap(DateRef::value).map(DateValue::toString).orElse("?") + " in "
 *         + next.location().map(Place::name).orElse("?")));
 * // 2025 in Astana
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableNextMeeting.class)
@JsonDeserialize(as = ImmutableNextMeeting.class)
public abstract class NextMeeting {

    NextMeeting() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableNextMeeting.Builder builder() {
        return ImmutableNextMeeting.builder();
    }

    /**
     * Returns when the next meeting is to take place.
     *
     * @return the date, or empty when the text does not say
     */
    public abstract Optional<DateRef> date();

    /**
     * Returns where the next meeting is to take place.
     *
     * @return the place, or empty when the text does not say
     */
    public abstract Optional<Place> location();

    /**
     * Returns the words that announce the next meeting.
     *
     * @return the span of the announcement
     */
    public abstract Span span();
}
