package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageDateTest {

    @Test
    void bylineDateNearTheHeadline() {
        String body = "Petrov meets Zhou in Samarkand\n\nBy ANI | Published: April 13, 2023 02:55 PM\n\n"
                + "Samarkand [Uzbekistan], April 13 : The Russian and Chinese ministers met on Thursday.";
        assertThat(PageDate.find(body)).hasValue(LocalDate.of(2023, 4, 13));
    }

    @Test
    void aBylinesDateStampedWithItsTimeOutweighsABareDateLineAboveTheHeadline() {
        String body = "Friday, December 4, 2026\nWorld\nLeaders talk by phone\nAGENCY, 11 Feb, 2021 09:30 AM\n"
                + "    The two leaders spoke by phone last evening and exchanged views on trade, investment and the"
                + " coming summit of their region.";
        String unstamped = "Friday, December 4, 2026\nLeaders talk by phone\nAGENCY, 11 Feb, 2021\n"
                + "    The two leaders spoke by phone last evening and exchanged views on trade, investment and the"
                + " coming summit of their region.";

        assertThat(PageDate.find(body)).hasValue(LocalDate.of(2021, 2, 11));
        assertThat(PageDate.find(unstamped)).hasValue(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aTickerOfOtherStoriesStampedWithTheirTimesDatesNoPage() {
        String body = "НОВОСТИ ЧАСА: Фермеры Заречья собрали рекордный урожай 14 Март 2027 г., 18:05Открылся новый мост"
                + " через реку Быстрянку 14 Март 2027 г., 17:40Школьники победили на олимпиаде\n\n"
                + "Министры двух стран обсудили транзит\n3 Октябрь 2025 г., 10:20\n\nВ столице 2 октября прошли переговоры.";

        assertThat(PageDate.find(body)).hasValue(LocalDate.of(2025, 10, 3));
    }

    @Test
    void isoAndDottedForms() {
        assertThat(PageDate.find("Written: 2024-07-11 09:54:53 Updated: 2024-07-12")).hasValue(LocalDate.of(2024, 7, 11));
        assertThat(PageDate.find("Monday, 08.03.2021\nKing meets Crown Prince")).hasValue(LocalDate.of(2021, 3, 8));
        assertThat(PageDate.find("Бишкек, 01.09.25. /Агентство/. Президент")).hasValue(LocalDate.of(2025, 9, 1));
        assertThat(PageDate.find("Version 1.2.345 released")).isEmpty();
        assertThat(PageDate.find("2018.11.14 12:43\nForeign Minister meets delegation")).hasValue(LocalDate.of(2018, 11, 14));
    }

    @Test
    void aPhotosCaptionDatesThePhotoNotThePage() {
        assertThat(PageDate.find("Leaders talk by phone\n\nIn this file photo, the two presidents meet in the garden on"
                + " Friday, Sept. 25, 2015. (Agency Photo)\n\nThe presidents spoke on the phone Friday.")).isEmpty();
        assertThat(PageDate.find("Leaders talk by phone\n\nMay 2, 2023\n\nThe presidents spoke on the phone Friday."))
                .hasValue(LocalDate.of(2023, 5, 2));
    }

    @Test
    void aMonthsNameBetweenSlashesOrHyphens() {
        assertThat(PageDate.find("Politics Sunday 12/May/2019 10:15 AM\nMinisters meet")).hasValue(LocalDate.of(2019, 5, 12));
        assertThat(PageDate.find("Posted 05-Jun-2023\nMinisters meet")).hasValue(LocalDate.of(2023, 6, 5));
        assertThat(PageDate.find("Posted 05-Jun/2023\nMinisters meet")).isEmpty();
    }

    @Test
    void aDayWrittenAsAnOrdinal() {
        assertThat(PageDate.find("Wednesday, 8th March 2023\nLeaders meet")).hasValue(LocalDate.of(2023, 3, 8));
        assertThat(PageDate.find("The 8th meeting of 2023 was held.")).isEmpty();
    }

    @Test
    void aDateWithoutItsYearOrFarDownIsNoPageDate() {
        assertThat(PageDate.find("BAKU, March 12. The President received the delegation.")).isEmpty();
        assertThat(PageDate.find("x".repeat(2_000) + " May 1, 2017")).isEmpty();
        assertThat(PageDate.find("Founded on 1 May 1900, the society met.")).isEmpty();
    }

    @Test
    void aSpaceLeftBeforeTheCommaOfADateLine() {
        String body = "The general on Thursday had a video call with the minister.\n\n" + "More text. ".repeat(20)
                + "\n\nBoth sides agreed to meet again.\n6 August , 2020\n";
        assertThat(PageDate.find(body)).hasValue(LocalDate.of(2020, 8, 6));
        assertThat(PageDate.find("Posted June 4 , 2024")).hasValue(LocalDate.of(2024, 6, 4));
    }

    @Test
    void aScriptsClockAboveTheHeadlineGivesWayToTheCaptionsDate() {
        String body = "•      Fri Mar 29 2024\nLogo\n\nMinister meets counterpart in Colombo\n\n"
                + "Ministers Ana Cruz and Luis Soto, pictured in Lima on March 29, 2022, shaking hands. (Photo: ministry)\n\n"
                + "COLOMBO: Minister Ana Cruz today held a meeting with her counterpart Luis Soto on the sidelines.";
        assertThat(PageDate.find(body)).hasValue(LocalDate.of(2022, 3, 29));
    }

    @Test
    void aDatedTitleInAListOfOtherStoriesIsNoDateLine() {
        String lead = "The president welcomed his counterpart to Cairo on Tuesday. " + "More text. ".repeat(10);
        assertThat(PageDate.find(lead + "\n" + lead + "\n01:00\nPix of the Day: September 10, 2025\n")).isEmpty();
        assertThat(PageDate.find(lead + "\n" + lead + "\nTHE WHITE HOUSE, January 23, 2009\n"))
                .hasValue(LocalDate.of(2009, 1, 23));
    }

    @Test
    void aDayWrittenWithAStopBeforeItsMonthsName() {
        assertThat(PageDate.find("06. Oct 2022.\nThe minister spoke.")).hasValue(LocalDate.of(2022, 10, 6));
    }

    @Test
    void digitsInsideAWordAreNotADate() {
        assertThat(PageDate.find("ref A2024-06-04 and then June 4, 2024")).hasValue(LocalDate.of(2024, 6, 4));
    }

    @Test
    void slashDatesInEitherOrder() {
        assertThat(PageDate.find("11/13/2021 | 04:10am EST\nBEIJING - Wang Yi held a call.")).hasValue(LocalDate.of(2021, 11, 13));
        assertThat(PageDate.find("Posted 26/12/2023")).hasValue(LocalDate.of(2023, 12, 26));
        assertThat(PageDate.find("05/06/2022 and later June 4, 2024")).hasValue(LocalDate.of(2024, 6, 4));
        assertThat(PageDate.find("05/06/2022 only")).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2022));
        assertThat(PageDate.find("Brussels, 12/03/2024 - The ministers met today.")).hasValue(LocalDate.of(2024, 3, 12));
        assertThat(PageDate.find("1/2/345 and 13/13/2020")).isEmpty();
    }

    @Test
    void aDayWrittenWithHyphensBeforeItsYear() {
        assertThat(PageDate.find("Новости\n\n14-03-2019, 10:05. Автор: admin\n\nМинистры встретились.")).hasValue(LocalDate.of(2019, 3, 14));
        assertThat(PageDate.find("Talks on 13-14 May in Astana.")).isEmpty();
    }

    @Test
    void aLabelledDateLineOutweighsABareClockLineAboveTheHeadline() {
        String body = "Sunday, March 02, 2025 | 10:15 AM IST\nNews Site\n\nLeaders hold talks\n\n"
                + "The prime minister on Friday held talks with his visiting counterpart.\n\n" + "More text. ".repeat(150)
                + "\nFirst Published: Jun 14 2019 | 4:40 PM IST\n";
        assertThat(PageDate.find(body)).hasValue(LocalDate.of(2019, 6, 14));
        assertThat(PageDate.find("Sunday, March 02, 2025\nLeaders hold talks\n\nUpdated: 14-06-2019 10:02"))
                .hasValue(LocalDate.of(2019, 6, 14));
    }

    @Test
    void aLeadsOwnDateOrALabelledLineStaysThePagesDate() {
        String lead = "On June 14, 2019, the prime minister held talks with his visiting counterpart in the capital of the country.\n"
                + "Updated: June 20, 2019";
        assertThat(PageDate.find(lead)).hasValue(LocalDate.of(2019, 6, 14));
        assertThat(PageDate.find("Published: 14 June 2019\nLast Updated: 20 June 2019")).hasValue(LocalDate.of(2019, 6, 14));
        assertThat(PageDate.find("Sunday, March 02, 2025\nThe report was published: June 14, 2019"))
                .as("a label in lower case inside prose is no label").hasValue(LocalDate.of(2025, 3, 2));
    }

    @Test
    void aRussianLabelledDateLineBelowTheStoryIsThePagesDate() {
        String story = "Глава ведомства принял делегацию\n\nВчера глава ведомства принял делегацию соседней республики.\n\n"
                + "Стороны обсудили транспортные проекты. ".repeat(40);
        assertThat(PageDate.find(story + "\n\nОпубликовано: 19 ноября 2024")).hasValue(LocalDate.of(2024, 11, 19));
        assertThat(PageDate.find("03.02.2025\n" + story + "\n\nДата публикации: 19.11.2024 11:20"))
                .as("a labelled line outweighs a bare clock line above the headline").hasValue(LocalDate.of(2024, 11, 19));
    }

    @Test
    void aDayWrittenAsAnOrdinalBeforeItsYear() {
        assertThat(PageDate.find("Minister meets counterpart\n\nWednesday, April 5th 2023\n\nThe minister met."))
                .hasValue(LocalDate.of(2023, 4, 5));
        assertThat(PageDate.find("May 21st, 2024\n\nThe minister met.")).hasValue(LocalDate.of(2024, 5, 21));
    }

    @Test
    void aDateOfAnotherEventTheLeadRecallsIsNotThePages() {
        assertThat(PageDate.find("The ministry has summoned the counsellor of the embassy over statements published on"
                + " May 24, 2016 by a minister of the neighbouring country.")).isEmpty();
        assertThat(PageDate.find("The minister met the counsellor of the embassy on May 24, 2016 to talk over recent"
                + " statements by a minister of the neighbouring country.")).hasValue(LocalDate.of(2016, 5, 24));
    }

    @Test
    void aDateLineAfterItsTimeOfDayIsThePagesStampBelowTheSitesClock() {
        assertThat(PageDate.find("Flag Thursday, 25 April 2024\nLatest news\n15:46 21 February 2020\n\nPresident meets"
                + " governor\n\nThe President met the governor on 21 February.")).hasValue(LocalDate.of(2020, 2, 21));
        assertThat(PageDate.find("Flag Thursday, 25 April 2024\nLatest news\nNo. 46 21 February 2020\n\nThe President"
                + " met the governor on 21 February.")).hasValue(LocalDate.of(2024, 4, 25));
    }

    @Test
    void aDatesLabelThatEndsTheTextDatesNothing() {
        assertThat(PageDate.find("The ministers met in Lima on Monday. Published: ")).isEmpty();
        assertThat(PageDate.find("Published:")).isEmpty();
    }

    @Test
    void theWeekdayBeforeASlashedDateTellsWhichReadingItIs() {
        assertThat(PageDate.find("ID : 1234\nFri, 09/07/2012 - 15:25\n\nThe ministers met here today."))
                .hasValue(LocalDate.of(2012, 9, 7));
        assertThat(PageDate.find("ID : 1234\nMon, 09/07/2012 - 15:25\n\nThe ministers met here today."))
                .hasValue(LocalDate.of(2012, 7, 9));
    }

    @Test
    void aReleaseIssuedOnADayIsDatedThatDay() {
        // "issued on" inside prose dates another statement; as the label of a line of its own it dates the page
        assertThat(PageDate.find("Press office\n\nIssued on 15 March 2023\n\nThe ministers met in the capital."))
                .hasValue(LocalDate.of(2023, 3, 15));
        assertThat(PageDate.find("News\nReleased: 02.10.2022\n\nThe ministers met in the capital.")).hasValue(LocalDate.of(2022, 10, 2));
    }

    @Test
    void aLongHeadlinePrintedTwiceIsNoProseAboveTheDateLine() {
        String headline = "Trade minister says the new office in the capital is working to make sure exporters get their permits";
        assertThat(PageDate.find(headline + "\n\n" + headline + "\n\nBy A Writer\nTuesday 22/03/2022\nThe minister and"
                + " his guest.\n\nThe minister met his counterpart this morning.")).hasValue(LocalDate.of(2022, 3, 22));
        // below two lines of prose, dated lines are a list of other stories
        String lead = "The minister said that the office in the capital was working to make sure exporters get their permits.";
        assertThat(PageDate.find(lead + "\n" + lead + "\nTuesday 22/03/2022\nWednesday 23/03/2022\nAnother story")).isEmpty();
    }

    @Test
    void aSitesClockLabelledTodayIsNotThePagesDate() {
        assertThat(PageDate.find("Today: November 1, 2024\nAugust 29, 2022\n1 min read\n\nThe president met his counterpart"
                + " this Monday.")).hasValue(LocalDate.of(2022, 8, 29));
        assertThat(PageDate.find("Сегодня: 1 ноября 2024\n29 августа 2022\n\nПрезидент провел переговоры.")).hasValue(LocalDate.of(2022, 8, 29));
    }

    @Test
    void aRussianPageOfAUkrainianSiteIsDatedByItsUkrainianDateLine() {
        assertThat(PageDate.find("3 березня 2016   10:15\n\nМинистры провели переговоры\n\nМинистры провели переговоры в Киеве."))
                .hasValue(LocalDate.of(2016, 3, 3));
    }

    @Test
    void aSitesClockWithItsTimeOfDayIsNotThePagesDate() {
        // a clock labelled before its time of day, at the line's start or after a dash: the day the page was read
        assertThat(PageDate.find("Московское время 10:15 3 Мая 2023 года\n\nГлавы делегаций провели встречу\n\n"
                + "Министры обсудили сотрудничество в области транспорта.")).isEmpty();
        assertThat(PageDate.find("3 Мая 2023 - Время в Ташкенте - 11:40\n\nМинистры провели переговоры.")).isEmpty();
        // a clock above the logo, and the page's own date line below it, of an earlier day
        assertThat(PageDate.find("03.05.2023\n|\nЛоготип сайта\n14.11.19\nПоделиться\nМинистры провели переговоры\n\n"
                + "Сегодня министры провели переговоры в столице.")).hasValue(LocalDate.of(2019, 11, 14));
    }

    @Test
    void aDateLineBesideAWeatherWidgetIsTheSitesClock() {
        String lead = "\nThe minister held talks with his counterpart this morning at the ministry in the capital city.";
        assertThat(PageDate.find("21.4 C\nSaturday, December 5, 2026\n\nMinister meets guest" + lead)).isEmpty();
        assertThat(PageDate.find("-3 °C\nRiverton\nSaturday, December 5, 2026\n\nMinister meets guest" + lead)).isEmpty();
        assertThat(PageDate.find("Page 21\nSaturday, December 5, 2026\n\nMinister meets guest" + lead))
                .hasValue(LocalDate.of(2026, 12, 5));
    }

    @Test
    void theDayADatelineWritesInWordsTellsWhichReadingASlashedDateIs() {
        assertThat(PageDate.find("Minister greets envoy\n\n07:45 | Quito, Mar. 4.\n\nThe minister greeted the envoy at"
                + " the palace.\n\nPublished: 3/4/2019")).hasValue(LocalDate.of(2019, 3, 4));
        assertThat(PageDate.find("Minister greets envoy\n\nQuito, April 3\n\nThe minister greeted the envoy at"
                + " the palace.\n\nPublished: 3/4/2019")).hasValue(LocalDate.of(2019, 4, 3));
    }

    @Test
    void aStampOfALaterDayBelowADateLineIsAnUpdateNotThePagesDate() {
        // a site's clock above would show the day the page was read, which no stamp of the page follows
        String lead = "\nМинистры провели переговоры сегодня утром в здании министерства в столице страны.";
        assertThat(PageDate.find("03.04.2022, 10:15\nОбновлено: 15.06.2023, 08:40\nМинистры встретились" + lead))
                .hasValue(LocalDate.of(2022, 4, 3));
        assertThat(PageDate.find("15.06.2023\nМинистры встретились\n03.04.2022, 10:15" + lead))
                .hasValue(LocalDate.of(2022, 4, 3));
    }

    @Test
    void aBylinesDateGluedToItsAuthorsNameIsThePagesDate() {
        // the page's markup put no space between the author's name and the date after it
        assertThat(PageDate.find("Envoy calls on minister\n\nNews Desk News DeskMarch 2, 2024\n\nThe minister met the"
                + " envoy earlier today at the ministry.")).hasValue(LocalDate.of(2024, 3, 2));
        assertThat(PageDate.find("Envoy calls on minister\n\nThe minister met the envoy at the Mayor's office.")).isEmpty();
    }
}
