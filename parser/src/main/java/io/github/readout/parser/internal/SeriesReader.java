package io.github.readout.parser.internal;

import io.github.readout.core.MeetingKind;
import io.github.readout.core.Span;
import io.github.readout.parser.internal.Lexicons.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the series a meeting belongs to: its name, abbreviation and number, as in "the sixth
 * meeting of the Enhanced Strategic Partnership Dialogue (ESPD)" or "the 20th EU–Central Asia
 * Ministerial Meeting".
 */
final class SeriesReader {

    private static final Map<String, Integer> ORDINALS = ordinals();

    /** Words that may stand between an ordinal and what it counts. */
    private static final Set<String> ROUND_ADJECTIVES = Set.copyOf(Lexicons.builtInCue(Cue.ROUND_ADJECTIVE));

    /** Words that end the name of a standing body or format: "the Summit of the … Dialogue Forum" names the Forum. */
    private static final Set<String> GATHERING_WORDS = Set.copyOf(Lexicons.builtInCue(Cue.SERIES_BODY));

    /** The words of a summit: a named one is a series even when no word comes before it. */
    private static final List<String> SUMMITS = Lexicons.builtInCue(Cue.SUMMIT_NOUN);

    /** "the Meeting of the Council …": words of a gathering whose series is the body after "of". */
    private static final List<String> SESSIONS = Lexicons.builtInCue(Cue.SESSION_NOUN);

    /** "the fifth meeting of …": the words an ordinal counts. */
    private static final List<String> ROUNDS = Lexicons.builtInCue(Cue.ROUND_NOUN);

    /** The word that joins a meeting to its body and the words of a name ("Heads of State"). */
    private static final List<String> OF = Lexicons.builtInCue(Cue.OF_WORD);

    /** The article a name or a series' words may open with. */
    private static final List<String> ARTICLES = Lexicons.builtInCue(Cue.ARTICLE);

    /** Words that join a series' capitalised words: "Conference on Interaction and Confidence Building …". */
    private static final List<String> JOINERS = Lexicons.builtInCue(Cue.SERIES_JOINER);

    /** The words after which a name goes on with capitalised words: "of", "on", "for". */
    private static final List<String> NAME_JOINERS = Lexicons.builtInCue(Cue.GATHERING_JOINER);

    /** After a comma, open a clause about something else: a series in it is another event's. */
    private static final List<String> RELATIVES = Lexicons.builtInCue(Cue.RELATIVE_PRONOUN);

    /** Phrases that make a series' name a summit's, in lower case. */
    private static final List<String> SUMMIT_NAMES = Lexicons.builtInCue(Cue.SUMMIT_NAME);

    /** The endings after digits that make an ordinal: "5th". */
    private static final List<String> ORDINAL_SUFFIXES = Lexicons.builtInCue(Cue.ORDINAL_SUFFIX);

    /** "his", "her": before an ordinal, counts someone's own meetings. */
    private static final List<String> POSSESSIVES = Lexicons.builtInCue(Cue.POSSESSIVE_PRONOUN);

    private final Lexicons lexicons;

    SeriesReader(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * Whether a sentence names a series in "the fifth meeting of the X" form, or as a numbered
     * name that ends in a meeting word: "the 49th ASEAN Foreign Ministers Meeting".
     */
    boolean hasSeries(Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (meetingOf("", s, i, false).isPresent() || isNumberedName(s.tokens(), i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised meeting word at {@code i} ends a name that an ordinal counts. */
    private boolean isNumberedName(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalized()) {
            return false;
        }
        PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, i);
        if (trigger == null || trigger.value() == MeetingKind.VISIT || trigger.value() == MeetingKind.TALKS) {
            return false;
        }
        int start = nameStart(tokens, i);
        // "The 11th Meeting of the Parliamentary Cooperation Committee": the ordinal counts the meetings of the body
        boolean ofABody = start == i && i + 2 < tokens.size() && tokens.get(i + 1).isAny(OF);
        return (start < i || ofABody) && sequenceBefore(tokens, start) > 0;
    }

    /** The series a meeting belongs to: "the sixth meeting of the Enhanced Strategic Partnership Dialogue (ESPD)". */
    record Series(String name, Optional<String> abbreviation, int sequence, boolean summit) {}

    Optional<Series> read(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int limit = subordinateClause(tokens);
        for (int i = 0; i < limit; i++) {
            Token token = tokens.get(i);
            if (isFramingPhrase(tokens, i)) {
                continue; // "in the margins of the … Meeting": another event frames this one
            }
            Optional<Series> ofSeries = meetingOf(text, sentence, i, true);
            if (ofSeries.isEmpty()) {
                ofSeries = sessionOfABody(text, tokens, i, limit);
            }
            if (ofSeries.isPresent()) {
                return ofSeries;
            }
            PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, i);
            if (trigger == null || !token.isCapitalized() || trigger.value() == MeetingKind.VISIT
                    || trigger.value() == MeetingKind.TALKS || sentence.inPersonMention(i)) {
                continue; // "the Speaker of the Peruvian Congress, Lucia Paz": a body in a title names no series
            }
            int end = nameEnd(tokens, trigger.end());
            // "US, Ghana Hold Strategic Dialogue On Trade": a headline's verb, capitalised as its every word is, is no
            // word of the name after it
            int start = lexicons.pastLastCue(Cue.EVENT_VERB, tokens, nameStart(tokens, i), i);
            int sequence = sequenceBefore(tokens, start);
            start = skipCountryPair(tokens, start, i);
            if (onlyRoundAdjectivesBetween(tokens, start, i) && !tokens.get(i).isAny(SUMMITS) && end == trigger.end()) {
                continue; // a bare "Meeting" or "Dialogue", or a "Bilateral Meeting", is no name
            }
            boolean summitOfGathering = tokens.get(i).isAny(SUMMITS) && GATHERING_WORDS.contains(tokens.get(end - 1).key());
            if (start == i && (tokens.get(i).isAny(SESSIONS) || summitOfGathering)
                    && end > trigger.end() + 1 && tokens.get(trigger.end()).isAny(OF)) {
                // "the Meeting of the Council of Foreign Ministers …": the series is the Council
                start = trigger.end() + 1;
                if (start + 1 < end && tokens.get(start).isAny(ARTICLES)) {
                    start++;
                }
            }
            String name = Span.of(tokens.get(start).start(), tokens.get(end - 1).end()).cut(text);
            boolean summit = namesSummit(name) || trigger.value() == MeetingKind.SUMMIT;
            return Optional.of(new Series(name, abbreviationAfter(tokens, end), sequence, summit));
        }
        return Optional.empty();
    }

    /** The most words of a body's name after its session's word: "Совета министров иностранных дел государств – членов ОДКБ". */
    private static final int LONGEST_BODY_NAME = 10;

    /**
     * "12-го заседания Совета министров иностранных дел (СМИД) ОДКБ": in a pack whose nouns have cases, the body
     * named in the genitive right after a session's word is the series, named in the nominative ("Совет министров
     * иностранных дел ОДКБ"), with the abbreviation in brackets inside it and the number before the session's word.
     */
    private Optional<Series> sessionOfABody(String text, List<Token> tokens, int at, int limit) {
        if (!lexicons.isCue(Cue.SESSION_OF_BODY, tokens, at) || at + 1 >= limit || !tokens.get(at + 1).isCapitalized()
                || !lexicons.isCue(Cue.BODY_NOUN, tokens, at + 1)) {
            return Optional.empty();
        }
        List<Integer> words = new ArrayList<>();
        Optional<String> abbreviation = Optional.empty();
        int k = at + 1;
        while (k < limit && words.size() < LONGEST_BODY_NAME) {
            if (k + 3 < limit && tokens.get(k).isPunctuation('(') && tokens.get(k + 1).isAllCaps()
                    && tokens.get(k + 2).isPunctuation(')') && tokens.get(k + 3).isCapitalized()) {
                abbreviation = Optional.of(tokens.get(k + 1).text()); // "(СМИД) СНГ": the name goes on past it
                k += 3;
            } else if (!goesOnWithBodysName(tokens, k)) {
                break;
            }
            // "Организации Договора о коллективной безопасности": an organisation's known name runs past its own prepositions
            PhraseIndex.Match<Lexicons.Organization> organization = lexicons.organizations.longest(tokens, k);
            int through = organization != null && organization.end() <= limit ? organization.end() : k + 1;
            while (k < through) {
                words.add(k++);
            }
        }
        while (tokens.get(words.get(words.size() - 1)).isDash()) {
            words.remove(words.size() - 1);
        }
        List<String> nominative = nominativeOfBody(tokens, words);
        StringBuilder name = new StringBuilder(nominative.get(0));
        for (int i = 1; i < words.size(); i++) {
            int before = words.get(i - 1);
            int word = words.get(i);
            name.append(before == word - 1 ? text.substring(tokens.get(before).end(), tokens.get(word).start()) : " ")
                    .append(nominative.get(i));
        }
        int last = words.get(words.size() - 1) + 1;
        return Optional.of(new Series(name.toString(), abbreviation.or(() -> abbreviationAfter(tokens, last)),
                numberWrittenBefore(tokens, at), namesSummit(name.toString())));
    }

    /**
     * The words of a body's name in the genitive, put in the nominative up to its first dash: what a dash joins
     * ("Совета глав государств – участников СНГ") is its complement's, in the genitive as written, no second office
     * as in a title.
     */
    private List<String> nominativeOfBody(List<Token> tokens, List<Integer> words) {
        List<String> written = new ArrayList<>(words.size());
        int dash = words.size();
        for (int word : words) {
            if (tokens.get(word).isDash() && dash == words.size()) {
                dash = written.size();
            }
            written.add(tokens.get(word).text());
        }
        List<String> nominative = new ArrayList<>(lexicons.declension.titleWords(written.subList(0, dash), Declension.Case.GEN));
        nominative.addAll(written.subList(dash, written.size()));
        return nominative;
    }

    /** The longest case ending an ordinal in digits may have after its hyphen: "29-го", "58-е". */
    private static final int LONGEST_ORDINAL_ENDING = 3;

    /** The most digits a session's number has: "125-й" and no year. */
    private static final int LONGEST_SESSION_NUMBER = 3;

    /** The number of an ordinal written in digits, a hyphen and a case ending right before a token ("29-го"), else 0. */
    private static int numberWrittenBefore(List<Token> tokens, int at) {
        if (at < 3 || !tokens.get(at - 3).isDigits() || !tokens.get(at - 2).isPunctuation('-')
                || !tokens.get(at - 1).isLowerCase() || tokens.get(at - 1).text().length() > LONGEST_ORDINAL_ENDING
                || tokens.get(at - 3).text().length() > LONGEST_SESSION_NUMBER) {
            return 0;
        }
        return Integer.parseInt(tokens.get(at - 3).text());
    }

    /** Whether a body's name goes on at a token: a word that is no verb and no preposition but a name's own, or a dash between words. */
    private boolean goesOnWithBodysName(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (token.isDash()) {
            return at + 1 < tokens.size() && tokens.get(at + 1).isWord(); // "государств – членов ОДКБ"
        }
        boolean preposition = lexicons.isCue(Cue.PREPOSITION, tokens, at) && !lexicons.isCue(Cue.SERIES_JOINER, tokens, at);
        return token.isWord() && !preposition && !(token.isLowerCase() && lexicons.declension.looksLikeVerb(token.text()));
    }

    /** Whether the words of a name before its meeting word only say what kind of meeting it was: "Bilateral". */
    static boolean onlyRoundAdjectivesBetween(List<Token> tokens, int start, int trigger) {
        for (int k = start; k < trigger; k++) {
            if (!ROUND_ADJECTIVES.contains(tokens.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /** Where a relative pronoun after a comma (", who", ", which") opens a clause, else the sentence's end: a series in the clause is another event's. */
    private static int subordinateClause(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i - 1).isPunctuation(',') && tokens.get(i).isAny(RELATIVES)) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * Where a capitalised name that ends in a trigger word ends: over further trigger words ("Ministerial
     * Meeting") and over "of" and capitalised words, as often as they follow.
     */
    private int nameEnd(List<Token> tokens, int triggerEnd) {
        int end = triggerEnd;
        while (end < tokens.size() && tokens.get(end).isCapitalized() && lexicons.triggers.longest(tokens, end) != null) {
            end = lexicons.triggers.longest(tokens, end).end(); // "Ministerial Meeting"
        }
        // "of the Heads of State of Central Asia", "Strategic Dialogue on Energy", as a related gathering's name goes on
        while (end + 1 < tokens.size() && tokens.get(end).isAny(NAME_JOINERS)) {
            int k = end + 1;
            if (tokens.get(k).isAny(ARTICLES)) {
                k++;
            }
            int words = k;
            while (words < tokens.size() && continuesName(tokens.get(words))
                    || words < tokens.size() && tokens.get(words).isAny(OF) && words + 1 < tokens.size()
                    && continuesName(tokens.get(words + 1))) {
                words++;
            }
            if (words == k) {
                break;
            }
            end = words;
        }
        return end;
    }

    /** "Strategic Dialogue on Energy", not "… on Thursday" nor "… on March 3": a capitalised word that dates nothing. */
    private static boolean continuesName(Token token) {
        return token.isCapitalized() && !DateWords.namesADayOrMonth(token);
    }

    /** The first word of a series' name before its trigger word: back over name words, then on past "The" and ordinals. */
    private static int nameStart(List<Token> tokens, int trigger) {
        int start = trigger;
        while (start > 0 && isSeriesWord(tokens.get(start - 1))) {
            start--;
        }
        while (start < trigger && (tokens.get(start).isAny(ARTICLES) || ordinal(tokens.get(start)) > 0
                || tokens.get(start).isLowerCase())) {
            start++;
        }
        return start;
    }

    /** "(ESPD)" right after a series' name: its abbreviation. */
    private static Optional<String> abbreviationAfter(List<Token> tokens, int end) {
        if (end + 2 < tokens.size() && tokens.get(end).isPunctuation('(') && tokens.get(end + 2).isPunctuation(')')
                && tokens.get(end + 1).isAllCaps()) {
            return Optional.of(tokens.get(end + 1).text());
        }
        return Optional.empty();
    }

    private static boolean isSeriesWord(Token token) {
        return token.isCapitalized() && !token.isAny(ARTICLES) && ordinal(token) == 0
                || token.isAny(OF) && token.isLowerCase() // "Central Asia – Republic of Korea Foreign Ministers' Meeting"
                || token.text().equals("'") || token.text().equals("’") // "Foreign Ministers' Meeting"
                || token.isDash() || token.isPunctuation('+')
                || token.isNumber() && token.isDigits();
    }

    /** Drops a leading "U.S.-Uzbekistan": two countries joined by a dash name the parties, not the series. */
    int skipCountryPair(List<Token> tokens, int start, int limit) {
        if (start < limit && isCountryCompound(tokens.get(start))) {
            // "Kazakhstan-Germany Intergovernmental Working Group"; a longer chain ("Korea-U.S.-Japan
            // Trilateral …") names a format of its own and stays
            return start + 1 < limit && tokens.get(start + 1).isDash() ? start : start + 1;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> first = lexicons.countries.longest(tokens, start);
        if (first == null || first.end() >= limit || !tokens.get(first.end()).isDash()) {
            return start;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> second = lexicons.countries.longest(tokens, first.end() + 1);
        if (second == null || second.end() > limit) {
            return start;
        }
        return second.end();
    }

    /** "the 5th meeting of the Intergovernmental Council": the series is the capitalised phrase after "of". */
    private Optional<Series> meetingOf(String text, Sentence sentence, int at, boolean build) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(at);
        if (!token.isAny(ROUNDS) || !token.isLowerCase()
                || at + 2 >= tokens.size() || !tokens.get(at + 1).isAny(OF)) {
            return Optional.empty();
        }
        int start = at + 2;
        if (tokens.get(start).isAny(ARTICLES) || lexicons.isCue(Cue.SERIES_OWNER, tokens, start)) {
            start++; // "the 4th meeting of their Joint Committee on Energy"
        }
        int end = start;
        while (end < tokens.size() && (isSeriesWord(tokens.get(end))
                || tokens.get(end).isAny(JOINERS)
                && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized()
                || tokens.get(end).isAny(ARTICLES) && end > start && tokens.get(end - 1).isAny(OF))) {
            end++;
        }
        while (end > start && !tokens.get(end - 1).isWord() && !tokens.get(end - 1).isNumber()) {
            end--;
        }
        start = skipCountryPair(tokens, start, end);
        if (end <= start || !tokens.get(start).isCapitalized() || sentence.inPersonMention(start)) {
            return Optional.empty(); // "a meeting of the Deputy Foreign Minister X with …": a person's, no series
        }
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, start);
        PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, start);
        if (country != null && country.end() == end || org != null && org.end() == end) {
            return Optional.empty(); // "a meeting of the European Union" names a body, not a series
        }
        if (isOfficeMeetingSomeone(tokens, start, end)) {
            return Optional.empty(); // "the meeting of the President with X": an unnamed office holder's meeting
        }
        if (!build) {
            return Optional.of(new Series("-", Optional.empty(), 0, false));
        }
        String name = Span.of(tokens.get(start).start(), tokens.get(end - 1).end()).cut(text);
        Optional<String> abbreviation = Optional.empty();
        if (end + 2 < tokens.size() && tokens.get(end).isPunctuation('(') && tokens.get(end + 2).isPunctuation(')')
                && tokens.get(end + 1).isAllCaps()) {
            abbreviation = Optional.of(tokens.get(end + 1).text());
        }
        boolean summit = namesSummit(name);
        return Optional.of(new Series(name, abbreviation, sequenceBefore(tokens, at), summit));
    }

    /** An office, or an office after one word ("Foreign Minister"), that meets someone "with" after it. */
    private boolean isOfficeMeetingSomeone(List<Token> tokens, int start, int end) {
        if (end >= tokens.size() || !lexicons.isCue(Cue.WITH, tokens, end)) {
            return false;
        }
        for (int k = start; k <= start + 1 && k < end; k++) {
            PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(tokens, k);
            if (office != null && office.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Words that, before "of", make what follows the frame of another event: "sidelines", "ahead". */
    private static final Set<String> FRAMES = Set.copyOf(Lexicons.builtInCue(Cue.SERIES_FRAME));
    /** Frame words of a pack without "of", before the framed event in the genitive: "на полях 24-го заседания". */
    private static final Set<String> GENITIVE_FRAMES = Set.copyOf(Lexicons.builtInCue(Cue.SERIES_FRAME_GENITIVE));

    /** Whether a series' name, in lower case, makes it a summit's: "… of the Heads of State of …". */
    private static boolean namesSummit(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String phrase : SUMMIT_NAMES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token lies in "on the sidelines of the …", "ahead of the …". */
    private static boolean isFramingPhrase(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 8); k < at; k++) {
            boolean framing = FRAMES.contains(tokens.get(k).key()) && k + 1 < tokens.size() && tokens.get(k + 1).isAny(OF);
            if (framing || GENITIVE_FRAMES.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** A name in quotation marks right after the trigger: a round table «Kazakhstan and the UK: …». */
    static Optional<Series> quoted(String text, Sentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            int open = trigger.end();
            if (open >= tokens.size() || "«“\"".indexOf(tokens.get(open).text().charAt(0)) < 0) {
                continue;
            }
            for (int k = open + 1; k < tokens.size() && k < open + 30; k++) {
                if ("»”\"".indexOf(tokens.get(k).text().charAt(0)) >= 0 && k > open + 1) {
                    String name = Span.of(tokens.get(open + 1).start(), tokens.get(k - 1).end()).cut(text);
                    return Optional.of(new Series(name, Optional.empty(), 0, false));
                }
            }
        }
        return Optional.empty();
    }

    /** A hyphenated pair of countries in one word: "Kazakhstan-Germany", "Kazakh-Russian". */
    private boolean isCountryCompound(Token token) {
        String text = token.text();
        int dash = text.indexOf('-');
        if (dash <= 0 || dash == text.length() - 1) {
            return false;
        }
        return isCountryWord(text.substring(0, dash)) && isCountryWord(text.substring(dash + 1));
    }

    private boolean isCountryWord(String word) {
        List<Token> tokens = Tokenizer.tokens(word, 0, word.length());
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, 0);
        return match != null && match.end() == tokens.size();
    }

    /**
     * The number of "the 10th round of …", "the fifth meeting of …", or 0; not of a session someone's
     * office is of ("President of the 77th session of the General Assembly Ivan Dravic"), nor of one
     * whose margins the meeting was held on.
     */
    /** How many words in lower case may stand between an ordinal and the round it counts. */
    private static final int LOWER_CASE_BEFORE_ROUND = 2;

    static int numberedRound(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isAny(ROUNDS) && token.isLowerCase() && !sentence.inPersonMention(i) && !isFramingPhrase(tokens, i)) {
                // "the fourth foreign office consultations": the words in lower case between the ordinal and what it counts
                for (int from = i; from >= Math.max(1, i - LOWER_CASE_BEFORE_ROUND); from--) {
                    int number = sequenceBefore(tokens, from);
                    if (number > 0) {
                        return number;
                    }
                    if (!tokens.get(from - 1).isWord() || !tokens.get(from - 1).isLowerCase() || tokens.get(from - 1).isAny(ARTICLES)) {
                        break;
                    }
                }
            }
        }
        return 0;
    }

    private static int sequenceBefore(List<Token> tokens, int start) {
        int k = start - 1;
        if (k >= 0 && tokens.get(k).isAny(ARTICLES)) {
            k--;
        }
        // "the sixth meeting of the …"
        if (k >= 1 && tokens.get(k).isAny(OF) && tokens.get(k - 1).isAny(ROUNDS)) {
            k -= 2;
        }
        while (k >= 0 && ROUND_ADJECTIVES.contains(tokens.get(k).key())) {
            k--; // "the sixth trilateral meeting", "the fifth annual …"
        }
        if (k >= 1 && tokens.get(k - 1).isAny(POSSESSIVES)) {
            return 0; // "held his first meeting with his counterpart": his meetings are counted, not a series' rounds
        }
        if (k >= 0) {
            int ordinal = ordinal(tokens.get(k));
            if (ordinal > 0) {
                return ordinal;
            }
            String word = tokens.get(k).key();
            int digits = ordinalDigits(word);
            boolean day = k >= 1 && Months.numberOfKey(tokens.get(k - 1).key()) > 0; // "On March 12th a meeting …"
            if (digits > 0 && digits <= 3 && !day) {
                return Integer.parseInt(word.substring(0, digits));
            }
        }
        return 0;
    }

    /** Whether a token is an ordinal a gathering is numbered with: "fifth", "77th", "VII". */
    static boolean isOrdinal(Token token) {
        return ordinal(token) > 0 || ordinalDigits(token.key()) > 0;
    }

    /** The number an ordinal word ("fifth") or a Roman numeral ("VII") gives, or 0 when the word is neither. */

    private static int ordinal(Token token) {
        Integer word = ORDINALS.get(token.key());
        return word != null ? word : romanNumeral(token.text());
    }

    /** The Roman numerals a meeting is numbered with, by the letters' values. */
    private static final String ROMAN_LETTERS = "IVXLC";
    private static final int[] ROMAN_VALUES = {1, 5, 10, 50, 100};

    /**
     * "the VII Meeting of the Permanent Mechanism": the value of a Roman numeral in capitals of two letters or
     * more, written in its one regular form ("IIII" is none), or 0; a lone "I" is the pronoun.
     */
    static int romanNumeral(String word) {
        if (word.length() < 2 || word.length() > 8) {
            return 0;
        }
        int value = 0;
        for (int k = 0; k < word.length(); k++) {
            int letter = ROMAN_LETTERS.indexOf(word.charAt(k));
            if (letter < 0) {
                return 0;
            }
            int next = k + 1 < word.length() ? ROMAN_LETTERS.indexOf(word.charAt(k + 1)) : -1;
            value += next > letter ? -ROMAN_VALUES[letter] : ROMAN_VALUES[letter];
        }
        return value > 0 && roman(value).equals(word) ? value : 0;
    }

    private static String roman(int value) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder written = new StringBuilder();
        int left = value;
        for (int k = 0; k < values.length; k++) {
            for (; left >= values[k]; left -= values[k]) {
                written.append(letters[k]);
            }
        }
        return written.toString();
    }

    /** How many digits open an ordinal written in digits ("20th" two), or 0 when the word is none. */
    private static int ordinalDigits(String word) {
        if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
            return 0;
        }
        for (String suffix : ORDINAL_SUFFIXES) {
            if (word.length() > suffix.length() && word.endsWith(suffix)) {
                int digits = word.length() - suffix.length();
                return word.substring(0, digits).chars().allMatch(Character::isDigit) ? digits : 0;
            }
        }
        return 0;
    }

    /** The ordinal words of every built-in pack's {@code ordinals.tsv}, by lookup form, with the number each gives. */
    private static Map<String, Integer> ordinals() {
        Map<String, Integer> map = new HashMap<>();
        for (String language : Scripts.BUILT_IN) {
            for (String[] row : Lexicons.rows(language, "ordinals.tsv", 2)) {
                map.putIfAbsent(Tokenizer.key(row[1]), Integer.parseInt(row[0]));
            }
        }
        return Map.copyOf(map);
    }
}
