package io.github.readout.formats.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.readout.core.CountryCode;
import io.github.readout.core.DateValue;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * Each meeting of a release as a PLOVER event record: a CONSULT (CAMEO 04), verbal cooperation
 * (quad code 1), in PLOVER's JSON field names.
 *
 * <p>Mode and actors follow the PLOVER manual's CONSULT rules. A phone call or video conference
 * has mode {@code phone}. A summit, conference or round table, or a meeting of more than two
 * countries, is {@code multilateral}. A meeting whose place is in one party's country is a
 * {@code visit}: the visitors are the source actors and the host, that country, the recipient. A
 * meeting whose place is in no party's country is {@code third-party}. Otherwise, and for a visit
 * whose host is unknown, every party is a source actor and there is no recipient.
 */
public final class PloverEvents {

    /** PLOVER's event category for meetings and consultations. */
    public static final String EVENT = "CONSULT";

    private static final ObjectMapper MAPPER = ReadoutJson.mapper();

    private PloverEvents() {}

    /**
     * Returns one PLOVER record per meeting of a release, in the release's order.
     *
     * @param release the release
     * @return the records, each a JSON object
     */
    public static List<ObjectNode> of(PressRelease release) {
        List<ObjectNode> events = new ArrayList<>();
        for (int index = 0; index < release.meetings().size(); index++) {
            events.add(event(release, index));
        }
        return events;
    }

    /**
     * Returns the PLOVER mode of a meeting, if one applies.
     *
     * @param meeting the meeting
     * @return {@code phone}, {@code multilateral}, {@code visit} or {@code third-party}, or empty
     */
    public static Optional<String> mode(Meeting meeting) {
        MeetingKind kind = meeting.kind();
        if (kind == MeetingKind.PHONE_CALL || kind == MeetingKind.VIDEO_CONFERENCE) {
            return Optional.of("phone");
        }
        if (kind == MeetingKind.SUMMIT || kind == MeetingKind.CONFERENCE || kind == MeetingKind.ROUND_TABLE
                || meeting.countries().size() > 2) {
            return Optional.of("multilateral");
        }
        Optional<CountryCode> place = meeting.location().flatMap(Place::country);
        if (place.isPresent() && meeting.countries().size() == 2) {
            return Optional.of(meeting.countries().contains(place.get()) ? "visit" : "third-party");
        }
        return kind == MeetingKind.VISIT ? Optional.of("visit") : Optional.empty();
    }

    /**
     * Returns the CAMEO code of a meeting: 041 (discuss by telephone), 042 (make a visit), 044
     * (meet at a third location) or 040 (consult).
     *
     * @param meeting the meeting
     * @return the three-digit code
     */
    public static String cameo(Meeting meeting) {
        switch (mode(meeting).orElse("")) {
            case "phone":
                return "041";
            case "visit":
                return "042";
            case "third-party":
                return "044";
            default:
                return "040";
        }
    }

    /**
     * Returns the country that hosts a visit: the party whose country the meeting's place is in.
     *
     * @param meeting the meeting
     * @return the host, or empty when the meeting is no visit or its place is unknown
     */
    public static Optional<CountryCode> host(Meeting meeting) {
        if (!mode(meeting).equals(Optional.of("visit"))) {
            return Optional.empty();
        }
        return meeting.location().flatMap(Place::country).filter(meeting.countries()::contains);
    }

    /**
     * Returns the ISO 3166-1 alpha-3 code of a country, the actor code PLOVER uses.
     *
     * @param country the country
     * @return three upper-case letters, such as {@code KAZ}
     */
    public static String alpha3(CountryCode country) {
        try {
            return new Locale("", country.code()).getISO3Country();
        } catch (MissingResourceException e) {
            // A code the JDK lists without an alpha-3 form: the alpha-2 code still names the country.
            return country.code();
        }
    }

    private static ObjectNode event(PressRelease release, int index) {
        Meeting meeting = release.meetings().get(index);
        ObjectNode event = MAPPER.createObjectNode();
        event.put("id", release.id() + "-" + index);
        Optional<DateValue> date = meeting.date().flatMap(d -> d.value());
        if (date.isPresent()) {
            event.put("date", date.get().start().toString());
            if (!date.get().start().equals(date.get().end())) {
                event.put("enddate", date.get().end().toString());
            }
            event.put("date_precision", date.get().precision().name());
            event.put("date_basis", "text");
        } else if (release.published().isPresent()) {
            LocalDate published = release.published().get();
            event.put("date", published.toString());
            event.put("date_precision", "DAY");
            event.put("date_basis", "published");
        }
        Optional<CountryCode> host = host(meeting);
        ArrayNode source = event.putArray("source");
        ArrayNode recipient = MAPPER.createArrayNode();
        Set<CountryCode> represented = new LinkedHashSet<>();
        for (Person person : meeting.participants()) {
            ObjectNode actor = actor(person);
            person.country().ifPresent(represented::add);
            (host.isPresent() && person.country().equals(host) ? recipient : source).add(actor);
        }
        for (CountryCode country : meeting.countries()) {
            if (!represented.contains(country)) {
                ObjectNode actor = MAPPER.createObjectNode().put("code", alpha3(country)).put("country", country.code());
                (host.isPresent() && host.get().equals(country) ? recipient : source).add(actor);
            }
        }
        if (!recipient.isEmpty()) {
            event.set("recipient", recipient);
        }
        event.putArray("event").add(EVENT);
        event.put("quad_code", 1);
        event.put("cameo_code", cameo(meeting));
        mode(meeting).ifPresent(mode -> event.putArray("mode").add(mode));
        meeting.location().ifPresent(place -> {
            ObjectNode location = event.putObject("event_loc").put("name", place.name());
            place.country().ifPresent(c -> location.put("country_code", c.code()).put("cc3", alpha3(c)));
        });
        event.putArray("event_text").add(meeting.span().cut(release.text()));
        event.putObject("text_info")
                .put("start", meeting.span().start())
                .put("end", meeting.span().end());
        ObjectNode cite = event.putObject("cite_info").put("citation", release.id());
        release.title().ifPresent(title -> cite.put("title", title));
        release.attribution().ifPresent(a -> cite.put("publication", a.organization()));
        cite.put("coder", "readout");
        event.put("link", release.id());
        event.put("readout_kind", meeting.kind().name());
        return event;
    }

    private static ObjectNode actor(Person person) {
        ObjectNode actor = MAPPER.createObjectNode();
        person.country().ifPresent(c -> actor.put("code", alpha3(c)).put("country", c.code()));
        actor.put("actor_text", person.name());
        person.title().ifPresent(title -> actor.put("office", title));
        person.organization().ifPresent(org -> actor.put("organization", org));
        return actor;
    }
}
