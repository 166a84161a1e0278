package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DatePrecision;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Event;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Outcome;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.PressRelease;
import io.github.readout.core.Span;
import io.github.readout.core.Topic;
import io.github.readout.parser.PressReleaseParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The meeting stage through the parser, on short made-up releases. */
class MeetingFinderTest {

    private static final PressReleaseParser PARSER = PressReleaseParser.create();

    /** The common header: a publication date and the Kazakh MFA's image credit. */
    private static final String HEADER = " date 2024-10-24 Images | Kazakh MFA\n\n";

    private static final CountryCode KZ = CountryCode.of("KZ");

    private static PressRelease parse(String body) {
        return PARSER.parse("test", HEADER + body).release();
    }

    private static Meeting main(String body) {
        PressRelease release = parse(body);
        assertThat(release.meetings()).as("meetings").isNotEmpty();
        return release.meetings().get(0);
    }

    // ---- kinds ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "PHONE_CALL; Kazakh Foreign Minister Murat Nurtleu had a telephone conversation with Minister of Foreign"
                + " Affairs of Hungary Péter Szijjártó.",
        "PHONE_CALL; The Foreign Minister held telephonic talks with his Nepalese counterpart Narayan Khadka.",
        "PHONE_CALL; Foreign Minister Ana Torres held a phone talk with her Peruvian counterpart, Paul Reed, on Sunday.",
        "VIDEO_CONFERENCE; Deputy Foreign Minister Roman Vassilenko held a video conference with Deputy Minister of"
                + " Foreign Affairs of Japan Kenji Yamada.",
        "MEETING; Foreign Minister Lena Vogel discussed regional security with Austrian Chancellor Karl Brandt in"
                + " Vienna.",
        "VIDEO_CONFERENCE; Chief of Defence Staff Arlen Dovich had a video conversation with Defence Minister of"
                + " Norway Eirik Solheim on Thursday.",
        "VIDEO_CONFERENCE; Foreign Minister Lena Vogel held talks via videolink with Foreign Minister of Peru Paul"
                + " Reed.",
        "VIDEO_CONFERENCE; Foreign Minister Lena Vogel took part, through video conferencing, in a meeting with"
                + " Foreign Minister of Peru Paul Reed.",
        "VIDEO_CONFERENCE; Foreign Minister Lena Vogel held a meeting in video format with Foreign Minister of Peru"
                + " Paul Reed.",
        "VIDEO_CONFERENCE; Foreign Minister Lena Vogel and Foreign Minister of Peru Paul Reed held talks in an online"
                + " format.",
        "MEETING; Foreign Minister Lena Vogel, who is in Lima to attend the APEC summit, met Foreign Minister of Peru"
                + " Paul Reed.",
        "MEETING; Foreign Minister Lena Vogel, attending the APEC summit in Lima, met Foreign Minister of Peru Paul"
                + " Reed.",
        "CONSULTATIONS; Deputy Foreign Minister Roman Vassilenko held political consultations with Deputy Foreign"
                + " Minister of Poland Marcin Kowalski in Astana.",
        "TALKS; Kazakh Foreign Minister Murat Nurtleu held talks with Minister of Foreign Affairs of Azerbaijan"
                + " Jeyhun Bayramov in Baku.",
        "TALKS; Talks between Foreign Minister Ana Duarte of Portugal and Japanese Foreign Minister Taro Sato"
                + " focused on trade.",
        "MEETING; Prime Minister Ana Duarte thanked the team after an introductory call from the Australian Chargé"
                + " d'affaires Tom Reed yesterday.",
        "MEETING; Kazakh Foreign Minister Murat Nurtleu met with Minister of Foreign Affairs of Azerbaijan"
                + " Jeyhun Bayramov in Baku.",
        "PHONE_CALL; U.S. Secretary of State Antony Blinken spoke with Kazakh Foreign Minister Murat Nurtleu"
                + " yesterday.",
        "MEETING; Kazakh Foreign Minister Murat Nurtleu held discussions with Minister of Foreign Affairs of"
                + " Azerbaijan Jeyhun Bayramov in Baku.",
        "MEETING; Minister Lena Vogel had bilateral political discussions with Karl Brandt, the Austrian"
                + " Minister, in Vienna.",
        "MEETING; King Karl Brandt granted an audience to Foreign Secretary Lena Vogel in Vienna.",
        "PHONE_CALL; The two countries should deepen the political dialogue, said Foreign Minister Lena Vogel after a"
                + " phone call with Karl Brandt on Monday.",
    })
    void kindOfTheLead(MeetingKind kind, String lead) {
        assertThat(main(lead + "\n").kind()).isEqualTo(kind);
    }

    @Test
    void telephoneConversationHasParticipantsCountriesAndNoLocation() {
        Meeting meeting = main("Kazakh Foreign Minister Murat Nurtleu had a telephone conversation with Minister of"
                + " Foreign Affairs of Hungary Péter Szijjártó in Astana.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "Péter Szijjártó");
        assertThat(meeting.participants()).extracting(Person::title)
                .containsExactly(Optional.of("Foreign Minister"), Optional.of("Minister of Foreign Affairs"));
        assertThat(meeting.countries()).containsExactly(KZ, CountryCode.of("HU"));
        assertThat(meeting.location()).as("a call has no place").isEmpty();
    }

    @Test
    void talksInACityHaveThatLocationAndTheDateOfTheSentence() {
        Meeting meeting = main("On 23 October, Kazakh Foreign Minister Murat Nurtleu held talks with Minister of"
                + " Foreign Affairs of Azerbaijan Jeyhun Bayramov in Baku.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.TALKS);
        assertThat(meeting.location()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Baku");
            assertThat(p.country()).contains(CountryCode.of("AZ"));
        });
        assertThat(meeting.date()).hasValueSatisfying(d -> {
            assertThat(d.text()).isEqualTo("23 October");
            assertThat(d.value()).contains(DateValue.of(LocalDate.of(2024, 10, 23)));
            assertThat(d.anchor()).contains(LocalDate.of(2024, 10, 24));
        });
        assertThat(meeting.countries()).containsExactly(KZ, CountryCode.of("AZ"));
    }

    @Test
    void roundTableTakesItsQuotedName() {
        Meeting meeting = main("Ambassador of Kazakhstan to the United Kingdom Magzhan Ilyassov opened a round table"
                + " «Kazakhstan and the UK: New Horizons» in London.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.ROUND_TABLE);
        assertThat(meeting.name()).contains("Kazakhstan and the UK: New Horizons");
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("London"));
        assertThat(meeting.participants()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Magzhan Ilyassov");
            assertThat(p.title()).contains("Ambassador");
            assertThat(p.country()).contains(KZ);
        });
    }

    @Test
    void summitOfHeadsOfState() {
        Meeting meeting = main("President Kassym-Jomart Tokayev took part in the summit of the heads of state of"
                + " Central Asia in Dushanbe.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.country()).contains(CountryCode.of("TJ")));
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kassym-Jomart Tokayev");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foreign Minister Murat Nurtleu spoke on October 22 with Foreign Minister of Hungary Peter Szijjarto. | 2024-10-22",
        "Foreign Minister Murat Nurtleu spoke Tuesday with Foreign Minister of Hungary Peter Szijjarto. | 2024-10-22",
    })
    void callWithItsDateBetweenTheVerbAndTheCounterpart(String body, String day) {
        Meeting meeting = main(body + "\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "Peter Szijjarto");
        assertThat(meeting.date().flatMap(DateRef::value).map(DateValue::start)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "conveyed a message from President Lars Berg to President Tom Reid.",
        "delivered an invitation from President Lars Berg.",
    })
    void theSenderAndTheAddresseeOfAMessageTakeNoPart(String rest) {
        Meeting meeting = main("Foreign Minister Eva Lind of Fiji received Ambassador Ana Cruz of Chile, who " + rest + "\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Eva Lind", "Ana Cruz");
    }

    @Test
    void aMeetingTheTalksWerePrecededOrFollowedByIsAFurtherMeeting() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu held talks with Foreign Minister of Hungary Peter"
                + " Szijjarto on Wednesday.\n\nThose talks had been preceded by a meeting between Nurtleu and Foreign"
                + " Minister of Japan Kenji Tanaka.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Murat Nurtleu", "Peter Szijjarto"), List.of("Murat Nurtleu", "Kenji Tanaka"));
    }

    @Test
    void whomAFurtherMeetingsSubjectMetBeforeOrIsToMeetIsNoPartyToIt() {
        PressRelease release = parse("Vice President Lina Harrow on Wednesday welcomed her French counterpart Claire Dumont"
                + " at the Presidential Palace.\n\nAfter meeting with Harrow, Dumont held talks with President Tomas Vane"
                + " and is scheduled to meet with Prime Minister Ivo Stark later.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Lina Harrow", "Claire Dumont"), List.of("Claire Dumont", "Tomas Vane"));
    }

    @Test
    void lastNightOrLastWeekBeforeTheVerbTellsWhenTheMeetingWasNotThatItIsAnother() {
        Meeting night = main("Foreign Minister Karim Haddad of Lebanon arrived in Tehran last night and met with Foreign"
                + " Minister Reza Karimi of Iran.\n");
        Meeting week = main("Foreign Minister Karim Haddad of Lebanon last week met with Foreign Minister Reza Karimi of Iran.\n");

        assertThat(night.participants()).extracting(Person::name).containsExactly("Karim Haddad", "Reza Karimi");
        assertThat(week.participants()).extracting(Person::name).containsExactly("Karim Haddad", "Reza Karimi");
        assertThat(parse("Foreign Minister Karim Haddad of Lebanon recalled their last meeting with Foreign Minister Reza"
                + " Karimi of Iran.\n").meetings()).isEmpty();
    }

    @Test
    void whomAVisitorMetInACityAbroadIsOfThatCitysCountry() {
        Meeting meeting = PARSER.parse("test", " date 2017-07-14 Visiting Ghanaian President Kwame Asante and Prime Minister"
                + " Farid Rahman held a bilateral meeting at the Prime Minister's Office in Dhaka.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country)
                .containsExactly(tuple("Kwame Asante", Optional.of(CountryCode.of("GH"))),
                        tuple("Farid Rahman", Optional.of(CountryCode.of("BD"))));
    }

    @Test
    void anOfficialWhoCalledOnSomeoneNamedBeforeHeldAFurtherMeeting() {
        PressRelease release = parse("President Kwame Asante of Ghana met Foreign Minister Maya Thapa of Nepal on Saturday.\n\n"
                + "Earlier, Prime Minister Hari Koirala had called on Asante.\n");
        PressRelease message = parse("President Kwame Asante of Ghana met Foreign Minister Maya Thapa of Nepal on Saturday.\n\n"
                + "Prime Minister Hari Koirala called on Asante's government to act.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Kwame Asante", "Maya Thapa"), List.of("Kwame Asante", "Hari Koirala"));
        assertThat(message.meetings()).hasSize(1);
    }

    @Test
    void someoneWhoWasReceivedByAnOfficialMetThemInRussian() {
        Meeting envoy = main("27 октября посол Канады Джон Миллер был принят Президентом Узбекистана Рустамом Каримовым.\n");
        Meeting delegation = main("27 октября делегация Канады во главе с послом Канады Джоном Миллером была принята"
                + " Президентом Узбекистана Рустамом Каримовым.\n");

        assertThat(envoy.participants()).extracting(Person::name).containsExactly("Джон Миллер", "Рустам Каримов");
        assertThat(delegation.participants()).extracting(Person::name).containsExactly("Джон Миллер", "Рустам Каримов");
        assertThat(parse("Решение было принято Президентом Узбекистана Рустамом Каримовым.\n").meetings()).isEmpty();
    }

    @Test
    void aDelegationsMeetingOnTheSameDayIsAFurtherMeetingInRussian() {
        PressRelease release = parse("27 октября посол Канады Джон Миллер был принят Президентом Узбекистана Рустамом"
                + " Каримовым.\n\nВ тот же день делегация Канады провела встречу с министром иностранных дел Узбекистана"
                + " Фаридом Юсуповым.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Джон Миллер", "Рустам Каримов"), List.of("Джон Миллер", "Фарид Юсупов"));
    }

    @Test
    void aLeadThePageCutAtACommaIsNoHeadline() {
        Meeting meeting = main("Defense Secretary James Mattox met Defense Minister Nirmala Sita of India on Monday, during her"
                + " official visit from December 2 to 7,\n\nMinister Sita held discussions with Secretary Mattox, who also hosted a"
                + " dinner.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"))
                .containsExactly(tuple("James Mattox", "Defense Secretary"), tuple("Nirmala Sita", "Defense Minister"));
    }

    @Test
    void speakingWithSomeoneTitledIsAMeetingSpeakingWithReportersIsNone() {
        Meeting meeting = main("Speaking with Foreign Minister of Hungary Peter Szijjarto on Tuesday, Foreign Minister"
                + " Murat Nurtleu said the two countries would cooperate.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactlyInAnyOrder("Murat Nurtleu", "Peter Szijjarto");
        assertThat(parse("Speaking with reporters on Tuesday, Foreign Minister Murat Nurtleu said the two countries"
                + " would cooperate.\n").meetings()).isEmpty();
    }

    @Test
    void aCountryTalkedAboutIsNoVenueAndACounterpartsCountryIsNoSideOfTheSubject() {
        PressRelease release = parse("Foreign Minister Rita Olsen held talks with Foreign Minister Pedro Soto of Chile on"
                + " Monday.\n\nIn a meeting with her Peruvian counterpart Ana Cruz, Olsen discussed the situation in"
                + " Afghanistan.\n");

        Meeting further = release.meetings().get(1);
        assertThat(further.location()).isEmpty();
        assertThat(further.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Rita Olsen", "KZ"), tuple("Ana Cruz", "PE")); // the publisher's, not the counterpart's
    }

    @Test
    void aPartOfTheWorldIsNoCountryAndACitySaidOfAnotherDayIsNoVenue() {
        Meeting meeting = main("Presidents Alberto Fernandez of Argentina and Mario Abdo of Paraguay met on Friday.\n\nTheir"
                + " foreign ministers Ana Ruiz and Luis Vera joined them.\n\nThey spoke of"
                + " trade with Latin America.\n\nIn December, both presidents took part in the summit in Montevideo.\n");

        assertThat(meeting.countries()).extracting(CountryCode::code).contains("AR", "PY").doesNotContain("US");
        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void anOfficeOfARegionIsItsCountrysAndKeepsTheRegionInItsTitle() {
        Meeting tamil = main("High Commissioner of Sri Lanka Nimal Perera called on Tamil Nadu Chief Minister R.K. Selvam"
                + " in Chennai.\n");
        Meeting assam = main("Consul General Rita Moss of the US made a courtesy call to Assam Governor Anil Kumar Das in"
                + " Guwahati.\n");
        Meeting kazan = main("Президент Туркменистана Сердар Бердымухамедов принял Президента Республики Татарстан"
                + " Рустама Минниханова.\n");
        Meeting omsk = main("Губернатор Омской области Александр Бурков принял посла Турции Мехмета Самсара.\n");

        assertThat(tamil.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("R.K. Selvam", "Tamil Nadu Chief Minister", "IN"));
        assertThat(assam.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Anil Kumar Das", "Assam Governor", "IN"));
        assertThat(kazan.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Рустам Минниханов", "Президент Республики Татарстан", "RU"));
        assertThat(omsk.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Александр Бурков", "Губернатор Омской области", "RU"));
    }

    @Test
    void theHeadOfTatarstanAndTheSpeakerOfTheFederationCouncilHaveTheirOffices() {
        Meeting kazan = main("Раис Татарстана Рустам Минниханов принял в Казани генерального консула Вьетнама Ле Минь Туана.\n");
        Meeting call = main("Президент Таджикистана Эмомали Рахмон поговорил по телефону с Председателем Совета"
                + " Федерации Федерального Собрания Валентиной Матвиенко.\n");

        assertThat(kazan.participants().get(0).title()).contains("Раис Татарстана");
        assertThat(call.participants().get(1).title()).contains("Председатель Совета Федерации Федерального Собрания");
    }

    @Test
    void aGivenNameThatReadsAsAnOfficesStemIsAName() {
        Meeting meeting = main("Президент Казахстана Касым-Жомарт Токаев встретился с послом Новой Зеландии Сарой Мэри Уолш.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Касым-Жомарт Токаев", "Сара Мэри Уолш");
    }

    @Test
    void theHostOfAGatheringAMeetingWasHeldAtIsNoSide() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Sitiveni Rabuka met President Xi Jinping in San Francisco on"
                + " the sidelines of APEC.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).doesNotContain("US");
    }

    @Test
    void peopleALaterSentenceAddsToTheMeetingLeaveTheLeadsOfficialTheDatelinesCountry() {
        Meeting meeting = PARSER.parse("test", "New Delhi, April 11 (ANI): Prime Minister Vikram Rao on Monday held a virtual"
                + " meeting with Canadian Prime Minister Jean Tremblay.\n\nMinister of External Affairs Kavita Nair was also"
                + " present, along with her Canadian counterpart, Minister of Foreign Affairs Luc Gagnon.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .startsWith(tuple("Vikram Rao", "IN"), tuple("Jean Tremblay", "CA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Minister Jean Habimana was received by Paolo Bernardi, his Italian counterpart who is hosting the meeting of G20"
                + " foreign ministers in Bari.\n",
        "On 14 May 2022, Minister Jean Habimana was received by Paolo Bernardi, his Italian counterpart, in Bari.\n"})
    void aNameSetOffBeforeHisCounterpartsWordIsAPersonOfItsPeople(String text) {
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Paolo Bernardi", "IT"));
    }

    @Test
    void aCounterpartNamedAfterHisWordIsNoAppositionOfTheNameBefore() {
        PressRelease release = PARSER.parse("test", "In a letter to Prime Minister Tran Van Long, his Malaysian"
                + " counterpart Ahmad Rahman hailed the ties.\n").release();

        assertThat(release.people()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Tran Van Long", "-"), tuple("Ahmad Rahman", "MY"));
    }

    @Test
    void aFurtherMeetingWithAnOfficeNamedWithoutItsHolderIsAMeetingWithItsState() {
        List<Meeting> meetings = PARSER.parse("test", "Speaker of the National Assembly of Armenia Karen Hovsepyan met with"
                + " the Speaker of the House of Representatives of Cyprus Andreas Nicolaou on October 15, 2017.\n\nOn October 16,"
                + " Karen Hovsepyan also met with the Speaker of the Parliament of Benin.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.countries().stream().map(CountryCode::code).toList())
                .containsExactly(List.of("AM", "CY"), List.of("AM", "BJ"));
    }

    @Test
    void representativesOfAPeoplesCivilSocietyAreNoOfficialsOfItsState() {
        List<Meeting> meetings = PARSER.parse("test", "Deputy Foreign Minister Anna Berg met Deputy Secretary Paul Reed of the"
                + " United States in Oslo on May 2, 2024.\n\nAdditionally, a round table was held with representatives of"
                + " American civil society.\n").release().meetings();

        assertThat(meetings).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joint Economic Commission", "Intergovernmental Commission", "Joint Committee"})
    void aSessionOfAStandingCommissionOfTwoStatesIsAMeetingOfItsSeries(String commission) {
        Meeting meeting = main("Minister of Trade Omar Haddad and his Tunisian counterpart Samir Ben Salah co-chaired the 12th"
                + " session of the " + commission + " in Rabat on Tuesday.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.name()).contains(commission);
        assertThat(meeting.sequence()).hasValue(12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Делегация провинции Юньнань во главе с вице-губернатором Ли Минхуа прибыла в Томск. Гости встретились с"
                + " губернатором Томской области Олегом Ветровым.",
        "Делегацию провинции Юньнань возглавил вице-губернатор Ли Минхуа. Программа рассчитана на три дня."
                + " Участники делегации провели встречу с губернатором Томской области Олегом Ветровым."})
    void whoLeadsADelegationToldJustBeforeTheLeadWhoseSideItIsTakesPart(String body) {
        Meeting meeting = main(body + "\n");

        assertThat(meeting.participants()).extracting(Person::name).contains("Ли Минхуа", "Олег Ветров");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Министр экономики Киргизии Азамат Бекешов утром прилетел в Казань. Там его принял глава республики Ринат"
                + " Гайнутдинов.",
        "Вчера в Тверь приехала посол Словении в России Мойца Кос. С ней встретился губернатор Тверской области Игорь"
                + " Лапин."})
    void aPronounThatTheMeetingWordsObjectStandsAsIsTheGuestNamedJustBefore(String body) {
        Meeting meeting = main(body + "\n");

        assertThat(meeting.participants()).hasSize(2);
    }

    @Test
    void theStatesAfterTheDelegationsWhoseConsultationsARussianLeadTellsAreItsSides() {
        Meeting meeting = PARSER.parse("test", "Второй раунд консультаций делегаций России и Канады начался в Стамбуле.\n\n"
                + "Российскую делегацию возглавляет посол Андрей Волков, а канадскую - заместитель министра Клэр Дюбуа.\n")
                .release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("RU", "CA");
    }

    @Test
    void aLeadThatCountsMeetingsHeldAsLeadersArrivedForASummitSumsUpTheMeetingsToldAfter() {
        List<Meeting> meetings = PARSER.parse("test", "NEW DELHI, Sept 8 (KUNA) -- Indian Prime Minister Vikram Rao held on Friday"
                + " a number of bilateral meetings with world leaders as they arrived for the G20 Summit.\n\nRao met US President"
                + " John Miller and held extensive talks. Rao also met the Prime Minister of Mauritius, Ravi Ramgoolam.\n\nRao also"
                + " met with his Bangladeshi counterpart Rahima Khatun.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).doesNotContain(MeetingKind.SUMMIT);
        assertThat(meetings).hasSize(3);
    }

    @Test
    void anExchangeAfterALightVerbAndWordsOfPraiseIsAMeeting() {
        Meeting meeting = main("Cuban Head of Mission Rosa Delgado held an excellent exchange with the Chinese Ambassador to Liberia,"
                + " H.E. Wen Lei.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Rosa Delgado", "Wen Lei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministry announced a student exchange with Peru.",
        "The minister said the country would seek a prisoner exchange with Peru."})
    void anExchangeOfStudentsOrPrisonersIsNoMeeting(String text) {
        assertThat(PARSER.parse("test", text + "\n").release().meetings()).isEmpty();
    }

    @Test
    void theHoldersOfOnePluralOfficeReceivedTogetherAreOneMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Aram Sarkisyan received OSCE Minsk Group Co-Chairs Igor"
                + " Petrov (Russia), Mark Hill (US) and Luc Moreau (France).\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).hasSize(4));
    }

    @Test
    void everyHostAVisitorMetInTheCountryVisitedIsOfThatCountry() {
        List<Meeting> meetings = PARSER.parse("test", "Levan Dvali visited Moldova, where he met with President Ion Popa"
                + " and Prime Minister Mircea Rusu.\n").release().meetings();

        assertThat(meetings).flatExtracting(Meeting::participants)
                .extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Levan Dvali", "-"), tuple("Ion Popa", "MD"), tuple("Mircea Rusu", "MD"));
    }

    @Test
    void theCountryAfterTheTownOfAGatheringAndACommaSaysWhereTheTownIsAndNamesNoSide() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Vikram Rao met Spanish Prime Minister Pedro Alcantara on"
                + " Saturday on the sidelines of the G20 Summit in Rome, Italy.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).doesNotContain("IT");
    }

    @Test
    void theCountryAfterTheTownOfAGatheringAMeetingWasHeldPriorToNamesNoSide() {
        Meeting meeting = main("President Teuila Vaai met with Prime Minister Ora Tenga prior to the Island States Leaders"
                + " Meeting in Apia, Samoa.\n");

        assertThat(meeting.countries()).extracting(CountryCode::code).doesNotContain("WS");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Aman Durdyev held a telephone conversation with Kyrgyz President Bakyt Osmonov and proposed to"
                + " hold a summit of Central Asian states next spring.",
        "President Aman Durdyev discussed the upcoming summit of Central Asian states during a telephone conversation"
                + " with his Kyrgyz counterpart Bakyt Osmonov."})
    void aGroupAPlannedGatheringNamesAsItsOwnTakesNoPartInTheCall(String sentence) {
        Meeting meeting = main(sentence + "\n");

        assertThat(meeting.countries()).extracting(CountryCode::code).doesNotContain("TJ", "TM", "UZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Minister Abdulla Shahid's meeting with Foreign Secretary James Cleverly focused on climate change.",
        "\"We agreed on trade,\" Minister Abdulla Shahid said after holding a bilateral meeting with Foreign Secretary James"
                + " Cleverly.",
        "Minister Abdulla Shahid disclosed this today after a bi-lateral meeting with Foreign Secretary James Cleverly.",
        "Minister Abdulla Shahid spoke after a meeting with Foreign Secretary James Cleverly during the 2nd Commonwealth conference.",
        "Minister Abdulla Shahid described as fruitful the discussions he had with Foreign Secretary James Cleverly."})
    void aMeetingToldAsSomeonesMeetingWasHeld(String sentence) {
        Meeting meeting = main(sentence + "\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactlyInAnyOrder("Abdulla Shahid", "James Cleverly");
    }

    @Test
    void consultationsHeldByVideoHaveNoVenueThoughTheDatelineHasACity() {
        Meeting meeting = main("TASHKENT, March 3. Deputy Foreign Minister Furkat Sidikov held political consultations with"
                + " State Secretary of Latvia Andris Pelss via videoconference.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.CONSULTATIONS);
        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void theNextSentenceSaysWhereTheMeetingWasThoughTheDatelineNamesACity() {
        Meeting meeting = main("KUALA LUMPUR: Prime Minister Aziz Rahman met Foreign Minister Kemal Aydin of Turkiye today."
                + "\n\nIn the meeting, which took place in Penang, the two discussed trade.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Penang"));
    }

    @Test
    void aSumInUsDollarsNamesNoSide() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Anwar Ibrahim received Foreign Minister Hakan Fidan of Turkiye."
                + "\n\nAlso present at the meeting was Foreign Minister Omar Latif.\n\nTurkiye is one of Malaysia's biggest"
                + " partners.\n\nTheir trade grew to RM18.1 billion (US$3.9 billion), up from RM15 billion (US$3.2 billion).\n")
                .release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).doesNotContain("US");
    }

    @Test
    void aChineseOrAmericanGovernorIsHisCountrysAndHisNameNoCountry() {
        Meeting meeting = main("Губернатор Новосибирской области Андрей Травников встретился с губернатором провинции Шэньси"
                + " Чжао Ганом.\n");
        Meeting texas = main("Глава Башкирии Радий Хабиров встретился с губернатором штата Техас Риком Перри.\n");

        assertThat(texas.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Радий Хабиров", "Глава Башкирии", "RU"), tuple("Рик Перри", "губернатор штата Техас", "US"));

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Андрей Травников", "Губернатор Новосибирской области", "RU"),
                        tuple("Чжао Ган", "губернатор провинции Шэньси", "CN"));
    }

    @Test
    void aSentenceAFewOnSaysWhereTheMeetingWasOverACityItsTopicNames() {
        Meeting meeting = main("Глава Чечни Рамзан Кадыров провел встречу с шейхом Мансуром бин Заидом. Они обсудили"
                + " открытие школы в Грозном. Встреча прошла в Дубае.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Дубай"));
    }

    @Test
    void aCountrysOfficialAfterAPrepositionIsStillOfThatCountry() {
        PressRelease release = parse("Foreign Minister Tendai Moyo of Zimbabwe passed the chair on to Madagascar's Minister"
                + " for Foreign Affairs, Dr Hery Rakoto.\n");

        assertThat(release.people()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Tendai Moyo", "ZW"), tuple("Hery Rakoto", "MG"));
    }

    @Test
    void aPartOfTheWorldGoesOnWithAnOffice() {
        Meeting meeting = main("Foreign Minister Pablo Soto met Elena Cruz, Director for Latin America of the Forum on"
                + " Trade.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Pablo Soto", "Elena Cruz");
        assertThat(meeting.participants().get(1).title()).contains("Director for Latin America of the Forum on Trade");
    }

    @Test
    void aCityThatHostedConsultationsIsTheirVenueAndTheirKindIsWhatWasHosted() {
        Meeting meeting = main("On May 5, Astana hosted the fourth round of political consultations between Kazakhstan and"
                + " Laos. The meeting was chaired by Deputy Foreign Minister of Kazakhstan Arman Isa and Deputy Foreign Minister"
                + " of Laos Khamsing Vong.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.CONSULTATIONS);
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Astana"));
    }

    @Test
    void aVisitWithSomeoneIsAMeetingNoTripThatFramesTheMeetings() {
        List<Meeting> meetings = PARSER.parse("test", " date 2017-05-11 Secretary of State Ana Torres met with Peruvian"
                + " Foreign Minister Paul Reed Wednesday in Washington.\n\nPresident Mark Hill also met with Reed, following his"
                + " visit with Torres.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.MEETING);
    }

    @Test
    void aCityThatHostsAtTheSentencesStartIsTheVenue() {
        Meeting meeting = PARSER.parse("test", "Lima hosted the political consultations of the foreign ministries of Peru"
                + " and Chile.\n").release().meetings().get(0);

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Lima"));
    }

    @Test
    void aRussianOfficeSetOffByCommasAfterANameIsItsTitleButTheNextOfAListIsNot() {
        Meeting before = main("Радий Хабиров, Глава Башкирии, встретился с послом Турции Мехметом Самсаром.\n");
        Meeting after = main("Посол Турции Мехмет Самсар встретился с Радием Хабировым, главой Башкирии, в Уфе.\n");
        PressRelease list = parse("Во встрече участвовали Владимир Путин, Премьер-министр Армении Никол Пашинян и Президент"
                + " Белоруссии Александр Лукашенко.\n");

        assertThat(before.participants().get(0).title()).contains("Глава Башкирии");
        assertThat(after.participants().get(1).title()).contains("глава Башкирии");
        assertThat(list.people()).extracting(Person::name).contains("Никол Пашинян");
    }

    @Test
    void aMeetingInACityAbroadToldJustAfterOutweighsTheDateline() {
        Meeting meeting = main("ISLAMABAD – Foreign Minister Ishaq Dar met Foreign Minister Amir Khan Muttaqi of Afghanistan."
                + "\n\nThe two sides agreed on trade during a high-level meeting in Kabul.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kabul"));
    }

    @Test
    void aMeetingBesideAGatheringPlacedAbroadBeforeOutweighsTheDateline() {
        Meeting meeting = main("TUNIS – Foreign Minister Karim Belhadj is taking part in the 9th Regional Council, whose"
                + " sessions are held on Monday at the headquarters of the organisation in Nairobi.\n\n"
                + "On the sidelines of these sessions, Belhadj had talks with Foreign Minister Omar Faleh of Libya.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Nairobi"));
    }

    @Test
    void aCityOfTheRegionTheSentenceNamesFirstIsTheMeetingsPlace() {
        List<Meeting> meetings = parse("Consul General Li Wenqiang visited Texas and met with Dan Corbell,"
                + " the Mayor of the city, in Houston.\n").meetings();

        assertThat(meetings.get(meetings.size() - 1).location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Houston"));
    }

    @Test
    void aMeetingInACityAbroadDatedOfItsOwnIsAnotherMeetingNotTheVenue() {
        Meeting meeting = main("ISLAMABAD – Foreign Minister Ishaq Dar met Foreign Minister Amir Khan Muttaqi of Afghanistan."
                + "\n\n\"I remember our meeting in Kabul in July,\" the minister said.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Islamabad"));
    }

    @Test
    void aPluralRussianOfficeSetOffByADashIsEachOnesTitle() {
        Meeting meeting = main("Премьер-министры Азербайджана и России — Али Асадов и Михаил Мишустин встретились в Баку.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Али Асадов", "Премьер-министр", "AZ"), tuple("Михаил Мишустин", "Премьер-министр", "RU"));
    }

    @Test
    void aRussianCallToldAsHeldByItsParticipleWasHeld() {
        Meeting call = main("Состоявшийся накануне телефонный разговор президента России Владимира Путина и президента США"
                + " Дональда Трампа был конструктивным.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.participants()).extracting(Person::name).containsExactly("Владимир Путин", "Дональд Трамп");
    }

    @Test
    void aRussianCallPlannedForAWeekdayIsNoMeetingHeld() {
        PressRelease release = parse("Президент Марат Сомов намерен провести в четверг телефонный разговор с президентом"
                + " Чили Аной Торрес.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aPhoneMeetingIsACall() {
        Meeting call = main("Minister Ana Torres held a phone meeting with Foreign Minister Juan Ramos of Peru on 3 May 2023.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aRussianTelephoneTalkInAnyCaseAndAnOnlineTalkTellTheirMeans() {
        Meeting call = main("Состоялась телефонная беседа министра Марата Сомова с министром Чили Аной Торрес.\n");
        Meeting online = main("Министр Марат Сомов провел онлайн-беседу с министром Чили Аной Торрес.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(online.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
    }

    @Test
    void aRussianMeetingOfTwoOfficesNamingNoOneIsAMeetingHeld() {
        Meeting meeting = main("В Заречинске состоялась встреча главы города с Генеральным консулом Италии.\n"
                + "Стороны наметили совместные культурные проекты на следующий год.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.countries()).contains(CountryCode.of("IT"));
    }

    @Test
    void aRussianMeetingOfTwoOfficesToComeIsNoMeetingHeld() {
        PressRelease release = parse("Встреча главы города с Генеральным консулом Италии состоится в пятницу.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aRussianMeetingInVideoFormatIsAVideoConference() {
        Meeting meeting = main("Министр Марат Сомов в видеоформате провел встречу с министром Чили Аной Торрес.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
    }

    @Test
    void consultationsByTelephoneAreACall() {
        Meeting english = main("Foreign Minister Ana Torres held telephone consultations with Foreign Minister Paul Reed of Peru.\n");
        Meeting russian = main("Состоялась телефонная консультация министра Марата Сомова с министром Чили Аной Торрес.\n");

        assertThat(english.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(russian.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void theForeignMinistersWhoseCouncilMetAreNoCounterpartsMetOneByOne() {
        Meeting meeting = main("Foreign Minister Ana Torres took part in the meeting of the Council of Foreign Ministers of the"
                + " Andean Community in Lima.\n\nThe online meeting was attended by the foreign ministers of Bolivia, Colombia and"
                + " Ecuador.\n");

        assertThat(meeting.countries()).extracting(CountryCode::code).containsSubsequence("BO", "CO", "EC");
    }

    @Test
    void aGroupOfStatesWhoseMinistersMetGivesItsMembersButNotTheGatheringAMeetingWasHeldBeside() {
        Meeting group = main("Nordic Foreign Ministers held their yearly meeting at UN headquarters in New York yesterday."
                + " The meeting was chaired by Liisa Rantanen, Minister for Foreign Affairs of Finland.\n");
        Meeting beside = main("Prime Minister Arun Mehta of India met President Lucas Ferreira of Brazil on the sidelines"
                + " of the G7 Summit in Hiroshima.\n");

        assertThat(group.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("DK", "FI", "IS", "NO", "SE");
        assertThat(beside.countries()).extracting(CountryCode::code).containsExactly("IN", "BR");
    }

    @Test
    void theStatesAHeadingOpensWithAreTheSidesOfTheMeetingBelowIt() {
        Meeting meeting = PARSER.parse("test", " date 2022-03-01 Thai, Lao foreign ministers discuss border trade\n\n"
                + "Foreign Minister Somsak Wongsawat hosted a working lunch with his Lao counterpart, Khamphou Vongsa, on"
                + " Friday.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("TH", "LA");
        assertThat(meeting.participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly("TH", "LA");
    }

    @Test
    void whoSomeoneHadAccompaniedOnAnEarlierVisitTookNoPartInTheMeeting() {
        Meeting meeting = main("Foreign Minister Somsak Wongsawat hosted a working lunch with his Lao counterpart, Khamphou"
                + " Vongsa, on Friday.\n\nKhamphou had accompanied Lao Prime Minister Bounmy Sisoulath on an official visit"
                + " to Thailand in February.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Somsak Wongsawat", "Khamphou Vongsa");
    }

    @Test
    void whoChairedTheMeetingTookPartInIt() {
        Meeting meeting = main("Energy prices were discussed at the meeting of the Council of Energy Ministers of the Baltic states,"
                + " held in Riga on May 4, said Latvian Energy Minister Janis Ozols.\n\nOzols, who chaired the meeting, told"
                + " reporters that it had gone well.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Janis Ozols");
    }

    @Test
    void aStyleWithTheAfterAnOfficeAndACommaLeavesTheOfficeAndItsCountryToTheName() {
        Meeting meeting = main("The talks were attended by the Prime Minister of Jamaica, the Most Honourable Paul Reed, and"
                + " the Prime Minister of Barbados, the Rt. Hon. Juan Ramos, in Bridgetown.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"), p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Paul Reed", "Prime Minister", "JM"), tuple("Juan Ramos", "Prime Minister", "BB"));
    }

    @Test
    void aBodyListedAmongAMinistrysPortfoliosLeavesTheMinisterHisCountry() {
        Meeting meeting = main("Minister Ana Torres met Portugal's Minister of Foreign Affairs, European Union and Trade, Paulo"
                + " Reis, in Lisbon.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Paulo Reis", "PT"));
    }

    @Test
    void aPartyInCapitalsAfterANameAbbreviatesNoOfficeAndTheNameStays() {
        Meeting meeting = main("President Luis Vega da Costa (PT) met Ambassador Paul Reed in Brasília on Monday.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Luis Vega da Costa", "Paul Reed");
    }

    @Test
    void anAbbreviationWhoseLettersTheSmallWordsMayOrMayNotGiveStillAbbreviatesTheOffice() {
        Meeting meeting = main("Executive Secretary of the Commission for Asia and the Pacific (CAP) Paul Reed met"
                + " Minister Ana Torres in Bangkok.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"))
                .contains(tuple("Paul Reed", "Executive Secretary of the Commission for Asia and the Pacific"));
    }

    @Test
    void aRetiredOfficersMarkAfterTheRankIsNoPartOfTheName() {
        Meeting meeting = main("President Ana Torres met Brigadier (retd) Paul Reed in Santiago on Monday.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
    }

    @Test
    void theSameOfficeNamedAgainAfterAndIsAnotherCountrys() {
        Meeting meeting = main("Chilean President Ana Torres and President Paul Reed met in Lima on Monday.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Ana Torres", "CL")).doesNotContain(tuple("Paul Reed", "CL"));
    }

    @Test
    void theRussianNameOfAseanEndsTheOfficeAndNamesNoOne() {
        Meeting meeting = main("Генеральный секретарь Ассоциации государств Юго-Восточной Азии Ана Торрес встретилась с"
                + " президентом Перу Хуаном Рамосом.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ана Торрес", "Хуан Рамос");
    }

    @Test
    void aPronounRightBeforeTheMeetingWordStandsForThePersonNamedBeforeEvenBesideTwoOthers() {
        PressRelease release = parse("Prime Minister Ana Torres of Chile is on a three-day official visit to Peru.\n\n"
                + "On Monday she held talks with President Paul Reed in Lima and met Foreign Minister Luis Vega.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.MEETING);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
        assertThat(release.meetings().get(2).participants()).extracting(Person::name).containsExactly("Ana Torres", "Luis Vega");
    }

    @Test
    void aDelegationsVisitThatNamesNoneOfItsMembersStillFramesTheMeetingItWasReceivedAt() {
        PressRelease release = parse("Делегация Ферганской области во главе с хокимом совершила рабочий визит в Тверскую"
                + " область по приглашению губернатора Олега Смирнова.\n\n"
                + "Гостей принял губернатор Олег Смирнов, стороны обсудили поставки зерна.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT, MeetingKind.MEETING);
        assertThat(release.meetings().get(0).participants()).isEmpty();
        assertThat(release.meetings().get(0).location()).map(Place::name).contains("Тверская область");
    }

    @Test
    void aVisitToldWithItsVerbAfterTheVisitsNounFramesTheMeetingItWasReceivedAt() {
        PressRelease release = parse("Губернатор принял гостей из Сербии\n\n"
                + "С рабочим визитом в Курганскую область прибыла делегация округа Тимок Республики Сербия во главе с"
                + " заместителем губернатора округа Андрашем Ковалем. Гостей принял губернатор Курганской области Игорь Мартынов.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT, MeetingKind.MEETING);
        assertThat(release.meetings().get(0).location()).map(Place::name).contains("Курганская область");
    }

    @Test
    void aVisitsTalksAndACallOnAnotherHostToldInOneSentenceAreTwoMeetings() {
        PressRelease release = parse("Prime Minister Ana Torres of Chile paid an official visit to Peru on 3 May 2024.\n\n"
                + "In Lima, she held talks with President Paul Reed and called on Foreign Minister Luis Vega.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.MEETING);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
        assertThat(release.meetings().get(2).participants()).extracting(Person::name).containsExactly("Ana Torres", "Luis Vega");
    }

    @Test
    void theHostsAVisitorMeetsWordByWordAreOfTheCountryTheyMeetIn() {
        // without the common header, whose publisher would lend its country to a side the text leaves open
        PressRelease visit = PARSER.parse("Swedish Foreign Minister Ana Torres held talks with Peruvian Foreign Minister"
                + " Luis Vega in Lima on 3 May 2024 and called on President Paul Reed.\n").release();
        PressRelease host = PARSER.parse("Peruvian Foreign Minister Luis Vega held talks with Swedish Foreign Minister"
                + " Ana Torres in Lima on 3 May 2024 and met Ambassador Jon Berg.\n").release();

        assertThat(visit.meetings()).extracting(m -> m.participants().get(1).name(),
                m -> m.participants().get(1).country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Luis Vega", "PE"), tuple("Paul Reed", "PE"));
        assertThat(visit.meetings().get(1).countries()).extracting(CountryCode::code).containsExactly("SE", "PE");
        assertThat(host.meetings().get(1).participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .as("the host's own guest is of no side the sentence names").containsExactly("PE", "-");
    }

    @Test
    void theUntitledLeaderOfADelegationTakesPartForItsSide() {
        PressRelease called = PARSER.parse("A British delegation headed by Helen Ward called on Minister for Planning"
                + " Asad Malik on 4 November 2021.\n").release();
        PressRelease received = PARSER.parse("Minister for Planning Asad Malik received a US delegation led by Helen Ward"
                + " on 4 November 2021.\n").release();

        assertThat(called.meetings().get(0).participants()).extracting(Person::name,
                p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Helen Ward", "GB"), tuple("Asad Malik", "-"));
        assertThat(received.meetings().get(0).participants()).extracting(Person::name,
                p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Asad Malik", "-"), tuple("Helen Ward", "US"));
    }

    @Test
    void theFederationCouncilsShortNameAndGagauziaEndTheOfficeBeforeTheName() {
        Meeting council = main("Глава Совфеда Ана Торрес провела встречу с президентом Перу Хуаном Рамосом.\n");
        Meeting region = main("Президент Перу Хуан Рамос встретился с башканом Гагаузии Анной Торрес.\n");

        assertThat(council.participants()).extracting(Person::name).containsExactly("Ана Торрес", "Хуан Рамос");
        assertThat(region.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Хуан Рамос", "PE"), tuple("Анна Торрес", "MD"));
    }

    @Test
    void aOneLetterWordThatEndsANameIsNoPrepositionAndTheListGoesOn() {
        Meeting meeting = main("Верительные грамоты Президенту Перу Хуану Рамосу вручили послы Республики Корея Пак Мин У"
                + " и Новой Зеландии Пол Рид.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Хуан Рамос", "PE"), tuple("Пак Мин У", "KR"), tuple("Пол Рид", "NZ"));
    }

    @Test
    void russiasAbbreviationInTitleCaseAndACongresssDelegatesAreNoNames() {
        PressRelease release = parse("Президент Рф Марат Сомов встретился с президентом Перу Хуаном Рамосом.\n\n"
                + "Делегаты Съезда встретились с президентом Перу Хуаном Рамосом.\n");

        assertThat(release.people()).extracting(Person::name).containsExactly("Марат Сомов", "Хуан Рамос");
    }

    @Test
    void aDatelineWhereInternationalBodiesSitTellsNoOfficialsCountry() {
        PressRelease release = PARSER.parse("test", "NEW YORK, 3 May 2023 - Foreign Minister Ana Torres met her"
                + " counterpart Paul Reed of Peru.\n").release();

        assertThat(release.meetings().get(0).participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ana Torres", "-"), tuple("Paul Reed", "PE"));
    }

    @Test
    void wireCopyFiledWhereTheCallerWentGivesTheDatelinesCountryToTheOneCalledOn() {
        PressRelease release = PARSER.parse("test", "Lima [Peru], March 9 (ANI): Trade Secretary Ana Torres on Monday"
                + " called on Paul Reed, Minister of Transport, and discussed ties between Chile and Peru.\n").release();

        assertThat(release.meetings().get(0).participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ana Torres", "CL"), tuple("Paul Reed", "PE"));
    }

    @Test
    void aCallerOnAnEnvoyOfAnotherStateIsOfTheDatelinesCountry() {
        PressRelease release = PARSER.parse("test", "LIMA: Regional Minister for Industry Ana Torres called on Deputy"
                + " Trade Representative of the Chilean Embassy Paul Reed the other day and discussed trade.\n").release();

        assertThat(release.meetings().get(0).participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ana Torres", "PE"), tuple("Paul Reed", "CL"));
    }

    @Test
    void aCallerOfTheDatelinesCountryWasCalledOnByAVisitor() {
        PressRelease release = PARSER.parse("test", "LIMA: Foreign Minister of Peru Ana Torres called on Caretaker Prime"
                + " Minister Paul Reed here on Monday and discussed trade.\n").release();

        assertThat(release.meetings().get(0).participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ana Torres", "PE"), tuple("Paul Reed", "-"));
    }

    @Test
    void aSignatureLineNamesTheOfficeHolderTheReadoutCallsByOfficeOnly() {
        for (String head : List.of("Readout of the Secretary-General's meeting with the Foreign Minister of Norway\n\n"
                + "Ana Duarte, Secretary-General\n\n", "Ana Duarte, Secretary-General\n\n")) {
            PressRelease release = PARSER.parse("test", head + "The Secretary-General met with Lars Berg, Minister for"
                    + " Foreign Affairs of Norway.\n").release();

            assertThat(release.meetings().get(0).participants()).as(head).extracting(Person::name, p -> p.title().orElse("-"))
                    .containsExactly(tuple("Ana Duarte", "Secretary-General"), tuple("Lars Berg", "Minister for Foreign Affairs"));
        }
    }

    @Test
    void aStandfirstTheBodyRepeatsWithItsPlaceGivesWayToTheBodysSentence() {
        Meeting meeting = PARSER.parse("test", " date 2022-04-18 Deputy Foreign Minister Ana Torres and her Peruvian"
                + " counterpart Paul Reed discussed how to boost cooperation.\n\nLIMA – Deputy Foreign Minister Ana Torres"
                + " and her Peruvian counterpart Paul Reed discussed how to boost cooperation during their annual talks"
                + " in Cusco on April 16.\n").release().meetings().get(0);

        assertThat(meeting.location()).map(Place::name).contains("Cusco");
        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2022-04-16")));
    }

    @Test
    void theHoldersOfAnOfficeTheLeadGivesTwoStatesAreNamedInTheSentencesAfter() {
        Meeting call = PARSER.parse("test", " date 2021-04-23 A phone call took place between the presidents of Estonia and"
                + " Peru.\n\nEstonian President Kadri Tamm congratulated Peru.\n\nPeruvian President Ana Torres expressed"
                + " hope for joint work.\n").release().meetings().get(0);

        assertThat(call.participants()).extracting(Person::name).containsExactly("Kadri Tamm", "Ana Torres");
    }

    @Test
    void theOnlyOneAMeetingsSentenceNamesBringsThoseTheSentenceBeforeNamesWithHim() {
        Meeting call = PARSER.parse("test", " date 2021-04-05 LIMA — The outgoing Chilean Ambassador, Pablo Soto, has bid"
                + " farewell to the Peruvian Foreign Minister Ana Torres.\n\nSpeaking during his farewell call on Friday,"
                + " Ambassador Soto said his duty was interesting.\n").release().meetings().get(0);

        assertThat(call.participants()).extracting(Person::name).containsExactly("Pablo Soto", "Ana Torres");
    }

    @Test
    void aSignatureBelowAReadoutsTitleIsKept() {
        PressRelease release = PARSER.parse("test", " date 2023-09-23 New York\n\n23 September 2023\n\nReadout of the"
                + " Secretary-General's meeting with H.E. Mr. Lars Berg, Minister for Foreign Affairs of the Kingdom of Norway\n\n"
                + "Ana Duarte, Secretary-General\n\nThe Secretary-General met with H.E. Mr. Lars Berg, Minister for Foreign"
                + " Affairs of the Kingdom of Norway.\n\nThe Secretary-General expressed his appreciation.\n").release();

        assertThat(release.people()).extracting(Person::name, p -> p.title().orElse("-"))
                .contains(tuple("Ana Duarte", "Secretary-General"));
    }

    @Test
    void aDatelineWhereLeadersGatherTellsNoOfficialsCountry() {
        for (String city : List.of("DAVOS", "BRUSSELS", "VIENNA")) {
            PressRelease release = PARSER.parse("test", city + ", 21 January 2025 - Prime Minister Ana Torres met"
                    + " President Paul Reed of Peru.\n").release();

            assertThat(release.meetings().get(0).participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                    .containsExactly("-", "PE");
        }
        PressRelease russian = PARSER.parse("test", "ДАВОС, 21 января 2025 года. Премьер-министр Ана Торрес встретилась"
                + " с президентом Перу Паулем Ридом.\n").release();

        assertThat(russian.meetings().get(0).participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly("-", "PE");
    }

    @Test
    void counterpartsOfTwoSidesAreMetOneByOneAlsoByASubjectOfNoNamedCountry() {
        PressRelease release = PARSER.parse("On 5 May 2025, Deputy Foreign Minister Ana Torres met with the Foreign"
                + " Minister of Peru Paul Reed and the Minister of Economy of Chile Luis Vega.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Ana Torres", "Paul Reed"), List.of("Ana Torres", "Luis Vega"));
    }

    @Test
    void aGroupThatOnlyAnOfficialsTitleNamesIsNoSideOfTheMeeting() {
        PressRelease release = PARSER.parse("On 5 May 2025, Foreign Minister Ana Torres of Chile met with the"
                + " Secretary-General of the Gulf Cooperation Council Paul Reed in Riyadh.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m ->
                assertThat(m.countries()).extracting(CountryCode::code).containsExactly("CL"));
    }

    @Test
    void aFamilyNameWrittenAsAFunctionWordOpensANameInsideASentence() {
        assertThat(PARSER.parse("The President met with To Minh Duc, general secretary of the party.\n").release().people())
                .extracting(Person::name).containsExactly("To Minh Duc");
        assertThat(PARSER.parse("The delegation came To Japan and met the President.\n").release().people()).isEmpty();
    }

    @Test
    void aVisitThatOpensTheSentenceIsItsSubjectsAndMakesHimNoHost() {
        PressRelease release = PARSER.parse("During his visit to Tokyo, Prime Minister Ana Torres held bilateral"
                + " meetings with the Prime Minister of Peru, Paul Reed, and the President of Chile, Luis Vega.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind, m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(tuple(MeetingKind.VISIT, List.of("Ana Torres")),
                        tuple(MeetingKind.MEETING, List.of("Ana Torres", "Paul Reed")),
                        tuple(MeetingKind.MEETING, List.of("Ana Torres", "Luis Vega")));
        assertThat(release.people().get(0).country()).isEmpty();
    }

    @Test
    void aGatheringAttendedAfterTheMeetingLendsItNeitherItsDayNorItsCity() {
        PressRelease release = PARSER.parse("test", " date 2025-09-30 News\nPrime Minister Ana Torres met the Prime"
                + " Minister of Peru, Paul Reed.\n\nThe Prime Minister also attended the Leaders Meeting of the Andean"
                + " Forum in Quito on 25 September.\n").release();

        assertThat(release.meetings().get(0).date()).isEmpty();
        assertThat(release.meetings().get(0).location()).isEmpty();
        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).containsExactly("Ana Torres");
        assertThat(release.meetings().get(1).date().flatMap(DateRef::value).map(v -> v.start().toString()))
                .contains("2025-09-25");
    }

    @Test
    void leadersWhoAttendedAreNoSubjectStoodForByItsOwnTitle() {
        PressRelease release = PARSER.parse("test", " date 2025-09-30 News\nOn 24 September 2025, Prime Minister Ana"
                + " Torres met the Prime Minister of Peru, Paul Reed.\n\nThe leaders also attended the Leaders Meeting"
                + " of the Andean Forum on 25 September.\n").release();

        assertThat(release.meetings()).hasSize(1);
    }

    @Test
    void aVideoLinkWrittenAfterAWordThatLeavesTheMeansOpenMakesAVideoConference() {
        assertThat(main("Prime Minister Ana Torres spoke with President Paul Reed of Peru by video link on 3 May 2024.\n")
                .kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
        assertThat(main("Prime Minister Ana Torres spoke with President Paul Reed of Peru on 3 May 2024.\n")
                .kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void dialledBeforeATitledPersonReportsACall() {
        assertThat(main("Prime Minister Ana Torres dialled President Paul Reed of Peru on 3 May 2024 to discuss trade.\n")
                .kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aFurtherMeetingHeldWhereTheVisitorWentIsPlacedThere() {
        PressRelease release = PARSER.parse("test", " date 2025-03-06 News\nForeign Minister Ana Torres paid an official"
                + " visit to Japan on 3-5 March.\n\nOn Monday, she held talks with Foreign Minister Kenji Sato in Tokyo.\n\n"
                + "On Wednesday, she travelled to Osaka, where she met Governor Taro Ito.\n").release();

        assertThat(release.meetings()).extracting(m -> m.location().map(Place::name).orElse("-"))
                .containsExactly("Japan", "Tokyo", "Osaka");
    }

    @Test
    void aSpokespersonMetRightAfterTheMeetingWordIsAParty() {
        Meeting meeting = main("Министр иностранных дел Перу Хуан Рамос встретился с официальным представителем"
                + " МИД Чили Анной Торрес.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Хуан Рамос", "Анна Торрес");
    }

    @Test
    void theHeadsOfStateOfAGroupWhoHeldAMeetingHeldASummit() {
        Meeting english = main("On 15 November 2024, the heads of state of Central Asia held their sixth consultative"
                + " meeting in Dushanbe.\n");
        Meeting russian = main("15 ноября 2024 года в Душанбе главы государств Центральной Азии провели шестую"
                + " Консультативную встречу.\n");

        for (Meeting meeting : List.of(english, russian)) {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
            assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("KZ", "KG", "TJ", "TM", "UZ");
        }
    }

    @Test
    void aCityWhereInternationalBodiesSitNamedInTheSentenceTellsNoOfficialsCountry() {
        PressRelease release = PARSER.parse("test", "Prime Minister Ana Torres met the Secretary General of NATO"
                + " Paul Reed in Brussels on 3 May 2024.\n").release();

        assertThat(release.meetings().get(0).participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly("-", "-");
    }

    @Test
    void whoAccompaniesTheGuestTakesPartAlsoWhenTheSentenceIsTurnedRound() {
        Meeting meeting = main("President Ana Torres of Chile held talks with President Paul Reed of Peru in Lima.\n\n"
                + "Accompanying the President was Foreign Minister Luis Vega.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed", "Luis Vega");
    }

    @Test
    void aConferenceOfHeadsOfGovernmentIsASummit() {
        Meeting meeting = main("Prime Minister Paul Reed attended the Conference of Heads of Government of the Andean"
                + " Community in Lima on Monday.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
    }

    @Test
    void initialsWithoutStopsAfterAGivenNameAreTheNamesAndAPressUnitIsNoOne() {
        PressRelease release = parse("Foreign Minister Sari NR Wibowo met Foreign Minister Paul Reed of Peru in Jakarta on"
                + " Monday, the President Media Unit said.\n");

        assertThat(release.meetings().get(0).participants()).extracting(Person::name, p -> p.title().orElse("-"))
                .containsExactly(tuple("Sari NR Wibowo", "Foreign Minister"), tuple("Paul Reed", "Foreign Minister"));
        assertThat(release.people()).extracting(Person::name).containsExactly("Sari NR Wibowo", "Paul Reed");
    }

    @Test
    void aHyphenatedViceOfficeIsATitleAndParticlesDoNotCountAsWordsOfALongName() {
        PressRelease release = parse("Vice-Minister Paul Reed met Minister Ana Torres on Monday.\n\n"
                + "Sheikh Omar bin Ali bin Saeed Al Habtoor met Minister Ana Torres on Tuesday.\n");

        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Paul Reed", "Ana Torres", "Omar bin Ali bin Saeed Al Habtoor");
    }

    @Test
    void envoysListedWithTheirCountriesInBracketsAreTheCeremonysParticipants() {
        Meeting meeting = main("President Hugo Mora received the letters of credence of new ambassadors on Monday.\n\n"
                + "They are: Paul Reed (Peru), Ana Torres (Chile) and Sara Lind (Sweden).\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Paul Reed", "PE"), tuple("Ana Torres", "CL"), tuple("Sara Lind", "SE"));
    }

    @Test
    void anOfficerInChargeIsATitle() {
        PressRelease release = parse("Officer-in-Charge Paul Reed said Minister Ana Torres met Ambassador Luis Vega.\n");

        assertThat(release.people()).extracting(Person::name).contains("Paul Reed");
    }

    @Test
    void aRussianPrinceIsATitleInEveryCaseAndHisCountryEndsIt() {
        Meeting meeting = main("Президент Перу Хуан Рамос встретился с наследным принцем Саудовской Аравии Омаром бен"
                + " Али.\n");
        Meeting other = main("Президент Перу Хуан Рамос встретился с принцем Иордании Омаром бен Али.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"))
                .containsExactly(tuple("Хуан Рамос", "Президент"), tuple("Омар бен Али", "наследный принц"));
        assertThat(other.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Хуан Рамос", "PE"), tuple("Омар бен Али", "JO"));
    }

    @Test
    void aRussianRegnalNumberReadsBackToItsNominative() {
        Meeting meeting = main("Президент Перу Хуан Рамос встретился с королем Иордании Омаром Вторым.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Хуан Рамос", "Омар Второй");
    }

    @Test
    void aCountrysCapitalIsItsCapitalCityWhetherTheNameComesBeforeOrAfterTheNoun() {
        Meeting english = main("Foreign Minister Ana Torres of Chile met Secretary of State Paul Reed in the US capital.\n");
        Meeting russian = main("Президент Перу Хуан Рамос встретился в столице России с президентом Чили Аной Торрес.\n");
        Meeting named = main("Президент Перу Хуан Рамос встретился в столице Эфиопии Аддис-Абебе с президентом Чили Аной"
                + " Торрес.\n");

        assertThat(english.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Washington"));
        assertThat(russian.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Москва"));
        assertThat(named.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Аддис-Абеба"));
    }

    @Test
    void theCapitalOfACountryIsItsCapitalCity() {
        Meeting meeting = main("The talks were held in the capital of Peru on Monday between Foreign Minister Ana Torres of"
                + " Chile and Foreign Minister Paul Reed of Peru.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Lima"));
    }

    @Test
    void aCallTakesNoCityFromTheCaptionAboveIt() {
        Meeting call = main("In this file photo, the two presidents arrive in the garden of the White House in Washington."
                + "\n\nPresident Barack Obama and President Xi Jinping spoke on the phone Friday.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.location()).isEmpty();
    }

    @Test
    void anEnvoyMeetsHisHostCountrysOfficialsInItsCapitalWhereverTheStoryWasFiled() {
        Meeting meeting = main("Москва. 13 января. INTERFAX.RU - Во вторник министр иностранных дел Молдавии Ион Попа"
                + " принял посла РФ в Кишиневе Олега Смирнова.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Кишинев"));
    }

    @Test
    void aRussianInitialOfTwoLettersOpensAName() {
        PressRelease release = parse("Министр иностранных дел Сергей Лавров провел переговоры с госсекретарем США Дж. Керри."
                + " Заместитель министра Сергей Рябков вручил послу США Дж.Салливану ноту, обсудив процесс в Афганистане.\n");

        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Сергей Лавров", "Дж. Керри", "Сергей Рябков", "Дж.Салливан");
        assertThat(release.meetings().get(0).location()).isEmpty();
    }

    @Test
    void anInternationalBodysSeatInTheDatelineIsNoSide() {
        Meeting meeting = PARSER.parse("test", "VIENNA, 5 May 2025 - The OSCE Secretary General, Lars Berg, met Edin Hodzic,"
                + " a member of the Presidency, in Sarajevo.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).doesNotContain("AT");
    }

    @Test
    void aCeremonysEnvoysListedOverTwoSentences() {
        Meeting ceremony = main("President Uhuru Kenyatta received credentials from five envoys at State House, Nairobi."
                + "\n\nHigh Commissioners Ana Silva (Nigeria) and Kofi Mensah (Ghana) presented their credentials to the"
                + " President.\n\nOthers were Ambassadors Jon Dahl (Norway), Ida Berg (European Union) and Eva Holm"
                + " (Finland).\n");

        assertThat(ceremony.participants()).extracting(Person::name).containsExactly("Uhuru Kenyatta", "Ana Silva",
                "Kofi Mensah", "Jon Dahl", "Ida Berg", "Eva Holm");
    }

    @Test
    void aNameInBracketsAfterANameIsTheSamePerson() {
        PressRelease release = parse("President Joko Widodo (Jokowi) met Prime Minister Justin Trudeau of Canada.\n\nPresident"
                + " Jokowi was accompanied by Foreign Minister Retno Marsudi in the first Strategic Dialogue (SD) meeting.\n");

        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Joko Widodo", "Justin Trudeau", "Retno Marsudi");
    }

    @Test
    void aVerbAfterATitleIsTheVerbNotANoun() {
        Meeting meeting = main("The President met with Foreign Minister Hakan Fidan of Turkiye on Monday.\n");

        assertThat(meeting.participants()).extracting(Person::name).contains("Hakan Fidan");
    }

    @Test
    void aTelephoneConferenceIsACall() {
        Meeting call = main("Foreign Minister Murat Nurtleu held a telephone conference with Foreign Minister of Hungary"
                + " Peter Szijjarto.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aMeetingThatThisCameDuringIsThePairsJustNamed() {
        Meeting meeting = main("Foreign Minister Murat Nurtleu and Foreign Minister of Hungary Peter Szijjarto agreed"
                + " on closer ties.\n\nThis came during a meeting in Astana on Wednesday.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "Peter Szijjarto");
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Astana"));
    }

    @Test
    void theDayASpeakerToldOfTheMeetingIsNotItsDay() {
        Meeting meeting = main("The ministry said on Thursday that Foreign Minister Murat Nurtleu met Foreign Minister"
                + " of Hungary Peter Szijjarto on Wednesday in Astana.\n");

        assertThat(meeting.date().flatMap(DateRef::value).map(DateValue::start)).contains(LocalDate.of(2024, 10, 23));
    }

    @Test
    void aQuotedStatementInSeveralSentencesTakesTheDayOfTheWordsThatSayWhoseItIs() {
        Meeting meeting = main("Foreign Minister Murat Nurtleu has had his phone call with Foreign Minister of Hungary"
                + " Peter Szijjarto.\n\n\u201cHad a phone call with Murat Nurtleu. Talked about energy. Agreed to stay in"
                + " touch,\u201d Szijjarto posted on Wednesday evening.\n");

        assertThat(meeting.date().flatMap(DateRef::value).map(DateValue::start)).contains(LocalDate.of(2024, 10, 23));
    }

    @Test
    void counterpartsMetFromListedCountriesAreOneMeetingEach() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu met his counterparts from Croatia and Japan in"
                + " New York on October 22.\n");

        assertThat(release.meetings()).extracting(m -> m.countries().toString())
                .containsExactly("[KZ, HR]", "[KZ, JP]");
    }

    @Test
    void counterpartsMetOfListedPeoplesAreOneMeetingEach() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu met his Croatian and Japanese counterparts in"
                + " New York on October 22.\n");

        assertThat(release.meetings()).extracting(m -> m.countries().toString())
                .containsExactly("[KZ, HR]", "[KZ, JP]");
    }

    @Test
    void whoMetCounterpartsFromListedCountriesIsOfNoneOfThem() {
        PressRelease release = PARSER.parse("test", "Foreign Minister Ana Torres met her counterparts from Peru and"
                + " Chile on Tuesday.\n").release();

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings()).allSatisfy(m -> assertThat(m.participants().get(0).country().map(CountryCode::code))
                .isNotIn(Optional.of("PE"), Optional.of("CL")));
    }

    @Test
    void gatheringAttendedInALaterSentenceIsAFurtherMeeting() {
        PressRelease release = parse("On October 23, Foreign Minister Murat Nurtleu received Ambassador of Japan"
                + " Kenji Tanaka in Astana.\n\nOn October 22, Murat Nurtleu attended the C5+1 ministerial meeting"
                + " in Samarkand.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.MEETING, MeetingKind.MEETING);
        Meeting attended = release.meetings().get(1);
        assertThat(attended.participants()).extracting(Person::name).containsExactly("Murat Nurtleu");
        assertThat(attended.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Samarkand"));
    }

    @Test
    void peersNamedAfterTheirStatesAreCounterpartsMetOneByOne() {
        List<Meeting> meetings = PARSER.parse("test", "QUITO, April 13 - Foreign Minister Tomas Reku of Ecuador met his"
                + " peers from Peru and Chile, Ana Vidal and Karl Berg, on Tuesday.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.participants().get(1).name()).containsExactly("Ana Vidal", "Karl Berg");
    }

    @Test
    void aNamedGatheringTheLeadsMeetingsWereHeldAtIsAMeetingOfItsOwn() {
        PressRelease release = PARSER.parse("test", "VADUZ, June 3 - On Tuesday, Chancellor Mara Steiner of Liechtenstein"
                + " held discussions with three Nordic heads of government at the 7th Rhine Valley Summit.\n\n"
                + "She first received Swedish Prime Minister Erik Lund.\n\n"
                + "Steiner then had talks with Finland's Prime Minister, Aino Virta, on energy prices.\n")
                .release();

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactlyInAnyOrder(MeetingKind.SUMMIT, MeetingKind.MEETING, MeetingKind.TALKS);
        assertThat(release.meetings()).filteredOn(m -> m.kind() == MeetingKind.SUMMIT).singleElement()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name).containsExactly("Mara Steiner"));
    }

    @Test
    void aGatheringLeftUnnamedAfterAtIsNoMeetingOfItsOwn() {
        PressRelease release = PARSER.parse("test", " date 2023-05-10 Prime Minister Lena Holm held talks with Austrian"
                + " Chancellor Karl Berger at the start of the summit in Graz today.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS);
    }

    @Test
    void aGatheringAttendedWhereTheSubjectAlsoMetSomeoneIsAMeetingOfItsOwn() {
        PressRelease release = PARSER.parse("test", " date 2024-03-06 Foreign Minister Ana Torres attended the SCO"
                + " ministerial meeting in Astana, where she also met Chinese Foreign Minister Li Wen.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().size()).containsExactly(2, 1);
        assertThat(release.meetings().get(1).participants().get(0).name()).isEqualTo("Ana Torres");
    }

    @Test
    void aCounterpartTheLeadLeavesUnnamedIsTheOneTheNextSentencePairsWithTheSubject() {
        Meeting call = PARSER.parse("test", " date 2020-01-04 Greece's Foreign Minister Nikos Pappas spoke with his"
                + " Peruvian counterpart over the phone on Saturday.\n\nAccording to diplomatic sources, Pappas and Paul"
                + " Reed discussed the situation in Syria and Libya.\n").release().meetings().get(0);

        assertThat(call.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Nikos Pappas", "GR"), tuple("Paul Reed", "PE"));
    }

    @Test
    void theCityOfAGatheringAttendedNamesNoSideForItsAttendee() {
        PressRelease release = PARSER.parse("test", " date 2024-03-06 Foreign Minister Ana Torres took part in the SCO"
                + " ministerial meeting in Astana, where she also met Chinese Foreign Minister Li Wen.\n").release();

        assertThat(release.meetings().get(0).participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly("-", "CN");
    }

    @Test
    void attendingTheMeetingAlreadyReportedAddsNoMeeting() {
        PressRelease release = parse("On October 23, Foreign Minister Murat Nurtleu received Ambassador of Japan"
                + " Kenji Tanaka in Astana.\n\nDeputy Foreign Minister Roman Vassilenko also attended the meeting.\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .contains("Murat Nurtleu", "Kenji Tanaka", "Roman Vassilenko");
    }

    @Test
    void meetingToldAgainBetweenTheSamePeopleADayApartIsOneMeeting() {
        Person nurtleu = Person.builder().name("Murat Nurtleu").span(Span.of(0, 13)).build();
        Person szijjarto = Person.builder().name("Peter Szijjarto").span(Span.of(20, 35)).build();
        Meeting told = Meeting.builder().kind(MeetingKind.TALKS).span(Span.of(0, 40)).participants(List.of(nurtleu, szijjarto))
                .date(day(23)).build();
        Meeting toldAgain = Meeting.builder().from(told).participants(List.of(szijjarto, nurtleu))
                .date(day(22)).build();
        Meeting weekLater = Meeting.builder().from(told).date(day(30)).build();
        Meeting call = Meeting.builder().from(told).kind(MeetingKind.PHONE_CALL).build();
        List<Meeting> meetings = new ArrayList<>(List.of(told, toldAgain, weekLater, call));

        MeetingFinder.withoutRetellings(meetings);

        assertThat(meetings).containsExactly(told, weekLater, call);
    }

    private static DateRef day(int october) {
        return DateRef.builder().value(DateValue.of(LocalDate.of(2024, 10, october))).text(october + " October")
                .span(Span.of(0, 10)).build();
    }

    @Test
    void namedMeetingOfHeadsOfStateIsASummitWithItsSequence() {
        Meeting meeting = main("President Kassym-Jomart Tokayev took part in the sixth Consultative Meeting of the"
                + " Heads of State of Central Asia in Astana.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
        assertThat(meeting.name()).contains("Consultative Meeting of the Heads of State of Central Asia");
        assertThat(meeting.sequence()).hasValue(6);
    }

    // ---- series and next meeting ----------------------------------------------------------

    @Test
    void aGatheringsWordInsideSomeonesTitleNamesNoSeries() {
        PressRelease release = parse("Chairman of the Majilis Serik Omarov held talks with the Speaker of the Peruvian"
                + " Congress, Lucia Paz, in Geneva.\n");

        assertThat(release.meetings().get(0).name()).isEmpty();
        assertThat(release.related()).isEmpty();
    }

    @Test
    void aDaysOrdinalAfterItsMonthCountsNoRound() {
        Meeting meeting = main("On October 12th a meeting was held in Geneva by two foreign ministers, Rosa Quispe of"
                + " Peru and Elena Morales of Chile.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Rosa Quispe", "Elena Morales");
        assertThat(meeting.sequence()).isEmpty();
    }

    @Test
    void seriesNameAbbreviationSequenceAndNextRound() {
        Meeting meeting = main("Deputy Foreign Minister Roman Vassilenko and Assistant Secretary of State Donald Lu"
                + " held the third meeting of the Strategic Dialogue (SD) in Washington on 22 October 2024.\n\n"
                + "The parties agreed to hold the next round in Astana in 2025.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.DIALOGUE);
        assertThat(meeting.name()).contains("Strategic Dialogue");
        assertThat(meeting.abbreviation()).contains("SD");
        assertThat(meeting.sequence()).hasValue(3);
        assertThat(meeting.date()).hasValueSatisfying(d ->
                assertThat(d.value()).contains(DateValue.of(LocalDate.of(2024, 10, 22))));
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Washington"));
        assertThat(meeting.countries()).containsExactly(KZ, CountryCode.of("US"));
        assertThat(meeting.next()).hasValueSatisfying(next -> {
            assertThat(next.location()).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("Astana");
                assertThat(p.country()).contains(KZ);
            });
            assertThat(next.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2025")));
        });
    }

    @Test
    void noNextMeetingWithoutACue() {
        Meeting meeting = main("Deputy Foreign Minister Roman Vassilenko met with Ambassador of Japan Ichiro Ogasawara"
                + " in Astana.\n\nThe parties discussed trade in 2025.\n");

        assertThat(meeting.next()).isEmpty();
    }

    // ---- several meetings -----------------------------------------------------------------

    @Test
    void someoneMetRightAfterTheWordsOfMeetingIsTheOneMetThoughGivenNoOffice() {
        List<Meeting> meetings = parse("Foreign Minister Daniel Orvane held talks with Foreign Minister Piet Marsk of"
                + " Veldia in Marsden on Monday.\n\nOrvane also met with Karl Weissmann, a writer, who heads the"
                + " city's book fair.\n").meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meetings.get(1).participants()).extracting(Person::name)
                .containsExactly("Daniel Orvane", "Karl Weissmann");
    }

    @Test
    void someoneJoinedToAMeetingWordIsTheOneMetThoughTheirOfficeFollowsTheName() {
        List<Meeting> meetings = parse("Envoy Daniel Orvane, who is on a three-day visit to Veldia, held talks with"
                + " Foreign Minister Piet Marsk on Monday.\n\nOrvane also had a working lunch with Karl Weissmann,"
                + " chief of the ruling party's foreign policy committee.\n").meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name)
                .containsExactly("Daniel Orvane", "Karl Weissmann");
    }

    @Test
    void aVisitToldInARelativeClauseThatNamesNoPlaceIsTheGuestsWhenItFramesSeveralMeetings() {
        List<Meeting> meetings = parse("Estonian Foreign Minister Kadri Lepp on Tuesday called on Chile's President"
                + " Tomas Arce and reviewed trade links.\n\nMinister Lepp, who is here on a three-day official visit,"
                + " is the first Estonian minister to travel to the region this year.\n\nLater in the day, Lepp met"
                + " her Chilean counterpart Ines Rojas.\n").meetings();

        assertThat(meetings).hasSize(3);
        assertThat(meetings.get(0).kind()).isEqualTo(MeetingKind.VISIT);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Kadri Lepp");
        assertThat(meetings.get(0).countries()).containsExactly(CountryCode.of("EE"), CountryCode.of("CL"));
    }

    @Test
    void aLeadBelowAPagesLongMenuIsStillFound() {
        String menu = String.join("\n", "Politics", "Economy", "Society", "Culture", "Sport", "World", "Opinion",
                "Photo", "Video", "Regions", "Science", "Health", "Travel", "Archive", "Contacts", "Subscribe");
        PressRelease release = parse(menu + "\n\nForeign Minister Lena Varga held talks with her Austrian counterpart"
                + " Peter Lind in Vienna on 14 March 2024.\n\nThe ministers reviewed trade and energy links.\n");

        assertThat(release.meetings()).singleElement().satisfies(talks -> {
            assertThat(talks.kind()).isEqualTo(MeetingKind.TALKS);
            assertThat(talks.participants()).extracting(Person::name).containsExactly("Lena Varga", "Peter Lind");
        });
    }

    @Test
    void visitFramesItsTalksAndAFurtherMeetingOnTheSameDay() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu paid an official visit to Spain.\n\n"
                + "During the visit, Nurtleu held talks with Minister of Foreign Affairs of Spain José Manuel Albares"
                + " on 23 October.\n\n"
                + "On the same day, Nurtleu also met with Minister of Industry of Spain Jordi Hereu.\n");

        assertThat(release.meetings()).hasSize(3);
        Meeting visit = release.meetings().get(0);
        Meeting talks = release.meetings().get(1);
        Meeting second = release.meetings().get(2);
        assertThat(visit.kind()).isEqualTo(MeetingKind.VISIT);
        assertThat(visit.participants()).extracting(Person::name).containsExactly("Murat Nurtleu");
        assertThat(visit.location().map(p -> p.name())).hasValue("Spain");
        assertThat(visit.countries()).containsExactly(KZ, CountryCode.of("ES"));
        assertThat(talks.kind()).isEqualTo(MeetingKind.TALKS);
        assertThat(talks.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "José Manuel Albares");
        assertThat(talks.participants()).extracting(Person::country)
                .containsExactly(Optional.of(KZ), Optional.of(CountryCode.of("ES")));
        assertThat(talks.date()).hasValueSatisfying(d ->
                assertThat(d.value()).contains(DateValue.of(LocalDate.of(2024, 10, 23))));

        assertThat(second.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(second.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "Jordi Hereu");
        assertThat(second.participants().get(1).title()).contains("Minister of Industry");
        assertThat(second.countries()).containsExactly(KZ, CountryCode.of("ES"));
        assertThat(second.date()).hasValueSatisfying(d -> {
            assertThat(d.value()).isEqualTo(talks.date().orElseThrow().value());
            assertThat(d.text()).isEqualTo("the same day");
        });
        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Murat Nurtleu", "José Manuel Albares", "Jordi Hereu");
    }

    // ---- no meeting -----------------------------------------------------------------------

    @Test
    void statementIsNoMeeting() {
        PressRelease release = parse("The Ministry of Foreign Affairs of Kazakhstan issued a statement on the"
                + " situation in the Middle East.\n\nKazakhstan calls on all parties to exercise restraint.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void condolenceTelegramIsNoMeeting() {
        PressRelease release = parse("President Kassym-Jomart Tokayev sent a condolence telegram to President of"
                + " Türkiye Recep Tayyip Erdogan.\n\nThe Head of State expressed deep condolences.\n");

        assertThat(release.meetings()).isEmpty();
        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Kassym-Jomart Tokayev", "Recep Tayyip Erdogan");
    }

    @Test
    void briefingAboutAnUpcomingSummitIsNoMeeting() {
        PressRelease release = parse("Foreign Ministry spokesperson Aibek Smadiyarov held a briefing about the"
                + " upcoming summit of the Organization of Turkic States in Bishkek.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // invited to it
        "President Tom Reid said Fiji was invited to participate in a regional meeting convened by President Ana Cruz in Lima.",
        "President Tom Reid has been invited to attend a summit convened by President Ana Cruz in Lima.",
        // a taking part to come
        "Министр иностранных дел Чили Анна Крус 3 сентября примет участие во встрече министров в формате видеоконференции.",
        "Foreign Minister Ana Cruz will take part in the meeting of ministers held by video conference on 3 September.",
        // not held
        "Встреча президента Чили Анны Крус с президентом Перу Луисом Сото так и не состоялась.",
        "The meeting between President Ana Cruz of Chile and President Luis Soto of Peru was cancelled.",
    })
    void aGatheringInvitedToToComeOrNotHeldIsNoMeeting(String body) {
        assertThat(parse(body + "\n").meetings()).isEmpty();
    }

    // ---- countries ------------------------------------------------------------------------

    @Test
    void officialWithoutCountryTakesThePublishersCountry() {
        String body = "Deputy Foreign Minister Daulet Serikbayev met with Ambassador of France Sylvain Guiaugue.\n";

        Meeting credited = main(body);
        Meeting uncredited = PARSER.parse("test", " date 2024-10-24\n\n" + body).release().meetings().get(0);

        assertThat(credited.participants()).extracting(Person::country)
                .containsExactly(Optional.of(KZ), Optional.of(CountryCode.of("FR")));
        assertThat(credited.countries()).containsExactly(KZ, CountryCode.of("FR"));
        assertThat(uncredited.participants()).extracting(Person::country)
                .containsExactly(Optional.empty(), Optional.of(CountryCode.of("FR")));
    }

    @Test
    void aWellKnownOfficialWithoutCountryWordsTakesTheListedCountry() {
        Meeting meeting = PARSER.parse("test", "President Shavkat Mirziyoyev held a telephone conversation with"
                + " President Vladimir Putin.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::country)
                .containsExactly(Optional.of(CountryCode.of("UZ")), Optional.of(CountryCode.of("RU")));
    }

    // ---- topics and outcomes --------------------------------------------------------------

    @Test
    void topicsComeFromTheDiscussedList() {
        String body = "Kazakh Foreign Minister Murat Nurtleu had a telephone conversation with Minister of Foreign"
                + " Affairs of Hungary Péter Szijjártó.\n\n"
                + "The ministers discussed cooperation in energy, transport and agriculture.\n";
        PressRelease release = parse(body);
        Meeting meeting = release.meetings().get(0);

        assertThat(meeting.topics()).extracting(Topic::label)
                .containsExactly("cooperation in energy", "transport and agriculture");
        assertThat(meeting.topics()).allSatisfy(t -> assertThat(t.span().cut(release.text())).isEqualTo(t.label()));
        assertThat(meeting.outcomes()).isEmpty();
    }

    @Test
    void outcomesAreTheAgreedAndSignedClauses() {
        String body = "Deputy Foreign Minister Akan Rakhmetullin met with Ambassador of France to Kazakhstan Sylvain"
                + " Guiaugue.\n\n"
                + "The parties agreed to intensify political dialogue. The sides signed a memorandum on consular"
                + " cooperation.\n";
        PressRelease release = parse(body);
        Meeting meeting = release.meetings().get(0);

        assertThat(meeting.outcomes()).extracting(Outcome::text).containsExactly(
                "The parties agreed to intensify political dialogue",
                "The sides signed a memorandum on consular cooperation");
        assertThat(meeting.outcomes()).allSatisfy(o -> assertThat(o.span().cut(release.text())).isEqualTo(o.text()));
    }

    // ---- related events -------------------------------------------------------------------

    @Test
    void visitReferredToIsARelatedEvent() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu met with Federal Minister for Foreign Affairs of"
                + " Germany Annalena Baerbock in Astana.\n\n"
                + "The ministers discussed the preparations for the visit of President Kassym-Jomart Tokayev to"
                + " Germany in March this year.\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.related()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(MeetingKind.VISIT);
            assertThat(event.location()).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("Germany");
                assertThat(p.country()).contains(CountryCode.of("DE"));
            });
            assertThat(event.date()).hasValueSatisfying(d -> {
                assertThat(d.text()).isEqualTo("March this year");
                assertThat(d.value()).contains(DateValue.parse("2024-03"));
                assertThat(d.precision()).contains(DatePrecision.MONTH);
            });
            assertThat(event.participants()).extracting(Person::name).containsExactly("Kassym-Jomart Tokayev");
        });
    }

    @Test
    void possessiveVisitOfAKnownPersonIsARelatedEvent() {
        PressRelease release = parse("Deputy Foreign Minister Roman Vassilenko met with Ambassador of Belgium Jan Peeters"
                + " in Astana.\n\n"
                + "The parties recalled Vassilenko's visit to Brussels last September.\n");

        assertThat(release.related()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(MeetingKind.VISIT);
            assertThat(event.participants()).extracting(Person::name).containsExactly("Roman Vassilenko");
            assertThat(event.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Brussels"));
            assertThat(event.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-09")));
        });
    }

    @Test
    void aVisitANamedPossessiveOwnsIsTheirsNotTheSubjectsWhoWelcomedIt() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu met with the Minister of Foreign Affairs of Peru Lucia"
                + " Paz in Astana.\n\n"
                + "Deputy Foreign Minister Roman Vassilenko welcomed Paz's visit to Kazakhstan.\n");

        assertThat(release.related()).filteredOn(event -> event.kind() == MeetingKind.VISIT).singleElement()
                .satisfies(event -> assertThat(event.participants()).extracting(Person::name).containsExactly("Lucia Paz"));
    }

    @Test
    void theMainMeetingIsNotARelatedEvent() {
        PressRelease release = parse("Kazakh Foreign Minister Murat Nurtleu held talks with Minister of Foreign Affairs"
                + " of Azerbaijan Jeyhun Bayramov in Baku.\n");

        assertThat(release.related()).extracting(Event::kind).doesNotContain(MeetingKind.TALKS, MeetingKind.MEETING);
        assertThat(release.related()).isEmpty();
    }

    @Test
    void anEarlierRoundOfTheSeriesIsARelatedEventOfItsKindAndName() {
        PressRelease release = parse("Kazakhstan and Chile held the third round of Foreign Office Consultations in Santiago"
                + " on Friday.\n\n"
                + "The previous round of the consultations was held in Astana in June 2021.\n");

        assertThat(release.related()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(MeetingKind.CONSULTATIONS);
            assertThat(event.name()).contains("Foreign Office Consultations");
            assertThat(event.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Astana"));
            assertThat(event.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2021-06")));
        });
    }

    @Test
    void aGatheringThatSaysWhyTheCounterpartCameLeavesThemTheMeetings() {
        Meeting meeting = PARSER.parse("test", "Президент Казахстана Аскар Жумабеков встретился с прибывшим в Астану для"
                + " участия в заседании Совета министров Министром иностранных дел Перу Луисом Карденасом.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Аскар Жумабеков", "Луис Карденас");
    }

    @Test
    void counterpartsListedAfterWhatTheyCameForMetOneByOne() {
        List<Meeting> meetings = PARSER.parse("test", "Президент Казахстана Аскар Жумабеков провел встречи с прибывшими"
                + " для участия в саммите Президентами Перу Луисом Карденасом, Чили Андресом Фуэнтесом и Кении Питером"
                + " Отиено.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Луис Карденас", "Андрес Фуэнтес", "Питер Отиено");
    }

    @Test
    void aVisitToldInsideAMeetingsWithIsTheCounterpartsComingNoMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "АСТАНА, 16 ноября. /КАЗИНФОРМ/. 15 ноября Президент Казахстана"
                + " Аскар Жумабеков провел встречи с приехавшими в республику с визитом для участия в саммите"
                + " Президентами Перу Луисом Карденасом, Чили Андресом Фуэнтесом и Кении Питером Отиено.\n")
                .release().meetings();

        assertThat(meetings).extracting(Meeting::kind)
                .containsExactly(MeetingKind.MEETING, MeetingKind.MEETING, MeetingKind.MEETING);
    }

    @Test
    void aShortRussianPlaceListedFormByFormIsNamedInTheNominative() {
        Meeting meeting = PARSER.parse("test", "Министр иностранных дел Перу Роза Киспе встретилась в Вене с Министром"
                + " иностранных дел Чили Андресом Фуэнтесом.\n").release().meetings().get(0);

        assertThat(meeting.location()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Вена");
            assertThat(p.span().cut("Министр иностранных дел Перу Роза Киспе встретилась в Вене")).isEqualTo("Вене");
        });
    }

    @Test
    void anOfficialOfTheOrganizationOfAmericanStatesInRussianHasNoCountry() {
        Meeting meeting = PARSER.parse("test", "Министр иностранных дел Перу Роза Киспе провела переговоры с генеральным"
                + " секретарём Организации американских государств Карлосом Рохасом.\n").release().meetings().get(0);

        assertThat(meeting.participants()).filteredOn(p -> p.name().equals("Карлос Рохас")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEmpty());
    }

    @Test
    void aDateBeforeACaptionsVerbIsThePhotosWhenAnotherFollowsIt() {
        Meeting meeting = main("This picture, handed out by the Chilean foreign ministry on October 24, shows Foreign"
                + " Minister Elena Morales greeting her Peruvian counterpart Rosa Quispe at their meeting in Quito on"
                + " October 22.\n");

        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-10-22")));
    }

    @Test
    void discussionsTheNextSentenceTellsWereByPhoneAreACall() {
        Meeting meeting = main("On Monday, Foreign Minister Elena Morales of Chile held discussions with Peruvian Foreign"
                + " Minister Rosa Quispe on trade.\n\n"
                + "Morales, who last met Quispe in Lima in May, held a telephone conversation with her, the ministry said.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void aLeadThatSumsUpMeetingsOfWhichOneIsToldIsNoMeetingOfItsOwn() {
        List<Meeting> meetings = parse("Chairman of the Majilis Serik Omarov held several bilateral meetings within the"
                + " Inter-Parliamentary Union Assembly in Geneva.\n\n"
                + "Serik Omarov and Pablo Vera, the Speaker of the Chamber of Deputies of Chile, talked over closer ties.\n")
                .meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Serik Omarov", "Pablo Vera"));
    }

    @Test
    void whoseVisitTheTalksPrepareTakesNoPartInThem() {
        Meeting meeting = main("Foreign Minister Elena Morales held talks with her Peruvian counterpart Rosa Quispe on"
                + " Sunday to prepare the official visit to Chile by Peruvian President Luis Cardenas.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Elena Morales", "Rosa Quispe");
    }

    @Test
    void theDestinationOfAVisitTheTalksPrepareIsNoPlaceOfTheirs() {
        Meeting meeting = main("Foreign Minister Elena Morales held talks with her Peruvian counterpart Rosa Quispe on"
                + " Sunday in preparation for the official visit to Chile by Peruvian President Luis Cardenas.\n");

        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void anOfficeNamedLaterWithItsPeoplesAdjectiveGivesItsHolderTheCountry() {
        Meeting meeting = PARSER.parse("test", "The Foreign Secretary met Foreign Minister Elena Morales today for a"
                + " meeting on UK-Chile relations.\n\n"
                + "The Foreign Secretary and the Chilean Foreign Minister talked over trade.\n").release().meetings().get(0);

        assertThat(meeting.participants()).singleElement()
                .satisfies(p -> assertThat(p.country()).contains(CountryCode.of("CL")));
    }

    @Test
    void aDayBetweenTheVerbOfReceivingAndTheGuestLeavesTheMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Заместитель министра иностранных дел РФ Олег Орлов принял в"
                + " понедельник посла Перу в РФ Карлоса Рохаса.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Олег Орлов", "Карлос Рохас"));
    }

    @Test
    void aCallOnSomeoneToBriefThemIsAVisitNotAnAppeal() {
        PressRelease release = parse("Army chief General Omar Rafiq called on Prime Minister Lina Haddad on Monday.\n\n"
                + "The army chief also called on President Samir Aoun to brief him on the situation at the border.\n");
        PressRelease appeal = parse("Army chief General Omar Rafiq called on Prime Minister Lina Haddad on Monday.\n\n"
                + "The army chief also called on President Samir Aoun to reopen the border.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Omar Rafiq", "Lina Haddad"), List.of("Omar Rafiq", "Samir Aoun"));
        assertThat(appeal.meetings()).hasSize(1);
    }

    @Test
    void ministersWhoSpokeWithOneVoiceAgreedAndMadeNoCall() {
        PressRelease release = PARSER.parse("test", "On 21 August 2024 the 5th Andean Foreign Ministers' Meeting was"
                + " held in Lima. The ministers, Foreign Minister Luis Vega and Foreign Minister Ana Rojas, spoke with one"
                + " voice on trade.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactly("Luis Vega", "Ana Rojas");
    }

    @Test
    void whoGoesWithAGuestOfUnknownSideIsNotMadeTheHosts() {
        Meeting meeting = PARSER.parse("test", "LIMA, JUN 4 – Today, Omar Rafiq, Secretary, Food Security held talks"
                + " with Peru's Minister of Farming. He was accompanied by Ambassador Saleem Baig and two traders.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country)
                .containsExactly(tuple("Omar Rafiq", Optional.empty()), tuple("Saleem Baig", Optional.empty()));
    }

    @Test
    void aRussianSessionOfABodyNamedInTheGenitiveNamesItsSeriesInTheNominative() {
        Meeting council = PARSER.parse("test", "Министр иностранных дел Армении Ашот Саркисян встретился с министром"
                + " иностранных дел Грузии Нино Беридзе в рамках 12-го заседания Совета министров иностранных дел (СМИД)"
                + " ОДКБ в Минске.\n").release().meetings().get(0);
        Meeting commission = PARSER.parse("test", "В Ашхабаде прошло заседание Межправительственной комиссии по"
                + " торговле между Туркменистаном и Арменией под председательством вице-премьера Сердара Аманова.\n")
                .release().meetings().get(0);

        assertThat(council.name()).contains("Совет министров иностранных дел ОДКБ");
        assertThat(council.abbreviation()).contains("СМИД");
        assertThat(council.sequence()).hasValue(12);
        assertThat(commission.name()).contains("Межправительственная комиссия по торговле между Туркменистаном и Арменией");
    }

    @Test
    void aRussianBodysSeriesRunsThroughAKnownOrganisationsNameWithItsPrepositions() {
        Meeting council = PARSER.parse("test", "В Вене прошло заседание Совета министров обороны Организации Договора о"
                + " коллективной безопасности, в котором участвовал министр обороны Армении Ашот Саркисян.\n")
                .release().meetings().get(0);

        assertThat(council.name()).contains("Совет министров обороны Организации Договора о коллективной безопасности");
    }

    @Test
    void whatADashJoinsToARussianBodysNameStaysInItsGenitive() {
        Meeting council = PARSER.parse("test", "В Минске прошло заседание Совета министров юстиции государств – участников"
                + " СНГ, в котором участвовал министр юстиции Армении Ашот Саркисян.\n").release().meetings().get(0);

        assertThat(council.name()).contains("Совет министров юстиции государств – участников СНГ");
    }

    @Test
    void aBodySomeoneServesIsNoGatheringOfIt() {
        PressRelease served = PARSER.parse("test", "Prime Minister Elena Marin met Commissioner Karl Huber in Brussels"
                + " during Romania's presidency of the Council of the EU.\n").release();
        PressRelease planned = PARSER.parse("test", "Prime Minister Elena Marin met Commissioner Karl Huber in Brussels"
                + " ahead of the meeting of the Council of the EU next week.\n").release();

        assertThat(served.related()).isEmpty();
        assertThat(planned.related()).isNotEmpty();
    }

    @Test
    void aGatheringNamedAsWhatIsReportedOnIsNotHeldInTheRelease() {
        PressRelease release = PARSER.parse("test", " date 2024-05-20 Foreign Minister Lena Vogel is to join her"
                + " colleagues at next Monday's session of the Council of Ministers in Luxembourg.\n\nOn the agenda are trade"
                + " and energy; the Commissioner is to brief the ministers on the progress of the 12th UN Ocean Conference"
                + " (UNOC12) and on the results of the Nordic-Baltic (NB8) Ministerial Meeting held in Riga on May 3.\n").release();

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aFarewellToTheGuestAtTheAirportIsNoMeeting() {
        PressRelease release = PARSER.parse("test", "Prime Minister Karl Brandt of Austria ended his visit to Chile on"
                + " Tuesday.\nMinister of Finance Ana Torres, Deputy Foreign Minister Paul Reed and other officials bid"
                + " farewell to Prime Minister Brandt and his delegation at the VIP lounge of the Santiago International"
                + " Airport.\nBefore leaving, Prime Minister Brandt paid a courtesy call on President Luis Vera.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .noneMatch(names -> names.contains("Ana Torres"));
    }

    @Test
    void aPairWhoCoChairedAMeetingTheSameDayHeldAMeetingOfTheirOwn() {
        PressRelease release = PARSER.parse("test", "Foreign Minister Tran Van Minh called on President Budi"
                + " Santoso at the palace on July 20.\n\nThe same day, Vietnamese Minister of Foreign"
                + " Affairs Tran Van Minh and Indonesian Minister of Foreign Affairs Sari Wulandari co-chaired a session"
                + " of their joint commission in Jakarta.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Tran Van Minh", "Budi Santoso"), List.of("Tran Van Minh", "Sari Wulandari"));
    }

    @Test
    void statesListedAfterBetweenAreAllSidesOfTheMeeting() {
        Meeting english = PARSER.parse("test", "Talks between the delegations of Armenia, Azerbaijan, and France"
                + " ended in Geneva.\n").release().meetings().get(0);
        Meeting russian = PARSER.parse("test", "В Женеве завершился раунд переговоров между делегациями Армении,"
                + " Азербайджана и Франции.\n").release().meetings().get(0);

        assertThat(english.countries()).extracting(CountryCode::code).containsExactly("AM", "AZ", "FR");
        assertThat(russian.countries()).extracting(CountryCode::code).containsExactly("AM", "AZ", "FR");
    }

    @Test
    void statesListedInTheGenitiveRightAfterARussianMeetingWordAreItsSides() {
        Meeting talks = PARSER.parse("test", "В Женеве 5 февраля начался второй день переговоров Армении, Азербайджана"
                + " и Франции.\n").release().meetings().get(0);
        Meeting one = PARSER.parse("test", "В Женеве 5 февраля начался второй день переговоров России.\n").release()
                .meetings().get(0);

        assertThat(talks.countries()).extracting(CountryCode::code).containsExactly("AM", "AZ", "FR");
        assertThat(one.countries()).isEmpty();
    }

    @Test
    void talksInTheNormandyFormatAreOfItsFourStates() {
        Meeting english = PARSER.parse("test", "The leaders held talks in the Normandy format in Paris on Monday.\n")
                .release().meetings().get(0);
        Meeting russian = PARSER.parse("test", "Лидеры провели переговоры в нормандском формате в Париже.\n")
                .release().meetings().get(0);

        assertThat(english.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("DE", "FR", "RU", "UA");
        assertThat(russian.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("DE", "FR", "RU", "UA");
    }

    @Test
    void anOfficeNamedLaterWithItsPeoplesAdjectiveIsTheOneOfThatCountryWhenTwoHoldIt() {
        PressRelease release = PARSER.parse("test", "SANTIAGO: Foreign Minister of Peru, Luis Vega arrived here on Tuesday."
                + "\n\nThe Peruvian Foreign Minister was received at the airport by Foreign Minister Ana Rojas.\n\n"
                + "Foreign Minister Rojas and Foreign Minister Vega also had a brief meeting at the air base.\n").release();

        assertThat(release.people()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Luis Vega", "PE"), tuple("Ana Rojas", "CL"));
    }

    @Test
    void talksALiveReportSaysAreInProgressAreHeld() {
        PressRelease release = PARSER.parse("test", "Delegation level talks between Chile and Peru are in progress in"
                + " Santiago.\n\nThe Chilean side is headed by Foreign Minister Ana Rojas.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(talks -> {
            assertThat(talks.kind()).isEqualTo(MeetingKind.TALKS);
            assertThat(talks.countries()).extracting(CountryCode::code).containsExactly("CL", "PE");
        });
    }

    @Test
    void aPressConferenceAfterTheTalksIsNoRelatedGathering() {
        PressRelease release = PARSER.parse("test", "Foreign Minister Ana Rojas held talks with Foreign Minister Luis Vega"
                + " in Lima on 5 July 2022.\n\nRojas told a joint press conference after the talks that trade had"
                + " grown.\n").release();

        assertThat(release.related()).isEmpty();
    }

    @Test
    void conversationsOfUnstatedMeansAreAMeeting() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Arjun Rao had productive conversations with President"
                + " Mark Lowell at the White House.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Arjun Rao", "Mark Lowell");
    }

    @Test
    void anEnvoyCalledToTheMinistryWhomTheNextSentenceMetWasSummoned() {
        PressRelease summoned = PARSER.parse("test", "On Monday the Foreign Ministry called the Minister-Counsellor of"
                + " Chile's embassy, Pablo Soto.\n\nDuring the meeting, he was given a protest note.\n").release();
        PressRelease phoned = PARSER.parse("test", "The Foreign Minister has called Foreign Minister Pablo Soto of"
                + " Chile.\n\nThey talked over trade.\n").release();

        assertThat(summoned.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING);
        assertThat(phoned.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.PHONE_CALL);
    }

    @Test
    void anOfficeInBracketsAfterANameIsItsTitle() {
        PressRelease listed = PARSER.parse("test", "Chilean Foreign Minister Ana Rojas met her British counterparts,"
                + " Helen Ward (Foreign Secretary) and Tom Hale (Defence Secretary), in London.\n").release();
        PressRelease alone = PARSER.parse("test", "The minister met Tom Hale (Defence Secretary) in London.\n")
                .release();

        assertThat(listed.people()).extracting(Person::name, p -> p.title().orElse(""))
                .containsExactly(tuple("Ana Rojas", "Foreign Minister"), tuple("Helen Ward", "Foreign Secretary"),
                        tuple("Tom Hale", "Defence Secretary"));
        assertThat(alone.people()).extracting(p -> p.title().orElse("")).containsExactly("Defence Secretary");
    }

    @Test
    void aCounterpartNamedAfterASpokespersonsQuoteTookPart() {
        Meeting meeting = PARSER.parse("test", "Foreign Secretary Helen Ward met her Peruvian counterpart in London"
                + " today.\n\n\"The Foreign Secretary stressed the value of trade,\" a spokesperson said.\n\n"
                + "Ward and Peruvian foreign minister Luis Vega also discussed the situation in Bolivia.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Helen Ward", "Luis Vega");
    }

    @Test
    void aDateAnEventIsSetForIsNotTheDayOfTheTalk() {
        Meeting meeting = PARSER.parse("test", " date 2025-11-18\nMOSCOW, November 18. /TASS/. Deputy Foreign Minister Ivan Sorokin and the"
                + " Austrian Ambassador, Peter Haller, talked over the OSCE ministerial set for Vienna on December 4.\n")
                .release().meetings().get(0);

        assertThat(meeting.date().flatMap(DateRef::value).map(v -> v.start().toString())).contains("2025-11-18");
    }

    @Test
    void aDateAGatheringIsToBeHeldOnIsNotTheDayOfTheCallThatPreparesIt() {
        List<Meeting> meetings = PARSER.parse("test", " date 2025-05-14\nRIGA — Foreign Minister Anna Liepa spoke by phone"
                + " with her Finnish counterpart Mikko Rantala on Tuesday.\n\nLiepa also spoke by phone with Secretary General"
                + " Pedro Alves, reviewing plans for the regional forum, to be held on June 12 in Riga.\n")
                .release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).date().flatMap(DateRef::value).map(v -> v.start().toString())).contains("2025-05-13");
    }

    @Test
    void aDateEndingAPhraseSinceOpensDatesTheEarlierEventHoweverLongItsName() {
        Meeting meeting = PARSER.parse("test", " date 2025-10-28\nVILNIUS, Oct. 28 (Nordic Wire)--Lithuanian Foreign Minister"
                + " Jonas Petraitis and his Estonian counterpart, Kadri Tamm, on Tuesday underlined the value of close ties.\n\n"
                + "The two ministers held talks over the telephone for the first time since the swearing-in of Prime Minister"
                + " Rasa Jankute's coalition cabinet last week.\n")
                .release().meetings().get(0);

        assertThat(meeting.date().flatMap(DateRef::value).map(v -> v.start().toString())).contains("2025-10-28");
    }

    @Test
    void aVirtualMeetingIsPlacedInTheTownOfTheVenueASideTookPartFrom() {
        Meeting meeting = PARSER.parse("test", " date 2021-04-27\nSpeaking at the Palace of the Republic, Dakar on Tuesday,"
                + " President Awa Ndiaye held virtual talks with Canadian Foreign Minister Paul Lemay.\n")
                .release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Dakar"));
    }

    @Test
    void aDayOfSayingAtTheMeetingIsTheMeetingsDay() {
        Meeting meeting = PARSER.parse("test", " date 2023-03-29\nThe visit was announced today during a meeting"
                + " between President Talant Osmonov and Russian Deputy Prime Minister Igor Lapin.\n")
                .release().meetings().get(0);

        assertThat(meeting.date().flatMap(DateRef::value).map(v -> v.start().toString())).contains("2023-03-29");
    }

    @Test
    void anOfficeThatMeetsSomeoneNamesNoSeries() {
        Meeting ofPresident = PARSER.parse("test", "The meeting of the President with the visiting Deputy Prime"
                + " Minister Igor Lapin took place in Bishkek.\n").release().meetings().get(0);
        Meeting ofMinister = PARSER.parse("test", "The meeting of the Foreign Minister with Igor Lapin took place in"
                + " Bishkek.\n").release().meetings().get(0);
        Meeting ofCouncil = PARSER.parse("test", "The ministers attended the meeting of the Council of Foreign"
                + " Ministers in Bishkek.\n").release().meetings().get(0);

        assertThat(ofPresident.name()).isEmpty();
        assertThat(ofMinister.name()).isEmpty();
        assertThat(ofCouncil.name()).contains("Council of Foreign Ministers");
    }

    @Test
    void aMeetingToldAsTheFrameOfASayingWasHeld() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Chan Sokha, while receiving the visiting Japanese State"
                + " Minister Sato Hiroshi at the palace, said the aid had been well spent.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Chan Sokha", "Sato Hiroshi");
    }

    @Test
    void theDayAReleaseIsDatedIsNotTheMeetings() {
        Meeting meeting = PARSER.parse("test", " date 2019-09-20\nIn a press release dated Monday, the ministry said"
                + " Foreign Minister Keo Dara had met Czech Ambassador Jan Novak on 18 September 2019.\n")
                .release().meetings().get(0);

        assertThat(meeting.date().flatMap(DateRef::value).map(v -> v.start().toString())).contains("2019-09-18");
    }

    @Test
    void aMeetingHeldAfterAPlanInItsSentenceIsTheOneReported() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Chan Sokha will visit Prague in October, the ministry"
                + " announced after the meeting between Foreign Minister Keo Dara and Czech Ambassador Jan Novak, held on"
                + " 18 September 2019.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Keo Dara", "Jan Novak");
    }

    @Test
    void aVisitInARussianRelativeClauseFramesNoMeeting() {
        PressRelease release = PARSER.parse("test", " date 2015-05-06\nПрезидент Иван Коваль в среду провел встречу с"
                + " премьер-министром Молдовы Николае Попой, который находится с визитом в Киеве.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING);
    }

    @Test
    void anUnnamedOfficeIsTheOneNamedWithItJustBefore() {
        Meeting meeting = PARSER.parse("test", " date 2015-05-06\nPrime Minister Nicolae Popa can count on our"
                + " support. President Ivan Koval said so on Wednesday during a meeting with the Prime Minister of"
                + " Moldova in Kyiv.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(Object::toString).orElse(""))
                .containsExactlyInAnyOrder(tuple("Ivan Koval", "UA"), tuple("Nicolae Popa", "MD"));
    }

    @Test
    void aSayingAfterTalksWithSomeoneTellsTheTalksHeld() {
        Meeting meeting = PARSER.parse("test", " date 2021-10-04\nThe two countries are close partners, Foreign"
                + " Minister Pavel Orlov said on Monday following talks with his Egyptian counterpart, Karim Mansour.\n")
                .release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.TALKS);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Pavel Orlov", "Karim Mansour");
    }

    @Test
    void aRussianSessionOnWhoseMarginsTheMeetingWasHeldNamesNoSeries() {
        Meeting meeting = PARSER.parse("test", "На полях 24-го заседания Совета министров иностранных дел СНГ в"
                + " Минске министр Ерлан Сапаров встретился с послом Индии Раджем Кумаром.\n")
                .release().meetings().get(0);

        assertThat(meeting.name()).isEmpty();
        assertThat(meeting.sequence()).isEmpty();
    }

    @Test
    void aSeriesNamedAfterAPossessiveIsRead() {
        Meeting meeting = PARSER.parse("test", "Uzbekistan and Japan held the 4th meeting of their Joint Committee on"
                + " Energy in Tokyo, led by Minister Aziz Karimov and Minister Sato Ken.\n").release().meetings().get(0);

        assertThat(meeting.name()).contains("Joint Committee on Energy");
        assertThat(meeting.sequence()).hasValue(4);
    }

    @Test
    void anExternalRelationsMinistersPeoplesAdjectiveIsHers() {
        Meeting meeting = PARSER.parse("test", "Foreign Minister Haile Tesfaye discussed with Burundian External"
                + " Relations Minister Jean Ndayishimiye ways of building trade.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Haile Tesfaye", ""), tuple("Jean Ndayishimiye", "BI"));
    }

    @Test
    void talksWithForeignAffairsMinistersOfSeveralStatesSumUpTheMeetingsToldAfter() {
        PressRelease release = PARSER.parse("test", " date 2023-02-15\nForeign Minister Tesfaye Alemu held talks with"
                + " foreign affairs ministers of various countries on Wednesday.\n\nHe met Foreign Minister of Cameroon"
                + " Paul Ngono.\n\nHe also met Foreign Minister of Somalia Abdi Farah.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.MEETING);
    }

    @Test
    void aFurtherCallOfAnUnnamedOfficialOfAnotherState() {
        PressRelease release = parse("Oman's Foreign Minister Hamad Salim spoke by phone with his Turkish counterpart"
                + " Emre Kaya on Sunday.\n\nKuwait's foreign minister also talked with Kaya by phone on Sunday, local media"
                + " said.\n\nAfter the call, the foreign ministers of Oman and Kuwait had lunch with him.\n");
        assertThat(release.meetings()).hasSize(2);
        Meeting further = release.meetings().get(1);
        assertThat(further.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(further.countries()).containsExactlyInAnyOrder(CountryCode.of("KW"), CountryCode.of("TR"));
        assertThat(further.participants()).extracting(Person::name).containsExactly("Emre Kaya");
    }

    @Test
    void aSigningAsPartOfANumberedSessionOfABodyReportsTheSession() {
        PressRelease release = parse("Chile and Peru signed two memorandums on fisheries, as part of the 4th session of the"
                + " Joint Economic Commission in Lima.\n\nThe third session of the Joint Economic Commission was held in"
                + " Santiago in 2022.\n");
        Meeting meeting = release.meetings().get(0);
        assertThat(meeting.sequence()).hasValue(4);
        assertThat(meeting.location()).map(Place::name).hasValue("Lima");
        assertThat(meeting.countries()).containsExactly(CountryCode.of("CL"), CountryCode.of("PE"));
    }

    @Test
    void aMeetingBetweenTwoAfterWhichTheyDidSomethingElseWasHeld() {
        PressRelease release = parse("After the official meeting between Prime Minister Ana Vake and Foreign Minister Tom"
                + " Reid of Fiji on Tuesday, they toured the harbour.\n");
        Meeting meeting = release.meetings().get(0);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Vake", "Tom Reid");
        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-10-22")));
    }

    @Test
    void thePressMetAfterAMeetingIsNoMeetingOfItsOwn() {
        PressRelease release = parse("After the official meeting between Prime Minister Ana Vake and Foreign Minister Tom"
                + " Reid of Fiji on Tuesday, the two met the media.\n");
        assertThat(release.meetings()).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Ana Vake", "Tom Reid"));
    }

    @Test
    void whatWasSaidAfterAMeetingReportsItThoughThePreviewBeforeAndTheQuotePlan() {
        PressRelease release = parse("The next session of the EU-Chile Joint Council will take place on November 20, EU"
                + " envoy Karl Weiss said on Monday.\n\n\"We agreed to hold the next council soon,\" Weiss said after the"
                + " meeting with Chilean Foreign Minister Ana Rojas in Brussels.\n");
        Meeting meeting = release.meetings().get(0);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Karl Weiss", "Ana Rojas");
        assertThat(meeting.location()).map(Place::name).hasValue("Brussels");
        assertThat(meeting.date().flatMap(DateRef::value)).isNotEqualTo(Optional.of(DateValue.parse("2024-11-20")));
    }

    @Test
    void aSentenceThatAMeetingOpensReportsIt() {
        PressRelease release = parse("Meeting with visiting Chilean Foreign Minister Ana Rojas in Beijing on Thursday,"
                + " Chinese Foreign Minister Zhou Ming said ties are growing.\n\nMeeting her counterpart of Peru Luis"
                + " Vega later that day, Rojas talked over fisheries with him.\n");
        List<Meeting> held = release.meetings().stream().filter(m -> m.kind() == MeetingKind.MEETING).toList();
        assertThat(held).hasSize(2);
        assertThat(held.get(0).participants()).extracting(Person::name).containsExactlyInAnyOrder("Ana Rojas", "Zhou Ming");
        assertThat(held.get(1).participants()).extracting(Person::name).containsExactlyInAnyOrder("Ana Rojas", "Luis Vega");
    }

    @Test
    void aRussianTitleLineThatTheMeetingsNounOpensReportsItButNotWhenItIsToCome() {
        Meeting meeting = main("Переговоры с Президентом Уругвая Мартином Лаго\n\nБеседа касалась поставок зерна и"
                + " тарифов.\n");
        Meeting call = main("Телефонный разговор с Премьер-министром Исландии Сигрун Торсдоттир\n\nОбсуждалась рыбная"
                + " отрасль.\n");
        PressRelease planned = parse("Встреча с послом Уругвая Мартином Лаго состоится во вторник в Монтевидео.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.TALKS);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Мартин Лаго");
        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.participants()).extracting(Person::name).containsExactly("Сигрун Торсдоттир");
        assertThat(planned.meetings()).isEmpty();
    }

    @Test
    void aRussianExchangeOfViewsBetweenTwoAndAConversationSomeoneHadAreMeetings() {
        Meeting exchange = main("Состоялся обмен мнениями между министром иностранных дел Уругвая Мартином Лаго и"
                + " министром иностранных дел Чили Хуаном Рохасом.\n");
        Meeting conversation = main("Министр торговли Уругвая Мартин Лаго имел беседу с послом Чили Хуаном Рохасом.\n");

        assertThat(exchange.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(exchange.participants()).extracting(Person::name).containsExactly("Мартин Лаго", "Хуан Рохас");
        assertThat(conversation.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(conversation.participants()).extracting(Person::name).containsExactly("Мартин Лаго", "Хуан Рохас");
    }

    @Test
    void wordsARussianSpeechVerbTellsAsSaidDuringAMeetingReportItAfterAPreview() {
        PressRelease release = parse("Уругвай и Парагвай готовят пакет документов, которые планируется подписать на"
                + " предстоящей встрече президентов, сообщил министр экономики Уругвая Мартин Лаго.\n«Нас ждёт большая"
                + " работа по тарифам», — подчеркнул Лаго в ходе встречи с министром экономики Парагвая Лусией Бенитес.\n");
        PressRelease toCome = parse("Уругвай и Парагвай готовят пакет документов, которые планируется подписать на"
                + " предстоящей встрече президентов, сообщил министр экономики Уругвая Мартин Лаго.\nКак отметил Лаго, речь"
                + " на встрече с министром экономики Парагвая Лусией Бенитес пойдет о тарифах.\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactlyInAnyOrder("Мартин Лаго", "Лусия Бенитес");
        assertThat(toCome.meetings()).isEmpty();
    }

    @Test
    void aWorkingSessionWithSomeoneAfterAnotherMeetingIsItsOwn() {
        PressRelease release = parse("Peruvian President Ramon Ortiz met Chilean Foreign Minister Ana Rojas in Lima on"
                + " Monday.\n\nAfter the meeting with President Ortiz, Rojas held a working session with her Peruvian"
                + " counterpart, Luis Vega.\n");
        Meeting last = release.meetings().get(release.meetings().size() - 1);
        assertThat(last.participants()).extracting(Person::name).containsExactly("Ana Rojas", "Luis Vega");
    }

    @Test
    void aStateAgencyInADatelineAbroadGivesItsCountryToAnOfficialNamedWithoutOne() {
        PressRelease release = PARSER.parse("test", "Lima, Mar. 15 (BNA): Minister of Foreign Affairs, Dr. Khalid Al"
                + " Mansoori, met Peruvian Foreign Minister Luis Vega in Lima today.\n").release();
        assertThat(release.meetings().get(0).participants()).extracting(Person::name, Person::country).containsExactly(
                tuple("Khalid Al Mansoori", Optional.of(CountryCode.of("BH"))),
                tuple("Luis Vega", Optional.of(CountryCode.of("PE"))));
    }

    @Test
    void twoNewPeopleJoinedAsCounterpartsWhoMetMakeAFurtherMeeting() {
        PressRelease release = parse("President Tom Hale met Chilean President Juan Soto in New York on Monday.\n\nForeign"
                + " Minister Ana Rojas and her Peruvian counterpart Luis Vega also had a short meeting there.\n\nMinister"
                + " Eva Lind and her Danish counterpart Per Holm will meet in May.\n");
        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).containsExactly("Ana Rojas", "Luis Vega");
    }

    @Test
    void aOneOnOneOrABilateralWithSomeoneIsAMeeting() {
        for (String held : List.of("had a one-on-one with", "held a bilateral with")) {
            PressRelease release = parse("On the margins of the summit, Foreign Minister Ana Rojas " + held
                    + " Peruvian Foreign Minister Luis Vega on Thursday.\n");
            assertThat(release.meetings()).singleElement().satisfies(meeting -> {
                assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
                assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Rojas", "Luis Vega");
            });
        }
    }

    @Test
    void theCityOfAVisitInTheAccusativeIsWhereItsMeetingWas() {
        PressRelease release = PARSER.parse("test", "Министр иностранных дел Казахстана Ерлан Сапаров в ходе визита в Лиму"
                + " провел встречу с министром иностранных дел Перу Луисом Вегой.\n").release();
        assertThat(release.meetings()).singleElement()
                .satisfies(meeting -> assertThat(meeting.location()).map(Place::name).hasValue("Лима"));
    }

    @Test
    void talksAfterWhichAPlanWasToldAreTheSentencesOwnWhereverThePlanStands() {
        for (String text : List.of("Lima and Quito have decided to hold a 2+2 meeting of their ministers next year, Peruvian"
                + " Foreign Minister Ana Mora said on Monday after negotiations with her Ecuadorian counterpart Luis Vega.",
                "Peruvian Foreign Minister Ana Mora said on Monday after negotiations with her Ecuadorian counterpart Luis Vega"
                        + " that the two countries would hold a 2+2 meeting.")) {
            PressRelease release = parse(text + "\n");
            assertThat(release.meetings()).singleElement().satisfies(meeting -> {
                assertThat(meeting.kind()).isEqualTo(MeetingKind.TALKS);
                assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Mora", "Luis Vega");
            });
        }
    }

    @Test
    void aCityAPlanPutsSomethingInIsThePlannedMeetingsPlace() {
        PressRelease release = PARSER.parse("test", "The Foreign Minister of Malta, Dr Karel Bonnici, spoke of the next"
                + " council, to be held in Valletta in 2026.\n\nThe meeting was chaired by Professor R.M. Dissan, Minister"
                + " of External Affairs of Sri Lanka.\n").release();
        assertThat(release.meetings()).singleElement()
                .satisfies(meeting -> assertThat(meeting.location()).map(Place::name).isEmpty());
    }

    @Test
    void theMeetingAnAnaphorStandsForIsDatedWhereItWasTold() {
        Meeting meeting = main("Island foreign ministers held their yearly meeting at UN headquarters in New York"
                + " yesterday.\n\nDr Karel Bonnici of Malta spoke of the next council, to be held in Valletta in 2026.\n\n"
                + "The meeting was chaired by Professor R.M. Dissan, Minister of External Affairs of Sri Lanka.\n");
        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-10-23")));
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("R.M. Dissan");
    }

    @Test
    void aStateThatOpensTheLeadAsTheSubjectOfAnEventTakesPartAndIsItsUntitledOfficialsSide() {
        PressRelease release = PARSER.parse("test", "Georgia took part as a guest in the meeting of G20 foreign ministers"
                + " in Rio de Janeiro.\n\nForeign Minister Nino Kapanadze spoke at the meeting on Wednesday.\n").release();
        assertThat(release.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.countries()).containsExactly(CountryCode.of("GE"));
            assertThat(meeting.participants()).singleElement()
                    .satisfies(p -> assertThat(p.country()).hasValue(CountryCode.of("GE")));
        });
    }

    @Test
    void aMeetingToldAsGoingOnIsHeldOnTheReleasesDay() {
        for (String lead : List.of("Foreign Minister Oleg Tarasevich of Belarus and Hungarian Foreign Minister Andras Kollar"
                + " are holding a bilateral meeting in Vilnius.", "Глава МИД Венгрии Петер Ковач проводит в Вильнюсе встречу"
                + " с главой МИД Литвы Йонасом Каспарасом.")) {
            Meeting meeting = main(lead + "\n");
            assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-10-24")));
        }
        Meeting past = main("Foreign Minister Oleg Tarasevich of Belarus met Hungarian Foreign Minister Andras Kollar in Vilnius.\n");
        assertThat(past.date()).isEmpty();
    }

    @Test
    void anOfficeTheHeadlineGivesACountryGivesItToItsOneHolder() {
        for (String text : List.of("Lithuanian President receives envoy\n\nOn May 29, President Tomas Vaitkus received"
                + " the Ambassador of Georgia Nino Beradze.\n", "Президент Литвы принял посла\n\n29 мая Президент Томас"
                + " Вайткус принял посла Грузии Нино Берадзе.\n")) {
            PressRelease release = PARSER.parse("test", text).release();
            assertThat(release.meetings()).singleElement()
                    .satisfies(meeting -> assertThat(meeting.countries()).containsExactly(CountryCode.of("LT"), CountryCode.of("GE")));
        }
    }

    @Test
    void aVisitTheTextTakesAsKnownFramesNoVisitOfItsOwn() {
        PressRelease release = PARSER.parse("test", "President Lula Ferreira of Brazil met with Foreign Minister Zhou Ming of"
                + " China at the Planalto Palace.\n\nDuring the visit, Zhou also held talks with Brazilian Foreign Minister"
                + " Paulo Moreira.\n").release();
        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.TALKS);
    }

    @Test
    void aVisitAnInvitedGuestIsPayingIsNoPlanOfTheNextMeeting() {
        Meeting meeting = main("Foreign Minister Zhou Ming of China and Foreign Minister Paulo Moreira of Brazil held talks in"
                + " Beijing on Wednesday.\n\nMoreira, invited by Zhou, is paying a visit to Beijing that began on Tuesday.\n");
        assertThat(meeting.next()).isEmpty();
    }

    @Test
    void aNextRoundToldAsHeldIsTheMeetingReported() {
        for (String text : List.of("The next round of political consultations between Georgia and Italy was held in Tbilisi.",
                "Следующий раунд консультаций между МИД Грузии и Италии состоялся в Тбилиси.")) {
            assertThat(PARSER.parse("test", text + "\n").release().meetings()).singleElement()
                    .satisfies(meeting -> assertThat(meeting.kind()).isEqualTo(MeetingKind.CONSULTATIONS));
        }
        assertThat(PARSER.parse("test", "The next round of political consultations between Georgia and Italy will be held in"
                + " Tbilisi.\n").release().meetings()).isEmpty();
    }

    @Test
    void thosePresentWithTheHostTakePart() {
        Meeting meeting = main("President Tomas Vaitkus received Ambassador Kenji Mori of Japan.\n\nPresent with President"
                + " Vaitkus were Secretary of Foreign Affairs Rasa Petraitis and Chief of Staff Jonas Kalnins.\n");
        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Tomas Vaitkus", "Kenji Mori", "Rasa Petraitis", "Jonas Kalnins");
    }

    @Test
    void aSocialOccasionAHostGivesIsNoMeeting() {
        PressRelease release = parse("Prime Minister Tan Wei Ming of Singapore met President Budi Santoso of Indonesia in"
                + " Jakarta on Wednesday.\n\nOn Wednesday evening, Mr Tan attended a gala dinner hosted by the Indonesian"
                + " President.\n");
        assertThat(release.meetings()).hasSize(1);
        assertThat(PARSER.parse("test", "President Budi Santoso hosted a state banquet for Prime Minister Tan Wei Ming of"
                + " Singapore.\n").release().meetings()).isEmpty();
    }

    @Test
    void theDayOfADateBeforeAGatheringIsNoPartOfItsName() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu spoke by telephone with Foreign Minister Lucia Paz of"
                + " Peru.\n\nThey talked over the coming November 20 summit between President Kassym-Jomart Tokayev and"
                + " President Jorge Rivas.\n");

        assertThat(release.related()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(MeetingKind.SUMMIT);
            assertThat(event.name()).isEmpty();
            assertThat(event.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-11-20")));
        });
    }

    @Test
    void thePeopleNamedAfterBetweenAreTheSidesOfAGathering() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu spoke by telephone with Foreign Minister Lucia Paz of"
                + " Peru.\n\nThey talked over the coming November 20 summit between President Kassym-Jomart Tokayev and"
                + " President Jorge Rivas.\n");

        assertThat(release.related()).singleElement().satisfies(event -> assertThat(event.participants())
                .extracting(Person::name, Person::title)
                .containsExactly(tuple("Kassym-Jomart Tokayev", Optional.of("President")),
                        tuple("Jorge Rivas", Optional.of("President"))));
    }

    @Test
    void aCeremonysEnvoysListedAfterTheyAreTakePart() {
        Meeting ceremony = main("President Kassym-Jomart Tokayev received on Tuesday several new envoys who presented"
                + " their letters of credence.\n\nThey are:\n\n- Jan Novak, Ambassador of the Slovak Republic.\n\n"
                + "- Ana Torres, Ambassador of the Republic of Peru.\n");

        assertThat(ceremony.kind()).isEqualTo(MeetingKind.OTHER);
        assertThat(ceremony.participants()).extracting(Person::name)
                .containsExactly("Kassym-Jomart Tokayev", "Jan Novak", "Ana Torres");
    }

    @Test
    void aCeremonysEnvoysListedRightAfterItsColonTakePart() {
        Meeting ceremony = main("Президент Касым-Жомарт Токаев принял верительные грамоты у вновь назначенных послов:\n\n"
                + "Ян Новак – Словацкая Республика;\n\nАна Торрес – Республика Перу.\n");

        assertThat(ceremony.participants()).extracting(Person::name)
                .containsExactly("Касым-Жомарт Токаев", "Ян Новак", "Ана Торрес");
    }

    @Test
    void envoysMetAndNamedRightAfterTakePart() {
        Meeting farewell = main("President Kassym-Jomart Tokayev received on Tuesday two envoys who called to take"
                + " their leave.\n\nThey are Jan Novak, Ambassador of Slovakia, and Ana Torres, Ambassador of Peru.\n");

        assertThat(farewell.participants()).extracting(Person::name)
                .containsExactly("Kassym-Jomart Tokayev", "Jan Novak", "Ana Torres");
        assertThat(farewell.countries()).contains(CountryCode.of("SK"), CountryCode.of("PE"));
    }

    @Test
    void anAsideBetweenALightVerbAndItsMeetingWordKeepsTheMeeting() {
        Meeting meeting = main("High Representative Elena Marini had today, on the fringe of the Security Council session"
                + " in New York, a working meeting with the Foreign Minister of Peru, Lucia Torres.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Elena Marini", "Lucia Torres");
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("New York"));
    }

    @Test
    void anInauguralMeetingIsTheFirstOfItsSeries() {
        Meeting meeting = main("Ghana and Peru held the inaugural meeting of the Strategic Dialogue in Accra on Thursday.\n");

        assertThat(meeting.sequence()).hasValue(1);
    }

    @Test
    void aSeriesNameGoesOnOverOnAndItsCapitalisedWordsButNoDate() {
        PressRelease release = parse("Ghana and Peru held the third Strategic Dialogue on Energy (SDE) in Accra on"
                + " Thursday.\n");
        PressRelease dated = parse("Ghana and Peru held the third Strategic Dialogue on Thursday in Accra.\n");

        assertThat(release.meetings().get(0).name()).contains("Strategic Dialogue on Energy");
        assertThat(release.meetings().get(0).abbreviation()).contains("SDE");
        assertThat(release.related()).isEmpty();
        assertThat(dated.meetings().get(0).name()).contains("Strategic Dialogue");
    }

    @Test
    void thoseTheMeetingWasHeldUnderTheLeadershipOfTakePart() {
        Meeting meeting = main("Ghana and Peru held the inaugural Strategic Dialogue on Trade in Accra on Thursday.\n\n"
                + "Trade between the two has grown for a decade. Both want it to grow further. Cocoa leads it. Copper"
                + " follows.\n\nThe meeting under the leadership of Foreign Minister Ama Owusu and Deputy Foreign Minister"
                + " Pedro Salas reviewed the partnership.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ama Owusu", "Pedro Salas");
    }

    @Test
    void aHeadlinesVerbIsNoWordOfTheSeriesName() {
        PressRelease release = PARSER.parse("test", "US, Peru Hold Strategic Dialogue On Trade - State Dept.\n\n\"On"
                + " March 4, the United States and Peru held the inaugural US-Peru Strategic Dialogue on Trade in Lima,"
                + " Peru,\" the statement read.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.name())
                .hasValueSatisfying(name -> assertThat(name).isEqualToIgnoringCase("Strategic Dialogue on Trade")));
        assertThat(release.related()).isEmpty();
    }

    @Test
    void theStateEnvoysArePostedToIsTheSideThatReceivesThem() {
        Meeting ceremony = PARSER.parse("test", "President Tran Van Long received the credentials of the new Ambassadors"
                + " of Peru, Chile and Norway to Vietnam at a ceremony in Hanoi.\n").release().meetings().get(0);

        assertThat(ceremony.participants()).extracting(Person::name, Person::country)
                .containsExactly(tuple("Tran Van Long", Optional.of(CountryCode.of("VN"))));
        assertThat(ceremony.countries()).contains(CountryCode.of("VN"), CountryCode.of("PE"));
    }

    @Test
    void aHeadlinesHyphenedPairOfStatesGivesTheSideNoWordOfTheLeadGives() {
        Meeting call = PARSER.parse("test", "Chile-Peru Foreign Ministers' Telephone Talks\n\nMay 12, 2014\n\nOn May 12,"
                + " Minister for Foreign Affairs Ana Rojas held telephone talks with Mr. Jorge Salas, Minister of Foreign"
                + " Affairs of Peru.\n").release().meetings().get(0);

        assertThat(call.participants()).extracting(Person::name, Person::country).containsExactly(
                tuple("Ana Rojas", Optional.of(CountryCode.of("CL"))), tuple("Jorge Salas", Optional.of(CountryCode.of("PE"))));
    }

    @Test
    void theHeadingGivesItsTitleToTheSameFullNameThatTheProseGivesNone() {
        Meeting meeting = PARSER.parse("test", "Summary of the Secretary-General's talks with H.E. Mr. Jorge Salas,"
                + " President of Peru\n\nChicago, 21 May 2014\n\nThe Secretary-General met on Monday with H.E. Mr. Jorge"
                + " Salas on the fringe of the summit.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::title, Person::country).containsExactly(
                tuple("Jorge Salas", Optional.of("President"), Optional.of(CountryCode.of("PE"))));
    }

    @Test
    void aMeetingThatLastedWasHeld() {
        PressRelease release = parse("The meeting between Kazakh Foreign Minister Daulet Omarov and Chilean Foreign"
                + " Minister Ana Rojas lasted almost two hours.\n");

        assertThat(release.meetings()).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Daulet Omarov", "Ana Rojas"));
    }

    @Test
    void aNamedGatheringThatNamesNoOneIsHostedByTheStateItIsHeldIn() {
        Meeting meeting = PARSER.parse("test", "The 9th Mekong Foreign Ministers' Meeting took place in"
                + " Vientiane on Tuesday.\n").release().meetings().get(0);

        assertThat(meeting.participants()).isEmpty();
        assertThat(meeting.countries()).containsExactly(CountryCode.of("LA"));
    }

    @Test
    void aSpeechAtASummitAttendsIt() {
        List<Meeting> english = parse("Prime Minister Daulet Omarov met Prime Minister Tran Van Long of Vietnam in"
                + " Jakarta on Tuesday.\nOmarov also spoke at the 42nd ASEAN Summit.\n").meetings();
        List<Meeting> russian = parse("Премьер-министр Даулет Омаров встретился с премьер-министром Вьетнама Чан Ван"
                + " Лонгом в Джакарте во вторник.\nЗатем Омаров выступил на саммите АСЕАН.\n").meetings();

        assertThat(english).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.SUMMIT);
        assertThat(english.get(1).participants()).extracting(Person::name).containsExactly("Daulet Omarov");
        assertThat(russian).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.SUMMIT);
    }

    @Test
    void talksWithSeveralCounterpartsToldOneByOneAreEachTalks() {
        List<Meeting> meetings = parse("Foreign Minister Daulet Omarov held talks with several African counterparts"
                + " attending the Astana forum.\n\nOmarov discussed with Burundian Foreign Minister Jean Ndayishimiye"
                + " ways of strengthening ties.\n\nOmarov also conferred with Botswana Foreign Minister Kagiso Molefe"
                + " on trade.\n").meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.TALKS);
    }

    @Test
    void aVisitTheHeadingTellsOfFramesTheMeetingsBelowIt() {
        List<Meeting> meetings = PARSER.parse("test", "Secretary General on working visit to Tashkent\n\nOSCE Secretary"
                + " General Anna Berg was in Tashkent on 3 and 4 May for talks on the region.\n\nThe Secretary General"
                + " met with Bakhrom Aliyev, Minister of Foreign Affairs; Dilnoza Karimova, Speaker of the Senate and"
                + " Rustam Nazarov, Minister of Justice.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT, MeetingKind.MEETING,
                MeetingKind.MEETING, MeetingKind.MEETING);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Anna Berg");
        assertThat(meetings.get(0).location()).map(Place::name).hasValue("Tashkent");
    }

    @Test
    void aVisitTheHeadingTellsOfFramesTheOneMeetingHeldInPersonBelowIt() {
        List<Meeting> meetings = PARSER.parse("test", "Chilean president arrives in Peru for state visit\n\nLIMA - Peru's President"
                + " Rosa Mendoza hosted her Chilean counterpart Tomas Vidal for talks at the Government Palace on Monday,"
                + " the first day of his three-day state visit.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT, MeetingKind.TALKS);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Tomas Vidal");
    }

    @Test
    void aCallBelowAHeadingThatTellsOfAVisitIsNoMeetingOfTheVisit() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister on official visit to Oslo\n\nPrime Minister"
                + " Rosa Mendoza of Peru held a telephone conversation with Chilean President Tomas Vidal on"
                + " Monday.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.PHONE_CALL);
    }

    @Test
    void aTalkToldInTheImperfectivePastWasHeld() {
        List<Meeting> meetings = parse("Министр иностранных дел Казахстана Даулет Омаров провел переговоры с министром"
                + " иностранных дел Норвегии Анной Берг в Осло.\nГлава МИД, в частности, беседовал с Президентом"
                + " Таджикистана Рустамом Саидовым.\n").meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).contains("Рустам Саидов");
    }

    @Test
    void peopleMetDuringAVisitTakenAsKnownAreMetOneByOne() {
        List<Meeting> meetings = parse("Спикер парламента Армении Арам Петросян в ходе визита встретился также с"
                + " главой МИД России Игорем Савельевым, председателем Совета Федерации Ольгой Ивановой"
                + " и руководителем Росатома Павлом Орловым.\n").meetings();

        assertThat(meetings).hasSize(3).allSatisfy(meeting -> assertThat(meeting.participants()).hasSize(2));
    }

    @Test
    void aGatheringItsHostTellsAgainIsNoFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", " date 2017-08-25\nNorwegian Foreign Minister Anna Berg met her"
                + " Nordic and Baltic colleagues in Oslo on Friday.\n\nBerg, who chairs the group this year, hosted the"
                + " yearly meeting of foreign ministers from Sweden, Latvia, Denmark, Lithuania, Iceland, Estonia,"
                + " Finland and Norway, held in Oslo on Friday.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.countries()).hasSize(8));
    }

    @Test
    void aShorterOfficeAtTheMeetingKeepsTheFullerOneTheReleaseGaveFirst() {
        Meeting meeting = PARSER.parse("test", " date 2021-05-04 Foreign Minister Daulet Omarov is visiting Norway"
                + " this week.\n\nOn 4 May, Minister Omarov met Prime Minister Anna Berg in Oslo.\n").release()
                .meetings().stream().filter(m -> m.kind() == MeetingKind.MEETING).findFirst().orElseThrow();

        assertThat(meeting.participants()).extracting(Person::name, Person::title).contains(
                tuple("Daulet Omarov", Optional.of("Foreign Minister")));
    }

    @Test
    void aDateAfterAnActsVerbAndItsAgentIsTheActs() {
        Meeting meeting = parse("Foreign Minister Daulet Omarov held talks with Lebanese Foreign Minister Karim Haddad at"
                + " the forum held under the charter signed by the Gulf states and Kazakhstan in 2009.\n").meetings().get(0);

        assertThat(meeting.date()).isEmpty();
    }

    @Test
    void aRegionalCentreInAnyCaseIsTheMeetingsTownWithItsCountry() {
        Meeting brest = main("Губернатор Олег Смирнов встретился в Бресте с генеральным консулом Польши Яном Новаком.\n");
        Meeting tver = main("Мэр Твери Игорь Лапин провел переговоры с мэром Тарту Мартом Каском.\n");
        Meeting uralsk = main("Аким области Серик Жанов встретился в Уральске с послом Китая Ли Мином.\n");

        assertThat(brest.location()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Брест");
            assertThat(p.country()).contains(CountryCode.of("BY"));
        });
        assertThat(tver.location()).isEmpty();
        assertThat(uralsk.location()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Уральск");
            assertThat(p.country()).contains(KZ);
        });
    }

    @Test
    void aMinistryOfAStateTheMeetingWasHeldInIsInThatState() {
        Meeting english = PARSER.parse("test", "Talks between Turkmen Foreign Minister Ahmet Orazov and Tajik Foreign"
                + " Minister Rustam Saidov took place on 9 October 2019 in the MFA of"
                + " Turkmenistan.\n").release().meetings().get(0);
        Meeting russian = PARSER.parse("test", "Встреча министра иностранных дел Туркменистана Ахмета Оразова с министром"
                + " иностранных дел Таджикистана Рустамом Саидовым прошла в Министерстве иностранных дел"
                + " Туркменистана.\n").release().meetings().get(0);
        Meeting embassy = PARSER.parse("test", "On October 9, 2019, Foreign Minister Ahmet Orazov met Foreign Minister"
                + " Rustam Saidov of Tajikistan at the Embassy of Tajikistan.\n").release().meetings().get(0);

        assertThat(english.location()).map(Place::name).hasValue("Turkmenistan");
        assertThat(russian.location()).map(Place::name).hasValue("Туркменистан");
        assertThat(embassy.location()).isEmpty();
    }

    @Test
    void anOfficeStandingForTheSubjectAfterAWordOfTimeAttendsTheGathering() {
        List<Meeting> meetings = PARSER.parse("test", "В ходе рабочего визита в Вашингтон президент Туркменистана Батыр"
                + " Оразов провёл встречу с президентом США Джоном Смитом.\nЗатем глава государства выступил на саммите"
                + " АСЕАН.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).contains(MeetingKind.SUMMIT);
        assertThat(meetings.get(meetings.size() - 1).participants()).extracting(Person::name).containsExactly("Батыр Оразов");
    }

    @Test
    void aVisitItsWordsLeaveUndatedIsDatedByTheFirstDayOfItsMeetings() {
        List<Meeting> meetings = PARSER.parse("test", " date 2021-10-06 Foreign Minister Daulet Omarov of Kazakhstan is"
                + " visiting Norway to hold bilaterals and attend the 5th Oslo Energy Forum.\n\nOn 5 October, Minister"
                + " Omarov met Norwegian Prime Minister Anna Berg in Oslo.\n\nOn 4 October, Minister Omarov held a meeting"
                + " with Norwegian Foreign Minister Lars Dahl in Bergen.\n").release().meetings();

        assertThat(meetings.get(0).kind()).isEqualTo(MeetingKind.VISIT);
        assertThat(meetings.get(0).date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2021-10-04")));
    }

    @Test
    void aPairThatDiscussedInACallsFrameAfterAPreviewHeldTheCall() {
        Meeting meeting = PARSER.parse("test", " date 2023-03-11\nIran and Tanzania will convene their joint economic"
                + " committee in the coming months.\n\nIn a Friday phone conversation, Iranian Foreign Minister Reza Ahmadi"
                + " and his Tanzanian counterpart John Mwita discussed trade.\n\nThe two ministers also exchanged views"
                + " on regional issues.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void anEnvoyBadeFarewellToAtAnotherFunctionIsAFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", " date 2022-05-06 On Thursday in Nairobi, President Amani Kiptoo received a message"
                + " from the President of Ghana, delivered by Special Envoy Kofi Mensah.\n"
                + "Earlier at another function, President Kiptoo bade farewell to the outgoing Ethiopian Ambassador to"
                + " Kenya, Tesfaye Bekele.\n").release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).contains("Tesfaye Bekele");
    }

    @Test
    void theOneOfAStateNamedByItsPeoplesAdjectiveIsMetByTheNewHost() {
        List<Meeting> meetings = PARSER.parse("test", "The third Laos-Chile Strategic Dialogue took place in Vientiane on"
                + " March 4.\nThe Lao delegation was led by Deputy Minister of Foreign Affairs Somsak Vongsa, and the Chilean"
                + " delegation was headed by Deputy Foreign Minister Pablo Rojas.\nOn the same day, Mayor Khampheng Sisavath"
                + " received the Chilean diplomat.\n").release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name)
                .containsExactlyInAnyOrder("Pablo Rojas", "Khampheng Sisavath");
    }

    @Test
    void aLiveReportThatTheLeadParticipatesInAGatheringTellsItHeld() {
        List<Meeting> meetings = PARSER.parse("test", "President Ali Karimov, who is on a working visit in Bishkek,"
                + " participates in the third Consultative Meeting of Heads of State in the region.\nThe President"
                + " of Uzbekistan headed to the Ala-Archa Residence, the venue of the Summit.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.SUMMIT);
    }

    @Test
    void aCandidateWhoReceivedAShareOfTheVotesReceivedNoVisitor() {
        List<Meeting> meetings = PARSER.parse("test", "The President congratulated Maria Lopez on her election as President"
                + " of Chile.\nAccording to the electoral commission, the Social Party candidate Maria Lopez received 61.2"
                + " percent of all ballots cast.\n").release().meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void meetingsHeldWithSeveralInThePluralAreOneMeetingEach() {
        List<Meeting> meetings = PARSER.parse("test", " date 2023-10-16 Foreign Minister Ana Ruiz of Peru arrived in Chile on"
                + " Monday and held meetings with Vice Minister Pedro Soto and the Interior Minister, Laura Vidal.\nThe"
                + " ministers discussed trade.\n").release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Ana Ruiz", "Laura Vidal");
    }

    @Test
    void aBodyThatMetOrHeldItsMeetingReportsAMeetingOfTheDelegationsNamedAfter() {
        for (String lead : List.of("The Kyrgyz-Turkish Joint Commission met in Bishkek on Monday.",
                "The Kyrgyz-Turkish Intergovernmental Commission held its meeting in Bishkek on Monday.")) {
            List<Meeting> meetings = PARSER.parse("test", lead + "\n\nThe Kyrgyz delegation was led by Minister of Economy"
                    + " Daniyar Amangeldiev, the Turkish delegation by Trade Minister Mehmet Mus.\n").release().meetings();

            assertThat(meetings).hasSize(1);
            assertThat(meetings.get(0).participants()).extracting(Person::name)
                    .containsExactly("Daniyar Amangeldiev", "Mehmet Mus");
        }
    }

    @Test
    void aNewSubjectWhoMetTheMainMeetingsHostAndOthersMetEachOfThem() {
        List<Meeting> meetings = PARSER.parse("test", "Премьер-министр Армении Давид Арутюнян в пятницу провел встречу с"
                + " генеральным секретарем ОДКБ Игорем Морозовым.\nДо этого глава МИД РФ Олег Смирнов, приехавший в Ереван"
                + " днем ранее с рабочим визитом, встретился с армянским коллегой Ашотом Петросяном, Давидом"
                + " Арутюняном, а также президентом Ваагном Саркисяном.\n").release().meetings();

        List<Meeting> his = meetings.stream().filter(m -> m.participants().stream().anyMatch(p -> p.name().equals("Олег Смирнов")))
                .filter(m -> m.kind() == MeetingKind.MEETING).toList();
        assertThat(his).hasSize(3).allSatisfy(m -> assertThat(m.participants().get(0).name()).isEqualTo("Олег Смирнов"));
    }

    @Test
    void aMeetingEightDaysBeforeTheOneToldBeforeIsOfTheSameRound() {
        List<Meeting> meetings = PARSER.parse("test", " date 2026-02-13 Ambassador Ravi Nair of India met Foreign Minister"
                + " Tomasi Vula of Fiji in Suva on Friday.\nEarlier on Tuesday, Minister of State Anil Rao met"
                + " Fiji's Finance Minister Josefa Tora in New Delhi.\nOn February 2, Ambassador Nair held a meeting with"
                + " Fiji Parliament Speaker Peni Lewa.\n").release().meetings();

        assertThat(meetings).hasSize(3);
        assertThat(meetings.get(2).participants()).extracting(Person::name).containsExactly("Ravi Nair", "Peni Lewa");
    }

    @Test
    void anOfficialNamedByOfficeWhoParticipatedInAMeetingReportsIt() {
        List<Meeting> meetings = PARSER.parse("test", "Anil Verma, Foreign Secretary of India, came to Kathmandu this morning for"
                + " two days of talks, at the invitation of Foreign Secretary Ram Thapa.\nThe Indian"
                + " Foreign Secretary has participated in the joint review meeting soon after landing. The two"
                + " secretaries will discuss the partnership, the Ministry said.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Anil Verma", "Ram Thapa");
    }

    @Test
    void aSummitTheReleaseSaysWasHeldDuringATripIsOneMoreMeetingOfTheVisitor() {
        List<Meeting> meetings = PARSER.parse("test", "Президент Кыргызстана Алмаз Асанов по приглашению Президента Казахстана"
                + " Ерлана Серикова 12-14 октября посетил Астану с рабочим визитом.\n13 октября Алмаз Асанов провел переговоры"
                + " с Ерланом Сериковым.\nСостоялся также саммит «Центральная Азия – Китай».\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.SUMMIT);
        assertThat(meetings.get(2).participants()).extracting(Person::name).containsExactly("Алмаз Асанов");
    }

    @Test
    void oneOfTheMainMeetingWhoHeldTalksWithAGuestNamedByOfficeMetThemApart() {
        List<Meeting> meetings = PARSER.parse("test", " date 2020-09-28 KUWAIT: Prime Minister Sheikh Nasser Al-Ahmad received"
                + " visiting Portuguese Defense Minister Joao Cravo at Bayan Palace yesterday. Foreign Minister Sheikh Salem"
                + " Al-Jaber attended the meeting.\nSheikh Salem Al-Jaber also held talks with the visiting Portuguese Defense"
                + " Minister on military cooperation.\n").release().meetings();

        assertThat(meetings).filteredOn(m -> m.kind() == MeetingKind.TALKS).singleElement()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                        .containsExactly("Salem Al-Jaber", "Joao Cravo"));
    }

    @Test
    void aGatheringTheNextSentenceTellsAsTakingPlaceIsOfTheReleasesDay() {
        Meeting meeting = PARSER.parse("test", " date 2025-10-22 Губернатор Омской области Иван Петров принял участие в"
                + " пленарном заседании III Совета регионов России и Казахстана.\nМероприятие проходит в конгресс-холле.\n")
                .release().meetings().get(0);

        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2025-10-22")));
    }

    @Test
    void aHeadlineTellsTheMeetingThatProseOnlyQuotingWhatWasSaidLeavesOut() {
        List<Meeting> meetings = PARSER.parse("test", "Мэр Олег Ковалев провел встречу с консулом Монголии Батом Доржиевым\n\n"
                + "Олег Ковалев отметил, что город дорожит дружбой с Монголией.\n\nГости осмотрели новый речной порт.\n")
                .release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(m.participants()).extracting(Person::name).containsExactly("Олег Ковалев", "Бат Доржиев");
        });
    }

    @Test
    void aHeadlineOfAMeetingToComeGivesNoneWhereTheProseReportsNone() {
        List<Meeting> meetings = PARSER.parse("test", "Мэр Олег Ковалев проведет встречу с консулом Монголии Батом Доржиевым\n\n"
                + "Олег Ковалев отметил, что город дорожит дружбой с Монголией.\n").release().meetings();

        assertThat(meetings).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "2024-03-11; Trade Minister Ilse Maren meets Chilean counterpart on Monday\\n\\n12 March 2024\\n\\n",
        "2024-03-08; 12 March 2024\\n\\nOn 8 March, Trade Minister Ilse Maren met Chilean counterpart\\n\\n",
        "2024-03-11; ' date 2024-03-12\\nTrade Minister Ilse Maren met Chilean counterpart yesterday\\n\\n'",
        "2024-03-11; Министр торговли Ильза Марен накануне встретилась с министром Чили\\n\\n12 марта 2024\\n\\n",
    })
    void aDayTheHeadlineGivesItsMeetingDatesTheLeadThatGivesNone(String day, String top) {
        String lead = top.startsWith("Министр")
                ? "Министр торговли Ильза Марен приняла министра торговли Чили Пабло Руиса. Стороны обсудили поставки меди.\n"
                : "Trade Minister Ilse Maren received Trade Minister of Chile Pablo Ruiz. The two discussed copper supplies.\n";
        List<Meeting> meetings = PARSER.parse("test", top.replace("\\n", "\n") + lead).release().meetings();

        assertThat(meetings).first().satisfies(m -> assertThat(m.date().flatMap(DateRef::value))
                .contains(DateValue.parse(day)));
    }

    @Test
    void aHeadlineThatOpensWithItsMeetingAndTheOtherSideTellsTheMeetingItsBodyOnlyDiscusses() {
        List<Meeting> byTitle = PARSER.parse("test", "Telephone conversation with Prime Minister of Norway Eirik Solheim\n\n"
                + "The two leaders went over energy prices and the coming winter.\n").release().meetings();
        List<Meeting> byCall = PARSER.parse("test", "Phone call with Chancellor of Austria Karl Brandt\n\n"
                + "Both sides praised the new rail link across the Alps.\n").release().meetings();
        // a title that plans the conversation tells none
        List<Meeting> planned = PARSER.parse("test", "Telephone conversation with Prime Minister of Norway Eirik Solheim"
                + " is scheduled for Friday\n\nThe two leaders are set to go over energy prices.\n").release().meetings();

        assertThat(byTitle).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
            assertThat(m.participants()).extracting(Person::name).containsExactly("Eirik Solheim");
        });
        assertThat(byCall).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
        assertThat(planned).isEmpty();
    }

    @Test
    void theCountryAVisitGoesToIsTheStateItsSentenceNamedBeforeUnlessAGuestStandsBetween() {
        Meeting visited = main("Chile's Minister of Mining Paul Reed received Trade Minister Lena Vogel on Tuesday, the"
                + " second day of her official visit to the country.\n");
        // after a guest's clause, "the country" is the host's, not the guest's state named before it
        Meeting hosted = main("Foreign Minister Lena Vogel received Foreign Minister of Peru Paul Reed, who is on a"
                + " working visit to the country.\n");

        assertThat(visited.location()).hasValueSatisfying(place -> {
            assertThat(place.name()).isEqualTo("Chile");
            assertThat(place.country()).contains(CountryCode.of("CL"));
        });
        assertThat(hosted.location().flatMap(Place::country)).isNotEqualTo(Optional.of(CountryCode.of("PE")));
    }

    @Test
    void aPairWhoseSecondNameIsSetOffFromItsOfficeByCommasDiscussedAsAMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Interior Minister Lena Marsh and the Ambassador of Norway, Omar Haddad,"
                + " discussed the supply of clean water on Monday.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Lena Marsh", "Omar Haddad"));
    }

    @Test
    void aSubjectTheLeadNamesByOfficeIsTheOneTheNextSentenceNamesBesideTheOneMet() {
        List<Meeting> meetings = PARSER.parse("test", "Глава государства провел телефонный разговор с премьер-министром Литвы"
                + " Ингридой Шимоните.\n\nАлександр Стубб поблагодарил Ингриду Шимоните за поддержку.\n")
                .release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Александр Стубб", "Ингрида Шимоните"));
    }

    @Test
    void theSubjectALeadNamesByOfficeIsTheOneTheHeadingNamesBesideSeveralCounterparts() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Anna Berg holds talks in Lima\n\nOn Monday the Foreign"
                + " Minister held talks with Peruvian Foreign Minister Luis Vega and Chilean Foreign Minister Rosa Prado.\n")
                .release().meetings();

        assertThat(meetings).isNotEmpty().allSatisfy(m -> assertThat(m.participants()).first()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Anna Berg")));
    }

    @Test
    void callsWithOfficesOfSeveralStatesUnnamedAreOneCallEach() {
        List<Meeting> meetings = PARSER.parse("test", "Премьер-министр Литвы Ингрида Шимоните провела телефонные разговоры"
                + " с премьером Польши, президентом Франции и канцлером Германии.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsOnly(MeetingKind.PHONE_CALL);
        assertThat(meetings).extracting(Meeting::countries).containsExactly(
                List.of(CountryCode.of("LT"), CountryCode.of("PL")), List.of(CountryCode.of("LT"), CountryCode.of("FR")),
                List.of(CountryCode.of("LT"), CountryCode.of("DE")));
    }

    @Test
    void aRoyalAudienceGrantedToTheVisitorIsAMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Anna Berg was granted a Royal Audience by King"
                + " Harald Olsen at the palace.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Anna Berg", "Harald Olsen"));
    }

    @Test
    void aCallTakenOrMadeIsAPhoneCallWithThePersonAfterIt() {
        for (String words : List.of("said this after receiving a call from", "took a call from", "placed a call to")) {
            List<Meeting> meetings = PARSER.parse("test", " date 2021-11-25 Prime Minister Lena Varo " + words
                    + " Fijian Prime Minister Tomas Reku on Wednesday.\n").release().meetings();

            assertThat(meetings).as(words).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
                assertThat(m.participants()).extracting(Person::name).containsExactly("Lena Varo", "Tomas Reku");
            });
        }
    }

    @Test
    void aTelevisedVideoLinkBetweenLeadersIsAVideoConference() {
        List<Meeting> meetings = PARSER.parse("test", "Телемост, в котором приняли участие президент Литвы Ингрида Шимоните"
                + " и президент Латвии Эгилс Левитс, завершился.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.VIDEO_CONFERENCE);
    }

    @Test
    void speakingTelephonicallyIsAPhoneCall() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister Lena Varo spoke telephonically with Fijian Prime"
                + " Minister Tomas Reku on Tuesday.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.PHONE_CALL);
    }

    @Test
    void aProgrammeThatIncludedMeetingsWithTwoOfficialsIsOneMeetingEach() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Anna Berg held talks with Austrian Foreign Minister"
                + " Karl Brandt in Vienna.\n\nBerg's programme also included meetings with Chancellor Paul Huber and"
                + " President Eva Gruber.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.participants().stream().map(Person::name).toList()).containsExactly(
                List.of("Anna Berg", "Karl Brandt"), List.of("Anna Berg", "Paul Huber"), List.of("Anna Berg", "Eva Gruber"));
    }

    @Test
    void aLaterReceptionInThePassiveAndACallWithoutPrepositionAreFurtherMeetingsInRussian() {
        List<Meeting> meetings = PARSER.parse("test", "Министр иностранных дел Литвы Ингрида Шимоните провела переговоры"
                + " с министром иностранных дел Латвии Эгилсом Левитсом.\n\nШимоните также была принята президентом Латвии"
                + " Кришьянисом Каринсом.\n\nЗатем Шимоните позвонила министру иностранных дел Эстонии Урмасу Рейнсалу.\n")
                .release().meetings();

        assertThat(meetings).extracting(Meeting::kind)
                .containsExactly(MeetingKind.TALKS, MeetingKind.MEETING, MeetingKind.PHONE_CALL);
    }

    @Test
    void aProgrammeThatIncludedMeetingsIsOneMeetingEachInRussian() {
        List<Meeting> meetings = PARSER.parse("test", "Министр иностранных дел Литвы Ингрида Шимоните провела переговоры"
                + " с министром иностранных дел Латвии Эгилсом Левитсом.\n\nПрограмма визита также включала встречи"
                + " с президентом Латвии Кришьянисом Каринсом и премьер-министром Латвии Артурсом Кариньшем.\n")
                .release().meetings();

        assertThat(meetings).hasSize(3);
    }

    @Test
    void aLuncheonHostedForTheGuestIsASocialOccasionNoMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister Lena Varo will visit Fiji on Monday.\n\nDuring the"
                + " visit, the prime minister will hold a meeting with President Tomas Reku, followed by an official"
                + " luncheon hosted by the President.\n").release().meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void aMeetingNamedFarAfterTheModalOfItsClauseIsPlanned() {
        List<Meeting> meetings = PARSER.parse("test", "The foreign ministers of Chile and Peru will preside in Lima on"
                + " 3 May 2018 over the opening Meeting of the Chile-Peru Political Dialogue.\n").release().meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void aMeetingNamedAsTheFrameOfAPlannedTalkIsNoPlan() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister Lena Varo welcomed on Monday, at the palace, NATO"
                + " Secretary General Karl Brandt, where both will confer on the margins of the alliance"
                + " ministers' meeting.\n").release().meetings();

        assertThat(meetings).isNotEmpty();
    }

    @Test
    void aHostPlayedToAGuestOrAGuestReceivedMeetsThem() {
        Meeting hosted = PARSER.parse("test", "President Ilse Brandvold of Norway on Tuesday played host to Foreign"
                + " Minister Tomas Reku of Chile at the palace.\n").release().meetings().get(0);
        List<Meeting> received = PARSER.parse("test", "Receiving Foreign Minister Tomas Reku of Chile, President Ilse"
                + " Brandvold of Norway said the two countries were close.\n").release().meetings();

        assertThat(hosted.participants()).extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku");
        assertThat(received).singleElement().extracting(Meeting::kind).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aMeetingThatTheReportComesAfterIsNoFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "President Ilse Brandvold of Norway on Tuesday received Prime"
                + " Minister Tomas Reku of Chile at the palace.\n\nThis comes after a delegation led by Foreign Minister"
                + " Anna Lind of Norway held talks with Prime Minister Reku in Santiago on Sunday.\n").release().meetings();

        assertThat(meetings).singleElement().extracting(Meeting::kind).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void talksBetweenTwoNamedSidesAFewWordsOnWereHeld() {
        // no date line: nothing says the Friday was before the release, but the talks of two named people were told
        List<Meeting> held = PARSER.parse("test", "Fisheries were the focus of talks at the ministry on Friday between its"
                + " secretary-general Ilse Brandvold and Chile's state secretary Tomas Reku.\n").release().meetings();
        List<Meeting> titled = PARSER.parse("test", "Council of Europe – Meeting between Ilse Brandvold and Tomas Reku"
                + " (Oslo, May 9, 2016)\n").release().meetings();
        List<Meeting> said = PARSER.parse("test", "The meeting was said to be only the second between Mr Brandvold and Mr"
                + " Reku since the dispute.\n").release().meetings();

        assertThat(held).singleElement().extracting(Meeting::kind).isEqualTo(MeetingKind.TALKS);
        assertThat(titled).isEmpty();
        assertThat(said).isEmpty();
    }

    @Test
    void twoLeadersWhoSpokeToEachOtherHadACall() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister Ilse Brandvold and President Tomas Reku spoke to each"
                + " other and agreed to stay in close contact.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
            assertThat(call.participants()).extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku");
        });
    }

    @Test
    void theMinisterStandsForAMinisterOfForeignAffairsWhoAttendedAGathering() {
        List<Meeting> meetings = PARSER.parse("test", "OSLO — Minister of Foreign Affairs Ilse Brandvold on Friday met US"
                + " National Security Adviser Tomas Reku during a visit to Washington.\n\nThe minister also participated"
                + " at an annual ministerial of the fisheries alliance.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.MEETING, MeetingKind.MEETING);
        assertThat(meetings.get(2).participants()).extracting(Person::name).containsExactly("Ilse Brandvold");
    }

    @Test
    void twoLeadersWhoHaveSpokenTelephonicallyHadACall() {
        List<Meeting> meetings = PARSER.parse("test", " date 2025-07-18\nPresident Ilse Brandvold and US President Tomas"
                + " Reku have spoken telephonically this week.\n").release().meetings();

        assertThat(meetings).singleElement().extracting(Meeting::kind).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void theTalksThatComeAfterAnEarlierMeetingAddNoFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Vice Foreign Minister Ilse Brandvold of Norway held talks on Thursday"
                + " with her Chilean counterpart Tomas Reku in Santiago.\n\nThe talks come after Foreign Minister Anna Lind"
                + " and Foreign Minister Jorge Vidal met on July 1 on the sidelines of a forum in Lima.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS);
    }

    @Test
    void aMeetingSpokenOfAsSomethingToHoldIsNoMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway was wary of the holding"
                + " of a summit between President Tomas Reku of Chile and Prime Minister Anna Lind of Sweden.\n").release().meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void aPronounAfterASpokespersonsWordsStandsForTheSubjectBefore() {
        List<Meeting> meetings = PARSER.parse("test", "OSLO - Foreign Minister Ilse Brandvold of Norway returned to work on"
                + " Monday after an illness.\n\n\"The minister is back at the ministry today,\" spokesperson Karl Berg"
                + " told reporters.\n\nShe held a meeting with Chilean Ambassador Tomas Reku at the ministry.\n")
                .release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku"));
    }

    @Test
    void someConferenceHeldOnATripIsNoGatheringOfTheVisitor() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister Ilse Brandvold of Norway held talks in Stockholm with"
                + " visiting Prime Minister Tomas Reku of Finland.\n\nA conference was held in the northern province on"
                + " July 5 to explain a border trade agreement.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).doesNotContain(MeetingKind.CONFERENCE);
    }

    @Test
    void whoTookPartInConsultationsOfAnEarlierMonthTookNoPartInTheTalks() {
        List<Meeting> meetings = PARSER.parse("test", " date 2021-03-10\nForeign Minister Ilse Brandvold of Norway held"
                + " talks with Foreign Minister Tomas Reku of Chile in Oslo on Tuesday.\n\nThe two ministers discussed"
                + " fisheries.\n\nLast month, a round of political consultations between the two ministries was held in"
                + " Santiago, chaired by Deputy Minister Karl Berg and Deputy Minister Ana Vidal.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku"));
    }

    @Test
    void callingOnSomeoneNamedByAnOfficeWithItsModifiersReportsAVisit() {
        PressRelease release = parse("Ambassador Ana Ruiz of Peru called on Foreign Minister Tariq Mehmood on Monday. Later,"
                + " Ambassador Luis Ortega of Chile called on the Foreign Minister and discussed trade.");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactlyInAnyOrder("Tariq Mehmood", "Luis Ortega");
    }

    @Test
    void aPairThatHeldBilateralDiscussionsMet() {
        List<Meeting> meetings = PARSER.parse("test", " date 2019-02-05\nPrime Minister Ilse Brandvold of Norway and President"
                + " Tomas Reku of Chile have held bilateral discussions at the residence last evening.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku");
        });
    }

    @Test
    void theOfficialWhoLeadsATeamIsOfItsCountry() {
        List<Meeting> meetings = PARSER.parse("test", "A delegation of the foreign ministry held talks in Chile on Monday.\n\n"
                + "Ms Ilse Brandvold, a Deputy Minister of Foreign Affairs, led Norway's delegation, whilst the Chilean team was"
                + " headed by its State Minister, Tomas Reku.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name, Person::country)
                .containsExactly(tuple("Ilse Brandvold", Optional.of(CountryCode.of("NO"))),
                        tuple("Tomas Reku", Optional.of(CountryCode.of("CL")))));
    }

    @Test
    void courtesyCallsToTwoOfficialsAreTwoFurtherMeetings() {
        PressRelease release = parse("High Commissioner Ana Ruiz of Peru presented her letters of credence to President"
                + " Tariq Mehmood on Monday. High Commissioner Ruiz also paid courtesy calls to Prime Minister Luis Ortega and"
                + " Foreign Minister Karl Berg.");

        assertThat(release.meetings()).hasSize(3);
        assertThat(release.meetings().get(2).participants()).extracting(Person::name).containsExactly("Ana Ruiz", "Karl Berg");
    }

    @Test
    void twoOfficialsWhoAgreedOnSomethingMet() {
        List<Meeting> meetings = PARSER.parse("test", " date 2020-09-11\nPrime Minister Ilse Brandvold and Chilean Ambassador"
                + " Tomas Reku agreed Thursday that both countries enjoy close ties.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku"));
    }

    @Test
    void aSessionOfABodyWhoseNameOpensWithAnAdjectiveIsReportedThoughItsSentenceNamesNoOne() {
        List<Meeting> meetings = parse("Вчера в Минске прошло очередное заседание Транспортного совета Содружества."
                + " Министр транспорта Казахстана Марат Бекенов выступил с докладом.\n").meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(meeting.participants()).extracting(Person::name).containsExactly("Марат Бекенов");
        });
    }

    @Test
    void aTalkWhoseVerbTellsNoMeansIsHeldAsTheNextSentenceTells() {
        Meeting meeting = main("В понедельник президент Литвы Йонас Каспарас пообщался с президентом Латвии Петерисом"
                + " Озолсом. Беседа президентов прошла по видеосвязи и продолжалась час.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
    }

    @Test
    void theCounterpartsListedAfterALeadThatCountsItsCallsHadOneCallEach() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway held a number of telephone"
                + " calls with colleagues abroad on Monday.\n\nThe Foreign Minister discussed the situation"
                + " with Tomas Reku, Foreign Minister of Chile, Karl Berg, Secretary General of the OSCE, and Ana Vidal,"
                + " Special Representative of the OSCE.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Tomas Reku", "Karl Berg", "Ana Vidal");
    }

    @Test
    void aCounterpartNamedBeforeIsMetByTheWordHisNameFollowsAgain() {
        List<Meeting> meetings = PARSER.parse("test", "Ilse Brandvold, the Foreign Minister of Norway, was in Chile on a"
                + " working visit from 3 to 5 May.\n\nShe travelled at the invitation of Chilean Deputy Prime Minister Ana"
                + " Vidal.\n\nIn Santiago, Ms. Brandvold was received by President Tomas Reku. She then paid a courtesy call"
                + " on Prime Minister Karl Berg and had a meeting with Deputy Prime Minister Ana Vidal.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.participants().stream().map(Person::name).toList()).contains(
                List.of("Ilse Brandvold", "Karl Berg"), List.of("Ilse Brandvold", "Ana Vidal"));
    }

    @Test
    void officialsOfSeveralStatesMetApartAreMetOneStateAtATime() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway held separate talks on"
                + " Monday with the Foreign Minister of Chile as well as the foreign ministers of Peru, Ghana and Kenya.\n")
                .release().meetings();

        assertThat(meetings).extracting(m -> m.countries().get(m.countries().size() - 1).code())
                .containsExactly("CL", "PE", "GH", "KE");
    }

    @Test
    void aMeetingNextOnTheAgendaToldInThePastWasHeld() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway met with President Tomas"
                + " Reku of Chile in Santiago on Monday.\n\nMinister Brandvold also held talks with Chilean Senator Karl Berg"
                + " on trade. Next on the programme was a meeting with Chilean Defence Minister Ana Vidal.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Tomas Reku", "Karl Berg", "Ana Vidal");
    }

    @Test
    void meetingsAPassiveOfPlanningPutsAheadAreNoneHeldThroughTheListItGoesOnWith() {
        PressRelease release = parse("Во Вьетнам прилетел министр иностранных дел Лаоса Тонг Сисават.\n\nВ ходе визита"
                + " планируются встречи с руководством страны, в том числе переговоры с министром Нгуеном Ван Таном.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aGuestGreetedRightAfterHisArrivalIsWelcomedNotMet() {
        PressRelease greeted = parse("Премьер-министр Лаоса Тонг Сисават прибыл в Ханой. Лаосского гостя встретил"
                + " вице-премьер Вьетнама Нгуен Ван Тан.\n");
        PressRelease met = parse("Премьер-министр Лаоса Тонг Сисават прибыл в Ханой. Вечером он встретился"
                + " с вице-премьером Вьетнама Нгуеном Ван Таном.\n");

        assertThat(greeted.meetings()).isEmpty();
        assertThat(met.meetings()).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactlyInAnyOrder("Тонг Сисават", "Нгуен Ван Тан"));
    }

    @Test
    void twoOfficialsWhoAgreedOnSomethingUnderADatedDatelineMet() {
        List<Meeting> meetings = PARSER.parse("test", " date 2020-09-11 Oslo, 10 September 2020 – Prime Minister Ilse"
                + " Brandvold and Chilean Ambassador Tomas Reku agreed that both countries enjoy close ties.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku"));
    }

    @Test
    void aSentenceOpeningWithAnEarlierStretchOfTimeTellsOfNoFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway received her Chilean"
                + " counterpart Tomas Reku in Oslo on Thursday.\n\nRecently, Norwegian Defence Minister Karl Berg hosted"
                + " Chilean Defence Minister Ana Vidal in Bergen.\n\nLast month, the consultations of the two ministries were"
                + " chaired by Norwegian State Secretary Erik Lund and Chilean Deputy Minister Mika Rinne.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Ilse Brandvold", "Tomas Reku"));
    }

    @Test
    void meetingVerbsListedAfterAModalAreAllPlanned() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway will visit Chile.\n\n"
                + "During the visit, the Foreign Minister is expected to call on President Tomas Reku of Chile; hold talks"
                + " with Chilean Prime Minister Karl Berg; and meet her counterpart Ana Vidal, Foreign Minister of Chile.\n")
                .release().meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void meetingsWithTheOfficialsOfSeveralStatesAreOneWithEachState() {
        List<Meeting> meetings = PARSER.parse("test", "Agriculture Minister Ilse Brandvold of Norway held bilateral"
                + " meetings with officials from Chile and other member countries at the G20 meeting here on Friday.\n\n"
                + "In her meeting with a senior Chilean official, she said the two countries share democratic values.\n\n"
                + "Later she held meetings with the top officials from Peru and Ghana.\n").release().meetings();

        // the G20 meeting they were held at is a meeting of the minister alone, her state its only one
        assertThat(meetings).filteredOn(m -> m.countries().size() > 1)
                .extracting(m -> m.countries().get(m.countries().size() - 1).code())
                .containsExactly("CL", "PE", "GH");
    }

    @Test
    void aVisitAPronounTellsOfIsTheSubjectsAndFramesHisMeetings() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway met President Tomas Reku"
                + " of Chile in Santiago on Monday.\n\nThey spoke about fisheries.\n\nShe is on a three-day working"
                + " visit to Chile.\n\nMinister Brandvold also held talks with Chilean Senator Karl Berg.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactlyInAnyOrder(MeetingKind.VISIT, MeetingKind.MEETING,
                MeetingKind.TALKS);
        assertThat(meetings.get(0).kind()).isEqualTo(MeetingKind.VISIT);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Ilse Brandvold");
        assertThat(meetings.get(0).location()).map(Place::name).hasValue("Chile");
    }

    @Test
    void aTelephonicCallReceivedIsACall() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway received a telephonic call"
                + " from Foreign Minister Tomas Reku of Chile on Monday.\n\nThey discussed trade.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.PHONE_CALL);
    }

    @Test
    void aSideNamedByItsDelegationAloneTakesPart() {
        Meeting russian = main("Губернатор Омской области Олег Ветров провёл рабочую встречу с делегацией Республики"
                + " Казахстан.\n");
        Meeting english = main("Governor Ilse Brandvold of Norway met with a Kazakh delegation in Oslo.\n");

        assertThat(russian.countries()).contains(CountryCode.of("RU"), KZ);
        assertThat(english.countries()).contains(CountryCode.of("NO"), KZ);
    }

    @Test
    void oneEnvoysCredentialsPresentedAtACeremonyAreTheCeremony() {
        PressRelease atACeremony = parse("Ambassador Ilse Brandvold of Norway presented her credentials to President"
                + " Tomas Reku of Chile on Monday.\n\nThe ceremony was held at the presidential palace.\n");
        PressRelease followedByACall = parse("Ambassador Ilse Brandvold of Norway presented her credentials to"
                + " President Tomas Reku of Chile on Monday.\n\nDuring the call following the ceremony, they spoke of trade.\n");

        assertThat(atACeremony.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.OTHER);
        assertThat(followedByACall.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING);
    }

    @Test
    void aMeetingVerbInThePresentAfterWhenIsAPlan() {
        List<Meeting> meetings = PARSER.parse("test", "Prime Minister Ilse Brandvold of Norway travels to Chile on"
                + " Monday.\n\nThe one-day trip begins at 10am, when she meets Chilean President Tomas Reku at the palace in"
                + " Santiago.\n").release().meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void aLeadMeetingAStatesLeadershipSumsUpTheMeetingsToldAfter() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Ilse Brandvold of Norway today met the top Chilean"
                + " leadership and discussed trade and energy.\n\nBrandvold, who was in Santiago for a regional conference,"
                + " called on President Tomas Reku of Chile.\n\nShe also met Chilean Foreign Minister Karl Berg.\n")
                .release().meetings();

        assertThat(meetings).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Tomas Reku", "Karl Berg");
    }

    @Test
    void aMeetingToldAsTheLastOrARecentOneIsNoFurtherMeeting() {
        List<Meeting> meetings = parse("Президент Литвы Юрий Соколов провёл переговоры с премьер-министром Эстонии Олегом"
                + " Петровым в Вильнюсе.\n\nПоследняя телефонная беседа лидеров двух стран состоялась в августе. На недавней"
                + " встрече с губернатором Мариной Ивановой Олег Петров обсудил авиасообщение.\n").meetings();

        assertThat(meetings).singleElement().satisfies(meeting -> assertThat(meeting.kind()).isEqualTo(MeetingKind.TALKS));
    }

    @Test
    void aStatesSeatTheNextSentencePutsTheMeetingInIsWhereItWas() {
        Meeting meeting = main("Президент Литвы Юрий Соколов провёл переговоры с премьер-министром Эстонии Олегом"
                + " Петровым.\n\nВстреча прошла в здании кабмина Эстонии.\n");

        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.country()).contains(CountryCode.of("EE")));
    }

    @Test
    void aSeatNamedWithoutItsStateIsNotPutInTheStateOfAGuestNamedAfter() {
        Meeting meeting = main("Министр иностранных дел Литвы Юрий Соколов встретился в Доме приёмов МИД с послом"
                + " Эстонии Олегом Петровым.\n");

        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void aReleaseOpeningWithAMeetingWeeksBeforeItsDateReportsThatMeeting() {
        Meeting meeting = main("2 сентября министр иностранных дел Литвы Юрий Соколов провёл переговоры с министром"
                + " иностранных дел Эстонии Олегом Петровым.\n\nСтороны обсудили торговлю.\n");

        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-09-02")));
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Юрий Соколов", "Олег Петров");
    }

    @Test
    void theOneAccompaniedToTheMeetingLateInTheReleaseBringsTheDelegation() {
        Meeting meeting = main("President Daniel Okoro held talks with Foreign Secretary Helen Ward on Tuesday.\n\n"
                + "They discussed trade and investment.\n\nAlso discussed was regional security.\n\n"
                + "Health and climate were raised too.\n\nPresident Okoro thanked Prime Minister Tom Hale for"
                + " hosting the recent climate summit.\n\nPresident Okoro was accompanied to the meeting by Trade"
                + " Secretary Mary Njoki and Head of Public Service Peter Kamau.\n");

        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Daniel Okoro", "Helen Ward", "Mary Njoki", "Peter Kamau");
    }

    @Test
    void aSpeakerToldAsAccompanyingTakesPart() {
        Meeting meeting = main("President Daniel Okoro received Secretary General Thomas Berg of the Union at the palace"
                + " on Friday.\n\nSpeaking after accompanying President Daniel Okoro, Foreign Minister Mary Njoki said that"
                + " the visit was a farewell.\n");

        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Daniel Okoro", "Thomas Berg", "Mary Njoki");
    }

    @Test
    void ministersJoiningTheHostInTheTalksTakePartInThem() {
        PressRelease release = parse("Talks between visiting Prime Minister Helen Ward of Norway and President Daniel"
                + " Okoro began on Thursday at State House.\n\nCabinet members joining President Okoro in the talks"
                + " with Ward include Deputy President Samuel Otieno and Defence Secretary Grace Wanjiru.\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactly("Helen Ward", "Daniel Okoro", "Samuel Otieno", "Grace Wanjiru");
    }

    @Test
    void officialsPresentWithoutAStateAreOfTheSideTheTextWritesNoneFor() {
        Meeting meeting = PARSER.parse("test", "ISLAMABAD: Prime Minister Imran Qadir met President of Tajikistan Hans Berger"
                + " and discussed trade.\n\nBoth leaders were in town for a regional summit.\n\nInterior"
                + " Minister Karim Baig and Planning Secretary Omar Farooq were also present during the meeting.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country).containsExactly(
                tuple("Imran Qadir", Optional.of(CountryCode.of("PK"))), tuple("Hans Berger", Optional.of(CountryCode.of("TJ"))),
                tuple("Karim Baig", Optional.of(CountryCode.of("PK"))), tuple("Omar Farooq", Optional.of(CountryCode.of("PK"))));
    }

    @Test
    void aMeetingToldAtAnEarlierPeriodInsideTheSentenceIsNoFurtherOne() {
        PressRelease release = parse("Prime Minister Helen Ward met President Daniel Okoro in Nairobi on Sunday during"
                + " her short stay in Kenya.\n\nWard had met Okoro in London last month at a summit.\n\nIn a phone call"
                + " with Ward last week, Defence Secretary Grace Wanjiru asked for support.\n\nWard also met Trade"
                + " Secretary Mary Njoki.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Daniel Okoro", "Mary Njoki");
    }

    @Test
    void aSummitTheGuestCameForParticipationInFramesTheMeeting() {
        Meeting meeting = main("Uzbek President Aziz Karimov today met with his Kyrgyz counterpart Bolot Osmonov, who"
                + " came to Tashkent for participation in the Sixth Consultative Meeting of Heads of State of"
                + " Central Asia.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aWeekdayIsDatedByADateWrittenBelowOnThatWeekday() {
        String lead = "The two leaders discussed trade, investment, energy and the coming regional summit, the presidency"
                + " said in a statement.\n\n";
        PressRelease release = PARSER.parse("test", "President Daniel Okoro held talks with visiting Prime Minister"
                + " Helen Ward of Norway on Wednesday at State House in the capital.\n\n" + lead + "President Daniel Okoro"
                + " and Prime Minister Helen Ward at State House, July 8, 2026. Photo: Press Service\n").release();
        // a weekday written with its own date tells nothing of the page's week: "this morning" stays undated
        PressRelease planned = PARSER.parse("test", "Speaker Anna Berg met a visiting delegation of the Senate of"
                + " Norway this morning at Parliament House in the capital city.\n\n" + lead + "On Thursday (9 July"
                + " 2026), the delegation will hold talks with the Foreign Minister, and on Friday it leaves.\n").release();

        assertThat(release.meetings().get(0).date().flatMap(DateRef::value).map(DateValue::start))
                .contains(LocalDate.of(2026, 7, 8));
        assertThat(planned.meetings().get(0).date().flatMap(DateRef::value)).isEmpty();
    }

    @Test
    void aSessionOfTheHeadsOfCountriesIsASummitInRussian() {
        Meeting meeting = main("В Минске началось заседание Совета глав стран — участниц Содружества. В нем принимают"
                + " участие президенты пяти стран.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
    }

    @Test
    void whoRepresentedASideTookPartInTheSession() {
        Meeting meeting = main("The fifth session of the joint commission between Chile and Norway was held in Oslo on"
                + " Monday.\n\nDirector General Hans Berger"
                + " represented Norway during the session. Deputy Foreign Minister Carlos Polanco represented the Chilean side.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Hans Berger", "Carlos Polanco");
    }

    @Test
    void aWelcomeCeremonyHeldForTheGuestIsAnEventOfBothSides() {
        PressRelease release = parse("President Daniel Okoro held talks with visiting Prime Minister Helen Ward of Norway"
                + " at State House in Nairobi on Monday.\n\nThey discussed trade and investment.\n\nEarlier, Okoro"
                + " hosted an official welcome ceremony for Ward at the palace.\n");
        PressRelease timed = parse("President Daniel Okoro held talks with visiting Prime Minister Helen Ward of Norway"
                + " at State House in Nairobi on Monday.\n\nThey discussed trade and investment.\n\nAfter the welcome"
                + " ceremony, Okoro hosted a lunch for Ward.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.OTHER);
        assertThat(release.meetings().get(2).participants()).extracting(Person::name)
                .containsExactly("Daniel Okoro", "Helen Ward");
        assertThat(timed.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS);
    }

    @Test
    void aMeetingALiveReportSaysIsBeingHadIsHeldThatDay() {
        Meeting meeting = main("Prime Minister Helen Ward is having a bilateral meeting with President Daniel Okoro at the"
                + " barracks.\n\nShe arrived this morning and leaves for home tonight.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.date().flatMap(DateRef::value).map(DateValue::start)).contains(LocalDate.of(2024, 10, 24));
    }

    @Test
    void aMinistryCitedAsTheSourceDoesNotPlaceTheMeeting() {
        Meeting meeting = main("Как сообщает агентство со ссылкой на Министерство культуры Армении, министр Анна Петросян"
                + " встретилась с министром культуры Беларуси Олегом Соколовым.\n");

        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void aBilateralMeetingWithinANamedSummitIsNoSummit() {
        Meeting during = main("During the G7 Summit, Chilean President Tomas Reku met German Chancellor Karl Berg in"
                + " Lima today.\n");
        Meeting partOf = main("As part of the G7 Leaders' Summit, Chilean President Tomas Reku and German Chancellor"
                + " Karl Berg held a bilateral meeting in Lima today.\n");

        assertThat(List.of(during, partOf)).allSatisfy(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(meeting.name()).isEmpty();
        });
    }

    @Test
    void aGroupOwningTheSummitAGuestCameForTakesNoPartInTheMeeting() {
        Meeting meeting = main("Uzbek President Aziz Karimov today met with his Kyrgyz counterpart Bolot Osmonov, who"
                + " came to Tashkent to take part in the Sixth Consultative Meeting of Heads of State of Central Asia.\n");

        assertThat(meeting.countries()).containsExactly(CountryCode.of("UZ"), CountryCode.of("KG"));
    }

    @Test
    void aLaterSentenceThatTellsTheMeetingAgainGivesItsDay() {
        // the summit as the later sentence's subject, past the sentences right after the report's
        Meeting summit = main("Главы государств, собравшиеся на саммит в Бишкеке, провели беседу в узком"
                + " составе. Беседа продлилась два часа. Детали не сообщаются.\n\nСаммит прошел 10 мая в Бишкеке.\n");
        assertThat(summit.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-05-10")));

        // the two who met named again with the meeting's day
        Meeting meeting = main("Ambassador Anna Berg met with Trade Secretary Daniel Okoro. They spoke"
                + " of farm exports.\n\nBoth sides want more trade. The plan was discussed during a meeting on Wednesday"
                + " between Anna Berg and Daniel Okoro.\n");
        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-10-23")));
    }

    @Test
    void aMeetingToldAsBegunIsOfTheReleasesDay() {
        Meeting meeting = PARSER.parse("test", " date 2025-06-03 В Ташкенте началось заседание Совета министров"
                + " транспорта стран Содружества.\n").release().meetings().get(0);
        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2025-06-03")));

        Meeting summit = PARSER.parse("test", " date 2025-06-03 В Ташкенте стартовал саммит глав государств Центральной"
                + " Азии.\n").release().meetings().get(0);
        assertThat(summit.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2025-06-03")));
    }

    @Test
    void aMeetingToldAsJustEndedIsOfTheReleasesDay() {
        Meeting talks = PARSER.parse("test", " date 2025-06-03 В Осло завершились переговоры министра иностранных дел"
                + " Норвегии Ингрид Холм с министром иностранных дел Чили Пабло Рейесом.\n").release().meetings().get(0);

        assertThat(talks.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2025-06-03")));
    }

    @Test
    void aCeremonysEnvoysListedAfterItsCredentialsAreToldAgain() {
        Meeting ceremony = main("President Paul Marten received credentials from newly posted envoys from Peru, Chile and"
                + " Norway on Monday.\n\n\"Trade builds bridges between our peoples,\" he said.\n\nHe spoke while"
                + " receiving credentials from three ambassadors at State House in Lusaka.\n\nThey were Ana Torres (Peru),"
                + " Pablo Reyes (Chile) and Ola Berg (Norway).\n");

        assertThat(ceremony.participants()).extracting(Person::name)
                .containsExactly("Paul Marten", "Ana Torres", "Pablo Reyes", "Ola Berg");
    }

    @Test
    void aVisitUnderWayIsWhereItsVisitorMet() {
        // "ongoing" tells of a visit still going on, the visitor there, not of one planned
        Meeting meeting = main("Foreign Minister Anna Vogel on May 3 paid a courtesy call on Prime Minister Karl Blom"
                + " during her ongoing visit to Peru.\n\nThe two sides discussed trade.\n");
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Peru"));
    }

    @Test
    void talksOnTheMarginOfALongNamedSummitAreHeldInItsCity() {
        // the summit's long name stands between the frame and its word; the dateline is where the story was filed
        Meeting meeting = main("LIMA- Chilean President Karl Blom praised the work of Peruvian President Anna Vogel.\n"
                + "Blom spoke during bilateral talks with Vogel at the palace on the margin of the 9th Andes-Pacific"
                + " Trade Summit in Quito.\n");
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Quito"));
    }

    @Test
    void theDayOfAStatementThatConfirmsAMeetingIsNotTheMeetingsDay() {
        // the meeting's own sentence leaves it undated; the day after "a statement" is the statement's
        Meeting meeting = main("Foreign Minister Anna Vogel met the Dutch Ambassador Karl Blom in Lima.\nThe ministry"
                + " confirmed the meeting in a statement on Tuesday.\nThe two sides discussed trade and culture.\n");
        assertThat(meeting.date()).isEmpty();
    }

    @Test
    void aDayToldFromThePageDateLineInTheSameSentenceIsTheMeetings() {
        // the page's date line ran into the lead; "yesterday" is told from it, so the line is not the meeting's day
        PressRelease release = PARSER.parse("test", "Summary Press Office March 12, 2021 Foreign Minister Jan Kowalski"
                + " spoke yesterday with German Foreign Minister Karl Weber about trade and security.\n").release();
        assertThat(release.meetings()).isNotEmpty();
        assertThat(release.meetings().get(0).date().flatMap(DateRef::value))
                .hasValueSatisfying(day -> assertThat(day.start()).isEqualTo(LocalDate.of(2021, 3, 11)));
    }

    @Test
    void theStatesOfTheHeadsOfForeignMinistriesWhoAttendedAreTheMeetings() {
        // the ministers who took part go unnamed, each state told by the ministry its minister heads
        Meeting meeting = main("On October 22 the 5th Meeting of Trade Ministers of the Andean Forum was held in Lima."
                + " Present at the meeting were the heads of foreign ministries of Peru, Chile, Bolivia and Ecuador.\n");
        assertThat(meeting.countries()).contains(CountryCode.of("PE"), CountryCode.of("CL"), CountryCode.of("BO"),
                CountryCode.of("EC"));
    }

    @Test
    void theStatesOfRussianMinistersWhoTookPartUnnamedAreTheMeetings() {
        // the ministers go unnamed, each told by the state whose office they hold
        Meeting meeting = main("Министр энергетики Чили Марко Тулес принял участие в заседании министров энергетики"
                + " в Лиме.\n\nЗаседание прошло под председательством министра энергетики Перу Андреса Бьорна.\n\nВ"
                + " заседании приняли участие министры энергетики Боливии, Колумбии и Эквадора.\n");
        assertThat(meeting.countries()).contains(CountryCode.of("BO"), CountryCode.of("CO"), CountryCode.of("EC"));
    }

    @Test
    void russianLeadersTakingPartInThePresentAreTheMeetings() {
        // taking part told in the present, as a live report tells it
        Meeting meeting = main("В Лиме началось заседание совета глав государств Андского сообщества.\n\nВ нем"
                + " принимают участие президенты четырех стран: Боливии, Колумбии, Перу и Эквадора.\n");
        assertThat(meeting.countries()).contains(CountryCode.of("BO"), CountryCode.of("CO"), CountryCode.of("EC"));
    }

    @Test
    void anArrivalRecalledAfterTheQuotesIsWhereTheVisitorMet() {
        // "Напомним" opens background, yet the arrival it recalls is the visit's own
        PressRelease release = PARSER.parse("test", "Президент Чили Марко Тулес проводит встречу с премьер-министром"
                + " Норвегии Андерсом Бьорном.\n\nСтороны обсудили торговлю и рыболовство.\n\n«Мы рады гостям», —"
                + " сказал Бьорн.\n\nНапомним, Тулес прилетел в Берген утром.\n").release();
        assertThat(release.meetings().get(0).location())
                .hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Берген"));
    }

    @Test
    void anArrivalAnEarlierReportToldIsWhereTheVisitorMet() {
        // "Как писала газета …" opens what a report said before: background, told last, that recalls the visit's arrival
        PressRelease release = PARSER.parse("test", "Президент Чили Марко Тулес проводит встречу с премьер-министром"
                + " Норвегии Андерсом Бьорном.\n\nСтороны обсудили торговлю и рыболовство.\n\nОни также затронули вопросы"
                + " энергетики и судоходства.\n\nПо словам Бьорна, отношения двух стран развиваются успешно.\n\nТоварооборот"
                + " за прошлый год вырос вдвое.\n\nЛидеры договорились продолжить контакты.\n\nДелегации подписали три"
                + " соглашения.\n\nКак писала газета «Полдень», Тулес приехал в Берген накануне с официальным визитом.\n")
                .release();
        assertThat(release.meetings().get(0).location())
                .hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Берген"));
    }

    @Test
    void theOfficeALeadOpensWithIsTheTitleOfTheSubjectNamedAfter() {
        // the lead names its subject by office alone; the next sentence names the person, without a title
        Meeting call = PARSER.parse("test", "Глава государства провел телефонный разговор с премьер-министром Норвегии"
                + " Андерсом Бьорном.\n\nМарат Сейтов поблагодарил Андерса Бьорна за поздравления с праздником.\n")
                .release().meetings().get(0);
        assertThat(call.participants()).extracting(Person::name).containsExactly("Марат Сейтов", "Андерс Бьорн");
        assertThat(call.participants().get(0).title()).hasValue("Глава государства");
    }

    @Test
    void theCountryTheNextSentencePutsTheMeetingInIsItsPlace() {
        // no city is named: the country the sentence on the talks names is where they were
        Meeting meeting = PARSER.parse("test", "Президент Чили Марко Тулес встретился с премьер-министром Норвегии"
                + " Андерсом Бьорном.\n\nПереговоры прошли в среду в Бразилии перед открытием форума.\n")
                .release().meetings().get(0);
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Бразилия"));
    }

    @Test
    void theSaudiKingsStyleNamesNoPerson() {
        PressRelease release = parse("King Omar bin Said, the Custodian of the Two Holy Mosques, got a cable"
                + " from President Aidar Karimov.\n");

        assertThat(release.people()).extracting(Person::name).containsExactly("Omar bin Said", "Aidar Karimov");
    }

    @Test
    void theTurkmenParliamentInAnotherSpellingIsNoPartOfItsChairmansName() {
        PressRelease release = parse("The envoy will meet President Serdar Orazov, Chairman of the Halk Maslakhaty"
                + " Aman Orazov, and the Speaker.\n");

        assertThat(release.people()).extracting(Person::name).containsExactly("Serdar Orazov", "Aman Orazov");
    }

    @Test
    void talksWithPresidentsOfSeveralStatesAreOneTalkWithEach() {
        // an office in the plural after the lead's talks counts them; the sentence after tells them one by one
        List<Meeting> meetings = parse("Prime Minister Karl Blom today held talks with presidents of several Asian"
                + " countries on the margins of the regional summit in Hanoi.\n\nHe conferred with President of Laos"
                + " Anna Vogel and President of Vietnam Pablo Reyes.\n\nThe talks were about trade and roads.\n").meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.TALKS);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Karl Blom", "Pablo Reyes");
    }

    @Test
    void aCalamitysTownIsNoPlaceWhereTheSidesSpoke() {
        // "spoke with" tells no means; the town named is where the storm struck, so they met in no town
        Meeting meeting = main("President Anna Vogel of Chile spoke with Prime Minister Karl Blom of Norway to offer"
                + " condolences to the families of those killed in the storm in Bergen.\n\nThe two leaders agreed to"
                + " stay in touch.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void anExchangeOfViewsToldNextAsCallsIsCalls() {
        // the exchange of views says nothing of the means; the sentence after it names the calls
        List<Meeting> meetings = parse("Foreign Minister Anna Vogel of Chile has exchanged views with her Peruvian and"
                + " Bolivian counterparts on regional trade. Vogel held separate telephone conversations with Peruvian"
                + " Foreign Minister Karl Blom and his Bolivian counterpart Jonas Eklund on Monday.\n").meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.PHONE_CALL, MeetingKind.PHONE_CALL);
    }

    @Test
    void aMeetingDatedLongBeforeTheReleaseToldAfterAPlanIsNoneOfTheRelease() {
        // the header dates the release in October: a meeting in August, however the sentence opens, came before the plan
        List<Meeting> meetings = parse("Chancellor Karl Brandt of Austria will visit Astana on Friday, the"
                + " President's office has announced.\n\nPresident Arman Seitov said he would receive the Chancellor"
                + " at the Akorda.\n\n\"We look forward to a frank exchange on energy,\" the President said.\n\nThe"
                + " two leaders held talks in August at the regional forum in Tashkent.\n").meetings();

        assertThat(meetings).isEmpty();
    }

    @Test
    void aMeetingOfAPastMonthToldAfterAPlanIsNoneOfTheRelease() {
        // the visit only begins and its talks are to come; the month before is background to the plan
        List<Meeting> meetings = parse("President Anna Vogel of Chile is on Monday beginning a two-day state visit to"
                + " Peru at the invitation of its President.\n\nA spokesman said in a statement that President Vogel"
                + " and her Peruvian counterpart Karl Blom will deliberate on several issues.\n\n\"Both heads of"
                + " state are due to hold talks on trade and roads,\" the spokesman added.\n\nPresident Blom was"
                + " in Chile last March for the swearing-in of President Vogel, which gathered heads of state from"
                + " across the region.\n").meetings();
        assertThat(meetings).isEmpty();

        // a month with its day after it is a recent day, the meeting the release reports
        Meeting talks = main("Trade ministers will meet in Lima next week, a spokesman said.\n\nThe third round of"
                + " the trade talks between Chile and Peru was held last March 11 in Santiago, led by Trade Minister"
                + " Anna Vogel of Chile and Trade Minister Karl Blom of Peru.\n");
        assertThat(talks.kind()).isEqualTo(MeetingKind.TALKS);
    }

    @Test
    void aMeetingOfAnEarlierTimeToldInRussianIsNoFurtherMeeting() {
        // "в марте прошлого года", "недавно": a stretch of time before the talks reported, no meeting of this round
        PressRelease release = PARSER.parse("test", "Министр иностранных дел Чили Карлос Мендоса провел переговоры с"
                + " министром иностранных дел Перу Хорхе Вальдесом.\n\nСтороны обсудили торговлю.\n\nВ марте прошлого"
                + " года Мендоса встречался с президентом Перу Луисом Ортегой.\n\nМинистр отметил, что недавно говорил"
                + " по телефону с премьер-министром Перу Марией Солис.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Карлос Мендоса", "Хорхе Вальдес"));
    }

    @Test
    void aGovernorNamedBareInRussianIsOfARussianRegion() {
        // a bare "губернатор" holds a Russian region's office; "губернатор провинции …" another state's
        PressRelease release = PARSER.parse("test", "Губернатор Иван Петров встретился в Астане с президентом Казахстана"
                + " Нурланом Абаевым.\n\nНа встрече присутствовал губернатор провинции Ланчжоу Ли Мин.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("RU", "KZ");
            assertThat(meeting.participants().get(2).country()).isEmpty();
        });
    }

    @Test
    void aMeetingWhoseResultsTheSidesDiscussedInRussianIsNoFurtherMeeting() {
        // "по итогам встречи …" after "обменялись мнениями": what was discussed, held before
        PressRelease release = PARSER.parse("test", "Президент Чили Карлос Мендоса провел встречу с президентом Перу"
                + " Хорхе Вальдесом.\n\nСтороны также обменялись мнениями по итогам встречи лидеров Южной Америки с"
                + " генеральным секретарем ООН Антониу Гутеррешем.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Карлос Мендоса", "Хорхе Вальдес"));
    }

    @Test
    void aReceptionToldInTheGerundOrTheImperfectiveIsAMeeting() {
        // "принимая с докладом" and "принимал делегацию" report a reception as "принял" does
        Meeting report = PARSER.parse("test", "Президент Чили Марко Тулес поручил ускорить стройку, принимая с докладом"
                + " министра финансов Педро Ларраина.\n").release().meetings().get(0);
        assertThat(report.participants()).extracting(Person::name).contains("Марко Тулес", "Педро Ларраин");
        Meeting delegation = PARSER.parse("test", "Губернатор области Иван Сомов в среду принимал делегацию"
                + " норвежской провинции Нурланн.\n").release().meetings().get(0);
        assertThat(delegation.participants()).extracting(Person::name).contains("Иван Сомов");
    }

    @Test
    void aLaterSentenceRestatingTheOfficeWithItsStateGivesTheUnstatedSide() {
        // the town says where the forum was, not whose minister she is; the next sentence names her state
        Meeting meeting = main("Minister Anna Vogel met the Foreign Minister of Norway, Karl Blom, in Lyon on Monday,"
                + " where a forum on water is being held.\n\nThe Chilean Foreign Minister said the talks had been"
                + " useful and would go on in the spring.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Anna Vogel", "CL"), tuple("Karl Blom", "NO"));
    }

    @Test
    void aTownWhereAGatheringWasHeldNamesNoSide() {
        // she came to the town for the summit; it tells nothing of whose minister she is
        Meeting meeting = PARSER.parse("test", "On her first day in Lyon, where she arrived to take part in the Water"
                + " Summit, Foreign Minister Anna Vogel met her counterpart from Norway, Karl Blom.\n\nThey spoke of"
                + " rivers and ports.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).contains("NO").doesNotContain("FR");
        assertThat(meeting.participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .doesNotContain("FR");
    }

    @Test
    void aSigningByOthersThanTheMainPairIsAnEventOfItsOwn() {
        PressRelease release = parse("President Daniel Okoro held talks with Prime Minister Helen Ward of Norway at State"
                + " House in Nairobi on Monday.\n\nThey discussed trade and fisheries.\n\nThe fisheries protocol was signed"
                + " by Trade Minister Peter Kamau and Norwegian Trade Minister Ola Berg.\n");
        PressRelease ownPair = parse("President Daniel Okoro held talks with Prime Minister Helen Ward of Norway at State"
                + " House in Nairobi on Monday.\n\nThey discussed trade and fisheries.\n\nAfterwards Okoro and Ward signed"
                + " a fisheries protocol.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.OTHER);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactly("Peter Kamau", "Ola Berg");
        assertThat(ownPair.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS);
    }

    @Test
    void theMainSidesWhoWitnessedASigningTakePartInIt() {
        PressRelease release = parse("President Daniel Okoro held talks with Prime Minister Helen Ward of Norway at State"
                + " House in Nairobi on Monday.\n\nThey discussed trade and fisheries.\n\nThe fisheries protocol was signed"
                + " by Trade Minister Peter Kamau and Norwegian Trade Minister Ola Berg.\n\nBoth leaders witnessed the"
                + " ceremony at the palace.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.OTHER);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactly("Peter Kamau", "Ola Berg", "Daniel Okoro", "Helen Ward");
    }

    @Test
    void aDayAfterOtDatesAPaperNotTheMeeting() {
        // "соглашения от 14 июня 2011 года" is the day the agreement is dated: neither the meeting's day nor the page's
        Meeting later = PARSER.parse("test", "Министр торговли Олег Ветров встретился с послом Перу Хуаном Пересом."
                + " Стороны обсудили выполнение соглашения о торговле от 14 июня 2011 года и планы на следующий год.\n")
                .release().meetings().get(0);
        assertThat(later.date()).isEmpty();
        Meeting inLead = PARSER.parse("test", "Глава ведомства принял посла\n\nМинистр торговли Олег Ветров в пятницу"
                + " встретился с послом Перу Хуаном Пересом и обсудил выполнение соглашения о торговле от 14 июня 2011"
                + " года, которое стороны считают основой связей.\n").release().meetings().get(0);
        assertThat(inLead.date().flatMap(DateRef::value)).isEmpty();
    }

    @Test
    void aDayAPlanIsSetForDatesNeitherTheMeetingNorThePage() {
        // "визит, намеченный на 4 октября": the plan's day; in a headline it is no date line of the page either
        Meeting inSentence = PARSER.parse("test", "Министр экономики Иван Петров встретился с послом Франции Жаном"
                + " Дюпоном и обсудил визит, намеченный на 4 октября 2011 года.\n").release().meetings().get(0);
        assertThat(inSentence.date().flatMap(DateRef::value)).isEmpty();
        Meeting underHeadline = PARSER.parse("test", "Политика\nСтороны примут участие в раунде дискуссий, намеченном"
                + " на 4 октября 2011 года\n\nПосредники Пьер Морель и Анти Турунен провели сегодня в Сухуме консультации"
                + " с министром иностранных дел Максимом Гвинджия.\n").release().meetings().get(0);
        assertThat(underHeadline.date().flatMap(DateRef::value)).isEmpty();
    }

    @Test
    void theDayOfTheMeetingPlannedNextIsNotTheDayOfTheMeetingTold() {
        // met on Friday; the day after the release's, after "agreed to meet again", is the next meeting's
        for (String plan : List.of("agreed to meet again in Oslo on 28 March", "looked to their next session in Oslo on 28 March")) {
            Meeting meeting = PARSER.parse("test", " date 2026-03-14 Chile and Norway on Friday agreed to widen their"
                    + " trade in fish and copper.\n\nTrade Minister Anna Vogel and her Norwegian counterpart Karl Blom met"
                    + " by video and " + plan + ".\n").release().meetings().get(0);

            assertThat(meeting.date().flatMap(DateRef::value).map(DateValue::start)).as(plan)
                    .contains(LocalDate.parse("2026-03-13"));
        }
    }

    @Test
    void aVisitToldInASentenceOfItsOwnFramesTheOneMeetingAfterIt() {
        PressRelease release = parse("Министр культуры Франции Жан Дюпон находится в Минске с официальным визитом.\n\nВ рамках"
                + " визита Жан Дюпон встретился с министром культуры Беларуси Иваном Петровым.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT, MeetingKind.MEETING);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Жан Дюпон");
        assertThat(release.meetings().get(0).location()).map(Place::name).hasValue("Минск");
    }

    @Test
    void aVisitTheVisitorWasOnFramesTheOneMeetingAfterIt() {
        // "побывал в … с визитом" tells the visit, and where it went, as the sentence's own report, as "прибыл" does
        PressRelease release = parse("Депутаты Молдовы приедут на форум в Казань. Об этом сообщил вице-спикер Сената"
                + " России Иван Петров. Он побывал в Молдове с рабочим визитом.\n\nИван Петров встретился с премьер-министром"
                + " Молдовы Ионом Чобану.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT, MeetingKind.MEETING);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Иван Петров");
        assertThat(release.meetings().get(0).location()).map(Place::name).hasValue("Молдова");
    }

    @Test
    void aVisitCountedBackFromNowIsBackgroundToTheMeeting() {
        PressRelease release = parse("Министр культуры Франции Жан Дюпон встретился в Минске с министром культуры Беларуси"
                + " Иваном Петровым.\n\nТри года назад Жан Дюпон посетил Беларусь с официальным визитом.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING);
    }

    @Test
    void anOfficeRestatedWithTheCounterpartsPeopleLeavesTheOtherHolderWithoutThatState() {
        // "his Norwegian counterpart" already has Norway; "the Norwegian Prime Minister" is her, so the host
        // is of the publisher's side
        Meeting meeting = main("Prime Minister Arlo Venner and his Norwegian counterpart Ingrid Solheim met in Oslo on"
                + " Monday to discuss fisheries.\n\nPrime Minister Venner briefed his host on the coming elections,"
                + " while the Norwegian Prime Minister spoke of the Arctic.\n");

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Arlo Venner", "KZ"), tuple("Ingrid Solheim", "NO"));
    }

    @Test
    void aSecretaryGeneralOfAMinistryIsAStatesOfficial() {
        // the office word international bodies use too, held "of the Ministry", belongs to a state's side
        Meeting meeting = main("The first round of consultations between the foreign ministries of Norway and Chile took"
                + " place on Monday in Santiago.\n\nThe Norwegian delegation was led by Secretary-General of the Ministry"
                + " of Foreign Affairs, Ola Berg, and the Chilean one by Ambassador Pablo Reyes.\n");

        assertThat(meeting.participants()).filteredOn(p -> p.name().equals("Ola Berg"))
                .singleElement().satisfies(p -> assertThat(p.country()).contains(CountryCode.of("NO")));
    }

    @Test
    void anAttendeeWithoutAStateIsOfThePublishersSideWhenBothSidesAreStated() {
        // both leads carry their states; the officials listed as attending carry none, as a release names its own
        Meeting meeting = PARSER.parse("test", "Oslo – Norwegian State Secretary Ola Berg held talks with Deputy Minister"
                + " Pablo Reyes of Chile on Monday at the Foreign Ministry.\n\nThe talks were attended by Kari Lund, Head of"
                + " the Americas Department; Per Dahl, Head of the Trade Section; and Ana Soto, Ambassador of Chile to"
                + " Norway.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Kari Lund", "NO"), tuple("Per Dahl", "NO"), tuple("Ana Soto", "CL"));
    }

    @Test
    void anAttendeeListedBesideTheLeadsEnvoyIsOfTheLeadsSide() {
        String text = "Foreign Minister Ana Torres of Chile held talks with President Paul Reed of Peru in Lima on Monday.\n\n"
                + "The talks were attended by Luis Vega, Head of the Cabinet Office, and Marta Ruiz, Ambassador of Chile to"
                + " Peru.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Luis Vega", "CL"), tuple("Marta Ruiz", "CL"));
        // listed beside the other side's envoy, the official is no guest's: the list tells nothing of his side
        Meeting hosts = PARSER.parse("test", text.replace("Ambassador of Chile to Peru", "Ambassador of Peru to Chile"))
                .release().meetings().get(0);
        assertThat(hosts.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Luis Vega", "-"));
    }

    @Test
    void furtherMeetingsOverSeveralDaysAreDatedByTheirMonth() {
        // which of the two days each counterpart was met on is not told: the month is all that is known (the list
        // closes on others unnamed, so each named is met on their own)
        List<Meeting> meetings = PARSER.parse("test", "On Monday, 5 May 2025, the new Ambassador of Chile to Ghana,"
                + " Pedro Larrain, presented his credentials to President Kofi Mensah of Ghana at the Jubilee House.\n\n"
                + "On the 6th and 7th of May 2025, Ambassador Larrain met with Foreign Minister Ama Boateng, Trade"
                + " Minister Kwesi Owusu and other senior officials.\n").release().meetings();

        assertThat(meetings).extracting(m -> m.date().flatMap(DateRef::value).orElse(null))
                .containsExactly(DateValue.parse("2025-05-05"), DateValue.parse("2025-05"), DateValue.parse("2025-05"));
    }

    @Test
    void aConferenceHeldOverSeveralDaysIsDatedByTheDayItOpened() {
        Meeting meeting = main("The Secretary-General of the Island States Union, Maria Lopes, travelled to Freedonia"
                + " for the 12th Conference of Heads of Government of the Union.\n\nThe conference, held May 4-6, 2025,"
                + " was chaired by President Jon Dale of Freedonia.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.CONFERENCE);
        assertThat(meeting.date().flatMap(DateRef::value)).contains(DateValue.parse("2025-05-04"));
    }

    @Test
    void theHeadOfAUniversityWhoReceivesADelegationIsItsHost() {
        // "ректор академии" is an office like "директор": the one who received the guests meets them
        Meeting meeting = PARSER.parse("test", "Во вторник академию посетили депутаты парламента Перу. В зале совета"
                + " делегацию встретил ректор академии Олег Ветров и рассказал о программах обмена.\n")
                .release().meetings().get(0);
        assertThat(meeting.participants()).extracting(p -> p.name() + " / " + p.title().orElse(""))
                .contains("Олег Ветров / ректор академии");
    }

    @Test
    void aMeetingToldInAClauseThatOpensASentenceIsOneMore() {
        // the clause of time names someone new: the subject met him, though the main verb tells of something else
        String lead = "Norwegian Foreign Minister Lars Berg held talks with Chilean Foreign Minister Pablo Soto in"
                + " Santiago on 3 May 2022.\n\nThe ministers discussed trade and fisheries.\n\n";
        for (String clause : List.of("After meeting Chilean President Carla Reyes, Berg went on to tour a copper mine.",
                "Before meeting Chilean President Carla Reyes, the minister laid a wreath at a monument.")) {
            PressRelease release = PARSER.parse("test", lead + clause + "\n").release();

            assertThat(release.meetings()).as(clause).hasSize(2);
            assertThat(release.meetings().get(1).participants()).as(clause).extracting(Person::name)
                    .containsExactly("Lars Berg", "Carla Reyes");
        }
        // "After meeting A, B also held meetings at …": A's meeting is kept apart from those the main verb tells of
        PressRelease visit = PARSER.parse("test", "Norwegian Foreign Minister Lars Berg, who is on an official visit to"
                + " Chile, has held a series of meetings in Santiago.\n\nAfter meeting his Chilean counterpart Pablo Soto,"
                + " Berg also held meetings at the Senate and at the Ministry of Economy on 3 May.\n\nFirst, Berg met"
                + " Chilean Senate President Jorge Vidal to discuss ties between the parliaments.\n").release();
        assertThat(visit.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .contains("Pablo Soto", "Jorge Vidal");
        // the main meeting's own people again in the clause add none
        PressRelease again = PARSER.parse("test", lead + "After the talks, the two ministers signed a memorandum on"
                + " fisheries.\n").release();
        assertThat(again.meetings()).hasSize(1);
    }

    @Test
    void aLaterSentenceThatNamesTheNumberedSeriesAgainDatesTheMeeting() {
        // the lead names the meeting with no day; a later sentence names it again, number and all, with its day
        Meeting meeting = PARSER.parse("test", "Hanoi, Vietnam, 12 March 2025 (National News Agency)\nThe 14th Mekong"
                + " Water Ministers' Meeting reviewed the joint river projects made under the chairmanship of Vietnam."
                + " The meeting also looked at flood warnings for the coming season.\nThe meeting also welcomed the"
                + " requests of Chile, Peru and Kenya to join the river charter.\nOn March 10, 2025, at the Opera House"
                + " in Hanoi, Minister of Natural Resources Tran Van Minh presided over the 14th Mekong Water Ministers'"
                + " Meeting and the Joint Meeting between Vietnam, the Mekong Secretariat and Japan.\n")
                .release().meetings().get(0);

        assertThat(meeting.date().flatMap(DateRef::value)).contains(DateValue.parse("2025-03-10"));
    }

    @Test
    void aPartOfAMeetingThatFramesWhatWasSaidReportsTheMeeting() {
        // the opening or closing of a meeting, told as where someone spoke, was held: so was the meeting
        for (String lead : List.of("Speaking during the closing ceremony of a joint ministerial meeting on Friday,"
                + " Austrian Foreign Minister Anna Berg said the two countries share many goals with Chile.",
                "Austrian Foreign Minister Anna Berg made her remarks over the opening of an expert meeting that her"
                        + " country and Chile held in Vienna.")) {
            PressRelease release = PARSER.parse("test", lead + "\n\nShe added that officials work on education.\n").release();

            assertThat(release.meetings()).as(lead).hasSize(1);
            assertThat(release.meetings().get(0).participants()).as(lead).extracting(Person::name).containsExactly("Anna Berg");
        }
        // a part of a meeting still to come frames no meeting held
        PressRelease planned = PARSER.parse("test", "Austrian Foreign Minister Anna Berg will speak at the opening of the"
                + " ministerial meeting in Santiago next week, the ministry said.\n").release();
        assertThat(planned.meetings()).isEmpty();
    }

    @Test
    void theMeetingOfOneWithAnotherFramesWhatWasAnnounced() {
        // "the meeting of A with B" names the sides as "A's meeting with B" does: a frame of time around it is held
        PressRelease release = PARSER.parse("test", "Chile and Austria have agreed to expand trade. The Austrian ministry"
                + " announced it following the meeting of Foreign Minister Anna Berg with Chilean Foreign Minister Paul"
                + " Maro in Vienna.\n").release();

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Anna Berg", "Paul Maro");
        // told ahead of it, the meeting is a plan
        PressRelease planned = PARSER.parse("test", "Chile and Austria hope to expand trade, the Austrian Foreign Ministry"
                + " said ahead of the meeting of Foreign Minister Anna Berg with Chilean Foreign Minister Paul Maro next"
                + " week.\n").release();
        assertThat(planned.meetings()).isEmpty();
    }

    @Test
    void aCityBesideTheSentenceOfAVisitorsCountryIsTheMeetingsPlace() {
        // the country the visitor flew to is told two sentences on; the city of it is told two further
        String text = "Министр иностранных дел Чили Хуан Перес встретился с президентом России Иваном Смирновым.\n"
                + "Министр рассчитывает на рост товарооборота. Для этого он и прилетел в Россию.\n"
                + "В Сантьяго обратили внимание на слова президента о торговле.\n"
                + "Министр также рассказал, что впервые находится в Казани.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);
        assertThat(meeting.location().map(Place::name)).contains("Казань");
        // a country told as background: its neighbours tell of other days of the trip
        Meeting earlier = PARSER.parse("test", "Министр иностранных дел Чили Хуан Перес встретился с президентом России"
                + " Иваном Смирновым.\nСтороны обсудили торговлю.\nРанее министр прибыл с визитом в Россию.\n"
                + "Министр и президент в Казани возложили цветы к памятнику.\n").release().meetings().get(0);
        assertThat(earlier.location().map(Place::name)).contains("Россия");
    }

    @Test
    void theCountryOfAVisitTheNextSentenceNamesIsTheMeetingsPlace() {
        // a short opening line names the meeting; the sentence after tells, by the visit's "в", where it was
        String text = "Состоялась встреча Хуана Переса и Ивана Смирнова.\nКак передает агентство, глава МИД Чили"
                + " Хуан Перес в рамках рабочего визита в Монголию встретился с главой МИД Монголии Иваном Смирновым."
                + " На встрече обсуждалась торговля.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);
        assertThat(meeting.location().map(Place::name)).contains("Монголия");
    }

    @Test
    void aMeetingDatedByTheDaysOfAVisitToldJustBeforeIsDatedByTheirMonth() {
        // the visit runs five days and the meeting fell on one of them, which the text leaves open
        Meeting meeting = main("Prime Minister of Tuvalu Kofe Talia is on an official visit to Norway from 3rd to 7th"
                + " June 2024.\n\nTalia met with Prime Minister of Norway Erik Dahl and they discussed fisheries and"
                + " climate cooperation.\n");

        assertThat(meeting.date().flatMap(DateRef::value)).contains(DateValue.parse("2024-06"));
    }

    @Test
    void aDateWrittenBetweenCounterpartsDatesTheMeetingsAfterIt() {
        // one sentence tells two days: the second date goes to the counterparts named after it
        String text = "Генеральный секретарь посетил Ташкент\n14.03.2024\nГенеральный секретарь организации Иван Смирнов"
                + " 11 марта провел встречу с министром иностранных дел Узбекистана Алишером Каримовым, а 12 марта был"
                + " принят президентом Узбекистана Рустамом Назаровым и председателем Сената Узбекистана Бахтиёром Юсуповым.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings).hasSize(3);
        assertThat(meetings).extracting(m -> m.date().flatMap(DateRef::value).map(DateValue::toString).orElse(""))
                .containsExactly("2024-03-11", "2024-03-12", "2024-03-12");
    }

    @Test
    void wordsForThisCountryAfterAVisitsPrepositionNameTheCountryToldBefore() {
        // "в эту страну" stands for the last country named before it in the sentence: where the visit went
        String text = "Премьер-министр Беларуси провел переговоры в Уганде\n14.03.2024\nПремьер-министр Беларуси Олег"
                + " Смирнов провел переговоры с премьер-министром Уганды Джоном Окелло, находясь с"
                + " визитом в этой стране. Стороны обсудили торговлю.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);
        assertThat(meeting.location().map(Place::name)).contains("Уганда");
        assertThat(meeting.location().flatMap(Place::country)).contains(CountryCode.of("UG"));
    }

    @Test
    void talksAHeadlineTellsAreTheKindOfALeadThatOnlyDiscusses() {
        // the headline calls it talks; the lead, past the visit its clause tells, only discusses
        String text = "Глава МИД Литвы провел переговоры с коллегой из Латвии в Риге\n"
                + "Министр иностранных дел Литвы Иван Петров, находящийся на этой неделе с рабочим визитом в Риге, обсудил"
                + " торговлю с министром иностранных дел Латвии Яном Озолсом.\nСтороны договорились о новой встрече.\n";
        assertThat(PARSER.parse("test", text).release().meetings().get(0).kind()).isEqualTo(MeetingKind.TALKS);
        // without such a headline the discussion is a meeting
        String plain = text.substring(text.indexOf('\n') + 1);
        assertThat(PARSER.parse("test", plain).release().meetings().get(0).kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void whoseComingVisitIsDiscussedTakesNoPartInRussian() {
        // "грядущего", as "предстоящего", makes the president's visit one to come: he did not meet them
        String text = "Глава МИД Эстонии Карл Тамм рассказал о беседе с финским коллегой Матти Лехтоненом, на которой"
                + " стороны затронули сроки грядущего визита президента Ханну Виртанена в Таллин.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Карл Тамм", "Матти Лехтонен");
    }

    @Test
    void aSessionOfACommissionOnEconomicTiesIsADialogueInRussian() {
        // no "межправительственной": the commission's subject tells it is the two states' standing one
        String text = "Министр финансов Эстонии Карл Тамм и министр экономики Финляндии Матти Лехтонен провели в Таллине"
                + " пятое заседание Эстонско-Финляндской комиссии по экономическому сотрудничеству.\n";
        assertThat(PARSER.parse("test", text).release().meetings().get(0).kind()).isEqualTo(MeetingKind.DIALOGUE);
    }

    @Test
    void theSubjectAlsoMeetingAGroupNamedByNoNameIsOneMoreMeeting() {
        String text = "Deputy Foreign Minister Anna Berg of Norway held consultations with State Secretary Paul Klee of"
                + " Austria in Vienna on Monday.\n\nThe sides discussed trade and energy.\n\n"
                + "During the trip, the Norwegian deputy minister also held meetings with other Austrian officials.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Anna Berg");
        assertThat(meetings.get(1).countries()).containsExactly(CountryCode.of("NO"), CountryCode.of("AT"));
        // a meeting of the group to come is none
        String planned = text.replace("also held meetings", "will also hold meetings");
        assertThat(PARSER.parse("test", planned).release().meetings()).hasSize(1);
    }

    @Test
    void theTwoSidesMeetingApartBeforeTheTalksIsOneMoreMeeting() {
        String text = "Prime Minister Anna Berg of Norway held talks with President Paul Maro of Chile in Oslo on"
                + " Tuesday.\n\nThe talks covered trade, energy and climate.\n\n"
                + "Ahead of the plenary round, both prime ministers also had a private one-on-one meeting.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.MEETING);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Anna Berg", "Paul Maro");
        // without a time before the talks, the sentence tells of the talks themselves
        String same = text.replace("Ahead of the plenary round, both prime ministers also had a private one-on-one meeting.",
                "The two leaders also held talks on fisheries.");
        assertThat(PARSER.parse("test", same).release().meetings()).hasSize(1);
    }

    @Test
    void theSubjectAlsoMeetingOneOfficialNamedByOfficeAloneIsOneMoreMeeting() {
        String text = "President Anna Berg of Norway met Prime Minister Paul Maro of Chile in Oslo on Tuesday.\n\n"
                + "They spoke about salmon farming and copper.\n\n"
                + "President Berg also conferred with the Executive Secretary of the Arctic Council on ice research.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Anna Berg");
    }

    @Test
    void aForumToldAsOpenedIsHeld() {
        // "открылся" tells the gathering began, so it was held; "бизнес-форум" is the forum's word with its prefix
        String text = "Новости\n14.03.2024\nВ Казани 12 марта открылся бизнес-форум двух стран, на котором"
                + " выступил вице-премьер Армении Павел Сидоров. Участники обсудили логистику.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.CONFERENCE);
            assertThat(meeting.participants()).extracting(Person::name).containsExactly("Павел Сидоров");
        });
    }

    @Test
    void credentialsHandedOverInThePassiveAreAMeeting() {
        // "были вручены": the passive tells the letters were handed over as the active "вручил" does
        String text = "Новости\n14.03.2024\nПослом Армении Павлом Сидоровым в Мадриде были вручены верительные"
                + " грамоты Королю Испании Филиппу. Стороны обсудили культурные связи.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(meeting.participants()).extracting(Person::name).contains("Павел Сидоров");
        });
    }

    @Test
    void aMeetingWithSomeoneAtTheAirportIsAMeeting() {
        // the airport makes "встретил" a welcome, but "встреча X с Y" held there is a meeting with Y
        String text = "Новости\n14.03.2024\nВечером 12 марта в аэропорту Казани прошла встреча губернатора области"
                + " Олега Смирнова с министром иностранных дел Армении Павлом Сидоровым. Стороны обсудили торговлю.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Олег Смирнов", "Павел Сидоров");
        String welcome = "Новости\n14.03.2024\nПрезидент Армении Павел Сидоров прибыл в Казань. В аэропорту Казани"
                + " гостя встретил губернатор области Олег Смирнов.\n";
        assertThat(PARSER.parse("test", welcome).release().meetings()).isEmpty();
    }

    @Test
    void aStateOwningWhatFollowsAfterInIsTheUnwrittenSideOfTheLead() {
        String text = "Minister Arno Vell spoke by telephone with Foreign Minister Tomas Beri of Kenya on Monday.\n\n"
                + "Mr Beri welcomed a stronger role in Estonia's trade with the region.\n";
        List<Meeting> meetings = PARSER.parse("test", text).release().meetings();
        assertThat(meetings.get(0).participants()).extracting(Person::country)
                .containsExactly(Optional.of(CountryCode.of("EE")), Optional.of(CountryCode.of("KE")));
        // a state written after "in" alone is where something happens, no side
        String place = text.replace("in Estonia's trade with the region", "in trade held in Estonia");
        assertThat(PARSER.parse("test", place).release().meetings().get(0).participants().get(0).country()).isEmpty();
    }

    @Test
    void aBodysShortNameInBracketsBeforeAnOfficeKeepsItsMembersOutOfTheMeeting() {
        String text = "Speaker of Parliament Arno Vell of Estonia received Gulf Cooperation Council (GCC) Secretary General"
                + " Nayef Tamim in Tallinn on Monday.\n";
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);
        assertThat(meeting.countries()).containsExactly(CountryCode.of("EE"));
        assertThat(meeting.participants().get(1).country()).isEmpty();
    }

    @Test
    void anEarlierRoundIsReadInRussianToo() {
        PressRelease release = PARSER.parse("test", "В Сантьяго состоялся третий раунд политических консультаций между"
                + " МИД Казахстана и Чили.\n\n"
                + "Предыдущий раунд консультаций прошел в Астане в июне 2021 года.\n").release();

        assertThat(release.related()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(MeetingKind.CONSULTATIONS);
            assertThat(event.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Астана"));
            assertThat(event.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2021-06")));
        });
    }

    // ---- forms met in releases from other publishers ---------------------------------------

    @Test
    void lowerCaseTitlesAndAPersonNamedInTheAttribution() {
        PressRelease release = parse("The Kazakh president Kassym-Jomart Tokayev met with Chinese President Xi Jinping"
                + " in Astana, Akorda press secretary Berik Uali said.\n");
        Meeting meeting = release.meetings().get(0);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kassym-Jomart Tokayev", "Xi Jinping");
        assertThat(meeting.participants().get(0).title()).hasValue("president");
        assertThat(release.people()).extracting(Person::name).contains("Berik Uali");
    }

    @Test
    void aPluralTitleSharedByTwoNames() {
        Meeting meeting = main("Foreign Ministers of Kazakhstan and Uzbekistan Murat Nurtleu and Bakhtiyor Saidov"
                + " held talks in Tashkent.\n");
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "Bakhtiyor Saidov");
        assertThat(meeting.participants()).extracting(p -> p.title().orElse("")).containsOnly("Foreign Minister");
        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("KZ", "UZ");
    }

    @Test
    void aLeadWithoutNamesTakesThePeopleFromTheNextSentence() {
        Meeting meeting = main("The 21st meeting of the Cooperation Council between the European Union and Kazakhstan"
                + " took place in Brussels last week. The meeting was chaired by EU High Representative Josep Borrell,"
                + " while the Kazakh delegation was led by Deputy Prime Minister Murat Nurtleu.\n");
        assertThat(meeting.name()).hasValue("Cooperation Council");
        assertThat(meeting.sequence()).hasValue(21);
        assertThat(meeting.location().map(p -> p.name())).hasValue("Brussels");
        assertThat(meeting.date().flatMap(d -> d.value())).hasValue(DateValue.parse("2024-10"));
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Josep Borrell", "Murat Nurtleu");
        assertThat(meeting.participants().get(1).country()).contains(KZ);
    }

    @Test
    void aTitleOverCommasAndAnUnknownMinistryWord() {
        Meeting meeting = main("Under Secretary of State for Economic Growth, Energy, and the Environment Jose W."
                + " Fernandez met with Minister of Trade and Integration of Kazakhstan Arman Shakkaliyev.\n");
        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Jose W. Fernandez", "Arman Shakkaliyev");
        assertThat(meeting.participants().get(1).title()).hasValue("Minister of Trade and Integration");
    }

    @Test
    void anAnnouncementOfAVisitReportsNoMeeting() {
        PressRelease release = parse("Minister for Europe and Foreign Affairs Jean-Noël Barrot will travel to Kazakhstan"
                + " from 3 to 5 December. In Astana he will be received by President Kassym-Jomart Tokayev and will hold"
                + " talks with his counterpart Murat Nurtleu.\n");
        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aCourtesyCallAndAWorkingBreakfastAreMeetings() {
        assertThat(main("On 22 October, EU Special Representative for Central Asia Terhi Hakala paid a courtesy call on"
                + " Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin.\n").kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(main("This week, Foreign Minister of Germany Annalena Baerbock invited Kazakh Foreign Minister Murat"
                + " Nurtleu to a working breakfast in Berlin.\n").participants()).hasSize(2);
    }

    @Test
    void theDayBeforeCountsFromTheMeetingReportedBefore() {
        PressRelease release = parse("Minister for Europe of the United Kingdom Stephen Doughty held talks with Uzbek"
                + " Foreign Minister Bakhtiyor Saidov in Tashkent on Tuesday.\n\nThe day before, in Samarkand, Stephen"
                + " Doughty met the Khokim of Samarkand Region Erkinjon Turdimov.\n");
        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(0).date().flatMap(d -> d.value())).hasValue(DateValue.parse("2024-10-22"));
        assertThat(release.meetings().get(1).date().flatMap(d -> d.value())).hasValue(DateValue.parse("2024-10-21"));
    }

    @Test
    void theCapitalOfACountryNamedByItsDemonym() {
        Meeting meeting = main("Talks were held in the Uzbek capital between President of Uzbekistan Shavkat Mirziyoyev"
                + " and President of Hungary Tamás Sulyok.\n");
        assertThat(meeting.location().map(p -> p.name())).hasValue("Tashkent");
    }

    @Test
    void aRoundNumberWithoutASeriesName() {
        assertThat(main("The 10th round of political consultations between the foreign ministries of Kazakhstan and"
                + " Poland took place in Warsaw on Monday.\n").sequence()).hasValue(10);
    }

    @Test
    void aCountedMeetingOfABodyInCapitalsIsAMeetingOfItsSeriesThoughNoOneIsNamed() {
        Meeting meeting = main("The 11th Meeting of the Chile-Peru Parliamentary Cooperation Committee took place in"
                + " Lima on Thursday.\n\nThe event was chaired by Ana Torres, Head of the Committee on Foreign Affairs,"
                + " and Paul Reed, Head of the Delegation for the Andes.\n");

        assertThat(meeting.name()).hasValue("Chile-Peru Parliamentary Cooperation Committee");
        assertThat(meeting.sequence()).hasValue(11);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
    }

    @Test
    void aNameWithoutATitleWhenAPersonsVerbFollows() {
        PressRelease release = parse("Kaja Kallas today took office as High Representative. She succeeds Josep Borrell,"
                + " who had held the post since 2019.\n");
        assertThat(release.people()).extracting(Person::name).containsExactly("Kaja Kallas", "Josep Borrell");
        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aNameWithoutATitleBeforeAPlansModal() {
        PressRelease release = parse("The office said Ana Lind and Tomas Berg will co-chair the planning group on"
                + " Friday. Pieter Holm is expected to join them. So I would say the accord on Visa Exemption will"
                + " help.\n");
        assertThat(release.people()).extracting(Person::name).containsExactly("Ana Lind", "Tomas Berg", "Pieter Holm");
        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void namesWithoutTitlesInAnAsideBetweenDashes() {
        PressRelease release = parse("The heads of the Polish and Latvian cabinets – Marek Wolny and Janis Berzkalns –"
                + " met in Gdansk on Monday.\n");
        assertThat(release.people()).extracting(Person::name).containsExactly("Marek Wolny", "Janis Berzkalns");
        assertThat(release.meetings()).singleElement().satisfies(meeting -> assertThat(meeting.participants())
                .extracting(Person::name).containsExactly("Marek Wolny", "Janis Berzkalns"));
    }

    @Test
    void aNameWithoutATitleBeforeTheStartOfATrip() {
        PressRelease release = parse("The Turkish foreign minister met his Malaysian counterpart. Emre Yilmaz began a"
                + " visit to Malaysia on Saturday.\n");
        assertThat(release.people()).extracting(Person::name).containsExactly("Emre Yilmaz");
    }

    @Test
    void aSurnameFirstNameCutToTheSurname() {
        PressRelease release = parse("Minister of Foreign Affairs of the Republic of Korea Han Min-soo held a telephone"
                + " conversation with Mongolian Foreign Minister Batbayar Ganzorig. Minister Han spoke of the"
                + " coming visit of the President.\n");
        assertThat(release.people()).extracting(Person::name).containsExactly("Han Min-soo", "Batbayar Ganzorig");
    }

    /** Found by the mutation property: a series trigger repeated without an "of" phrase built an empty name span. */
    @Test
    void aRepeatedSeriesWordIsNoName() {
        PressRelease release = parse("Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu took"
                + " pMinister Summit Summit Ministerart yesterday in the C5+1 Ministerial Meeting held in New York.\n");
        assertThat(release.meetings()).allSatisfy(m -> m.name().ifPresent(n -> assertThat(n).isNotBlank()));
    }

    @Test
    void aGroupOfStatesGivesItsMembersAsCountries() {
        PressRelease release = parse("date 2021-04-23 On Friday the foreign ministers of the C5+1, the U.S. Secretary of State"
                + " among them, met virtually.\n");
        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
        assertThat(release.meetings().get(0).countries()).extracting(CountryCode::toString)
                .contains("KZ", "KG", "TJ", "TM", "UZ", "US");
    }

    @Test
    void aGuestVerbBeforeATitledPersonReportsAMeeting() {
        Meeting meeting = main("President Dovlet Annayev of Turkmenistan welcomed the newly appointed Ambassador of"
                + " Hungary, Gábor Szentesi, on Thursday, 11 January 2024.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Dovlet Annayev", "Gábor Szentesi");
        assertThat(meeting.participants().get(1).title()).as("new in office, an Ambassador").contains("Ambassador");
        assertThat(meeting.date()).flatMap(DateRef::value).contains(DateValue.of(LocalDate.of(2024, 1, 11)));
    }

    @Test
    void aGuestVerbBeforeAThingOfSomeoneReportsNothing() {
        PressRelease release = parse("The United States welcomed the reform agenda of President Sadyr Japarov.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aLongLineWithoutAStopIsASentenceCutShortNotAHeadline() {
        PressRelease release = parse("The Deputy Speaker of the Legislative Chamber meets staff of the U.S. Congress\n\n"
                + "Yesterday, the Deputy Speaker of the Legislative Chamber of the Oliy Majlis of Uzbekistan Jasur"
                + " Rakhimov received a group of staffers from committees of the U.S. House of Representatives who"
                + " came to Tashkent for a week of talks on trade and water\n");

        assertThat(release.meetings()).first().satisfies(m -> assertThat(m.date()).flatMap(DateRef::value)
                .contains(DateValue.of(LocalDate.of(2024, 10, 23))));
    }

    @Test
    void aMeetingFramedInReportedWordsIsHeldThoughTheQuoteSaysTo() {
        Meeting meeting = main("“Our ministries think alike with regard to cooperation on energy,” Deputy Minister"
                + " Tomasz Wierzbicki said during a meeting with his Latvian counterpart Andris Kalniņš.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Tomasz Wierzbicki", "Andris Kalniņš");
    }

    @Test
    void aVisitAsTheOccasionOfOtherNewsIsNoMeeting() {
        PressRelease release = parse("The Agreement was signed in Xi'an during the state visit of President"
                + " Kassym-Jomart Tokayev to the People's Republic of China.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aCountryPairWrittenWithAHyphenGivesAnOfficialWithoutCountryTheOtherSide() {
        PressRelease release = PARSER.parse("test", "Secretary of State Antony Blinken met today with Foreign"
                + " Minister Yoko Kamikawa to discuss the United States-Japan alliance.\n").release();
        Meeting meeting = release.meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::country)
                .containsExactly(Optional.of(CountryCode.of("US")), Optional.of(CountryCode.of("JP")));
    }

    @Test
    void aLeadThatNamesNobodyTakesThePeopleNamedJustBefore() {
        Meeting meeting = main("Foreign Minister of Kazakhstan Daulet Sarsenov and US Secretary of State Mark Whitfield"
                + " reviewed their agenda.\n\nIt is reported that during the telephone conversation, held at the"
                + " request of the American side, trade and transit were reviewed.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Daulet Sarsenov", "Mark Whitfield");
    }

    @Test
    void aFurtherCallMadeToSomeoneIsAMeetingOfItsOwn() {
        PressRelease release = parse("Crown Prince Khalid bin Rashid held a phone call with Tunisian President Hichem Ben"
                + " Salah.\n\nLater in the day, Sheikh Khalid made a phone call to Mauritanian President Ahmed Ould"
                + " Sidina.\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactly("Khalid bin Rashid", "Ahmed Ould Sidina");
        assertThat(release.meetings().get(1).countries()).contains(CountryCode.of("MR"));
    }

    @Test
    void theCityAGuestWasWelcomedToIsWhereTheyMet() {
        PressRelease release = PARSER.parse("test", "On March 14, 2023, Assistant Secretary Helen Carver welcomed Deputy"
                + " Foreign Minister of Uzbekistan Bakhodir Tursunov and his team to Washington for a round of"
                + " consultations.\n").release();

        assertThat(release.meetings().get(0).location()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Washington");
            assertThat(p.country()).contains(CountryCode.of("US"));
        });
    }

    @Test
    void aMeetingTheTextNeverDatesWasHeldOnTheDayOfTheDateline() {
        PressRelease release = PARSER.parse("test", " date 2023-09-10\n\nSEOUL, Sept. 9 (Yonhap) -- South Korean"
                + " Prime Minister Park Sung-ho"
                + " and Canadian Prime Minister Claire Dubois held a short meeting at the forum venue.\n").release();

        assertThat(release.meetings().get(0).date()).hasValueSatisfying(d -> {
            assertThat(d.value()).contains(DateValue.of(LocalDate.of(2023, 9, 9)));
            assertThat(d.text()).isEqualTo("Sept. 9");
        });
    }

    @Test
    void aDatelineWithoutItsYearTakesTheYearOfTheSameDayWrittenInFull() {
        PressRelease release = PARSER.parse("test", "(2nd LD) Minister sees visiting U.S. delegate\n"
                + "(UPDATE: new quotes in para 4)\nSEOUL, Aug. 24 (Yonhap) -- Trade Minister Park Sung-ho held"
                + " talks with a visiting U.S. delegate on the supply of chips, the ministry said Tuesday.\nAt the"
                + " morning talks, Park and U.S. Special Envoy Tom Hale went over the state of the market.\nPark"
                + " called the talks useful and said both sides would keep working on it.\nHale said Washington would"
                + " stay in contact with Seoul on the issue.\n\n" + "The two sides plan to meet again next month.\n\n".repeat(30)
                + "Trade Minister Park Sung-ho (L) greets Tom Hale"
                + " before their morning talks in Seoul on Aug. 24, 2021, in a picture released by his office.\n")
                .release();

        assertThat(release.meetings().get(0).date()).flatMap(DateRef::value)
                .contains(DateValue.of(LocalDate.of(2021, 8, 24)));
    }

    @Test
    void aDatelinesDayAFewDaysBeforeTheDateHeaderIsTheDayItsTodayMeans() {
        PressRelease filedTheDayBefore = PARSER.parse("test", " date 2023-11-09 TARVIK, Nov. 8 (Norpress) -- Foreign"
                + " Minister Ilse Varga held talks today with visiting Foreign Minister of Chile Tomas Orrego.\n").release();
        PressRelease oldCopy = PARSER.parse("test", " date 2023-11-29 TARVIK, Nov. 8 (Norpress) -- Foreign"
                + " Minister Ilse Varga held talks today with visiting Foreign Minister of Chile Tomas Orrego.\n").release();

        assertThat(filedTheDayBefore.meetings().get(0).date()).flatMap(DateRef::value)
                .contains(DateValue.of(LocalDate.of(2023, 11, 8)));
        assertThat(oldCopy.meetings().get(0).date()).flatMap(DateRef::value)
                .contains(DateValue.of(LocalDate.of(2023, 11, 29)));
    }

    @Test
    void aMeetingTheTextNeverDatesWasHeldOnTheDayThePageIsDated() {
        PressRelease release = PARSER.parse("test", "• NEWS\n\n• 13 December 2017\n\nDeputy Minister Tomasz Wierzbicki"
                + " met with his Latvian counterpart Andris Kalniņš.\n").release();

        assertThat(release.meetings().get(0).date()).hasValueSatisfying(d -> {
            assertThat(d.value()).contains(DateValue.of(LocalDate.of(2017, 12, 13)));
            assertThat(d.text()).isEqualTo("13 December 2017");
        });
    }

    @Test
    void aMeetingFramedAfterItsPreviewIsThePlannedOne() {
        PressRelease release = parse("Prime Minister of Estonia Liis Kask is scheduled to meet with NATO"
                + " Secretary-General Henrik Dahl in Brussels on June 3.\n\nDuring the meeting, Dahl"
                + " praised the country for its air defence.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void theLeadsOwnPairMeetingAgainIsARestatementNotASideMeeting() {
        PressRelease release = parse("Crown Prince Faisal bin Nasser received Iraqi Vice President Omar"
                + " Al-Haddad in Riyadh on Monday.\n\nThe meeting was attended by Minister of Foreign Affairs Saud bin"
                + " Hamad.\n\nCrown Prince Faisal bin Nasser received Vice President Omar Al-Haddad at the"
                + " palace.\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).participants()).hasSize(3);
    }

    @Test
    void aMeetingWithoutAPlaceIsInTheCityNamedJustBefore() {
        PressRelease release = parse("The Philippine delegation arrived in Jakarta on Monday.\n\nPresident Bongbong"
                + " Marcos held talks with Japanese Prime Minister Fumio Kishida.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.location())
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Jakarta")));
    }

    @Test
    void aTalkAtTheEndOfASummitIsAMeetingNotTheSummit() {
        Meeting meeting = main("По завершении саммита ОДКБ лидеры Армении и Казахстана Никол Пашинян и Касым-Жомарт"
                + " Токаев провели краткую беседу.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aMeetingWithoutAPlaceIsWhereTheNextSentenceSaysItsVisitorCame() {
        Meeting meeting = main("Министр иностранных дел России Олег Смирнов встретился с министром иностранных дел"
                + " Словакии Петером Ковачем на полях форума.\n\nСмирнов прибыл в Турцию 1 марта для участия в форуме.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.country()).contains(CountryCode.of("TR")));
    }

    @Test
    void aMeetingWithoutAPlaceNearbyIsInTheFirstCityTheReleasePutsSomethingIn() {
        PressRelease release = parse("Foreign Minister Ana Duarte met Foreign Minister of Senegal Moussa Diallo on"
                + " Monday.\n\nThe ministers reviewed trade.\n\nThey discussed regional security.\n\nThey also"
                + " discussed energy.\n\nThe session of the joint commission, which opened on Monday in Dakar,"
                + " closes on Friday.\n");

        assertThat(release.meetings()).first().satisfies(m -> assertThat(m.location())
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Dakar")));
    }

    @Test
    void thePeopleOfAMeetingToComeAreNoParticipantsOfTheOneHeld() {
        Meeting meeting = main("In Ankara, Serbian Foreign Minister Dragan Petković and his Turkish counterpart Murat Aksoy held"
                + " talks to prepare an upcoming meeting between their two leaders, President Milan Ristić and"
                + " President Kemal Ersoy.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Dragan Petković", "Murat Aksoy");
    }

    @Test
    void aLineOpeningWithItsDateSaysWhatTodayIsOverADateHeader() {
        PressRelease release = PARSER.parse("test", " date 2017-01-01\n\nPRESS RELEASE\nNov. 21, 2017 (EIRNS)—French"
                + " President Luc Moreau and Brazilian President Paulo Ribeiro spoke by phone today.\n").release();

        assertThat(release.published()).contains(LocalDate.of(2017, 1, 1));
        assertThat(release.meetings().get(0).date()).flatMap(DateRef::value)
                .contains(DateValue.of(LocalDate.of(2017, 11, 21)));
    }

    @Test
    void thePeopleOfAMeetingToldBeforeOrAfterTheReportedOneAreNotItsParticipants() {
        Meeting meeting = main("French President Luc Moreau and Brazilian President Paulo Ribeiro talked by phone on Friday,"
                + " one day after Ribeiro’s meeting with Chilean President Andrés Fuentes in Santiago.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Luc Moreau", "Paulo Ribeiro");
    }

    @Test
    void aVisitToldInAClauseFramesTheSeveralMeetingsItHeld() {
        PressRelease release = parse("Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev, who is on a"
                + " working visit to Brussels, held talks on Tuesday with High Representative of the European Union"
                + " Josep Borrell.\n\nOn the same day, Jeenbek Kulubaev also met with Belgian Foreign Minister Hadja"
                + " Lahbib.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.MEETING);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Jeenbek Kulubaev");
        assertThat(release.meetings().get(0).location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Brussels"));
    }

    @Test
    void aVisitToldInAClauseOfASingleMeetingFramesNothing() {
        PressRelease release = parse("Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev, who is on a"
                + " working visit to Brussels, held talks on Tuesday with High Representative Josep Borrell.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS);
    }

    @Test
    void spokeToATitledPersonIsACallAndTheLeadsUntitledOfficialIsTheOneNamedElsewhere() {
        PressRelease release = PARSER.parse("test", "The President spoke today to Australian Prime Minister Hollis in a"
                + " call the two leaders hold every few months.\n\nPresident Whitman also told the"
                + " Prime Minister about the trade review.\n").release();

        Meeting call = release.meetings().get(0);
        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.participants()).extracting(Person::name).containsExactlyInAnyOrder("Hollis", "Whitman");
    }

    @Test
    void spokeToAnOfficialAfterTheNameOfHisStateIsACall() {
        Meeting call = PARSER.parse("test", " date 2021-04-19 Daily\nExternal Affairs Minister Ravi Menon spoke to"
                + " US Secretary of State Paul Hale about trade on Monday.\n").release().meetings().get(0);

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.participants()).extracting(Person::name).containsExactly("Ravi Menon", "Paul Hale");
    }

    @Test
    void anOfficeByItsInitialsTakesTheWordsTheReleaseSpelledItOutIn() {
        Meeting talks = parse("Prime Minister Hana Lotte of Norway flew to Lisbon for a two-day stay.\n\n"
                + "On Friday PM Lotte met Portuguese Foreign Minister Tomas Varela at the palace.\n").meetings().get(0);

        assertThat(talks.participants()).extracting(Person::name, Person::title)
                .contains(tuple("Hana Lotte", Optional.of("Prime Minister")));
    }

    @Test
    void spokeToReportersIsNoCall() {
        assertThat(parse("Foreign Minister Murat Nurtleu spoke to reporters in Astana.\n").meetings()).isEmpty();
    }

    @Test
    void theCountryOfAnOfficialTheLeadDoesNotNameTakesPart() {
        Meeting call = PARSER.parse("test", "British Prime Minister Oliver Hartley spoke with the United States President about"
                + " trade.\n").release().meetings().get(0);

        assertThat(call.countries()).containsExactly(CountryCode.of("GB"), CountryCode.of("US"));
    }

    @Test
    void aListedOfficialNamedWithoutTitleIsAPersonAndTakesPart() {
        PressRelease release = PARSER.parse("test", "The President of Uzbekistan received the heads of government on"
                + " Tuesday.\n\nShavkat Mirziyoyev held bilateral meetings with Prime Minister of Tajikistan Kokhir"
                + " Rasulzoda.\n").release();

        assertThat(release.people()).extracting(Person::name).contains("Shavkat Mirziyoyev");
        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactly("Shavkat Mirziyoyev", "Kokhir Rasulzoda");
    }

    @Test
    void everyCountryOfAListAfterAnUnnamedTitleTakesPart() {
        Meeting meeting = PARSER.parse("test", "President Shavkat Mirziyoyev received the heads of government of"
                + " Kazakhstan, Armenia, Tajikistan and Belarus in Tashkent.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::toString).containsExactly("UZ", "KZ", "AM", "TJ", "BY");
    }

    @Test
    void aMeetingOfAGroupOfStatesIsReportedThoughItNamesNobody() {
        PressRelease release = PARSER.parse("test", "This statement of the ministers follows the sixth"
                + " ministerial meeting in the C5+1 format, held March 3, 2021, in New York.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.countries()).extracting(CountryCode::toString).contains("KZ", "UZ", "US");
            assertThat(m.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("New York"));
        });
    }

    @Test
    void aFurtherCallOfOfficialsNamedByTheirCountriesAloneIsAMeetingOfThoseCountries() {
        PressRelease release = parse("President Shavkat Mirziyoyev held a telephone conversation with Russian President"
                + " Vladimir Putin.\n\nOn Monday, the presidents of Uzbekistan and Kyrgyzstan, in a telephone"
                + " conversation, reviewed the state of border security.\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(release.meetings().get(1).countries()).extracting(CountryCode::toString).containsExactly("UZ", "KG");
        assertThat(release.meetings().get(1).participants()).isEmpty();
    }

    @Test
    void theMeetingAlreadyReportedToldAgainByTheCountriesIsNoFurtherMeeting() {
        PressRelease release = parse("President Shavkat Mirziyoyev held a telephone conversation with Russian President"
                + " Vladimir Putin.\n\nDuring the telephone conversation, the presidents of Uzbekistan and Russia"
                + " discussed trade.\n");

        assertThat(release.meetings()).hasSize(1);
    }

    @Test
    void theMeetingNamedByADeterminerPastWordsThatDescribeItIsTheOneAlreadyReported() {
        PressRelease release = parse("Vice Minister Tomas Arvelo of Chile presided over the ninth Meeting of the Andean"
                + " Customs Commission in Lima on Tuesday.\n\nThe frank talks held there reviewed the pact signed by the"
                + " Presidents of Chile and Bolivia.\n");

        assertThat(release.meetings()).hasSize(1);
    }

    @Test
    void aForumWithALongNameIsTheFrameOfTheMeetingHeldAtItAndAFurtherOneTheyAttended() {
        PressRelease release = PARSER.parse("test", "On May 4, 2023, within the framework of participation in the"
                + " Coastal Security Forum, a meeting was held between the Foreign Minister of the Republic"
                + " of Armenia Aram Petrosyan and the Foreign Minister of the Republic of Moldova Ion"
                + " Rusu.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.MEETING, MeetingKind.CONFERENCE);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).contains("Aram Petrosyan");
    }

    // ---- how releases tell further meetings and leads ----------------------------------------

    @Test
    void hadBilateralTalksWithIsAFurtherMeetingAndRespectivelyMakesOneMeetingEach() {
        PressRelease release = parse("Foreign Minister Aigerim Sadykova visited Vienna to attend the Ministerial Council"
                + " on 3 December 2024.\n\nOn the same day, Minister Sadykova met respectively with UN Under-Secretary"
                + "-General Tomas Brenner and Foreign Minister Lena Varga of Hungary.\n\nMinister Sadykova also had"
                + " bilateral talks with Foreign Minister Pavel Novak of Czechia.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .contains(java.util.List.of("Aigerim Sadykova", "Tomas Brenner"),
                        java.util.List.of("Aigerim Sadykova", "Lena Varga"),
                        java.util.List.of("Aigerim Sadykova", "Pavel Novak"));
    }

    @Test
    void theSameDayCountsFromTheDayTheSentenceBeforeWritesThoughItTellsNoMeeting() {
        PressRelease release = parse("Министр иностранных дел Исландии Карл Вестин принял участие в заседании Совета"
                + " министров ОБСЕ в Вене 3–4 декабря 2024 года.\n\n2 декабря министр возложил венок к мемориалу жертвам"
                + " войны на центральном кладбище Вены. В тот же день он провел встречу с министром иностранных дел"
                + " Венгрии Леной Варгой.\n\nВо время заседания он также провел переговоры с министром иностранных дел"
                + " Чехии Павлом Новаком.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name(),
                        m -> m.date().flatMap(DateRef::value).map(DateValue::toString).orElse(""))
                .contains(tuple("Лена Варга", "2024-12-02"), tuple("Павел Новак", "2024-12"));
    }

    @Test
    void aBilateralMeetingWithSomeoneInsideASummitIsAMeeting() {
        Meeting meeting = main("At the summit in Jakarta, Prime Minister Daniel Okoro had a bilateral meeting with"
                + " President Maria Lindqvist of Sweden.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aMeetingReportedInSpeechIsHeld() {
        Meeting meeting = main("A statement by the Ministry of Trade said that Pakistan’s Minister for Commerce Omar"
                + " Qadir met with Bangladesh’s Adviser for Commerce Rafiq Hossain in Dhaka.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Omar Qadir", "Rafiq Hossain");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Yoon Suk Yeol is also scheduled to call on King Charles III at the palace.",
        "President Yoon Suk Yeol is to meet King Charles III in London.",
        "President Yoon Suk Yeol is slated to hold talks with King Charles III in London.",
        "Foreign Minister Kenji Sato will have talks with Foreign Minister Ravi Fernando of Sri Lanka and call on"
                + " President Ajith Silva.",
        "At the SCO meet, Minister Subrahmanyam Jaishankar is likely to hold talks with Foreign Minister Wang Yi."})
    void aMeetingStillToComeIsNoMeeting(String sentence) {
        assertThat(parse(sentence + "\n").meetings()).isEmpty();
    }

    @Test
    void aPlanReportedInSpeechIsNoMeeting() {
        PressRelease release = parse("The ministry said that Foreign Minister Omar Qadir will meet Foreign Minister"
                + " Rafiq Hossain of Bangladesh next week.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void theTwoLeadersStandForThePeopleNamedJustBefore() {
        Meeting meeting = main("Japanese Prime Minister Kenji Arakawa and Chinese President Zhou Ming confirmed that"
                + " they will work for stable relations.\n\nThe two leaders met for half an hour in Lima on"
                + " the sidelines of the forum.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kenji Arakawa", "Zhou Ming");
        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Lima"));
    }

    @Test
    void theTwoLeadersStandForTwoPeopleNamedOneInEachOfTheSentencesBefore() {
        Meeting meeting = main("President of Chile Ana Torres arrived in Lima on a state visit on 3 May 2024. At the"
                + " airport, she was welcomed by President of Peru Paul Reed.\n\nLater, the two leaders held talks in a"
                + " narrow format.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.TALKS);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
    }

    @Test
    void theHeadsOfStateAfterAnOpeningThenStandForTheTwoNamedBefore() {
        PressRelease release = parse("Президент Чили Ана Торрес 3 мая 2024 года прибыла в Лиму с государственным визитом. В"
                + " аэропорту ее встретил Президент Перу Пауль Рейд.\n\nЗатем главы государств провели переговоры.\n");
        Meeting meeting = release.meetings().stream().filter(m -> m.kind() != MeetingKind.VISIT).findFirst().orElseThrow();

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ана Торрес", "Пауль Рейд");
    }

    @Test
    void aMinistrysShortNameLeavesItsHolderOfTheCountryNamedWithIt() {
        Meeting meeting = main("Глава Минфина Перу Ана Торрес встретилась с главой чилийского Минздрава Паулем Рейдом 3 мая"
                + " 2024 года.\n");

        assertThat(meeting.participants()).extracting(Person::title, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple(Optional.of("Глава Минфина"), "PE"), tuple(Optional.of("глава Минздрава"), "CL"));
    }

    @Test
    void theHeadOfStateAfterTheVisitThatFramesTheSentenceStandsForTheVisitor() {
        PressRelease english = parse("President of Chile Ana Torres is on an official visit to Peru on 22 October 2024."
                + " During the visit, the head of state held talks with Prime Minister of Peru Paul Reed.\n");
        PressRelease russian = parse("Президент Чили Ана Торрес находится с официальным визитом в Перу. 22 октября 2024"
                + " года в рамках визита она провела переговоры с Премьер-министром Перу Паулем Рейдом.\n");

        assertThat(english.meetings()).filteredOn(m -> m.kind() == MeetingKind.TALKS).singleElement()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed"));
        assertThat(russian.meetings()).filteredOn(m -> m.kind() == MeetingKind.TALKS).singleElement()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name).containsExactly("Ана Торрес", "Пауль Рейд"));
    }

    @Test
    void anOfficeAsSubjectAfterAnOpeningPhraseStandsForItsHolderNamedBefore() {
        Meeting meeting = main("Chilean Foreign Minister Ana Torres arrived in Lima. On 22 October 2024, the minister met"
                + " Peruvian Foreign Minister Paul Reed.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
    }

    @Test
    void aSentenceThatOpensWithAMeetingWithSomeoneLeavesItsOtherSideToTheSentenceBefore() {
        PressRelease release = parse("Chilean Foreign Minister Ana Torres continued her working visit to New York on 22"
                + " October 2024.\n\nAt the meeting with Foreign Minister of Peru Paul Reed, the parties discussed trade.\n\n"
                + "During talks with Foreign Minister of Spain Jose Vidal, the sides noted the growth of trade.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactlyInAnyOrder(List.of("Ana Torres"), List.of("Ana Torres", "Paul Reed"),
                        List.of("Ana Torres", "Jose Vidal"));
    }

    @Test
    void aTripThatTheMeetingPreparesIsNotWhereItWasHeld() {
        Meeting meeting = main("Foreign Minister of Chile Ana Torres met Foreign Minister of Spain Jose Vidal on 22 October"
                + " 2024. The parties discussed the preparation of the visit of the King of Spain to Chile.\n");

        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void aFurtherMeetingOfAGroupHasEveryMemberAmongItsCountries() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu met Foreign Minister of Chile Ana Torres in New York"
                + " on 22 October 2024.\n\nThe Minister also took part in the C5+1 ministerial meeting with US Secretary of"
                + " State Paul Reed.\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).countries()).extracting(CountryCode::code)
                .contains("US", "KZ", "KG", "TJ", "TM", "UZ");
    }

    @Test
    void inTheirMeetingWordFramesAMeetingOfThoseTheSentenceNames() {
        Meeting meeting = main("In their teleconference on Monday, Prime Minister Kenji Arakawa and Prime Minister Tom"
                + " Reed agreed to deepen cooperation.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kenji Arakawa", "Tom Reed");
    }

    @Test
    void spokeOnPhoneAndTelephonedAreCalls() {
        assertThat(main("Prime Minister Kenji Arakawa spoke on phone today with Prime Minister Ola Dahl of Norway.\n")
                .kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(main("Prime Minister Kenji Arakawa telephoned Prime Minister Ola Dahl of Norway on Friday.\n")
                .kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aRussianCallToSomeoneNamedWithoutATitleIsACall() {
        assertThat(main("Президент Петер Даль позвонил Карлу Бергу и поздравил его с праздником.\n").kind())
                .isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void thisCameDuringAMeetingStandsForThePersonTheSentenceBeforeNames() {
        Meeting meeting = main("Prime Minister Kenji Arakawa stressed the value of trade. This came during a meeting with"
                + " Norwegian Prime Minister Ola Dahl in Oslo.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kenji Arakawa", "Ola Dahl");
    }

    @Test
    void spokeWithInATownIsFaceToFaceAndACallOtherwise() {
        assertThat(main("In Oslo, Foreign Minister Kenji Arakawa spoke with Parliament Speaker Ola Dahl about trade.\n")
                .kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(main("Foreign Minister Kenji Arakawa spoke with Parliament Speaker Ola Dahl on Monday.\n").kind())
                .isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(main("Foreign Minister Kenji Arakawa spoke by phone with Speaker Ola Dahl in Oslo.\n").kind())
                .isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void onlineTalksAreAVideoConference() {
        Meeting meeting = main("Prime Minister Kenji Arakawa held online talks with Vietnamese Prime Minister Pham Minh"
                + " Chinh on Monday.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
    }

    @Test
    void theTwoLeadersReachBackOverAParagraphOfBackgroundAsWireCopyWritesIt() {
        Meeting meeting = main("Japanese Prime Minister Kenji Arakawa and Chinese President Zhou Ming agreed on"
                + " Sunday to deepen cooperation.\n\nThe two countries resumed direct flights last year.\n\nThe two"
                + " leaders met for half an hour in Lima before the forum opened.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kenji Arakawa", "Zhou Ming");
    }


    @Test
    void aMeetingOfNobodyNamedToldAgainAtOnceWithItsPeopleIsThatMeeting() {
        PressRelease release = parse("Ереван и Москва вместе работают\n10.03.2025 | 17:45 |Глава МИД Армении Ашот"
                + " Гаспарян сообщил на пресс-конференции, что обсудил со своим российским коллегой Игорем Соколовым"
                + " вопросы транзита.\nДипломат подчеркнул, что Ереван и Москва вместе делают все для торговли. Мы"
                + " подробно обсудили транзит. Есть вопросы, которые вместе Армения, Российская Федерация будут"
                + " решать», - заявил он по итогам переговоров с главой МИД РФ.\nВо вторник Гаспарян провел переговоры"
                + " с Соколовым в Москве. Министры обсудили актуальные вопросы.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Ашот Гаспарян", "Игорь Соколов"));
    }

    @Test
    void anOfficeNamedWithoutANameIsItsHolderNotTheOneHeMet() {
        PressRelease trip = parse("Ilze Ozola, Minister of Foreign Affairs, paid a working visit to Lithuania on"
                + " 6 May 2024. In the course of the day the Minister of Foreign Affairs met the Lithuanian President,"
                + " Jonas Petraitis, and the Minister of Foreign Affairs, Rasa Kairyte.\n");
        PressRelease office = parse("Anna Berg, who runs the Press Office of the Prime Minister, told reporters"
                + " that Prime Minister Olof Lind spoke on Friday in a telephone conversation with Russian president"
                + " Karl Weiss about trade.\n\nLater Mr. Lind also had a telephone conversation with Italian prime"
                + " minister Paolo Ricci, Ms. Berg said.\n");

        assertThat(trip.meetings()).allSatisfy(m -> assertThat(m.participants()).extracting(Person::name)
                .startsWith("Ilze Ozola"));
        assertThat(trip.meetings()).flatExtracting(Meeting::participants).extracting(Person::name)
                .contains("Jonas Petraitis", "Rasa Kairyte");
        assertThat(office.meetings().get(0).participants()).extracting(Person::name).doesNotContain("Paolo Ricci");
    }

    @Test
    void theNameJustBeforeAMeetingWordMetThoughAPlannedSessionComesFirst() {
        Meeting meeting = main("Находящийся в Вене для участия в заседании Совета партнерства министр иностранных дел"
                + " Армении Арам Саргсян 17 октября встретился с министром иностранных дел Австрии Карлом Бауэром.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Арам Саргсян", "Карл Бауэр");
    }

    @Test
    void aLeadThatReceivedSeveralEnvoysSumsUpTheMeetingsToldAfterIt() {
        PressRelease release = parse("Foreign Minister Omar Haddad on Thursday received various ambassadors for"
                + " meetings separately.\n\nAmbassador of Chile Rosa Vidal called on Foreign Minister Haddad.\n\n"
                + "Ambassador of Peru Luis Soto also called on Foreign Minister Haddad.\n\nAmbassador of Ghana Kofi"
                + " Mensah also called on Foreign Minister Haddad.\n");

        assertThat(release.meetings()).allSatisfy(m -> assertThat(m.participants()).hasSize(2));
    }

    @Test
    void theLettersOfSeveralNewEnvoysTakenAtOnceAreOneCeremony() {
        PressRelease release = parse("Президент Андрей Соколов 11 октября в Минске принял верительные грамоты от"
                + " новых послов Чили и Перу Марко Диаса и Луиса Рамоса.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.OTHER);
            assertThat(m.countries()).extracting(CountryCode::toString).contains("CL", "PE");
        });
    }

    @Test
    void aConsulsExequaturHandedOverIsAMeetingAsAnEnvoysLettersAre() {
        Meeting meeting = main("Губернатор Тверской области Олег Карпов вручил экзекватуру Генеральному консулу"
                + " Вьетнама Нгуену Ван Туану.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(main("Governor Lena Ortiz presented the exequatur to Consul General of Chile Pablo Reyes on"
                + " Tuesday.\n").kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void presentingALetterOfCredenceIsAMeetingThoughALetterReceivedIsNone() {
        Meeting meeting = main("Ambassador Ali Karimov presented his Letter of Credence to President Ibrahim Solih"
                + " this morning.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ali Karimov", "Ibrahim Solih");
        assertThat(parse("President Ibrahim Solih received a letter from President Ali Karimov.\n").meetings())
                .isEmpty();
    }

    @Test
    void anInternationalOfficialsCallWithLeadersOfTwoCountriesIsOneCallEach() {
        PressRelease release = parse("Председатель Европейского совета Жан Дюпон поговорил по телефону с премьер-министром"
                + " Армении Ашотом Симоняном и президентом Азербайджана Эльчином Мамедовым.\n");

        assertThat(release.meetings()).extracting(m -> m.kind() + " " + m.participants().size())
                .containsExactly("PHONE_CALL 2", "PHONE_CALL 2");
    }

    @Test
    void anOfficialNamedByThePeoplesAdjectiveAloneIsTheOnePersonOfThatCountryNamedBefore() {
        PressRelease release = parse("Президент России Иван Петров прибыл в Душанбе с официальным визитом.\n\nВ среду"
                + " российский лидер встретился с главой Таджикистана Рустамом Саидовым.\n");

        assertThat(release.meetings()).filteredOn(m -> m.kind() != MeetingKind.VISIT).first()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Иван Петров", "Рустам Саидов"));
    }

    @Test
    void anOfficialNamedByOfficeAndCountryAloneIsTheOnePersonOfThatCountryNamedBefore() {
        PressRelease release = parse("Президент Таджикистана Рустам Саидов прибыл в Москву с визитом.\n\nВ Кремле Иван"
                + " Петров провел переговоры с главой Таджикистана.\n");

        assertThat(release.meetings()).filteredOn(m -> m.kind() != MeetingKind.VISIT).first()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Иван Петров", "Рустам Саидов"));
    }

    @Test
    void theOfficesOfTwoCountriesNameNoOneOfEither() {
        PressRelease release = parse("Президент России Иван Петров прибыл в Баку.\n\nСостоялся телефонный разговор между"
                + " президентами России и Азербайджана. Во время разговора Иван Петров поблагодарил президента Азербайджана"
                + " Эльчина Мамедова.\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactlyInAnyOrder("Иван Петров", "Эльчин Мамедов");
    }

    @Test
    void aDialogueNamedInCapitalsBeforeTheLeadIsWhatTheOfficialsMetFor() {
        Meeting dialogue = main("Norway and Chile concluded the fourth Vice Ministerial Strategic Dialogue in Oslo.\n\n"
                + "Undersecretary Ana Cruz met with Deputy Minister for Foreign Affairs Ola Dahl and his delegation.\n");
        Meeting forum = main("Deputy Minister Ola Dahl received Undersecretary Ana Cruz in Oslo for the Joint Ministerial"
                + " Meeting of the Strategic Dialogue.\n");

        assertThat(dialogue.kind()).isEqualTo(MeetingKind.DIALOGUE);
        assertThat(forum.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aSpokespersonTellsOfTheMeetingAndTakesNoPart() {
        Meeting english = main("Prime Minister Anil Varma met President of Kenya Jan Kowal, Ministry of External Affairs"
                + " spokesperson Rakesh Mehra said.\n");
        Meeting russian = main("Президент России Иван Петров провел переговоры с Председателем КНР Ли Мином, сообщил"
                + " пресс-секретарь президента Олег Смирнов.\n");

        assertThat(english.participants()).extracting(Person::name).containsExactly("Anil Varma", "Jan Kowal");
        assertThat(russian.participants()).extracting(Person::name).containsExactly("Иван Петров", "Ли Мин");
    }

    @Test
    void aMeetingHeldOverSeveralDaysIsDatedByTheirMonthAndAVisitByItsFirstDay() {
        Meeting session = main("Foreign Minister Murat Nurtleu held talks with Foreign Minister of Azerbaijan Jeyhun"
                + " Bayramov in Baku on June 4–5, 2024.\n");
        Meeting visit = main("Foreign Minister Ana Duarte paid an official visit to Kazakhstan on 3–4 December 2024. She held"
                + " talks with Foreign Minister Murat Nurtleu.\n");

        assertThat(session.date().flatMap(DateRef::value)).contains(DateValue.of(java.time.YearMonth.of(2024, 6)));
        assertThat(visit.date().flatMap(DateRef::value)).contains(DateValue.of(LocalDate.of(2024, 12, 3)));
    }

    @Test
    void aCallToldOverTwoDaysIsDatedByTheFirst() {
        Meeting call = main("On October 22–23, 2024, Foreign Minister Murat Nurtleu had a telephone conversation with Foreign"
                + " Minister of Azerbaijan Jeyhun Bayramov.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.date().flatMap(DateRef::value)).contains(DateValue.of(LocalDate.of(2024, 10, 22)));
    }

    @Test
    void meetingsASentenceSaysADayIncludedAreHeldOneWithEach() {
        PressRelease release = parse("Prime Minister Anil Varma held several bilateral meetings at the"
                + " Commonwealth summit in London on Thursday.\n\nHis engagements on Thursday included talks"
                + " with Australian Prime Minister Tom Barr, Ugandan President Sam Okello and Fijian Prime"
                + " Minister Joe Tui.\n");

        // besides the summit they were held at, which is the Prime Minister's alone
        assertThat(release.meetings()).filteredOn(m -> m.participants().size() > 1)
                .extracting(m -> m.participants().get(1).name())
                .containsExactly("Tom Barr", "Sam Okello", "Joe Tui");
    }

    @Test
    void aMeetingTheSentenceDeniesIsNoneButOneItAddsToIs() {
        PressRelease denied = parse("Prime Minister Anil Varma held talks with President of Kenya Jan Kowal in London.\n\n"
                + "Officials said no meeting was requested with Prime Minister of Pakistan Ali Khan.\n");
        PressRelease added = parse("Prime Minister Anil Varma not only met President of Kenya Jan Kowal in London but"
                + " also spoke with Prime Minister of Pakistan Ali Khan.\n");
        PressRelease russian = parse("Министр иностранных дел Армении Ара Петросян не встречался с министром"
                + " иностранных дел Турции Кемалем Озом.\n");

        assertThat(denied.meetings()).hasSize(1);
        assertThat(added.meetings()).isNotEmpty();
        assertThat(russian.meetings()).isEmpty();
    }

    @Test
    void theOneARepresentativeStandsForTakesNoPart() {
        Meeting meeting = main("Foreign Minister Murat Nurtleu met Karim Haddad, representative of President"
                + " Omar Salah of Tunisia, in Astana.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Murat Nurtleu", "Karim Haddad");
    }

    @Test
    void aNameThatOwnsWhatFollowsIsNoPartyUnlessItOwnsTheMeeting() {
        Meeting team = main("Special Representative Tom Hale on Thursday met with members of President Ali Khan's"
                + " foreign policy team.\n");
        Meeting talks = main("President Ali Khan's talks with Special Representative Tom Hale of the United States"
                + " were held in Lima on Monday.\n");

        assertThat(team.participants()).extracting(Person::name).containsExactly("Tom Hale");
        assertThat(talks.participants()).extracting(Person::name).contains("Ali Khan", "Tom Hale");
    }

    @Test
    void aVisitToAPalaceIsACallThereAndFramesNoMeetings() {
        PressRelease release = parse("Foreign Minister Dewi Sartika of Indonesia met her Japanese counterpart Kenji"
                + " Arakawa in Jakarta on Friday.\n\nEarlier that day Arakawa paid an official visit to the Bogor"
                + " Palace, where he was received by President Budi Santoso.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).doesNotContain(MeetingKind.VISIT);
    }

    @Test
    void anInternationalOfficialWhoLeadsTheReleaseIsTheProtagonistOfItsFurtherMeetings() {
        PressRelease release = parse("OSCE Secretary General Hans Berger concluded his visits to Armenia and"
                + " Azerbaijan today.\n\nIn Armenia, Secretary General Berger met with the Prime Minister of Armenia,"
                + " Aram Petrosyan.\n\nIn Azerbaijan, he met with the President of Azerbaijan, Elchin Mammadov.\n");

        assertThat(release.meetings()).anySatisfy(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Hans Berger", "Elchin Mammadov"));
    }

    @Test
    void aMeetingDatedBeforeTheReleaseWasHeldWhateverTheVerb() {
        PressRelease held = PARSER.parse("test", " date 2025-01-23 News\n\nForeign Minister Aram Petrosyan called the"
                + " meeting with his Russian counterpart Igor Sokolov in Moscow on January 21 sincere.\n").release();
        PressRelease coming = PARSER.parse("test", " date 2025-01-23 News\n\nForeign Minister Aram Petrosyan called"
                + " the meeting with his Russian counterpart Igor Sokolov in Moscow on January 30 important.\n").release();

        assertThat(held.meetings()).singleElement().satisfies(m -> assertThat(m.location())
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Moscow")));
        assertThat(coming.meetings()).isEmpty();
    }

    @Test
    void aLeadThatSumsUpMeetingsIsNoneOfItsOwnAndTheyAreToldOneByOne() {
        PressRelease release = parse("Foreign Minister Ravi Menon of India held a series of bilateral meetings on"
                + " Wednesday on the sidelines of the forum in New Delhi.\n\nMenon and Russian Foreign Minister Igor"
                + " Sokolov exchanged views on bilateral cooperation. Menon also met Foreign Minister Ada Obi of"
                + " Nigeria.\n\nMenon also interacted with Prime Minister Tom Reid of Fiji and President Ana Cruz of"
                + " Chile.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(java.util.List.of("Ravi Menon", "Igor Sokolov"), java.util.List.of("Ravi Menon", "Ada Obi"),
                        java.util.List.of("Ravi Menon", "Tom Reid"), java.util.List.of("Ravi Menon", "Ana Cruz"));
    }

    @Test
    void meetingDiplomatsOfSeveralCountriesSumsUpTheMeetingsWithEachEnvoyListedAfter() {
        PressRelease release = parse("President Tom Reid on Monday met with diplomats from Chile and Nordic nations.\n\n"
                + "Reid met with Chilean ambassador Ana Cruz, and ambassadors Lars Berg of Sweden and Ole Dahl of"
                + " Norway.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(java.util.List.of("Tom Reid", "Ana Cruz"), java.util.List.of("Tom Reid", "Lars Berg"),
                        java.util.List.of("Tom Reid", "Ole Dahl"));
    }

    @Test
    void aMeetingOfSidesNamedByCountryIsHeldByThePairASentenceCloseByNames() {
        PressRelease release = parse("The foreign ministers of Chile and Peru held talks in Lima on Monday. The two sides"
                + " reviewed the bilateral agenda.\n\nDeputy Minister Ana Cruz of Chile and Deputy Minister Luis Soto of Peru"
                + " stressed the importance of trade.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto"));
    }

    @Test
    void aRussianMeetingOfSidesNamedByCountryIsHeldByThePairASentenceCloseByNames() {
        PressRelease release = parse("В Лиме прошли консультации внешнеполитических ведомств Чили и Перу. Делегации"
                + " рассмотрели широкий круг тем.\n\nЗамглавы МИД Чили Павел Смирнов и замглавы МИД Перу Олег Морозов"
                + " подчеркнули важность торговли.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Павел Смирнов", "Олег Морозов"));
    }

    @Test
    void aWelcomeOnArrivalIsNoMeeting() {
        PressRelease release = parse("President Tom Reid of Fiji held talks with Foreign Minister Ana Cruz of Chile on"
                + " Monday.\n\nOn arrival in Suva, Ana Cruz was received by Trade Minister Eva Lind of Fiji.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Tom Reid", "Ana Cruz"));
    }

    @Test
    void thoseWhoAccompaniedSomeoneTookPartAndAreOfTheirCountry() {
        PressRelease release = parse("President Tom Reid of Fiji received President-elect Ana Cruz of Chile on Monday.\n\n"
                + "The President-elect was accompanied by Pedro Soto, the designated foreign minister, and Trade Minister"
                + " Eva Lind.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Tom Reid", "FJ"), tuple("Ana Cruz", "CL"), tuple("Pedro Soto", "CL"),
                        tuple("Eva Lind", "CL")));
    }

    @Test
    void thoseListedAsPresentTookPartInTheMeeting() {
        PressRelease release = parse("President Tom Reid of Fiji received Ambassador Ana Cruz of Chile on Monday.\n\n"
                + "Among those present were Foreign Minister Lars Berg and Trade Minister Eva Lind.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Tom Reid", "Ana Cruz", "Lars Berg", "Eva Lind"));
    }

    @Test
    void officialsPresentOrInAttendanceTookPartInTheMeeting() {
        PressRelease release = parse("President Tom Reid of Fiji received Ambassador Ana Cruz of Chile on Monday.\n\n"
                + "Also in attendance was Foreign Minister Lars Berg. Fiji's High Commissioner Ole Dahl was also present."
                + " The talks were held in the presence of Trade Minister Eva Lind.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Tom Reid", "Ana Cruz", "Lars Berg", "Ole Dahl", "Eva Lind"));
    }

    @Test
    void officialsPresentAtARussianMeetingTookPartInIt() {
        PressRelease release = parse("Президент Чили Анна Крус приняла посла Перу Луиса Сото.\n\n"
                + "На встрече присутствовал министр иностранных дел Чили Павел Смирнов.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).contains("Павел Смирнов"));
    }

    @Test
    void aSummitTheRussianSubjectIsAttendingIsAFurtherMeeting() {
        PressRelease release = parse("Президент Чили Анна Крус, принимающая участие в саммите АТЭС в Лиме, провела"
                + " встречу с президентом Перу Луисом Сото.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.SUMMIT);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).containsExactly("Анна Крус");
    }

    @Test
    void aRussianNameInAnotherCaseLaterIsThePersonNamedBefore() {
        PressRelease release = parse("Посол Китая Пан Чжимин встретился с Президентом Чили Маратом Сомовым.\n\n"
                + "Марат Сомов поблагодарил Пана Чжимина за работу.\n");

        assertThat(release.people()).extracting(Person::name).containsExactly("Пан Чжимин", "Марат Сомов");
    }

    @Test
    void aCountryACallDiscussedIsNoSideOfIt() {
        Meeting call = main("Министр иностранных дел Чили Анна Крус и глава МИД Перу Луис Сото в телефонном разговоре"
                + " обсудили ситуацию в Афганистане.\n");

        assertThat(call.countries()).extracting(CountryCode::code).containsExactly("CL", "PE");
    }

    @Test
    void aRussianMeetingToldInThePresentIsHeld() {
        PressRelease release = parse("Президент Чили Анна Крус встречается с президентом Перу Луисом Сото.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Анна Крус", "Луис Сото"));
    }

    @Test
    void theHostARussianVisitsFrameGoesIntoIsOfTheCountryVisited() {
        Meeting meeting = main("Сегодня, в рамках официального визита в Пакистан состоялась встреча министра иностранных дел"
                + " Кыргызстана Нурлана Садыкова с президентом Азифом Наваз Ханом.\n");

        assertThat(meeting.participants()).extracting(p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly("KG", "PK");
    }

    @Test
    void aRussianDiscussionOfSomethingWithACounterpartIsAMeetingWithHim() {
        Meeting meeting = main("Премьер-министр России Олег Мишин обсудил вопросы двустороннего сотрудничества с"
                + " казахстанским коллегой Асетом Жумабаевым.\n\nКроме того, коллеги в ходе диалога затронули вопросы"
                + " культуры.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Олег Мишин", "Асет Жумабаев");
    }

    @Test
    void aCoChairIsAnOfficeInRussian() {
        PressRelease release = parse("Президент Чили Анна Крус приняла сопредседателя комиссии Луиса Сото.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::title).containsExactly(Optional.of("Президент"), Optional.of("сопредседатель комиссии")));
    }

    @Test
    void aMeetingToldInThePresentProgressiveIsHeld() {
        PressRelease release = parse("President Ana Cruz of Chile is holding talks with Prime Minister Luis Soto of Peru in"
                + " Lima.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
            assertThat(m.participants()).extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto");
        });
    }

    @Test
    void aRussianCallToldOfAsHeldIsACall() {
        PressRelease release = parse("Президент Чили Анна Крус сообщила о телефонном разговоре с президентом Перу Луисом"
                + " Сото.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
            assertThat(m.participants()).extracting(Person::name).containsExactly("Анна Крус", "Луис Сото");
        });
    }

    @Test
    void aRussianMeetingToComeToldByItsVerbIsNoMeeting() {
        PressRelease release = parse("В рамках визита премьер-министр Грузии Ираклий Кобахидзе встретится с премьер-министром"
                + " Казахстана Олжасом Бектеновым в формате тет-а-тет.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aRussianPlanToldOfIsNoMeeting() {
        PressRelease release = parse("Президент Чили Анна Крус сообщила о планах провести переговоры с президентом Перу"
                + " Луисом Сото.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aRussianLeadThatCountsMeetingsSumsUpTheOnesToldAfter() {
        PressRelease release = parse("Министр иностранных дел Чили Анна Крус провела ряд двусторонних встреч в Женеве.\n\n"
                + "Анна Крус встретилась с министром иностранных дел Перу Луисом Сото. Анна Крус также встретилась с"
                + " министром иностранных дел Боливии Павлом Морено. Анна Крус также встретилась с министром иностранных"
                + " дел Эквадора Иваном Лопесом.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Луис Сото", "Павел Морено", "Иван Лопес");
    }

    @Test
    void aRussianLeadThatSumsUpMeetingsAtAGatheringAttendedReportsTheGatheringToo() {
        PressRelease release = parse("Глава МИД Чили Анна Крус в рамках участия в работе министерской конференции по"
                + " водным ресурсам в Лиме провела несколько встреч на полях.\n\nВ частности, прошли встречи с министром иностранных"
                + " дел Перу Луисом Сото и министром иностранных дел Эквадора Иваном Лопесом.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.CONFERENCE, MeetingKind.MEETING, MeetingKind.MEETING);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Анна Крус");
    }

    @Test
    void aCallAnAgencySaysWasHeldIsReported() {
        PressRelease release = parse("The news agency said that President Ana Cruz of Chile held a telephone conversation"
                + " with President Luis Soto of Peru.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
            assertThat(m.participants()).extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto");
        });
    }

    @Test
    void officialsFromSeveralCountriesWhoMetAreAMeetingOfThoseCountries() {
        Meeting met = main("Foreign ministers from Chile, Peru and Bolivia met in Lima on Tuesday.\n");

        assertThat(met.countries()).extracting(CountryCode::code).containsExactly("CL", "PE", "BO");
    }

    @Test
    void leadersWhoConvenedInACityMet() {
        Meeting met = main("President Ana Cruz of Chile and President Luis Soto of Peru convened in Lima on Thursday"
                + " to discuss relations.\n");

        assertThat(met.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(met.participants()).extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto");
    }

    @Test
    void anEnvoyWhoHandedHisCredentialsToAPresidentMetHim() {
        PressRelease release = parse("Посол России Иван Петров вручил верительные грамоты президенту Чили Луису Лопесу.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Иван Петров", "Луис Лопес"));
    }

    @Test
    void theSidesOfTheMeetingToldAgainTheSameDayMetOnce() {
        PressRelease release = parse("Президент Чили Луис Лопес принял посла России Ивана Петрова.\n\n"
                + "После беседы посол России и президент Чили провели личную встречу.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Луис Лопес", "Иван Петров"));
    }

    @Test
    void whoeverSentGreetingsOrDiedTookNoPartInTheRussianMeeting() {
        Meeting greeted = main("Президент Чили Анна Крус приняла министра иностранных дел Перу Луиса Сото, который"
                + " передал ей приветствия от премьер-министра Перу Ивана Лопеса.\n");
        Meeting mourned = main("Президент Чили Анна Крус приняла посла Узбекистана Луиса Сото в связи со смертью"
                + " президента Ислама Каримова.\n");

        assertThat(greeted.participants()).extracting(Person::name).containsExactly("Анна Крус", "Луис Сото");
        assertThat(mourned.participants()).extracting(Person::name).containsExactly("Анна Крус", "Луис Сото");
    }

    @Test
    void aMeetingOfTheHeadsOfMemberCountriesIsASummit() {
        Meeting summit = main("Президент Чили Анна Крус приняла участие в неформальной встрече глав стран — участниц"
                + " СНГ в Санкт-Петербурге.\n");

        assertThat(summit.kind()).isEqualTo(MeetingKind.SUMMIT);
    }

    @Test
    void aPlaceBetweenTheVerbOfReceivingAndTheGuestStillReportsTheMeeting() {
        Meeting russian = main("Президент Чили Анна Крус приняла в Ла-Монеде президента Перу Луиса Сото.\n");
        Meeting english = main("President Ana Cruz received at the Presidential Palace the Ambassador of Peru Luis Soto.\n");

        assertThat(russian.participants()).extracting(Person::name).containsExactly("Анна Крус", "Луис Сото");
        assertThat(english.participants()).extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto");
    }

    @Test
    void leadersWhoEngagedWithEachOtherMet() {
        Meeting met = main("President Ana Cruz of Chile engaged with President Luis Soto of Peru on bilateral issues.\n");

        assertThat(met.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(met.participants()).extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto");
    }

    @Test
    void theCityOfTheVisitDuringWhichTheyMetIsWhereTheyMet() {
        Meeting met = main("SANTIAGO, May 8 (ANI): Speaker Ana Cruz of Chile met President Luis Soto of Peru during the"
                + " visit of the Chilean delegation to Lima on Saturday.\n");

        assertThat(met.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Lima"));
    }

    @Test
    void aSeparateBilateralMeetingWithBothDelegationsIsOneMeeting() {
        PressRelease release = parse("President Ana Cruz of Chile and President Luis Soto of Peru held a separate"
                + " bilateral meeting during the summit.\n\nThe Chilean delegation at the meeting includes"
                + " Foreign Minister Lars Berg and Trade Minister Ole Dahl.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Ana Cruz", "Luis Soto", "Lars Berg", "Ole Dahl"));
    }

    @Test
    void aRussianCredentialsCeremonyToldInItsCourseIsACeremony() {
        Meeting ceremony = main("Президент Чили Анна Крус начала принимать верительные грамоты у послов иностранных"
                + " государств.\n");

        assertThat(ceremony.kind()).isEqualTo(MeetingKind.OTHER);
    }

    @Test
    void someoneMetWithAtASummitIsMetInAMeetingTheSummitFrames() {
        Meeting met = main("Министр иностранных дел Чили Анна Крус обсудила на саммите АСЕАН с министром иностранных"
                + " дел Перу Луисом Сото ситуацию в регионе.\n");
        Meeting attended = main("Президент Чили Анна Крус приняла участие в саммите с участием лидеров стран АСЕАН.\n");
        Meeting talked = main("Foreign Minister Ana Cruz talked at the summit with Foreign Minister Luis Soto of Peru.\n");

        assertThat(met.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(talked.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(attended.kind()).isEqualTo(MeetingKind.SUMMIT);
    }

    @Test
    void whereTheRussianVisitorIsToldJustAfterIsWhereTheyMet() {
        Meeting met = main("Министр иностранных дел Чили Анна Крус встретилась с министром иностранных дел Перу Луисом"
                + " Сото.\n\nАнна Крус находится в Перу с рабочим визитом.\n");

        assertThat(met.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Перу"));
    }

    @Test
    void callsToSeveralLeadersAreOneCallEachAndTheSummaryNoneOfItsOwn() {
        PressRelease release = parse("President Tom Reid placed phone calls to three foreign leaders this afternoon.\n\n"
                + "The president called Canadian Prime Minister Anne Roy, Irish Prime Minister Sean Kelly and Japanese"
                + " Prime Minister Kenji Arakawa.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsOnly(MeetingKind.PHONE_CALL);
        assertThat(release.meetings()).extracting(m -> m.participants().get(1).name())
                .containsExactly("Anne Roy", "Sean Kelly", "Kenji Arakawa");
    }

    @Test
    void aWordHadWithSomeoneAtADinnerIsAMeetingNotACall() {
        PressRelease release = parse("В ходе обеда президент России Иван Петров переговорил с сидевшим рядом"
                + " президентом Казахстана Асланом Нурлановым.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.MEETING));
    }

    @Test
    void twoPeopleNamedAsCounterpartsOfEachOtherMetUnlessTheyAreThoseMet() {
        PressRelease release = parse("Foreign Minister Ana Ruiz of Peru met Foreign Minister Eva Lind of Sweden.\n\n"
                + "In addition, Minister Ruiz and Colombian counterpart Laura Gomez reaffirmed the bilateral"
                + " commitments.\n\nEarlier Ruiz praised the work of Chilean Foreign Minister Pablo Soto and Argentine"
                + " colleague Juan Perez.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Eva Lind", "Laura Gomez");
    }

    @Test
    void aDateInTheWiresBracketsBeforeAnyoneIsNamedGivesWayToTheMeetingsOwn() {
        Meeting weekday = PARSER.parse("test", " date 2020-08-03 ISLAMABAD, Aug 03 (Point News - 3rd Aug, 2020 )"
                + " :Prime Minister Ali Khan Saturday received a phone call from President of Turkey Mehmet Aydin.\n")
                .release().meetings().get(0);
        Meeting onlyTheWire = PARSER.parse("test", "RIYADH, (Point News - 02nd Apr, 2020) Foreign Minister Omar Saleh"
                + " held a telephone conversation today with Secretary of State Mark Cole of the United States.\n").release()
                .meetings().get(0);

        assertThat(weekday.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2020-08-01")));
        assertThat(onlyTheWire.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2020-04-02")));
    }

    @Test
    void conferredWithATitledPersonIsAFurtherMeeting() {
        PressRelease release = parse("Foreign Minister Abel Tesfaye of Ethiopia held talks with Foreign Minister Ana"
                + " Lim of Brunei on Monday.\n\nTesfaye has also conferred with Botswana's Foreign Minister Neo Moremi"
                + " on issues of common interest.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Ana Lim", "Neo Moremi");
    }

    @Test
    void goingToAMeetingIsNoneHeldButAtAMeetingIs() {
        PressRelease going = parse("Президент Армении Арам Петросян отправился в Брюссель, на встречу с генсеком НАТО"
                + " Йенсом Ларсеном.\n");
        PressRelease held = parse("Президент Армении Арам Петросян на встрече с генсеком НАТО Йенсом Ларсеном в"
                + " Брюсселе обсудил безопасность.\n");

        assertThat(going.meetings()).isEmpty();
        assertThat(held.meetings()).hasSize(1);
    }

    @Test
    void theCredentialsOfSeveralEnvoysAreACeremonyAndOneEnvoysAMeeting() {
        Meeting ceremony = main("On Thursday four newly appointed ambassadors from Mali, Belgium, Austria and Norway"
                + " presented their letters of credence to President Ali Musa at the presidential Villa, Abuja.\n");
        Meeting one = main("Ambassador Ali Karimov presented his credentials to President Ibrahim Solih this morning.\n");

        assertThat(ceremony.kind()).isEqualTo(MeetingKind.OTHER);
        assertThat(one.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void openingAMeetingTellsThatItWasHeld() {
        PressRelease release = parse("Об этом сообщил 2 сентября в Москве министр иностранных дел России Игорь Соколов,"
                + " открывая встречу с главой МИД Беларуси Иваном Петровичем.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).hasSize(2));
    }

    @Test
    void theDatelinesDayOpeningTheLeadGivesWayToTheDayOfTheCall() {
        Meeting call = PARSER.parse("test", "Rabat, August 21, 2023, Foreign Minister Omar Alami of Morocco held a"
                + " productive conversation with his Indian counterpart, Ravi Menon, during a phone call held yesterday.\n")
                .release().meetings().get(0);

        assertThat(call.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2023-08-20")));
    }

    @Test
    void aFurtherMeetingWhoseSentenceWritesOnlyTheYearKeepsTheDayBefore() {
        PressRelease release = PARSER.parse("test", " date 2022-06-15 News\n\nForeign Minister Ana Ruiz of Peru met"
                + " Foreign Minister Eva Lind of Sweden in Lima on 14 June 2022.\n\nRuiz also met Foreign Minister Laura"
                + " Gomez of Colombia, whose country this year celebrates its bicentenary.\n").release();

        assertThat(release.meetings().get(1).date())
                .hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2022-06-14")));
    }

    @Test
    void aWeekdayMayStandBetweenAFramesWordAndTheMeetingsWord() {
        Meeting call = main("In a Friday phone conversation, Foreign Minister Ali Rezaei of Iran and his Tanzanian"
                + " counterpart Juma Mrisho discussed issues of common interest.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void receivedOnArrivalAtTheAirportIsAWelcomeNoMeeting() {
        PressRelease release = parse("Foreign Minister Ravi Menon of India met Foreign Minister Anil Perera of Sri"
                + " Lanka in Colombo.\n\nEarlier in the day, Minister Menon was received on arrival at the Lakeside"
                + " airport by Foreign Secretary Nila Silva.\n");

        assertThat(release.meetings()).hasSize(1);
    }

    @Test
    void aCountryInBracketsAfterANameIsThePersonsCountry() {
        PressRelease release = parse("Президент Азербайджана Айдын Керимов принял сопредседателей группы Игоря Лебедева"
                + " (Россия), Джеймса Уолша (США) и Жака Мореля (Франция).\n");

        assertThat(release.people()).filteredOn(p -> !p.name().equals("Айдын Керимов"))
                .extracting(p -> p.country().map(Object::toString).orElse("")).containsExactly("RU", "US", "FR");
    }

    @Test
    void calledOnARankAndANameIsAMeeting() {
        PressRelease release = parse("Rawalpindi – Minister of Defence Thandi Mokoena of South Africa called on General"
                + " Tariq Mahmood Awan, Chief of Army Staff, at General Headquarters today.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).contains("Thandi Mokoena", "Tariq Mahmood Awan"));
    }

    @Test
    void talksWithTheOfficialsOfSeveralCountriesAreOneMeetingEachThoughTheSubjectIsNotNamed() {
        PressRelease release = parse("На полях сессии состоялись переговоры с главами МИД Омана, Мозамбика и"
                + " Эфиопии.\n");

        assertThat(release.meetings()).extracting(m -> m.countries().get(0).toString())
                .containsExactly("OM", "MZ", "ET");
    }

    @Test
    void theTwoMinistersAreThePairAndNotWhoeverElseTheirSentenceNames() {
        Meeting meeting = main("Foreign Minister Kenji Arakawa and his Chinese counterpart, Zhou Ming, on Tuesday"
                + " reaffirmed their commitment to stable ties.\n\nThe two ministers held phone talks, the first"
                + " since the launch of Prime Minister Aiko Mori's cabinet last week.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kenji Arakawa", "Zhou Ming");
        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }
    @Test
    void calledOnAMinisterIsAVisitButCalledOnAMinisterToActIsAnAppeal() {
        Meeting visit = main("ISLAMABAD: A delegation of the US embassy called on Minister for Interior Tariq Mahmood"
                + " here on Thursday.\n");
        PressRelease appeal = parse("The opposition called on Minister for Interior Tariq Mahmood to resign.\n");

        assertThat(visit.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(visit.participants()).extracting(Person::name).containsExactly("Tariq Mahmood");
        assertThat(appeal.meetings()).isEmpty();
    }

    @Test
    void aSpokesmanWhoTellsOfTheMeetingIsNoPartyToAFurtherOne() {
        PressRelease release = parse("Foreign Secretary Maria Santos met with her American counterpart, Secretary of"
                + " State Paul Reed, for the first time.\n\nIn a statement, State Department deputy spokesman Tom Hale"
                + " said Santos and Reed met on Thursday in Lima.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Maria Santos", "Paul Reed"));
    }

    @Test
    void theMeetingWasAttendedByAtTheEndOfTheReleaseNamesItsPeople() {
        Meeting meeting = main("Foreign Minister Murat Nurtleu received the Chairperson of the African Union Commission,"
                + " Amara Diallo.\nDuring the meeting in Astana, the two sides discussed cooperation between Kazakhstan"
                + " and the AU.\nThe Minister congratulated Diallo on his appointment.\nHe reaffirmed the keenness to"
                + " cooperate.\nThe sides also reviewed regional developments.\nThe meeting was attended by Deputy"
                + " Foreign Minister Roman Vassilenko.\n");

        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Murat Nurtleu", "Amara Diallo", "Roman Vassilenko");
    }

    @Test
    void aSeatOfGovernmentThatSpeaksIsNoPerson() {
        PressRelease release = parse("Prime Minister Anwar Ibrahim will pay an official visit to Brunei next week."
                + "\n\nGiven the pandemic in Malaysia and Brunei Darussalam, Wisma Putra said, the visit will be"
                + " short.\n");

        assertThat(release.people()).extracting(Person::name).containsExactly("Anwar Ibrahim");
    }

    @Test
    void aVisitTheCounterpartIsInvitedToPayFramesNoMeeting() {
        PressRelease release = parse("President Shavkat Mirziyoyev had a telephone conversation yesterday with President"
                + " Sadyr Japarov.\n\nThe leaders discussed trade.\n\nThey discussed the railway.\n\nShavkat Mirziyoyev"
                + " invited Sadyr Japarov to pay a state visit to Uzbekistan next year.\n\nOn the same day, Shavkat"
                + " Mirziyoyev also had a telephone conversation with President of Turkmenistan Serdar Berdimuhamedov.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.PHONE_CALL, MeetingKind.PHONE_CALL);
    }

    @Test
    void aLightVerbReportsTheMeetingItsModifiersLeadTo() {
        PressRelease held = parse("Foreign Minister Rita Olsen had cordial and fruitful meeting with her Danish counterpart"
                + " Lars Holm in Aarhus this evening.\n");
        PressRelease planned = parse("Foreign Minister Rita Olsen had agreed to hold a meeting with Lars Holm.\n");

        assertThat(held.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Rita Olsen", "Lars Holm"));
        assertThat(planned.meetings()).isEmpty();
    }

    @Test
    void talksOverPhoneWithoutAnArticleAreACall() {
        Meeting meeting = main("President Arslan Tagan and President Pavel Orlov discussed over phone issues of trade.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aNumberedNameThatEndsInAMeetingWordReportsTheMeetingThoughNobodyIsNamed() {
        Meeting words = main("The thirty-first Nordic Trade Ministers Meeting has opened in Bergen.\n");
        Meeting digits = main("The 12th Baltic Energy Ministerial Meeting took place in Riga.\n");

        assertThat(words.name()).hasValue("Nordic Trade Ministers Meeting");
        assertThat(words.sequence()).hasValue(31);
        assertThat(digits.name()).hasValue("Baltic Energy Ministerial Meeting");
        assertThat(digits.sequence()).hasValue(12);
    }

    @Test
    void onATripTheOfficialsOfOneCountryAVisitorMetAreMetOneByOne() {
        PressRelease release = parse("On 3 March 2024, the Minister of Foreign Affairs, Anna Berg, was in Norway on a working visit. While in"
                + " Oslo, the Minister of Foreign Affairs met the Prime Minister of Norway, Ola Dahl, the President of the"
                + " Storting, Kari Lund, and the Minister of Defence, Per Moen.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT,
                MeetingKind.MEETING, MeetingKind.MEETING, MeetingKind.MEETING);
        assertThat(release.meetings().get(2).participants()).extracting(Person::name)
                .containsExactly("Anna Berg", "Kari Lund");
    }

    @Test
    void onATripTwoOfficialsOfOneCountryAVisitorMetAreMetOneByOne() {
        PressRelease release = parse("During his official visit to Peru, Foreign Minister Daniyar Omarov met with the"
                + " President of Peru, Ana Ruiz, and the Foreign Minister, Paul Reed.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.VISIT,
                MeetingKind.MEETING, MeetingKind.MEETING);
        assertThat(release.meetings().get(2).participants()).extracting(Person::name)
                .containsExactly("Daniyar Omarov", "Paul Reed");
    }

    @Test
    void atHomeTwoOfficialsOfOneCountryMetTogetherAreOneMeeting() {
        PressRelease release = parse("Foreign Minister Daniyar Omarov met with the President of Peru, Ana Ruiz, and the"
                + " Foreign Minister of Peru, Paul Reed, in Astana on Monday.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).hasSize(3));
    }

    @Test
    void aHeadingThatTellsOfTheMeetingNamesTheOfficialTheLeadCallsByOfficeOnly() {
        PressRelease release = parse("Secretary General Anna Berg meets Karl Brandt\n\nGeneva, \n\nOn Monday the Secretary General"
                + " welcomed the visiting Swiss Minister for Trade, Karl Brandt, to the headquarters.\n");

        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactlyInAnyOrder("Anna Berg", "Karl Brandt");
    }

    @Test
    void aHeadingThatTellsWhatSomeoneSaidOfMeetingsAddsNobodyToTheMeeting() {
        PressRelease release = parse("Ola Dahl says Anna Berg agreed on further meetings\n\nYesterday the Secretary"
                + " General welcomed the visiting Swiss Minister for Trade, Karl Brandt, to the headquarters.\n");

        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Karl Brandt");
    }

    @Test
    void underAHeadingThatTellsOfAVisitTheOfficialsOfOneCountryAVisitorMetAreMetOneByOne() {
        PressRelease release = parse("Secretary General on working visit to Oslo\n\nThe Secretary General Anna Berg met with"
                + " Ola Dahl, Minister for Foreign Affairs; Kari Lund, President of the Storting and Per Moen, Minister of"
                + " Justice.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Ola Dahl", "Kari Lund", "Per Moen");
    }

    @Test
    void underAHeadingThatTellsOfAVisitToComeTheOfficialsMetAreMetTogether() {
        PressRelease release = parse("Secretary General to visit Oslo\n\nThe Secretary General Anna Berg met with"
                + " Ola Dahl, Minister for Foreign Affairs; Kari Lund, President of the Storting and Per Moen, Minister of"
                + " Justice.\n");

        assertThat(release.meetings()).hasSize(1);
    }

    @Test
    void onATripALaterSentenceThatListsThreeHostsOfOneCountryTellsOfAMeetingWithEach() {
        PressRelease release = parse("President Ivo Marin paid a state visit to Norway on 3-4 March 2024. The visit began"
                + " with talks with Prime Minister Ola Dahl.\n\nIvo Marin also met with the President of the Storting"
                + " Kari Lund, Defence Minister Per Moen and the Mayor of Oslo Eva Strand.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsSubsequence("Kari Lund", "Per Moen", "Eva Strand");
        assertThat(release.meetings()).filteredOn(m -> m.participants().size() > 2).isEmpty();
    }

    @Test
    void theCountryAVisitorTravelledToIsTheHostsNotTheVisitors() {
        PressRelease release = parse("President Ivo Marin paid a state visit to Norway on 3 March 2024. He held talks"
                + " with Prime Minister Ola Dahl.\n");

        Meeting talks = release.meetings().get(release.meetings().size() - 1);
        assertThat(talks.participants()).extracting(Person::name).containsExactly("Ivo Marin", "Ola Dahl");
        assertThat(talks.participants().get(0).country()).isNotEqualTo(Optional.of(CountryCode.of("NO")));
        assertThat(talks.participants().get(1).country()).hasValue(CountryCode.of("NO"));
    }

    @Test
    void courtesyCallsOnSeveralOfficialsAreOneMeetingEach() {
        PressRelease release = parse("Foreign Secretary Maria Santos held talks with Foreign Minister Paul Reed in Lima on"
                + " Monday.\n\nDuring her stay, Santos paid courtesy calls on Prime Minister Ana Torres, Defence Minister"
                + " Luis Vega and Trade Minister Rosa Diaz.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .contains("Ana Torres", "Luis Vega", "Rosa Diaz");
    }

    @Test
    void aMeetingOfANamedDialogueIsADialogueButAMeetingNamedBeforeItIsNot() {
        Meeting dialogue = main("Foreign Minister Rita Olsen and Foreign Minister Lars Holm met in Oslo on 2 May 2024 for"
                + " the fifth meeting of the Nordic Arctic Dialogue.\n");
        Meeting meeting = main("The second Joint Ministerial Meeting of the Arctic Dialogue between the Nordic States and"
                + " Canada was held in Oslo with Foreign Minister Rita Olsen.\n");

        assertThat(dialogue.kind()).isEqualTo(MeetingKind.DIALOGUE);
        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aRussianImperfectiveMeetingVerbTellsOfFurtherMeetings() {
        PressRelease release = parse("Министр иностранных дел Анна Беркова принимает участие в саммите в Лиме.\n"
                + "Кроме того, Беркова встречался с президентом Перу Луисом Варгасом и министром иностранных дел Чили"
                + " Педро Ройсом.\n");

        assertThat(release.meetings()).filteredOn(m -> m.kind() == MeetingKind.MEETING)
                .flatExtracting(Meeting::participants).extracting(Person::name).contains("Луис Варгас", "Педро Ройс");
    }

    @Test
    void aRecalledMeetingIsNoLeadAndASessionThatStartedIsHeld() {
        PressRelease preview = parse("Президент Перу Луис Варгас прибыл в Лиму для участия в саммите.\n"
                + "Напомним, что первая встреча министра иностранных дел Чили Педро Ройса с Луисом Варгасом прошла в"
                + " Сантьяго.\n");
        PressRelease session = parse("В Астане стартовало заседание Совета министров иностранных дел Андского сообщества.\n");

        assertThat(preview.meetings()).isEmpty();
        assertThat(parse("Как писала газета, министр иностранных дел Перу Луис Варгас встретился с министром иностранных"
                + " дел Чили Педро Ройсом.\n").meetings()).isEmpty();
        assertThat(session.meetings()).singleElement().satisfies(m -> assertThat(m.location())
                .hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Астана")));
    }

    @Test
    void namesListedAfterTheFirstOneMetAreMetTooWithTheCountriesTheyAreSaidToBeOf() {
        PressRelease release = parse("The minister held meetings with Chilean envoy Ana Duarte, Tom Reid of Fiji, Sweden's"
                + " Lars Holm, and Kenji Arakawa of Japan.\n");

        assertThat(release.people()).extracting(Person::name, p -> p.country().map(CountryCode::toString).orElse(""))
                .contains(tuple("Tom Reid", "FJ"), tuple("Lars Holm", "SE"), tuple("Kenji Arakawa", "JP"));
    }

    @Test
    void theOwnerOfAPlannedVisitTalkedOfIsNoParticipantAndItsDestinationNoPlace() {
        Meeting meeting = main("Foreign Minister Ana Duarte of Portugal met on Saturday with her Chilean counterpart Pedro Soto,"
                + " and the two exchanged views on President Tom Reid's planned visit to Chile.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Duarte", "Pedro Soto");
        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void aCaptionAndTheLeadTellingOneMeetingAreOneMeeting() {
        PressRelease release = parse("Foreign Minister Ana Duarte of Portugal (R) meets with Chilean Foreign Minister Pedro Soto in"
                + " Lima Nov. 14, 2023. (Agency/Tom Hale)\n\nForeign Minister Ana Duarte met on Saturday with her Chilean"
                + " counterpart Pedro Soto, and the two exchanged views on President Tom Reid's planned visit to Chile.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Ana Duarte", "Pedro Soto"));
    }

    @Test
    void aTelephonicDialogueIsACallAndABracketOfItsOfficeIsClosed() {
        Meeting call = main("Muscat: Today, Sultan Ali bin Omar was the recipient of a telephone call from Anna Berg, the"
                + " President of the European Council (EU).\nThroughout the telephonic dialogue, they discussed matters of"
                + " mutual concern.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.participants()).filteredOn(p -> p.name().equals("Anna Berg")).singleElement()
                .satisfies(p -> assertThat(p.title()).contains("President of the European Council (EU)"));
    }

    @Test
    void aMeetingsCityToldBeforeTheReportOutweighsTheDateline() {
        Meeting talks = main("МИНСК, 22 сен — Агентство. Переговоры в Сочи были трудными, заявил президент Перу Луис"
                + " Варгас.\n\"Переговоры длились шесть часов\", — сказал глава государства.\n");

        assertThat(talks.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Сочи"));
    }

    @Test
    void anEnvoyCallingOnARegionsGovernorMetHim() {
        Meeting meeting = main("French Ambassador Paul Reed called on Sindh Governor Kamal Tessa on Tuesday.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Paul Reed", "Kamal Tessa");
    }

    @Test
    void aCallToSomeoneNamedByTheirOfficeAloneIsACall() {
        Meeting call = main("President Ana Cruz of Chile called the Prime Minister this morning. The two leaders discussed"
                + " trade.\n");

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(call.participants()).extracting(Person::name).contains("Ana Cruz");
    }

    @Test
    void someoneTheHeadlineAloneNamesIsOneOfTheReleasesPeople() {
        PressRelease named = parse("Prime Minister Tom Arlen telephonic conversation with President Ana Cruz of Chile\n\n"
                + "President Ana Cruz of Chile called the Prime Minister this morning.\n");
        PressRelease titleCase = parse("Minister Receives Phone Call From Chilean Partners\n\n"
                + "President Ana Cruz of Chile called the Minister this morning.\n");
        PressRelease declined = parse("Встреча Александра Петрова с делегацией Перу\n\n"
                + "Состоялась встреча губернатора Александра Петрова с делегацией Перу.\n");

        assertThat(named.people()).extracting(Person::name).contains("Tom Arlen", "Ana Cruz");
        assertThat(titleCase.people()).extracting(Person::name).containsExactly("Ana Cruz");
        assertThat(declined.people()).extracting(Person::name).containsExactly("Александр Петров");
    }

    @Test
    void aCountryAPersonIsSaidToComeFromIsTheirs() {
        PressRelease release = parse("Президент Перу Луис Варгас принял послов. Среди гостей были Анна Кос из Словении и"
                + " Даниэл Новак из Чехии.\n");

        assertThat(release.people()).extracting(Person::name, p -> p.country().map(CountryCode::toString).orElse(""))
                .contains(tuple("Даниэл Новак", "CZ"));
    }

    @Test
    void aFrameWhoseClauseAfterTheCommaIsInTheFutureIsAPlan() {
        PressRelease release = parse("В ходе заседания коллегий министерств транспорта Беларуси и России, будут"
                + " рассматриваться вопросы, касающиеся дорог Союзного государства.\n");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void theEnvoysNamedAfterACredentialsCeremonyAreItsPeopleButItsSpokesmanIsNot() {
        Meeting ceremony = main("President Ana Torres received the credentials of five newly appointed ambassadors"
                + " today.\n\nThe new ambassadors who presented credentials are Ambassador Paul Reed of Canada and"
                + " Ambassador Lars Holm of Norway.\n\nAfter the credentials ceremony, spokesman Tom Hale told"
                + " journalists that the talks were warm.\n");

        assertThat(ceremony.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed",
                "Lars Holm");
    }

    @Test
    void theCountriesOfUnnamedEnvoysListedAfterACredentialsCeremonyAreItsSides() {
        Meeting ceremony = main("President Ana Torres of Chile received credentials of five newly appointed ambassadors"
                + " to Chile in a ceremony held at the palace today.\n\nThe ambassadors who presented credentials are from"
                + " Canada, Norway, Luxemburg, Peru and Kenya.\n");

        assertThat(ceremony.countries()).extracting(CountryCode::code).containsExactly("CL", "CA", "NO", "LU", "PE", "KE");
    }

    @Test
    void theCountriesListedAfterARussianCredentialsCeremonyAreItsSides() {
        Meeting ceremony = main("Президент Чили Анна Крус приняла верительные грамоты у послов пяти стран.\n\n"
                + "Послы Канады, Норвегии, Перу и Кении сфотографировались с Анной Крус.\n");

        assertThat(ceremony.countries()).extracting(CountryCode::code).containsExactly("CL", "CA", "NO", "PE", "KE");
    }

    @Test
    void aVisitWhosePurposeIsToldAfterItFramesTheMeetingsOfTheTrip() {
        PressRelease release = parse("Foreign Minister Rita Olsen is visiting Chile to hold bilateral talks.\n\nOn 4 May,"
                + " Minister Olsen met with Foreign Minister Pedro Soto.\n\nThen, Minister Olsen held a meeting with"
                + " President Ana Ruiz.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).startsWith(MeetingKind.VISIT);
    }

    @Test
    void groupsNamedByTheirRegionGiveTheirMembers() {
        Meeting nordic = main("Foreign Minister Rita Olsen met her seven Nordic and Baltic colleagues in Oslo today.\n");
        Meeting asian = main("Foreign ministers of the states of Central Asia met in Tashkent on 14 July 2021 to discuss"
                + " water.\n");

        assertThat(nordic.countries()).extracting(CountryCode::code).contains("DK", "EE", "FI", "IS", "LV", "LT", "SE");
        assertThat(asian.countries()).extracting(CountryCode::code).contains("KZ", "KG", "TJ", "TM", "UZ");
    }

    @Test
    void aCredentialsCeremonyIsOneMeetingThoughItsEnvoysAreToldInTurn() {
        PressRelease release = parse("Ambassador Paul Reed of Canada, along with the envoys of Norway and Chile, presented"
                + " his credentials to President Ana Torres at the palace on Thursday.\n\nThe President accepted"
                + " credentials from the ambassadors of Canada, Norway and Chile at the ceremony.\n\nAlong with Reed,"
                + " Norwegian envoy Lars Holm also presented his credentials to President Torres.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.OTHER);
            assertThat(m.participants()).extracting(Person::name).contains("Ana Torres", "Lars Holm");
        });
    }

    @Test
    void aDelegationLedBySomeoneAfterALeadOfSeveralMeetingsIsAMeetingOfItsOwn() {
        PressRelease release = parse("Defence Secretary Anna Berg met a number of defence delegations on the sidelines of"
                + " the Air Show in Oslo on 14 February 2024.\n\nA bilateral meeting was held with the Omani delegation"
                + " led by Mr Salim Harthy, Secretary General of Defence.\n\nDefence Secretary met a Thai delegation led"
                + " by General Somchai Wong, Chief of Defence Industries.\n");

        assertThat(release.meetings()).noneSatisfy(m -> assertThat(m.participants()).extracting(Person::name)
                .contains("Salim Harthy", "Somchai Wong"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A working meeting was also organised with Mrs Vera Kolar, Deputy Minister of Culture of Slovakia.",
        "Separate bilateral meetings were organized with Mrs Vera Kolar, Deputy Minister of Culture of Slovakia."})
    void aMeetingToldAsOrganisedInThePassiveWasHeld(String further) {
        PressRelease release = parse("Culture Minister Iris Dahl of Norway toured the book fair in Leipzig on"
                + " 9 March 2024.\n\n" + further + " Museum loans were on the agenda.\n");

        assertThat(release.meetings()).anySatisfy(m -> assertThat(m.participants()).extracting(Person::name)
                .contains("Vera Kolar"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On Sunday, Sato and Korean Foreign Minister Kim Min-jun held talks.",
        "Talks were also held among Sato, Korean Foreign Minister Kim Min-jun and US Secretary of State Tom Hale.",
        "Sato also sat down with Korean Foreign Minister Kim Min-jun."})
    void aFurtherMeetingMayBeToldByItsSubjectsOrByWhoItWasAmong(String further) {
        PressRelease release = parse("Foreign Minister Ken Sato of Japan and his Chinese counterpart Li Wen held talks in"
                + " Manila on Saturday.\n\n" + further + "\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).contains("Ken Sato", "Kim Min-jun");
    }

    @Test
    void discussionsToldAfterALeadOfSeveralCallsAreCalls() {
        PressRelease release = parse("President Ana Torres received congratulations from a number of heads of state during"
                + " a round of telephone calls on Sunday.\n\nPresident Torres held discussions with President Paul Reed"
                + " of Canada.\n\nThe President has also had discussions with Prime Minister Lena Varga of Hungary.\n");

        assertThat(release.meetings()).filteredOn(m -> m.participants().size() == 2).isNotEmpty()
                .allSatisfy(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
    }

    @Test
    void aYearSinceWhenSomeoneHoldsOfficeDoesNotDateTheirMeetingIntoThePast() {
        PressRelease release = parse("Foreign Minister Ana Torres met with the Secretary of State for Foreign Affairs,"
                + " Paul Reed, on Monday.\n\nShe also met with Lena Varga, Member of Parliament since 2017 and"
                + " shadow minister for trade since September 2023.\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).contains("Lena Varga");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Japanese Prime Minister Ken Sato arrived in Manila on Friday.|The Prime Minister of Japan met President Ana"
                + " Cruz of the Philippines on Saturday.|Ken Sato",
        "Спикер парламента Армении Арам Саркисян прибыл в Москву.|Спикер парламента Армении в ходе визита встретился"
                + " с министром иностранных дел России Иваном Петровым.|Арам Саркисян"})
    void anOfficeNamedWithoutItsHolderIsTheOneTheReleaseNamedWithIt(String before, String meeting, String holder) {
        PressRelease release = parse(before + "\n\n" + meeting + "\n");

        assertThat(release.meetings()).singleElement()
                .satisfies(m -> assertThat(m.participants()).extracting(Person::name).contains(holder));
    }

    @Test
    void aConversationWithSomeoneIsAMeetingWhoseMeansTheHeadlineTells() {
        PressRelease plain = parse("President Ali Rahimi of Iran, in a conversation with the Emir of Qatar, Tamim bin"
                + " Hamad, thanked him for the organisation of the games.\n");
        PressRelease headed = parse("Telephone conversation between the presidents of Iran and Qatar\n\nPresident Ali"
                + " Rahimi of Iran, in a conversation with the Emir of Qatar, Tamim bin Hamad, thanked him for the"
                + " organisation of the games.\n");

        assertThat(plain.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.MEETING));
        assertThat(headed.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
    }

    @Test
    void theDateOfAnUpcomingMeetingDoesNotDateTheOneReported() {
        Meeting meeting = main("Trade Representative Ana Torres of the United States and Minister of Commerce Ravi"
                + " Kumar of India met virtually to prepare their upcoming talks in Ottawa"
                + " (November 22-23).\n");

        assertThat(meeting.date()).isEmpty();
    }

    @Test
    void anUndatedMeetingTakesTheDayTheSentenceBeforeTells() {
        Meeting meeting = main("The United States and India on Wednesday agreed to expand their trade.\n\nTrade"
                + " Representative Ana Torres of the United States and Minister of Commerce Ravi Kumar of India met"
                + " virtually.\n");

        assertThat(meeting.date()).flatMap(DateRef::value).contains(DateValue.of(LocalDate.of(2024, 10, 23)));
    }

    @Test
    void eachMeetingOfASentenceThatTellsTwoKindsTakesTheKindToldBeforeItsCounterpart() {
        PressRelease release = parse("Foreign Minister Ana Torres of Chile held talks with Foreign Minister Paul Reed"
                + " of Canada and met with Prime Minister Lena Varga of Hungary in Ottawa on Monday.\n");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.MEETING);
    }

    @Test
    void aDiscussionHeldWithSomeoneIsAFurtherMeeting() {
        PressRelease release = parse("Foreign Minister Ana Torres of Chile met Foreign Minister Paul Reed of Canada on"
                + " Monday.\n\nThe discussion held with Foreign Minister Lena Varga of Hungary was focused on trade.\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name).contains("Ana Torres", "Lena Varga");
    }

    @Test
    void aNicknameLeavesTheNameAsTheListOfOfficeHoldersKnowsIt() {
        Meeting meeting = main("President Joko \"Jokowi\" Widodo met President Ana Torres of Chile.\n");

        assertThat(meeting.participants()).filteredOn(p -> p.name().endsWith("Widodo")).singleElement()
                .satisfies(p -> assertThat(p.country()).contains(CountryCode.of("ID")));
    }

    @Test
    void aTelephoneCallWithOfficialsOfSeveralCountriesIsOneCallEach() {
        PressRelease release = parse("Накануне президента Таджикистана Рустама Саидова по телефону поздравили президенты"
                + " Казахстана Арман Исаев, Армении Ашот Петросян и Ирана Али Карими.\n");

        assertThat(release.meetings()).hasSize(3).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
            assertThat(m.participants()).hasSize(2);
        });
    }

    @Test
    void twoOfficialsWhoDiscussedTogetherMet() {
        PressRelease release = parse("OTTAWA - Chilean Foreign Minister Ana Torres and her Canadian counterpart Paul Reed"
                + " discussed on Monday trade and the fisheries agreement.\n");

        assertThat(release.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
            assertThat(meeting.countries()).containsExactly(CountryCode.of("CL"), CountryCode.of("CA"));
        });
    }

    @Test
    void aDiscussionTheNextSentenceTellsWasByTelephoneIsACall() {
        Meeting meeting = main("Foreign Minister Ana Torres of Chile and Foreign Minister Paul Reed of Canada discussed"
                + " trade.\n\nDuring the telephone conversation, the ministers also touched on fisheries.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aRussianDiscussionTheNextSentenceTellsWasByTelephoneIsACall() {
        Meeting meeting = main("Министр иностранных дел Анна Беркова обсудила с министром иностранных дел Норвегии Ларсом"
                + " Холмом ситуацию в регионе. Стороны провели телефонный разговор по инициативе норвежской стороны.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void anOfficeWithItsArticleOpeningTheMeetingsSentenceStandsForItsHolderNamedJustBefore() {
        Meeting meeting = main("Japanese Foreign Minister Kenji Arakawa arrived in Oslo on Tuesday. The minister met"
                + " Norwegian Prime Minister Ola Dahl.\n");
        Meeting other = main("Japanese Foreign Minister Kenji Arakawa arrived in Oslo on Tuesday. The President met"
                + " Norwegian Prime Minister Ola Dahl.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Kenji Arakawa", "Ola Dahl");
        assertThat(other.participants()).extracting(Person::name).containsExactly("Ola Dahl");
    }

    @Test
    void aFurtherMeetingWithASubjectOfItsOwnTakesNotTheReleasesProtagonist() {
        PressRelease release = parse("Ambassador Ivo Marin of Norway called on Foreign Minister Kenji Arakawa of Japan in"
                + " Tokyo on Monday.\n\nEarlier on Tuesday, Trade Minister Ola Dahl of Norway held a meeting with Trade"
                + " Minister Tom Reed of Canada in Oslo.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .contains(List.of("Ola Dahl", "Tom Reed"));
    }

    @Test
    void thePlaceAnUnnamedEnvoyIsPostedToIsNotWhereTheMeetingWas() {
        Meeting meeting = main("11 декабря 2025 года президент Петер Даль провел в Осло встречу с послом Швеции в России.\n");
        Meeting elsewhere = main("11 декабря 2025 года президент Петер Даль провел встречу с послом Швеции в России.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Осло"));
        assertThat(elsewhere.location()).isEmpty();
    }

    @Test
    void theSenderOfALetterNamedAfterHisPeoplesAdjectiveTakesNoPart() {
        PressRelease release = parse("President Ivo Marin received a delegation from Norway on Monday. Delivering a"
                + " letter of invitation from Norwegian, Prime Minister Ola Dahl, the delegation sought closer ties.\n");

        assertThat(release.meetings()).allSatisfy(m -> assertThat(m.participants()).extracting(Person::name)
                .doesNotContain("Ola Dahl"));
    }

    @Test
    void someoneWhoTellsOfTheMeetingAfterACommaIsItsSourceNotAParty() {
        Meeting russian = main("Президенты Норвегии и Швеции Петер Даль и Карл Берг провели телефонный разговор, сообщил"
                + " помощник президента Иван Петров.\n");
        Meeting english = main("Prime Minister Ola Dahl held talks with President Karl Berg in Oslo, government"
                + " spokesman Ivan Petrov said.\n");

        assertThat(russian.participants()).extracting(Person::name).containsExactly("Петер Даль", "Карл Берг");
        assertThat(english.participants()).extracting(Person::name).containsExactly("Ola Dahl", "Karl Berg");
    }

    @Test
    void officialsNamedByTheirPeoplesAdjectivesBeforeOnePluralTitleMet() {
        Meeting meeting = main("The Danish and Norwegian prime ministers met in Oslo on Monday ahead of the regional"
                + " summit.\n");

        assertThat(meeting.countries()).containsExactly(CountryCode.of("DK"), CountryCode.of("NO"));
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Oslo"));
    }

    @Test
    void credentialsHandedOverWithTheDayBetweenTheVerbAndTheLettersAreAMeeting() {
        Meeting meeting = main("Новый посол Италии в Беларуси Марко Росси вручил во вторник, 8 марта, верительные грамоты"
                + " президенту Беларуси Ивану Петрову.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Марко Росси", "Иван Петров");
    }

    @Test
    void aVisitTheSubjectsPronounOwnsIsNotTheSubjectsCountry() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Kenji Mori held a meeting with President Ramon Villar of"
                + " the Philippines on Monday during his visit to Laos to attend a regional meeting.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country)
                .containsExactly(tuple("Kenji Mori", Optional.empty()), tuple("Ramon Villar", Optional.of(CountryCode.of("PH"))));
    }

    @Test
    void aVisitToThePublishersCountryIsTheGuests() {
        Meeting meeting = main("President Arman Sadykov held a meeting with Chancellor Hans Weber of Germany during his"
                + " visit to Kazakhstan.\n");

        assertThat(meeting.participants()).extracting(Person::country)
                .containsExactly(Optional.of(CountryCode.of("KZ")), Optional.of(CountryCode.of("DE")));
    }

    @Test
    void theSubjectIsNotOfTheOfficialItMetUnnamed() {
        Meeting meeting = PARSER.parse("test", " date 2023-09-22 Foreign Minister Lee Dong-hoon held talks with Japan's new"
                + " foreign minister in New York on Thursday.\n").release().meetings().get(0);

        assertThat(meeting.countries()).contains(CountryCode.of("JP"));
        assertThat(meeting.participants()).singleElement().satisfies(p -> assertThat(p.country()).isEmpty());
    }

    @Test
    void countriesInCapitalsListedBeforeCounterpartsAreTheirs() {
        Meeting meeting = PARSER.parse("test", " date 2016-01-29 QUEBEC – Foreign Affairs Minister Paul Tremblay says he and"
                + " his U.S. and Mexican counterparts discussed trade at their meeting today.\n").release().meetings().get(0);

        assertThat(meeting.countries()).contains(CountryCode.of("US"), CountryCode.of("MX"));
        assertThat(meeting.participants()).singleElement().satisfies(p -> assertThat(p.country()).isEmpty());
    }

    @Test
    void twoUnnamedOfficialsAreThePairNamedSoonAfterInTheLeadsOrder() {
        PressRelease release = PARSER.parse("test", " date 2023-05-17 The Georgian Foreign Minister met with the Irish"
                + " Minister of State for European Affairs.\n\nOn Wednesday, Reykjavik hosted a meeting between the Georgian"
                + " Foreign Minister and the Irish Minister of State.\n\nThe talks between Levan Gelashvili and Siobhan Walsh"
                + " took place on the sidelines of the summit.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name, Person::country).containsExactly(
                        tuple("Levan Gelashvili", Optional.of(CountryCode.of("GE"))),
                        tuple("Siobhan Walsh", Optional.of(CountryCode.of("IE")))));
    }

    @Test
    void anOfficialTheLeadLeavesUnnamedIsTheCounterpartTheNextSentenceNames() {
        Meeting meeting = PARSER.parse("test", " date 2023-09-22 Foreign minister Peter Lang held talks with Japan's new"
                + " foreign minister in New York on Thursday.\n\nLang held talks with his new counterpart, Sato Emi, over"
                + " breakfast.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country).containsExactly(
                tuple("Peter Lang", Optional.empty()), tuple("Sato Emi", Optional.of(CountryCode.of("JP"))));
    }

    @Test
    void whatWasDiscussedWithSomeoneMayNameABodyOrAnotherMeeting() {
        PressRelease release = PARSER.parse("test", "NATO Secretary General Lars Vinter discussed preparations for the next"
                + " meeting of NATO leaders with Prime Minister Helen Marsh on Tuesday.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Lars Vinter", "Helen Marsh"));
    }

    @Test
    void theStatesTalkedOfAreNoSide() {
        Meeting meeting = PARSER.parse("test", "NATO Secretary General Lars Vinter discussed the situation in Ukraine and"
                + " Georgia with Prime Minister Helen Marsh on Tuesday.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country).containsExactly(
                tuple("Lars Vinter", Optional.empty()), tuple("Helen Marsh", Optional.empty()));
    }

    @Test
    void aDiscussionHeldBetweenTwoOfficialsIsAMeeting() {
        Meeting meeting = main("A discussion was held between Foreign Minister Ana Costa and Ambassador Jan Novak of Poland.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Costa", "Jan Novak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"had a useful exchange of views with", "held an exchange with"})
    void anExchangeWithSomeoneIsAMeeting(String exchange) {
        Meeting meeting = main("Head of Mission Rosa Marquez " + exchange + " Ambassador Ren Yiming of China.\n");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name, Person::title).containsExactly(
                tuple("Rosa Marquez", Optional.of("Head of Mission")), tuple("Ren Yiming", Optional.of("Ambassador")));
    }

    @Test
    void anOfficialTheLeadNamesByOfficeIsThePersonASentenceSoonAfterOpensWith() {
        Meeting meeting = PARSER.parse("test", "The Kazakh Foreign Minister met with Ukrainian Foreign Minister Andrii"
                + " Sybenko in New York.\n\nThe sides exchanged views on key issues.\n\nArman Seitov confirmed the"
                + " interest in peace.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country).containsExactly(
                tuple("Andrii Sybenko", Optional.of(CountryCode.of("UA"))), tuple("Arman Seitov", Optional.of(CountryCode.of("KZ"))));
    }

    @Test
    void conferringWithSomeoneIsAMeeting() {
        PressRelease release = PARSER.parse("test", "Foreign Minister Tadesse Bekele earlier today conferred at his office"
                + " with the Deputy Chairperson of the African Union Commission, Marie Uwase.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name).containsExactly("Tadesse Bekele", "Marie Uwase"));
    }

    @Test
    void counterpartsFromCountriesAPhraseOpensAreOneMeetingEach() {
        PressRelease release = parse("Minister Ratna Suryani held bilateral meetings with her counterparts from the three"
                + " friendly countries of Papua New Guinea, Norway and China.\n");

        assertThat(release.meetings()).extracting(m -> m.countries().get(m.countries().size() - 1))
                .containsExactly(CountryCode.of("PG"), CountryCode.of("NO"), CountryCode.of("CN"));
    }

    @Test
    void aPlaceAfterAnArticleIsNoPersonThoughAnOfficeIsInApposition() {
        Meeting meeting = main("Minister Bimala Sharma paid a courtesy call on Prime Minister Dinesh Perera at the Temple"
                + " Trees, the official residence of the Prime Minister.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Bimala Sharma", "Dinesh Perera");
    }

    @Test
    void aMeetingBetweenTwoStatesThatStartedIsReportedWithThePeopleOfTheNextSentence() {
        Meeting meeting = main("The annual meeting between Chile and the US started at the ministry in Santiago on Monday.\n\n"
                + "The US side is led by Ambassador Paul Reed while Deputy Minister Ana Torres heads the Chilean side.\n");

        assertThat(meeting.countries()).containsExactlyInAnyOrder(CountryCode.of("CL"), CountryCode.of("US"));
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Paul Reed", "Ana Torres");
    }

    @Test
    void aMeetingOfTwoStatesHeadsIsOneMeetingWhosePeopleMayFollowALineOnItsSource() {
        PressRelease release = parse("Во вторник в Женеве состоялась встреча глав МИД Чили и Перу. Об этом сообщил"
                + " источник в делегации. Он уточнил, что Ана Торрес и Хуан Рамос беседовали около часа.\n");

        assertThat(release.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.countries()).containsExactlyInAnyOrder(CountryCode.of("CL"), CountryCode.of("PE"));
            assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ана Торрес", "Хуан Рамос");
        });
    }

    @Test
    void theirMeetingIsTheMeetingOfThePairTheSentenceBeforeJoins() {
        Meeting meeting = main("Chilean Foreign Minister Ana Torres and Canadian Foreign Minister Paul Reed agreed on"
                + " Monday to prepare President Luis Vega's visit to Ottawa.\n\nDuring their one-hour meeting in"
                + " Santiago, the two ministers also agreed to cooperate on fisheries.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Paul Reed");
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Santiago"));
    }

    @Test
    void aCourtesyCallFollowedByAMeetingWithSomeoneElseIsTwoMeetings() {
        PressRelease release = parse("Minister Ana Torres of Chile paid a courtesy call on Fiji's Prime Minister,"
                + " Sitiveni Bula, on Monday, followed by a bilateral meeting with Foreign Minister Jone Vatu.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Ana Torres", "Sitiveni Bula"), List.of("Ana Torres", "Jone Vatu"));
    }

    @Test
    void aCourtesyCallFollowedByAMeetingToldOfAnUnnamedEnvoyIsTwoMeetings() {
        PressRelease release = parse("Before leaving for the airport, the delegation paid a courtesy call on King Tomasi"
                + " Lavaka, followed by a working meeting with Prime Minister Jon Alofa.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Tomasi Lavaka"), List.of("Jon Alofa"));
    }

    @Test
    void aDatelineThatNamesTheCountryBeforeItsCityIsTheCitys() {
        PressRelease release = PARSER.parse("test", "Azerbaijan, Baku, July 19 /Agency/ Speaker of Parliament Ali Karimov"
                + " on Thursday met with Member of Parliament John Hale of the United Kingdom.\n").release();

        assertThat(release.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Baku"));
        assertThat(release.meetings()).singleElement().satisfies(m ->
                assertThat(m.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Baku")));
    }

    @Test
    void whoACourtesyCallWasPaidOnAfterWhichSomeoneSpokeTookPartInIt() {
        Meeting meeting = main("Senior Minister of Defence Karim Hassan spoke to reporters after paying a courtesy call on"
                + " Acting Prime Minister Paul Reed of Canada today.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Karim Hassan", "Paul Reed");
    }

    @Test
    void talksToldWithoutNamesAndThenAsAMeetingOfNamedPeopleAreOneEventWhoseVisitorMeetsOthersLater() {
        PressRelease release = parse("Переговоры премьер-министра Чили и председателя Перу состоялись во дворце правительства.\n\n"
                + "Премьер-министр Чили Ана Торрес, которая находится с визитом в Перу, провела встречу в Лиме с"
                + " председателем Перу Хуаном Рамосом.\n\n3 ноября она встретилась с министром иностранных дел Перу"
                + " Луисом Вегой.\n");

        assertThat(release.meetings()).extracting(Meeting::kind)
                .containsExactly(MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.MEETING);
        assertThat(release.meetings().get(2).participants()).extracting(Person::name)
                .containsExactly("Ана Торрес", "Луис Вега");
    }

    @Test
    void aNewsAgencyOpeningTheFirstLineIsNoDatelinePlace() {
        PressRelease release = PARSER.parse("test", "ТАСС, 14 мая. Губернатор Омской области Иван Орлов"
                + " встретился с председателем облисполкома Петром Седовым.\n").release();

        assertThat(release.dateline()).isEmpty();
    }

    @Test
    void aFurtherMeetingTakesThePlaceTheSentenceAfterItTellsOfIt() {
        PressRelease release = parse("Премьер-министр Чили Ана Торрес провела встречу в Лиме с председателем Перу Хуаном"
                + " Рамосом.\n\n3 ноября она встретилась с министром иностранных дел Перу Луисом Вегой. Их переговоры"
                + " проводили в городе Куско.\n");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Куско"));
    }

    @Test
    void aCitysNameAfterAnOfficeAndAGivenNameIsTheSurname() {
        PressRelease release = parse("Foreign Secretary William Hague met Prime Minister Kenji Sato of Japan in Tokyo.\n");

        assertThat(release.people()).extracting(Person::name).contains("William Hague");
        assertThat(release.meetings()).singleElement().satisfies(m ->
                assertThat(m.participants()).extracting(Person::name).containsExactly("William Hague", "Kenji Sato"));
    }

    @Test
    void twoCapitalisedWordsBeforeAMeetingsOwnWordsAreTheNameOfWhoMet() {
        Meeting meeting = main("Park Min-jun had talks with Foreign Minister Kenji Sato of Japan on Thursday.\n");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Park Min-jun", "Kenji Sato");
    }

    @Test
    void theWordsOfABodyAfterATitlesOfTheAreNoName() {
        PressRelease release = parse("The Leader of the Opposition met the Secretary-General of the Association of"
                + " Caribbean States Kao Min Hourn in Havana. Later she joined a dinner of the Ministers of Trade of"
                + " the Group of 77.\n");

        assertThat(release.people()).extracting(Person::name).containsExactly("Kao Min Hourn");
    }

    @Test
    void aCityOfTheCountryTheMeetingsSentenceNamesSaysMoreWhereItWasHeld() {
        Meeting meeting = main("Four new envoys were at the presidential palace in Santiago on Wednesday to present their"
                + " letters.\n\nThe ceremony was brief.\n\nPresident Ana Torres welcomed Ambassador Paul Reed of Canada and"
                + " wished him a pleasant stay in Chile.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Santiago"));
    }

    @Test
    void aCityOfTheVisitedCountryTwoSentencesBeforeTheMeetingSaysWhereItWasHeld() {
        Meeting meeting = main("Prime Minister Helen Ward of New Zealand has arrived at the Forum Secretariat in Suva.\n\n"
                + "This is her first stop on the second day of her official visit to Fiji.\n\nFollowing a photo session, Ward"
                + " has begun a bilateral meeting with Secretary General Mere Tawhiri.\n");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Suva"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Foreign Minister Anna Berg of Chile on June 22 received the heads of diplomatic missions of the US, Japan, India and"
                + " Australia.",
        "Министр иностранных дел Чили Анна Берг 22 июня приняла глав дипломатических представительств США, Японии, Индии и"
                + " Австралии."})
    void theHeadsOfSeveralMissionsAreMetAtOnce(String sentence) {
        PressRelease release = parse(sentence + "\n");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.meetings().get(0).countries()).extracting(CountryCode::code)
                .containsExactly("CL", "US", "JP", "IN", "AU");
    }

    @Test
    void aSeparateMeetingWithSomeoneElseInTheSameSentenceIsASecondMeeting() {
        PressRelease release = parse("Minister Ana Torres of Chile met Fiji's Prime Minister, Sitiveni Bula, on Monday, and"
                + " held a separate meeting with Foreign Minister Jone Vatu.\n");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Ana Torres", "Sitiveni Bula"), List.of("Ana Torres", "Jone Vatu"));
    }

    @Test
    void aJointCommissionsSessionIsAMeetingOfItsCoChairs() {
        PressRelease release = parse("The fourth session of the Chile-Peru Joint Permanent Commission on Cooperation was"
                + " held in Lima on Monday.\n\nIt was co-chaired by Foreign Minister Ana Torres of Chile and Foreign"
                + " Minister Juan Ramos of Peru.\n");

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(Person::name).containsExactly("Ana Torres", "Juan Ramos");
            assertThat(m.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Lima"));
        });
    }

    @Test
    void theEnvoysListedRightAfterACeremonyAreItsParticipants() {
        Meeting meeting = main("President Ana Torres received the letters of credence of four new envoys at the palace in"
                + " Santiago on Wednesday.\n\nThey are Ambassador Paul Reed of Canada, Ambassador Hans Muller of Germany,"
                + " High Commissioner John Smith of Ghana and Ambassador Luis Vega of Peru.\n");

        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Ana Torres", "Paul Reed", "Hans Muller", "John Smith", "Luis Vega");
    }

    @Test
    void theEnvoysListedALineEachAfterAColonAreTheCeremonysParticipants() {
        Meeting meeting = main("President Ana Torres on Thursday accepted the letters of credence of five ambassadors.\n\n"
                + "The five envoys who handed in their credentials were:\n\n– Her Excellency Mrs. Maria Costa, Ambassador of"
                + " Portugal.\n\n– His Excellency Paul Reed, Ambassador of Canada.\n\n– His Excellency Hans Muller,"
                + " Ambassador of Germany.\n\n– His Excellency John Smith, High Commissioner of Ghana.\n\n– His Excellency"
                + " Luis Vega, Ambassador of Peru.\n");

        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Ana Torres", "Maria Costa", "Paul Reed", "Hans Muller", "John Smith", "Luis Vega");
    }

    @Test
    void theCountryAnOfficeIsForIsItsPortfolioNoSide() {
        List<Meeting> meetings = PARSER.parse("test", " date 2023-08-12 The Special Representatives for Bolivia of Chile"
                + " and Peru met in Lima.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.countries()).extracting(CountryCode::code)
                .containsExactly("CL", "PE"));
    }

    @Test
    void theOneAnAdviserAdvisesNamedInTheAppositionTakesNoPart() {
        Meeting meeting = PARSER.parse("test", "Foreign Minister Paul Reed of Peru met with Luis Vega, a senior official"
                + " and advisor to Chilean President Ana Torres.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Paul Reed", "Luis Vega");
    }

    @Test
    void theOfficialsListedAfterAColonOfAttendanceTakePart() {
        Meeting meeting = PARSER.parse("test", "Prime Minister Ana Torres held talks in Lima on Thursday with US National"
                + " Security Adviser Mark Hill.\n\nThe two discussed regional developments.\n\nAttending the meeting were:\n\nFor the"
                + " Peruvian side – Defense Minister Paul Reed and Foreign Minister Luis Vega.\n\nFor the American side – US"
                + " Ambassador to Peru Jack Morgan.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ana Torres", "PE"), tuple("Mark Hill", "US"), tuple("Paul Reed", "PE"),
                        tuple("Luis Vega", "PE"), tuple("Jack Morgan", "US"));
    }

    @Test
    void aPairOfCountriesWrittenWithAHyphenLeavesTheSideTheCounterpartDoesNotHold() {
        PressRelease release = PARSER.parse("test", "Foreign Minister Ram Thapa held a meeting with his Chinese counterpart"
                + " Li Wen in Xiamen on Monday.\n\nThe ministers reviewed Nepal-China trade.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse(""))
                    .containsExactly(tuple("Ram Thapa", "NP"), tuple("Li Wen", "CN"));
            assertThat(m.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("NP", "CN");
        });
    }

    @Test
    void theSameOfficeWrittenWithAnotherSmallWordIsAnotherCountrysAfterAComma() {
        PressRelease release = PARSER.parse("test", "Hosted by Vice Premier and Minister of Foreign Affairs of China Li Wen,"
                + " Minister for Foreign Affairs Ram Thapa held talks in Xiamen on Monday.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m ->
                assertThat(m.participants()).filteredOn(p -> p.name().equals("Ram Thapa"))
                        .singleElement().satisfies(p -> assertThat(p.country()).isNotEqualTo(Optional.of(CountryCode.of("CN")))));
    }

    @Test
    void aTitleAfterANameIsItsOwnWhenTheNextNameOpensWithAndAndAnHonorific() {
        PressRelease release = PARSER.parse("test", "Prime Minister Ken Abe held a working lunch with Mr. Tom Grant,"
                + " the President of the United States, and Mr. Neil Shaw, the Prime Minister of Australia.\n").release();

        assertThat(release.people())
                .extracting(Person::name, p -> p.title().orElse(""), p -> p.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Ken Abe", "Prime Minister", ""), tuple("Tom Grant", "President", "US"),
                        tuple("Neil Shaw", "Prime Minister", "AU"));
    }

    @Test
    void theHostsAVisitorMeetsAfterTheSentenceOfTheVisitAreOfTheCountryVisited() {
        PressRelease release = PARSER.parse("test", "Prime Minister Mark Lane of Canada travelled to Canberra for his first"
                + " official visit to Australia. He met Prime Minister Tony Abbot on Monday.\n").release();

        assertThat(release.meetings()).last().satisfies(m -> {
            assertThat(m.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse(""))
                    .containsExactly(tuple("Mark Lane", "CA"), tuple("Tony Abbot", "AU"));
            assertThat(m.countries()).extracting(CountryCode::code).containsExactly("CA", "AU");
        });
    }

    @Test
    void aMeetingOfSomeoneNamedIsNoNamedSeries() {
        PressRelease release = PARSER.parse("test", "The meeting of the Deputy Foreign Minister of Tajikistan Ali Rahimov with"
                + " the Ambassador of Iran to Tajikistan Hamid Faghani took place on 5 May 2023.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEmpty();
            assertThat(m.participants()).extracting(Person::name).containsExactly("Ali Rahimov", "Hamid Faghani");
        });
    }

    @Test
    void aVisitToAnotherCountryThanTheDatelinesToldBeforeTheMeetingIsWhereItWasHeld() {
        PressRelease release = PARSER.parse("test", "CANADA, March 5, 2025 /EINPresswire.com/ -- Prime Minister Mark Lane"
                + " travelled to Canberra for his first official visit to Australia. He met Prime Minister Tony Abbot.\n")
                .release();

        assertThat(release.meetings()).singleElement().satisfies(m ->
                assertThat(m.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Canberra")));
    }

    @Test
    void aTextLineNamesItsAuthorInRussian() {
        PressRelease release = PARSER.parse("test", "В среду губернатор Свердловской области Олег Смирнов встретился с послом"
                + " Китая Ли Мином.\n\nТекст: Анна Белова\n").release();

        assertThat(release.people()).extracting(Person::name).contains("Анна Белова");
    }

    @Test
    void theWordsAfterAnAirportNameTheAirportNoPerson() {
        PressRelease release = PARSER.parse("test", "Министр обороны Турции Али Демир прибыл в Международный аэропорт Гейдар"
                + " Алиев, где его встретил министр обороны Расул Мамедов. В аэропорту Эсенбога Мамедова встретил"
                + " заместитель министра Мехмет Озтюрк.\n").release();

        assertThat(release.people()).extracting(Person::name).containsExactly("Али Демир", "Расул Мамедов", "Мехмет Озтюрк");
    }

    @Test
    void twoPeoplesAdjectivesBeforeAPluralOfficeGiveItsHoldersTheirCountriesInTurn() {
        PressRelease release = PARSER.parse("test", "Polish and Czech Presidents Adam Nowak and Petr Novy met in Warsaw on"
                + " Monday.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name, p -> p.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Adam Nowak", "PL"), tuple("Petr Novy", "CZ")));
    }

    @Test
    void twoModifiersJoinedByAndOpenOneOffice() {
        PressRelease release = PARSER.parse("test", "New Zealand's Foreign and Trade Minister Tom Grey met Japanese Foreign"
                + " Minister Taro Sato in Tokyo.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name, p -> p.title().orElse(""))
                .containsExactly(tuple("Tom Grey", "Foreign and Trade Minister"), tuple("Taro Sato", "Foreign Minister")));
    }

    @Test
    void theNameOfAGroupOrAProjectIsNoPerson() {
        PressRelease release = PARSER.parse("test", "The presidents of the Visegrad Four countries met in Prague. Concerning"
                + " Rail Baltica, the ministers agreed.\n").release();

        assertThat(release.people()).isEmpty();
    }

    @Test
    void aStatesFormBeforeItsNameIsReadWithItAsTheCountry() {
        PressRelease release = PARSER.parse("test", "President Zuzana Kova met Ambassador of the Republic of Slovakia Jan"
                + " Novak in Vienna.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name, p -> p.title().orElse(""), p -> p.country().map(CountryCode::code).orElse(""))
                .contains(tuple("Jan Novak", "Ambassador", "SK")));
    }

    @Test
    void thoseWhoAccompaniedSomeoneInTheMeetingTookPartOfTheirCountry() {
        PressRelease release = PARSER.parse("test", "Bangladesh Prime Minister Sara Khan received Sri Lankan Prime Minister Ravi Perera"
                + " in Dhaka on Saturday. Foreign Minister Abdul Karim and Adviser Salman Hossain accompanied Khan in the"
                + " meeting.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Person::name, p -> p.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Sara Khan", "BD"), tuple("Ravi Perera", "LK"), tuple("Abdul Karim", "BD"),
                        tuple("Salman Hossain", "BD")));
    }

    @Test
    void aPhotoAgencyAndARubricAreNoPeopleInRussian() {
        PressRelease release = PARSER.parse("test", "Сюжет Взрыв\n\nПрезидент Олег Смирнов встретился с премьер-министром"
                + " Индии Раджем Кумаром.\n\nФото: Global Look Press\n").release();

        assertThat(release.people()).extracting(Person::name).containsExactly("Олег Смирнов", "Радж Кумар");
    }

    @Test
    void honoursARetiredMarkAndABarristersStyleAreNoPartOfAName() {
        PressRelease release = PARSER.parse("test", "Governor-General General Dan Hurst AC DSC (Retd), met Prime Minister"
                + " Tashi Dorji in Thimphu. Barrister Ali Khan met Ambassador Tom Blake in Islamabad.\n").release();

        assertThat(release.people()).extracting(Person::name)
                .containsExactlyInAnyOrder("Dan Hurst", "Tashi Dorji", "Ali Khan", "Tom Blake");
    }

    @Test
    void theLastTimeTwoPeopleMetIsAnEarlierMeeting() {
        for (String text : List.of("The last time Foreign Minister Ana Torres and Foreign Minister Juan Ramos met was in August"
                + " in Lima.\n", "В последний раз министр Анна Торрес и министр Хуан Рамос встречались в августе в Лиме.\n")) {
            assertThat(PARSER.parse("test", text).release().meetings()).as(text).isEmpty();
        }
    }

    @Test
    void aFormerOfficeIsKeptInTheTitleAndHeldForNoState() {
        PressRelease release = PARSER.parse("test", "President Wen Lai met former Lithuanian president Dana Gryb in Taipei"
                + " on Monday.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(Person::name, p -> p.title().orElse(""),
                    p -> p.country().map(CountryCode::code).orElse(""))
                    .containsExactly(tuple("Wen Lai", "President", "TW"), tuple("Dana Gryb", "former president", ""));
            assertThat(m.countries()).extracting(CountryCode::code).containsExactly("TW");
        });
    }

    @Test
    void aNameInsideACounterpartsTitleDoesNotKeepTheCounterpartsTogether() {
        PressRelease release = PARSER.parse("test", "The King arrived in Cairo for the Arab summit on Monday.\n"
                + "King Omar Saleh met Sudan's President Hadi Karam, President Idris Warsame of Somalia, as well as"
                + " Nabil Fares, envoy of President Salim Haddad of Algeria.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name())
                .containsExactly("Hadi Karam", "Idris Warsame", "Nabil Fares");
    }

    @Test
    void meetingsSplitByCountryAreInTheOrderTheReleaseTellsThem() {
        PressRelease release = PARSER.parse("test", "Prime Minister Ken Mori of Japan held separate talks with the leaders"
                + " of China and South Korea in Seoul on Sunday.\n\nMori first met South Korean President Park Min-ho."
                + " They agreed to improve ties.\n\nMori then met Chinese Premier Zhou Lan.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().get(1).name())
                .containsExactly("Park Min-ho", "Zhou Lan");
    }

    @Test
    void countriesBeforeAPluralOfficeGiveOneMeetingEachAndTheCountryOfACounterpartToldLater() {
        PressRelease release = PARSER.parse("test", "President Tom Adeyemi of Ghana on Monday held talks with Togo and"
                + " Burkina Faso Presidents in separate meetings in Accra.\n\nAdeyemi said the discussions with President Jean Kossi centred"
                + " on trade.\n\nLater, Adeyemi held talks with Burkinabe President Paul Sawadogo.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().get(m.participants().size() - 1).name(),
                m -> m.countries().stream().map(CountryCode::code).toList())
                .containsExactly(tuple("Jean Kossi", List.of("GH", "TG")), tuple("Paul Sawadogo", List.of("GH", "BF")));
        assertThat(release.meetings().get(0).participants().get(1).country()).contains(CountryCode.of("TG"));
    }

    @Test
    void whoAccompaniesAParticipantIsOfTheirCountryWhoeverTheyMeet() {
        for (String text : List.of(
                "Fijian Foreign Minister Ana Lopez, accompanied by Deputy Minister Tom Hale, met Ambassador Karl Weiss in Suva.\n",
                "Fijian Foreign Minister Ana Lopez met Ambassador Karl Weiss in Suva on Monday. She was accompanied by Deputy"
                        + " Minister Tom Hale.\n",
                "Fijian Foreign Minister Ana Lopez met Ambassador Karl Weiss in Suva on Monday. Lopez was accompanied at the"
                        + " meeting by Deputy Minister Tom Hale.\n",
                "Fijian Foreign Minister Ana Lopez met Ambassador Karl Weiss in Suva on Monday. Lopez was accompanied to the"
                        + " talks by Deputy Minister Tom Hale.\n")) {
            assertThat(PARSER.parse("test", text).release().meetings()).as(text).singleElement()
                    .satisfies(m -> assertThat(m.participants()).extracting(Person::name,
                            p -> p.country().map(CountryCode::code).orElse(""))
                            .containsExactlyInAnyOrder(tuple("Ana Lopez", "FJ"), tuple("Tom Hale", "FJ"), tuple("Karl Weiss", "")));
        }
    }

    @Test
    void aMeetingFramedByItsSubjectsPossessiveIsHeld() {
        Meeting m = main("In her discussions with Ambassador Karl Weiss, Foreign Minister Ana Lopez raised trade and"
                + " investment.\n");

        assertThat(m.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(m.participants()).extracting(Person::name).containsExactlyInAnyOrder("Ana Lopez", "Karl Weiss");
    }

    @Test
    void everyStateOfARussianListOfOfficialsIsASideUpToTheLastAfterAnd() {
        assertThat(PARSER.parse("test", "Представители Бразилии, России и Чили провели встречу.\n").release().meetings())
                .singleElement().satisfies(m -> assertThat(m.countries()).extracting(CountryCode::code)
                        .containsExactly("BR", "RU", "CL"));
        assertThat(PARSER.parse("test", "Представители России и Беларуси провели встречу.\n").release().meetings())
                .singleElement().satisfies(m -> assertThat(m.countries()).extracting(CountryCode::code)
                        .containsExactly("RU", "BY"));
    }

    @Test
    void russianMeetingsWithPremiersOfSeveralStatesAreOneMeetingEach() {
        assertThat(PARSER.parse("test", "Премьер-министр Казахстана Олжас Бектенов провел встречи с премьерами России,"
                + " Армении и Беларуси.\n").release().meetings())
                .extracting(m -> m.countries().stream().map(CountryCode::code).toList())
                .containsExactly(List.of("KZ", "RU"), List.of("KZ", "AM"), List.of("KZ", "BY"));
    }

    @Test
    void whoSpeaksAfterAHeldFrameIsItsSubjectNotTheSourceOfTheReport() {
        for (String text : List.of("During the meeting with Ambassador Karl Weiss, Foreign Minister Ana Lopez stressed trade.\n",
                "In her meeting with Ambassador Karl Weiss, Foreign Minister Ana Lopez said that trade matters.\n")) {
            assertThat(PARSER.parse("test", text).release().meetings()).as(text).singleElement()
                    .satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                            .containsExactlyInAnyOrder("Ana Lopez", "Karl Weiss"));
        }
    }

    @Test
    void twoOfficialsWhoExchangedViewsMet() {
        Meeting m = main("After the signing, Foreign Minister Ana Lopez and Under Secretary Karl Weiss exchanged views on"
                + " trade.\n");

        assertThat(m.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(m.participants()).extracting(Person::name).containsExactlyInAnyOrder("Ana Lopez", "Karl Weiss");
    }

    @Test
    void aRussianConversationHeldAtOneSidesInitiativeIsACall() {
        assertThat(PARSER.parse("test", "Разговор состоялся по инициативе чилийской стороны. Министр Иван Петров"
                + " поздравил коллегу с праздником.\n").release().meetings())
                .singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
    }

    @Test
    void theOtherOfTwoParticipantsIsOfTheStateTheReleaseNamesMostThatNoOneHolds() {
        Meeting meeting = PARSER.parse("test", "Chilean Foreign Minister Ana Lopez received Ambassador Karl Weiss on"
                + " Monday. They spoke of trade between Chile and Austria, of Austria's wine exports and of Peru.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Ana Lopez", "CL"), tuple("Karl Weiss", "AT"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Deputy Minister Karl Weiss and Ambassador Ana Lopez were also in the meeting.",
        "Present at the courtesy call were Deputy Minister Karl Weiss and Ambassador Ana Lopez.",
        "Deputy Minister Karl Weiss and Ambassador Ana Lopez also joined the meeting."})
    void attendeesToldAfterTheLeadTakePart(String attendance) {
        Meeting meeting = main("President Tom Reed on Monday received Prime Minister Eirik Solheim of Norway. "
                + attendance + "\n");

        assertThat(meeting.participants()).extracting(Person::name)
                .containsExactly("Tom Reed", "Eirik Solheim", "Karl Weiss", "Ana Lopez");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Участие во встрече также приняли министр экономики Иван Сидоров и посол Анна Белова.",
        "Во встрече также участие приняли министр экономики Иван Сидоров и посол Анна Белова."})
    void russianAttendeesToldAfterTheLeadTakePartInTheOneMeeting(String attendance) {
        List<Meeting> meetings = PARSER.parse("test", "Президент Олег Ракитин в понедельник принял премьер-министра"
                + " Норвегии Эйрика Сульхейма. " + attendance + "\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Олег Ракитин", "Эйрик Сульхейм", "Иван Сидоров", "Анна Белова"));
    }

    @Test
    void leadersWhoConvergedForASessionOfHeadsOfStateHeldASummitWhereTheyGathered() {
        Meeting meeting = PARSER.parse("test", "ACCRA - Regional leaders on Friday converged on Accra for an extraordinary"
                + " session of the Conference of Heads of State to discuss the unrest in Togo. President Ama Boateng of"
                + " Ghana opened the session.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Accra"));
    }

    @Test
    void aCountryARussianReleaseNamesAsWhereSomethingIsGivesNoParticipantItsState() {
        Meeting meeting = PARSER.parse("test", "Министр иностранных дел Иван Петров провел переговоры с министром"
                + " иностранных дел Норвегии Эйриком Сульхеймом. Стороны обсудили переворот в Нигере.\n")
                .release().meetings().get(0);

        assertThat(meeting.countries()).containsExactly(CountryCode.of("NO"));
        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void theCountryARussianOfficialVisitedIsTheVisitsPlace() {
        Meeting visit = PARSER.parse("test", "Министр иностранных дел Армении Иван Петров посетил Грузию с официальным"
                + " визитом и встретился с премьер-министром Норвегии Эйриком Сульхеймом.\n").release().meetings().get(0);

        assertThat(visit.kind()).isEqualTo(MeetingKind.VISIT);
        assertThat(visit.location()).hasValueSatisfying(place -> assertThat(place.country()).contains(CountryCode.of("GE")));
        assertThat(PARSER.parse("test", "Министр иностранных дел Армении Иван Петров посетит Грузию с официальным"
                + " визитом.\n").release().meetings()).isEmpty();
    }

    @Test
    void aVisitMadeAtItsHostsInvitationIsReportedWithNoMeetingDuringIt() {
        List<Meeting> made = PARSER.parse("test", "По приглашению Президента Исландии Гудрун Эйнарсдоттир 5 июня"
                + " Президент Эстонии Тоомас Сепп прибыл в Рейкьявик с государственным визитом.\nЛидеры обсудят"
                + " рыболовство.\n").release().meetings();

        assertThat(made).singleElement().satisfies(visit -> {
            assertThat(visit.kind()).isEqualTo(MeetingKind.VISIT);
            assertThat(visit.participants()).extracting(Person::name).containsExactly("Тоомас Сепп");
            assertThat(visit.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Рейкьявик"));
        });
        assertThat(PARSER.parse("test", "По приглашению Президента Исландии Гудрун Эйнарсдоттир Президент Эстонии"
                + " Тоомас Сепп посетит Рейкьявик с государственным визитом.\n").release().meetings()).isEmpty();
        assertThat(PARSER.parse("test", "Президент Эстонии Тоомас Сепп прибыл в Рейкьявик с государственным"
                + " визитом.\n").release().meetings()).isEmpty();
    }

    @Test
    void aMinisterWhoTookPartInTheEuForeignAffairsCouncilMetThere() {
        Meeting meeting = PARSER.parse("test", "Foreign Minister Ana Lopez took part in the Foreign Affairs Council held"
                + " in Brussels on Monday, 16 March 2026.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Brussels"));
    }

    @Test
    void aForumALaterSentenceSaysTheSubjectIsAttendingIsOneMoreMeeting() {
        List<Meeting> meetings = PARSER.parse("test", "Foreign Minister Anna Berk held talks with her Ruritanian"
                + " counterpart Karl Osk in Lusaka on Monday. The minister, who is taking part in the Southern Trade"
                + " Forum, also met with the Secretary-General of the Union, Maria Tell.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind)
                .containsExactly(MeetingKind.TALKS, MeetingKind.CONFERENCE, MeetingKind.MEETING);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Anna Berk");
    }

    @Test
    void aMinisterWhoIsTakingPartInASummitAttendsIt() {
        Meeting meeting = PARSER.parse("test", "Foreign Minister Ana Lopez is taking part in the 12th Northern Rim"
                + " Summit, whose sessions open in Tallinn on Tuesday.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.SUMMIT);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Lopez");
    }

    @Test
    void aCouncilNumberedInFiguresIsOneOfItsSessions() {
        Meeting meeting = PARSER.parse("test", "Foreign Minister Ana Lopez took part in the 27th Coastal States"
                + " Executive Council in Tallinn on Tuesday.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Lopez");
        assertThat(PARSER.parse("test", "The Coastal States Executive Council adopted new fishing quotas in Tallinn"
                + " on Tuesday.\n").release().meetings()).isEmpty();
    }

    @Test
    void aLetterOfIntroductionIsPresentedInPersonAsCredentialsAre() {
        Meeting meeting = PARSER.parse("test", "High Commissioner Karl Weiss of Canada presented his Letter of"
                + " Introduction to Prime Minister Ana Lopez on Tuesday.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Karl Weiss", "Ana Lopez");
    }

    @Test
    void aConversationWithTheNewsAgencyOrTheReportersIsAnInterview() {
        assertThat(PARSER.parse("test", "Министр иностранных дел Иван Петров в беседе с РИА Новости заявил, что"
                + " переговоры продолжатся.\n").release().meetings()).isEmpty();
        assertThat(PARSER.parse("test", "Foreign Minister Ivan Petrov spoke with reporters in Oslo on Monday.\n")
                .release().meetings()).isEmpty();
    }

    @Test
    void anEnvoyWhoDeliveredAMessageMetTheOneWhoReceivedIt() {
        Meeting meeting = PARSER.parse("test", "President Tom Reed on Thursday received a special message from President"
                + " Ama Boateng of Ghana. The message was delivered by Special Envoy Kofi Mensah.\n").release()
                .meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Tom Reed", "Kofi Mensah");
    }

    @Test
    void aPlainNameJoinedByAndToOneThatActsLikeAPersonsIsAPersonToo() {
        assertThat(PARSER.parse("test", "On Monday, Oleg Petrov and Anna Wen met in Lima.\n").release().people())
                .extracting(Person::name).containsExactlyInAnyOrder("Oleg Petrov", "Anna Wen");
        assertThat(PARSER.parse("test", "Oleg Petrov and Foreign Minister Anna Wen held talks.\n").release().people())
                .extracting(Person::name).containsExactlyInAnyOrder("Oleg Petrov", "Anna Wen");
    }

    @Test
    void plainNamesListedAsADelegationsMembersArePeople() {
        assertThat(PARSER.parse("test", "President Taras Bondar met with a delegation of the U.S. Senate consisting of Joseph"
                + " Mancini, Laura Murdock and Martin Keller.\n").release().people()).extracting(Person::name)
                .containsExactly("Taras Bondar", "Joseph Mancini", "Laura Murdock", "Martin Keller");
        assertThat(PARSER.parse("test", "President Taras Bondar visited the port, consisting of Grain Terminal and Steel Works.\n")
                .release().people()).extracting(Person::name).containsExactly("Taras Bondar");
    }

    @Test
    void aPlainNameAVerbAddressesAboutSomethingIsAPerson() {
        assertThat(PARSER.parse("test", "Foreign Minister Oleg Petrov congratulated Nurlan Bekov on his appointment and"
                + " thanked Anna Wen for the invitation.\n").release().people()).extracting(Person::name)
                .containsExactly("Oleg Petrov", "Nurlan Bekov", "Anna Wen");
        assertThat(PARSER.parse("test", "Foreign Minister Oleg Petrov thanked Grain Terminal staff and congratulated"
                + " Steel Works.\n").release().people()).extracting(Person::name).containsExactly("Oleg Petrov");
    }

    @Test
    void whoHeadsADelegationRightBeforeALeadThatNamesNoOneTakesPart() {
        Meeting meeting = PARSER.parse("test", " date 2018-04-06 Andean foreign ministers opened their meeting in Quito."
                + " The Peruvian delegation is headed by Foreign Minister Paul Reed.\nThe meeting of the Andean Council of"
                + " Foreign Ministers began on Friday in Quito. The heads of delegations were greeted by Ecuadorian Foreign"
                + " Minister Ana Torres.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).contains("Paul Reed", "Ana Torres");
        Meeting russian = PARSER.parse("test", " date 2018-04-06 Главы МИД открыли заседание в Кито. Перуанскую делегацию"
                + " возглавляет министр иностранных дел Перу Пабло Рохас.\nЗаседание Совета министров иностранных дел"
                + " началось в пятницу в Кито.\n").release().meetings().get(0);
        assertThat(russian.participants()).extracting(Person::name).contains("Пабло Рохас");
    }

    @Test
    void aNameAloneOnALineOverAnOfficesLineIsAPersonWithThatTitle() {
        PressRelease release = PARSER.parse("test", "Remarks Before Their Meeting\n\nAna Torres\nSecretary of State\nLima, Peru\n\n"
                + "Good morning. My pleasure to welcome Foreign Minister Paul Reed to Lima.\n").release();

        assertThat(release.people()).extracting(Person::name, p -> p.title().orElse("-"))
                .contains(tuple("Ana Torres", "Secretary of State"));
        assertThat(PARSER.parse("test", "Grain Terminal\nSecretary of State Ana Torres opened it.\n").release().people())
                .extracting(Person::name).containsExactly("Ana Torres");
    }

    @Test
    void twoPlainNamesAfterAMeetingsBetweenAreItsSides() {
        assertThat(PARSER.parse("test", "The meeting between Nikos Andreadis and Costas Lambrou was held at the ministry.\n")
                .release().people()).extracting(Person::name).containsExactly("Nikos Andreadis", "Costas Lambrou");
        assertThat(PARSER.parse("test", "Trade between Greek Exports and Cyprus Shipping grew.\n").release().people()).isEmpty();
    }

    @Test
    void thePairALaterSentenceNamesHoldsTheOfficesOfALeadThatNamesNobodyInItsOrder() {
        Meeting meeting = PARSER.parse("test", "Greece's foreign minister met his Cypriot counterpart in Athens on Friday."
                + " The meeting between Nikos Andreadis and Costas Lambrou was also attended by Eleni Varga, the head of"
                + " Greece's National Intelligence Service.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Nikos Andreadis", "GR"), tuple("Costas Lambrou", "CY"), tuple("Eleni Varga", "GR"));
    }

    @Test
    void whoAnUnnamedSubjectMetIsNoProtagonistOfTheOtherMeetings() {
        PressRelease release = PARSER.parse("test", " date 2018-05-14 During his visit to Viet Nam, the Secretary-General"
                + " met Government officials.\n\nOn Sunday he met H.E. Nguyen Van Hoa, the Prime Minister.\n\n"
                + "On Monday, the Secretary-General met H.E. Mr. Tran Duc Minh, the Foreign Minister.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(java.util.List.of("Nguyen Van Hoa"), java.util.List.of("Tran Duc Minh"));
    }

    @Test
    void antarcticaTalkedOfIsNoSide() {
        Meeting call = PARSER.parse("test", "Prime Minister Ewan Hughes spoke with Chilean President Ana Ramos about trade,"
                + " Antarctica and climate.\n").release().meetings().get(0);

        assertThat(call.countries()).extracting(CountryCode::code).containsExactly("CL");
    }

    @Test
    void twoPeopleWhoDiscussedMetThoughTheSentencesBeforePreviewAGathering() {
        PressRelease release = PARSER.parse("test", "Tallinn will host a trilateral meeting of Baltic foreign ministers on"
                + " May 12.\nThe top diplomats held bilateral meetings ahead of the key event.\nEstonian FM Kristjan Tamm and"
                + " Latvia's FM Janis Ozols discussed the prospects of regional cooperation.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(java.util.List.of("Kristjan Tamm", "Janis Ozols"));
    }

    @Test
    void aMeetingBetweenAKnownPersonAndANewOneIsAFurtherMeeting() {
        PressRelease release = PARSER.parse("test", "Estonian Foreign Minister Kristjan Tamm met Latvian Foreign Minister"
                + " Janis Ozols.\n\nThe meeting between Tamm and Lithuanian Foreign Minister Darius Petrauskas considered"
                + " energy.\n\nThe meeting between Tamm and Ozols was warm.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(java.util.List.of("Kristjan Tamm", "Janis Ozols"),
                        java.util.List.of("Kristjan Tamm", "Darius Petrauskas"));
    }

    @Test
    void aDiscussionHeldByPhoneIsACall() {
        Meeting call = PARSER.parse("test", "Foreign Minister Oleg Petrov on May 1, 2017 discussed by phone the upcoming"
                + " talks with US Secretary of State John White.\n").release().meetings().get(0);

        assertThat(call.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    }

    @Test
    void aCountryTalkedAboutIsNoSideLeftForSomeoneWithoutOne() {
        Meeting call = PARSER.parse("test", "Foreign Minister Oleg Petrov discussed the upcoming talks on Syria with"
                + " US Secretary of State John White.\n").release().meetings().get(0);

        assertThat(call.countries()).extracting(CountryCode::code).containsExactly("US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the North Korean question", "the Palestinian cause"})
    void aPeoplesAdjectiveBeforeATopicIsNoSideLeftForSomeoneWithoutOne(String topic) {
        PressRelease release = PARSER.parse("test", "Foreign Minister Min-jun Seo and his Japanese counterpart, Kenji Ota,"
                + " met on Thursday.\nThe two went over bilateral ties and " + topic + ".\n").release();

        assertThat(release.meetings().get(0).countries()).extracting(CountryCode::code).containsExactly("JP");
        assertThat(release.people()).filteredOn(p -> p.name().equals("Min-jun Seo")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEmpty());
    }

    @Test
    void aFurtherMeetingIsOfItsOwnWordNotOfTheOneItCameAfter() {
        List<Meeting> meetings = PARSER.parse("test", " date 2022-02-07 Daily\nForeign Minister Min-jun Seo held talks with"
                + " US Secretary of State Tom Reed in Hawaii on Saturday.\nAfter their talks, Seo and Reed held a"
                + " trilateral meeting with Foreign Minister Kenji Ota of Japan.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.TALKS, MeetingKind.MEETING);
    }

    @Test
    void thoseWhoAccompaniedOneSideToBilateralTalksTakePartInThem() {
        List<Meeting> meetings = PARSER.parse("test", " date 2021-04-27 Daily\nPresident Tom Reed held bilateral talks with"
                + " US Secretary of State Paul Hale at State House on Tuesday.\n\nPresident Reed was accompanied by Foreign"
                + " Minister Ana Lopez and Head of Public Service Sam Otieno.\n").release().meetings();

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Tom Reed", "Paul Hale", "Ana Lopez", "Sam Otieno"));
    }

    @Test
    void aPairOfCounterpartsWhoHeldTalksLaterInTheReleaseHeldTalks() {
        List<Meeting> meetings = PARSER.parse("test", " date 2019-06-25 Daily\nForeign Minister Omar Haddad met"
                + " Russian Foreign Minister Ivan Petrov in Moscow on Monday.\nPetrov, Haddad as well as Russian Defence Minister"
                + " Oleg Orlov and his Egyptian counterpart, Adel Nasser, held talks earlier that day.\n").release().meetings();

        assertThat(meetings).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.TALKS);
    }

    @Test
    void aStateWhoseMinistryHostedTheMeetingTakesPart() {
        Meeting meeting = PARSER.parse("test", " date 2017-04-07 Daily\nUzbekistan's Foreign Ministry hosted talks"
                + " with the delegation of Azerbaijan headed by Deputy Foreign Minister Elchin Aliyev.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("AZ", "UZ");
    }

    @Test
    void aCityAbroadInASentenceThatRetellsTheMeetingWithItsPeopleIsWhereItWasHeld() {
        Meeting meeting = PARSER.parse("test", "АСТАНА, 9 ноя — Агентство. Президент Казахстана Марат Сеитов встретился с"
                + " главой России Олегом Волковым, сообщила пресс-служба.\nСеитов встретился с Волковым в рамках форума"
                + " регионов двух стран в Челябинске.\n").release().meetings().get(0);

        assertThat(meeting.location()).map(Place::name).contains("Челябинск");
    }

    @Test
    void discussionsHeldWithSomeoneInThePassiveAreAFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", " date 2022-09-24 Daily\nMinister of Foreign Affairs Nimal Perera met"
                + " the Prime Minister of Bangladesh Rahima Begum in New York.\nDiscussions were also held with the"
                + " Foreign Minister of Uzbekistan Botir Karimov.\n").release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Nimal Perera", "Botir Karimov");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jordanian-Pakistani", "Jordanian–Pakistani", "Jordan–Pakistan"})
    void aPairOfStatesJoinedByADashNamesTheSides(String pair) {
        Meeting meeting = PARSER.parse("test", "Minister Omar Haddad met a delegation to discuss " + pair + " ties.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants().get(0).country()).map(CountryCode::code).contains("JO");
    }

    @Test
    void whoHeadsAPressServiceTellsOfTheMeetingAndTakesNoPart() {
        Meeting meeting = PARSER.parse("test", "31 мая в рамках визита министра иностранных дел Азербайджана Расима"
                + " Гасанова в Брюссель состоялась встреча с сопредседателями группы.\nГлава пресс-службы МИД Фарид"
                + " Алиев сообщил, что в ходе встречи обсуждались итоги.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Расим Гасанов");
    }

    @Test
    void aSeatOfPowerNamedByItsTownIsNoVenue() {
        Meeting talks = PARSER.parse("test", " date 2022-02-13 Foreign Minister Daiki Oshiro met two counterparts in"
                + " Leeds on Saturday.\nIn his talks with Marta Lindqvist of Sweden, Oshiro praised the new government in"
                + " Stockholm.\n").release().meetings().get(0);

        assertThat(talks.participants()).extracting(Person::name).contains("Marta Lindqvist");
        assertThat(talks.location()).map(Place::name).contains("Leeds");
    }

    @Test
    void aGatheringsWordOpeningASentenceNamesNoGathering() {
        PressRelease release = PARSER.parse("test", " date 2019-05-12 Vice President Zhou Anping met with Arthur"
                + " Whitcombe on Saturday.\nDialogue is the only path, Zhou said.\n").release();

        assertThat(release.related()).isEmpty();
    }

    @Test
    void aCaptionRepeatingTheLeadInThePresentLeavesTheLeadItsMeeting() {
        Meeting meeting = PARSER.parse("test", "Party General Secretary, President Do Van Khang hosted receptions in"
                + " Hanoi on Wednesday for the incoming envoys of Peru, Qatar and Kenya, who handed over their letters of"
                + " credence.\n\nParty General Secretary, President Do Van Khang (left) hosts a reception in Hanoi on"
                + " Wednesday for the incoming envoy of Peru, Luis Alvarado. – VNA/VNS Photo Minh Duc\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Do Van Khang");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " date 2023-07-15 Prime Minister Tran Van Hoa gave a reception in honour of Japanese Ambassador Kento Yamada"
                    + " in Hanoi on July 14.\n",
            "14 июля премьер-министр Чан Ван Хоа устроил прием в честь посла Японии Кэнто Ямады в Ханое.\n"})
    void aReceptionGivenForSomeoneIsAMeetingWithThem(String text) {
        Meeting meeting = PARSER.parse("test", text).release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("VN", "JP");
    }

    @Test
    void talksToldOfInACallAreNoPartOfIt() {
        Meeting call = PARSER.parse("test", "МИНСК, 21 августа. /ТАСС/. Президент Франции Луи Бернар по телефону"
                + " проинформировал белорусского лидера Аркадия Веснина о завершившихся в Париже переговорах с Петером"
                + " Гроссом.\n").release().meetings().get(0);

        assertThat(call.participants()).extracting(Person::name).containsExactly("Луи Бернар", "Аркадий Веснин");
    }

    @Test
    void aMeetingToldAsHavingTakenPlaceWasHeld() {
        Meeting meeting = PARSER.parse("test", "В МИД Казахстана рассказали о состоявшейся в Астане встрече министра"
                + " иностранных дел Нурлана Ахметова с министром иностранных дел Молдавии Ионом Карпом.\n")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Нурлан Ахметов", "Ион Карп");
    }

    @Test
    void aMeetingItsSpeakerWasGladOfIsHeldAndOneToComeIsNot() {
        List<Meeting> held = PARSER.parse("test", " date 2014-11-20 I was glad to meet today Montenegro's Foreign"
                + " Minister Milan Radovic for the first time.\n").release().meetings();
        List<Meeting> planned = PARSER.parse("test", " date 2014-11-20 I will be glad to meet Montenegro's Foreign"
                + " Minister Milan Radovic tomorrow.\n").release().meetings();

        assertThat(held).hasSize(1);
        assertThat(held.get(0).date().flatMap(DateRef::value)).hasValue(DateValue.of(LocalDate.of(2014, 11, 20)));
        assertThat(planned).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gabor Szabo and Peter Kovacs", "Gabor Szabo and Sayyid Peter Kovacs"})
    void theTwoNamedAfterAConversationBetweenAreItsSides(String sides) {
        Meeting call = PARSER.parse("test", " date 2025-03-11 The Hungarian Foreign Minister spoke by phone with his"
                + " Omani counterpart today.\n\nThe main subject of the conversation between " + sides + " was the"
                + " tension in the region.\n").release().meetings().get(0);

        assertThat(call.participants()).extracting(Person::name).containsExactly("Gabor Szabo", "Peter Kovacs");
    }

    @Test
    void aMeetingCalledByTheAbbreviationItsNameWasGivenIsReported() {
        List<Meeting> meetings = PARSER.parse("test", " date 2021-10-16 South Africa and Senegal set up the Joint"
                + " Commission for Cooperation (JCC) in 2015.\n\nMinister Thandi Mokoena co-chaired the JCC with"
                + " Minister Awa Ndiaye of Senegal on Tuesday.\n").release().meetings();

        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Thandi Mokoena", "Awa Ndiaye");
    }

    @Test
    void aStatementsDayIsNotTheMeetings() {
        Meeting meeting = PARSER.parse("test", " date 2021-10-16 Per a statement released on Friday, Minister"
                + " Thandi Mokoena met Minister Awa Ndiaye of Senegal on 13 October 2021.\n").release().meetings().get(0);

        assertThat(meeting.date().flatMap(DateRef::value)).hasValue(DateValue.of(LocalDate.of(2021, 10, 13)));
    }

    @Test
    void aRomanNumeralNumbersAMeetingOfASeries() {
        Meeting meeting = PARSER.parse("test", " date 2022-09-14 Vice Minister Diego Ferrer of Uruguay and Secretary General"
                + " Julio Salas of Peru met on Tuesday for the XII Meeting of the Joint Commission.\n").release()
                .meetings().get(0);

        assertThat(meeting.sequence()).hasValue(12);
        assertThat(SeriesReader.romanNumeral("VII")).isEqualTo(7);
        assertThat(SeriesReader.romanNumeral("IIII")).isZero();
        assertThat(SeriesReader.romanNumeral("I")).isZero();
    }

    @Test
    void namesAndTitlesWrappedAcrossLinesAreWrittenOnOne() {
        Meeting meeting = PARSER.parse("test", "(Feed- Trend News Agency) BAKU, Azerbaijan, December 22. Greek Foreign\n"
                + "Minister Nikos Pappas discussed the transit routes across the Caspian Sea\nwith Georgian Foreign"
                + " Minister Irakli Beridze, Trend reports via the Greek\nForeign Ministry.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.title().orElse("-"))
                .containsExactly(tuple("Nikos Pappas", "Foreign Minister"), tuple("Irakli Beridze", "Foreign Minister"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"held a tête-à-tête with", "huddled with", "caught up with"})
    void aMeetingByOtherWords(String words) {
        List<Meeting> meetings = PARSER.parse("test", " date 2024-03-07 Foreign Minister Anna Berg of Sweden " + words
                + " Foreign Minister Paul Reed of Peru on Tuesday.\n").release().meetings();

        assertThat(meetings).singleElement().extracting(Meeting::kind).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aMealSharedWithSomeoneIsAMeetingAndOneToComeIsNot() {
        List<Meeting> held = PARSER.parse("test", " date 2024-03-07 Foreign Minister Anna Berg of Sweden and Foreign"
                + " Minister Paul Reed of Peru had breakfast together on Tuesday.\n").release().meetings();
        List<Meeting> planned = PARSER.parse("test", " date 2024-03-07 Foreign Minister Anna Berg of Sweden will host"
                + " Foreign Minister Paul Reed of Peru for dinner on Friday.\n").release().meetings();

        assertThat(held).hasSize(1);
        assertThat(planned).isEmpty();
    }

    @Test
    void aSeriesNameGoesOnOverForAndItsCapitalisedWords() {
        Meeting meeting = PARSER.parse("test", " date 2022-09-14 Vice Minister Diego Ferrer of Uruguay and Secretary General"
                + " Julio Salas of Peru co-chaired the 5th meeting of the Permanent Mechanism for Political Consultation"
                + " in Montevideo on Tuesday.\n").release().meetings().get(0);

        assertThat(meeting.name()).hasValue("Permanent Mechanism for Political Consultation");
    }

    @Test
    void aQuotedNameBeforeAMeetingWordIsTheNameWithoutItsQuotes() {
        PressRelease release = PARSER.parse("test", " date 2020-01-10 Foreign Minister Sari Wulandari of Indonesia met Foreign"
                + " Minister Kato Hiroshi of Japan on Friday. They agreed to hold the «SCO Plus» meeting in May and a \"2+2\""
                + " meeting later.\n").release();

        assertThat(release.related()).extracting(e -> e.name().orElse("-")).containsExactly("SCO Plus", "2+2");
    }

    @Test
    void aDialogueTheMinistersMetForNamesTheirMeeting() {
        PressRelease release = PARSER.parse("test", " date 2020-01-10 Jakarta - The two foreign ministers agreed on more"
                + " cooperation during the Seventh Strategic Dialogue in Jakarta today.\n\nForeign Minister Sari Wulandari"
                + " of Indonesia met Foreign Minister Kato Hiroshi of Japan.\n").release();

        Meeting meeting = release.meetings().get(0);
        assertThat(meeting.kind()).isEqualTo(MeetingKind.DIALOGUE);
        assertThat(meeting.name()).hasValue("Strategic Dialogue");
        assertThat(meeting.sequence()).hasValue(7);
        assertThat(release.related()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Prime Minister Karim Saad of the brotherly Lebanese Republic",
            "the Prime Minister of the sisterly Republic of Lebanon, Karim Saad,",
            "Karim Saad, Prime Minister of the brotherly Lebanese Republic,",
            "Dr. Karim Saad, head of the interim government of the sisterly Lebanese Republic,"})
    void anEpithetBeforeAStatesNameLeavesItTheVisitorsState(String visitor) {
        Meeting meeting = PARSER.parse("test", " date 2021-04-20 Emir Fahad Al Marri received " + visitor
                + " in his office this evening.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Fahad Al Marri", "-"), tuple("Karim Saad", "LB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reviewed the state of bilateral relations", "talked about bilateral relations",
            "reviewed bilateral relations with each other"})
    void twoOfficialsWhoWentOverTheirRelationsMet(String verbAndObject) {
        Meeting meeting = main("Foreign Minister Serik Abenov and Cuban Ambassador Raul Quintero " + verbAndObject + ".");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Serik Abenov", "Raul Quintero");
    }

    @Test
    void twoOfficialsEachSetOffByCommasAreTheSubjectOfTheirDiscussion() {
        Meeting meeting = main("The Foreign Minister of Kazakhstan, Serik Abenov, and the ambassador of Cuba to Kazakhstan,"
                + " Raul Quintero, discussed trade and the sugar harvest.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Serik Abenov", "Raul Quintero");
        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("KZ", "CU");
    }

    @Test
    void theStatementASpokespersonIsQuotedInDatesTheMeeting() {
        Meeting meeting = main("Foreign Secretary Edward Ashby and Australian Foreign Minister Claire Madden met in London.\n\n"
                + "A ministry spokesperson said:\n\nThe Foreign Secretary and Foreign Minister Claire Madden had a warm"
                + " meeting in London yesterday.");

        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.parse("2024-10-23")));
    }

    @Test
    void aCeremonyToldInThePresentOfALiveReportIsHeld() {
        Meeting ceremony = main("Президент России Олег Смирнов принимает сегодня в Кремле верительные грамоты у новых"
                + " послов.\nГрамоты вручают послы Чехии, Танзании и Венгрии.\n");

        assertThat(ceremony.kind()).isEqualTo(MeetingKind.OTHER);
        assertThat(ceremony.countries()).extracting(CountryCode::code).contains("RU", "CZ", "TZ", "HU");
    }

    @Test
    void aGuestTheHostReceivesLaterAtHomeTakesNoCountryFromTheMainMeeting() {
        PressRelease release = PARSER.parse("test", " date 2024-03-07 ASTANA - Foreign Minister Serik Abenov of Kazakhstan"
                + " met Foreign Minister Ivan Petkov of Bulgaria on Tuesday.\n\nAbenov was also received by King Philippe"
                + " at the Royal Palace.\n").release();

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Serik Abenov", "KZ"), tuple("Philippe", "-"));
    }

    @Test
    void theNumberedSessionOfSomeonesOfficeIsNoRoundOfTheMeeting() {
        Meeting meeting = main("Foreign Minister Rohan Mehtani met President of the 77th session of the General Assembly"
                + " Ivan Dravic on Monday in New York.");

        assertThat(meeting.sequence()).isEmpty();
        assertThat(meeting.name()).isEmpty();
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Rohan Mehtani", "Ivan Dravic");
    }

    @Test
    void theNumberOfTheSessionWhoseMarginsAMeetingWasHeldOnIsNotTheMeetings() {
        Meeting meeting = main("President Kofi Asante and Prime Minister Lena Holt met on the margins"
                + " of the 76th session of the General Assembly.");

        assertThat(meeting.sequence()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Senior Director for Europe of the National Security Council Jane Porter",
        "President of the European Council Jan Peeters"})
    void aBodyInSomeonesOfficeIsNoGatheringOfItsOwn(String official) {
        PressRelease release = parse("Foreign Minister Ulan Temirov met with " + official + " in New York.");

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.related()).isEmpty();
    }

    @Test
    void aVisitPaidToSomeoneTitledIsAMeetingWithThemAndOneToAPlaceAVisit() {
        Meeting meeting = main("Foreign Minister Ana Torres paid a visit to President Ivan Petrov of Bulgaria on Tuesday.");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Ivan Petrov");
        Meeting visit = main("Foreign Minister Ana Torres paid a visit to Sofia on Tuesday and met President Ivan Petrov.");
        assertThat(visit.kind()).isEqualTo(MeetingKind.VISIT);
    }

    @Test
    void visitingSomeoneTitledIsOneMeetingWithThem() {
        PressRelease release = parse("Foreign Minister Ana Torres visited President Mateo Fuentes at the Presidential Palace"
                + " on Wednesday to discuss the energy transition.");

        assertThat(release.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
            assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Torres", "Mateo Fuentes");
        });
    }

    @Test
    void aBriefEncounterOnTheMarginsOfASummitIsAMeetingAndNotTheSummit() {
        Meeting meeting = main("On the margins of the summit, Prime Minister Lena Holt had a brief encounter with"
                + " Chancellor Karl Weber on Tuesday.");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Lena Holt", "Karl Weber");
    }

    @Test
    void whoOpensTheLeadAfterVisitingAPlaceIsTheVisitorAndNotOfThatCountry() {
        Meeting meeting = PARSER.parse("test", " date 2024-10-24\n\nVisiting Jakarta for the ministers' meeting, Foreign"
                + " Minister Kemal Aydin had talks on Wednesday with the American Secretary of State John Hale.")
                .release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, Person::country)
                .containsExactly(tuple("Kemal Aydin", Optional.empty()), tuple("John Hale", Optional.of(CountryCode.of("US"))));
        assertThat(meeting.countries()).containsExactly(CountryCode.of("US"));
    }

    @Test
    void aGatheringWithinWhoseScopeAMeetingWasHeldIsNotItsSeries() {
        Meeting meeting = main("Within the scope of the 31st Pacific Ministers Meeting in Suva, Foreign Minister Kemal Aydin"
                + " had talks on Wednesday with the American Secretary of State John Hale.");

        assertThat(meeting.name()).isEmpty();
        assertThat(meeting.sequence()).isEmpty();
    }

    @Test
    void theOneWhoseVerbIsVisitingIsTheVisitorThoughTheMeetingsAreToldLater() {
        PressRelease release = parse("Foreign Minister Kemal Aydin is visiting Latvia to attend the ministers' meeting in"
                + " Riga and to hold bilateral meetings with his counterparts.\n\nMinister Aydin held a meeting with"
                + " Foreign Minister Marco Bellini of Italy on Thursday.\n\nLater that day, Minister Aydin met with Foreign"
                + " Minister Emma Clarke of the United Kingdom.");

        assertThat(release.meetings()).extracting(Meeting::kind).startsWith(MeetingKind.VISIT);
        assertThat(release.meetings().get(0).participants()).extracting(Person::name).containsExactly("Kemal Aydin");
    }

    @Test
    void theSecondOfTwoNamesInAppositionToAnOfficeIsAPersonToo() {
        Meeting meeting = main("The two ministers, Oleg Smirnov and John Hale, held talks in Vienna on Wednesday.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Oleg Smirnov", "John Hale");
    }

    @Test
    void theDayOfAMeetingWithSomeoneElseToldAfterDatesNotTheMainOne() {
        PressRelease release = parse("During a telephone conversation, Russian Foreign Minister Oleg Smirnov and his German"
                + " counterpart Karl Weber discussed bilateral cooperation.\n\nOn October 6, Smirnov had a call with the"
                + " American Secretary of State John Hale.");

        Meeting call = release.meetings().get(0);
        assertThat(call.participants()).extracting(Person::name).containsExactly("Oleg Smirnov", "Karl Weber");
        assertThat(call.date().flatMap(DateRef::value)).isNotEqualTo(Optional.of(DateValue.parse("2024-10-06")));
    }

    @Test
    void aVideoConferenceWithCounterpartsFromSeveralCountriesIsOneCallOfThemAll() {
        PressRelease release = parse("Secretary of State John Hale met today with his counterparts from Germany, the United"
                + " Kingdom and France by video link.");

        assertThat(release.meetings()).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
            assertThat(call.countries()).contains(CountryCode.of("FR"), CountryCode.of("DE"), CountryCode.of("GB"));
        });
        assertThat(parse("Secretary of State John Hale held separate video conferences today with his counterparts from"
                + " Germany, the United Kingdom and France.").meetings()).hasSize(3);
    }

    @Test
    void lettersOfCredentialsReceivedFromSeveralEnvoysAreTheirCeremony() {
        Meeting ceremony = main("At the Presidential Palace on Wednesday, President Tran Van Long received letters of"
                + " credentials from the incoming Ambassadors of Peru, Norway and Ghana.");

        assertThat(ceremony.kind()).isEqualTo(MeetingKind.OTHER);
        assertThat(ceremony.countries()).contains(CountryCode.of("PE"), CountryCode.of("NO"), CountryCode.of("GH"));
    }

    @Test
    void whoInformedSomeoneThatTheMeetingWasHeldTookNoPartInIt() {
        Meeting call = main("Peter Varga, Government Spokesman, has informed the state news portal that on Wednesday"
                + " Prime Minister Laszlo Horvath held a phone call with Russian president Oleg Smirnov.");

        assertThat(call.participants()).extracting(Person::name).containsExactly("Laszlo Horvath", "Oleg Smirnov");
    }

    @Test
    void onlineTalksThatLastedWereHeld() {
        Meeting call = main("Почти три часа продлились онлайн-переговоры лидеров Бразилии и России Педро Алвеса и Олега Смирнова.");

        assertThat(call.kind()).isEqualTo(MeetingKind.VIDEO_CONFERENCE);
        assertThat(call.participants()).extracting(Person::name).containsExactly("Педро Алвес", "Олег Смирнов");
    }

    @Test
    void aMeetingWordAfterOnlyWordsOfItsKindNamesNoSeriesAndNoOtherEvent() {
        PressRelease release = parse("Readout of the Minister's Bilateral Meeting with Minister Ilse Varga of Hungary\n\n"
                + "Minister of Defence Arman Sadykov hosted a Bilateral Meeting with Minister of Defence Ilse Varga of"
                + " Hungary in Astana today.");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.name()).isEmpty());
        assertThat(release.related()).isEmpty();
    }

    @Test
    void aVisitToldInAClauseAboutTheGuestIsNoMeetingOfItsOwn() {
        PressRelease release = parse("The Minister of Foreign Affairs, Mr. Daniyar Omarov, received on Monday the Ambassador"
                + " of Peru, Mrs. Lucia Paredes, who paid him a farewell visit before leaving her post.");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.MEETING));
    }

    @Test
    void anEnvoysFarewellVisitIsACallNoTripThatFramesTheDaysMeetings() {
        PressRelease release = parse("Parliament Speaker Aldo Ferri met on Monday with Norway's Defence Adviser for Africa,"
                + " General Erik Dahl, in the presence of the Norwegian Ambassador to Italy, Ola Berg.\n\nFerri also received"
                + " on Monday the outgoing EU Ambassador to Italy, Ana Ruiz, who came on a farewell visit at the end of her"
                + " mission in Italy.");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.MEETING);
    }

    @Test
    void anOrdinalAfterAPossessiveCountsSomeonesMeetingsNotASeriesRounds() {
        Meeting meeting = main("Foreign Minister Daniyar Omarov held his first meeting with his Chinese counterpart Li Wen"
                + " in Beijing on Monday.");

        assertThat(meeting.sequence()).isEmpty();
    }

    @Test
    void aLaterSentenceThatNamesTheSamePeopleShortDatesTheMeeting() {
        Meeting meeting = main("Foreign Minister Daniyar Omarov held talks with his Chinese counterpart Li Wen for the first"
                + " time since the latter took office last month. Omarov met with Li on Tuesday in Beijing.");

        assertThat(meeting.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.of(LocalDate.of(2024, 10, 22))));
    }

    @Test
    void theDayASourceSpokeIsNoDayOfTheMeeting() {
        Meeting told = main("The foreign ministers of Kazakhstan and Peru held talks in Lima on Tuesday. According to the"
                + " ministry on Wednesday, Foreign Minister Daniyar Omarov met with Foreign Minister Ana Ruiz of Peru.");
        Meeting said = main("Foreign Minister Daniyar Omarov met with Foreign Minister Ana Ruiz of Peru in Lima, the ministry"
                + " said Wednesday.");

        assertThat(told.date()).hasValueSatisfying(d -> assertThat(d.value()).contains(DateValue.of(LocalDate.of(2024, 10, 22))));
        assertThat(said.date().map(d -> d.text())).isNotEqualTo(Optional.of("Wednesday"));
    }

    @Test
    void aHeadlineThatTheBodyOpensByPlanningReportsNoMeeting() {
        PressRelease release = parse("Kazakh and Peruvian Foreign Ministers Meet to Deepen Ties\n"
                + "Foreign Minister Daniyar Omarov and Foreign Minister Ana Ruiz of Peru will meet today in Astana to"
                + " discuss trade.\nBoth are expected to hold talks over lunch at the ministry.");

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aNameAfterTheCommaThatClosesAnAdvisersOfficeIsTheNextAttendee() {
        Meeting meeting = main("Foreign Minister Daniyar Omarov received Foreign Minister Ana Ruiz of Peru on Monday. The meeting"
                + " was attended by Olzhas Bekov, Adviser to the President, Marat Sadykov, Head of the Agency, and Aigerim Nurova,"
                + " Ambassador to Peru.");

        assertThat(meeting.participants()).extracting(Person::name).contains("Marat Sadykov");
    }

    @Test
    void anOrdinalBeforeConsultationsNumbersTheirRoundOverWordsInLowerCase() {
        Meeting meeting = main("Kazakhstan and Peru held their fourth foreign office consultations in Lima on Monday.");

        assertThat(meeting.sequence()).hasValue(4);
    }

    @Test
    void aVideoConferenceThroughWhichAMeetingWasHeldIsNoOtherEvent() {
        PressRelease release = parse("Deputy Foreign Minister Daniyar Omarov and Deputy Foreign Minister Ana Ruiz of Peru held"
                + " political consultations via video conference on Monday.");

        assertThat(release.related()).isEmpty();
    }

    @Test
    void countriesInBracketsAfterAnOfficialAreAPortfolioNotSides() {
        Meeting meeting = main("The consultations between Kazakhstan and Peru were held in Lima on Monday. The Peruvian side was led"
                + " by Ambassador Ana Ruiz, Director General (Asia) and the Kazakh delegation was led by Mr. Daniyar Omarov,"
                + " Director General (Americas, Spain & Portugal).");

        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactlyInAnyOrder("KZ", "PE");
    }

    @Test
    void theOneALetterIsAddressedToTakesNoPart() {
        Meeting meeting = main("Deputy Foreign Minister Daniyar Omarov met with Vice Minister Ana Ruiz of Peru in Lima on Monday and"
                + " handed over a letter from President Marat Sadykov, addressed to his Peruvian counterpart Luis Ortega.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Daniyar Omarov", "Ana Ruiz");
    }

    @Test
    void aMeetingOfAnOfficialNamesNoSeries() {
        Meeting meeting = main("On October 21, 2024, a meeting of the Deputy Foreign Minister of Kazakhstan D.Omarov with the"
                + " Ambassador of Peru to Kazakhstan Ana Ruiz was held.");

        assertThat(meeting.name()).isEmpty();
    }

    @Test
    void aPlaceInBracketsAfterAnEnvoyIsWhereTheEnvoyLivesNotWhereTheyMet() {
        Meeting meeting = main("Deputy Foreign Minister Daniyar Omarov met with the newly appointed Ambassador of Peru, Ana Ruiz"
                + " (with residence in Moscow), who arrived in Astana on a working visit.");

        assertThat(meeting.location()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Astana"));
    }

    @Test
    void aSeparateBilateralMeetingWithCounterpartsOfTwoCountriesIsOneWithEach() {
        PressRelease release = parse("Defence Minister Daniyar Omarov held talks with Defence Minister Ana Ruiz of Peru in Astana on"
                + " Monday. Later, Omarov held a separate bilateral meeting with Defence Minister Rustam Aliev of Uzbekistan"
                + " and Defence Minister Azamat Bekov of Kyrgyzstan.");

        assertThat(release.meetings()).hasSize(3);
    }

    @Test
    void officialsMetInAListThatClosesOnOthersUnnamedAreMetOneByOne() {
        // no publisher's header: a publisher's own state would set the counterparts apart by their countries
        PressRelease release = PARSER.parse("test", "On Tuesday, Ambassador Lena Hart of Norway met with Hon. Tomas Reyes,"
                + " Prime Minister, Hon. Clara Mendes, Minister of Trade, and Hon. Jorge Pinto, Speaker of Parliament, and other"
                + " senior officials of Belize.\n").release();
        PressRelease together = PARSER.parse("test", "On Tuesday, Foreign Minister Lena Hart of Norway met with Foreign"
                + " Minister Tomas Reyes of Belize, Trade Minister Clara Mendes and Defence Minister Jorge Pinto in Oslo.\n").release();

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Lena Hart", "Tomas Reyes"), List.of("Lena Hart", "Clara Mendes"),
                        List.of("Lena Hart", "Jorge Pinto"));
        assertThat(together.meetings()).hasSize(1);
    }

    @Test
    void aMeetingToldAgainToRecapIsNoFurtherMeeting() {
        PressRelease release = parse("Kazakh Foreign Minister Daniyar Omarov and his Peruvian counterpart Ana Ruiz have talked over"
                + " the phone.\n\nDuring the phone conversation, the ministers exchanged views on cooperation.\n\nTo recap, on"
                + " 1 October the meeting between Kazakhstan's Minister of Foreign Affairs Daniyar Omarov and Foreign Minister"
                + " of Chile Luis Ortega took place in Santiago.");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
    }

    @Test
    void whoSpeaksOfAVisitDidNotPayIt() {
        PressRelease release = parse("President Kassym Tokayev received OSCE Secretary General Helga Brandt in Astana on Friday."
                + " Foreign Minister Daniyar Omarov said that the visit was to thank Kazakhstan for its support.");

        assertThat(release.related()).noneSatisfy(e -> assertThat(e.participants()).extracting(Person::name)
                .contains("Daniyar Omarov"));
    }

    @Test
    void aNameAfterTheSemicolonThatClosesAnAdvisersOfficeIsTheNextAttendee() {
        Meeting meeting = main("Foreign Minister Daniyar Omarov received Foreign Minister Ana Ruiz of Peru on Monday. The meeting"
                + " was attended by Olzhas Bekov, Adviser to the President; Marat Sadykov, Head of the Agency; and Aigerim"
                + " Nurova, Ambassador to Peru.");

        assertThat(meeting.participants()).extracting(Person::name).contains("Marat Sadykov");
    }

    @Test
    void credentialsHandedToSomeoneInThePassiveReportAMeeting() {
        Meeting meeting = main("On October 21, Deputy Foreign Minister Daniyar Omarov was handed copies of the credentials of"
                + " Ambassador Pablo Ortiz of Peru.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Daniyar Omarov", "Pablo Ortiz");
    }

    @Test
    void aSummitWordBeforeACallsWordTellsTheCallsLevelNotAnotherEvent() {
        PressRelease release = parse("On Monday, Prime Minister Daniyar Omarov held a summit telephone talk with President Ana Ruiz"
                + " of Peru.");

        assertThat(release.related()).isEmpty();
    }

    @Test
    void aPlaceDatedAYearApartIsAnotherEventsNotWhereAVisitCame() {
        Meeting meeting = main("Foreign Minister Zhou Ming met with President Ana Ruiz of Peru at the palace on Monday. The visit"
                + " builds on the talks of the two presidents in Quito last year.");

        assertThat(meeting.location()).isEmpty();
    }

    @Test
    void aLaterCallTakesNoPlaceFromTheMeetingBefore() {
        PressRelease release = parse("Foreign Minister Ana Ruiz of Peru met Foreign Minister Luis Ortega of Chile in Cusco on Friday."
                + " Separately, Ruiz had a phone conversation with Foreign Minister Marek Novak of Slovakia.");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).location()).isEmpty();
    }

    @Test
    void aLaterMeetingIsHeldByTheOneItsSentenceNamesByOffice() {
        PressRelease release = parse("Ambassador Ana Ruiz of Peru called on Prime Minister Tariq Mehmood on Monday. In a separate"
                + " meeting with Ambassador Luis Ortega of Chile, the Prime Minister discussed trade.");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactly("Tariq Mehmood", "Luis Ortega");
    }

    @Test
    void callingOnSomeoneNamedByOfficeReportsAVisit() {
        PressRelease release = parse("Ambassador Ana Ruiz of Peru called on Prime Minister Tariq Mehmood on Monday. Separately,"
                + " Ambassador Luis Ortega of Chile called on the Prime Minister and discussed trade.");

        assertThat(release.meetings()).hasSize(2);
    }

    @Test
    void callingOnSomeoneToActIsAnAppealNotAVisit() {
        PressRelease release = parse("Ambassador Ana Ruiz of Peru called on Prime Minister Tariq Mehmood on Monday. Separately,"
                + " Ambassador Luis Ortega of Chile called on the Prime Minister to sign the treaty.");

        assertThat(release.meetings()).hasSize(1);
    }

    @Test
    void aCallOnByAnEnvoyIsALaterMeeting() {
        PressRelease release = parse("Ambassador Ana Ruiz of Peru called on Prime Minister Tariq Mehmood on Monday. In a separate"
                + " call-on by Ambassador Luis Ortega of Chile, the Prime Minister discussed trade.");

        assertThat(release.meetings()).hasSize(2);
    }

    @Test
    void anEnvoyWhoCalledOnThePersonAPronounStandsForMetThem() {
        Meeting meeting = main("Prime Minister Tariq Mehmood on Monday stressed the value of ties with Peru. He was talking to"
                + " Ambassador Ana Ruiz of Peru, who called on him at his office.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Tariq Mehmood", "Ana Ruiz");
    }

    @Test
    void hostsWhoSeparatelyReceivedAGuestMetTheGuestOnceEach() {
        PressRelease release = parse("President Ana Ruiz and Speaker Jorge Salas separately received Foreign Minister Grace Wanjiru"
                + " of Kenya in Lima on Monday.");

        assertThat(release.meetings()).extracting(m -> m.participants().stream().map(Person::name).toList())
                .containsExactly(List.of("Ana Ruiz", "Grace Wanjiru"), List.of("Jorge Salas", "Grace Wanjiru"));
    }

    @Test
    void talksTheSubjectsWelcomedWereHeldByOthers() {
        PressRelease release = parse("President Ana Ruiz and Speaker Jorge Salas welcomed the talks between the foreign ministers"
                + " of Peru and Kenya. Later, President Ruiz received Foreign Minister Grace Wanjiru of Kenya.");

        assertThat(release.meetings().get(0).participants()).extracting(Person::name)
                .containsExactly("Ana Ruiz", "Grace Wanjiru");
    }

    @Test
    void whoSentTheMessageAGuestDeliveredTakesNoPart() {
        Meeting meeting = main("President Ana Ruiz received Foreign Minister Grace Wanjiru of Kenya, who handed over a note of"
                + " goodwill sent by her President, H. E. Samuel Otieno.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Ruiz", "Grace Wanjiru");
    }

    @Test
    void theStatesWhoseDelegationsAHostReceivedAreNotTheHosts() {
        PressRelease release = PARSER.parse("test", "On Monday, President Ana Ruiz received senior delegations from the Kingdom of"
                + " Morocco and the Republic of Kenya at the palace. The Moroccan delegation was led by Youssef Alaoui,"
                + " Vice-Minister for Defence.").release();

        assertThat(release.meetings().get(0).participants()).filteredOn(p -> p.name().equals("Ana Ruiz"))
                .singleElement().satisfies(p -> assertThat(p.country()).isEmpty());
    }

    @Test
    void whoLeadsADelegationFromAStateSetOffByACommaIsOfThatState() {
        PressRelease release = PARSER.parse("test", "On Monday, President Ana Ruiz received the Foreign Minister of Kenya, Grace"
                + " Wanjiru. Later the President received the delegation from Chile, led by Luis Ortega,"
                + " Minister for Defence.").release();

        assertThat(release.people()).filteredOn(p -> p.name().equals("Luis Ortega"))
                .singleElement().satisfies(p -> assertThat(p.country()).hasValue(CountryCode.of("CL")));
    }

    @Test
    void twoWhoTalkedOnTheSidelinesOfAConferenceMetThere() {
        Meeting meeting = main("Глава МИД России Игорь Волков и его сирийский коллега Самир Хаддад на полях международной"
                + " конференции поговорили о положении в регионе.");

        assertThat(meeting.kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aWeekdayAfterAGatheringsNameDatesItAndIsNoPartOfIt() {
        PressRelease release = parse("Foreign Minister Ana Ruiz of Peru met Foreign Minister Igor Volkov of Russia in Munich. Both"
                + " had come for the Munich Security Conference on Saturday.");

        assertThat(release.related()).extracting(e -> e.name().orElse("")).containsExactly("Munich Security Conference");
    }

    @Test
    void meetingsContinuedWithSomeoneWereHeld() {
        Meeting meeting = main("Foreign Minister Ana Ruiz of Peru continued her meetings on the sidelines of the summit with her"
                + " Tajik counterpart Rustam Nazarov.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Ruiz", "Rustam Nazarov");
    }

    @Test
    void aLaterCeremonyOfCredentialsIsOfTheOtherKind() {
        PressRelease release = parse("On Wednesday, the Grand Duke received the outgoing ambassador of Peru, Ana Ruiz, for a farewell"
                + " audience. Also on Wednesday, the Grand Duke received the letters of credence of the new ambassadors of"
                + " Chile, Kenya and Slovakia.");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.OTHER);
    }

    @Test
    void envoysWhoPresentedTheirCredentialsLaterMetTheHost() {
        PressRelease release = parse("On Wednesday, President Marat Sadykov received Foreign Minister Ana Ruiz of Peru. Later, the"
                + " new ambassadors Luis Ortega of Chile and Jan Novak of Slovakia presented their letters of credence to"
                + " President Sadykov.");

        assertThat(release.meetings()).hasSize(2);
        assertThat(release.meetings().get(1).participants()).extracting(Person::name)
                .containsExactly("Marat Sadykov", "Luis Ortega", "Jan Novak");
    }

    @Test
    void biddingFarewellToAnEnvoyIsAMeeting() {
        Meeting meeting = main("Fisheries Minister Jone Vakatora bid farewell to outgoing Peruvian Ambassador Ana Ruiz in Suva on"
                + " Friday.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Jone Vakatora", "Ana Ruiz");
    }

    @Test
    void theCredentialsOfTwoNamedEnvoysArePresentedAtOneCeremony() {
        PressRelease release = parse("On Monday, President Marat Sadykov received Foreign Minister Ana Ruiz of Peru. Earlier, the"
                + " President received the credentials of Ambassador of Chile Luis Ortega and Ambassador of Slovakia Jan Novak.");

        assertThat(release.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.OTHER);
    }

    @Test
    void aSpeakerWhoTellsOfHerOwnTalksTookPart() {
        Meeting meeting = main("Foreign Minister Ana Ruiz of Peru said on Thursday that she had held talks with Foreign Minister"
                + " Luis Ortega of Chile.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Ana Ruiz", "Luis Ortega");
    }

    @Test
    void talksWithCounterpartsOfTwoStatesNamedTogetherLaterAreOneMeeting() {
        PressRelease release = parse("Deputy Secretary of State Mark Stone of the United States held talks with her counterparts"
                + " from Peru and Chile on Wednesday. Stone met with Peruvian Vice Foreign Minister Ana Ruiz and Chilean Vice"
                + " Foreign Minister Luis Ortega, but the two did not join Stone at the press conference.");

        assertThat(release.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Mark Stone", "Ana Ruiz", "Luis Ortega"));
    }

    @Test
    void anOfficeNamedForAnotherMeetingLeavesTheSideToTheGuest() {
        PressRelease release = parse("Vice President Jorge Salas of Peru received Foreign Minister Grace Wanjiru of Kenya in Lima."
                + " Before her meeting with the vice president, the visiting minister was received by Foreign Minister Ana Ruiz"
                + " of Peru.");

        assertThat(release.meetings()).last().satisfies(m -> assertThat(m.participants()).extracting(Person::name)
                .containsExactly("Grace Wanjiru", "Ana Ruiz"));
    }

    @Test
    void talksToldLaterComeFirstOnlyOnATrip() {
        PressRelease home = PARSER.parse("test", " date 2025-01-14 President Omar Haddad met with Prime Minister Anna Berg"
                + " of Norway on Monday.\n\nEarlier on Monday, Berg held talks with Minister of Investment Sami Nouri.\n")
                .release();
        PressRelease trip = PARSER.parse("test", " date 2025-01-14 Prime Minister Anna Berg of Norway paid an official visit"
                + " to Jordan on Monday.\n\nShe was received by King Omar Haddad.\n\nLater, Berg held talks with Prime"
                + " Minister Sami Nouri.\n").release();

        assertThat(home.meetings()).extracting(Meeting::kind).containsExactly(MeetingKind.MEETING, MeetingKind.TALKS);
        assertThat(trip.meetings()).extracting(Meeting::kind).startsWith(MeetingKind.VISIT, MeetingKind.TALKS);
    }

    @Test
    void namesAfterTheirCountrysPossessiveAreOfThatCountry() {
        assertThat(PARSER.parse("test", "Kuwait's Oleg Petrov and Portugal's Anna Wen commended the ties.\n").release().people())
                .extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Oleg Petrov", "KW"), tuple("Anna Wen", "PT"));
    }

    @Test
    void twoOfficialsSetOffByCommasAfterTheirPluralOfficeMetWhenTheyDiscussedSomething() {
        Meeting meeting = PARSER.parse("test", "Russian and Chinese foreign ministers, Oleg Petrov and Anna Wen,"
                + " discussed cooperation between their ministries.\n").release().meetings().get(0);

        assertThat(meeting.participants()).extracting(Person::name, p -> p.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Oleg Petrov", "RU"), tuple("Anna Wen", "CN"));
    }

    @Test
    void aVisitWhoseVisitorsAndDestinationTheTextLeavesOpenIsNoMeeting() {
        PressRelease release = PARSER.parse("test", "President Tom Reed on Saturday met with visiting Foreign Secretary"
                + " Ana Lopez of Chile.\n\nDefence Minister Karl Weiss also held talks with Lopez.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind).doesNotContain(MeetingKind.VISIT);
        assertThat(release.meetings()).allSatisfy(meeting -> assertThat(meeting.participants()).isNotEmpty());
    }

    @Test
    void aRoundOfConsultationsThatTookPlaceInTheMasculinePastIsHeld() {
        Meeting meeting = PARSER.parse("test", "1 мая 2023 года в Баку прошел первый раунд политических консультаций"
                + " между МИД Азербайджана и Перу.\nДелегацию Азербайджана возглавил заместитель министра иностранных"
                + " дел Иван Петров.\n").release().meetings().get(0);

        assertThat(meeting.kind()).isEqualTo(MeetingKind.CONSULTATIONS);
        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Иван Петров");
    }

    @Test
    void aMeetingThatHasTakenPlaceWasHeld() {
        Meeting meeting = main("A meeting between Tom Reed, Chairman of the Senate, and Ana Lopez, Ambassador of Peru,"
                + " has taken place today.");

        assertThat(meeting.participants()).extracting(Person::name).containsExactly("Tom Reed", "Ana Lopez");
    }

    @Test
    void aPlaceAfterAGatheringTheMeetingIsNotFramedInIsThatGatheringsNotTheMeetings() {
        assertThat(main("ASTANA – President Tom Reed met Russian Ambassador Ivan Petrov and noted the importance of"
                + " the forum in Kostanay.").location()).map(Place::name).contains("Astana");
        assertThat(main("ASTANA – President Tom Reed met Russian Ambassador Ivan Petrov at the opening of the forum"
                + " in Kostanay.").location()).map(Place::name).contains("Kostanay");
    }

    @Test
    void aDayALaterSentenceGivesToAPlanIsNotTheMeetingsDay() {
        PressRelease release = PARSER.parse("test", " date 2021-04-06 Daily\nForeign Minister Tom Reed met Ambassador"
                + " Ana Lopez of Peru at the ministry.\nReed and Lopez will lead their delegations at the talks to be"
                + " held on Wednesday.\n").release();

        assertThat(release.meetings().get(0).date()).isEmpty();
    }

    @Test
    void theCountryOfAnUnnamedCounterpartIsNotTheSubjects() {
        PressRelease release = PARSER.parse("test", " date 2021-04-06 Daily\nForeign Minister Tom Reed met Ambassador"
                + " Ana Lopez of Peru at the ministry.\n\nLater on Tuesday, Reed held talks with his Russian"
                + " counterpart.\n").release();

        assertThat(release.people()).filteredOn(p -> p.name().equals("Tom Reed"))
                .allSatisfy(p -> assertThat(p.country()).isEmpty());
    }

    @Test
    void statesJoinedByAndThatOpenTheSentenceAsItsSubjectTookPart() {
        Meeting meeting = PARSER.parse("test", " date 2021-02-24 Daily\nThe Foreign Ministries of Peru and Chile held"
                + " political consultations on February 23, 2021.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).containsExactly("PE", "CL");
        assertThat(PARSER.parse("test", " date 2021-02-24 Daily\nIn Lima, Peru and Chile held political"
                + " consultations on February 23, 2021.\n").release().meetings().get(0).countries()).isEmpty();
    }

    @Test
    void aMeetingWithCounterpartsFromSeveralStatesIsOneMeetingOfThemAll() {
        List<Meeting> meetings = PARSER.parse("test", " date 2020-08-08 Daily\nForeign Minister Tom Reed on Friday"
                + " held a meeting with his counterparts from Peru, Chile and Brazil.\n").release().meetings();

        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).countries()).extracting(CountryCode::code).contains("PE", "CL", "BR");
    }

    @Test
    void theStateOfAnUnnamedCounterpartTakesPart() {
        Meeting meeting = PARSER.parse("test", " date 2020-12-23 Daily\nFirst Vice Foreign Minister Tom Reed held"
                + " video talks with his Chilean counterpart on Wednesday.\n").release().meetings().get(0);

        assertThat(meeting.countries()).extracting(CountryCode::code).contains("CL");
    }

    @Test
    void aLeadThatVisitsABuildingFramesNoVisit() {
        PressRelease release = PARSER.parse("test", " date 2024-02-15 Daily\nLIMA, Feb 15: Interior Minister Tom Reed"
                + " along with Interior Secretary Juan Soto on Thursday visited the headquarters of the Federal Police.\n\n"
                + "On arrival, Director General Ana Lopez welcomed the Minister.\n\nThe Minister presided over a"
                + " meeting of the Police's officials.\n").release();

        assertThat(release.meetings()).extracting(Meeting::kind).doesNotContain(MeetingKind.VISIT);
    }

    @Test
    void aTalkAfterTheLeadWithOthersIsAFurtherMeeting() {
        List<Meeting> meetings = PARSER.parse("test", " date 2019-09-05 Вести\nСенатор Джон Картер провел встречу с"
                + " президентом Иваном Петренко.\nТакже сенатор сегодня пообщался с министром обороны Андреем"
                + " Бондаренко.\n").release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).contains("Андрей Бондаренко");
    }

    @Test
    void aNameRightAfterRussianTalksHeldWithIsTheOneMetThoughUntitled() {
        // the name after "переговоры с" is the one met, with neither office nor country before it
        List<Meeting> meetings = PARSER.parse("test", " date 2021-04-12 Вести\nПрезидент Армении Карен Азатян"
                + " встретился в Москве с премьер-министром России Иваном Петровым.\nПозже Карен Азатян провел"
                + " двусторонние переговоры с Сергеем Сидоровым.\n").release().meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).contains("Сергей Сидоров");
    }

    @Test
    void aNameAfterItsOfficeAndACommaInAListOfThoseMetIsOneMet() {
        // the office before the middle name went to the name before it; the comma after it says the list goes on
        List<Meeting> meetings = parse("Foreign Minister Lena Vogel held talks with Estonian Foreign Minister Kaja Tamm"
                + " in Tallinn on Monday.\nOn the margins of the regional forum she also met her Danish counterpart, Jens"
                + " Holt, Finnish Prime Minister, Aino Kallio, and the Swedish Trade Minister, Erik Berg.\nThe forum will"
                + " close on Wednesday, press secretary of the Ministry, Mark Lund said.\n").meetings();

        assertThat(meetings).hasSize(4);
        assertThat(meetings.get(2).participants()).extracting(Person::name).containsExactly("Lena Vogel", "Aino Kallio");
        assertThat(meetings).flatExtracting(Meeting::participants).extracting(Person::name).doesNotContain("Mark Lund");
    }

    @Test
    void whoLeadsADelegationThatCallsOnTheSubjectHoldsAMeetingOfItsOwn() {
        // the delegation's leader is named with no office; the call is no part of the talks reported before
        List<Meeting> meetings = parse("President Ana Lopez held talks with Portuguese Prime Minister Rui Matos in Lisbon"
                + " on Friday.\nA delegation of the Fishermen League led by Tiago Reis also called on President Lopez"
                + " and handed her a petition.\n").meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Ana Lopez", "Rui Matos");
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Ana Lopez", "Tiago Reis");
    }

    @Test
    void aCapitalisedMayAfterAGivenNameEndsTheNameAndMakesNoPlan() {
        // a modal verb is capitalised only where its sentence opens
        List<Meeting> meetings = parse("Prime Minister Carol May spoke with Danish Prime Minister Jens Holt and discussed"
                + " fisheries and energy.\nThe two leaders agreed to stay in close touch.\n").meetings();

        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(meetings.get(0).participants()).extracting(Person::name).contains("Jens Holt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bi-National Commission", "Binational Commission"})
    void aSessionOfABinationalCommissionIsAMeeting(String commission) {
        // the standing commission of two states some pairs name so, as others name a joint commission
        List<Meeting> meetings = parse("On Thursday, Foreign Minister Ana Lopez and her Ecuadorian counterpart Rui Matos"
                + " attended the review of the fourth session of the " + commission + " in Quito, to take stock of"
                + " projects.\n").meetings();

        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(meetings.get(0).participants()).extracting(Person::name).containsExactly("Ana Lopez", "Rui Matos");
    }

    @Test
    void aFurtherMeetingOfASummitsLeadIsOfItsOwnMeetingWord() {
        // the summit's word comes first in the sentence; the bilateral meetings after it are no summit
        List<Meeting> meetings = parse("Prime Minister Tomas Verlan took part in the fifth Harbour Summit in Velda on Sunday"
                + " and also had bilateral meetings with President Oren Calvas of Morland and Prime Minister Ilse Brandt"
                + " of Sorvia.\n").meetings();

        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Tomas Verlan", "Ilse Brandt");
        assertThat(meetings.get(1).kind()).isEqualTo(MeetingKind.MEETING);
    }

    @Test
    void aVisitsMeetingsToldSeveralInALaterSentenceAreOneMeetingEach() {
        // the visit's own sentence names none of those met; the sentence that says the meetings were several does
        List<Meeting> meetings = parse("Minister of Agriculture Lina Corvel paid a working visit to Austria on 4 March."
                + " While there, she held meetings with Chancellor Emil Strand and Economy Minister Hugo Brenner.\n").meetings();

        assertThat(meetings).hasSize(3);
        assertThat(meetings.get(0).kind()).isEqualTo(MeetingKind.VISIT);
        assertThat(meetings.get(1).participants()).extracting(Person::name).containsExactly("Lina Corvel", "Emil Strand");
        assertThat(meetings.get(2).participants()).extracting(Person::name).containsExactly("Lina Corvel", "Hugo Brenner");
    }

    @Test
    void aMeetingWithAGuestAClausePutsInTheCountryWasHeldInTheHostsState() {
        assertThat(main("Deputy Minister Oren Malik of Norway, who is visiting the country, held talks with Chilean Trade"
                + " Minister Rosa Ibarra on Tuesday. Chile and Norway signed a fisheries accord in 2019.").location())
                .map(Place::name).contains("Chile");
        assertThat(main("Chilean Trade Minister Rosa Ibarra received Deputy Minister Oren Malik of Norway on Tuesday."
                + " Malik, who is here for three days, also toured the port. Chile buys salmon feed from Norway.")
                .location()).map(Place::name).contains("Chile");
        assertThat(main("Chilean Trade Minister Rosa Ibarra spoke by telephone with Deputy Minister Oren Malik of Norway,"
                + " who was in the country last spring. Chile buys salmon feed from Norway.").location()).isEmpty();
    }
}
