package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokenizer: words keep inner apostrophes, hyphens and abbreviation periods; other marks stand alone. */
class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokens(text, 0, text.length()).stream().map(Token::text).collect(Collectors.toList());
    }

    @Test
    void dottedAbbreviationsKeepTheirPeriods() {
        assertThat(texts("The U.S. delegation met the Chargé d'Affaires a.i. yesterday."))
                .containsExactly("The", "U.S.", "delegation", "met", "the", "Chargé", "d'Affaires", "a.i.",
                        "yesterday", ".");
    }

    @Test
    void honorificAbbreviationAndInitialsKeepTheirPeriods() {
        assertThat(texts("H.E. Mr. Daniel N. Rosenblum and S. Akhmetov arrived."))
                .containsExactly("H.E.", "Mr", ".", "Daniel", "N.", "Rosenblum", "and", "S.", "Akhmetov", "arrived", ".");
    }

    @Test
    void anInitialOfTwoLatinLettersForOneCyrillicGluedToTheNameKeepsItsPeriod() {
        assertThat(texts("President Kh.Battulga and Ts.Elbegdorj met Mr.Dorj."))
                .containsExactly("President", "Kh.Battulga", "and", "Ts.Elbegdorj", "met", "Mr", ".", "Dorj", ".");
    }

    @Test
    void latinLookAlikesInACyrillicWordAreReadAsCyrillicButKeptAsWritten() {
        Token mixed = Tokenizer.tokens("учаcтие", 0, 7).get(0); // the fourth letter is a Latin "c"
        assertThat(mixed.key()).isEqualTo("участие");
        assertThat(mixed.text()).isEqualTo("учаcтие");
        assertThat(Tokenizer.key("Boeing")).isEqualTo("boeing");
        assertThat(Tokenizer.key("Москва")).isEqualTo("москва");
        assertThat(Tokenizer.key("Бахтиёр")).isEqualTo(Tokenizer.key("Бахтиер"));
    }

    @Test
    void wordsGluedToDatesAndTimesAreCutApartButCodesStayWhole() {
        assertThat(texts("Казахстан08.10.2018 14:49Астана")).containsExactly("Казахстан", "08", ".", "10", ".", "2018",
                "14", ":", "49", "Астана");
        assertThat(texts("the G20 and C5 on the 5th")).containsExactly("the", "G20", "and", "C5", "on", "the", "5th");
    }

    @Test
    void sentencePeriodAfterAWordIsItsOwnToken() {
        assertThat(texts("They met in Astana.")).containsExactly("They", "met", "in", "Astana", ".");
    }

    @Test
    void hyphenatedNamesAreOneWord() {
        assertThat(texts("Kassym-Jomart Tokayev received Kim Hong-kyun."))
                .containsExactly("Kassym-Jomart", "Tokayev", "received", "Kim", "Hong-kyun", ".");
    }

    @Test
    void innerApostropheStaysInTheWord() {
        assertThat(texts("Ambassador O'Sullivan spoke.")).containsExactly("Ambassador", "O'Sullivan", "spoke", ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "’"})
    void possessiveSplitsIntoNameApostropheAndS(String apostrophe) {
        String text = "Roman Vassilenko" + apostrophe + "s visit";

        assertThat(texts(text)).containsExactly("Roman", "Vassilenko", apostrophe, "s", "visit");
    }

    @Test
    void numberRangeIsThreeTokens() {
        assertThat(texts("on 4-5 June")).containsExactly("on", "4", "-", "5", "June");
        assertThat(texts("on 3–4 December")).containsExactly("on", "3", "–", "4", "December");
    }

    @Test
    void formatNameWithPlusIsSplitAtThePlus() {
        assertThat(texts("the C5+1 format")).containsExactly("the", "C5", "+", "1", "format");
    }

    @Test
    void offsetsPointAtTheTokenInTheText() {
        String text = "  H.E. Mr. Kim Hong-kyun\u00A0met Vassilenko's team on 4-5 June (C5+1).";
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length());

        assertThat(tokens).isNotEmpty().allSatisfy(t -> {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.text()).isNotBlank();
        });
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).start()).isGreaterThanOrEqualTo(tokens.get(i - 1).end());
        }
        assertThat(tokens.get(0).start()).isEqualTo(2);
        assertThat(tokens).extracting(Token::text).contains("met", "Vassilenko", "'", "s");
    }

    @Test
    void tokensOfARangeKeepOffsetsInTheWholeText() {
        String text = "Preamble. Kazakh Foreign Minister met. Tail";
        int start = text.indexOf("Kazakh");
        int end = text.indexOf(" Tail");
        List<Token> tokens = Tokenizer.tokens(text, start, end);

        assertThat(tokens).extracting(Token::text).containsExactly("Kazakh", "Foreign", "Minister", "met", ".");
        assertThat(tokens.get(0).start()).isEqualTo(start);
        assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(end);
    }

    @Test
    void keyIsLowerCaseWithPlainApostrophesAndLatinLettersWithoutMarks() {
        assertThat(Tokenizer.key("Chargé d’Affaires")).isEqualTo("charge d'affaires");
        assertThat(Tokenizer.key("Dačić")).isEqualTo(Tokenizer.key("Dacic"));
        assertThat(Tokenizer.key("Türkiye")).isEqualTo("turkiye");
        assertThat(Tokenizer.key("Łódź")).isEqualTo("łodz"); // a stroke is no mark: "ł" stays
        assertThat(Tokenizer.key("Андрей")).isEqualTo("андрей");
        assertThat(new Token("U.S.", 0, 4).key()).isEqualTo("u.s.");
    }

    @Test
    void vietnameseLettersWithTwoMarksLoseBoth() {
        assertThat(Tokenizer.key("Hà Nội")).isEqualTo("ha noi");
        assertThat(Tokenizer.key("Việt Nam")).isEqualTo("viet nam");
        assertThat(Tokenizer.key("Nguyễn")).isEqualTo("nguyen");
        assertThat(Tokenizer.key("Αθήνα")).isEqualTo("αθήνα"); // Greek keeps its marks
    }

    @Test
    void tokenShapes() {
        assertThat(new Token("U.S.", 0, 4).isAllCaps()).isTrue();
        assertThat(new Token("SCO", 0, 3).isAllCaps()).isTrue();
        assertThat(new Token("Astana", 0, 6).isAllCaps()).isFalse();
        assertThat(new Token("2024", 0, 4).isNumber()).isTrue();
        assertThat(new Token("–", 0, 1).isDash()).isTrue();
        assertThat(new Token("met", 0, 3).isLowerCase()).isTrue();
    }

    @Test
    void lowerCaseAbbreviationGluedToANameIsCutFromIt() {
        assertThat(texts("Они встретились в г.Бишкеке.")).containsExactly("Они", "встретились", "в", "г", ".", "Бишкеке", ".");
        assertThat(texts("С.Лавров прибыл.")).containsExactly("С.Лавров", "прибыл", ".");
    }

    @Test
    void anEnDashBeforeALowerCaseLetterIsAHyphenInsideTheWord() {
        assertThat(texts("Vice President–elect Crane met EU–Central Asia envoys.")).containsExactly("Vice",
                "President–elect", "Crane", "met", "EU", "–", "Central", "Asia", "envoys", ".");
        assertThat(Tokenizer.key("President–elect")).isEqualTo("president-elect");
        assertThat(Tokenizer.key("President‑elect")).isEqualTo("president-elect");
    }

    @Test
    void everyLatinLetterWithMarksReadsAsItsCanonicalDecompositionsBareLetter() {
        int differing = 0;
        for (char c = '\u00C0'; c <= '\u1EFF'; c++) {
            char base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
            char expected = base < '\u00C0' && Character.isLetter(base) ? base : c;
            assertThat(Tokenizer.bareLetter(c)).as("U+%04X", (int) c).isEqualTo(expected);
            differing += expected == c ? 0 : 1;
        }
        assertThat(differing).isGreaterThan(400);
        assertThat(Tokenizer.key("Việt Nam Dačić Łódź")).isEqualTo("viet nam dacic łodz");
    }
}
