package io.github.readout.core;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A meeting that a release reports: its kind, series, date, place, parties, participants,
 * topics, outcomes and the next meeting planned.
 *
 * <pre>{@code
 * Meeting m = release.meetings().get(0);
 * m.name();          // Optional[Enhanced Strategic Partnership Dialogue]
 * m.sequence();      // OptionalInt[6]
 * m.countries();     // [KZ, US]
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting {

    Meeting() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableMeeting.Builder builder() {
        return ImmutableMeeting.builder();
    }

    /**
     * Returns the kind of meeting.
     *
     * @return the kind
     */
    public abstract MeetingKind kind();

    /**
     * Returns the name of the series or forum the meeting belongs to.
     *
     * @return the name, such as {@code "Enhanced Strategic Partnership Dialogue"}, or empty
     */
    public abstract Optional<String> name();

    /**
     * Returns the abbreviation of the series name.
     *
     * @return the abbreviation, such as {@code "ESPD"}, or empty
     */
    public abstract Optional<String> abbreviation();

    /**
     * Returns the number of the meeting in its series, from "the sixth meeting".
     *
     * @return the sequence number, at least 1, or empty
     */
    public abstract OptionalInt sequence();

    /**
     * Returns when the meeting took place.
     *
     * @return the date, or empty when the release does not say
     */
    public abstract Optional<DateRef> date();

    /**
     * Returns where the meeting took place.
     *
     * @return the place, or empty when the release does not say
     */
    public abstract Optional<Place> location();

    /**
     * Returns the countries taking part, in order of first mention.
     *
     * @return the parties' countries, without international organisations
     */
    public abstract List<CountryCode> countries();

    /**
     * Returns who took part, in order of first mention.
     *
     * @return the participants
     */
    public abstract List<Person> participants();

    /**
     * Returns what was discussed.
     *
     * @return the topics, in order of mention
     */
    public abstract List<Topic> topics();

    /**
     * Returns what was agreed, decided, signed or confirmed.
     *
     * @return the outcomes, in order of mention
     */
    public abstract List<Outcome> outcomes();

    /**
     * Returns the follow-up meeting the parties planned.
     *
     * @return the next meeting, or empty
     */
    public abstract Optional<NextMeeting> next();

    /**
     * Returns the sentence or sentences that report the meeting.
     *
     * @return the span of the report
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        if (sequence().isPresent()) {
            Checks.atLeast("meeting.sequence", sequence().getAsInt(), 1);
        }
        name().ifPresent(n -> Checks.notBlank("meeting.name", n));
        abbreviation().ifPresent(a -> Checks.notBlank("meeting.abbreviation", a));
    }
}
