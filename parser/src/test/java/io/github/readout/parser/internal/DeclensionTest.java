package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Russian pack's endings: the case a word marks, names and titles in the nominative. */
class DeclensionTest {

    private static final Declension RUSSIAN = Lexicons.load("ru", new LexiconExtension().snapshot()).declension;

    @ParameterizedTest
    @CsvSource({
        "министром, INS", "министра, GEN", "министру, DAT", "министр, NOM", "с, INS", "главой, INS",
        "глава, NOM", "главы, GEN", "послом, INS", "замминистра, NOM", "Государственным, INS",
    })
    void wordMarksItsCase(String word, Declension.Case expected) {
        assertThat(RUSSIAN.caseOf(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Хаканом, INS, Хакан", "Фиданом, INS, Фидан", "Кулубаевым, INS, Кулубаев", "Сергеем, INS, Сергей",
        "Бинем, INS, Бинь", "Гутеррешем, INS, Гутерреш", "Анной, INS, Анна", "Нишей, INS, Ниша",
        "Мурата, GEN, Мурат", "Лаврова, GEN, Лавров", "Сергея, GEN, Сергей", "Павла, GEN, Павел", "Монику, GEN, Моника",
        "Мурату, DAT, Мурат", "Сергею, DAT, Сергей", "А.Ю.Руденко, GEN, А.Ю.Руденко", "Нуртлеу, INS, Нуртлеу",
        "Ли, GEN, Ли", "Петром, INS, Петр", "Пётром, INS, Пётр", "Вэем, INS, Вэй", "Вэя, GEN, Вэй",
        "Балицким, INS, Балицкий", "Балицкого, GEN, Балицкий", "Хельгу, GEN, Хельга", "Шойгу, GEN, Шойгу",
        "Вегу, GEN, Вега", "Ортегу, GEN, Ортега",
    })
    void nameWordTakesItsNominative(String word, Declension.Case inCase, String nominative) {
        assertThat(RUSSIAN.nameWord(word, inCase)).isEqualTo(nominative);
    }

    @ParameterizedTest
    @CsvSource({
        "Жана-Ноэля, GEN, Жан-Ноэль", "Жаном-Ноэлем, INS, Жан-Ноэль", "Касыма-Жомарта, GEN, Касым-Жомарт",
        "Касым-Жомартом, INS, Касым-Жомарт", "Косым-Жомартом, INS, Косым-Жомарт", "Чжэ-ина, GEN, Чжэ-ин",
    })
    void aDoubleGivenNameDeclinesInEachPartOnlyWhereEachPartIsAGivenName(String word, Declension.Case inCase, String nominative) {
        assertThat(RUSSIAN.nameWord(word, inCase)).isEqualTo(nominative);
    }

    @Test
    void titleDeclinesUpToItsHeadNoun() {
        assertThat(RUSSIAN.titleWords(List.of("Государственным", "секретарем", "США"), Declension.Case.INS))
                .containsExactly("Государственный", "секретарь", "США");
        assertThat(RUSSIAN.titleWords(List.of("министром", "иностранных", "дел"), Declension.Case.INS))
                .containsExactly("министр", "иностранных", "дел");
        assertThat(RUSSIAN.titleWords(List.of("Чрезвычайного", "и", "Полномочного", "Посла"), Declension.Case.GEN))
                .containsExactly("Чрезвычайный", "и", "Полномочный", "Посол");
        assertThat(RUSSIAN.titleWords(List.of("заместителем", "премьер-министра", "—", "министром"), Declension.Case.INS))
                .containsExactly("заместитель", "премьер-министра", "—", "министр");
        assertThat(RUSSIAN.titleWords(List.of("секретарём", "Совета"), Declension.Case.INS))
                .containsExactly("секретарь", "Совета");
    }

    @Test
    void caseShowsInANameOnlyWithItsEnding() {
        assertThat(RUSSIAN.fitsCase("Хаканом", Declension.Case.INS)).isTrue();
        assertThat(RUSSIAN.fitsCase("Сергей", Declension.Case.GEN)).isFalse();
        assertThat(RUSSIAN.fitsCase("Сергей", Declension.Case.NOM)).isTrue();
    }
}
