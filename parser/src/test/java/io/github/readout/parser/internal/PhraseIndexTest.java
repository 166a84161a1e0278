package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrase trie: longest match, case and apostrophe folding, non-overlapping scans. */
class PhraseIndexTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.tokens(text, 0, text.length());
    }

    private static PhraseIndex<String> titles() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Minister", "minister");
        index.add("Foreign Minister", "foreign minister");
        index.add("Minister of Foreign Affairs", "minister of foreign affairs");
        index.add("Chargé d'Affaires", "chargé");
        return index;
    }

    @Test
    void longestPhraseWins() {
        List<Token> tokens = tokens("Minister of Foreign Affairs Jeyhun Bayramov");

        PhraseIndex.Match<String> match = titles().longest(tokens, 0);

        assertThat(match).isNotNull();
        assertThat(match.value()).isEqualTo("minister of foreign affairs");
        assertThat(match.start()).isZero();
        assertThat(match.end()).isEqualTo(4);
    }

    @Test
    void aShorterPhraseMatchesWhenTheLongerOneBreaksOff() {
        List<Token> tokens = tokens("Minister of Trade");

        PhraseIndex.Match<String> match = titles().longest(tokens, 0);

        assertThat(match.value()).isEqualTo("minister");
        assertThat(match.end()).isEqualTo(1);
    }

    @Test
    void noPhraseStartsAtAWordOutsideTheIndex() {
        assertThat(titles().longest(tokens("The Minister"), 0)).isNull();
        assertThat(titles().longest(tokens("The Minister"), 1)).isNotNull();
    }

    @Test
    void matchingIgnoresCase() {
        assertThat(titles().longest(tokens("FOREIGN MINISTER"), 0).value()).isEqualTo("foreign minister");
        assertThat(titles().longest(tokens("foreign minister"), 0).value()).isEqualTo("foreign minister");
    }

    @Test
    void typographicAndPlainApostrophesAreTheSame() {
        assertThat(titles().longest(tokens("Chargé d’Affaires"), 0).value()).isEqualTo("chargé");

        PhraseIndex<String> curly = new PhraseIndex<>();
        curly.add("Quai d’Orsay", "quai");
        assertThat(curly.longest(tokens("the Quai d'Orsay"), 1)).isNotNull()
                .extracting(PhraseIndex.Match::end).isEqualTo(3);
    }

    @Test
    void findAllScansLeftToRightWithoutOverlaps() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("United States", "US");
        index.add("States", "states");
        index.add("Kazakhstan", "KZ");
        List<Token> tokens = tokens("Kazakhstan and the United States");

        List<PhraseIndex.Match<String>> matches = index.findAll(tokens);

        assertThat(matches).extracting(PhraseIndex.Match::value).containsExactly("KZ", "US");
        assertThat(matches).extracting(PhraseIndex.Match::start).containsExactly(0, 3);
        assertThat(matches).extracting(PhraseIndex.Match::end).containsExactly(1, 5);
    }

    @Test
    void findAllPrefersTheLongestPhraseAtEachStart() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("a b", "ab");
        index.add("b c", "bc");
        index.add("c", "c");

        assertThat(index.findAll(tokens("a b c"))).extracting(PhraseIndex.Match::value).containsExactly("ab", "c");
    }

    @Test
    void addKeepsTheFirstValueAndPutReplacesIt() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Georgia", "GE");
        index.add("Georgia", "US");
        assertThat(index.longest(tokens("Georgia"), 0).value()).isEqualTo("GE");

        index.put("georgia", "US");
        assertThat(index.longest(tokens("Georgia"), 0).value()).isEqualTo("US");
    }

    @Test
    void emptyTokenListHasNoMatches() {
        assertThat(titles().findAll(List.of())).isEmpty();
        assertThat(titles().longest(List.of(), 0)).isNull();
    }

    @Test
    void stemReadsEveryEndingUpToItsLimit() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Москв*а", "Moscow");
        index.add("Казахстан*", "Kazakhstan");

        assertThat(index.longest(tokens("в Москве"), 1)).extracting(PhraseIndex.Match::value).isEqualTo("Moscow");
        assertThat(index.longest(tokens("Москвой"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Moscow");
        assertThat(index.longest(tokens("Казахстаном"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Kazakhstan");
        assertThat(index.longest(tokens("Казахстан"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Kazakhstan");
        assertThat(index.longest(tokens("Москворецкий"), 0)).isNull(); // seven letters past the stem
        assertThat(index.longest(tokens("Мос"), 0)).isNull();
    }

    @Test
    void aStemWhoseNominativeHasAnEndingIsNoWordWithoutOne() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Росси*я", "Russia");

        assertThat(index.longest(tokens("в России"), 1)).extracting(PhraseIndex.Match::value).isEqualTo("Russia");
        assertThat(index.longest(tokens("посла Италии Марко Росси"), 3)).isNull(); // the surname, not a case of "Россия"
    }

    @Test
    void wordWrittenInFullWinsOverAStem() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Вен*", "stem");
        index.add("Венгри*я", "Hungary");

        assertThat(index.longest(tokens("Венгрии"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Hungary");
    }

    @Test
    void stemsOfSeveralWordsMatchTogether() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("министр* иностранн* дел", "foreign minister");

        PhraseIndex.Match<String> match = index.longest(tokens("с министром иностранных дел Турции"), 1);

        assertThat(match).isNotNull();
        assertThat(match.end()).isEqualTo(4);
    }

    @Test
    void aPackThatListsEndingsReadsAStemOnlyWithOneOfThem() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Ирак*", "Iraq");
        index.endings(Endings.of(List.<String[]>of(new String[] {"а"}, new String[] {"е"}, new String[] {"ом"})));

        assertThat(index.longest(tokens("Ирака"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Iraq");
        assertThat(index.longest(tokens("Ираком"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Iraq");
        assertThat(index.longest(tokens("Ирак"), 0)).extracting(PhraseIndex.Match::value).isEqualTo("Iraq");
        assertThat(index.longest(tokens("Ираклий"), 0)).isNull(); // a name that begins like the country
        assertThat(index.longest(tokens("Ираклием"), 0)).isNull();
    }

    @Test
    void aWiderPhraseHidesThePhrasesInsideIt() {
        PhraseIndex<String> countries = new PhraseIndex<>();
        countries.add("America", "US");
        countries.add("Indian", "IN");
        PhraseIndex<String> regions = new PhraseIndex<>();
        regions.add("Latin America", "region");
        regions.add("Indian Ocean", "region");
        countries.hiddenInside(regions, 2);

        List<Token> tokens = tokens("Latin America and the Indian Ocean, not America or Indian officials");

        assertThat(countries.findAll(tokens)).extracting(PhraseIndex.Match::start).containsExactly(8, 10);
    }

    @Test
    void aShortAbbreviationInCapitalsMatchesOnlyInCapitals() {
        PhraseIndex<String> countries = new PhraseIndex<>();
        countries.add("US", "US");
        countries.add("U.S.", "US");
        countries.add("Uganda", "UG");

        assertThat(countries.findAll(tokens("the US and U.S. met uganda, not us"))).extracting(PhraseIndex.Match::start)
                .containsExactly(1, 3, 5);
    }

    @Test
    void aFirstStepKeptOnTheWordsNoteFindsWhatAWalkFromTheRootFinds() {
        java.util.Random random = new java.util.Random(24);
        String[] words = {"Минист*", "министр", "дел", "Foreign", "Minister", "of", "Affairs", "the", "Росси*я", "US", "Вен*",
                "Венгри*я", "Казахстан*", "and", "Chargé", "d'Affaires"};
        String[] written = {"министром", "министр", "дел", "Foreign", "minister", "of", "Affairs", "the", "России", "US", "us",
                "Вене", "Венгрии", "Казахстаном", "and", "Chargé", "d’Affaires", "Росси", "Kazakh", ",", "."};
        for (int round = 0; round < 20; round++) {
            List<PhraseIndex<String>> joined = new java.util.ArrayList<>();
            List<PhraseIndex<String>> alone = new java.util.ArrayList<>();
            for (int i = 0; i < 70; i++) {
                PhraseIndex<String> one = new PhraseIndex<>();
                PhraseIndex<String> other = new PhraseIndex<>();
                for (int p = random.nextInt(6); p > 0; p--) {
                    StringBuilder phrase = new StringBuilder(words[random.nextInt(words.length)]);
                    for (int w = random.nextInt(3); w > 0; w--) {
                        phrase.append(' ').append(words[random.nextInt(words.length)]);
                    }
                    one.add(phrase.toString(), phrase.toString());
                    other.add(phrase.toString(), phrase.toString());
                }
                joined.add(one);
                alone.add(other);
            }
            new FirstWords(List.copyOf(joined));
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(12); w >= 0; w--) {
                    text.append(written[random.nextInt(written.length)]).append(' ');
                }
                List<Token> tokens = tokens(text.toString());
                for (int i = 0; i < joined.size(); i++) {
                    for (int start = 0; start <= tokens.size(); start++) {
                        assertThat(joined.get(i).longestEnd(tokens, start)).isEqualTo(alone.get(i).longestEnd(tokens, start));
                        assertThat(joined.get(i).longest(tokens, start)).isEqualTo(alone.get(i).longest(tokens, start));
                    }
                }
            }
        }
    }
}
