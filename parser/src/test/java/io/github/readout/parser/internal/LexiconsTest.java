package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.CountryCode;
import io.github.readout.core.MeetingKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data files and the user's additions. */
class LexiconsTest {

    private static final Lexicons LEXICONS = Lexicons.load("en", new LexiconExtension());

    private static List<Token> tokens(String text) {
        return Tokenizer.tokens(text, 0, text.length());
    }

    /** The data lines of a lexicon file, split on tabs. */
    private static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream("lexicon/en/" + file)) {
            assertThat(in).as(file).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Deputy Assistant Secretary of State for South and Central Asian Affairs | US",
            "Acting Under Secretary of State for Political Affairs | US",
            "Assistant Secretary of State | US",
            "Secretary of State for Foreign Affairs | ''"})
    void aTitleOneCountryGivesMayGoOnWithItsPortfolio(String title, String code) {
        assertThat(LEXICONS.countryOfTitle(title))
                .isEqualTo(code.isEmpty() ? Optional.empty() : Optional.of(CountryCode.of(code)));
    }

    /** A pack's lexicons as an image, for comparing two ways of reading a pack. */
    private static byte[] image(Lexicons lexicons) {
        LexiconImage.Out out = new LexiconImage.Out();
        lexicons.writeImage(out);
        return out.bytes();
    }

    @ParameterizedTest
    @CsvSource({"en", "ru"})
    void theBuildsImageOfAPackRestoresWhatItsFilesGive(String language) {
        assertThat(LexiconBundle.image(language)).as("the image the build writes into the bundle").isNotNull();
        assertThat(image(Lexicons.load(language, new LexiconExtension())))
                .isEqualTo(image(Lexicons.fromFiles(language)));
    }

    @ParameterizedTest
    @CsvSource({"dates.tsv", "months.tsv", "gatherings.tsv", "ordinals.tsv"})
    void theFirstPacksBundleCopiesTheFilesEveryPackIsReadForAsTheyAre(String file) {
        LexiconBundle.Lines copy = LexiconBundle.copied("ru", file);
        LexiconBundle.Lines own = LexiconBundle.of("ru").lines(file);
        assertThat(copy).as("the copy in the first pack's bundle").isNotNull();
        assertThat(copy.texts()).containsExactly(own == null ? new String[0] : own.texts());
        assertThat(copy.numbers()).containsExactly(own == null ? new int[0] : own.numbers());
    }

    @Test
    void everyDataFileLoads() {
        assertThat(LEXICONS.countries.longest(tokens("Kazakhstan"), 0)).isNotNull();
        assertThat(LEXICONS.titles.longest(tokens("Minister"), 0)).isNotNull();
        assertThat(LEXICONS.honorifics.longest(tokens("H.E."), 0)).isNotNull();
        assertThat(LEXICONS.organizations.longest(tokens("European Union"), 0)).isNotNull();
        assertThat(LEXICONS.triggers.longest(tokens("telephone conversation"), 0)).isNotNull();
        assertThat(LEXICONS.vocabulary).isNotEmpty().contains("the");
    }

    @Test
    void countryRowsHaveValidCodesKindsAndPhrases() throws IOException {
        List<String[]> rows = rows("countries.tsv");

        assertThat(rows).hasSizeGreaterThan(100).allSatisfy(row -> {
            assertThat(row).as(String.join("|", row)).hasSize(3);
            assertThat(CountryCode.isValid(row[0])).as("code %s", row[0]).isTrue();
            assertThat(row[1]).isIn("name", "demonym", "capital", "city", "region");
            assertThat(row[2]).isNotBlank().isEqualTo(row[2].strip());
        });
    }

    @Test
    void officialRowsHaveValidCodesAndNamesOfTwoWordsOrMore() throws IOException {
        assertThat(rows("officials.tsv")).hasSizeGreaterThan(100).allSatisfy(row -> {
            assertThat(row).as(String.join("|", row)).hasSize(2);
            assertThat(CountryCode.isValid(row[0])).as("code %s", row[0]).isTrue();
            assertThat(row[1].split(" ")).as(row[1]).hasSizeGreaterThan(1);
        });
    }

    @Test
    void anOfficialsNameStartsWithAnHonorificOnlyWhenTheHonorificIsPartOfIt() throws IOException {
        // "Sheikh Hasina" is named with her honorific; a longer name that opens with one would keep it in
        // the person's name ("Sayyid Badr Albusaidi"), where releases are read without it
        assertThat(rows("officials.tsv")).allSatisfy(row -> {
            List<Token> name = tokens(row[1]);
            PhraseIndex.Match<Boolean> honorific = LEXICONS.honorifics.longest(name, 0);
            assertThat(honorific == null || name.size() - honorific.end() == 1).as(row[1]).isTrue();
        });
    }

    @Test
    void anOfficialIsFoundByTheWholeNameOrARunAtItsStartOrEnd() {
        assertThat(LEXICONS.countryOfOfficial(List.of("wang", "yi"))).contains(CountryCode.of("CN"));
        assertThat(LEXICONS.countryOfOfficial(List.of("sheikh", "mohammed", "bin", "zayed"))).contains(CountryCode.of("AE"));
        assertThat(LEXICONS.countryOfOfficial(List.of("narendra", "modi", "ji"))).contains(CountryCode.of("IN"));
        assertThat(LEXICONS.countryOfOfficial(List.of("modi"))).as("a surname alone is too weak").isEmpty();
        assertThat(LEXICONS.countryOfOfficial(List.of("bin", "zayed"))).isEmpty();
    }

    @Test
    void aSurnameAloneTellsTheCountryOnlyWhenItsOfficeHoldersShareOne() {
        assertThat(LEXICONS.countryOfOfficialSurname("obama")).contains(CountryCode.of("US"));
        assertThat(LEXICONS.countryOfOfficialSurname("rajapaksa")).contains(CountryCode.of("LK"));
        assertThat(LEXICONS.countryOfOfficialSurname("sharif")).as("Pakistani and none else").contains(CountryCode.of("PK"));
        assertThat(LEXICONS.countryOfOfficialSurname("khan")).as("too short a surname").isEmpty();
        assertThat(LEXICONS.countryOfOfficialSurname("abdullah")).as("Afghan and Saudi office holders").isEmpty();
        assertThat(LEXICONS.countryOfOfficialSurname("unknown")).isEmpty();
    }

    @Test
    void organizationRowsHaveValidCodesOrADash() throws IOException {
        assertThat(rows("organizations.tsv")).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(2);
            assertThat(row[0].equals("-") || CountryCode.isValid(row[0])).as("code %s", row[0]).isTrue();
            assertThat(row[1]).isNotBlank();
        });
    }

    @Test
    void titleAndTriggerRowsHaveKnownKinds() throws IOException {
        assertThat(rows("titles.txt")).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(2);
            assertThat(row[0]).isIn("head", "modifier", "courtesy");
        });
        List<String> kinds = List.of(MeetingKind.values()).stream().map(Enum::name).collect(Collectors.toList());
        assertThat(rows("triggers.tsv")).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(2);
            assertThat(row[0]).isIn(kinds);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "Kazakh, KZ, DEMONYM",
        "Kazakhstan, KZ, NAME",
        "Astana, KZ, CAPITAL",
        "Almaty, KZ, CITY",
        "United States, US, NAME",
        "Türkiye, TR, NAME",
        "Turkey, TR, NAME",
        "PRC, CN, NAME",
        "Russian Federation, RU, NAME",
        "Azerbaijani, AZ, DEMONYM",
    })
    void knownCountryPhrases(String phrase, String code, Lexicons.CountryForm form) {
        List<Token> tokens = tokens(phrase);
        PhraseIndex.Match<Lexicons.CountryEntry> match = LEXICONS.countries.longest(tokens, 0);

        assertThat(match).as(phrase).isNotNull();
        assertThat(match.end()).isEqualTo(tokens.size());
        assertThat(match.value()).isEqualTo(new Lexicons.CountryEntry(CountryCode.of(code), form));
    }

    @Test
    void theUnitedStatesIsFoundThroughUnitedStates() {
        List<Token> tokens = tokens("the United States");

        assertThat(LEXICONS.countries.longest(tokens, 0)).isNull();
        PhraseIndex.Match<Lexicons.CountryEntry> match = LEXICONS.countries.longest(tokens, 1);
        assertThat(match.value().code()).isEqualTo(CountryCode.of("US"));
        assertThat(match.end()).isEqualTo(3);
    }

    @Test
    void internationalBodiesHaveNoCountryAndNationalOnesDo() {
        assertThat(LEXICONS.organizations.longest(tokens("UN"), 0).value().country()).isEmpty();
        assertThat(LEXICONS.organizations.longest(tokens("Kazakh MFA"), 0).value().country())
                .contains(CountryCode.of("KZ"));
    }

    @Test
    void userTitleOfSeveralWordsIsAHead() {
        LexiconExtension extension = new LexiconExtension();
        extension.addTitle("Guardian for Children");
        Lexicons lexicons = Lexicons.load("en", extension);
        List<Token> tokens = tokens("Guardian for Children Dinara Zakiyeva");

        assertThat(LEXICONS.titles.longest(tokens, 0)).isNull();
        PhraseIndex.Match<Lexicons.TitleRole> match = lexicons.titles.longest(tokens, 0);
        assertThat(match.value()).isEqualTo(Lexicons.TitleRole.HEAD);
        assertThat(match.end()).isEqualTo(3);
    }

    @Test
    void userPlaceIsACityOfItsCountry() {
        LexiconExtension extension = new LexiconExtension();
        extension.addPlace("Zharkent", CountryCode.of("KZ"));
        Lexicons lexicons = Lexicons.load("en", extension);

        assertThat(LEXICONS.countries.longest(tokens("Zharkent"), 0)).isNull();
        assertThat(lexicons.countries.longest(tokens("Zharkent"), 0).value())
                .isEqualTo(new Lexicons.CountryEntry(CountryCode.of("KZ"), Lexicons.CountryForm.CITY));
    }

    @Test
    void userOrganizationKeepsItsCountry() {
        LexiconExtension extension = new LexiconExtension();
        extension.addOrganization("Kazakh Invest", Optional.of(CountryCode.of("KZ")));
        extension.addOrganization("Central Asian Youth Forum", Optional.empty());
        Lexicons lexicons = Lexicons.load("en", extension);

        PhraseIndex.Match<Lexicons.Organization> invest = lexicons.organizations.longest(tokens("Kazakh Invest"), 0);
        assertThat(invest.end()).isEqualTo(2);
        assertThat(invest.value().country()).contains(CountryCode.of("KZ"));
        assertThat(lexicons.organizations.longest(tokens("Central Asian Youth Forum"), 0).value().country()).isEmpty();
        assertThat(LEXICONS.organizations.longest(tokens("Kazakh Invest"), 0)).isNull();
    }

    @Test
    void userAdditionsAfterASnapshotDoNotReachIt() {
        LexiconExtension extension = new LexiconExtension();
        LexiconExtension snapshot = extension.snapshot();
        extension.addPlace("Zharkent", CountryCode.of("KZ"));

        assertThat(Lexicons.load("en", snapshot).countries.longest(tokens("Zharkent"), 0)).isNull();
    }

    @Test
    void russianPackLoadsWithItsNominatives() {
        Lexicons russian = Lexicons.load("ru", new LexiconExtension().snapshot());

        PhraseIndex.Match<Lexicons.CountryEntry> capital = russian.countries.longest(tokens("в Астане"), 1);

        assertThat(capital).isNotNull();
        assertThat(capital.value().code()).isEqualTo(CountryCode.of("KZ"));
        assertThat(capital.value().name()).hasValue("Астана");
        assertThat(russian.capitalOf(CountryCode.of("RU"))).hasValue("Москва");
        assertThat(russian.triggers.longest(tokens("телефонный разговор"), 0).value()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(russian.declension.declines()).isTrue();
        assertThat(LEXICONS.declension.declines()).isFalse();
    }

    @Test
    void everyRussianPlaceIsReadInTheNominativeItIsNamedBy() throws IOException {
        Lexicons russian = Lexicons.load("ru", new LexiconExtension().snapshot());
        List<String> unread = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream("lexicon/ru/countries.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // "Москв*а" must read "Москва": the endings the pack allows must hold each stem's own nominative
                String nominative = line.split("\t")[2].replace("*", "");
                if (russian.countries.longest(tokens(nominative), 0) == null) {
                    unread.add(nominative);
                }
            }
        }
        assertThat(unread).isEmpty();
    }

    @Test
    void aRussianStemLeavesOutTheSoftSignOrShortIThatItsCasesDrop() throws IOException {
        List<String> kept = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream("lexicon/ru/countries.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#") && line.split("\t")[2].matches(".*[йь]\\*( .*)?")) {
                    kept.add(line.split("\t")[2]); // "Ханой*" reads no "в Ханое": the stem is "Хано*й"
                }
            }
        }
        Lexicons russian = Lexicons.load("ru", new LexiconExtension().snapshot());

        assertThat(kept).isEmpty();
        assertThat(russian.countries.longest(tokens("в Ханое"), 1).value().name()).hasValue("Ханой");
        assertThat(russian.countries.longest(tokens("в Сычуани"), 1).value().code()).isEqualTo(CountryCode.of("CN"));
    }

    /** The comment lines at the top of a lexicon file of the English pack. */
    private static String header(String file) throws IOException {
        StringBuilder header = new StringBuilder();
        try (InputStream in = Lexicons.class.getResourceAsStream("lexicon/en/" + file)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && line.startsWith("#")) {
                header.append(line).append('\n');
            }
        }
        return header.toString();
    }

    @ParameterizedTest
    @CsvSource({"cues.tsv", "chrome.tsv", "abbreviations.tsv", "dates.tsv"})
    void everyRoleOfAFileOfRolesIsDocumentedInItsHeader(String file) throws IOException {
        String header = header(file);
        List<String> undocumented = rows(file).stream().map(row -> row[0]).distinct()
                .filter(role -> !header.matches("(?s).*\\b" + role + "\\b.*")).toList();

        assertThat(undocumented).as(file).isEmpty();
    }

    @Test
    void theStagesSharedByEveryLanguageReadTheRolesOfEveryBuiltInPack() {
        assertThat(Lexicons.builtInCue(Lexicons.Cue.TOPIC_CUE)).startsWith("discussed").contains("views on");
        assertThat(Lexicons.builtInCue(Lexicons.Cue.OF_WORD)).containsExactly("of");
        assertThat(Lexicons.builtInCue(Lexicons.Cue.HOST_PREPOSITION)).containsExactly("in", "to");
    }

    @Test
    void anHonoraryStyleSetOffInATitleIsNoPartOfIt() {
        assertThat(LEXICONS.withoutStyle(Optional.of("Leader of the Nation, President"))).contains("President");
        assertThat(LEXICONS.withoutStyle(Optional.of("President of Ruritania, Leader of the Nation")))
                .contains("President of Ruritania");
        assertThat(LEXICONS.withoutStyle(Optional.of("Deputy Prime Minister – Foreign Minister")))
                .contains("Deputy Prime Minister – Foreign Minister");
        assertThat(LEXICONS.withoutStyle(Optional.of("Leader of the Nation"))).contains("Leader of the Nation");
    }
}
