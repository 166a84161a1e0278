package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.Credit;
import io.github.readout.core.CreditKind;
import io.github.readout.core.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noise stage with what it reads from the furniture: credits, datelines, attributions. */
class NoiseFilterTest {

    private static Layout layout(String text) {
        return NoiseFilter.apply(text, Segmenter.blocks(text), Lexicons.load("en", new LexiconExtension().snapshot())::isPlace);
    }

    private static List<String> prose(String text) {
        return layout(text).prose().stream().map(s -> s.cut(text)).collect(Collectors.toList());
    }

    @Test
    void bannerLinesAndShareAreNotParagraphs() {
        String text = "An official website of the U.S. government Here's how you know\n\n"
                + ".gov means it's official.\n\n"
                + "Federal government websites use a .gov or .mil address. Check the address before you share"
                + " sensitive information.\n\n"
                + "Share\n\n"
                + "Secretary Hartwell met Kyrgyz Foreign Minister Osmonov today in Washington.\n\n"
                + "Share this page\n";

        assertThat(prose(text)).containsExactly(
                "Secretary Hartwell met Kyrgyz Foreign Minister Osmonov today in Washington.");
    }

    @Test
    void beginTextAndEndTextAreNotParagraphs() {
        String text = "The following joint statement was released today.\n\n"
                + "Begin Text:\n\n"
                + "On April 23, 2024, the ministers met.\n\n"
                + "They decided to meet again.\n\n"
                + "End Text.\n";

        assertThat(prose(text)).containsExactly(
                "The following joint statement was released today.",
                "On April 23, 2024, the ministers met.",
                "They decided to meet again.");
    }

    @Test
    void headingsDateLinesAndTagListsAreNotParagraphs() {
        String text = "Secretary Blinken's Meeting with Kyrgyz Foreign Minister Kulubaev\n\n"
                + "Readout\n\n"
                + "May 7, 2024\n\n"
                + "Secretary Blinken met the minister today.\n\n"
                + "Tags\n\n"
                + "Bureau of South and Central Asian Affairs\n\n"
                + "Kyrgyzstan\n";

        assertThat(prose(text)).containsExactly("Secretary Blinken met the minister today.");
    }

    @Test
    void aLineThatALinkLabelAndItsColonOpenIsAnotherStorysTitleNoParagraph() {
        String text = "President Ruiz received the visiting Chilean foreign minister Ana Soto in Santiago on Monday.\n\n"
                + "(Read: Dockworkers' strike enters its third day in the northern ports).\n\n"
                + "The two leaders discussed trade.\n\n"
                + "READ MORE: Chile and Peru sign a border accord in Lima\n";

        assertThat(prose(text)).containsExactly("President Ruiz received the visiting Chilean foreign minister Ana Soto in Santiago on Monday.",
                "The two leaders discussed trade.");
    }

    @Test
    void shortSentenceCutOffMidWayIsProseNotAHeading() {
        String text = "Secretary Blinken's Meeting with Kyrgyz Foreign Minister Kulubaev\n\n"
                + "The ministers met.\n\n"
                + "The next meeting is expected to take place in";

        assertThat(prose(text)).containsExactly("The ministers met.", "The next meeting is expected to take place in");
    }

    @Test
    void creditLinesBecomeCreditsNotParagraphs() {
        String text = "Photo credit: Ministry of Foreign Affairs of Kazakhstan\n\n"
                + "The ministers met.\n\n"
                + "Photo: Embassy of India in Kazakhstan\n\n"
                + "They discussed trade.\n\n"
                + "Images | Kazakh MFA\n";
        Layout layout = layout(text);

        assertThat(layout.credits()).extracting(Credit::kind, Credit::holder).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CreditKind.PHOTO, "Ministry of Foreign Affairs of Kazakhstan"),
                org.assertj.core.groups.Tuple.tuple(CreditKind.PHOTO, "Embassy of India in Kazakhstan"),
                org.assertj.core.groups.Tuple.tuple(CreditKind.IMAGE, "Kazakh MFA"));
        assertThat(layout.credits()).extracting(c -> c.span().cut(text)).containsExactly(
                "Photo credit: Ministry of Foreign Affairs of Kazakhstan",
                "Photo: Embassy of India in Kazakhstan",
                "Images | Kazakh MFA");
        assertThat(prose(text)).containsExactly("The ministers met.", "They discussed trade.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Images | Kazakh MFA; IMAGE; Kazakh MFA",
        "Image: Akorda; IMAGE; Akorda",
        "Photo | U.S. Embassy in Kazakhstan; PHOTO; U.S. Embassy in Kazakhstan",
        "Photo credit: Ministry of Foreign Affairs of Kazakhstan.; PHOTO; Ministry of Foreign Affairs of Kazakhstan",
        "Photo: Embassy of India in Kazakhstan; PHOTO; Embassy of India in Kazakhstan",
        "Photos: gov.kz; PHOTO; gov.kz",
        "Text: Kazinform; TEXT; Kazinform",
    })
    void creditForms(String line, CreditKind kind, String holder) {
        String text = line + "\n\nThe ministers met.";
        Layout layout = layout(text);

        assertThat(layout.credits()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.holder()).isEqualTo(holder);
            assertThat(c.span()).isEqualTo(Span.of(0, line.length()));
        });
        assertThat(prose(text)).containsExactly("The ministers met.");
    }

    @Test
    void proseWithAColonIsNotACredit() {
        String text = "The ministers noted: trade grew by ten percent.";
        assertThat(layout(text).credits()).isEmpty();
        assertThat(prose(text)).containsExactly(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "ASTANA – The fifth meeting of the Council was held today.; ASTANA; The fifth meeting",
        "NUR-SULTAN. KAZINFORM - Kazakh Foreign Minister Mukhtar Tileuberdi met the ambassador.; NUR-SULTAN; Kazakh Foreign",
        "ASTANA. KAZINFORM – Turkish Foreign Minister Hakan Fidan arrived in Astana.; ASTANA; Turkish Foreign",
        "WASHINGTON, May 31 – Secretary Blinken met the minister.; WASHINGTON; Secretary Blinken",
        "MADRID — Murat Nurtleu held talks in Madrid.; MADRID; Murat Nurtleu",
        "NEW YORK – The C5+1 ministers met.; NEW YORK; The C5+1",
        "ALMATY (KAZINFORM) – The forum opened.; ALMATY; The forum",
        "BISHKEK (AKIpress) - President Sadyr Japarov held a call.; BISHKEK; President Sadyr",
        "BAKU, Azerbaijan, June 6. The joint commission met.; BAKU; The joint",
        "MOSCOW, March 12. /TASS/. Russian Foreign Minister Sergey Lavrov held talks.; MOSCOW; Russian Foreign",
        "BEIJING, June 4 (Xinhua) -- Chinese President Xi Jinping met the minister.; BEIJING; Chinese President",
        "Tashkent, 12 September 2024 – The minister received the ambassador.; Tashkent; The minister",
        "LUSAKA- The President of Malawi Ana Banda met the minister.; LUSAKA; The President",
        "Nairobi October 1/2020(KNA) Kenyan officials met the minister.; Nairobi; Kenyan officials",
        "Nairobi, June 4/2020( KNA) The minister met the ambassador.; Nairobi; The minister",
    })
    void datelineGivesPlaceAndTheFirstParagraphStartsAfterTheDash(String lead, String place, String start) {
        String text = lead + "\n\nThe sides discussed cooperation.";
        Layout layout = layout(text);

        assertThat(layout.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo(place);
            assertThat(d.span().start()).isZero();
            assertThat(d.span().cut(text)).startsWith(place);
            assertThat(text.substring(d.span().end()).strip()).startsWith(start);
        });
        assertThat(prose(text)).hasSize(2);
        assertThat(prose(text).get(0)).startsWith(start);
        assertThat(prose(text).get(1)).isEqualTo("The sides discussed cooperation.");
    }

    @Test
    void aCityInTitleCaseAndACommaBeforeASentenceIsADatelineButNotAListOfPlaces() {
        String spa = "Riyadh, Prince Faisal bin Saad, Minister of Energy, received here the Chief of Naval Staff of Oman.";
        String list = "Moscow, Beijing and Delhi agreed to hold talks of their foreign ministers on trade and energy.";
        String dated = "Tokyo, Oct. 28 (Agency)--The foreign ministers of both countries spoke by phone on trade and security.";

        assertThat(layout(spa).dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Riyadh"));
        assertThat(prose(spa).get(0)).startsWith("Prince Faisal");
        assertThat(layout(list).dateline()).isEmpty();
        assertThat(layout(dated).dateline()).hasValueSatisfying(d -> assertThat(d.span().cut(dated)).contains("Oct. 28"));
    }

    @Test
    void datelineIsReadAtTheStartOfTheFirstThreeParagraphsOnly() {
        String teaser = "The ministers met.\n\nASTANA – The second paragraph.";
        assertThat(layout(teaser).dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("ASTANA"));
        assertThat(prose(teaser)).containsExactly("The ministers met.", "The second paragraph.");

        String deep = "One.\n\nTwo.\n\nThree.\n\nASTANA – The fourth paragraph.";
        assertThat(layout(deep).dateline()).isEmpty();
    }

    @Test
    void datelineOnALineUnderAHeadlineKeepsTheHeadline() {
        String text = "Rahmon meets Abdullah\nDUSHANBE, 21.06.2018. /NIAT Khovar/. The President received him.";
        assertThat(layout(text).dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("DUSHANBE"));
        assertThat(prose(text)).containsExactly("Rahmon meets Abdullah", "The President received him.");
    }

    @Test
    void datelineMayStandBelowShortMenuLinesButNotBelowAParagraph() {
        String menus = "Select language\nNews\nHome > Politics\nLatest\nSeoul and Hanoi hold talks\n"
                + "HANOI, May 3 (Agency) -- The ministers met.";
        String summary = "Menu\nOne\nTwo\n" + "The ministers of both countries met on Friday to discuss trade, energy, transport,"
                + " culture, tourism and the visits planned for next year in detail.\nHANOI, May 3 (Agency) -- They met.";
        assertThat(layout(menus).dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("HANOI"));
        assertThat(layout(summary).dateline()).isEmpty();
    }

    @Test
    void aBodyBeforeAColonOpensNoDateline() {
        Lexicons russian = Lexicons.load("ru", new LexiconExtension().snapshot());
        String text = "МИД: министры обсудили положение дел\n\nМинистры встретились.";
        Layout layout = NoiseFilter.apply(new BodyText(text), Segmenter.blocks(text), russian::isPlace, russian::isOrganization);

        assertThat(layout.dateline()).isEmpty();
        assertThat(Datelines.find("МОСКВА: Министры встретились.", Span.of(0, 28), russian::isPlace, russian::isOrganization))
                .hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("МОСКВА"));
    }

    @Test
    void anAgencysNameInQuotesOrNumberedAfterAKnownCitysCommaEndsADateline() {
        Lexicons russian = Lexicons.load("ru", new LexiconExtension().snapshot());
        for (String text : new String[] {"Ташкент, «Вести.уз». Делегации обсудили торговлю.",
                "Минск, \"ДЕНЬ.BY\". Стороны подписали соглашение.", "Ереван, ИА Вестник24. Министры провели беседу."}) {
            assertThat(Datelines.find(text, Span.of(0, text.length()), russian::isPlace, russian::isOrganization)).as(text)
                    .hasValueSatisfying(d -> assertThat(d.place()).isEqualTo(text.substring(0, text.indexOf(','))));
        }
        String byline = "Анна Светлова, «Вести.уз». Делегации обсудили торговлю.";
        assertThat(Datelines.find(byline, Span.of(0, byline.length()), russian::isPlace, russian::isOrganization)).isEmpty();
    }

    @Test
    void aCitysNounBeforeItsNameOpensADatelineOfThatPlace() {
        Lexicons russian = Lexicons.load("ru", new LexiconExtension().snapshot());
        String text = "г. Самарканд, 19 ноября 2024 г. Накануне министры двух стран провели переговоры в резиденции.";

        assertThat(Datelines.find(text, Span.of(0, text.length()), russian::isPlace, russian::isOrganization))
                .hasValueSatisfying(d -> {
                    assertThat(d.place()).isEqualTo("Самарканд");
                    assertThat(d.span().cut(text)).isEqualTo("г. Самарканд, 19 ноября 2024 г.");
                });
    }

    @Test
    void anAgencysAddressBeforeADashIsNoDateline() {
        String text = "NEWSWIRE.COM - On June 1, the ministers met.";

        assertThat(Datelines.find(text, Span.of(0, text.length()), p -> false, b -> false)).isEmpty();
        assertThat(Datelines.find("BISHKEK - On June 1, the ministers met.", Span.of(0, 39), p -> false, b -> false))
                .hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("BISHKEK"));
    }

    @Test
    void aSlashOrADashWithinTheBracketsOfACreditEndsNoDateline() {
        String text = "ABU DHABI, (NewsPoint / Gulf Point News / WAM - 03rd May, 2021) The minister met his counterpart.";

        assertThat(Datelines.find(text, Span.of(0, text.length()), p -> p.equals("ABU DHABI"), b -> false))
                .hasValueSatisfying(d -> assertThat(d.span().cut(text).strip()).endsWith("2021)"));
    }

    @Test
    void aFullDateAndADashBeforeThePlaceOpenADateline() {
        String text = "June 3, 2021 - Ottawa, Ontario - Global Affairs Canada";

        assertThat(Datelines.find(text, Span.of(0, text.length()), p -> p.equals("Ottawa"), b -> false))
                .hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Ottawa"));
    }

    @Test
    void aPlaceInCapitalsGluedByAHyphenToTheLeadIsItsDateline() {
        String text = "KARACHI-Dutch Ambassador Pieter Smit called on the Governor on Monday.";

        assertThat(Datelines.find(text, Span.of(0, text.length()), p -> p.equals("KARACHI"), b -> false))
                .hasValueSatisfying(d -> assertThat(d.span().cut(text)).isEqualTo("KARACHI-"));
        String pair = "UAE-Saudi talks were held in Riyadh.";
        assertThat(Datelines.find(pair, Span.of(0, pair.length()), p -> p.equals("UAE"), b -> false)).isEmpty();
    }

    @Test
    void datelineFormsOfRealPages() {
        for (String[] c : new String[][] {
                {"LONDON: The UAE and Egypt stressed.", "LONDON"},
                {"Cairo: Egyptian Minister Badr Abdelatty spoke.", "Cairo"},
                {"Tokyo, Oct. 28 (Jiji Press)--Japanese Foreign Minister spoke.", "Tokyo"},
                {"Islamabad, Sep 7 (PTI) The Foreign Secretaries met.", "Islamabad"},
                {"New Delhi [India], April 13 (ANI): The ministers met.", "New Delhi"},
                {"KUALA LUMPUR (May 10): At the summit they met.", "KUALA LUMPUR"},
                {"ASTANA, July 5. /TASS/. Kazakh President Kassym-Jomart Tokayev met.", "ASTANA"},
                {"ASTANA. KAZINFORM Minister of Foreign Affairs met.", "ASTANA"},
                {"Baku, Azerbaijan, Jan. 16\n\nPresident Ilham Aliyev received.", "Baku"},
                {"Бишкек, 01.09.25. /Агентство/. Президент провел встречу.", "Бишкек"},
                {"24 сентября, Минск /Корр. Агентства/. Министр провел встречу.", "Минск"},
                {"Thursday, June 11, Vilnius - President Ana Torres met the minister.", "Vilnius"},
                {"June 11, Vilnius - President Ana Torres met the minister.", "Vilnius"},
                {"Новоград, 7 февраля /АГЕНТСТВО/. Министр провел встречу.", "Новоград"},
                {"DUSHANBE. The Prime Minister held a meeting.", "DUSHANBE"},
                {"Lusaka, October 21, 2024 (Agency) – The Chairperson met the minister.", "Lusaka"},
                {"Rabat, August 21, 2023, In a recent call the ministers spoke.", "Rabat"},
                {"Wed, 24 Jan 2024 - 07:24 GMT\n\nCAIRO – 24 January 2024: The minister spoke.", "CAIRO"}}) {
            assertThat(layout(c[0]).dateline()).as(c[0]).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo(c[1]));
        }
    }

    @Test
    void aCapitalisedWordThatIsNoPlaceIsNoDateline() {
        assertThat(layout("Turkish foreign minister meets counterpart\n\nHe met him.").dateline()).isEmpty();
        assertThat(layout("Source: MTI\n\nThe Prime Minister spoke.").dateline()).isEmpty();
        assertThat(layout("Saturday, 25 July /Agency/\n\nThe Prime Minister spoke.").dateline()).isEmpty();
    }

    @Test
    void leadWithoutDatelineHasNone() {
        String text = "Deputy Prime Minister – Minister of Foreign Affairs Murat Nurtleu met the ambassador.";
        Layout layout = layout(text);

        assertThat(layout.dateline()).isEmpty();
        assertThat(prose(text)).containsExactly(text);
    }

    @Test
    void acronymBeforeAHyphenIsNotADatelineWhenLowerCaseFollows() {
        String text = "EU - related issues were discussed.";
        assertThat(layout(text).dateline()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The ministers met in Astana, the press service of the Kazakh MFA reports.; Kazakh MFA",
        "The President sent a message of condolences, the Akorda press service reports.; Akorda",
        "Kazakh Foreign Minister met the ambassador, Kazinform cites the press service of the Kazakh Foreign Ministry.;"
                + " Kazakh Foreign Ministry",
        "The visa-free regime is extended until the end of 2025, the Ministry of Foreign Affairs reports.;"
                + " Ministry of Foreign Affairs",
        "The ministers met, press service of the Kazakh MFA reports.; Kazakh MFA",
        "The talks were constructive, according to the Kazakh MFA.; Kazakh MFA",
        "Министры обсудили сотрудничество, передает Агентство Север.; Агентство Север",
        "Об этом сообщила пресс-служба правительства области.; пресс-служба правительства области",
        "Как сообщил корреспондент агентства «Восток: Новости», министры встретились.; агентства «Восток: Новости»",
    })
    void attributionNamesTheSource(String sentence, String organization) {
        String text = "Images | Kazakh MFA\n\n" + sentence + "\n\nThe sides discussed cooperation.";
        Layout layout = layout(text);

        assertThat(layout.attribution()).hasValueSatisfying(a -> {
            assertThat(a.organization()).isEqualTo(organization);
            assertThat(a.span().cut(text)).contains(organization);
        });
    }

    @Test
    void anAttributionOpeningALineLeavesTheLineBeforeIt() {
        String text = "Deputy Minister Ana Torres met Ambassador Paul Reed in Lima today.\nAs the press service of the"
                + " Ministry reported, the sides discussed trade.\n\nThe sides discussed cooperation.";
        Layout layout = layout(text);

        assertThat(layout.attribution()).hasValueSatisfying(a ->
                assertThat(a.span().cut(text)).startsWith("As the press service").doesNotContain("Ana Torres"));
    }

    @Test
    void kazinformCitesInADatelineLead() {
        String text = "NUR-SULTAN. KAZINFORM - Kazakh Foreign Minister Mukhtar Tileuberdi met with Ambassador"
                + " Alexey Borodavkin, Kazinform cites the press service of the Kazakh Foreign Ministry.\n\n"
                + "The sides discussed cooperation.";
        Layout layout = layout(text);

        assertThat(layout.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("NUR-SULTAN"));
        assertThat(layout.attribution()).hasValueSatisfying(a ->
                assertThat(a.organization()).isEqualTo("Kazakh Foreign Ministry"));
    }

    @Test
    void attributableToSpokespersonAfterOfficeLineGivesTheOffice() {
        String text = "Readout\n\n"
                + "Office of the Spokesperson\n\n"
                + "May 7, 2024\n\n"
                + "The following is attributable to Spokesperson Matthew Miller:\n\n"
                + "Secretary of State Antony J. Blinken met with Kyrgyz Foreign Minister Jeenbek Kulubaev today.\n";
        Layout layout = layout(text);

        assertThat(layout.attribution()).hasValueSatisfying(a -> {
            assertThat(a.organization()).isEqualTo("Office of the Spokesperson");
            assertThat(a.span().cut(text)).isEqualTo("The following is attributable to Spokesperson Matthew Miller:");
        });
        assertThat(layout.asides()).extracting(s -> s.cut(text))
                .containsExactly("The following is attributable to Spokesperson Matthew Miller:");
        assertThat(prose(text)).containsExactly(
                "Secretary of State Antony J. Blinken met with Kyrgyz Foreign Minister Jeenbek Kulubaev today.");
    }

    @Test
    void officeLineAloneIsTheAttribution() {
        String text = "Office of the Spokesperson\n\nThe Secretary met the minister today.";
        Layout layout = layout(text);

        assertThat(layout.attribution()).hasValueSatisfying(a -> {
            assertThat(a.organization()).isEqualTo("Office of the Spokesperson");
            assertThat(a.span().cut(text)).isEqualTo("Office of the Spokesperson");
        });
        assertThat(prose(text)).containsExactly("The Secretary met the minister today.");
    }

    @Test
    void aLineThatLabelsTheSourceIsTheAttributionAndSomeoneSpeakingIsNone() {
        String labelled = "Министры встретились в Минске.\n\nИсточник: vestnik.example.org";
        String speaking = "Министры встретились, сообщил журналистам пресс-секретарь Иван Орлов.";

        assertThat(layout(labelled).attribution()).hasValueSatisfying(a ->
                assertThat(a.organization()).isEqualTo("vestnik.example.org"));
        assertThat(layout(speaking).attribution()).isEmpty();
    }

    @Test
    void aQuoteClosedBeforeItsSpeakerGivesNoSource() {
        String text = "The Prime Minister met the leaders at the summit.\n\n"
                + "\"I also met my counterpart from Laos, Somchai Keomany,\" he said.";

        assertThat(layout(text).attribution()).isEmpty();
    }

    @Test
    void aSourceLineRightBelowProseLeavesTheProseAParagraph() {
        String text = "Министры встретились в Минске.\nИсточник: vestnik.example.org\nОни обсудили торговлю.";

        assertThat(prose(text)).containsExactly("Министры встретились в Минске.", "Они обсудили торговлю.");
        assertThat(layout(text).attribution()).hasValueSatisfying(a ->
                assertThat(a.organization()).isEqualTo("vestnik.example.org"));
    }

    @Test
    void releaseWithoutSourceHasNoAttribution() {
        String text = "The ministers met in Astana.\n\nThey discussed cooperation in trade.";
        assertThat(layout(text).attribution()).isEmpty();
    }

    @Test
    void blankBodyHasNoProse() {
        Layout layout = layout("");
        assertThat(layout.prose()).isEmpty();
        assertThat(layout.credits()).isEmpty();
        assertThat(layout.dateline()).isEmpty();
        assertThat(layout.attribution()).isEmpty();
    }

    @Test
    void galleryCountersAreChromeAndCopyrightLinesAreCredits() {
        String text = "• 1 of 5\n\n© Reuters\n\n• © Administration Of The President Of Ukraine\n\nThe President met him.";
        Layout layout = layout(text);
        assertThat(prose(text)).containsExactly("The President met him.");
        assertThat(layout.credits()).extracting(c -> c.holder())
                .containsExactly("Reuters", "Administration Of The President Of Ukraine");
    }

    @Test
    void aLineThatGoesOnFromAWordNoLineEndsWithOpensNoDateline() {
        String wrapped = "Joint statement of the ministers\nThe Minister of Foreign Affairs of\nPeru, Ms Ana Ruiz, and the Minister"
                + " of Foreign Affairs of Chile, Mr Tomas Vega, met today in Geneva.";

        assertThat(layout(wrapped).dateline()).isEmpty();
        assertThat(prose(wrapped)).singleElement().satisfies(p -> assertThat(p).contains("of\nPeru, Ms Ana Ruiz"));
    }

    @Test
    void aWebsiteSetOffByACommaAsTheSourceOfProseIsNoBanner() {
        String text = "An official website of the Kyrgyz Republic\n\n"
                + "The ministry has summoned Counsellor Serik Abenov, the official website of the ministry reported.\n";

        assertThat(prose(text)).containsExactly(
                "The ministry has summoned Counsellor Serik Abenov, the official website of the ministry reported.");
    }

    @Test
    void aCreditedCaptionOverADatelineIsAnAside() {
        String caption = "Foreign Minister Oleg Tarasov speaks at a meeting with Prime Minister Karim Haddad in Moscow,"
                + " Russia September 12, 2017. WIRE/Anna Berg";
        String story = "NEW YORK (Wire) - Oleg Tarasov and Brian Walsh met on Sunday.";
        String alone = "The ministers met in Moscow, Russia September 12, 2017. WIRE/Anna Berg";

        assertThat(prose(caption + "\n\n" + story)).containsExactly("Oleg Tarasov and Brian Walsh met on Sunday.");
        assertThat(layout(caption + "\n\n" + story).asides()).hasSize(1);
        assertThat(layout(alone + "\n\nThe talks went well.").asides()).isEmpty();
    }

    @Test
    void aHeadlineInTitleCaseAfterACountryAndAColonIsNoDateline() {
        String headline = "Honduras: OAS Secretary General Backs Call of President Reyes for National Dialogue";
        String story = "The Secretary General met the President of Honduras today.";

        assertThat(layout(headline + "\n\n" + story).dateline()).isEmpty();
        assertThat(prose(headline + "\n\n" + story)).containsExactly(story);
        assertThat(layout("June 3, 2021 - Ottawa, Ontario - Global Affairs Canada\n\n" + story).dateline()).isPresent();
    }

    @Test
    void aLineAboveTheStoryThatTheStoryEndsAParagraphWithIsATeaser() {
        String text = "Menon also saw the Foreign Minister of Bhutan and went over hydropower projects together.\n\n"
                + "External Affairs Minister Ravi Menon met the foreign ministers of Nepal and Bhutan in Colombo on Tuesday.\n\n"
                + "He also saw the Foreign Minister of Bhutan and went over hydropower projects together.\n";
        Layout layout = layout(text);
        assertThat(layout.headings()).singleElement().satisfies(h -> assertThat(h.cut(text)).startsWith("Menon also saw"));
        assertThat(prose(text)).hasSize(2);
        assertThat(prose("Ministers met in Colombo and talked of the hydropower projects of the region.\n\n"
                + "They agreed to meet again and reviewed the hydropower projects of the region.\n")).hasSize(2);
    }

    @Test
    void aKnownCityWithAWordInLowerCaseOpensADatelineLine() {
        String text = "Dar es Salaam, March 3\n\nPrime Minister Lena Holm on Sunday met President Amani Mwita of Tanzania.\n";
        assertThat(layout(text).dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Dar es Salaam"));

        String heading = "Tokyo to Host Talks\n\nPrime Minister Lena Holm will meet President Amani Mwita of Tanzania.\n";
        assertThat(layout(heading).dateline()).isEmpty();
    }

    @Test
    void aSourceInBracketsBeforeADatelineIsCutWithIt() {
        String text = "(MENAFN- Baltic News Agency (BNA)) RIGA, Oct 14 (BNA) -- Latvia's Foreign Minister Janis Ozols"
                + " met the Peruvian Foreign Minister Ana Torres on Monday.\n";

        assertThat(layout(text).dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("RIGA");
            assertThat(d.span().cut(text)).startsWith("(MENAFN- Baltic News Agency (BNA)) RIGA");
        });
    }

    @Test
    void theUnitedNationsSitesBannerIsNoProse() {
        String text = "Welcome to the United Nations, the house of all.\n\nNotes on the Secretary-General's talks with"
                + " the President of Peru\n\nThe Secretary-General met the President of Peru on Monday.\n";

        assertThat(prose(text)).noneMatch(block -> block.startsWith("Welcome"));
    }
}
