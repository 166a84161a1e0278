package io.github.readout.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.readout.core.CountryCode;
import io.github.readout.core.DateValue;
import io.github.readout.core.ImmutableMeeting;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.DateRef;
import io.github.readout.core.Span;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PLOVER records: one CONSULT per meeting of every release of every corpus, valid against the
 * PLOVER fields (checked by a JSON Schema validator) and agreeing with the JSON model; the mode
 * and the host/visitor roles follow the documented mapping.
 */
class PloverEventsTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();
    private static Schema plover;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = PloverEventsTest.class.getResourceAsStream("plover-event.schema.json")) {
            plover = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> codes = new TreeSet<>();
        actors.forEach(actor -> {
            if (actor.has("code")) {
                codes.add(actor.path("code").asText());
            }
        });
        return codes;
    }

    private static String alpha3(String alpha2) {
        return new Locale("", alpha2).getISO3Country();
    }

    @Test
    void everyMeetingOfEveryCorpusIsOneValidRecordThatAgreesWithTheJson() throws Exception {
        int records = 0;
        Set<String> modesSeen = new TreeSet<>();
        for (Path corpus : Corpora.ALL) {
            // Ids are unique within a data set; the seed is in two of the folders.
            Set<String> ids = new HashSet<>();
            for (PressRelease release : Corpora.releases(corpus)) {
                JsonNode json = JSON.readTree(ReadoutJson.write(release));
                List<String> events = ReadoutFormats.ploverEvents(release);
                assertThat(events).as(release.id()).hasSize(json.path("meetings").size());
                for (int m = 0; m < events.size(); m++) {
                    String where = release.id() + " meeting " + m;
                    assertThat(plover.validate(events.get(m), InputFormat.JSON)).as(where).isEmpty();
                    JsonNode event = JSON.readTree(events.get(m));
                    JsonNode meeting = json.path("meetings").get(m);
                    assertThat(ids.add(event.path("id").asText())).as(where + ": unique id").isTrue();
                    assertThat(event.path("link").asText()).isEqualTo(release.id());
                    assertThat(event.path("cite_info").path("citation").asText()).isEqualTo(release.id());
                    assertThat(event.path("readout_kind").asText()).isEqualTo(meeting.path("kind").asText());

                    JsonNode span = meeting.path("span");
                    assertThat(event.path("text_info").path("start").asInt()).isEqualTo(span.path("start").asInt());
                    assertThat(event.path("text_info").path("end").asInt()).isEqualTo(span.path("end").asInt());
                    assertThat(event.path("event_text").get(0).asText()).isEqualTo(
                            json.path("text").asText().substring(span.path("start").asInt(), span.path("end").asInt()));

                    JsonNode date = meeting.path("date").path("value");
                    if (!date.isMissingNode()) {
                        DateValue value = DateValue.parse(date.asText());
                        assertThat(event.path("date").asText()).as(where).isEqualTo(value.start().toString());
                        assertThat(event.path("enddate").asText(value.start().toString())).isEqualTo(value.end().toString());
                        assertThat(event.path("date_precision").asText())
                                .isEqualTo(meeting.path("date").path("precision").asText());
                        assertThat(event.path("date_basis").asText()).isEqualTo("text");
                    } else if (json.has("published")) {
                        assertThat(event.path("date").asText()).as(where).isEqualTo(json.path("published").asText());
                        assertThat(event.path("date_basis").asText()).isEqualTo("published");
                    } else {
                        assertThat(event.has("date")).as(where).isFalse();
                    }

                    // Every party and every participant's country is an actor, as an alpha-3 code.
                    Set<String> expected = new TreeSet<>();
                    meeting.path("countries").forEach(c -> expected.add(alpha3(c.asText())));
                    meeting.path("participants").forEach(p -> {
                        if (p.has("country")) {
                            expected.add(alpha3(p.path("country").asText()));
                        }
                    });
                    Set<String> actors = codes(event.path("source"));
                    actors.addAll(codes(event.path("recipient")));
                    assertThat(actors).as(where).isEqualTo(expected);
                    int named = 0;
                    for (JsonNode actor : event.path("source")) {
                        named += actor.has("actor_text") ? 1 : 0;
                    }
                    for (JsonNode actor : event.path("recipient")) {
                        named += actor.has("actor_text") ? 1 : 0;
                    }
                    assertThat(named).as(where).isEqualTo(meeting.path("participants").size());

                    String mode = event.path("mode").path(0).asText("");
                    modesSeen.add(mode);
                    if (event.has("recipient")) {
                        assertThat(mode).isEqualTo("visit");
                        String host = alpha3(meeting.path("location").path("country").asText());
                        assertThat(codes(event.path("recipient"))).as(where).containsExactly(host);
                        assertThat(codes(event.path("source"))).as(where).doesNotContain(host);
                        // A visitor of an international body ("EU Special Representative …") has no country code.
                        assertThat(event.path("source").size()).as(where + ": visitors").isPositive();
                    }
                    records++;
                }
            }
        }
        assertThat(records).isGreaterThan(150);
        assertThat(modesSeen).contains("", "phone", "visit", "third-party", "multilateral");
    }

    private static ImmutableMeeting.Builder meeting(MeetingKind kind, String... countries) {
        ImmutableMeeting.Builder builder = Meeting.builder().kind(kind).span(Span.of(0, 4));
        for (String country : countries) {
            builder.addCountries(CountryCode.of(country));
        }
        return builder;
    }

    private static Place place(String name, String country) {
        return Place.builder().name(name).country(CountryCode.of(country)).span(Span.of(0, 4)).build();
    }

    private static JsonNode only(Meeting meeting) throws Exception {
        PressRelease release = PressRelease.builder().id("r").text("talk").published(LocalDate.of(2024, 6, 4))
                .addMeetings(meeting).build();
        return JSON.readTree(ReadoutFormats.ploverEvents(release).get(0));
    }

    @Test
    void theModesFollowTheMapping() throws Exception {
        assertThat(only(meeting(MeetingKind.PHONE_CALL, "KZ", "US").build()).path("mode").get(0).asText()).isEqualTo("phone");
        assertThat(only(meeting(MeetingKind.VIDEO_CONFERENCE, "KZ", "US").build()).path("cameo_code").asText())
                .isEqualTo("041");
        assertThat(only(meeting(MeetingKind.SUMMIT, "KZ", "US").build()).path("mode").get(0).asText())
                .isEqualTo("multilateral");
        assertThat(only(meeting(MeetingKind.MEETING, "KZ", "UZ", "TJ").build()).path("mode").get(0).asText())
                .isEqualTo("multilateral");
        JsonNode third = only(meeting(MeetingKind.TALKS, "KZ", "US").location(place("Geneva", "CH")).build());
        assertThat(third.path("mode").get(0).asText()).isEqualTo("third-party");
        assertThat(third.path("cameo_code").asText()).isEqualTo("044");
        assertThat(third.has("recipient")).isFalse();
        assertThat(codes(third.path("source"))).containsExactly("KAZ", "USA");
        JsonNode unknown = only(meeting(MeetingKind.TALKS, "KZ", "US").build());
        assertThat(unknown.has("mode")).isFalse();
        assertThat(unknown.path("cameo_code").asText()).isEqualTo("040");
    }

    @Test
    void aVisitHasTheVisitorsAsSourceAndTheHostAsRecipient() throws Exception {
        Person visitor = Person.builder().name("Antony Blinken").title("Secretary of State")
                .country(CountryCode.of("US")).span(Span.of(0, 4)).build();
        Person host = Person.builder().name("Murat Nurtleu").country(CountryCode.of("KZ")).span(Span.of(0, 4)).build();
        JsonNode event = only(meeting(MeetingKind.MEETING, "KZ", "US").location(place("Astana", "KZ"))
                .addParticipants(host, visitor).build());
        assertThat(event.path("mode").get(0).asText()).isEqualTo("visit");
        assertThat(event.path("cameo_code").asText()).isEqualTo("042");
        assertThat(event.path("source")).hasSize(1);
        assertThat(event.path("source").get(0).path("code").asText()).isEqualTo("USA");
        assertThat(event.path("source").get(0).path("actor_text").asText()).isEqualTo("Antony Blinken");
        assertThat(event.path("source").get(0).path("office").asText()).isEqualTo("Secretary of State");
        assertThat(event.path("recipient")).hasSize(1);
        assertThat(event.path("recipient").get(0).path("code").asText()).isEqualTo("KAZ");
        assertThat(event.path("event_loc").path("cc3").asText()).isEqualTo("KAZ");
    }

    @Test
    void aMonthIsARangeOfDays() throws Exception {
        JsonNode event = only(meeting(MeetingKind.MEETING, "KZ", "US")
                .date(DateRef.builder().value(DateValue.parse("2024-02")).text("in February").span(Span.of(0, 4)).build())
                .build());
        assertThat(event.path("date").asText()).isEqualTo("2024-02-01");
        assertThat(event.path("enddate").asText()).isEqualTo("2024-02-29");
        assertThat(event.path("date_precision").asText()).isEqualTo("MONTH");
    }

    @Test
    void theWriterWritesOneRecordPerLine() throws Exception {
        List<PressRelease> releases = Corpora.releases(Corpora.DEV);
        StringWriter out = new StringWriter();
        int meetings = 0;
        try (ReleaseWriter writer = ReadoutFormats.ploverWriter(out)) {
            for (PressRelease release : releases) {
                writer.write(release);
                meetings += release.meetings().size();
            }
        }
        List<String> lines = new ArrayList<>(List.of(out.toString().split("\n")));
        assertThat(lines).hasSize(meetings);
        for (String line : lines) {
            assertThat(JSON.readTree(line).path("event").get(0).asText()).isEqualTo("CONSULT");
        }
    }
}
