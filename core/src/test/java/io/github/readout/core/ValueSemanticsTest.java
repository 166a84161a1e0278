package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values are equal by value, immutable, and copied rather than changed. */
class ValueSemanticsTest {

    private static Person lu() {
        return Person.builder()
                .name("Donald Lu")
                .title("Assistant Secretary")
                .country(CountryCode.of("US"))
                .span(Span.of(0, 9))
                .build();
    }

    @Test
    void equalValuesAreEqualWithEqualHashCodes() {
        Person a = lu();
        Person b = lu();
        assertThat(a).isNotSameAs(b).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.toString()).isEqualTo(b.toString()).contains("Donald Lu");

        assertThat(Span.of(1, 2)).isEqualTo(Span.of(1, 2)).hasSameHashCodeAs(Span.of(1, 2));
        assertThat(CountryCode.of("KZ")).isEqualTo(CountryCode.of("KZ")).hasSameHashCodeAs(CountryCode.of("KZ"));
        assertThat(DateValue.parse("2024-03")).isEqualTo(DateValue.of(YearMonth.of(2024, 3)))
                .hasSameHashCodeAs(DateValue.of(YearMonth.of(2024, 3)));
        assertThat(RoundTripTest.fullRelease()).isEqualTo(RoundTripTest.fullRelease())
                .hasSameHashCodeAs(RoundTripTest.fullRelease());
    }

    @Test
    void valuesDifferingInOneFieldAreNotEqual() {
        Person a = lu();
        assertThat(a).isNotEqualTo(Person.builder().from(a).title("Ambassador").build());
        assertThat(a).isNotEqualTo(Person.builder().from(a).span(Span.of(0, 8)).build());
        assertThat(a).isNotEqualTo(Person.builder().from(a).country(CountryCode.of("KZ")).build());
        assertThat(a).isNotEqualTo(ImmutablePerson.copyOf(a).withTitle(java.util.Optional.empty()));
        assertThat(Span.of(1, 2)).isNotEqualTo(Span.of(1, 3));
        // Same first day, different precision: different values.
        assertThat(DateValue.parse("2024-01-01")).isNotEqualTo(DateValue.parse("2024-01"))
                .isNotEqualTo(DateValue.parse("2024"));
    }

    @Test
    void withMakesANewValueAndLeavesTheOriginal() {
        Person original = lu();
        Person promoted = ImmutablePerson.copyOf(original).withTitle("Ambassador");
        assertThat(promoted).isNotSameAs(original);
        assertThat(promoted.title()).contains("Ambassador");
        assertThat(promoted.name()).isEqualTo("Donald Lu");
        assertThat(original.title()).contains("Assistant Secretary");
        assertThat(original).isEqualTo(lu());
        // A copy of an ImmutablePerson is the same instance; with(same value) changes nothing.
        ImmutablePerson immutable = ImmutablePerson.copyOf(original);
        assertThat(immutable).isSameAs(original);
        assertThat(immutable.withName("Donald Lu")).isSameAs(immutable);
    }

    @Test
    void builderFromCopiesEveryField() {
        Person original = Person.builder().from(lu()).organization("Department of State").build();
        Person copy = Person.builder().from(original).build();
        assertThat(copy).isEqualTo(original);
        assertThat(copy.organization()).contains("Department of State");

        PressRelease release = RoundTripTest.fullRelease();
        assertThat(PressRelease.builder().from(release).build()).isEqualTo(release);
        PressRelease renamed = PressRelease.builder().from(release).id("other").build();
        assertThat(renamed.id()).isEqualTo("other");
        assertThat(renamed.meetings()).isEqualTo(release.meetings());
        assertThat(release.id()).isEqualTo("full");
    }

    @Test
    void collectionsAreUnmodifiable() {
        PressRelease release = RoundTripTest.fullRelease();
        Meeting meeting = release.mainMeeting().orElseThrow();
        assertThatThrownBy(() -> release.meetings().add(meeting)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> release.people().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> release.headers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> release.credits().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> release.paragraphs().get(0).sentences().add(Span.of(0, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> meeting.countries().add(CountryCode.of("GB")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> meeting.topics().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> release.related().get(0).participants().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        // An empty list too.
        assertThatThrownBy(() -> RoundTripTest.minimalRelease().meetings().add(meeting))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RoundTripTest.minimalRelease().headers().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterChangesToTheListGivenToABuilderDoNotLeakIn() {
        List<CountryCode> countries = new ArrayList<>(List.of(CountryCode.of("KZ")));
        Meeting meeting = Meeting.builder().kind(MeetingKind.TALKS).countries(countries).span(Span.of(0, 1)).build();
        countries.add(CountryCode.of("US"));
        assertThat(meeting.countries()).containsExactly(CountryCode.of("KZ"));
    }

    @Test
    void headersKeepTheirOrder() {
        PressRelease release = PressRelease.builder().id("h").text("")
                .putHeaders("title", "T").putHeaders("date", "2024-06-04").putHeaders("author", "A").build();
        assertThat(release.headers().keySet()).containsExactly("title", "date", "author");
        assertThat(ReadoutJson.read(ReadoutJson.write(release)).headers().keySet())
                .containsExactly("title", "date", "author");
    }

    @Test
    void dateValuesAreOrderedByFirstDayThenPrecision() {
        DateValue day = DateValue.parse("2024-01-01");
        DateValue month = DateValue.parse("2024-01");
        DateValue year = DateValue.parse("2024");
        DateValue february = DateValue.parse("2024-02");
        DateValue lastYear = DateValue.parse("2023-12-31");
        List<DateValue> dates = new ArrayList<>(List.of(february, year, month, day, lastYear));
        java.util.Collections.sort(dates);
        assertThat(dates).containsExactly(lastYear, day, month, year, february);
        assertThat(day.compareTo(DateValue.of(LocalDate.of(2024, 1, 1)))).isZero();
    }

    @Test
    void dateValuesCoverTheirPeriod() {
        assertThat(DateValue.parse("2024-05-31").start()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(DateValue.parse("2024-05-31").end()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(DateValue.parse("2024-02").start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(DateValue.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateValue.parse("2023-02").end()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(DateValue.parse("2025").start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(DateValue.parse("2025").end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void dateValuesKeepTheirPrecision() {
        LocalDate day = LocalDate.of(2024, 6, 4);
        assertThat(DateValue.of(day, DatePrecision.DAY)).isEqualTo(DateValue.parse("2024-06-04"));
        assertThat(DateValue.of(day, DatePrecision.MONTH)).isEqualTo(DateValue.parse("2024-06"));
        assertThat(DateValue.of(day, DatePrecision.YEAR)).isEqualTo(DateValue.parse("2024"));
        assertThat(DateValue.parse("2024-06-04").day()).contains(day);
        assertThat(DateValue.parse("2024-06").day()).isEmpty();
        assertThat(DateValue.parse("2024").temporal()).isEqualTo(Year.of(2024));
        assertThat(DateValue.parse("2024-06").temporal()).isEqualTo(YearMonth.of(2024, 6));
        DateRef unresolved = DateRef.builder().text("soon").span(Span.of(0, 4)).build();
        assertThat(unresolved.precision()).isEmpty();
        assertThat(DateRef.builder().from(unresolved).value(DateValue.parse("2024-06")).build().precision())
                .contains(DatePrecision.MONTH);
    }

    @Test
    void countryCodesKnowTheirNames() {
        assertThat(CountryCode.of("KZ").displayName()).isEqualTo("Kazakhstan");
        assertThat(CountryCode.of("US").displayName()).isEqualTo("United States");
        assertThat(CountryCode.of("GB").displayName()).isEqualTo("United Kingdom");
        assertThat(CountryCode.of("KZ").code()).isEqualTo("KZ");
        assertThat(CountryCode.of("KZ")).hasToString("KZ");
        assertThat(CountryCode.isValid("UZ")).isTrue();
        assertThat(CountryCode.isValid(null)).isFalse();
        assertThat(CountryCode.of("KZ")).isLessThan(CountryCode.of("US"));
    }

    @Test
    void spanHelpers() {
        Span span = Span.of(2, 5);
        assertThat(span.length()).isEqualTo(3);
        assertThat(span.cut("a Lu met")).isEqualTo("Lu ");
        assertThat(span.contains(Span.of(2, 5))).isTrue();
        assertThat(span.contains(Span.of(3, 4))).isTrue();
        assertThat(span.contains(Span.of(1, 4))).isFalse();
        assertThat(span.contains(Span.of(4, 6))).isFalse();
        assertThat(span).hasToString("[2, 5)");
        assertThatThrownBy(() -> Span.of(2, 50).cut("short")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void mainMeetingIsTheFirst() {
        PressRelease release = RoundTripTest.fullRelease();
        assertThat(release.mainMeeting()).contains(release.meetings().get(0));
        assertThat(RoundTripTest.minimalRelease().mainMeeting()).isEmpty();
    }
}
