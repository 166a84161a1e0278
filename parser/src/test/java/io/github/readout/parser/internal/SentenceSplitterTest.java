package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, Span.of(0, text.length())).stream()
                .map(s -> s.cut(text))
                .collect(Collectors.toList());
    }

    @Test
    void plainSentencesSplitAfterTheirFullStops() {
        assertThat(split("The ministers met. They discussed trade! Was it useful? Yes."))
                .containsExactly("The ministers met.", "They discussed trade!", "Was it useful?", "Yes.");
    }

    @Test
    void aSentenceGluedToTheStopBeforeItIsASentenceOfItsOwn() {
        assertThat(split("Об этом он сообщил в Telegram-канале.Стороны обсудили торговлю. Встреча прошла в г.Душанбе,"
                + " сообщает uz.sputniknews.ru."))
                .containsExactly("Об этом он сообщил в Telegram-канале.", "Стороны обсудили торговлю.",
                        "Встреча прошла в г.Душанбе, сообщает uz.sputniknews.ru.");
    }

    @Test
    void copyHardWrappedAtAFixedWidthGoesOnOverItsCapitals() {
        assertThat(split("BAKU, December 22. The Greek Foreign Minister met his Georgian\nForeign Minister Irakli Beridze in"
                + " Baku, the ministry of foreign\naffairs said. The two ministers talked over the transit routes\nCaspian"
                + " ports offer.")).containsExactly("BAKU, December 22.", "The Greek Foreign Minister met his Georgian\n"
                + "Foreign Minister Irakli Beridze in Baku, the ministry of foreign\naffairs said.",
                "The two ministers talked over the transit routes\nCaspian ports offer.");
        assertThat(split("Category of travel\tLongest single stay in days\nPrivate visits and tourism for family\t30 days\t90 days\n"
                + "Business trips and events of many kinds\t30 days\t90 days\nCrews\t30 days"))
                .hasSize(4);
        assertThat(split("Prime Minister Tran Van Hoa receives the outgoing Chilean ambassador\nPresident Do Van Khang"
                + " holds phone talks with his Egyptian counterpart\nDeputy Prime Minister Le Minh Tuan meets business"
                + " leaders in Tokyo")).hasSize(3);
    }

    @Test
    void copyWrappedWithABlankLineAfterEachLineGoesOnOverItsCapitals() {
        assertThat(split("In a separate meeting with the Ambassador of Chile Luis Ortega, the\n\nPrime Minister spoke of"
                + " closer trade and investment with\n\nChile.")).containsExactly("In a separate meeting with the Ambassador"
                + " of Chile Luis Ortega, the\n\nPrime Minister spoke of closer trade and investment with\n\nChile.");
    }

    @Test
    void aDateLineGluedToTheStoryEndsAtItsYear() {
        assertThat(split("17 September, 2008On September 13 the Minister received the Ambassador. In 2008 Peru voted."))
                .containsExactly("17 September, 2008", "On September 13 the Minister received the Ambassador.",
                        "In 2008 Peru voted.");
    }

    @Test
    void aLineEndingInAWordNoSentenceEndsWithGoesOn() {
        assertThat(split("The Minister of Foreign Affairs of\nPeru met her counterpart.\nTrade Talks"))
                .containsExactly("The Minister of Foreign Affairs of\nPeru met her counterpart.", "Trade Talks");
    }

    @Test
    void aDateWrappedBeforeItsYearGoesOn() {
        assertThat(split("The ministers met yesterday, 14 October\n2016, in Geneva.\nOctober\n2016 Archive"))
                .containsExactly("The ministers met yesterday, 14 October\n2016, in Geneva.", "October\n2016 Archive");
    }

    @Test
    void inWrappedCopyALineOpeningWithTheCapitalisedArticleStartsASentence() {
        assertThat(split("Ministers of Foreign Affairs of Peru, Chile and Kenya meet\nThe Minister of Foreign Affairs of"
                + " Peru, Ana Ruiz, and the Minister of Foreign Affairs\nof Chile, Tomas Vega, met in Geneva on trade,"
                + " energy and\nthe talks held in the morning with the Greek Foreign\nMinister Nikos Pappas went well."))
                .containsExactly("Ministers of Foreign Affairs of Peru, Chile and Kenya meet",
                        "The Minister of Foreign Affairs of Peru, Ana Ruiz, and the Minister of Foreign Affairs\nof Chile,"
                                + " Tomas Vega, met in Geneva on trade, energy and\nthe talks held in the morning with the Greek Foreign\nMinister"
                                + " Nikos Pappas went well.");
    }

    @Test
    void aLineWrappedBeforeAWeekdayAndItsVerbGoesOn() {
        assertThat(split("British High Commissioner Paul Reed\nFriday called on the minister.\nTrade Talks\nMonday Agenda"))
                .containsExactly("British High Commissioner Paul Reed\nFriday called on the minister.", "Trade Talks",
                        "Monday Agenda");
    }

    @Test
    void oneSentenceWithoutFullStopIsOneSentence() {
        assertThat(split("The ministers met")).containsExactly("The ministers met");
    }

    @Test
    void lastSentenceOfATruncatedTextIsStillASentence() {
        assertThat(split("The ministers met. The next meeting is expected to take place in"))
                .containsExactly("The ministers met.", "The next meeting is expected to take place in");
    }

    @Test
    void theRightHonourableAbbreviatedDoesNotEndTheSentence() {
        assertThat(split("The Prime Minister met the Rt. Hon. Ana Vale in Apia. They discussed trade."))
                .containsExactly("The Prime Minister met the Rt. Hon. Ana Vale in Apia.", "They discussed trade.");
    }

    @Test
    void usBeforeANameDoesNotEndTheSentence() {
        assertThat(split("He met the U.S. Embassy staff in Astana. They discussed visas."))
                .containsExactly("He met the U.S. Embassy staff in Astana.", "They discussed visas.");
    }

    @Test
    void usAtTheEndOfASentenceEndsIt() {
        assertThat(split("Kazakhstan values its partnership with the U.S. The Secretary welcomed this."))
                .containsExactly("Kazakhstan values its partnership with the U.S.", "The Secretary welcomed this.");
    }

    @Test
    void usAtTheEndOfTheParagraphEndsIt() {
        assertThat(split("They spoke about the U.S.")).containsExactly("They spoke about the U.S.");
    }

    @Test
    void ukAndDcBeforeNamesDoNotEndTheSentence() {
        assertThat(split("The U.K. Government and the D.C. Council sent delegates. Both spoke."))
                .containsExactly("The U.K. Government and the D.C. Council sent delegates.", "Both spoke.");
    }

    @Test
    void ukAndDcAtTheEndOfASentenceEndIt() {
        assertThat(split("The delegation flew to the U.K. It then went to Washington, D.C. The talks began."))
                .containsExactly("The delegation flew to the U.K.", "It then went to Washington, D.C.",
                        "The talks began.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "H.E. Mr.", "Prof.", "Amb.", "Sen. Lieut. Gen.", "Brig. Gen.",
        "Lieut. Cdr."})
    void honorificsDoNotEndTheSentence(String honorific) {
        String first = "The minister received " + honorific + " Daniel Rosenblum at the ministry.";
        assertThat(split(first + " They discussed trade.")).containsExactly(first, "They discussed trade.");
    }

    @Test
    void saintDoesNotEndTheSentence() {
        assertThat(split("The forum was held in St. Petersburg. It ended.")).containsExactly(
                "The forum was held in St. Petersburg.", "It ended.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
        "Dec."})
    void abbreviatedMonthsDoNotEndTheSentence(String month) {
        String first = "On " + month + " 5 the ministers met in Astana.";
        assertThat(split(first + " They discussed trade.")).containsExactly(first, "They discussed trade.");
    }

    @Test
    void anIndianStyleBeforeANameDoesNotEndTheSentence() {
        assertThat(split("Minister Smt. Leela Pillai met Sh. Arvind Rao. They talked.")).hasSize(2);
    }

    @Test
    void numberAbbreviationDoesNotEndTheSentence() {
        assertThat(split("They signed Protocol No. 5 to the agreement. It enters into force soon."))
                .containsExactly("They signed Protocol No. 5 to the agreement.", "It enters into force soon.");
    }

    @Test
    void aOneLetterLastNameEndsTheSentenceWhenAWordThatOpensSentencesFollows() {
        assertThat(split("Он провел переговоры с главой МИД КНР Ван И. Затем министр встретился с Д. В. Петровым."
                + " Talks were held with Wang Y. The two sides met again."))
                .containsExactly("Он провел переговоры с главой МИД КНР Ван И.",
                        "Затем министр встретился с Д. В. Петровым.", "Talks were held with Wang Y.",
                        "The two sides met again.");
    }

    @Test
    void initialsDoNotEndTheSentence() {
        assertThat(split("Murat Nurtleu met with Minister of External Affairs of India Dr. S. Jaishankar in Astana. "
                + "They discussed trade."))
                .containsExactly(
                        "Murat Nurtleu met with Minister of External Affairs of India Dr. S. Jaishankar in Astana.",
                        "They discussed trade.");
        assertThat(split("Secretary of State Antony J. Blinken met the minister. They talked."))
                .containsExactly("Secretary of State Antony J. Blinken met the minister.", "They talked.");
    }

    @Test
    void chargeDaffairesAiDoesNotEndTheSentence() {
        assertThat(split("Chargé d'Affaires a.i. Yerlan Kubashev met Donald Lu. They talked."))
                .containsExactly("Chargé d'Affaires a.i. Yerlan Kubashev met Donald Lu.", "They talked.");
    }

    @Test
    void decimalsDoNotEndTheSentence() {
        assertThat(split("Trade reached USD 10.5 billion in 2023. It grew by 3.2 percent."))
                .containsExactly("Trade reached USD 10.5 billion in 2023.", "It grew by 3.2 percent.");
    }

    @Test
    void ellipsisFollowedByLowerCaseDoesNotEndTheSentence() {
        assertThat(split("He paused... then went on. Next."))
                .containsExactly("He paused... then went on.", "Next.");
        assertThat(split("He paused… then went on. Next."))
                .containsExactly("He paused… then went on.", "Next.");
    }

    @Test
    void ellipsisFollowedByCapitalEndsTheSentence() {
        assertThat(split("He paused... Then he went on.")).containsExactly("He paused...", "Then he went on.");
        assertThat(split("He paused… Then he went on.")).containsExactly("He paused…", "Then he went on.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("He said “yes.” Then they left.")).containsExactly("He said “yes.”", "Then they left.");
        assertThat(split("He said \"yes.\" Then they left.")).containsExactly("He said \"yes.\"", "Then they left.");
        assertThat(split("The forum was called «Astana Dialogue.» It was held yearly."))
                .containsExactly("The forum was called «Astana Dialogue.»", "It was held yearly.");
        assertThat(split("They met (in Astana.) Then they left."))
                .containsExactly("They met (in Astana.)", "Then they left.");
    }

    @Test
    void sentenceOpeningWithAQuoteOrDigitStartsANewSentence() {
        assertThat(split("The talks ended. “We agreed,” he said. 2025 will be a busy year."))
                .containsExactly("The talks ended.", "“We agreed,” he said.", "2025 will be a busy year.");
    }

    @Test
    void fullStopBeforeLowerCaseDoesNotEndTheSentence() {
        assertThat(split("See gov.kz for details. Then apply.")).containsExactly("See gov.kz for details.", "Then apply.");
    }

    @Test
    void sentencesAreTrimmedAndLieInsideTheParagraph() {
        String text = "xx  First one.   Second one.  yy";
        Span paragraph = Span.of(2, text.length() - 2);
        List<Span> sentences = SentenceSplitter.split(text, paragraph);

        assertThat(sentences).extracting(s -> s.cut(text)).containsExactly("First one.", "Second one.");
        assertThat(sentences).allMatch(paragraph::contains);
    }

    @Test
    void tabInsideASentenceIsKept() {
        assertThat(split("The ministers met\tin Beijing. They talked."))
                .containsExactly("The ministers met\tin Beijing.", "They talked.");
    }

    @Test
    void russianCityAbbreviationBeforeANameDoesNotEndTheSentence() {
        assertThat(split("Встреча прошла в г. Бишкек. Стороны обсудили торговлю."))
                .containsExactly("Встреча прошла в г. Бишкек.", "Стороны обсудили торговлю.");
    }

    @Test
    void russianYearAbbreviationAfterANumberMayEndTheSentence() {
        assertThat(split("Договор подписан в 2019 г. Стороны его продлили."))
                .containsExactly("Договор подписан в 2019 г.", "Стороны его продлили.");
    }
}
