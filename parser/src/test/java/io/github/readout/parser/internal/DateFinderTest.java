package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.DatePrecision;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date stage: expressions, their values and precision, with and without an anchor. */
class DateFinderTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 10, 24);

    private static List<DateFinder.Found> find(String text, Optional<LocalDate> anchor) {
        return DateFinder.find(text, Tokenizer.tokens(text, 0, text.length()), anchor);
    }

    private static DateFinder.Found only(String text, Optional<LocalDate> anchor) {
        List<DateFinder.Found> found = find(text, anchor);
        assertThat(found).as(text).hasSize(1);
        DateFinder.Found date = found.get(0);
        assertThat(date.date().span().cut(text)).isEqualTo(date.date().text());
        return date;
    }

    @Test
    void aDateMayOpenOnlyAtDigitsMonthsAndTheWordsOfTheDatePacks() {
        for (String language : Scripts.BUILT_IN) {
            for (String[] row : Lexicons.rows(language, "dates.tsv", 3)) {
                Token first = Tokenizer.tokens(row[2], 0, row[2].length()).get(0);
                assertThat(DateWords.mayOpenADate(first)).as(language + " " + row[2]).isTrue();
            }
        }
        String text = "Minister Petrova met envoys 3rd, held talks mid-June, июня, Tuesday, сегодняшней, 2024";
        List<String> opening = Tokenizer.tokens(text, 0, text.length()).stream()
                .filter(DateWords::mayOpenADate).map(Token::text).toList();
        assertThat(opening).containsExactly("3rd", "mid-June", "июня", "Tuesday", "сегодняшней", "2024");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The ministers met on May 31.; May 31; 2024-05-31",
        "The ministers met yesterday.; yesterday; 2024-10-23",
        "The envoy called on the king last night.; last night; 2024-10-23",
        "The envoy called on the king last evening.; last evening; 2024-10-23",
        "The ministers meet today.; today; 2024-10-24",
        "The minister received, Monday at the ministry, the envoy.; Monday; 2024-10-21",
        "The ministers will meet tomorrow.; tomorrow; 2024-10-25",
        "The ministers met on Tuesday.; Tuesday; 2024-10-22",
        "The ministers met on Thursday.; Thursday; 2024-10-24",
        "The president arrived this Tuesday.; Tuesday; 2024-10-22",
        "The ministers met last Thursday.; last Thursday; 2024-10-17",
        "The ministers met this past Monday.; past Monday; 2024-10-21",
        "The ministers met last week.; last week; 2024-10",
        "The ministers met earlier this month.; earlier this month; 2024-10",
        "The ministers met in March this year.; March this year; 2024-03",
        "The ministers met early this March.; this March; 2024-03",
        "The ministers met in October last year.; October last year; 2023-10",
        "The ministers will meet next year.; next year; 2025",
        "The ministers met a year ago.; a year ago; 2023-10",
        "The works will be finished by the end of the year.; end of the year; 2024",
        "The plan covers the first half of the year.; the first half of the year; 2024",
        "The forum opened on 3–4 December.; 3–4 December; 2024-12-03",
        "Форум прошел с 3 по 4 декабря.; 3 по 4 декабря; 2024-12-03",
        "Министры встретились 3 и 4 декабря.; 3 и 4 декабря; 2024-12-03",
        "The ministers met in July.; July; 2024-07",
        "The ministers met at the Ministry on 4th.; 4th; 2024-10-04",
        "The ministers met at the Ministry on 4 th .; 4 th; 2024-10-04",
        "The ministers met on the 28th.; 28th; 2024-09-28",
        "The ministers met the day before yesterday.; the day before yesterday; 2024-10-22",
    })
    void relativeDateResolvesAgainstTheAnchor(String sentence, String text, String value) {
        DateFinder.Found found = only(sentence, Optional.of(THURSDAY));
        DateRef date = found.date();

        assertThat(date.text()).isEqualTo(text);
        assertThat(date.value()).contains(DateValue.parse(value));
        assertThat(date.anchor()).contains(THURSDAY);
        assertThat(found.sameDay()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The ministers met on May 31.; May 31",
        "The ministers met yesterday.; yesterday",
        "The ministers met on Tuesday.; Tuesday",
        "The ministers met last week.; last week",
        "The ministers met earlier this month.; earlier this month",
        "The ministers met in March this year.; March this year",
        "The ministers met last September.; last September",
        "The ministers will meet next year.; next year",
        "The works will be finished by the end of the year.; end of the year",
        "The forum opened on 3–4 December.; 3–4 December",
    })
    void relativeDateWithoutAnchorKeepsItsTextAndSpanButHasNoValue(String sentence, String text) {
        DateRef date = only(sentence, Optional.empty()).date();

        assertThat(date.text()).isEqualTo(text);
        assertThat(date.span().cut(sentence)).isEqualTo(text);
        assertThat(date.value()).isEmpty();
        assertThat(date.precision()).isEmpty();
        assertThat(date.anchor()).isEmpty();
    }

    @Test
    void fullDateIsAbsoluteWithOrWithoutAnAnchor() {
        String sentence = "The talks took place on 31 May 2024 in Baku.";
        for (Optional<LocalDate> anchor : List.of(Optional.of(THURSDAY), Optional.<LocalDate>empty())) {
            DateRef date = only(sentence, anchor).date();

            assertThat(date.text()).isEqualTo("31 May 2024");
            assertThat(date.value()).contains(DateValue.of(LocalDate.of(2024, 5, 31)));
            assertThat(date.precision()).contains(DatePrecision.DAY);
            assertThat(date.anchor()).as("an absolute date has no anchor").isEmpty();
        }
    }

    @Test
    void aDayWrittenRightAfterTodayIsTheDayMeantWhateverDayThePageIsDated() {
        DateRef english = only("Today, 5 May 2024, the minister held talks.", Optional.of(LocalDate.of(2024, 5, 6))).date();
        DateRef russian = only("Президент сегодня, 9 октября, провел встречу.", Optional.of(LocalDate.of(2024, 10, 10))).date();
        DateRef alone = only("The minister held talks today.", Optional.of(LocalDate.of(2024, 5, 6))).date();

        assertThat(english.value()).contains(DateValue.of(LocalDate.of(2024, 5, 5)));
        assertThat(russian.value()).contains(DateValue.of(LocalDate.of(2024, 10, 9)));
        assertThat(alone.value()).contains(DateValue.of(LocalDate.of(2024, 5, 6)));
    }

    @Test
    void aWeekdayOrADayInBracketsAfterTodayIsTheDayMeantWhenThePageIsDatedADayLater() {
        Optional<LocalDate> nextMorning = Optional.of(THURSDAY);

        assertThat(only("Glad to see Minister Ana Ruiz today (Wednesday) in Lima.", nextMorning).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 23)));
        assertThat(only("The envoy called on the Speaker yesterday (22nd).", nextMorning).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 22)));
        assertThat(only("The envoy called on the Speaker today (24) at noon.", nextMorning).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 24)));
        assertThat(only("The ministers met today (Monday).", Optional.empty()).date().value()).isEmpty();
    }

    @Test
    void anAdjectiveOfTheDayDatesTheMeetingWordItStandsBeforeButNotThePresent() {
        DateRef today = only("Итоги сегодняшней беседы глав правительств оценены высоко.", Optional.of(THURSDAY)).date();
        DateRef yesterday = only("В ходе вчерашнего телефонного разговора лидеры обсудили транзит.", Optional.of(THURSDAY)).date();

        assertThat(today.text()).isEqualTo("сегодняшней");
        assertThat(today.value()).contains(DateValue.of(THURSDAY));
        assertThat(yesterday.value()).contains(DateValue.of(THURSDAY.minusDays(1)));
        assertThat(find("На сегодняшний день стороны расширяют торговлю.", Optional.of(THURSDAY))).isEmpty();
        assertThat(find("Министры обсудили сегодняшнюю обстановку в регионе.", Optional.of(THURSDAY))).isEmpty();
    }

    @Test
    void aDayInBracketsAfterAWeekdayIsTheLastSuchDayThatFallsOnIt() {
        Optional<LocalDate> anchor = Optional.of(LocalDate.of(2023, 3, 23));

        assertThat(only("On Wednesday (1), the ministers met.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2023, 3, 1)));
        assertThat(only("On Wednesday (2), the ministers met.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2023, 3, 22)));
    }

    @Test
    void aWeekdaySetOffByACommaAtASentencesStartIsItsDay() {
        Optional<LocalDate> anchor = Optional.of(THURSDAY);

        assertThat(only("Tuesday afternoon, the ministers met in London.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 22)));
        assertThat(only("Monday, the ministers met in London.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 21)));
        assertThat(find("Friday Prayers were held in the mosque.", anchor)).isEmpty();
    }

    @Test
    void aWeekdayAndItsPartOfTheDayNameTheDateWrittenAfterThem() {
        DateRef date = only("The ministers met on Wednesday morning, 9 April 2019.", Optional.of(THURSDAY)).date();

        assertThat(date.text()).isEqualTo("9 April 2019");
        assertThat(date.value()).contains(DateValue.of(LocalDate.of(2019, 4, 9)));
    }

    @Test
    void aWeekdayInAClauseOfAPlanIsTheNextSuchDay() {
        Optional<LocalDate> anchor = Optional.of(THURSDAY);

        assertThat(only("They met ahead of the summit slated to open here on Friday.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 25)));
        assertThat(only("The ministers will meet again on Monday.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 28)));
        assertThat(only("The talks that were due, the ministers held on Monday.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 21)));
        assertThat(only("Встреча состоится в пятницу.", anchor).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 25)));
    }

    @Test
    void aWeekdayAfterTheCommaThatClosesANameAndBeforeItsVerbIsADay() {
        assertThat(only("The Minister of Foreign Affairs, Ruth Gebre, Monday received a delegation.", Optional.of(THURSDAY))
                .date().value()).contains(DateValue.of(LocalDate.of(2024, 10, 21)));
    }

    @Test
    void americanDateWithYear() {
        DateRef date = only("On April 23, 2024, the ministers met.", Optional.empty()).date();

        assertThat(date.text()).isEqualTo("April 23, 2024");
        assertThat(date.value()).contains(DateValue.of(LocalDate.of(2024, 4, 23)));
    }

    @Test
    void lastSeptemberIsTheSeptemberBeforeTheAnchorMonth() {
        String sentence = "The ministers met last September.";

        DateRef fromJune = only(sentence, Optional.of(LocalDate.of(2024, 6, 10))).date();
        DateRef fromSeptember = only(sentence, Optional.of(LocalDate.of(2024, 9, 20))).date();
        DateRef fromNovember = only(sentence, Optional.of(LocalDate.of(2024, 11, 5))).date();

        assertThat(fromJune.value()).contains(DateValue.parse("2023-09"));
        assertThat(fromSeptember.value()).contains(DateValue.parse("2023-09"));
        assertThat(fromNovember.value()).contains(DateValue.parse("2024-09"));
        assertThat(fromJune.precision()).contains(DatePrecision.MONTH);
    }

    @Test
    void nextMonthNameIsTheFirstOneAfterTheAnchorMonth() {
        DateRef date = only("The forum will take place next March.", Optional.of(THURSDAY)).date();

        assertThat(date.value()).contains(DateValue.parse("2025-03"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The next round will take place in 2025.",
        "The programme runs in the first half of 2025.",
        "The agreement is valid until 2025.",
    })
    void bareYearAfterAPrepositionIsAnAbsoluteYear(String sentence) {
        for (Optional<LocalDate> anchor : List.of(Optional.of(THURSDAY), Optional.<LocalDate>empty())) {
            DateRef date = only(sentence, anchor).date();

            assertThat(date.text()).isEqualTo("2025");
            assertThat(date.value()).contains(DateValue.parse("2025"));
            assertThat(date.precision()).contains(DatePrecision.YEAR);
            assertThat(date.anchor()).isEmpty();
        }
    }

    @Test
    void theSameDayIsFlaggedAndHasNoValueOfItsOwn() {
        String sentence = "On the same day, the minister met the ambassador.";
        DateFinder.Found found = only(sentence, Optional.of(THURSDAY));

        assertThat(found.sameDay()).isTrue();
        assertThat(found.date().text()).isEqualTo("the same day");
        assertThat(found.date().value()).isEmpty();
    }

    @Test
    void precisionFollowsTheExpression() {
        List<DateFinder.Found> found = find(
                "On 31 May 2024, a year after the meeting in March this year, they agreed to meet next year.",
                Optional.of(THURSDAY));

        assertThat(found).extracting(f -> f.date().text())
                .containsExactly("31 May 2024", "March this year", "next year");
        assertThat(found).extracting(f -> f.date().precision()).containsExactly(
                Optional.of(DatePrecision.DAY), Optional.of(DatePrecision.MONTH), Optional.of(DatePrecision.YEAR));
        assertThat(found).extracting(DateFinder.Found::first).isSorted();
    }

    @Test
    void impossibleDayHasTextButNoValue() {
        DateRef date = only("The talks took place on 31 February 2024.", Optional.of(THURSDAY)).date();

        assertThat(date.text()).isEqualTo("31 February 2024");
        assertThat(date.value()).isEmpty();
    }

    @Test
    void wordsThatAreNotDatesAreIgnored() {
        assertThat(find("The minister may visit Astana. The march of progress continues in 15 sectors.",
                Optional.of(THURSDAY))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The ministers met on 26/12/2023 in Cairo.; 26/12/2023; 2023-12-26",
        "The ministers met on 01/31/2023 in Washington.; 01/31/2023; 2023-01-31",
        "The ministers met on 05.06.2023 in Astana.; 05.06.2023; 2023-06-05",
        "The envoys held talks on 07-03-2022 in Lusaka.; 07-03-2022; 2022-03-07",
        "The envoys held talks in Lusaka on 19-11-2021.; 19-11-2021; 2021-11-19",
        "The ministers met on 10/05/2024 in Rome.; 10/05/2024; 2024-10-05",
        "The ministers met on 02nd Apr, 2020 in Riyadh.; 02nd Apr, 2020; 2020-04-02",
        "The ministers met on the 5th of March 2020 in Rome.; 5th of March 2020; 2020-03-05",
    })
    void dayInDigitsOrWithACommaBeforeItsYear(String sentence, String text, String value) {
        DateRef date = only(sentence, Optional.of(THURSDAY)).date();

        assertThat(date.text()).isEqualTo(text);
        assertThat(date.value()).map(DateValue::toString).contains(value);
    }

    @Test
    void slashedDayWhoseOrderIsUnclearTakesTheReadingNearerTheAnchor() {
        String sentence = "The ministers met on 03/10/2024.";

        assertThat(only(sentence, Optional.of(LocalDate.of(2024, 3, 12))).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 3, 10)));
        assertThat(only(sentence, Optional.of(LocalDate.of(2024, 10, 4))).date().value())
                .contains(DateValue.of(LocalDate.of(2024, 10, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The ministers met on 28 December.; 2024-01-05; 2023-12-28",
        "The ministers met on December 28.; 2024-01-05; 2023-12-28",
        "Министры встретились 28 декабря.; 2024-01-05; 2023-12-28",
        "The ministers met on 28 December.; 2024-12-30; 2024-12-28",
        "The ministers met on 10 January.; 2024-12-20; 2024-01-10",
        "The ministers met on 3 October.; 2024-01-05; 2024-10-03",
    })
    void aDayAndMonthWithoutAYearJustBeforeTheNewYearOfTheReleaseAreOfTheYearBefore(String sentence, String anchor,
            String value) {
        DateFinder.Found found = only(sentence, Optional.of(LocalDate.parse(anchor)));

        assertThat(found.date().value()).contains(DateValue.parse(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Министры встретились в минувшую пятницу.; минувшую пятницу; 2024-10-18",
        "Министры встретились в прошлый четверг.; прошлый четверг; 2024-10-17",
        "В прошедший вторник министры встретились.; прошедший вторник; 2024-10-22",
        "Министры встретились на прошлой неделе.; прошлой неделе; 2024-10",
        "Министры встретятся в следующем месяце.; следующем месяце; 2024-11",
        "Министры встретились в начале октября.; октября; 2024-10",
        "Министры встретились в июле.; июле; 2024-07",
        "Министры встретились позавчера.; позавчера; 2024-10-22",
        "Министры встретились 7-го октября.; 7-го октября; 2024-10-07",
    })
    void russianRelativeDateResolvesAgainstTheAnchor(String sentence, String text, String value) {
        DateFinder.Found found = only(sentence, Optional.of(THURSDAY));

        assertThat(found.date().text()).isEqualTo(text);
        assertThat(found.date().value()).contains(DateValue.parse(value));
    }

    @Test
    void russianThisWeekdayIsADayOfTheReleasesWeek() {
        DateFinder.Found found = only("Министры встретились в этот вторник.", Optional.of(THURSDAY));

        assertThat(found.date().value()).contains(DateValue.parse("2024-10-22"));
        assertThat(only("В этот же день министры подписали договор.", Optional.of(THURSDAY)).sameDay()).isTrue();
    }

    @Test
    void russianSameDayIsTheDayOfTheEventBefore() {
        DateFinder.Found found = only("В тот же день министры подписали договор.", Optional.of(THURSDAY));

        assertThat(found.sameDay()).isTrue();
        assertThat(found.date().value()).isEmpty();
        DateFinder.Found next = only("На следующий день министры подписали договор.", Optional.of(THURSDAY));
        assertThat(next.dayShift()).isEqualTo(1);
    }

    @Test
    void russianDayEarlierOrLaterIsCountedFromTheEventBefore() {
        DateFinder.Found earlier = only("Днём ранее делегация побывала на заводе.", Optional.of(THURSDAY));

        assertThat(earlier.sameDay()).isTrue();
        assertThat(earlier.dayShift()).isEqualTo(-1);
        assertThat(earlier.date().value()).isEmpty();
        assertThat(only("Днем позже гости осмотрели порт.", Optional.of(THURSDAY)).dayShift()).isEqualTo(1);
        assertThat(only("За день до этого послы возложили цветы.", Optional.of(THURSDAY)).dayShift()).isEqualTo(-1);
    }

    @Test
    void aSlashWrittenCloseBetweenDayAndYearSeparatesThem() {
        DateFinder.Found found = only("Addis Ababa September 22/2021 The two presidents met.", Optional.empty());

        assertThat(found.date().value()).contains(DateValue.parse("2021-09-22"));
        assertThat(found.date().text()).isEqualTo("September 22/2021");
    }

    @Test
    void aMonthGluedByAHyphenToTheLastDayOfARangeIsTheFirstDaysMonth() {
        DateFinder.Found found = only("The ministers met in Riga on 30 November-1 December 2021.", Optional.empty());

        assertThat(found.date().value()).contains(DateValue.parse("2021-11-30"));
        assertThat(found.range()).isTrue();
        assertThat(found.date().text()).isEqualTo("30 November-1 December 2021");
    }

    @Test
    void aWeekdayOfLastWeekOrDaysAgoCountFromTheRelease() {
        // the release is of Wednesday 15 March 2023: "last week" ran from Monday 6 to Sunday 12 March
        Optional<LocalDate> wednesday = Optional.of(LocalDate.of(2023, 3, 15));
        DateFinder.Found weekday = only("The ministers met in Riga on Friday last week.", wednesday);
        DateFinder.Found ago = only("The ministers met in Riga two days ago.", wednesday);

        assertThat(weekday.date().value()).contains(DateValue.parse("2023-03-10"));
        assertThat(weekday.date().text()).isEqualTo("Friday last week");
        assertThat(ago.date().value()).contains(DateValue.parse("2023-03-13"));
    }

    @Test
    void aMonthsDayAfterLastIsTheNearestBeforeTheRelease() {
        Optional<LocalDate> august24 = Optional.of(LocalDate.of(2020, 8, 24));
        DateFinder.Found thisYear = only("The working group met last August 11 in Manila.", august24);
        DateFinder.Found yearBefore = only("The working group met last Sept. 30 in Manila.", august24);
        DateFinder.Found coming = only("The working group meets next March 3 in Manila.", august24);

        assertThat(thisYear.date().value()).contains(DateValue.parse("2020-08-11"));
        assertThat(thisYear.date().text()).isEqualTo("last August 11");
        assertThat(yearBefore.date().value()).contains(DateValue.parse("2019-09-30"));
        assertThat(coming.date().value()).contains(DateValue.parse("2021-03-03"));
    }

    @Test
    void twoOrdinalDaysAHyphenGluesAreARangeDatedByTheFirst() {
        DateFinder.Found dayFirst = only("The envoys toured Ghana from 2nd-5th May 2019.", Optional.empty());
        DateFinder.Found monthFirst = only("The forum in Lagos ran over May 2nd-5th, 2019.", Optional.empty());

        assertThat(dayFirst.date().value()).contains(DateValue.parse("2019-05-02"));
        assertThat(dayFirst.range()).isTrue();
        assertThat(dayFirst.date().text()).isEqualTo("2nd-5th May 2019");
        assertThat(monthFirst.date().value()).contains(DateValue.parse("2019-05-02"));
        assertThat(monthFirst.range()).isTrue();
        assertThat(monthFirst.date().text()).isEqualTo("May 2nd-5th, 2019");
    }
}
