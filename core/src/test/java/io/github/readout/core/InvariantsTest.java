package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invariant of the model is enforced when a value is built, with a message naming the field and value. */
class InvariantsTest {

    private static final Span SPAN = Span.of(0, 4);

    @Test
    void spanStartAfterEndIsRejected() {
        assertThatThrownBy(() -> Span.of(5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("span")
                .hasMessageContaining("start=5")
                .hasMessageContaining("end=3");
    }

    @Test
    void spanWithNegativeStartIsRejected() {
        assertThatThrownBy(() -> Span.of(-1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("span")
                .hasMessageContaining("start=-1");
        assertThatThrownBy(() -> ImmutableSpan.builder().start(-2).end(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start=-2");
    }

    @Test
    void emptySpanIsAllowed() {
        assertThat(Span.of(3, 3).length()).isZero();
    }

    @Test
    void personSpanOutsideTheTextIsRejected() {
        Person beyond = Person.builder().name("Lu").span(Span.of(5, 12)).build();
        assertThatThrownBy(() -> PressRelease.builder().id("r").text("Donald Lu").addPeople(beyond).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("people[0].span")
                .hasMessageContaining("[5, 12)")
                .hasMessageContaining("length 9");
    }

    @Test
    void nestedSpansOutsideTheTextAreRejectedWithTheirPath() {
        Span outside = Span.of(0, 100);
        Person person = Person.builder().name("Lu").span(outside).build();
        Meeting meeting = Meeting.builder().kind(MeetingKind.MEETING).span(SPAN)
                .addTopics(Topic.builder().label("energy").span(SPAN).build(),
                        Topic.builder().label("trade").span(outside).build())
                .build();
        assertThatThrownBy(() -> release().addMeetings(meeting).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meetings[0].topics[1].span");
        Meeting withParticipant = Meeting.builder().kind(MeetingKind.MEETING).span(SPAN)
                .addParticipants(person).build();
        assertThatThrownBy(() -> release().addMeetings(ImmutableMeeting.copyOf(meeting).withTopics(), withParticipant).build())
                .hasMessageContaining("meetings[1].participants[0].span");
        Meeting withNext = Meeting.builder().kind(MeetingKind.MEETING).span(SPAN)
                .next(NextMeeting.builder().span(SPAN)
                        .location(Place.builder().name("Astana").span(outside).build()).build())
                .build();
        assertThatThrownBy(() -> release().addMeetings(withNext).build())
                .hasMessageContaining("meetings[0].next.location.span");
        Event event = Event.builder().kind(MeetingKind.VISIT).span(SPAN)
                .date(DateRef.builder().text("2024").span(outside).build()).build();
        assertThatThrownBy(() -> release().addRelated(event).build())
                .hasMessageContaining("related[0].date.span");
        assertThatThrownBy(() -> release()
                .addCredits(Credit.builder().kind(CreditKind.PHOTO).holder("X").span(outside).build()).build())
                .hasMessageContaining("credits[0].span");
        assertThatThrownBy(() -> release()
                .dateline(Dateline.builder().place("ASTANA").span(outside).build()).build())
                .hasMessageContaining("dateline.span");
        assertThatThrownBy(() -> release()
                .attribution(Attribution.builder().organization("MFA").span(outside).build()).build())
                .hasMessageContaining("attribution.span");
        assertThatThrownBy(() -> release()
                .addParagraphs(Paragraph.builder().span(outside).build()).build())
                .hasMessageContaining("paragraphs[0].span");
    }

    private static ImmutablePressRelease.Builder release() {
        return PressRelease.builder().id("r").text("They met.");
    }

    @Test
    void meetingSequenceZeroIsRejected() {
        assertThatThrownBy(() -> Meeting.builder().kind(MeetingKind.DIALOGUE).sequence(0).span(SPAN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meeting.sequence")
                .hasMessageContaining("at least 1")
                .hasMessageContaining("got 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "kz", "USA", "", "K"})
    void unknownCountryCodesAreRejected(String code) {
        assertThatThrownBy(() -> CountryCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country code")
                .hasMessageContaining("'" + code + "'");
        assertThat(CountryCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "2024-5", "24", "2024-02-30", "2023-02-29", "2024-00", "20245", "abcd",
        "2024-05-1", "2024/05/31", " 2024", "", "+2024"})
    void invalidDatesAreRejected(String text) {
        assertThatThrownBy(() -> DateValue.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date")
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void blankStringsAreRejected() {
        assertThatThrownBy(() -> Person.builder().name("  ").span(SPAN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person.name")
                .hasMessageContaining("'  '");
        assertThatThrownBy(() -> Person.builder().name("Lu").title("").span(SPAN).build())
                .hasMessageContaining("person.title");
        assertThatThrownBy(() -> Person.builder().name("Lu").organization("\t").span(SPAN).build())
                .hasMessageContaining("person.organization");
        assertThatThrownBy(() -> Place.builder().name("").span(SPAN).build())
                .hasMessageContaining("place.name");
        assertThatThrownBy(() -> Topic.builder().label(" ").span(SPAN).build())
                .hasMessageContaining("topic.label");
        assertThatThrownBy(() -> Outcome.builder().text("").span(SPAN).build())
                .hasMessageContaining("outcome.text");
        assertThatThrownBy(() -> Credit.builder().kind(CreditKind.TEXT).holder("").span(SPAN).build())
                .hasMessageContaining("credit.holder");
        assertThatThrownBy(() -> Attribution.builder().organization("").span(SPAN).build())
                .hasMessageContaining("attribution.organization");
        assertThatThrownBy(() -> Dateline.builder().place("").span(SPAN).build())
                .hasMessageContaining("dateline.place");
        assertThatThrownBy(() -> Meeting.builder().kind(MeetingKind.MEETING).name("").span(SPAN).build())
                .hasMessageContaining("meeting.name");
        assertThatThrownBy(() -> Meeting.builder().kind(MeetingKind.MEETING).abbreviation(" ").span(SPAN).build())
                .hasMessageContaining("meeting.abbreviation");
        assertThatThrownBy(() -> Event.builder().kind(MeetingKind.MEETING).name("").span(SPAN).build())
                .hasMessageContaining("event.name");
        assertThatThrownBy(() -> PressRelease.builder().id(" ").text("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void paragraphSentencesMustLieInsideTheParagraphInOrder() {
        assertThatThrownBy(() -> Paragraph.builder().span(Span.of(10, 20)).addSentences(Span.of(15, 25)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paragraph.sentences[0]")
                .hasMessageContaining("[15, 25)")
                .hasMessageContaining("[10, 20)");
        assertThatThrownBy(() -> Paragraph.builder().span(Span.of(10, 20)).addSentences(Span.of(5, 12)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paragraph.sentences[0]");
        assertThatThrownBy(() -> Paragraph.builder().span(Span.of(10, 20))
                .addSentences(Span.of(10, 15), Span.of(12, 20)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paragraph.sentences[1]");
        assertThat(Paragraph.builder().span(Span.of(10, 20)).addSentences(Span.of(10, 15), Span.of(16, 20)).build()
                .sentences()).hasSize(2);
    }

    @Test
    void diagnosticPositionsStartAtOne() {
        assertThatThrownBy(() -> diagnostic().line(0).column(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diagnostic.line")
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> diagnostic().line(1).column(0).build())
                .hasMessageContaining("diagnostic.column");
        assertThatThrownBy(() -> diagnostic().line(1).column(1).offset(-1).build())
                .hasMessageContaining("diagnostic.offset")
                .hasMessageContaining("got -1");
        assertThatThrownBy(() -> diagnostic().code(" ").line(1).column(1).build())
                .hasMessageContaining("diagnostic.code");
    }

    private static ImmutableDiagnostic.Builder diagnostic() {
        return Diagnostic.builder().severity(Severity.ERROR).code("c").message("m");
    }

    @Test
    void buildersRejectNulls() {
        assertThatThrownBy(() -> Person.builder().name(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Person.builder().title((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> PressRelease.builder().putHeaders("date", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PressRelease.builder().addPeople((Person) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Meeting.builder().addCountries((CountryCode) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DateValue.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DateValue.of((LocalDate) null)).isInstanceOf(NullPointerException.class);
        Person lu = Person.builder().name("Lu").span(SPAN).build();
        assertThatThrownBy(() -> ImmutablePerson.copyOf(lu).withName(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> Person.builder().span(SPAN).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Person")
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Meeting.builder().span(SPAN).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> PressRelease.builder().id("r").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> DateRef.builder().text("today").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("span");
    }
}
