package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.readout.core.DateRef;
import io.github.readout.core.Meeting;
import io.github.readout.core.ReadoutJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates stay within the years 0000–9999 that the model's date values have: a release dated at
 * either end of that range parses, its relative dates unresolved rather than thrown out of it,
 * and its JSON reads back.
 */
class YearRangeTest {

    private static final String MEETING = "Foreign Minister Murat Nurtleu met Ambassador Daniel Rosenblum ";

    @Test
    void aReleaseDatedAtEitherEndOfTheYearsParses() {
        PressReleaseParser parser = PressReleaseParser.create();
        for (String day : List.of("9999-12-31", "0000-01-01")) {
            for (String when : List.of("tomorrow", "yesterday", "next year", "last year", "on Monday", "in March")) {
                String text = "date " + day + "\n\n" + MEETING + when + ".";
                ParseResult result = parser.parse(text);
                assertThat(result.release().published()).hasValue(LocalDate.parse(day));
                for (Meeting meeting : result.release().meetings()) {
                    meeting.date().flatMap(DateRef::value).ifPresent(value ->
                            assertThat(value.start().getYear()).as(text).isBetween(0, 9999));
                }
                assertThat(ReadoutJson.read(ReadoutJson.write(result.release()))).isEqualTo(result.release());
            }
        }
    }

    @Test
    void aReferenceDateOutsideTheYearsIsRejected() {
        assertThatThrownBy(() -> PressReleaseParser.builder().referenceDate(LocalDate.of(10000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 10000");
        assertThatThrownBy(() -> PressReleaseParser.builder().referenceDate(LocalDate.of(-1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
        ParseResult result = PressReleaseParser.builder().referenceDate(LocalDate.of(9999, 12, 31)).build()
                .parse(MEETING + "tomorrow.");
        assertThat(result.release().meetings()).isNotEmpty();
    }
}
