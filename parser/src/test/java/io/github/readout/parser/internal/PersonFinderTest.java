package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.readout.core.CountryCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The people stage on single sentences: both orders, appositions, counterparts, delegations. */
class PersonFinderTest {

    private static final Lexicons LEXICONS = Lexicons.load("en", new LexiconExtension());

    private static final CountryCode KZ = CountryCode.of("KZ");

    private static List<Mention> find(String text) {
        return find(LEXICONS, text);
    }

    private static List<Mention> find(Lexicons lexicons, String text) {
        return new PersonFinder(lexicons).find(text, Tokenizer.tokens(text, 0, text.length()), 0);
    }

    private static Mention only(String text) {
        List<Mention> mentions = find(text);
        assertThat(mentions).as(text).hasSize(1);
        return mentions.get(0);
    }

    // ---- title first ----------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foreign Minister Santiago Ruiz spoke.|Santiago Ruiz|Foreign Minister",
        "Secretary General of the Visegrad Fund Anna Nowak spoke.|Anna Nowak|Secretary General of the Visegrad Fund",
        "A delegation headed by chairman of the Saeima Janis Ozols came.|Janis Ozols|chairman of the Saeima",
        "Chairman of the Saeima (Parliament) of Latvia Janis Ozols spoke.|Janis Ozols|Chairman of the Saeima (Parliament)",
        "Director of the Nordic Foundation Anna Nowak spoke.|Anna Nowak|Director of the Nordic Foundation",
        "General Secretary To Van spoke.|To Van|General Secretary",
        "Foreign Secretary Bharat Raj Kumar spoke.|Bharat Raj Kumar|Foreign Secretary",
        "Assistant Secretary Lu spoke.|Lu|Assistant Secretary",
        "Minister of State for Trade Sultan bin Rashid Al-Nuaimi spoke.|Sultan bin Rashid Al-Nuaimi|Minister of State for Trade",
        "The Minister of State for Trade, Sultan bin Rashid Al-Nuaimi, spoke.|Sultan bin Rashid Al-Nuaimi|Minister of State for Trade",
        "Prince Sultan bin Rashid spoke.|Sultan bin Rashid|Prince",
        "Sultan Tariq bin Rashid spoke.|Tariq bin Rashid|Sultan",
        "Prime Minister KP Sharma Oli spoke.|KP Sharma Oli|Prime Minister",
        "NSA Ajit Kumar spoke.|Ajit Kumar|NSA",
        "Foreign Affairs CS Alfred Mutua spoke.|Alfred Mutua|Foreign Affairs CS",
        "The minister met senior Chinese diplomat Liu Jian.|Liu Jian|diplomat",
        "The minister met Senior US official Uzra Zeya.|Uzra Zeya|official"})
    void whereAnOfficeEndsAndANameStarts(String text, String name, String title) {
        Mention m = only(text);

        assertThat(m.name()).isEqualTo(name);
        assertThat(m.title()).contains(title);
    }

    @Test
    void theOsceChairInOfficeIsAnOfficeNotAName() {
        assertThat(find("He met OSCE Chairman-in-Office Bujar Osmani in Vienna.")).singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("Bujar Osmani"));
    }

    @Test
    void officesOfTalksAndOfParliaments() {
        assertThat(find("He met Greek Cypriot chief negotiator Menelaos Menelaou and MEP Tonino Picula."))
                .extracting(Mention::name).containsExactly("Menelaos Menelaou", "Tonino Picula");
        assertThat(find("Deputy Marshal of the Senate Magdalena Biejat met them.")).extracting(Mention::name)
                .containsExactly("Magdalena Biejat");
    }

    @Test
    void aCountrysOfficeAfterANameAndItsComma() {
        assertThat(find("He met Mr Saifuddin Abdullah, Malaysia's Foreign Minister.")).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Saifuddin Abdullah");
            assertThat(m.title()).contains("Foreign Minister");
            assertThat(m.country()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("MY"));
        });
    }

    @Test
    void aLowerCaseOfficeAfterANameKeepsTheLongNameOfItsBody() {
        assertThat(find("Anton Berg, head of the External Liaison Department of the Central Committee of the National"
                + " Unity Party of Veldia, also met him.")).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Anton Berg");
            assertThat(m.title()).contains("head of the External Liaison Department of the Central Committee"
                    + " of the National Unity Party of Veldia");
        });
    }

    @Test
    void abbreviatedHonorificsAreNoPartOfTheName() {
        assertThat(find("Foreign Minister Hugh Todd met Amb McDonald and US Ambassador to Ghana, H.E N. John Doe."))
                .extracting(Mention::name).containsExactly("Hugh Todd", "McDonald", "N. John Doe");
    }

    @Test
    void westminsterAndBhutaneseStylesAreNoPartOfTheName() {
        assertThat(find("Prime Minister Rt. Hon. Ana Vale met Lyonchhen Karma Dorji and Foreign Minister Lyonpo Tashi Wangdi."))
                .extracting(Mention::name).containsExactly("Ana Vale", "Karma Dorji", "Tashi Wangdi");
    }

    @Test
    void aCounterpartNamedAfterAnHonorificKeepsTheCountry() {
        assertThat(find("The minister later met her Bhutanese counterpart, Dr. Pema Wangmo, on Monday."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse("-"))
                .containsExactly(tuple("Pema Wangmo", "BT"));
    }

    @Test
    void aStateIsTheSideOfWhoLedItOnlyAsTheClausesSubject() {
        assertThat(only("Japan was represented by Prime Minister Kenji Sato.").country()).contains(CountryCode.of("JP"));
        assertThat(only("The relations between Chile and Peru were reviewed by Foreign Secretary Ana Torres.").country())
                .isEmpty();
    }

    @Test
    void aCounterpartTakesTheLongestPeoplesAdjectiveBeforeIt() {
        assertThat(find("Foreign Minister Kang Min met his North Korean counterpart Ri Son."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse("-"))
                .containsExactly(tuple("Kang Min", "-"), tuple("Ri Son", "KP"));
    }

    @Test
    void aBodyThatIsAMinistersPortfolioIsNotTheHoldersOrganisation() {
        Mention minister = only("Kim Lee, Minister of Trade and CARICOM Affairs, spoke.");

        assertThat(minister.title()).contains("Minister of Trade and CARICOM Affairs");
        assertThat(minister.international()).isFalse();
        assertThat(minister.organization()).isEmpty();
    }

    @Test
    void envoysListedEachWithTheirCountryInBrackets() {
        List<Mention> mentions = find("High Commissioners Ana Silva (Nigeria), Kofi Mensah (Ghana) and Paul Grant (Barbados) and"
                + " Ambassadors Jon Dahl (Norway), Ida Berg (European Union) and Eva Holm (Finland) presented their papers.");

        assertThat(mentions).extracting(Mention::name, m -> m.title().orElse("-"), m -> m.country().map(Object::toString).orElse("-"))
                .containsExactly(tuple("Ana Silva", "High Commissioner", "NG"), tuple("Kofi Mensah", "High Commissioner", "GH"),
                        tuple("Paul Grant", "High Commissioner", "BB"), tuple("Jon Dahl", "Ambassador", "NO"),
                        tuple("Ida Berg", "Ambassador", "-"), tuple("Eva Holm", "Ambassador", "FI"));
    }

    @Test
    void aBodysOfficeHeldByACountrysMinisterIsOfThatCountry() {
        assertThat(find("The OSCE Chairman-in-Office and Foreign Minister of Malta, Karl Vella, and UN"
                + " Secretary-General Antonio Guterres met."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse("-"), Mention::international)
                .containsExactly(tuple("Karl Vella", "MT", false), tuple("Antonio Guterres", "-", true));
    }

    @Test
    void aCountrysSecretaryGeneralIsOfThatCountryAndABodysIsOfNone() {
        assertThat(find("Austrian Secretary-General Petra Huber, Polish Deputy Secretary-General Jan Nowak,"
                + " Norwegian NATO Secretary General Jens Holm and the Kazakh Deputy Secretary-General of the OSCE,"
                + " Timur Aliyev, met."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse("-"))
                .containsExactly(tuple("Petra Huber", "AT"), tuple("Jan Nowak", "PL"), tuple("Jens Holm", "-"),
                        tuple("Timur Aliyev", "-"));
    }

    @Test
    void theOfficialADelegationCallsOnIsOfNoSideItLeads() {
        assertThat(find("A US delegation led by Deputy Secretary Helen Ward called on Minister for Planning Asad Malik."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse("-"))
                .containsExactly(tuple("Helen Ward", "US"), tuple("Asad Malik", "-"));
    }

    @Test
    void aCountrysNameBetweenAnOfficeAndANameIsTheOfficesCountryUnlessItIsAGivenName() {
        assertThat(find("FM Maldives Ahmed Zahir, Foreign Minister Maldives, Ali Shareef, and Minister Jordan Hale met."))
                .extracting(Mention::name, m -> m.title().orElse("-"), m -> m.country().map(Object::toString).orElse("-"))
                .containsExactly(tuple("Ahmed Zahir", "FM", "MV"), tuple("Ali Shareef", "Foreign Minister", "MV"),
                        tuple("Jordan Hale", "Minister", "-"));
    }

    @Test
    void aHighRepresentativeServesABodyNamedAfterTheOfficeWord() {
        assertThat(find("High Representative Josep Vidal and the Secretary-General of ASEAN, Kao Hourn, met."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse("-"),
                        m -> m.organization().orElse("-"), Mention::international)
                .containsExactly(tuple("Josep Vidal", "-", "High Representative", true), tuple("Kao Hourn", "-", "ASEAN", true));
    }

    @Test
    void theAfternoonOfATimeIsNoOffice() {
        assertThat(find("Updated 06:15 PM IST Business Standard")).isEmpty();
    }

    @Test
    void aPluralOfficeListsEachAfterTheirCountry() {
        List<Mention> mentions = find("The President received the credentials of the new ambassadors of Uruguay, Nestor"
                + " Navas, Chile, Julia Fiore and Australia, Tegan Brook, who will reside abroad.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Nestor Navas", "Julia Fiore", "Tegan Brook");
        assertThat(mentions).extracting(m -> m.country().map(Object::toString).orElse("-")).containsExactly("UY", "CL", "AU");
    }

    @ParameterizedTest
    @ValueSource(strings = {"President Ferdinand \"Bongbong\" Cruz Jr. met the envoy.",
        "President Ferdinand “Bongbong” Cruz Jr. met the envoy."})
    void aNicknameInQuotesIsPartOfTheName(String text) {
        Mention m = only(text);

        assertThat(m.name()).startsWith("Ferdinand").endsWith("Cruz Jr").contains("Bongbong");
        assertThat(m.nameTokens()).containsExactly("ferdinand", "cruz", "jr");
    }

    @Test
    void aPluralOfficeListsItsHoldersOneAfterAnother() {
        List<Mention> mentions = find("The delegation included Ambassadors Sue M. Cobb, Richard T. McCoy, Timothy L."
                + " Towne and Bruce S. Gelt, and Senators Ann Reed and Tom Hale.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Sue M. Cobb", "Richard T. McCoy",
                "Timothy L. Towne", "Bruce S. Gelt", "Ann Reed", "Tom Hale");
        assertThat(mentions).extracting(m -> m.title().orElse("-")).containsExactly("Ambassador", "Ambassador",
                "Ambassador", "Ambassador", "Senator", "Senator");
    }

    @Test
    void titleWithoutCountry() {
        String text = "First Deputy Foreign Minister Akan Rakhmetullin met the ambassador.";
        Mention m = only(text);

        assertThat(m.name()).isEqualTo("Akan Rakhmetullin");
        assertThat(m.span().cut(text)).isEqualTo("Akan Rakhmetullin");
        assertThat(m.nameTokens()).containsExactly("akan", "rakhmetullin");
        assertThat(m.title()).contains("First Deputy Foreign Minister");
        assertThat(m.country()).isEmpty();
        assertThat(m.international()).isFalse();
        assertThat(m.first()).isZero();
        assertThat(m.end()).isEqualTo(6);
    }

    @Test
    void countryAfterOfLeavesTheTitleAndGivesTheCountry() {
        Mention m = only("He met Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov in Baku.");

        assertThat(m.name()).isEqualTo("Jeyhun Bayramov");
        assertThat(m.title()).contains("Minister of Foreign Affairs");
        assertThat(m.country()).contains(CountryCode.of("AZ"));
        assertThat(m.host()).isEmpty();
    }

    @Test
    void countryAfterTheNameGivesTheCountry() {
        Mention m = only("Wang Yi held phone talks with Foreign Minister Fumio Kishida of Japan.");

        assertThat(m.name()).isEqualTo("Fumio Kishida");
        assertThat(m.title()).contains("Foreign Minister");
        assertThat(m.country()).contains(CountryCode.of("JP"));
    }

    @Test
    void aRankOfBirthAfterAnOfficeIsNoPartOfTheTitle() {
        Mention m = only("He met Minister of Culture and Tourism Prince Turki bin Nasser.");

        assertThat(m.name()).isEqualTo("Turki bin Nasser");
        assertThat(m.title()).contains("Minister of Culture and Tourism");
        assertThat(only("He met Crown Prince Mohammed bin Salman.").title()).contains("Crown Prince");
    }

    @Test
    void aRankOfBirthAloneGivesWayToTheOfficeAfterTheName() {
        Mention m = only("Prince Faisal bin Farhan, Minister of Foreign Affairs of Saudi Arabia, received a call.");

        assertThat(m.name()).isEqualTo("Faisal bin Farhan");
        assertThat(m.title()).contains("Minister of Foreign Affairs");
        assertThat(m.country()).contains(CountryCode.of("SA"));
    }

    @Test
    void aTitleListsTheOfficesItHoldsAfterAComma() {
        Mention m = only("Egyptian Minister of Foreign Affairs, Emigration and Expatriates Affairs Karim Mansour called.");

        assertThat(m.name()).isEqualTo("Karim Mansour");
        assertThat(m.title()).contains("Minister of Foreign Affairs, Emigration and Expatriates Affairs");
        assertThat(m.country()).contains(CountryCode.of("EG"));
    }

    @Test
    void aCountrysBodyInsideTheTitleStaysAsWritten() {
        Mention m = only("First Deputy Chairman of Uzbekistan’s Senate Sodiq Safoyev received a delegation.");

        assertThat(m.name()).isEqualTo("Sodiq Safoyev");
        assertThat(m.title()).contains("First Deputy Chairman of Uzbekistan’s Senate");
        assertThat(m.country()).contains(CountryCode.of("UZ"));
    }

    @Test
    void anHonorificIsPartOfTheNameOfAListedOfficialWhoseNameItBegins() {
        assertThat(only("He met Bangladesh Prime Minister Sheikh Hasina.").name()).isEqualTo("Sheikh Hasina");
        assertThat(only("He met Crown Prince Sheikh Mohammed bin Zayed.").name()).isEqualTo("Mohammed bin Zayed");
    }

    @Test
    void anEventsNameBeforeACommaIsNoPartOfTheTitle() {
        Mention m = only("In Vientiane for the ASEAN 57th Foreign Ministers Meeting, Foreign Minister Murat Aksoy spoke.");

        assertThat(m.name()).isEqualTo("Murat Aksoy");
        assertThat(m.title()).contains("Foreign Minister");
    }

    @Test
    void demonymBeforeTheTitleGivesTheCountry() {
        Mention m = only("Kazakh Foreign Minister Mukhtar Tileuberdi received the delegation.");

        assertThat(m.name()).isEqualTo("Mukhtar Tileuberdi");
        assertThat(m.title()).contains("Foreign Minister");
        assertThat(m.country()).contains(KZ);
    }

    @Test
    void abbreviatedCountryBeforeTheTitle() {
        Mention m = only("U.S. Secretary of State Antony Blinken arrived in Astana.");

        assertThat(m.name()).isEqualTo("Antony Blinken");
        assertThat(m.title()).contains("Secretary of State");
        assertThat(m.country()).contains(CountryCode.of("US"));
    }

    @Test
    void ambassadorHasACountryOfOriginAndAHost() {
        Mention m = only("He received Ambassador Extraordinary and Plenipotentiary of the Russian Federation to"
                + " Kazakhstan Alexey Borodavkin.");

        assertThat(m.name()).isEqualTo("Alexey Borodavkin");
        assertThat(m.title()).contains("Ambassador Extraordinary and Plenipotentiary");
        assertThat(m.country()).contains(CountryCode.of("RU"));
        assertThat(m.host()).contains(KZ);
    }

    @Test
    void chargeDAffairesAdInterim() {
        Mention m = only("The event was attended by Chargé d'Affaires a.i. of Kazakhstan in the USA Azamat Zhumabekov.");

        assertThat(m.name()).isEqualTo("Azamat Zhumabekov");
        assertThat(m.title()).contains("Chargé d'Affaires a.i.");
        assertThat(m.country()).contains(KZ);
        assertThat(m.host()).contains(CountryCode.of("US"));
    }

    @Test
    void adInterimWrittenInFullGoesOnWithTheTitle() {
        Mention m = only("The Minister met the U.S. Chargé d'Affaires ad interim in the Kyrgyz Republic Paul Harding.");

        assertThat(m.name()).isEqualTo("Paul Harding");
        assertThat(m.title()).contains("Chargé d'Affaires ad interim");
        assertThat(m.country()).contains(CountryCode.of("US"));
    }

    @Test
    void anHonorificBetweenTheWordsOfANameIsOneOfThem() {
        Mention inside = only("The Emir met President Omar Sheikh Nuur of Somalia.");
        List<Mention> before = find("He met the Speaker of the Majlis Al-Shura Sheikh Khalid bin Saad Al-Rashid.");

        assertThat(inside.name()).isEqualTo("Omar Sheikh Nuur");
        assertThat(inside.title()).contains("President");
        assertThat(before).extracting(Mention::name).containsExactly("Khalid bin Saad Al-Rashid");
    }

    @Test
    void anOfficeInLowerCaseOfACapitalisedBodyIsATitle() {
        Mention m = only("The Speaker hosted a group headed by the president of the OSCE Parliamentary Assembly"
                + " Petra Lindgren.");

        assertThat(m.name()).isEqualTo("Petra Lindgren");
        assertThat(m.title()).contains("president of the OSCE Parliamentary Assembly");
        assertThat(find("He met the head of the National Academy of Sciences on Monday.")).isEmpty();
    }

    @Test
    void anOfficeInLowerCaseRightBeforeANameOfTwoWordsIsItsTitle() {
        assertThat(only("The talks were attended by deputy foreign minister Ivo Marek.").title())
                .contains("deputy foreign minister");
        assertThat(only("The minister met ambassador Dana Whitfield.").title()).contains("ambassador");
        assertThat(find("The minister thanked the president Whitfield.")).allSatisfy(m -> assertThat(m.name())
                .isNotEqualTo("Whitfield"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister met Pakistan's army chief Tariq Mahmood.|Tariq Mahmood|army chief",
        "The minister met China's top diplomat Wang Lei.|Wang Lei|top diplomat",
        "The minister met Tariq Mahmood, Pakistan's army chief.|Tariq Mahmood|army chief",
        "The minister met Pakistan's Chief of Army Staff, General Tariq Mahmood.|Tariq Mahmood|Chief of Army Staff",
    })
    void newsCopyNamesOfficesOfServicesAndDiplomacyAndARankIsNoPartOfTheName(String sentence, String name, String title) {
        Mention m = only(sentence);

        assertThat(m.name()).isEqualTo(name);
        assertThat(m.title()).contains(title);
        assertThat(m.country()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister met U.S. ambassador to India Dana Whitfield on Monday.",
        "The minister met the U.S. ambassador to India, Dana Whitfield, on Monday.",
        "The minister met Dana Whitfield, U.S. ambassador to India, on Monday.",
        "The minister met Dana Whitfield, the ambassador of the United States.",
    })
    void anOfficeInLowerCaseHeldInACountryIsTheTitleOfTheNameBeforeOrAfterIt(String sentence) {
        Mention m = only(sentence);

        assertThat(m.name()).isEqualTo("Dana Whitfield");
        assertThat(m.title()).contains("ambassador");
        assertThat(m.country()).contains(CountryCode.of("US"));
    }

    @Test
    void aLetterInBracketsAfterANameIsWhereSomeoneStandsInAPhoto() {
        List<Mention> mentions = find("Foreign Minister Kim Dae-ho (L) shakes hands with Foreign Minister Li Wen.");
        Mention retired = only("He met Minister for Interior Brig (R) Tariq Mahmood.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Kim Dae-ho", "Li Wen");
        assertThat(retired.name()).isEqualTo("Tariq Mahmood");
        assertThat(retired.title()).as("the rank and its mark are no part of the office").contains("Minister for Interior");
    }

    @Test
    void theLastWordOfAnOfficeIsNoNameBeforeAnotherOffice() {
        Mention m = only("He met visiting State Councilor and Foreign Minister Li Wen on Saturday.");

        assertThat(m.title()).contains("State Councilor and Foreign Minister");
    }

    @Test
    void aKingsRegnalNumberAndParticleStayInHisNameAndHisOfficeIsSaidOnce() {
        Mention m = only("He took a call from King of Jordan, His Majesty King Faisal III ibn Al Tariq.");

        assertThat(m.name()).isEqualTo("Faisal III ibn Al Tariq");
        assertThat(m.title()).contains("King");
    }

    @Test
    void aTitleThatAddressesTheHolderAfterACommaIsNoSecondOffice() {
        Mention m = only("He met the Vice Minister of Trade, Ambassador Lucia Ferro Vidal, on Monday.");
        Mention envoy = only("He received Special Envoy of Peru, Ambassador, Luis Garcia Ortega, who arrived on Monday.");

        assertThat(m.name()).isEqualTo("Lucia Ferro Vidal");
        assertThat(m.title()).contains("Vice Minister of Trade");
        assertThat(envoy.title()).contains("Special Envoy");
    }

    @Test
    void aSurnameInCapitalsAfterAGivenNameIsPartOfTheNameButAnHonourIsNot() {
        List<Mention> mentions = find("He met Foreign Minister Amara KONATE and Deputy Minister Ines TRAORE BAMBA.");
        Mention honoured = only("He met High Commissioner Peter Walsh OAM in Delhi.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Amara KONATE", "Ines TRAORE BAMBA");
        assertThat(honoured.name()).isEqualTo("Peter Walsh");
    }

    @Test
    void theBodyAnOfficeIsOfStaysInItsTitle() {
        Mention speaker = only("National Assembly Speaker Park Min-jae met the envoy on Tuesday.");
        Mention president = only("He met Senate President Mario Rossetti in Rome.");
        Mention minister = only("He met Foreign Minister Lena Vogel in Bonn.");

        assertThat(speaker.title()).contains("National Assembly Speaker");
        assertThat(president.title()).contains("Senate President");
        assertThat(minister.title()).contains("Foreign Minister");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He met the Deputy Speaker of the Sabor Ivan Horvat.|HR",
        "He met the Speaker of the Dewan Rakyat Ali Hassan.|MY",
        "He met the Speaker of the Dáil Seán Murphy.|IE",
        "He met the Speaker of the Hellenic Parliament Nikos Pappas.|GR",
    })
    void anOfficeOfANationalParliamentGivesItsCountry(String sentence, String country) {
        assertThat(only(sentence).country()).contains(CountryCode.of(country));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He met Director General of the Uruguayan Ministry of Foreign Affairs Lucia Bentancor.|UY|Director General of the Uruguayan Ministry of Foreign Affairs",
        "He met the Counsellor of the Chilean Embassy Ramon Ochoa.|CL|Counsellor of the Chilean Embassy",
        "He met the Head of the Europe Department at the Japanese Ministry of Foreign Affairs, Kenji Sato.|JP|Head of the Europe Department at the Japanese Ministry of Foreign Affairs",
    })
    void aPeoplesAdjectiveBeforeTheBodyOfAnOfficeGivesItsCountryAndStaysInTheTitle(String sentence, String country, String title) {
        Mention m = only(sentence);

        assertThat(m.country()).contains(CountryCode.of(country));
        assertThat(m.title()).contains(title);
    }

    @Test
    void aShortBracketBetweenAnOfficeAndTheCommaBeforeTheNameStaysInTheTitle() {
        Mention speaker = only("He met the Speaker of the Storting (Parliament), Kari Lund.");

        assertThat(speaker.name()).isEqualTo("Kari Lund");
        assertThat(speaker.title()).contains("Speaker of the Storting (Parliament)");
        assertThat(speaker.country()).contains(CountryCode.of("NO"));
    }

    @Test
    void aNameEndingAsAParticipleAfterTheCommaOfAnOfficeIsAName() {
        Mention minister = only("The minister met the Prime Minister of Bhutan, Tshering Wangdi, in Thimphu.");

        assertThat(minister.name()).isEqualTo("Tshering Wangdi");
        assertThat(minister.title()).contains("Prime Minister");
    }

    @Test
    void afterAnHonorificAnOfficesWordThatIsAlsoAGivenNameOpensTheName() {
        Mention minister = only("He met Mawlawi Amir Rahim Haqqani in Kabul.");

        assertThat(minister.name()).isEqualTo("Amir Rahim Haqqani");
        assertThat(minister.title()).isEmpty();
    }

    @Test
    void aTitleAfterANameAndTheArticleIsHisUnlessANameFollowsIt() {
        Mention speaker = only("He also met Rui Santos Costa, the President of the Assembly of the Republic.");
        List<Mention> listed = find("The minister met the President of Norway, Erik Dahl, the President of the"
                + " Storting (Parliament), Ola Berg, the Minister of Foreign Affairs, Kari Lunde, and Mr. Per Holm,"
                + " the Minister of Defence.");

        assertThat(speaker.title()).contains("President of the Assembly of the Republic");
        assertThat(listed).extracting(Mention::name).containsExactly("Erik Dahl", "Ola Berg", "Kari Lunde", "Per Holm");
        assertThat(listed.get(2).title()).contains("Minister of Foreign Affairs");
        assertThat(listed.get(3).title()).contains("Minister of Defence");
    }

    @Test
    void aTitleAfterANameEndsBeforeTheCityOfTheEventUnlessItsOfficeIsHeldThere() {
        Mention secretary = only("The minister met Daniel Ortega, US Secretary of Defense in Brussels, on Monday.");
        Mention envoy = only("The minister met Karim Aziz, Ambassador in Dhaka, on Monday.");

        assertThat(secretary.title()).contains("Secretary of Defense");
        assertThat(envoy.title()).contains("Ambassador in Dhaka");
    }

    @Test
    void aRankBeforeTheNameIsNoPartOfTheOfficeUnlessTheOfficeEndsInIt() {
        Mention general = only("Chief of Army Staff General Tarik Olsen met the envoy.");
        Mention lieutenant = only("He met Chief of Naval Staff Lieutenant General Ravi Tamsin.");
        Mention secretary = only("He met Secretary General Anna Lindqvist.");
        Mention speaker = only("He met President of the Senate of the States General Pieter Vos.");

        assertThat(general.name()).isEqualTo("Tarik Olsen");
        assertThat(general.title()).contains("Chief of Army Staff");
        assertThat(lieutenant.title()).contains("Chief of Naval Staff");
        assertThat(secretary.title()).contains("Secretary General");
        assertThat(speaker.title()).contains("President of the Senate of the States General");
    }

    @Test
    void aRankWrittenShortBetweenCommasIsNoPartOfTheOfficeBeforeIt() {
        Mention senior = only("Deputy Minister of Defence, Sen. Lieut. Gen. Tran Van Loc, received the envoy.");
        Mention colonel = only("He met Chief of Staff Lieut. Col. Anna Berg.");

        assertThat(senior.name()).isEqualTo("Tran Van Loc");
        assertThat(senior.title()).contains("Deputy Minister of Defence");
        assertThat(colonel.name()).isEqualTo("Anna Berg");
        assertThat(colonel.title()).contains("Chief of Staff");
    }

    @Test
    void aTitleSaidAgainAfterItsCountryIsOneTitle() {
        Mention m = only("The minister called on the Sultan of Brunei Sultan Haji Yusof Jamaluddin at the palace.");

        assertThat(m.title()).contains("Sultan");
        assertThat(m.country()).contains(CountryCode.of("BN"));
    }

    @Test
    void internationalOfficialHasNoCountry() {
        Mention m = only("UN Secretary-General António Guterres welcomed the decision.");

        assertThat(m.name()).isEqualTo("António Guterres");
        assertThat(m.title()).hasValueSatisfying(t -> assertThat(t).endsWith("Secretary-General"));
        assertThat(m.international()).isTrue();
        assertThat(m.country()).isEmpty();
    }

    @Test
    void aLowerCaseOfficeOfALowerCaseBodyBeforeANameIsItsTitle() {
        Mention m = only("They met the chair of the committee Marko Lind in Tallinn.");

        assertThat(m.name()).isEqualTo("Marko Lind");
        assertThat(m.title()).contains("chair of the committee");
    }

    @Test
    void theKalenjinParticleIsPartOfTheName() {
        assertThat(only("It was the first visit since President Daniel arap Moi left office.").name())
                .isEqualTo("Daniel arap Moi");
    }

    @Test
    void nameWithParticlesAndTheOrganizationOfTheTitle() {
        Mention m = only("He met President of the European Commission Ursula von der Leyen in Brussels.");

        assertThat(m.name()).isEqualTo("Ursula von der Leyen");
        assertThat(m.nameTokens()).containsExactly("ursula", "von", "der", "leyen");
        assertThat(m.title()).contains("President of the European Commission");
        assertThat(m.organization()).contains("European Commission");
        assertThat(m.international()).isTrue();
        assertThat(m.country()).isEmpty();
    }

    @Test
    void cityAfterOfStaysInTheTitleAndGivesTheCountry() {
        Mention m = only("He met Mayor of Almaty Yerbolat Dossayev yesterday.");

        assertThat(m.name()).isEqualTo("Yerbolat Dossayev");
        assertThat(m.title()).contains("Mayor of Almaty");
        assertThat(m.country()).contains(KZ);
    }

    @Test
    void connectorsInsideTheTitleBeforeTheName() {
        Mention m = only("He met Minister of Trade and Integration Kairat Torebayev.");

        assertThat(m.name()).isEqualTo("Kairat Torebayev");
        assertThat(m.title()).contains("Minister of Trade and Integration");
    }

    @Test
    void nameDoesNotStartInsideAnOrganizationOfTheTitle() {
        String text = "He met Governor of Astana International Financial Centre Renat Bekturov.";
        Mention m = only(text);

        assertThat(m.name()).isEqualTo("Renat Bekturov");
        assertThat(m.title()).contains("Governor of Astana International Financial Centre");
        assertThat(m.organization()).contains("Astana International Financial Centre");
        assertThat(m.country()).contains(KZ);
    }

    @Test
    void userTitleAndUserOrganizationAreRead() {
        LexiconExtension extension = new LexiconExtension();
        extension.addTitle("Guardian for Children");
        extension.addOrganization("Kazakh Invest", Optional.of(KZ));
        Lexicons lexicons = Lexicons.load("en", extension);

        String guardian = "Guardian for Children Dinara Zakiyeva opened the forum.";
        assertThat(find(guardian)).isEmpty();
        assertThat(find(lexicons, guardian)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Dinara Zakiyeva");
            assertThat(m.title()).contains("Guardian for Children");
        });

        assertThat(find(lexicons, "He met Chairman of Kazakh Invest Meirzhan Yussupov.")).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Meirzhan Yussupov");
            assertThat(m.title()).contains("Chairman of Kazakh Invest");
            assertThat(m.organization()).contains("Kazakh Invest");
            assertThat(m.country()).contains(KZ);
        });
    }

    // ---- name first -----------------------------------------------------------------------

    @Test
    void nameThenTitleAfterAComma() {
        Mention m = only("Aidar Kuanyshev, Director of the Consular Service Department, briefed the journalists.");

        assertThat(m.name()).isEqualTo("Aidar Kuanyshev");
        assertThat(m.title()).contains("Director of the Consular Service Department");
        assertThat(m.country()).isEmpty();
    }

    @Test
    void honorificsAreNeitherNameNorTitle() {
        String text = "The minister received H.E. Mr. Daniel N. Rosenblum, Ambassador Extraordinary and"
                + " Plenipotentiary of the United States of America to Kazakhstan, in Astana.";
        Mention m = only(text);

        assertThat(m.name()).isEqualTo("Daniel N. Rosenblum");
        assertThat(m.span().cut(text)).isEqualTo("Daniel N. Rosenblum");
        assertThat(m.title()).contains("Ambassador Extraordinary and Plenipotentiary");
        assertThat(m.country()).contains(CountryCode.of("US"));
        assertThat(m.host()).contains(KZ);
    }

    @Test
    void anHonorificsInitialsMayBeSpacedApart() {
        Mention m = only("The minister received H. E. Obiang Nguema Mbasogo, President of Equatorial Guinea.");

        assertThat(m.name()).isEqualTo("Obiang Nguema Mbasogo");
    }

    @Test
    void anInitialGluedToTheSurnameBeforeATitleIsAName() {
        Mention m = only("The other side was represented by J.Dorj, First Assistant Secretary.");

        assertThat(m.name()).isEqualTo("J.Dorj");
        assertThat(m.title()).contains("First Assistant Secretary");
    }

    @Test
    void aMinisterDesignateHoldsThatTitle() {
        Mention m = only("The ambassador paid a courtesy call on Foreign Minister-designate Ana Cruz in Accra.");

        assertThat(m.name()).isEqualTo("Ana Cruz");
        assertThat(m.title()).contains("Foreign Minister-designate");
    }

    @Test
    void aVenezuelanMinistersPossessiveStaysInTheTitle() {
        Mention m = only("The envoy met Minister of People’s Power for Foreign Affairs Ana Cruz in Caracas.");

        assertThat(m.name()).isEqualTo("Ana Cruz");
        assertThat(m.title()).contains("Minister of People’s Power for Foreign Affairs");
    }

    @Test
    void honorificAloneMakesAMentionWithoutATitle() {
        Mention m = only("Mr. Smith spoke at the event.");

        assertThat(m.name()).isEqualTo("Smith");
        assertThat(m.title()).isEmpty();
    }

    @Test
    void plainNameWithoutTitleOrHonorificIsNoMention() {
        assertThat(find("Aidar Kuanyshev briefed the journalists.")).isEmpty();
    }

    // ---- appositions, counterparts, delegations ------------------------------------------

    @Test
    void titleThenNameInCommas() {
        Mention m = only("He spoke with the Foreign Minister of Kazakhstan, Murat Nurtleu, about trade.");

        assertThat(m.name()).isEqualTo("Murat Nurtleu");
        assertThat(m.title()).contains("Foreign Minister");
        assertThat(m.country()).contains(KZ);
    }

    @Test
    void titleFollowedByACommaAndNoNameIsNoMention() {
        assertThat(find("He met the Foreign Minister of Kazakhstan, who praised the talks.")).isEmpty();
    }

    @Test
    void counterpartTakesTheCountryOfTheDemonym() {
        Mention m = only("Nurtleu held talks with his Azerbaijani counterpart Jeyhun Bayramov.");

        assertThat(m.name()).isEqualTo("Jeyhun Bayramov");
        assertThat(m.title()).isEmpty();
        assertThat(m.country()).contains(CountryCode.of("AZ"));
        assertThat(only("Nurtleu held talks with his Afghani counterpart, Ahmad Karimi.").country())
                .contains(CountryCode.of("AF"));
        assertThat(only("Nurtleu spoke with his Kenyan counterpart June Wanjiru Otieno.").name()).isEqualTo("June Wanjiru Otieno");
        assertThat(only("Nurtleu spoke with his Australian counterpart Mr Tom Reid.").name()).isEqualTo("Tom Reid");
    }

    @Test
    void aPortfolioOfSeveralWordsIsTheTitlesNotAName() {
        Mention m = only("Reed met Minister of Public Safety and Emergency Preparedness Paul Dunn on Friday.");

        assertThat(m.name()).isEqualTo("Paul Dunn");
        assertThat(m.title()).contains("Minister of Public Safety and Emergency Preparedness");
    }

    @Test
    void andBeforeAnotherPeoplesOfficeJoinsTwoPeopleNotTwoOffices() {
        assertThat(only("The President and Canadian Prime Minister Paul Dunn talked on Friday.").title())
                .contains("Prime Minister");
        assertThat(only("Deputy Prime Minister and Minister of Trade Anna Berg met him.").title())
                .contains("Deputy Prime Minister and Minister of Trade");
    }

    @Test
    void aWordAloneThatEndsWhatAnOfficeIsForIsNoName() {
        assertThat(find("He met the European Commissioner for Enlargement on Monday.")).isEmpty();
        assertThat(find("He met the Commander of the Northern Command on Monday.")).isEmpty();
        assertThat(find("Secretary of State Blinken met Minister for Foreign Affairs Wong.")).extracting(Mention::name)
                .containsExactly("Blinken", "Wong");
    }

    @Test
    void aParticipleThatOpensAClauseIsNoPartOfTheNameAfterIt() {
        assertThat(find("Welcoming Paul Dunn, President Anna Berg said ties were strong.")).extracting(Mention::name)
                .containsExactly("Paul Dunn", "Anna Berg");
        assertThat(find("Welcoming guests, Vice Premier Ding Xuexiang said ties were strong.")).extracting(Mention::name)
                .containsExactly("Ding Xuexiang");
    }

    @Test
    void theLastWordOfAnOfficesBodyIsNoPartOfTheNameAfterIt() {
        assertThat(find("He met Special Representative for the Southern Neighbourhood Paul Dunn on Monday."))
                .extracting(Mention::name).containsExactly("Paul Dunn");
    }

    @Test
    void theFirstOfTwoCounterpartsIsOfTheFirstPeopleListed() {
        List<Mention> found = find("Holm met his Finnish and Swiss counterparts Anna Berg and Paul Dunn.");

        assertThat(found).extracting(Mention::name).contains("Anna Berg");
        assertThat(found).filteredOn(m -> m.name().equals("Anna Berg")).singleElement()
                .satisfies(m -> assertThat(m.country()).contains(CountryCode.of("FI")));
    }

    @Test
    void twoOfficialsWhoMetEachOtherShareNoCountryThoseWhoMetSomeoneElseDo() {
        List<Mention> met = find("Ghanaian President Kwame Asante and Prime Minister Farid Rahman held a bilateral meeting in Dhaka.");
        List<Mention> delegation = find("Syrian Foreign Minister Omar Haddad and Defence Minister Sami Nasser held talks with the envoy.");

        assertThat(met).extracting(Mention::country).containsExactly(Optional.of(CountryCode.of("GH")), Optional.empty());
        assertThat(delegation).extracting(Mention::country)
                .containsExactly(Optional.of(CountryCode.of("SY")), Optional.of(CountryCode.of("SY")));
    }

    @Test
    void aFamilyNameInCapitalsWrittenFirstAfterATitleOpensTheName() {
        Mention minister = only("Minister for Foreign Affairs Ms. NAKAMURA Emi received a courtesy call.");
        Mention premier = only("Prime Minister KATO Hiroshi met the envoy.");

        assertThat(minister.name()).isEqualTo("NAKAMURA Emi");
        assertThat(minister.title()).contains("Minister for Foreign Affairs");
        assertThat(premier.name()).isEqualTo("KATO Hiroshi");
        assertThat(premier.title()).contains("Prime Minister");
    }

    @Test
    void aWhipIsAnOfficeHeldBesideAMinistry() {
        Mention whip = only("The envoy called on Minister of Highways and Chief Government Whip Nimal Perera today.");

        assertThat(whip.name()).isEqualTo("Nimal Perera");
        assertThat(whip.title()).contains("Minister of Highways and Chief Government Whip");
    }

    @Test
    void aPartysLabelBeforeANameIsPartOfNeitherNameNorTitle() {
        List<Mention> chairs = find("He met the Chairmen of the Senate Committee on Foreign Relations, Democrat Paul Carver and"
                + " Republican James Rusk.");
        Mention leader = only("He met the leader of the U.S. Senate Democratic Majority, Charles Shuster.");

        assertThat(chairs).extracting(Mention::name).containsExactly("Paul Carver", "James Rusk");
        assertThat(leader.name()).isEqualTo("Charles Shuster");
        assertThat(find("The Republican Guard commander Ali Hassan met the envoy.")).extracting(Mention::name)
                .containsExactly("Ali Hassan");
    }

    @Test
    void officialsAddedToAListAsWellAsAreOfItsSide() {
        List<Mention> senators = find("He met the leader of the U.S. Senate, Charles Shuster, as well as Senators Richard Blum,"
                + " Jack Reeves, and Margaret Hale.");

        assertThat(senators).extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Charles Shuster", "US"), tuple("Richard Blum", "US"), tuple("Jack Reeves", "US"),
                        tuple("Margaret Hale", "US"));
    }

    @Test
    void aMonthAndItsDayAfterANameAreNoPartOfIt() {
        assertThat(only("He met Defense Minister Nirmala Sita Dec. 3 in Washington.").name()).isEqualTo("Nirmala Sita");
        assertThat(only("He met Defense Minister Anna Berg May 9 in Washington.").name()).isEqualTo("Anna Berg");
        assertThat(only("Foreign Minister May Thet met him.").name()).isEqualTo("May Thet");
    }

    @Test
    void newZealandWrittenShortGivesItsOfficialsTheirCountry() {
        assertThat(only("NZ PM Helen Ward met the envoy.").country()).contains(CountryCode.of("NZ"));
    }

    @Test
    void delegationLeaderTakesTheCountryOfTheDelegation() {
        Mention m = only("The Uzbek delegation was led by Sherzod Nazarov, Head of the Department of Asian Countries.");

        assertThat(m.name()).isEqualTo("Sherzod Nazarov");
        assertThat(m.title()).contains("Head of the Department of Asian Countries");
        assertThat(m.country()).contains(CountryCode.of("UZ"));
    }

    @Test
    void eachDelegationGivesItsOwnLeaderItsCountry() {
        List<Mention> mentions = find("The Turkmen delegation was led by Deputy Minister Vepa Hajiyev, and the Kazakh"
                + " delegation by Ambassador Ruslan Bultrikov.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Vepa Hajiyev", "Ruslan Bultrikov");
        assertThat(mentions).extracting(Mention::country)
                .containsExactly(Optional.of(CountryCode.of("TM")), Optional.of(KZ));
    }

    @Test
    void aDelegationsSideEndsAtTheClauseWhileOpens() {
        List<Mention> mentions = find("The US delegation was led by Ambassador Zachary Holt while Additional Secretary"
                + " Imran Qadir is heading the other side.");

        assertThat(mentions).extracting(Mention::name, Mention::country).containsExactly(
                tuple("Zachary Holt", Optional.of(CountryCode.of("US"))), tuple("Imran Qadir", Optional.empty()));
        assertThat(mentions.get(1).title()).contains("Additional Secretary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heads the Chilean side", "is heading the Chilean delegation", "led the Chile delegation"})
    void anOfficialWhoLeadsACountrysSideIsOfThatCountry(String leads) {
        assertThat(only("Deputy Minister Ana Torres " + leads + ".").country()).contains(CountryCode.of("CL"));
    }

    @Test
    void aPluralOfficeSetOffAfterANameGivesTheNameNoCountry() {
        List<Mention> mentions = find("The forum, hosted by Prime Minister Ana Torres, the Presidents of Chile and Peru"
                + " opened together.");

        assertThat(mentions).extracting(Mention::name, Mention::country)
                .contains(tuple("Ana Torres", Optional.empty()));
    }

    @Test
    void anOfficialFromACountrysSideIsOfThatCountryNotTheNextOne() {
        List<Mention> mentions = find("Minister of Trade Ana Torres from Chilean side and Deputy Secretary for Commerce"
                + " Paul Reed from the US side put their names to the accord.");

        assertThat(mentions).extracting(Mention::name, Mention::country).containsExactly(
                tuple("Ana Torres", Optional.of(CountryCode.of("CL"))), tuple("Paul Reed", Optional.of(CountryCode.of("US"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foreign minister", "Deputy foreign minister", "Deputy Foreign minister"})
    void aTitleInLowerCaseAfterItsFirstWordIsWholeAtASentencesStart(String title) {
        assertThat(only(title + " Lee Dong-hoon held talks in Seoul.").title()).contains(title);
    }

    @Test
    void aDiplomatsRankAfterTheOfficesCountryIsNoPartOfTheTitle() {
        Mention m = only("Foreign Minister of Ghana Ambassador Ama Mensah arrived.");

        assertThat(m.title()).contains("Foreign Minister");
        assertThat(m.country()).contains(CountryCode.of("GH"));
        assertThat(only("Special Ambassador Ama Mensah arrived.").title()).contains("Special Ambassador");
    }

    @Test
    void aDiplomatsRankAfterTheOfficesBodyIsNoPartOfTheTitle() {
        assertThat(only("Head of the State Protocol Department of the Ministry of Foreign Affairs Ambassador Parviz"
                + " Mammadli arrived.").title()).contains("Head of the State Protocol Department of the Ministry of Foreign Affairs");
    }

    @Test
    void coChairsListedWithTheirCountriesEachHoldTheOffice() {
        assertThat(find("The Minsk Group Co-Chairs Ivan Popov (Russia), Luc Viscont (France) and Andrew Shaw (USA) took part."))
                .extracting(Mention::name, m -> m.title().orElse(""), Mention::country).containsExactly(
                        tuple("Ivan Popov", "Co-Chair", Optional.of(CountryCode.of("RU"))),
                        tuple("Luc Viscont", "Co-Chair", Optional.of(CountryCode.of("FR"))),
                        tuple("Andrew Shaw", "Co-Chair", Optional.of(CountryCode.of("US"))));
    }

    @Test
    void aStatesNameAfterFromOpensTheOfficeOfACaller() {
        assertThat(find("The King received a phone call from US President Mark Doyle."))
                .extracting(Mention::name, Mention::country).containsExactly(tuple("Mark Doyle", Optional.of(CountryCode.of("US"))));
    }

    @Test
    void theSecondOfTwoCounterpartsIsOfTheSecondPeople() {
        assertThat(find("She met her Australian and Indian counterparts Jane Holt and R. Kumar in Jakarta."))
                .extracting(Mention::name, Mention::country).containsExactly(
                        tuple("Jane Holt", Optional.of(CountryCode.of("AU"))), tuple("R. Kumar", Optional.of(CountryCode.of("IN"))));
    }

    @Test
    void aMilitaryAttacheOfTheTurkishRepublicIsTurkish() {
        Mention m = only("The minister met Military Attache of the Turkish Republic Fatih Polat.");

        assertThat(m.title()).contains("Military Attache");
        assertThat(m.country()).contains(CountryCode.of("TR"));
    }

    @Test
    void colleaguesFromAStateLedBySomeoneAreOfThatState() {
        List<Mention> mentions = find("Talks between the Belarusian delegation led by Minister Sergei Alenko and colleagues"
                + " from Equatorial Guinea led by Minister Simeon Esono took place in Malabo.");

        assertThat(mentions).extracting(Mention::country)
                .containsExactly(Optional.of(CountryCode.of("BY")), Optional.of(CountryCode.of("GQ")));
    }

    // ---- boundaries -----------------------------------------------------------------------

    @Test
    void twoPeopleJoinedByAndAreTwoMentions() {
        List<Mention> mentions = find("Kazakh Foreign Minister Murat Nurtleu and U.S. Secretary of State Antony Blinken"
                + " met in Washington.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Murat Nurtleu", "Antony Blinken");
        assertThat(mentions).extracting(Mention::country)
                .containsExactly(Optional.of(KZ), Optional.of(CountryCode.of("US")));
        assertThat(mentions).extracting(Mention::title)
                .containsExactly(Optional.of("Foreign Minister"), Optional.of("Secretary of State"));
    }

    @Test
    void nameEndsAtAConnector() {
        Mention m = only("The visit of Federal Chancellor Olaf Scholz to Kazakhstan was discussed.");

        assertThat(m.name()).isEqualTo("Olaf Scholz");
        assertThat(m.title()).contains("Federal Chancellor");
        assertThat(m.host()).isEmpty();
        assertThat(m.country()).isEmpty();
    }

    @Test
    void oneWordNameAfterATitle() {
        List<Mention> mentions = find("President Tokayev received Prime Minister of Pakistan Shehbaz Sharif.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Tokayev", "Shehbaz Sharif");
        assertThat(mentions.get(1).country()).contains(CountryCode.of("PK"));
    }

    @Test
    void dashJoinsTwoTitlesOfOnePerson() {
        Mention m = only("Deputy Prime Minister – Minister of Foreign Affairs Murat Nurtleu met the ambassador.");

        assertThat(m.name()).isEqualTo("Murat Nurtleu");
        assertThat(m.title()).contains("Deputy Prime Minister – Minister of Foreign Affairs");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Minister noted the importance of the talks.",
        "The Secretary reaffirmed support for the sovereignty of Kazakhstan.",
        "The deputy foreign minister said the ambassador would return.",
        "The President of Kazakhstan sent a message.",
        "She wished him well on his appointment as the 12th Prime Minister of Nepal on June 8.",
        "The guest was welcomed at King Khalid International Airport.",
    })
    void noPersonIsNamed(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void bylinesCreditsAndSignedLinesNamePeople() {
        String text = "Hipkins and Albanese meet\n\nBy Vafa Ismayilova\n\nPhoto: Natalia Gubernatorova\n\n"
                + "Muhammad Irfan Published May 21, 2022 | 12:10 AM\n\nTamilla Mammadova – Trend:\n\nAuthor\n"
                + "Thomas Coughlan,\n\nThe ministers met by Lake Taupo, and the talks were led by officials of both"
                + " sides who had prepared them for many weeks before the visit.\n\n(Edited by Leeto M Khoza)";
        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();
        assertThat(names).containsExactly("Vafa Ismayilova", "Natalia Gubernatorova", "Muhammad Irfan",
                "Tamilla Mammadova", "Thomas Coughlan", "Leeto M Khoza");
    }

    @Test
    void aBodyNamedWithItsCountrysPossessiveAfterALowerCaseOfficeGivesTheCountry() {
        Mention head = only("It was attended by Eleni Varga, the head of Greece's National Intelligence Service, sources said.");

        assertThat(head.title()).hasValue("head of Greece's National Intelligence Service");
        assertThat(head.country()).contains(CountryCode.of("GR"));
    }

    @Test
    void twoOfficesNoOneHoldsTogetherNameTwoPeopleAndTheFirstGoesUnnamed() {
        Mention kenny = only("The President and Taoiseach Enda Kenny had a productive call.");
        Mention lind = only("Deputy Prime Minister and Foreign Minister Ana Lind had a call.");

        assertThat(kenny.title()).hasValue("Taoiseach");
        assertThat(kenny.country()).contains(CountryCode.of("IE"));
        assertThat(lind.title()).hasValue("Deputy Prime Minister and Foreign Minister");
    }

    @Test
    void aLowerCaseOfficeAfterANameMayNameItsBodyAfterFor() {
        assertThat(only("Lee Soo-ah, the spokesperson for the Foreign Ministry, said on Thursday.").title())
                .hasValue("spokesperson for the Foreign Ministry");
        assertThat(only("He met Lee Soo-ah, an adviser, on Thursday.").title()).hasValue("adviser");
    }

    @Test
    void thePluralOfficeOfThreeCountriesGivesEachHolderTheCountryInTheSamePlace() {
        List<Mention> found = find("Tallinn hosted Foreign Ministers of Estonia, Latvia and Lithuania Kristjan Tamm,"
                + " Janis Ozols and Darius Petrauskas.");

        assertThat(found).extracting(Mention::name, m -> m.title().orElse("-"), m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Kristjan Tamm", "Foreign Minister", "EE"), tuple("Janis Ozols", "Foreign Minister", "LV"),
                        tuple("Darius Petrauskas", "Foreign Minister", "LT"));
    }

    @Test
    void aStyleInCapitalsBetweenTitleAndNameIsPartOfNeither() {
        assertThat(only("The Amir HH Sheikh Tamim Al Rashid met the minister.").title()).hasValue("Amir");
        assertThat(only("Minister of Foreign Affairs HE Salim Al Busaidi met the envoy.").title())
                .hasValue("Minister of Foreign Affairs");
    }

    @Test
    void aDelegationsPeopleGivesItsLeaderTheCountryThoughLowerCaseWordsQualifyIt() {
        Mention leader = only("Kenyan high-level delegation led by Cabinet Secretary Peter Mwangi held talks in Kampala.");

        assertThat(leader.country()).contains(CountryCode.of("KE"));
    }

    @Test
    void aStatesPossessiveBeforeItsDelegationGivesTheLeaderTheCountry() {
        Mention leader = only("Kenya's delegation was headed by Cabinet Secretary Peter Mwangi.");

        assertThat(leader.country()).contains(CountryCode.of("KE"));
    }

    @Test
    void aMinisterResponsibleForAPortfolioHoldsThatOffice() {
        assertThat(find("Minister Responsible for Foreign Affairs Salim al Harthy received the envoy."))
                .extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Salim al Harthy", "Minister Responsible for Foreign Affairs"));
    }

    @Test
    void aDayAfterAConnectorEndsTheTitleBeforeIt() {
        List<Mention> found = find("Salim al Harthy, Foreign Minister on Monday received the envoy. Ana Torres, Minister of"
                + " Trade on Dec. 3 met him.");

        assertThat(found).extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Salim al Harthy", "Foreign Minister"), tuple("Ana Torres", "Minister of Trade"));
    }

    @Test
    void aCompanysLegalFormEndsItsNameInsideATitle() {
        List<Mention> found = find("The ambassador met with Director General of Andes Mining Co., Ltd Pablo Rojas.");

        assertThat(found).extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Pablo Rojas", "Director General of Andes Mining Co., Ltd"));
    }

    @Test
    void aSidesOfficialsAfterADashAreOfThatSide() {
        List<Mention> found = find("For the Peruvian side – Defense Minister Paul Reed and Foreign Minister Ana Torres.");

        assertThat(found).extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Paul Reed", "PE"), tuple("Ana Torres", "PE"));
    }

    @Test
    void aRankAfterACounterpartsWordIsNoPartOfTheName() {
        List<Mention> found = find("General Angus Reid called on his Indian counterpart General Vikram Singh.");

        assertThat(found).extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .contains(tuple("Vikram Singh", "IN"));
    }

    @Test
    void byAfterAVerbInAShortLineOfProseIsNoCredit() {
        String text = "The minister was received by Paolo Rossi, his Italian counterpart.\n\nThe talks were led by Anna Berg.";
        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();
        assertThat(names).isEmpty();
    }

    @Test
    void pictureAndCreditLinesNameThePhotographer() {
        String text = "The ministers met in London.\n\nPicture: Jane Doe/PA\n\nCredit: Tom Brown / Reuters\n\n"
                + "Image: Mary Jones\n\nSource: Siim Lovi /ERR";
        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();
        assertThat(names).containsExactly("Jane Doe", "Tom Brown", "Mary Jones", "Siim Lovi");
    }

    @Test
    void wireCreditsNameEveryReporterEditorAndPhotographer() {
        String text = "Premier Li met President Cruz in the Great Hall of the People in Beijing, capital of China,"
                + " on Friday. (Xinhua/Ding Hai)\n\nThe two leaders talked. REUTERS/Harry Lane\n\n"
                + "(Reporting by Nora Abdel and Jana Chouk; Editing by Will Mall)\n\nThe sides agreed and/or Noted"
                + " Points.";
        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();
        assertThat(names).containsExactlyInAnyOrder("Ding Hai", "Harry Lane", "Nora Abdel", "Jana Chouk", "Will Mall");
    }

    @Test
    void aCreditInCapitalsOrAnEditorsLineNamesSomeone() {
        String text = "The ministers met in Apia.\n\nBy BRIAN ODERA\n\nEditor: Andrew White\n\nBy UN NEWS";
        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();
        assertThat(names).containsExactly("BRIAN ODERA", "Andrew White");
    }

    @Test
    void aMonthAfterAGivenNameIsASurnameButNotBeforeADayOrInAHeadline() {
        assertThat(find("Prime Minister Theresa May met the President.")).extracting(Mention::name).containsExactly("Theresa May");
        assertThat(find("Prime Minister Theresa May 5 visit.")).extracting(Mention::name).doesNotContain("Theresa May");
        assertThat(find("Foreign Minister Lavrov May Visit Ankara")).extracting(Mention::name).doesNotContain("Lavrov May");
    }

    @Test
    void aTitleBeforeACommaIsTheTitleOfTheHonouredNameAfterIt() {
        Mention m = only("The Minister for Foreign Affairs, Hon. Ama Mensah has arrived.");

        assertThat(m.name()).isEqualTo("Ama Mensah");
        assertThat(m.title()).contains("Minister for Foreign Affairs");
    }

    @Test
    void aPortfolioBeforeMinisterIsPartOfTheTitleAndAnOfficeOfOneStateGivesItsCountry() {
        Mention m = only("Unification Minister Park Min-jun met the delegation.");

        assertThat(m.title()).contains("Unification Minister");
        assertThat(m.country()).contains(CountryCode.of("KR"));
        assertThat(only("Climate Minister Lars Holm spoke.").title()).contains("Climate Minister");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The delegation met Chilean Oil Minister Pedro Larrain.|Oil Minister|CL",
        "Peruvian Mines Minister Ana Soto spoke.|Mines Minister|PE",
    })
    void aPortfolioOfFuelOrMinesBetweenAPeoplesAdjectiveAndMinisterKeepsTheAdjectivesState(String text, String title,
            String country) {
        Mention m = only(text);

        assertThat(m.title()).contains(title);
        assertThat(m.country()).contains(CountryCode.of(country));
    }

    @Test
    void anotherOfficeAfterCommaAndOpensTheNextPersonsTitle() {
        List<Mention> mentions = find("The minister received Ambassador Ana Duarte, the new ambassador of Chile, and"
                + " Ambassador Lena Vogel.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Ana Duarte", "Lena Vogel");
        assertThat(mentions).extracting(m -> m.title().orElse("")).containsExactly("Ambassador", "Ambassador");
    }

    @Test
    void anOfficesWordThatIsAlsoAGivenNameOpensTheNameAfterAWholeOffice() {
        Mention minister = only("They met Acting Foreign Minister Amir Reza Tabar.");
        Mention amir = only("They met the Amir Sheikh Hamad Al Nour.");

        assertThat(minister.name()).isEqualTo("Amir Reza Tabar");
        assertThat(minister.title()).contains("Acting Foreign Minister");
        assertThat(amir.name()).isEqualTo("Hamad Al Nour");
        assertThat(amir.title()).contains("Amir");
    }

    @Test
    void aGovernorsWordThatIsAlsoAGivenNameOpensTheNameAfterAWholeOfficeAndHonorifics() {
        Mention minister = only("They met Foreign Minister Datuk Seri Hakim Yusof in Kuala Lumpur.");

        assertThat(minister.name()).isEqualTo("Hakim Yusof");
        assertThat(minister.title()).contains("Foreign Minister");
    }

    @Test
    void aRulersWordThatIsAlsoAGivenNameOpensTheNameAfterAWholeOffice() {
        Mention minister = only("He met Minister of Foreign Affairs of Montenegro Emir Hadzic.");
        Mention emir = only("He met the Emir of Qatar Sheikh Hamad Al Nour.");

        assertThat(minister.name()).isEqualTo("Emir Hadzic");
        assertThat(emir.name()).isEqualTo("Hamad Al Nour");
        assertThat(emir.title()).contains("Emir");
    }

    @Test
    void anOfficesWordThatIsAlsoAGivenNameOpensABareName() {
        Mention speaker = only("The minister talked with Amir Peled, the visiting Speaker of the Knesset.");
        Mention minister = only("Guests were received by Amir Dor, Minister of Culture.");

        assertThat(speaker.name()).isEqualTo("Amir Peled");
        assertThat(speaker.title()).contains("Speaker of the Knesset");
        assertThat(minister.name()).isEqualTo("Amir Dor");
        assertThat(only("The delegation of Iran, Reza Amir Tabari, Deputy Minister, arrived.").name())
                .isEqualTo("Reza Amir Tabari");
    }

    @Test
    void anHonorificOfTwoWordsAfterAnOfficeIsNoPartOfTheName() {
        Mention minister = only("The delegation was led by Prime Minister Tan Sri Aziz Rahman on Monday.");

        assertThat(minister.name()).isEqualTo("Aziz Rahman");
        assertThat(minister.title()).contains("Prime Minister");
    }

    @Test
    void aCambodianStyleIsAnHonorific() {
        assertThat(only("The Prime Minister received Samdech Techo Sok Vanna.").name()).isEqualTo("Sok Vanna");
    }

    @Test
    void aPortfoliosLastWordDoesNotOpenTheName() {
        Mention minister = only("She met the Minister for Climate Change Ana Lopez.");

        assertThat(minister.name()).isEqualTo("Ana Lopez");
        assertThat(minister.title()).contains("Minister for Climate Change");
    }

    @Test
    void theCountrysOfficeIsHeldForTheCountryNamedBefore() {
        Mention premier = only("On a visit to Norway he met the country's Prime Minister Eirik Dahl.");

        assertThat(premier.name()).isEqualTo("Eirik Dahl");
        assertThat(premier.title()).contains("Prime Minister");
        assertThat(premier.country()).contains(CountryCode.of("NO"));
    }

    @Test
    void aTownThatOpensABodysNameInATitleNamesNoHoldersState() {
        Mention m = only("He met Secretary General of the Shanghai Cooperation Organization Li Wen.");

        assertThat(m.international()).isTrue();
        assertThat(m.country()).isEmpty();
        assertThat(m.title()).contains("Secretary General of the Shanghai Cooperation Organization");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Organization for Security and Cooperation in Europe", "Organisation for Security and Co-operation in Europe"})
    void anInternationalBodyNamedAfterTheNameMakesTheOfficialItsOwn(String body) {
        Mention m = only("He met secretary general Anna Berg of the " + body + " in New York.");

        assertThat(m.international()).isTrue();
        assertThat(m.organization()).contains(body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He met Ministry of Foreign Affairs Director General Lucia Bentancor.|Ministry of Foreign Affairs Director General",
        "He met Ministry of Defence Permanent Secretary Lucia Bentancor.|Ministry of Defence Permanent Secretary"})
    void aMinistrysWholeNameBeforeAnOfficeStaysInTheTitle(String sentence, String title) {
        assertThat(only(sentence).title()).contains(title);
    }

    @Test
    void anOfficialOfARegionalBodyHasNoCountry() {
        Mention m = only("The Secretary General of the Organization of American States, Ana Ruiz, met the minister.");

        assertThat(m.international()).isTrue();
        assertThat(m.country()).isEmpty();
    }

    @Test
    void aRegionsNameBeforeItsOfficeIsPartOfTheTitle() {
        assertThat(only("The envoy called on Sindh Governor Kamal Tessa at his office.").title()).contains("Sindh Governor");
        assertThat(only("They met Tamil Nadu Chief Minister Ravi Kumar.").title()).contains("Tamil Nadu Chief Minister");
        assertThat(only("Governor Kamal Tessa spoke.").title()).contains("Governor");
    }

    @Test
    void aCaretakerHoldsTheOfficeAsItsTitleSays() {
        assertThat(only("Caretaker Foreign Minister Lars Holm spoke.").title()).contains("Caretaker Foreign Minister");
    }

    @Test
    void aSoleOfficeWithItsArticleAloneBeforeACommaIsAnotherPersons() {
        assertThat(only("Having escorted the President, Minister of Trade Ana Lima told reporters of the accords.").title())
                .contains("Minister of Trade");
    }

    @Test
    void anEnvoyAccreditedFromElsewhereAndAnAttachesFieldQualifyTheOffice() {
        assertThat(find("The guests included non-resident Ambassador Rosa Ilves and Commercial Counselor Piet Marten."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Rosa Ilves", "non-resident Ambassador"), tuple("Piet Marten", "Commercial Counselor"));
    }

    @Test
    void theBareApostropheAfterACountryEndingInSIsItsPossessive() {
        Mention m = only("They met with United States' Acting Assistant Secretary Mark Cole in Lima.");

        assertThat(m.title()).contains("Acting Assistant Secretary");
        assertThat(m.country()).contains(CountryCode.of("US"));
    }

    @Test
    void aPluralTitleBeforeNamesEachOfACountryGivesEachTheSingularTitleAndItsCountry() {
        List<Mention> mentions = find("The president met Ambassadors Ana Lim of Brunei, Sok Chea of Cambodia and Budi Hartono"
                + " of Indonesia.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Ana Lim", "Sok Chea", "Budi Hartono");
        assertThat(mentions).extracting(m -> m.title().orElse("")).containsOnly("Ambassador");
        assertThat(mentions).extracting(m -> m.country().map(Object::toString).orElse(""))
                .containsExactly("BN", "KH", "ID");
    }

    @Test
    void chieflyAndCourtesyTitlesOfMoreRegionsAreNoPartOfTheName() {
        assertThat(find("Foreign Minister Ratu Inoke Vula met Shaikh Khalid bin Ahmed of Bahrain."))
                .extracting(Mention::name).containsExactly("Inoke Vula", "Khalid bin Ahmed");
        assertThat(find("The talks were taken over by the Minister for Transport, Ro Seru Tavola, who arrived on Monday."))
                .extracting(Mention::name).containsExactly("Seru Tavola");
    }

    @Test
    void aPhotoCreditNamesThePhotographerAfterTheAgencyAndASlash() {
        List<String> names = new PersonFinder(LEXICONS).bylines("The ministers met in Apia.\n\nPhoto: Pacific Press"
                + " Agency / Mere Tui\n").stream().map(Mention::name).toList();

        assertThat(names).containsExactly("Mere Tui");
    }

    @Test
    void aPluralOfficeInLowerCaseListsEachHolderWithTheSingularAsWritten() {
        List<Mention> mentions = find("The President received ambassadors Rahim Osman of Malaysia, Tran Van Long of"
                + " Vietnam and Maria Lopez of Spain.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Rahim Osman", "Tran Van Long", "Maria Lopez");
        assertThat(mentions).extracting(m -> m.title().orElseThrow()).containsOnly("ambassador");
        assertThat(mentions).extracting(m -> m.country().orElseThrow().code()).containsExactly("MY", "VN", "ES");
    }

    @Test
    void aWordGluedToAPortfolioBeforeACommaAndANameEndsTheTitle() {
        Mention portfolio = only("She met the Minister for Climate Change, Tomas Reyes, in Manila.");
        List<Mention> head = find("She met Foreign Minister Petrov, Anna Kuznetsova and others.");

        assertThat(portfolio.name()).isEqualTo("Tomas Reyes");
        assertThat(portfolio.title()).contains("Minister for Climate Change");
        assertThat(head.get(0).name()).isEqualTo("Petrov");
        assertThat(head.get(0).title()).contains("Foreign Minister");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from", "of"})
    void aCounterpartFromACountryIsAnOfficialOfThatCountry(String origin) {
        Mention m = only("He also met his counterpart " + origin + " Laos, Bounmy Keomany, on the same day.");

        assertThat(m.name()).isEqualTo("Bounmy Keomany");
        assertThat(m.country()).contains(CountryCode.of("LA"));
    }

    @Test
    void anEnvoyDesignateKeepsTheWordInTheTitleNotInTheName() {
        Mention m = only("The High Commissioner Designate of Canada, Mr Peter Long, called on the Prime Minister.");

        assertThat(m.name()).isEqualTo("Peter Long");
        assertThat(m.title()).contains("High Commissioner Designate");
    }

    @Test
    void counterpartsListedEachWithTheirCountryAreEachAnOfficialOfIt() {
        List<Mention> mentions = find("She met her counterparts Anne Dubois of France and Lars Holm of Norway in Lima.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Anne Dubois", "Lars Holm");
        assertThat(mentions).extracting(m -> m.country().orElseThrow().code()).containsExactly("FR", "NO");
    }

    @Test
    void aCountryAfterACommaThatEndsTheTitleIsTheHoldersAndNoPartOfIt() {
        Mention after = find("Nora Dlamini, Minister of Defence and Veterans Affairs, South Africa called on the Chief.").get(0);
        Mention before = find("The Chief of Defence Forces, Sri Lanka, General Ravi Perera met the Admiral.").get(0);
        Mention posted = find("Ali Khan, Charge d'Affaires of the Embassy in Abuja, Nigeria called on the Minister.").get(0);

        assertThat(List.of(after, before)).extracting(m -> m.title().orElse(""), m -> m.country().orElseThrow().code())
                .containsExactly(tuple("Minister of Defence and Veterans Affairs", "ZA"), tuple("Chief of Defence Forces", "LK"));
        assertThat(posted.title()).contains("Charge d'Affaires of the Embassy in Abuja, Nigeria");
    }

    @Test
    void translatorsReportersAndPhotographersAfterAnAgencyInCapitalsAreCredited() {
        String text = "Ministers met in Suva.\nTranslation: Tomas Berg\nReporter: Lena Varga\nPhoto: AFP PHOTO / OSKAR LIND\n"
                + "Photo: MFA / MFA CZ\n";

        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();

        assertThat(names).containsExactly("Tomas Berg", "Lena Varga", "OSKAR LIND");
    }

    @Test
    void aPortfolioWordEndsTheOfficeNotStartsTheName() {
        assertThat(find("He met Minister for Defence Procurement Tom Hale and Minister for Overseas Ana Lind."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Tom Hale", "Minister for Defence Procurement"), tuple("Ana Lind", "Minister for Overseas"));
    }

    @Test
    void aRollCallOfNamesEachFromACountryNamesPeopleOfThoseCountries() {
        assertThat(find("Attending were Tom Hale from Samoa, Ana Lind from Sweden, and Karl Weiss of Austria."))
                .extracting(Mention::name, m -> m.country().orElseThrow().code())
                .containsExactly(tuple("Tom Hale", "WS"), tuple("Ana Lind", "SE"), tuple("Karl Weiss", "AT"));
        assertThat(find("Attending were Tom Hale from Samoa's embassy.")).isEmpty();
    }

    @Test
    void aRollCallOfNamesEachWithItsCountryAfterACommaNamesPeopleOfThoseCountries() {
        assertThat(find("The envoys are Amadou Diallo, Mauritania, Daniel Roux, Belgium and Knut Lein from Norway."))
                .extracting(Mention::name, m -> m.country().orElseThrow().code())
                .containsExactly(tuple("Amadou Diallo", "MR"), tuple("Daniel Roux", "BE"), tuple("Knut Lein", "NO"));
        assertThat(find("Tom Hale, Samoa, said the talks went well.")).isEmpty();
    }

    @Test
    void undottedHonorificsAreNoPartOfTheName() {
        assertThat(find("The Minister received H E Tom Hale, Ambassador of Samoa, and H M King Ana Tupou."))
                .extracting(Mention::name).containsExactly("Tom Hale", "Ana Tupou");
    }

    @Test
    void aPilgrimsHonorificAndAResidencesNameAreNoNames() {
        assertThat(find("The Minister received Dato' Sri Haji Tom Hale at Seri Perdana.")).extracting(Mention::name)
                .containsExactly("Tom Hale");
    }

    @Test
    void aPlacesNameAfterAnOfficeAndAGivenNameIsTheSurnameAndTheOfficeIsTheTitle() {
        assertThat(find("Secretary-General Ruth Scotland met the Minister."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Ruth Scotland", "Secretary-General"));
        assertThat(find("Senator Alan Jordan met the Minister."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Alan Jordan", "Senator"));
    }

    @Test
    void aPlacesNameAfterAGivenNameThatAnAppositivesCommaOpensIsTheSurname() {
        assertThat(find("The Minister met the Secretary-General of the Commonwealth, Ruth Scotland."))
                .extracting(Mention::name).containsExactly("Ruth Scotland");
        assertThat(find("He visited Astana, Almaty and Tashkent, Uzbekistan.")).isEmpty();
    }

    @Test
    void theCommonwealthIsTheBodyOfItsSecretaryGeneral() {
        assertThat(find("The Minister met the Secretary-General of the Commonwealth, Ruth Adeyemi."))
                .singleElement().satisfies(m -> {
                    assertThat(m.organization()).contains("Commonwealth");
                    assertThat(m.country()).isEmpty();
                });
    }

    @Test
    void anOfficeInLowerCaseAfterANameRunsOverTheBodysCapitalisedName() {
        assertThat(find("The President met with Nguyen Minh Duc, chairman of the Central Council of the Farmers Union, on Monday."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Nguyen Minh Duc", "chairman of the Central Council of the Farmers Union"));
    }

    @Test
    void theLeaderOfADelegationIsOfTheCountryNamedAfterItsNoun() {
        assertThat(find("The Minister received a delegation of the Peruvian Congress led by its Speaker Paul Reed."))
                .singleElement().satisfies(m -> assertThat(m.country()).contains(CountryCode.of("PE")));
    }

    @Test
    void aLowerCaseOfficeAfterACountrysAdjectiveHasTheHolderItsCommaSetsOff() {
        Mention minister = only("The Russian foreign minister, Oleg Petrov, met the press.");

        assertThat(minister.name()).isEqualTo("Oleg Petrov");
        assertThat(minister.title()).contains("foreign minister");
        assertThat(minister.country().map(CountryCode::code)).contains("RU");
    }

    @Test
    void anAgencysCreditGluedToItsSlashEndsTheCaptionsName() {
        assertThat(find("Foreign Minister Oleg Petrov TASS/Anna Volkova")).extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Oleg Petrov", "Foreign Minister"));
    }

    @Test
    void aCaptionsLastWordsBeforeTheAgencyAndItsSlashNameThePhotographer() {
        List<String> names = new PersonFinder(LEXICONS).bylines("The minister speaks in Tokyo. Hans Weber/dpa\n\n"
                + "The ministers met in Apia.\n").stream().map(Mention::name).toList();

        assertThat(names).containsExactly("Hans Weber");
    }

    @Test
    void aPlacesNameAsTheSurnameEndsTheOfficesWindow() {
        assertThat(find("He met Brazilian Foreign Minister Paulo Lima and US Secretary of State John Reed."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Paulo Lima", "Foreign Minister"), tuple("John Reed", "Secretary of State"));
        assertThat(find("He met Foreign Minister Paulo Lima of Brazil.")).extracting(m -> m.title().orElse(""))
                .containsExactly("Foreign Minister");
    }

    @Test
    void aPairOfOnePluralOfficeAfterTheOneCountryNamedSharesThatCountry() {
        assertThat(find("US Senators Tom Hale and Ron Wood met the President."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Tom Hale", "US"), tuple("Ron Wood", "US"));
    }

    @Test
    void aCountryAfterAPairOfOnePluralOfficeIsTheirs() {
        assertThat(find("Senators Tom Hale and Ron Wood of the United States met the President."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Tom Hale", "US"), tuple("Ron Wood", "US"));
    }

    @Test
    void aCounterpartsPeopleBeforeACommaIsTheCountryOfTheTitledNameAfterIt() {
        Mention nowak = find("She then met with her Polish colleague, Foreign Minister Jan Nowak.").get(0);

        assertThat(nowak.name()).isEqualTo("Jan Nowak");
        assertThat(nowak.country().map(c -> c.code())).contains("PL");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "She held talks with her Saudi counterpart Prince Khalid bin Saad in Riyadh.",
        "She held talks with her Saudi counterpart His Highness Prince Khalid bin Saad in Riyadh.",
        "She held talks with her Saudi counterpart Foreign Minister Khalid bin Saad in Riyadh.",
    })
    void aCounterpartsPeopleRightBeforeATitledNameIsItsCountry(String sentence) {
        Mention khalid = find(sentence).get(0);

        assertThat(khalid.name()).isEqualTo("Khalid bin Saad");
        assertThat(khalid.country().map(c -> c.code())).contains("SA");
    }

    @Test
    void anEnvoysCounterpartPostedToAStateIsOfThePeopleBeforeTheWord() {
        Mention bekele = find("Also present were her Ethiopian counterpart to Kenya Dawit Bekele and others.").get(0);

        assertThat(bekele.name()).isEqualTo("Dawit Bekele");
        assertThat(bekele.country().map(c -> c.code())).contains("ET");
    }

    @Test
    void anOfficeInLowerCaseOfAStateSetBeforeANameByACommaIsItsTitle() {
        Mention holder = find("He met the foreign minister of Tajikistan, Farid Nazarov, on Monday.").get(0);

        assertThat(holder.name()).isEqualTo("Farid Nazarov");
        assertThat(holder.title()).contains("foreign minister");
        assertThat(holder.country().map(c -> c.code())).contains("TJ");
    }

    @Test
    void anOfficeInLowerCaseAfterANameHeldAtOrWithABodyOfAState() {
        Mention berg = find("He had consultations with Lars Berg, secretary of state with the Foreign Ministry of Norway.")
                .get(0);

        assertThat(berg.title()).contains("secretary of state with the Foreign Ministry");
        assertThat(berg.country().map(c -> c.code())).contains("NO");
    }

    @Test
    void aStateBeforeTheOfficeAnAdviserServesStaysInTheTitle() {
        Mention adviser = find("It was attended by Omar Rashid Al Hammadi, Adviser to the UAE President, and others.").get(0);

        assertThat(adviser.title()).contains("Adviser to the UAE President");
        assertThat(adviser.country().map(c -> c.code())).contains("AE");
    }

    @Test
    void aDiplomaticAdviserHoldsATitle() {
        Mention adviser = find("It was attended by Omar Rashid Al Hammadi, Diplomatic Adviser to the President, and others.")
                .get(0);

        assertThat(adviser.title()).contains("Diplomatic Adviser to the President");
    }

    @ParameterizedTest
    @CsvSource({
            "Minister of Foreign Affairs and International Cooperation",
            "Minister of Foreign Affairs and Worship",
            "Minister of Foreign Affairs and Emigrants",
            "Minister of Foreign Affairs and Regional Integration"})
    void aForeignMinistersOtherPortfoliosStayInTheTitleBeforeTheName(String office) {
        Mention minister = only(office + " Pablo Medina visited Montevideo.");

        assertThat(minister.name()).isEqualTo("Pablo Medina");
        assertThat(minister.title()).contains(office);
    }

    @Test
    void aSurnameThatIsATownEndsANameAnOfficeInAppositionFollows() {
        Mention minister = only("Pablo Medina, Minister of Foreign Affairs of Argentina, visited Montevideo.");

        assertThat(minister.name()).isEqualTo("Pablo Medina");
        assertThat(minister.title()).contains("Minister of Foreign Affairs");
    }

    @Test
    void aRetiredOfficersShortMarkAfterTheRankIsNoPartOfTheName() {
        assertThat(find("Lt Gen (r) Kamran Aziz was also present.")).extracting(Mention::name).containsExactly("Kamran Aziz");
        assertThat(find("Foreign Minister Fan Jie (R) meets Paul Reed.")).extracting(Mention::name).containsExactly("Fan Jie");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "The minister met the Cuban ambassador to this country, Raul Quintero, at the ministry.",
            "The minister met Raul Quintero, the Cuban ambassador to this country, at the ministry."})
    void anEnvoyToThisCountryIsAnEnvoyWithNoMoreToHisTitle(String text) {
        Mention envoy = only(text);

        assertThat(envoy.name()).isEqualTo("Raul Quintero");
        assertThat(envoy.title()).contains("ambassador");
        assertThat(envoy.country()).contains(CountryCode.of("CU"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"newly appointed", "newly-appointed", "the newly-appointed", "new"})
    void aNewEnvoysTitleAfterHisNameIsHisOffice(String fresh) {
        Mention envoy = only("The minister received Michael Dunmore, " + fresh + " Ambassador of Canada to Armenia, today.");

        assertThat(envoy.title()).contains("Ambassador");
        assertThat(envoy.country()).contains(CountryCode.of("CA"));
    }

    @Test
    void aGroupOfStatesNamedWithANumberIsNoPerson() {
        assertThat(find("Ministers of the Normandy Four countries held talks in Paris.")).isEmpty();
        assertThat(find("Leaders of the Big Three met in Yalta.")).isEmpty();
    }

    @Test
    void anOfficeInTheSingularAfterTwoPeoplesAndBeforeTwoNamesIsEachOnes() {
        assertThat(find("Ukrainian and Russian Foreign Minister Andriy Tkachuk and Pavel Gromov met in Kyiv."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Andriy Tkachuk", "Foreign Minister", "UA"), tuple("Pavel Gromov", "Foreign Minister", "RU"));
    }

    @Test
    void wherePeopleMetAfterTheStateOfAnOfficeIsNoPartOfTheOffice() {
        Mention guest = only("The President received Laszlo Fekete, President of Hungary at State Lodge, Kampala.");

        assertThat(guest.title()).contains("President");
        assertThat(guest.country()).contains(CountryCode.of("HU"));
    }

    @Test
    void aSecondOfficeSetOffAfterATitledNameGivesItsCountry() {
        List<Mention> found = find("The minister met Ambassador Ivan Petkov, Permanent Representative of Bulgaria to the UN, today.");

        assertThat(found).extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ivan Petkov", "Ambassador", "BG"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ambassador of Saudi Arabia HRH Prince", "Saudi Ambassador HRH Prince", "Ambassador HRH Prince"})
    void aStyleInCapitalsAndARankOfBirthBetweenTitleAndNameArePartOfNeither(String before) {
        Mention envoy = only("The minister met " + before + " Faisal bin Fahad Al Saud today.");

        assertThat(envoy.name()).isEqualTo("Faisal bin Fahad Al Saud");
        assertThat(envoy.title()).contains("Ambassador");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Smt.", "Smt", "Sh."})
    void theShortIndianStylesArePartOfNoName(String style) {
        assertThat(only("Foreign Minister " + style + " Leela Pillai of Sri Lanka arrived.").name()).isEqualTo("Leela Pillai");
    }

    @Test
    void thePortfolioInBracketsAndTheStyleOfEachHolderOfAPluralOfficeArePartOfNoName() {
        assertThat(find("He was accompanied by Cabinet Secretaries Dr Peter Mwangi (Interior), Amb Grace Wanjiru"
                + " (Foreign Affairs) and Joe Otieno (ICT)."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Peter Mwangi", "Cabinet Secretary"), tuple("Grace Wanjiru", "Cabinet Secretary"),
                        tuple("Joe Otieno", "Cabinet Secretary"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Peter Mwangi, Mr.", "Peter Mwangi and Dr."})
    void aStyleThatEndsTheSentenceAfterAPluralOfficesHolderEndsTheList(String holders) {
        assertThat(find("He was accompanied by Cabinet Secretaries " + holders)).extracting(Mention::name)
                .containsExactly("Peter Mwangi");
    }

    @Test
    void theStopOfASuffixWrittenWithoutACommaIsTheNamesAndTheOfficeAfterItIsRead() {
        Mention president = only("The Secretary-General met with Mr. Tomas Arvelo Jr., President of the Republic of Moldova.");

        assertThat(president.name()).isEqualTo("Tomas Arvelo Jr.");
        assertThat(president.title()).contains("President");
    }

    @ParameterizedTest
    @ValueSource(strings = {"77th session", "fifth Session"})
    void aNumberedSessionOfABodyIsPartOfTheOfficeOfWhoPresidesOverIt(String session) {
        Mention president = only("He met the President of the " + session + " of the General Assembly Ivan Dravic.");

        assertThat(president.name()).isEqualTo("Ivan Dravic");
        assertThat(president.title()).contains("President of the " + session + " of the General Assembly");
    }

    @Test
    void theGeneralAssemblyIsABodyAndNotAGeneralsRankBeforeAnOffice() {
        Mention president = only("General Assembly President Ivan Dravic opened the debate.");

        assertThat(president.title()).contains("General Assembly President");
        assertThat(president.country()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Staff Reporter", "By Our Correspondent", "By Special Correspondent"})
    void aNewsroomsUnsignedCreditNamesNoOne(String credit) {
        String text = credit + "\n\nISLAMABAD: The minister met the envoy on Thursday.";

        assertThat(new PersonFinder(LEXICONS).bylines(text)).isEmpty();
    }

    @Test
    void theAbbreviatedOfficesOfLegislatorsAreTitles() {
        assertThat(find("The minister met Sen. John Whitfield (R-Texas) and Rep. Maria Lopez (D-Calif.) on Tuesday."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("John Whitfield", "Sen."), tuple("Maria Lopez", "Rep."));
    }

    @Test
    void anAbbreviatedOfficesWordAfterANameWordEndsTheNameAtTheStop() {
        Mention premier = only("The minister met Prime Minister Hun Sen. They discussed trade.");

        assertThat(premier.name()).isEqualTo("Hun Sen");
        assertThat(premier.title()).contains("Prime Minister");
    }

    @Test
    void aPartOfTheWorldInBracketsAfterAnOfficeIsPartOfTheTitle() {
        Mention secretary = only("Secretary (East) Rahul Menon met the delegation in Manila.");

        assertThat(secretary.name()).isEqualTo("Rahul Menon");
        assertThat(secretary.title()).contains("Secretary (East)");
    }

    @Test
    void anAbbreviatedOfficeAfterABodyInCapitalsEndsNoName() {
        assertThat(find("The minister briefed the President on the agenda of the coming OSCE Sen.")).isEmpty();
    }

    @Test
    void theSecondStateOfAPluralOfficeIsNoPartOfEachHoldersTitle() {
        assertThat(find("The foreign ministers of Russia and the United States, Oleg Smirnov and John Hale, spoke."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Oleg Smirnov", "foreign minister", "RU"), tuple("John Hale", "foreign minister", "US"));
    }

    @Test
    void aNavalRankBeforeANameIsNoPartOfIt() {
        assertThat(find("Spokesman Capt. Ivo Brandt and Cmdr. Lena Rauch gave the readout."))
                .extracting(Mention::name)
                .containsExactly("Ivo Brandt", "Lena Rauch");
    }

    @Test
    void aHeadlinesVerbInTitleCaseEndsTheOfficeBeforeIt() {
        assertThat(find("Secretariat Chairperson Receives Copy of Credentials of H.E. Mr. Jonas Vik, New Ambassador of Norway"))
                .extracting(Mention::name)
                .containsExactly("Jonas Vik");
    }

    @Test
    void anOfficesWordAfterBinIsTheFathersName() {
        assertThat(find("Attending were Sheikh Rashid bin Sultan Al Hameli, Minister of State, and others."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Rashid bin Sultan Al Hameli", "Minister of State"));
    }

    @Test
    void anOfficeEndedByACommaLeavesTheNextNameToTheNextOffice() {
        assertThat(find("Attending were Noura Al Suwaidi, Minister of State, Dr. Omar Hadi, Adviser to the President,"
                + " Saif Al Marri, Minister of State, Khalid Nasser, Chairman of the Authority, and others."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Noura Al Suwaidi", "Minister of State"), tuple("Omar Hadi", "Adviser to the President"),
                        tuple("Saif Al Marri", "Minister of State"), tuple("Khalid Nasser", "Chairman of the Authority"));
    }

    @Test
    void anAbbreviationInBracketsEndsAnOfficeBeforeTheCommaAndAStyledName() {
        Mention envoy = only("The minister received the Deputy Chairperson of the Union Commission (UC), Mrs. Ines Barros.");

        assertThat(envoy.name()).isEqualTo("Ines Barros");
        assertThat(envoy.title()).contains("Deputy Chairperson of the Union Commission");
    }

    @Test
    void aDiplomatsRankAfterAWholeOfficeIsNoPartOfTheTitle() {
        Mention vice = only("The delegation met with Vice Foreign Minister Ambassador Karim Saleh in Cairo.");

        assertThat(vice.name()).isEqualTo("Karim Saleh");
        assertThat(vice.title()).contains("Vice Foreign Minister");
    }

    @Test
    void indiasOfficesWrittenInHindiAreTitlesOfIndia() {
        Mention minister = only("Raksha Mantri Vikram Sethi held talks with the visiting delegation.");

        assertThat(minister.name()).isEqualTo("Vikram Sethi");
        assertThat(minister.title()).contains("Raksha Mantri");
        assertThat(minister.country()).contains(CountryCode.of("IN"));
    }

    @Test
    void aServiceAndRankAfterAnOfficesCountryAreNoPartOfTheTitle() {
        Mention minister = only("The minister met the Minister of Defence of Belarus Army General Ivan Zhuk in Minsk.");

        assertThat(minister.name()).isEqualTo("Ivan Zhuk");
        assertThat(minister.title()).contains("Minister of Defence");
    }

    @Test
    void aPluralOfficesHoldersEachAfterTheirStateWithoutACommaHoldItForThatState() {
        assertThat(find("He met the Foreign Ministers of the Republic of Chile - Ana Ruiz, the Kingdom of Norway Lars Berg,"
                + " the Russian Federation Oleg Smirnov, and others."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Ana Ruiz", "Foreign Minister", "CL"), tuple("Lars Berg", "Foreign Minister", "NO"),
                        tuple("Oleg Smirnov", "Foreign Minister", "RU"));
    }

    @Test
    void theEasternRepublicOfUruguayIsUruguay() {
        Mention envoy = only("The minister received the ambassador of the Eastern Republic of Uruguay, Pablo Ortiz, on Monday.");

        assertThat(envoy.title()).contains("ambassador");
        assertThat(envoy.country()).contains(CountryCode.of("UY"));
    }

    @Test
    void aCountryInBracketsAfterANameMayHaveItsArticle() {
        assertThat(find("The minister met the Co-Chairs Oleg Belov (Russian Federation), Pierre Martin (France) and John"
                + " Hale (the United States of America).")).filteredOn(m -> m.name().equals("John Hale"))
                .singleElement().satisfies(m -> assertThat(m.country()).hasValue(CountryCode.of("US")));
    }

    @Test
    void aKnownTownBeforeARegionsOfficeIsTheOfficesAndGivesItsCountry() {
        Mention mayor = only("The prime minister received the visiting Lima Mayor Tomas Huaman in Hanoi.");

        assertThat(mayor.name()).isEqualTo("Tomas Huaman");
        assertThat(mayor.title()).contains("Lima Mayor");
        assertThat(mayor.country()).contains(CountryCode.of("PE"));
    }

    @Test
    void aStateNamedAfterAKnownTownBeforeARegionsOfficeGivesItsCountry() {
        Mention governor = only("The envoys were received by Hyderabad State Governor Ravi Menon at his office.");

        assertThat(governor.name()).isEqualTo("Ravi Menon");
        assertThat(governor.country()).contains(CountryCode.of("IN"));
    }

    @Test
    void aLowerCaseOfficeMayHaveARankOrHonorificBeforeItsHoldersName() {
        assertThat(find("The minister received the Peruvian defence attache Col. Mario Paredes and the new"
                + " defence attache Cdr. Jorge Salinas on Friday."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Mario Paredes", "defence attache"), tuple("Jorge Salinas", "defence attache"));
    }

    @Test
    void theNewHolderOfAnOfficeALeavingHolderGivesUpIsOfTheSameState() {
        assertThat(find("The minister received the outgoing Chilean Consul General Ana Soto and the new Consul General"
                + " Pablo Vera."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Ana Soto", "CL"), tuple("Pablo Vera", "CL"));
    }

    @Test
    void aGatheringsWordAfterOfInAnOfficeIsItsBodyNotAnEventBeforeTheTitle() {
        Mention speaker = only("In her talks with the Speaker of the Peruvian Congress, Lucia Paz, the minister named"
                + " areas of cooperation.");

        assertThat(speaker.name()).isEqualTo("Lucia Paz");
        assertThat(speaker.title()).contains("Speaker of the Peruvian Congress");
    }

    @Test
    void aSeatInParliamentAfterTheNameEndsTheTitlesWindow() {
        assertThat(find("The Chief Minister met the Minister for the Cabinet Office Martin Hale MP in London."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Martin Hale", "Minister for the Cabinet Office"));
    }

    @Test
    void aMilitaryHeadquartersAfterARankWordNamesNobody() {
        assertThat(find("The minister called on General Omar Rafiq at the General Headquarters on Tuesday and later on the"
                + " Chairman Joint Chiefs of Staff Committee General Saleem Baig at the General Head Quarters."))
                .extracting(Mention::name)
                .containsExactly("Omar Rafiq", "Saleem Baig");
    }

    @Test
    void anEngineersStyleBeforeTheNameIsPartOfNeither() {
        assertThat(find("The army chief received Minister for Defence Engineer Tariq Jamil Awan at his office."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Tariq Jamil Awan", "Minister for Defence"));
    }

    @Test
    void aChargeDAffairesMisspeltOrSpacedAfterItsApostropheIsStillAnOffice() {
        assertThat(find("The army chief received the Chilean Charge d' Affairs Rosa Pinto and the Charge d'Affairs"
                + " of Peru, Luis Campos, on Monday."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Rosa Pinto", "Charge d' Affairs"), tuple("Luis Campos", "Charge d'Affairs"));
    }

    @Test
    void anAbbreviationThatKeepsASmallWordsLetterInLowerCaseStaysOutOfTheTitle() {
        assertThat(find("Chief of Army Staff (CoAS) General Omar Rafiq met the ambassador on Friday."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Omar Rafiq", "Chief of Army Staff"));
    }

    @Test
    void anEnDashSetForAHyphenBeforeALowerCaseLetterJoinsItsWord() {
        assertThat(find("The Vice President met with Vice President–elect Tom Crane and with the EU–Central Asia envoy."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Tom Crane", "Vice President–elect"));
    }

    @Test
    void anOfficeOfOneWordGivesWayToTheSameOfficeWithItsPortfolioSetOffAfterTheName() {
        assertThat(find("The envoy called on Hon. Minister Kofi Boateng, Minister of Trade and Industry of Ghana on 1st"
                + " of May 2024, and met Ambassador Ana Ruiz, Director-General of the Americas Department."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Kofi Boateng", "Minister of Trade and Industry"), tuple("Ana Ruiz", "Ambassador"));
    }

    @Test
    void aRegionAfterACountrysPossessiveGoesOnWithTheTitle() {
        assertThat(find("The President met with Governor of Russia's Pskov Oblast Pavel Gromov."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Pavel Gromov", "Governor of Russia's Pskov Oblast"));
    }

    @Test
    void anOfficeThatIsAlsoAGivenNameBeforeAWordInCapitalsEndsItsOwnCheck() {
        assertThat(find("HH the Amir SHEIKH Omar bin KHALID met the envoy."))
                .extracting(Mention::name)
                .containsExactly("Omar bin KHALID");
    }

    @Test
    void aStateAfterTwoHoldersOfASoleOfficeIsTheLastOnes() {
        assertThat(find("Presidents Kwame Mensah and Joao Gomes of Guinea-Bissau held talks, as Senators Ann Lee and Tom Ray"
                + " of the United States did."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::toString).orElse(""))
                .containsExactly(tuple("Kwame Mensah", ""), tuple("Joao Gomes", "GW"), tuple("Ann Lee", "US"),
                        tuple("Tom Ray", "US"));
    }

    @Test
    void whoAPhotoShowsNamesPeople() {
        String text = "The President met the governor on Friday.\n\nPictured: Pavel Loza and Mikhail Orlov\n";
        List<String> names = new PersonFinder(LEXICONS).bylines(text).stream().map(Mention::name).toList();
        assertThat(names).containsExactly("Pavel Loza", "Mikhail Orlov");
    }

    @Test
    void anEngineersStyleIsNeitherTitleNorName() {
        assertThat(find("The envoy called on Minister for Energy Engr (R) Omar Farid Kasi and Minister for Water Engr Ali Nasir."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Omar Farid Kasi", "Minister for Energy"), tuple("Ali Nasir", "Minister for Water"));
    }

    @Test
    void aPlacesNameAfterAnOfficeInLowerCaseIsAGivenName() {
        assertThat(find("The mediators met Serbian chief negotiator Milan Petrovic and foreign minister Jordan Hale."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Milan Petrovic", "chief negotiator"), tuple("Jordan Hale", "foreign minister"));
        assertThat(find("The talks of the foreign minister in Milan went well.")).isEmpty();
    }

    @Test
    void aRollCallInBracketsEndsWithTheLastNameAndItsState() {
        assertThat(find("The mediators (Karl Brenner of Austria, Paula Moretti of Italy, and James Holt of the United Kingdom)"
                + " met in Brussels."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::toString).orElse(""))
                .containsExactly(tuple("Karl Brenner", "AT"), tuple("Paula Moretti", "IT"), tuple("James Holt", "GB"));
    }

    @Test
    void counterpartsFromTwoStatesAreNamedInTheirOrder() {
        assertThat(find("The minister also met his counterparts from Croatia and Japan, Ivan Horvat and Kenji Sato."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::toString).orElse(""))
                .containsExactly(tuple("Ivan Horvat", "HR"), tuple("Kenji Sato", "JP"));
    }

    @Test
    void aModifierInLowerCaseBeforeAnOfficeInCapitalsIsTheTitles() {
        assertThat(find("Talks were held by the acting Minister of Foreign Affairs of Tajikistan Rustam Nazarov and interim"
                + " Foreign Minister Ali Qazi."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Rustam Nazarov", "acting Minister of Foreign Affairs"),
                        tuple("Ali Qazi", "interim Foreign Minister"));
    }

    @Test
    void theSpanishWordForTheForeignMinisterIsAnOffice() {
        assertThat(find("Canciller Ana Lopez met Peruvian Foreign Minister Jorge Vega."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Ana Lopez", "Canciller"), tuple("Jorge Vega", "Foreign Minister"));
    }

    @Test
    void officesGivenRespectivelyAfterTwoNamesAreTheirsInOrder() {
        assertThat(find("The Pope received Karim Nouri and Hassan Rahimi, respectively foreign minister and vice president of Iraq."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::toString).orElse(""))
                .containsExactly(tuple("Karim Nouri", "foreign minister", "IQ"), tuple("Hassan Rahimi", "vice president", "IQ"));
    }

    @Test
    void aNameAnEditorInsertsInSquareBracketsIsAPersonOfTheStateBeforeIt() {
        assertThat(find("He had useful talks with foreign ministers of the Kyrgyz Republic [Talant Asanov] and Tajikistan"
                + " [Rustam Nazarov], the spokesman said. The text [Annex A] was adopted."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::toString).orElse(""))
                .containsExactly(tuple("Talant Asanov", "KG"), tuple("Rustam Nazarov", "TJ"));
    }

    @Test
    void aNameOnALineOfItsOwnOverAnOfficeSignsInThatOffice() {
        String text = "The Secretary spoke by telephone with the Foreign Minister of Peru.\n\nAnna Lindqvist\n"
                + "Assistant Secretary, Bureau of Consular Affairs\nLima\n";

        assertThat(new PersonFinder(LEXICONS).bylines(text)).extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Anna Lindqvist", Optional.of("Assistant Secretary")));
    }

    @Test
    void theCountrysOfficeAfterACommaIsHeldForTheStateTheSentenceOpensWith() {
        Mention minister = only("Ghana hopes to trade more with Peru, the country's Foreign Minister Ama Owusu said.");

        assertThat(minister.country()).contains(CountryCode.of("GH"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Web Desk", "By Online Desk", "By Harbour Daily", "By Coast Times", "By Dawn Report"})
    void aNewsroomSigningForItsStaffIsNoPerson(String byline) {
        String text = byline + "\n\nThe ministers met in Accra.\n";

        assertThat(new PersonFinder(LEXICONS).bylines(text)).isEmpty();
    }

    @Test
    void aCounterpartsOfficeSetOffAfterTheNameIsTheirTitle() {
        List<Mention> mentions = find("Minister Ama Owusu held talks with her Peruvian counterpart, Mr Pedro Salas, Minister of"
                + " Foreign Affairs, on trade.");

        assertThat(mentions).extracting(Mention::name, Mention::title, Mention::country)
                .contains(tuple("Pedro Salas", Optional.of("Minister of Foreign Affairs"), Optional.of(CountryCode.of("PE"))));
    }

    @Test
    void aTitleNeverEndsWithOn() {
        List<Mention> mentions = find("Minister Kenji Mori held telephone talks with Mr. Jorge Salas, Minister of Foreign"
                + " Affairs of Peru on the recent earthquake.");

        assertThat(mentions).extracting(Mention::name, Mention::title)
                .contains(tuple("Jorge Salas", Optional.of("Minister of Foreign Affairs")));
    }

    @Test
    void aFunctionWordBeforeAWordInCapitalsIsReadOnce() {
        assertThat(find("The minister met with To LAMBERT in Hanoi.")).isEmpty();
    }

    @Test
    void anEngineersCourtesyTitleACaptionsLabelAndAPremierDesignateAreNoNameWords() {
        assertThat(find("The meeting was attended by Assistant Minister of Defense Eng. Khalid Al-Harbi."))
                .extracting(Mention::name).containsExactly("Khalid Al-Harbi");
        assertThat(find("Photo of Prime Minister Sato with Prime Minister Reid Photograph of the Summit Meeting"))
                .extracting(Mention::name).doesNotContain("Reid Photograph");
        assertThat(find("He wished Premier-designate Ali Hassan every success.")).extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Ali Hassan", Optional.of("Premier-designate")));
    }

    @Test
    void aStatesPossessiveAfterANameIsNoPartOfIt() {
        assertThat(find("Mr. Dupont will stress to Mr. Jagland France's support for the Council."))
                .extracting(Mention::name).contains("Jagland").doesNotContain("Jagland France");
    }

    @Test
    void wordsOfHeadlinesEventsAndBodiesAroundANameAreNoPartOfIt() {
        assertThat(find("Later, the President will take part in an Ambassador Credentialing Ceremony.")).isEmpty();
    }

    @Test
    void aPeoplesPossessiveInsideABodysNameStaysInTheTitle() {
        assertThat(find("Chairman of the Vientiane People’s Committee, Khampheng Sisavath, received the guests."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Khampheng Sisavath", Optional.of("Chairman of the Vientiane People’s Committee")));
    }

    @Test
    void aLetterAloneIsNoOnesName() {
        assertThat(find("Dr M discusses the visit with the top diplomat.")).isEmpty();
    }

    @Test
    void aPeersRankIsNoPartOfTheName() {
        assertThat(find("The Secretary General met Baroness Catherine Ashby, the EU High Representative."))
                .extracting(Mention::name).contains("Catherine Ashby").doesNotContain("Baroness Catherine Ashby");
    }

    @Test
    void theIranianSeyyedIsNoPartOfTheName() {
        assertThat(find("Foreign Minister Seyyed Abbas Karimi held a phone call with his Japanese counterpart."))
                .extracting(Mention::name).containsExactly("Abbas Karimi");
    }

    @Test
    void theHolySeesNuncioIsAnOfficeNotAName() {
        assertThat(find("The President also received the Apostolic Nuncio, Archbishop Paolo Verdi, at State House."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Paolo Verdi", Optional.of("Apostolic Nuncio")));
    }

    @Test
    void aPastVerbOfAHeadlineInTitleCaseIsNoPartOfTheName() {
        assertThat(find("Consul General Mei Lan Met with the Mayor of Springfield"))
                .extracting(Mention::name).containsExactly("Mei Lan");
    }

    @Test
    void aViceMayorIsAnOffice() {
        assertThat(find("Vice-Mayor Li Wen met the Consul General of Japan."))
                .extracting(Mention::name, Mention::title).containsExactly(tuple("Li Wen", Optional.of("Vice-Mayor")));
    }

    @Test
    void aLeadersStyleANavalRankAndAHausaCourtesyAreNoPartOfTheName() {
        assertThat(find("Elbasy Aidar Karimov spoke with Commodore Jone Vatu and Mallam Sani Bello."))
                .extracting(Mention::name).containsExactly("Aidar Karimov", "Jone Vatu", "Sani Bello");
    }

    @Test
    void aDoubleSurnameJoinedByAPortugueseOrSpanishAndIsOneName() {
        assertThat(find("Minister Ana Lima met Ambassador Rui Gomes da Silva e Prado and Consul Luis Perez y Mora."))
                .extracting(Mention::name).containsExactly("Ana Lima", "Rui Gomes da Silva e Prado", "Luis Perez y Mora");
    }

    @Test
    void aCabinetSecretaryIsAWholeOfficeBeforeTheRankOfAnEnvoy() {
        assertThat(find("Cabinet Secretary Ambassador Anna Lind met the President."))
                .extracting(Mention::name, Mention::title).containsExactly(tuple("Anna Lind", Optional.of("Cabinet Secretary")));
    }

    @Test
    void eachNameOfAListOfNamesAndOfficesKeepsItsOwnOffice() {
        assertThat(find("She spoke with Peter Braun, Foreign Minister of Latvia, Mart Tamm, Foreign Minister of Estonia, and others."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Peter Braun", Optional.of("Foreign Minister")), tuple("Mart Tamm", Optional.of("Foreign Minister")));
    }

    @Test
    void aPortfoliosWordBeforeAMinistryStaysInTheTitle() {
        assertThat(find("Interior Ministry Undersecretary Peter Braun met Trade Ministry Director-General Mart Tamm."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Peter Braun", Optional.of("Interior Ministry Undersecretary")),
                        tuple("Mart Tamm", Optional.of("Trade Ministry Director-General")));
    }

    @Test
    void theLeaderOfTheOppositionIsAnOffice() {
        assertThat(find("The envoy then met Peter Braun, the leader of the opposition."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Peter Braun", Optional.of("leader of the opposition")));
    }

    @Test
    void aComradeAnAdvocateADoctorAndAFijianChieflyStyleAreNoPartOfTheName() {
        assertThat(find("Minister Cde Tendai Moyo met Advocate Rudo Ncube and Doctor Adi Mere Tora."))
                .extracting(Mention::name).containsExactly("Tendai Moyo", "Rudo Ncube", "Mere Tora");
    }

    @Test
    void aPortfolioForCitizensAbroadEndsTheTitleNotStartsTheName() {
        assertThat(find("Minister of Trade and the Community Abroad Karim Haddad greeted the delegation."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Karim Haddad", Optional.of("Minister of Trade and the Community Abroad")));
    }

    @Test
    void aChambersWordBetweenAnOfficeAndATwoWordNameStaysInTheTitle() {
        assertThat(find("The envoy will also call on Chairman Senate Omar Latif in the capital."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Omar Latif", Optional.of("Chairman Senate")));
    }

    @Test
    void aWeekdayAfterAStyleAndAGivenNameBeforeAnOfficeIsTheSurname() {
        assertThat(find("The envoy called on Hon. Alwin Friday, Minister of Tourism, and met Minister Peter Braun Monday."))
                .extracting(Mention::name).containsExactly("Alwin Friday", "Peter Braun");
    }

    @Test
    void anOmbudspersonIsAnOfficeNotAName() {
        assertThat(find("Ombudsperson Leila Aminova received the visiting delegation."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Leila Aminova", Optional.of("Ombudsperson")));
    }

    @Test
    void aDelegationThatIncludedOfficialsGivesThemItsCountry() {
        List<Mention> mentions = find("The Peruvian delegation included Counsellor Luisa Ortega and Second Secretary Marta Vidal.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Luisa Ortega", "Marta Vidal");
        assertThat(mentions).extracting(Mention::country)
                .containsExactly(Optional.of(CountryCode.of("PE")), Optional.of(CountryCode.of("PE")));
    }

    @Test
    void aSoleOfficeAfterACommaOpensTheNextHolderNotASecondOffice() {
        assertThat(find("Talking with the new Consul General, President Ana Lima praised the ties."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Ana Lima", Optional.of("President")));
    }

    @Test
    void officesInThePluralBeforeACommaAreNoPartOfTheNextHoldersTitle() {
        assertThat(find("The envoy was welcomed by Senior Ministers, Chief of Protocol Omar Diallo and other officials."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Omar Diallo", Optional.of("Chief of Protocol")));
    }

    @Test
    void aBodysNameAfterACountrysPossessiveGoesOnWithTheTitle() {
        // the body is named by its own word, no title word, after the country's possessive
        assertThat(find("The delegation was received by Speaker of Latvia’s Saeima Inga Berzina in Riga."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Inga Berzina", Optional.of("Speaker of Latvia’s Saeima")));
    }

    @Test
    void aClosingParticleAfterTheLastNameWordIsTheNames() {
        // a Kyrgyz name closes on a lower-case word after the father's name
        assertThat(find("Talks were held with Deputy Speaker of the Jogorku Kenesh Almaz Tokon uulu on trade."))
                .extracting(Mention::name, Mention::title)
                .containsExactly(tuple("Almaz Tokon uulu", Optional.of("Deputy Speaker of the Jogorku Kenesh")));
    }
}
