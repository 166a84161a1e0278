package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.CountryCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The place stage: lexicon places after a preposition, cities told from countries. */
class PlaceFinderTest {

    private static final PlaceFinder FINDER = new PlaceFinder(Lexicons.load("en", new LexiconExtension()));

    private static List<PlaceFinder.Found> find(String text) {
        List<PlaceFinder.Found> found = FINDER.find(text, Tokenizer.tokens(text, 0, text.length()));
        for (PlaceFinder.Found f : found) {
            assertThat(f.place().span().cut(text)).isEqualTo(f.place().name());
        }
        return found;
    }

    @Test
    void aSocialNetworkOrAWordInAnotherScriptIsNoTown() {
        PlaceFinder russian = new PlaceFinder(Lexicons.load("ru", new LexiconExtension()));
        String text = "сообщил он на своей странице в Facebook.";

        assertThat(russian.find(text, Tokenizer.tokens(text, 0, text.length()))).isEmpty();
        assertThat(find("He said so in a post on Facebook.")).isEmpty();
        assertThat(find("He met her in Tarnow, Poland.")).isNotEmpty();
    }

    @Test
    void aTownNoLexiconListsAfterTheAbbreviatedNounForATownIsATown() {
        PlaceFinder russian = new PlaceFinder(Lexicons.load("ru", new LexiconExtension()));
        String text = "В г. Верхнедольске мэр принял гостей.";

        assertThat(russian.find(text, Tokenizer.tokens(text, 0, text.length()))).singleElement().satisfies(f -> {
            assertThat(f.place().name()).isEqualTo("Верхнедольск");
            assertThat(f.city()).isTrue();
        });
        String joined = "Делегацию встретили в г.Верхнедольске.";
        assertThat(russian.find(joined, Tokenizer.tokens(joined, 0, joined.length())))
                .extracting(f -> f.place().name()).containsExactly("Верхнедольск");
    }

    @Test
    void capitalWithItsDistrict() {
        List<PlaceFinder.Found> found = find("The ministers met in Washington, D.C. on Tuesday.");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.place().name()).isEqualTo("Washington, D.C.");
            assertThat(f.place().country()).contains(CountryCode.of("US"));
            assertThat(f.preposition()).isEqualTo(PlaceFinder.Role.IN);
            assertThat(f.city()).isTrue();
        });
    }

    @Test
    void aTownThatEndsAVenuesNameIsWhereTheVenueIs() {
        assertThat(find("The President received her at State House Nairobi on Monday.")).singleElement().satisfies(f -> {
            assertThat(f.place().name()).isEqualTo("Nairobi");
            assertThat(f.preposition()).isEqualTo(PlaceFinder.Role.AT);
        });
        assertThat(find("He spoke at President Victoria Lane's dinner.")).isEmpty();
    }

    @Test
    void theTownOfOnesOwnVenueIsWhereItIs() {
        assertThat(find("The minister received him at her Nairobi office on Monday.")).singleElement().satisfies(f -> {
            assertThat(f.place().name()).isEqualTo("Nairobi");
            assertThat(f.preposition()).isEqualTo(PlaceFinder.Role.AT);
        });
    }

    @Test
    void capitalisedArticleIsPartOfTheName() {
        assertThat(find("The court sits in The Hague.")).singleElement().satisfies(f -> {
            assertThat(f.place().name()).isEqualTo("The Hague");
            assertThat(f.place().country()).contains(CountryCode.of("NL"));
            assertThat(f.preposition()).isEqualTo(PlaceFinder.Role.IN);
        });
    }

    @Test
    void lowerCaseArticleIsNotPartOfTheName() {
        assertThat(find("The minister travelled to the United States.")).singleElement().satisfies(f -> {
            assertThat(f.place().name()).isEqualTo("United States");
            assertThat(f.preposition()).isEqualTo(PlaceFinder.Role.TO);
            assertThat(f.city()).isFalse();
        });
    }

    @Test
    void aTownThatOpensTheNameOfAGatheringIsWhereTheGatheringWasUnlessTheNameIsABodys() {
        assertThat(find("They met at the Davos World Economic Forum on Monday.")).singleElement()
                .satisfies(f -> {
                    assertThat(f.place().name()).isEqualTo("Davos");
                    assertThat(f.city()).isTrue();
                });
        assertThat(find("They met at the 60th Munich Security Conference.")).extracting(f -> f.place().name())
                .containsExactly("Munich");
        assertThat(find("They met on the sidelines of the Shanghai Cooperation Organisation summit.")).isEmpty();
        assertThat(find("They met at the Hyderabad House.")).isEmpty();
    }

    @Test
    void aCountryBeforeATitleAfterVisitingIsTheGuestsNotADestination() {
        assertThat(find("Xi met with visiting United States Secretary of State Antony Blinken.")).isEmpty();
        assertThat(find("The minister is visiting the United States this week.")).extracting(f -> f.place().name())
                .containsExactly("United States");
    }

    @Test
    void aCapitalWrittenAnotherWayIsStillItsCountrys() {
        assertThat(find("The leaders met in Riyad on Monday.")).singleElement()
                .satisfies(f -> assertThat(f.place().country()).contains(CountryCode.of("SA")));
    }

    @Test
    void prepositionIsRecorded() {
        List<PlaceFinder.Found> found = find("The minister flew from Astana to Spain and visited Germany.");

        assertThat(found).extracting(f -> f.place().name()).containsExactly("Astana", "Spain", "Germany");
        assertThat(found).extracting(PlaceFinder.Found::preposition)
                .containsExactly(PlaceFinder.Role.FROM, PlaceFinder.Role.TO, PlaceFinder.Role.VISITED);
    }

    @Test
    void countriesAreNotCities() {
        List<PlaceFinder.Found> found = find("Talks in Astana and in Almaty strengthen ties in Kazakhstan.");

        assertThat(found).extracting(f -> f.place().name()).containsExactly("Astana", "Almaty", "Kazakhstan");
        assertThat(found).extracting(PlaceFinder.Found::city).containsExactly(true, true, false);
        assertThat(found).extracting(f -> f.place().country().orElseThrow()).containsOnly(CountryCode.of("KZ"));
    }

    @Test
    void possessiveIsNotAPlace() {
        assertThat(find("The ambassador spoke to Kazakhstan's partners.")).isEmpty();
        assertThat(find("The ambassador spoke to Kazakhstan’s partners.")).isEmpty();
    }

    @Test
    void aCityAfterItsCountrysPossessiveIsThePlace() {
        assertThat(find("They held talks in Uzbekistan's Samarkand on Thursday.")).singleElement()
                .satisfies(f -> assertThat(f.place().name()).isEqualTo("Samarkand"));
        assertThat(find("They held talks in Uzbekistan’s Samarkand.")).singleElement()
                .satisfies(f -> assertThat(f.place().name()).isEqualTo("Samarkand"));
    }

    @Test
    void aTownBeforeThePossessiveOfOneOfItsBuildingsOrQuartersIsThePlace() {
        assertThat(find("The envoys were received at Almaty's Kok Tobe Pavilion on Friday.")).singleElement()
                .satisfies(f -> assertThat(f.place().name()).isEqualTo("Almaty"));
        assertThat(find("The two sides talked in Astana’s Esil district.")).singleElement()
                .satisfies(f -> assertThat(f.place().name()).isEqualTo("Astana"));
        assertThat(find("The president hosted the envoy at Bishkek's State House.")).singleElement()
                .satisfies(f -> assertThat(f.place().name()).isEqualTo("Bishkek"));
        assertThat(find("The delegation came at Astana's request.")).isEmpty();
    }

    @Test
    void demonymIsNotAPlace() {
        assertThat(find("The minister spoke in Kazakh and in English.")).isEmpty();
    }

    @Test
    void placeNeedsAPrepositionBeforeIt() {
        assertThat(find("Astana and Washington agreed to cooperate.")).isEmpty();
        assertThat(find("Kazakhstan welcomed the decision of Germany.")).isEmpty();
    }

    @Test
    void tokenIndexesCoverThePlace() {
        String text = "They met in The Hague yesterday.";
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length());
        PlaceFinder.Found found = FINDER.find(text, tokens).get(0);

        assertThat(tokens.subList(found.first(), found.end())).extracting(Token::text).containsExactly("The", "Hague");
    }

    @Test
    void aTownNoLexiconListsAfterIn() {
        List<PlaceFinder.Found> found = find("The ministers met in Lodz on 1 December.");
        assertThat(found).extracting(f -> f.place().name()).containsExactly("Lodz");
        assertThat(find("They met in Cholpon-Ata, Kyrgyzstan.")).extracting(f -> f.place().name() + " "
                + f.place().country().map(Object::toString).orElse("-")).contains("Cholpon-Ata KG");
        assertThat(find("They spoke in English.")).isEmpty();
        assertThat(find("They met in Parliament on Monday.")).isEmpty();
    }

    @Test
    void aTownNoLexiconListsBeforeANounForATown() {
        assertThat(find("The governors talked in Sakaide city, Japan, about ports.")).extracting(f -> f.place().name() + " "
                + f.place().country().map(Object::toString).orElse("-")).containsExactly("Sakaide JP");
        assertThat(find("The envoy was received in Naivasha town on Friday.")).extracting(f -> f.place().name())
                .containsExactly("Naivasha");
    }

    @Test
    void aRussianCityOfTheLexiconIsReadToItsNominativeWithItsCountry() {
        PlaceFinder russian = new PlaceFinder(Lexicons.load("ru", new LexiconExtension()));
        String text = "Встреча прошла в Тирасполе.";

        assertThat(russian.find(text, Tokenizer.tokens(text, 0, text.length())))
                .extracting(f -> f.place().name() + " " + f.place().country().map(Object::toString).orElse("-"))
                .containsExactly("Тирасполь MD");
    }

    @Test
    void aTownNoLexiconListsInKaOrPolIsReadToItsNominative() {
        PlaceFinder russian = new PlaceFinder(Lexicons.load("ru", new LexiconExtension()));
        String text = "Делегации встретились в городе Заречановке, затем в городе Светлополе и в городе Ключевске.";

        assertThat(russian.find(text, Tokenizer.tokens(text, 0, text.length()))).extracting(f -> f.place().name())
                .containsExactly("Заречановка", "Светлополь", "Ключевск");
    }

    @Test
    void aVillageOrADistrictCentreNamesTheTownAfterItsNoun() {
        PlaceFinder russian = new PlaceFinder(Lexicons.load("ru", new LexiconExtension()));
        String text = "Гостей приняли в селе Ольховатка, затем в районном центре Краснополье и в посёлке Луговое.";

        assertThat(russian.find(text, Tokenizer.tokens(text, 0, text.length()))).extracting(f -> f.place().name())
                .containsExactly("Ольховатка", "Краснополье", "Луговое");
    }

    @Test
    void aTownsOwnSeatBeforeAListedTownInTheGenitiveStandsInThatTown() {
        PlaceFinder russian = new PlaceFinder(Lexicons.load("ru", new LexiconExtension()));
        String text = "Гостей приняли в мэрии Бишкека, а вечером в администрации Центрального района.";

        assertThat(russian.find(text, Tokenizer.tokens(text, 0, text.length()))).extracting(f -> f.place().name())
                .containsExactly("Бишкек");
    }

    @Test
    void aTownNoLexiconListsIsOneAfterANounForACityWhateverFollowsIt() {
        assertThat(find("They met in the city of Dongcheng near the capital.")).extracting(f -> f.place().name())
                .containsExactly("Dongcheng");
        assertThat(find("They met in Dongcheng near the capital.")).isEmpty();
    }

    @Test
    void aTownNoLexiconListsTakesTheCountryOfThePeoplesAdjectiveBeforeItsNoun() {
        assertThat(find("The envoys were hosted in the Moldovan city of Orhevaru on Friday.")).extracting(f -> f.place().name()
                + " " + f.place().country().map(Object::toString).orElse("-")).containsExactly("Orhevaru MD");
        assertThat(find("They met in the northern town of Orhevaru.")).extracting(f -> f.place().name() + " "
                + f.place().country().map(Object::toString).orElse("-")).containsExactly("Orhevaru -");
    }

    @Test
    void aNounForATownRightBeforeItsNameNamesItWithoutOf() {
        assertThat(find("The delegations held talks in Kenya's third city Kisumu on Friday.")).extracting(f -> f.place().name()
                + " " + f.place().country().map(Object::toString).orElse("-")).containsExactly("Kisumu KE");
        assertThat(find("The envoys gathered in the Moldovan town Orhevaru, where they signed.")).extracting(f -> f.place()
                .name() + " " + f.place().country().map(Object::toString).orElse("-")).containsExactly("Orhevaru MD");
        assertThat(find("She spoke at the town Council of Orhevaru.")).isEmpty();
    }

    @Test
    void anIslandOrAResortIsAPlaceAfterItsNounAndOnAlsoPlacesAnIsland() {
        assertThat(find("The ministers met in the Indonesian island of Bali on Friday.")).extracting(f -> f.place().name())
                .containsExactly("Bali");
        assertThat(find("The ministers met in the Black Sea resort of Sochi.")).extracting(f -> f.place().name())
                .containsExactly("Sochi");
        assertThat(find("The ministers met on the island of Jeju.")).extracting(f -> f.place().name() + " " + f.preposition())
                .containsExactly("Jeju IN");
        assertThat(find("The ministers held talks on Cyprus.")).isEmpty();
    }

    @Test
    void aPartOfAKnownCityNamedBeforeItGivesWayToTheCity() {
        assertThat(find("The minister saw the envoy off at the ministry's office in Toorak, Suva on Friday.")).singleElement()
                .satisfies(f -> assertThat(f.place().name()).isEqualTo("Suva"));
    }

    @Test
    void anUnknownTownBeforeAPrepositionInLowerCase() {
        assertThat(find("The two ministers met Friday in Tacnara to mark the anniversary.")).extracting(f -> f.place().name())
                .containsExactly("Tacnara");
        assertThat(find("The minister hosted a dinner in Honor of the envoy.")).isEmpty();
    }
}
