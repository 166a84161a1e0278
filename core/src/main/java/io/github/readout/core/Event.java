package io.github.readout.core;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Another event a release refers to: an earlier visit, a past summit, a planned conference.
 *
 * <pre>{@code
 * for (Event e : release.related()) {
 *     System.out.println(e.kind() + " " + e.name().orElse("") + " "
 *             + e.date().flatMap(DateRef::value).map(DateValue::toString).orElse(""));
 * }
 * // SUMMIT C5+1 Presidential Summit 2023-09   (in the seed release)
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public abstract class Event {

    Event() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableEvent.Builder builder() {
        return ImmutableEvent.builder();
    }

    /**
     * Returns the kind of event.
     *
     * @return the kind
     */
    public abstract MeetingKind kind();

    /**
     * Returns the name of the event.
     *
     * @return the name, such as {@code "C5+1 Presidential Summit"}, or empty
     */
    public abstract Optional<String> name();

    /**
     * Returns when the event took place or is to take place.
     *
     * @return the date, or empty when the release does not say
     */
    public abstract Optional<DateRef> date();

    /**
     * Returns where the event took place or is to take place.
     *
     * @return the place, or empty when the release does not say
     */
    public abstract Optional<Place> location();

    /**
     * Returns who took part, in order of first mention.
     *
     * @return the participants
     */
    public abstract List<Person> participants();

    /**
     * Returns the words that refer to the event.
     *
     * @return the span of the reference
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        name().ifPresent(n -> Checks.notBlank("event.name", n));
    }
}
