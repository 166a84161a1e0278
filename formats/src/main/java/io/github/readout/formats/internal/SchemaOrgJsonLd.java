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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A release as schema.org linked data in JSON-LD: the release a {@code NewsArticle}, each meeting
 * an {@code Event} whose {@code subjectOf} is the article, with its {@code startDate} typed by its
 * precision ({@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}), its {@code location}
 * a {@code Place} whose {@code address} has the {@code addressCountry}, and its participants
 * {@code attendee} {@code Person}s with {@code jobTitle}, {@code nationality} ({@code Country}) and
 * {@code affiliation} ({@code Organization}). Each party country attends as a
 * {@code GovernmentOrganization} whose {@code areaServed} is the {@code Country}. When the main
 * meeting is a visit, the release's other meetings are its sub-events ({@code superEvent}).
 */
public final class SchemaOrgJsonLd {

    /** The context that every document names; {@link #CONTEXT_RESOURCE} is a copy for offline use. */
    public static final String CONTEXT = "https://schema.org/";

    /** The resource holding the terms of {@link #CONTEXT} that these documents use, for offline processing. */
    public static final String CONTEXT_RESOURCE = "/io/github/readout/formats/schema.org-context.jsonld";

    /** The prefix of every node identifier: releases are {@code urn:readout:release:ID}. */
    public static final String ID_PREFIX = "urn:readout:release:";

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final ObjectMapper MAPPER = ReadoutJson.mapper();

    private SchemaOrgJsonLd() {}

    /**
     * Returns the node identifier of a release.
     *
     * @param release the release
     * @return {@code urn:readout:release:} and the release id, percent-encoded
     */
    public static String releaseId(PressRelease release) {
        return ID_PREFIX + URLEncoder.encode(release.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Returns the node identifier of a meeting of a release.
     *
     * @param release the release
     * @param index the meeting's index in {@link PressRelease#meetings()}
     * @return the release's identifier, {@code :meeting:} and the index
     */
    public static String meetingId(PressRelease release, int index) {
        return releaseId(release) + ":meeting:" + index;
    }

    /**
     * Returns the JSON-LD document of a release.
     *
     * @param release the release
     * @return a JSON-LD document with a {@code @graph} of the article and its events
     */
    public static ObjectNode of(PressRelease release) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("@context", CONTEXT);
        ArrayNode graph = document.putArray("@graph");
        ObjectNode article = graph.addObject()
                .put("@id", releaseId(release))
                .put("@type", "NewsArticle")
                .put("identifier", release.id());
        release.title().ifPresent(title -> article.put("headline", title));
        release.published().ifPresent(day -> article.set("datePublished", typed(day.toString(), "date")));
        release.dateline().ifPresent(d -> article.putObject("locationCreated").put("@type", "Place").put("name", d.place()));
        release.attribution().ifPresent(a -> article.putObject("sourceOrganization")
                .put("@type", "Organization").put("name", a.organization()));
        boolean visit = release.mainMeeting().map(m -> m.kind() == MeetingKind.VISIT).orElse(false);
        for (int index = 0; index < release.meetings().size(); index++) {
            Meeting meeting = release.meetings().get(index);
            ObjectNode event = graph.addObject()
                    .put("@id", meetingId(release, index))
                    .put("@type", "Event")
                    .put("name", name(meeting));
            meeting.date().flatMap(d -> d.value()).ifPresent(date -> event.set("startDate", date(date)));
            meeting.location().ifPresent(place -> event.set("location", place(place)));
            ArrayNode attendees = event.putArray("attendee");
            meeting.participants().forEach(person -> attendees.add(person(person)));
            meeting.countries().forEach(country -> attendees.add(government(country)));
            if (visit && index > 0) {
                event.putObject("superEvent").put("@id", meetingId(release, 0));
            }
            event.putObject("subjectOf").put("@id", releaseId(release));
        }
        return document;
    }

    private static String name(Meeting meeting) {
        if (meeting.name().isPresent()) {
            return meeting.name().get();
        }
        String kind = meeting.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String countries = String.join(" – ", meeting.countries().stream().map(CountryCode::displayName).toList());
        return countries.isEmpty() ? kind : kind + ": " + countries;
    }

    private static ObjectNode date(DateValue date) {
        switch (date.precision()) {
            case DAY:
                return typed(date.toString(), "date");
            case MONTH:
                return typed(date.toString(), "gYearMonth");
            default:
                return typed(date.toString(), "gYear");
        }
    }

    private static ObjectNode typed(String value, String xsdType) {
        return MAPPER.createObjectNode().put("@value", value).put("@type", XSD + xsdType);
    }

    private static ObjectNode place(Place place) {
        ObjectNode node = MAPPER.createObjectNode().put("@type", "Place").put("name", place.name());
        place.country().ifPresent(country -> node.putObject("address")
                .put("@type", "PostalAddress")
                .put("addressCountry", country.code()));
        return node;
    }

    private static ObjectNode person(Person person) {
        ObjectNode node = MAPPER.createObjectNode().put("@type", "Person").put("name", person.name());
        person.title().ifPresent(title -> node.put("jobTitle", title));
        person.country().ifPresent(country -> node.set("nationality", country(country)));
        person.organization().ifPresent(org -> node.putObject("affiliation")
                .put("@type", "Organization").put("name", org));
        return node;
    }

    private static ObjectNode government(CountryCode country) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("@type", "GovernmentOrganization")
                .put("name", country.displayName());
        node.set("areaServed", country(country));
        return node;
    }

    private static ObjectNode country(CountryCode country) {
        return MAPPER.createObjectNode()
                .put("@type", "Country")
                .put("identifier", country.code())
                .put("name", country.displayName());
    }
}
