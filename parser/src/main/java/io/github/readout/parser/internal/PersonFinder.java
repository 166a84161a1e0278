package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entity stage for people: finds the people a sentence names, in both orders
 * ("Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov", "Aidar Kuanyshev, Director of
 * …"), with the title as written and the country the title gives.
 *
 * <p>A title opens a window of title words, connectors and country phrases; the person's name
 * is the run of name-like words that ends the window. Words of the lexicons (titles, countries,
 * organisations, the vocabulary of non-names) are never part of a name.
 */
final class PersonFinder implements PersonReader {

    /** The lower-case words inside a name, as the pack writes them: "von", "bin" ("von der Leyen"). */
    private final Set<String> particles;

    /** The numerals that go on with a name, as the pack writes them: "III". */
    private final Set<String> regnalNumbers;

    /** Plural heads of titles as the pack writes them, each with its singular: "Ministers", "Minister". */
    private final Map<String, String> plurals;

    /** The words before a plural head that make it none, as the pack writes them: "of", "the" ("Cabinet of Ministers"). */
    private final List<String> ofWords;
    private final List<String> articles;

    /** What a title never ends with: the dashes, the comma, and the pack's words after a space (" of"). */
    private final List<String> titleTails;

    /** The endings of a word of the vocabulary in the plural: "s" ("Partnerships"). */
    private final List<String> pluralEndings;
    /** The endings of a verb's participle: "ing" ("Addressing"). */
    private final List<String> participleEndings;

    private static final int LONGEST_WINDOW = 40;

    /** The most words of a name, also of one written before its title ("Aidar Kuanyshev, Director …"). */
    private static final int LONGEST_NAME = 5;

    /** The most honorifics in a row before a name ("H.E. Mr. Dr."). */
    private static final int MOST_HONORIFICS = 4;

    private final Lexicons lexicons;

    PersonFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.particles = Set.copyOf(lexicons.cuePhrases(Lexicons.Cue.NAME_PARTICLE));
        this.regnalNumbers = Set.copyOf(lexicons.cuePhrases(Lexicons.Cue.REGNAL_NUMBER));
        Map<String, String> pairs = new java.util.HashMap<>();
        for (String pair : lexicons.cuePhrases(Lexicons.Cue.PLURAL_TITLE)) {
            int space = pair.lastIndexOf(' ');
            if (space <= 0) {
                throw new IllegalStateException("cues.tsv: PLURAL_TITLE needs a plural and its singular: " + pair);
            }
            pairs.putIfAbsent(Tokenizer.key(pair.substring(0, space)), pair.substring(space + 1));
        }
        this.plurals = Map.copyOf(pairs);
        this.ofWords = lexicons.cuePhrases(Lexicons.Cue.OF_WORD);
        this.articles = lexicons.cuePhrases(Lexicons.Cue.ARTICLE);
        List<String> tails = new ArrayList<>(List.of(",", "-", "–", "—"));
        for (String word : lexicons.cuePhrases(Lexicons.Cue.TITLE_TAIL)) {
            tails.add(" ".concat(word)); // no "+", as for the lexicon's resources: the parser's creation makes no join
        }
        this.titleTails = List.copyOf(tails);
        this.pluralEndings = lexicons.cuePhrases(Lexicons.Cue.PLURAL_ENDING);
        this.participleEndings = lexicons.cuePhrases(Lexicons.Cue.PARTICIPLE_ENDING);
    }

    /** Finds the titled and honoured mentions of people in a sentence. */
    @Override
    public List<Mention> find(String text, List<Token> tokens, int sentence) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = pastNonStarter(tokens, i);
            if (next > i) {
                i = next;
                continue;
            }
            Mention mention = titleFirst(text, tokens, i, sentence);
            mention = mention != null ? mention : nameFirst(text, tokens, i, sentence);
            if (mention == null) {
                mention = counterpart(text, tokens, i, sentence);
                Optional<CountryCode> own = mention == null ? Optional.empty() : countryAfter(tokens, mention.end());
                if (own.isPresent() && lexicons.isCue(Lexicons.Cue.COUNTERPARTS_NOUN, tokens, i)) {
                    // "her counterparts A of Canada and B of Colombia": each with the country said after the name
                    List<Mention> listed = listedEachOfACountry(text, tokens, mention.withCountry(own), Optional.empty(),
                            sentence);
                    mentions.addAll(listed);
                    i = Math.max(listed.get(listed.size() - 1).end(), i + 1);
                    continue;
                }
                Mention second = mention == null ? null : secondCounterpart(text, tokens, mention, i, sentence);
                if (second != null) {
                    mentions.add(mention); // "her Australian and Indian counterparts A and B": B is Indian
                    mentions.add(second);
                    i = second.end();
                    continue;
                }
            }
            if (mention != null && mention.country().isEmpty() && !mention.international()) {
                mention = withSideAround(text, tokens, mention);
            }
            if (mention != null) {
                mention = withOfficeInBrackets(text, tokens, withAppositiveOffice(text, tokens, mention));
            }
            if (mention != null && mention.title().isPresent() && (isPlural(mention.title().get()) || pairedUnderOneOffice(tokens, mention))) {
                List<Mention> holders = pluralOfficeHolders(text, tokens, mention, sentence);
                mentions.addAll(holders);
                i = Math.max(holders.get(holders.size() - 1).end(), i + 1);
                continue;
            }
            if (mention != null) {
                mentions.add(mention);
                i = Math.max(mention.end(), i + 1);
            } else {
                i++;
            }
        }
        mentions.removeIf(PersonFinder::isALetterAlone);
        for (int m = 0; m < mentions.size(); m++) { // by index: no lambda made for each sentence
            mentions.set(m, withHonorificOfName(text, tokens, mentions.get(m)));
        }
        respectiveOffices(text, tokens, mentions);
        delegationCountries(tokens, mentions);
        for (int m = 0; m < mentions.size(); m++) {
            mentions.set(m, withOfficeCountry(mentions.get(m)));
        }
        return mentions;
    }

    /** Weaker than the text's own words and not passed down a delegation list: the office's country. */
    private Mention withOfficeCountry(Mention mention) {
        return mention.country().isEmpty() && !mention.international() && mention.title().isPresent()
                ? mention.withCountry(lexicons.countryOfTitle(mention.title().get())) : mention;
    }

    /** "Dr M discusses …", "Lee Hsien Loong (L)": a letter alone is a nickname's or a caption's, no one's name. */
    private static boolean isALetterAlone(Mention mention) {
        return mention.nameTokens().size() == 1 && mention.nameTokens().get(0).length() == 1;
    }

    /**
     * "received A and B, respectively foreign minister and vice president of Iraq": two names joined by "and"
     * without an office, then the offices in the same order, with the state of both after the second.
     */
    private void respectiveOffices(String text, List<Token> tokens, List<Mention> mentions) {
        for (int m = 1; m < mentions.size(); m++) {
            Mention first = mentions.get(m - 1);
            Mention second = mentions.get(m);
            int comma = second.end();
            if (first.title().isPresent() || second.title().isPresent() || first.end() + 1 != second.first()
                    || !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, first.end()) || comma + 1 >= tokens.size()
                    || !tokens.get(comma).isPunctuation(',')) {
                continue;
            }
            int office = lexicons.cueEnd(Lexicons.Cue.RESPECTIVELY, tokens, comma + 1);
            int firstEnd = office < 0 ? -1 : lexicons.officeWordsEnd(tokens, office, LONGEST_OFFICE);
            if (firstEnd <= office || firstEnd + 1 >= tokens.size() || !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, firstEnd)) {
                continue;
            }
            int secondEnd = lexicons.officeWordsEnd(tokens, firstEnd + 1, LONGEST_OFFICE);
            if (secondEnd == firstEnd + 1) {
                continue;
            }
            Optional<CountryCode> state = secondEnd < tokens.size() && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, secondEnd)
                    ? countryAfter(tokens, secondEnd) : Optional.empty();
            mentions.set(m - 1, withOffice(text, tokens, first, office, firstEnd, state));
            mentions.set(m, withOffice(text, tokens, second, firstEnd + 1, secondEnd, state));
        }
    }

    /**
     * An untitled name its place makes a person's: inserted by an editor in square brackets ("foreign ministers of
     * the Kyrgyz Republic [A] and Tajikistan [B]"), of the state right before it; or before offices given
     * "respectively" ("A and B, respectively …"). Null otherwise.
     */
    private Mention untitledByItsPlace(String text, List<Token> tokens, int start, int nameStart, int nameEnd, int sentence) {
        if (isBracketedInsertion(tokens, nameStart, nameEnd) && nameEnd - nameStart >= 2) {
            PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countryEndingAt(tokens, nameStart - 1, 3);
            Optional<CountryCode> of = state != null && state.value().form() == Lexicons.CountryForm.NAME
                    ? Optional.of(state.value().code()) : Optional.empty();
            return mention(text, tokens, start, nameStart, nameEnd, sentence, Optional.empty(), of, false, nameEnd,
                    Optional.empty(), Optional.empty());
        }
        return officesFollowRespectively(tokens, nameEnd) ? mention(text, tokens, start, nameStart, nameEnd, sentence,
                Optional.empty(), Optional.empty(), false, nameEnd, Optional.empty(), Optional.empty()) : null;
    }

    /** Whether a name fills square brackets by itself: "[Talant Asanov]", an editor's insertion into the text. */
    private static boolean isBracketedInsertion(List<Token> tokens, int nameStart, int nameEnd) {
        return nameStart > 0 && nameEnd < tokens.size() && tokens.get(nameStart - 1).isPunctuation('[')
                && tokens.get(nameEnd).isPunctuation(']');
    }

    /** Whether ", respectively" and an office follow a name, or follow another name joined to it by "and". */
    private boolean officesFollowRespectively(List<Token> tokens, int nameEnd) {
        int k = nameEnd;
        if (k + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k) && isNameWord(tokens, k + 1)) {
            k = namePartsEnd(tokens, k + 1, k + 1);
        }
        if (k + 2 >= tokens.size() || !tokens.get(k).isPunctuation(',')) {
            return false;
        }
        int office = lexicons.cueEnd(Lexicons.Cue.RESPECTIVELY, tokens, k + 1);
        return office > 0 && office < tokens.size() && lexicons.titles.longest(tokens, office) != null;
    }

    /** A mention with the office written in tokens [from, to), and the state when one is given. */
    private static Mention withOffice(String text, List<Token> tokens, Mention mention, int from, int to,
            Optional<CountryCode> state) {
        Mention titled = mention.withTitle(Optional.of(text.substring(tokens.get(from).start(), tokens.get(to - 1).end())));
        return state.isPresent() ? titled.withCountry(state) : titled;
    }

    /**
     * "Ukrainian and Russian Foreign Minister A and B": an office written in the singular after two peoples'
     * adjectives, with two names joined by "and" after it, is held by each, as its plural would be.
     */
    private boolean pairedUnderOneOffice(List<Token> tokens, Mention mention) {
        int and = mention.end();
        return and + 2 < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and) && isNameWord(tokens, and + 1)
                && isNameWord(tokens, and + 2) && countriesOfPluralOffice(tokens, mention).size() == 2;
    }

    /**
     * The holders a plural office names: "High Commissioners A (Nigeria), B (Ghana) and C (Barbados)",
     * each of the country after the name; else "Foreign Ministers of Kazakhstan and Uzbekistan Murat
     * Nurtleu and Bakhtiyor Saidov", in the order of the countries before the names.
     */
    private List<Mention> pluralOfficeHolders(String text, List<Token> tokens, Mention first, int sentence) {
        Optional<CountryCode> listedCountry = countryAfter(tokens, first.end());
        if (listedCountry.isEmpty()) {
            return pluralPair(text, tokens, first, sentence);
        }
        Optional<String> each = Optional.of(singular(first.title().get()));
        return listedEachOfACountry(text, tokens, first.withTitle(each).withCountry(listedCountry), each, sentence);
    }

    /**
     * Where the search for a mention goes on when none can start at {@code i}: past a town of several words
     * ("Bandar Seri Begawan" holds no honorific and name) unless a region's office follows, past a lower-case word that opens no office
     * (every mention starts with a capital: a title, a country, an honorific or a name); {@code i} itself
     * when a mention may start there.
     */
    private int pastNonStarter(List<Token> tokens, int i) {
        PhraseIndex.Match<Lexicons.CountryEntry> town = lexicons.countries.longest(tokens, i);
        if (town != null && town.end() - i > 1 && town.value().form().isTown()
                && !(town.value().form() == Lexicons.CountryForm.REGION && startsTitle(tokens, town.end()))) {
            return town.end(); // "Tamil Nadu Chief Minister" opens a title
        }
        if (!tokens.get(i).isCapitalized() && !lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, i)
                && lowerCaseOfficeEnd(tokens, i) < 0 && lowerCasePluralEnd(tokens, i) < 0
                && lowerCaseOfficeBeforeNameEnd(tokens, i) < 0 && lexicons.cueEnd(Lexicons.Cue.COUNTRY_ANAPHOR, tokens, i) < 0
                && !startsTitle(tokens, i)) {
            return i + 1;
        }
        return i;
    }

    /**
     * "a group headed by the president of the OSCE Parliamentary Assembly Lars Holmgren": an
     * office written in lower case after an article, or right after "headed by" ("the delegation
     * headed by chairman of the Saeima Janis Ozols"), held in the capitalised body that follows.
     * Where the office's words end, or -1 when no such office starts at the token.
     */
    private int lowerCaseOfficeEnd(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).isLowerCase()
                || !afterArticle(tokens, i) && !lexicons.endsAt(Lexicons.Cue.LED_BY, tokens, i, Lexicons.LED_BY_WORDS)) {
            return -1;
        }
        PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(tokens, i);
        if (office == null || office.value() != Lexicons.TitleRole.HEAD) {
            return -1;
        }
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, office.end());
        int body = of > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, of) ? of + 1 : of;
        if (body > 0 && body + 2 < tokens.size() && tokens.get(body).isLowerCase() && lexicons.isCue(Lexicons.Cue.BODY_NOUN, tokens, body)
                && isNameWord(tokens, body + 1) && isNameWord(tokens, body + 2)) {
            return body + 1; // "the chair of the committee Marko Mihkelson": the body's noun ends the office
        }
        return body > 0 && body < tokens.size() && tokens.get(body).isCapitalized() ? office.end() : -1;
    }

    /**
     * "Syrian Foreign Minister X, Defense Minister Y and Intelligence Chief Z": officials listed
     * after one whose country is given are of the same delegation, unless their own words say else
     * or the list pairs the two sides ("talks between British Prime Minister X and President Y").
     */
    void delegationCountries(List<Token> tokens, List<Mention> mentions) {
        for (int m = 1; m < mentions.size(); m++) {
            Mention previous = mentions.get(m - 1);
            Mention current = mentions.get(m);
            if (!current.country().isEmpty() || current.international() || previous.country().isEmpty()) {
                continue; // nothing to give: the offices, whose words are cut to compare, are not read
            }
            // "Senators A and B": the second shares the plural office written once before the first
            boolean sharedOffice = !titleFirst(tokens, current) && current.title().isPresent()
                    && current.title().equals(previous.title());
            boolean eachTitled = titleFirst(tokens, previous) && titleFirst(tokens, current) && !sameOffice(previous, current);
            if ((eachTitled || sharedOffice) && onlyListSeparators(tokens, previous.end(), current.first())
                    && !pairsSides(tokens, previous.first()) && !pairMetEachOther(tokens, mentions, m)
                    || succeeds(tokens, previous, current)) {
                mentions.set(m, current.withCountry(previous.country()));
            }
        }
    }

    /** How many words before an office's holder the word saying the holder leaves it may stand: "outgoing Peruvian". */
    private static final int LEAVING_REACH = 2;

    /**
     * "the outgoing Peruvian Defence Attache A and the new Defence Attache B": the new holder of the
     * office a leaving holder gives up is of the same state.
     */
    private boolean succeeds(List<Token> tokens, Mention previous, Mention current) {
        if (!titleFirst(tokens, previous) || !titleFirst(tokens, current) || !sameOffice(previous, current)) {
            return false;
        }
        boolean leaving = false;
        for (int k = previous.first() - 1; k >= 0 && k >= previous.first() - LEAVING_REACH && !leaving; k--) {
            leaving = lexicons.isCue(Lexicons.Cue.LEAVING_HOLDER, tokens, k);
        }
        int at = previous.end() < tokens.size() && tokens.get(previous.end()).isPunctuation(',') ? previous.end() + 1 : previous.end();
        if (!leaving || !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, at)) {
            return false;
        }
        at = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at + 1) ? at + 2 : at + 1;
        return lexicons.cueEnd(Lexicons.Cue.NEW_HOLDER, tokens, at) == current.first();
    }

    /** How many words after a pair the meeting word they held together may stand: "A and B are now in a bilateral meeting". */
    private static final int PAIR_MEETING_REACH = 5;

    /** How many words after that meeting word "with" may stand and make the pair one side: "held talks with". */
    private static final int PAIR_WITH_REACH = 3;

    /**
     * "Ghanaian President A and Prime Minister B held a bilateral meeting": a pair alone in its list,
     * whose meeting word follows it with no "with" after, met each other, one of each side.
     */
    private boolean pairMetEachOther(List<Token> tokens, List<Mention> mentions, int second) {
        Mention first = mentions.get(second - 1);
        Mention last = mentions.get(second);
        boolean longerList = second >= 2 && onlyListSeparators(tokens, mentions.get(second - 2).end(), first.first())
                || second + 1 < mentions.size() && onlyListSeparators(tokens, last.end(), mentions.get(second + 1).first());
        if (longerList) {
            return false;
        }
        for (int k = last.end(); k < tokens.size() && k <= last.end() + PAIR_MEETING_REACH; k++) {
            PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, k);
            if (trigger != null) {
                return !withAfter(tokens, trigger.end());
            }
        }
        return false;
    }

    /** Whether "with" stands within a few words from a token: "held talks | with". */
    private boolean withAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + PAIR_WITH_REACH; k++) {
            if (lexicons.isCue(Lexicons.Cue.WITH_WORD, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Russian President X and President Y", "Minister of Foreign Affairs of China X, Minister for
     * Foreign Affairs Y": the office named again, whatever small words join its own, is another
     * country's; so is the last of several offices held at once ("State Councilor and Minister of …").
     */
    private static boolean sameOffice(Mention previous, Mention current) {
        List<String> before = officeWords(previous.title().get());
        List<String> now = officeWords(current.title().get());
        return !now.isEmpty() && before.size() >= now.size() && before.subList(before.size() - now.size(), before.size()).equals(now);
    }

    /** How long a word in lower case may be and still be one that only joins a title's words: "of", "for", "по". */
    private static final int JOINING_WORD_LENGTH = 3;

    /** The words of a title, lower-cased, without the short ones in lower case that join them. */
    private static List<String> officeWords(String title) {
        List<String> words = new ArrayList<>();
        // Cut in place, with the keys words met before share: no token for each word of both offices
        int i = 0;
        while (i < title.length()) {
            int c = title.codePointAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = Tokenizer.tokenEnd(title, start, c, title.length());
            if (Character.isLetter(c) && !(Character.isLowerCase(c) && i - start <= JOINING_WORD_LENGTH)) {
                words.add(Tokenizer.key(title, start, i));
            }
        }
        return words;
    }

    /** How far before a listed mention "between" may stand: "between the visiting British …". */
    private static final int BETWEEN_REACH = 3;

    /** Whether "between" stands just before the first of two listed mentions. */
    private boolean pairsSides(List<Token> tokens, int first) {
        for (int k = Math.max(0, first - BETWEEN_REACH); k < first; k++) {
            if (lexicons.isCue(Lexicons.Cue.BETWEEN, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Defense Minister Murhef Abu Kasra": a mention whose title is written before the name. */
    private static boolean titleFirst(List<Token> tokens, Mention mention) {
        return mention.title().isPresent() && mention.first() >= 0 && mention.first() < tokens.size()
                && tokens.get(mention.first()).start() < mention.span().start();
    }

    /** Whether [from, to) holds just a list separator: ",", "and" or ", and". */
    private boolean onlyListSeparators(List<Token> tokens, int from, int to) {
        if (to <= from || to - from > 2) {
            return to > from && to - from <= LONGEST_LIST_JOINER + 1 && onlyJoinerBetween(tokens, from, to);
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isPunctuation(',') && !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** The most words a joiner of a list that adds to it has: "as well as". */
    private static final int LONGEST_LIST_JOINER = 3;

    /** Whether [from, to) holds a joiner that adds to a list, a comma before it or not: ", as well as". */
    private boolean onlyJoinerBetween(List<Token> tokens, int from, int to) {
        int at = tokens.get(from).isPunctuation(',') ? from + 1 : from;
        return lexicons.cueEnd(Lexicons.Cue.LIST_JOINER, tokens, at) == to;
    }

    /** "Kazakh Foreign Minister Mukhtar Tileuberdi", "President Tokayev". */
    private Mention titleFirst(String text, List<Token> tokens, int start, int sentence) {
        if (start > 0 && tokens.get(start).isAllCaps() && tokens.get(start - 1).isNumber()) {
            return null; // "06:15 PM IST": a time's "PM", no office
        }
        TitlePrefix prefix = titlePrefix(text, tokens, start);
        int j = start + prefix.length();
        if (prefix.length() == 0 && !tokens.get(start).isCapitalized()
                && lowerCaseModifierOfTitle(tokens, start, lexicons.titles.longest(tokens, start))) {
            j = start + 1; // "the acting Minister of Foreign Affairs X": the modifier is the title's, read from after it
        }
        int officeEnd = prefix.length() == 0 ? Math.max(Math.max(lowerCaseOfficeEnd(tokens, start), lowerCasePluralEnd(tokens, start)),
                lowerCaseOfficeBeforeNameEnd(tokens, start)) : -1;
        boolean lowerCaseOffice = officeEnd > 0;
        if (!prefix.lowerCase() && !lowerCaseOffice && !startsTitle(tokens, j) || prefix.length() == 0 && opensBareName(tokens, start)) {
            return null;
        }
        int titleStart = prefix.country().isPresent() && !prefix.international() && !prefix.inTitle() ? j : start;
        int windowEnd = prefix.lowerCase() ? lowerCaseTitleEnd(tokens, j)
                : lowerCaseOffice ? windowEnd(tokens, officeEnd) : windowEnd(tokens, j);
        if (namesAnEventFirst(tokens, j, windowEnd)) {
            return null; // "the ASEAN Foreign Ministers Meeting, Foreign Minister Hakan Fidan": the title starts after
        }
        int nameStart = nameStartInWindow(tokens, j, windowEnd);
        if (nameStart >= windowEnd) {
            windowEnd = pastBracketBeforeComma(tokens, windowEnd); // "the Speaker of the Storting (Parliament), X"
            nameStart = Math.max(nameStart, windowEnd);
        }
        Mention holder = holderAfterComma(text, tokens, start, sentence, prefix, titleStart, j, nameStart, windowEnd);
        if (holder != null) {
            return holder;
        }
        if (nameStart >= windowEnd || !isNameWord(tokens, nameStart)) {
            return null;
        }
        nameStart = givenNameAfterTitle(tokens, j, nameStart, windowEnd); // "chief negotiator Milan Petrovic"
        if (lowerCaseOffice && windowEnd - nameStart < 2 || windowEnd - nameStart == 1 && endsABodysName(tokens, j, nameStart)) {
            return null; // "the head of the Academy of Sciences", "the Commissioner for Enlargement": a body's word
        }
        // "Newly appointed Ambassador of X to Nepal": being new in an office is no part of its title
        int office = Math.max(titleStart, lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, titleStart));
        if (twoSoleOffices(tokens, office)) {
            return null; // "The President and Taoiseach Enda Kenny had a call": the title is the second's alone
        }
        TitleParts title = titleParts(text, tokens, office, titleEndBefore(tokens, office, nameStart));
        if (title.text().isEmpty()) {
            return null;
        }
        Mention withOffice = officeAfterCourtesyName(text, tokens, start, sentence, prefix, titleStart, nameStart,
                windowEnd);
        if (withOffice != null) {
            return withOffice;
        }
        Optional<CountryCode> personCountry = prefix.country().isPresent() ? prefix.country() : title.country();
        String titleText = title.text();
        return mention(text, tokens, start, nameStart, windowEnd, sentence, Optional.of(titleText),
                personCountry, ofBody(prefix, title), windowEnd, title.host(),
                title.organization().isPresent() ? title.organization() : prefix.organization());
    }

    /** Whether two offices no one holds together open a title, joined by "and": "President and Taoiseach". */
    private boolean twoSoleOffices(List<Token> tokens, int at) {
        int and = lexicons.cueEnd(Lexicons.Cue.SOLE_OFFICE, tokens, at);
        return and > at && and + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and)
                && lexicons.isCue(Lexicons.Cue.SOLE_OFFICE, tokens, and + 1);
    }

    /**
     * "met with Amir Peled, the Speaker": an office's word that is also a given name, with no article, country
     * or honorific before it and a plain name after it, opens or goes on with the name; "the Amir Sheikh
     * Tamim" keeps its office.
     */
    private boolean opensBareName(List<Token> tokens, int start) {
        // a word in capitals after it is no plain name, and asking whether it is a surname would ask of this word again
        if (!lexicons.isCue(Lexicons.Cue.GIVEN_NAME_TITLE, tokens, start)
                || start + 1 >= tokens.size() || tokens.get(start + 1).isAllCaps() || !isNameWord(tokens, start + 1)
                || lexicons.honorifics.longest(tokens, start + 1) != null) {
            return false;
        }
        // "Hossein Amir Abdollahian": after a name's word, it goes on with the name
        boolean inName = start > 0 && !lexicons.isCue(Lexicons.Cue.GIVEN_NAME_TITLE, tokens, start - 1)
                && isNameWord(tokens, start - 1);
        return start == 0 || inName || tokens.get(start - 1).isLowerCase() && !afterArticle(tokens, start);
    }

    /**
     * The holder an office names after a comma at {@code windowEnd}: "The Minister for Foreign Affairs, Hon.
     * Shirley Botchwey", "Minister for Climate Change, Simon Watts"; null when no name follows it there.
     */
    private Mention holderAfterComma(String text, List<Token> tokens, int start, int sentence, TitlePrefix prefix,
            int titleStart, int j, int nameStart, int windowEnd) {
        if (windowEnd + 1 >= tokens.size() || !tokens.get(windowEnd).isPunctuation(',')) {
            return null;
        }
        if (nameStart >= windowEnd || !isNameWord(tokens, nameStart)) {
            // "Hon." is also a word of the vocabulary
            int afterComma = afterHonorifics(tokens, windowEnd + 1);
            if (afterComma < tokens.size() && isNameWord(tokens, afterComma)) {
                return nameAfterComma(text, tokens, start, sentence, prefix, titleStart, windowEnd);
            }
        }
        if (windowEnd - nameStart == 1 && nameStart > j && tokens.get(nameStart - 1).isCapitalized()
                && !endsTitleHead(tokens, nameStart) && windowEnd + 2 < tokens.size()) {
            // one word glued to the office's words, not to its head ("Foreign Minister Lavrov, …"), ends its
            // portfolio when a name of two words follows the comma
            return nameAfterComma(text, tokens, start, sentence, prefix, titleStart, windowEnd);
        }
        return null;
    }

    /** The most words a bracket after an office may hold before the comma and the name: "(Parliament)". */
    private static final int LONGEST_BRACKETED = 4;

    /**
     * Where the comma after a short bracket that ends an office stands ("(Parliament)," of "the Speaker of the
     * Storting (Parliament), X"); {@code at} when no such bracket opens there.
     */
    private static int pastBracketBeforeComma(List<Token> tokens, int at) {
        if (at + 1 < tokens.size() && tokens.get(at).isPunctuation(')') && tokens.get(at + 1).isPunctuation(',')) {
            return at + 1; // "… of the African Union (AU), Mrs. X": the window kept the bracket's words, not its close
        }
        int end = pastBracketedWords(tokens, at, LONGEST_BRACKETED);
        return end > at && end < tokens.size() && tokens.get(end).isPunctuation(',') ? end : at;
    }

    /** Past a bracket of at most {@code most} words at a token ("(Parliament)", "(Interior)"), else {@code at}. */
    private static int pastBracketedWords(List<Token> tokens, int at, int most) {
        if (at >= tokens.size() || !tokens.get(at).isPunctuation('(')) {
            return at;
        }
        for (int k = at + 1; k < tokens.size() && k <= at + most + 1; k++) {
            if (tokens.get(k).isPunctuation(')')) {
                return k + 1;
            }
            if (!tokens.get(k).isWord()) {
                return at;
            }
        }
        return at;
    }

    /**
     * Whether a title's holder serves a body, of no country; "The OSCE Chairman-in-Office and Foreign
     * Minister of Malta, X" holds a body's office as a country's minister, and is of that country, and so
     * does the "Austrian Secretary-General", whose office is a ministry's, not the United Nations'.
     */
    private static boolean ofBody(TitlePrefix prefix, TitleParts title) {
        boolean countrysMinister = prefix.international() && prefix.country().isEmpty() && title.country().isPresent();
        boolean countrysOfficer = !prefix.international() && prefix.country().isPresent() && !title.namesABody();
        return (prefix.international() || title.international()) && !countrysMinister && !countrysOfficer;
    }

    /**
     * Where a title ends before the name at {@code nameStart}: before the honorifics and rank
     * marks between them ("Minister for Interior Brig (R) Ijaz Ahmed Shah").
     */
    private int titleEndBefore(List<Token> tokens, int titleStart, int nameStart) {
        int end = nameStart;
        while (end - 3 > titleStart && tokens.get(end - 1).isPunctuation(')') && tokens.get(end - 3).isPunctuation('(')
                && tokens.get(end - 2).isAllCaps() && tokens.get(end - 2).text().length() == 1) {
            end -= 3; // "(R)": retired
        }
        while (end - 1 > titleStart && (isOneWordHonorific(tokens, end - 1) || isCapitalsHonorific(tokens, end - 1))
                && lexicons.titles.longest(tokens, end - 1) == null) {
            end--;
        }
        // "Chief of Army Staff General Qamar Javed Bajwa": a rank before the name is no part of the
        // office, unless an office's or a body's own words run into it ("Secretary General",
        // "President of the States General")
        while (end - 1 > titleStart && lexicons.isCue(Lexicons.Cue.RANK, tokens, end - 1)
                && !titleWordsReach(tokens, titleStart, end - 1)) {
            end--;
        }
        // "Secretary General of the Ministry of Foreign Affairs of Italy Ambassador X", "Head of the State Protocol
        // Department of the Ministry of Foreign Affairs Ambassador X": a rank after the office's country or body
        if (end - 2 > titleStart && lexicons.isCue(Lexicons.Cue.RANK_AFTER_COUNTRY, tokens, end - 1)
                && (countryEndsAt(tokens, end - 1) || officeEndsWithABody(tokens, titleStart, end - 1)
                        || officeEndsAt(tokens, titleStart, end - 1))) {
            end--; // also "Vice Foreign Minister Ambassador X": the rank after a whole office
        }
        return end;
    }

    /**
     * Whether an office's words end with a body's capitalised name at {@code at}: an office's head before
     * it and no title's word right before {@code at} ("Goodwill Ambassador", "Special Ambassador" stay whole).
     */
    private boolean officeEndsWithABody(List<Token> tokens, int titleStart, int at) {
        if (!tokens.get(at - 1).isCapitalized() || lexicons.titles.longest(tokens, at - 1) != null) {
            return false;
        }
        for (int k = titleStart; k < at - 1; k++) {
            PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.officeAt(tokens, k);
            if (office != null && office.end() < at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a whole office, its modifiers and head, runs from {@code titleStart} to right before {@code at}. */
    private boolean officeEndsAt(List<Token> tokens, int titleStart, int at) {
        PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.officeAt(tokens, titleStart);
        return office != null && office.end() == at;
    }

    /** The most tokens a country's name before a diplomat's rank may have: "the Republic of Italy". */
    private static final int LONGEST_COUNTRY_BEFORE_RANK = 4;

    /** Whether a country's name, of any form but a town, ends right before a token. */
    private boolean countryEndsAt(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countryEndingAt(tokens, at, LONGEST_COUNTRY_BEFORE_RANK);
        return country != null && !country.value().form().isTown();
    }

    /** Whether a title's or a body's phrase that starts in [from, at) takes in the token at {@code at}. */
    private boolean titleWordsReach(List<Token> tokens, int from, int at) {
        for (int k = from; k < at; k++) {
            if (lexicons.titles.longestEnd(tokens, k) > at || lexicons.organizations.longestEnd(tokens, k) > at) {
                return true;
            }
        }
        return false;
    }

    /** "Prime Minister HE Sheikh …", "The Amir HH Sheikh …": a style in capitals, which in lower case would be a word ("he"). */
    private boolean isCapitalsHonorific(List<Token> tokens, int at) {
        return tokens.get(at).isAllCaps() && lexicons.isCue(Lexicons.Cue.CAPITALS_HONORIFIC, tokens, at);
    }

    /** "Sheikh", "Brig": an honorific of a single word at a token. */
    private boolean isOneWordHonorific(List<Token> tokens, int at) {
        PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, at);
        return honorific != null && honorific.end() == at + 1;
    }

    /**
     * A country or body written before a title: how many tokens it takes, the country it gives,
     * whether it is an international body, whether the title after it is in lower case, and the
     * body as written.
     */
    private record TitlePrefix(int length, Optional<CountryCode> country, boolean international, boolean lowerCase,
            Optional<String> organization, boolean inTitle) {

        TitlePrefix(int length, Optional<CountryCode> country, boolean international, boolean lowerCase,
                Optional<String> organization) {
            this(length, country, international, lowerCase, organization, false);
        }
    }

    /** No country or body before a title; shared, since most capitalised words have none. */
    private static final TitlePrefix NO_PREFIX = new TitlePrefix(0, Optional.empty(), false, false, Optional.empty());

    /**
     * The country "the country's" at a token stands for: the sentence's subject when the sentence opens with a
     * state's name and the words stand after a comma ("Ghana hopes to trade more with Peru, the country's
     * Foreign Minister X said"), else the state named last before them.
     */
    private Optional<CountryCode> countryTheAnaphorStandsFor(List<Token> tokens, int start) {
        int first = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, 0) ? 1 : 0;
        PhraseIndex.Match<Lexicons.CountryEntry> subject = start > first ? lexicons.countries.longest(tokens, first) : null;
        if (subject != null && subject.value().form() == Lexicons.CountryForm.NAME && tokens.get(start - 1).isPunctuation(',')
                && subject.end() < start - 1) {
            return Optional.of(subject.value().code());
        }
        return lexicons.countryNamedBefore(tokens, start);
    }

    /**
     * The country or body that opens a title at a token, "Kazakh" of "Kazakh Foreign Minister …" or
     * "Akorda" of "Akorda press secretary …", when a title, capitalised or not, follows it.
     */
    private TitlePrefix titlePrefix(String text, List<Token> tokens, int start) {
        int anaphor = lexicons.cueEnd(Lexicons.Cue.COUNTRY_ANAPHOR, tokens, start);
        Optional<CountryCode> told = anaphor > start ? countryTheAnaphorStandsFor(tokens, start) : Optional.empty();
        if (told.isPresent() && (startsTitle(tokens, anaphor) || startsLowerCaseTitle(tokens, anaphor))) {
            // "met the country's Prime Minister X": the office of the country named before
            return new TitlePrefix(anaphor - start, told, false, !startsTitle(tokens, anaphor), Optional.empty());
        }
        // "received in the Akorda Chairman … X": a place after a preposition is no prefix of a title
        boolean afterPreposition = start > 0 && (lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, start - 1) && start > 1
                ? lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, start - 2)
                : lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, start - 1));
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, start);
        // "a phone call from US President X": a state's name after "from" is whose the office is, not where from
        boolean fromState = country != null && country.value().form() == Lexicons.CountryForm.NAME
                && lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, start - 1);
        if (afterPreposition && country != null && country.value().form() != Lexicons.CountryForm.DEMONYM && !fromState
                && skipPossessive(tokens, country.end()) == country.end()
                && !(country.value().form() == Lexicons.CountryForm.REGION && startsTitle(tokens, country.end()))) {
            // a place after a preposition opens no title; an adjective ("a call to Mauritanian President …"), a
            // possessive ("to Madagascar's Minister …") or a region's office ("to Assam Governor …") still does
            country = null;
        }
        PhraseIndex.Match<Lexicons.Organization> org = afterPreposition ? null : lexicons.organizations.longest(tokens, start);
        int afterCountry = country == null ? -1 : skipPossessive(tokens, country.end());
        if (country != null && !country.value().form().isTown()
                && (startsTitle(tokens, afterCountry) || startsLowerCaseTitle(tokens, afterCountry))) {
            int j = afterCountry; // "Uzbekistan's Foreign Minister Bakhtiyor Saidov" too
            boolean lowerCase = !startsTitle(tokens, j); // "the Kazakh president Kassym-Jomart Tokayev"
            return new TitlePrefix(j - start, Optional.of(country.value().code()), false, lowerCase, Optional.empty());
        }
        // "Gulf Cooperation Council (GCC) Secretary General X": the body's short name in brackets is no end of the title
        int afterBody = org == null ? -1 : pastBracketedShortName(tokens, org.end());
        if (org != null && (startsTitle(tokens, afterBody) || startsLowerCaseTitle(tokens, afterBody))) {
            String written = Span.of(tokens.get(start).start(), tokens.get(org.end() - 1).end()).cut(text);
            int j = afterBody;
            boolean lowerCase = !startsTitle(tokens, j); // "Akorda press secretary Berik Uali"
            return new TitlePrefix(j - start, org.value().country(), org.value().country().isEmpty(), lowerCase,
                    Optional.of(written));
        }
        // "Kano State Governor": a state named after its town, whose office it is
        int afterRegionNoun = country != null && country.value().form().isTown()
                ? Math.max(afterCountry, lexicons.cueEnd(Lexicons.Cue.REGION_NOUN, tokens, afterCountry)) : afterCountry;
        if (country != null && (country.value().form() == Lexicons.CountryForm.REGION && startsTitle(tokens, afterCountry)
                || country.value().form().isTown() && lexicons.isCue(Lexicons.Cue.REGIONAL_OFFICE, tokens, afterRegionNoun))) {
            // "Tamil Nadu Chief Minister M.K. Stalin", "visiting Lima Mayor Carlos Rojas": the region or town is
            // the office's, its country the holder's
            return new TitlePrefix(afterRegionNoun - start, Optional.of(country.value().code()), false, false, Optional.empty(), true);
        }
        int region = regionBeforeOffice(tokens, start);
        return region > start ? new TitlePrefix(region - start, Optional.empty(), false, false, Optional.empty()) : NO_PREFIX;
    }

    /** Past a short name in capitals in brackets at a token ("(GCC)"), or the token itself when none stands there. */
    private static int pastBracketedShortName(List<Token> tokens, int at) {
        return capitalsInBrackets(tokens, at, tokens.size()) && tokens.get(at + 1).isWord() ? at + 3 : at;
    }

    /** Whether a bracket that opens at a token holds one token in capitals and closes before a limit: "(GCC)". */
    private static boolean capitalsInBrackets(List<Token> tokens, int at, int limit) {
        return at + 2 < limit && tokens.get(at).isPunctuation('(') && tokens.get(at + 1).isAllCaps()
                && tokens.get(at + 2).isPunctuation(')');
    }

    /** The most words of a region's name before its office: "Tamil Nadu Chief Minister". */
    private static final int LONGEST_REGION = 2;

    /**
     * "called on Sindh Governor Kamran Tessori", "Tamil Nadu Chief Minister M.K. Stalin": a region's
     * name the lexicons do not know, inside a sentence, before an office a region has; where the
     * office starts, or -1. The region's words are the title's.
     */
    private int regionBeforeOffice(List<Token> tokens, int start) {
        if (start == 0 || tokens.get(start - 1).isCapitalized() || !tokens.get(start - 1).isWord()
                && !tokens.get(start - 1).isPunctuation(',')) {
            return -1; // a sentence's first word, or the end of a name before it
        }
        for (int k = start; k < tokens.size() && k < start + LONGEST_REGION; k++) {
            Token token = tokens.get(k);
            if (!token.isWord() || !token.isCapitalized() || token.isAllCaps()) {
                return -1;
            }
            if (k + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.REGIONAL_OFFICE, tokens, k + 1)) {
                // the office's cue first: most capitalised words have none after them, and a name word costs lookups
                return isNameWord(tokens, start) && (k == start || isNameWord(tokens, k)) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Where the name that ends a title window starts: back from the window's end over name words,
     * never into the title's own words or a country or organisation phrase, then past particles.
     */
    private int nameStartInWindow(List<Token> tokens, int j, int windowEnd) {
        int coreEnd = j;
        PhraseIndex.Match<Lexicons.TitleRole> core;
        // Title words past the window cannot matter: the name ends the window. Stopping there
        // keeps a long run of title words ("Minister Minister …") linear, not quadratic.
        while (coreEnd < windowEnd && (core = lexicons.titles.longest(tokens, coreEnd)) != null) {
            coreEnd = core.end(); // a name never starts inside the title words: "High Steward"
        }
        int nameStart = windowEnd;
        int floor = Math.max(coreEnd, lexiconEnd(tokens, j, windowEnd));
        while (nameStart > floor && isNamePart(tokens, nameStart - 1, j)) {
            nameStart--;
        }
        while (nameStart < windowEnd && particles.contains(tokens.get(nameStart).text())) {
            nameStart++;
        }
        nameStart = pastHonorificEndingIn(tokens, Math.max(j, floor), nameStart, windowEnd);
        if (windowEnd - nameStart >= 3 && nameStart > j && tokens.get(nameStart - 1).isLowerCase()
                && lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, nameStart - 1)) {
            nameStart = windowEnd - 2; // "Minister of Trade and Integration Kairat Torebayev": the name is the end
        }
        return listedNameStart(tokens, Math.max(j, coreEnd), nameStart, windowEnd);
    }

    /** How many words before a name an honorific that runs into it may open: "Prime Minister Tan Sri X". */
    private static final int HONORIFIC_REACH = 3;

    /**
     * Past an honorific of several words whose last words the scan back read as the name's: "Prime
     * Minister Tan Sri Muhyiddin Yassin" is named "Muhyiddin Yassin", not "Sri Muhyiddin Yassin".
     */
    private int pastHonorificEndingIn(List<Token> tokens, int floor, int nameStart, int windowEnd) {
        for (int k = Math.max(floor, nameStart - HONORIFIC_REACH); k < nameStart; k++) {
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
            if (honorific != null && honorific.end() > nameStart && honorific.end() < windowEnd) {
                return honorific.end();
            }
        }
        return nameStart;
    }

    /**
     * "Foreign Minister Santiago Ruiz", "Minister January Okello", "General Secretary To Van":
     * one word between a whole title and a name of one or two words is a given name, though the lexicons
     * read it as a place, a month or a small word. A title's word there goes on with the title
     * ("Assistant Secretary Lu", "Chief Minister Stalin").
     */
    private int givenNameAfterTitle(List<Token> tokens, int j, int nameStart, int windowEnd) {
        int word = nameStart - 1;
        if (word - 1 > j && lexicons.isCue(Lexicons.Cue.PATRONYMIC_PARTICLE, tokens, word)
                && tokens.get(word - 1).isCapitalized()) {
            return word - 1; // "Minister of State Sultan bin Saad al-Muraikhi": a word before "bin" is a given name
        }
        if (word > j && windowEnd - nameStart <= 2 && lexicons.isCue(Lexicons.Cue.GIVEN_NAME_TITLE, tokens, word)) {
            // "Acting Foreign Minister Amir Khan Muttaqi": after a whole office, its word that is also a given name
            // opens the name; "the Amir Sheikh Tamim" keeps its office
            return word;
        }
        if (windowEnd - nameStart > 2 || word <= j || !tokens.get(word).isWord() || !tokens.get(word).isCapitalized()
                || tokens.get(word).isAllCaps() || lexicons.honorifics.longest(tokens, word) != null
                || lexicons.titles.longest(tokens, word) != null || lexicons.isCue(Lexicons.Cue.RANK, tokens, word)
                || namesTheOfficesCountry(tokens, word) || lexicons.isCue(Lexicons.Cue.TITLE_BODY, tokens, word)) {
            return nameStart; // "Chairman Senate Omar Latif": the body's word goes on with the office, no given name
        }
        boolean titleEndsBefore = false;
        for (int t = j; t < word; t++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, t);
            if (title != null && title.end() > word) {
                return nameStart; // "Secretary General Guterres": the word is the title's own
            }
            // a whole title ends in its head ("Defence Minister"), not in a modifier ("Foreign", "Deputy")
            titleEndsBefore |= title != null && title.end() == word && title.value() == Lexicons.TitleRole.HEAD;
        }
        return titleEndsBefore ? word : nameStart;
    }

    /** "FM Maldives Ahmed Zahir": a country's one-word name between an office and a name, which no given name is. */
    private boolean namesTheOfficesCountry(List<Token> tokens, int word) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, word);
        return country != null && country.end() == word + 1 && country.value().form() == Lexicons.CountryForm.NAME
                && !lexicons.isCue(Lexicons.Cue.GIVEN_NAME_COUNTRY, tokens, word);
    }

    /** Whether the words in [from, to) are capitalised, no honorific, and one at least a word the titles read. */
    private boolean readAsTitles(List<Token> tokens, int from, int to) {
        boolean title = false;
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized() || lexicons.honorifics.longest(tokens, k) != null) {
                return false;
            }
            title |= lexicons.titles.longest(tokens, k) != null;
        }
        return title;
    }

    /**
     * Whether a title window ends with a name right after its title words ("Italian President
     * Sergio Mattarella"), not with words of a body's name ("Head of the Department of Asian Countries").
     */
    private boolean titleBeforeName(List<Token> tokens, int from, int windowEnd) {
        int nameStart = nameStartInWindow(tokens, from, windowEnd);
        if (nameStart >= windowEnd || windowEnd - nameStart < 2) {
            return false;
        }
        for (int t = from; t < nameStart; t++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, t);
            if (title != null && title.end() == nameStart) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a name a listed office holder's name may reach back. */
    private static final int LISTED_NAME_REACH = 2;

    /**
     * "Foreign Minister Hossein Amir Abdollahian": words the lexicons read as a title ("Amir")
     * belong to the name when with them it is a listed office holder's.
     */
    private int listedNameStart(List<Token> tokens, int floor, int nameStart, int windowEnd) {
        for (int start = Math.max(floor, nameStart - LISTED_NAME_REACH); start < nameStart; start++) {
            if (!readAsTitles(tokens, start, nameStart)) {
                continue; // most names: no list of their words to look up
            }
            List<String> words = new ArrayList<>(windowEnd - start);
            for (int k = start; k < windowEnd; k++) {
                words.add(tokens.get(k).key());
            }
            if (lexicons.isOfficial(words)) {
                return start;
            }
        }
        return nameStart;
    }

    /**
     * "the Foreign Minister of Kazakhstan, Murat Nurtleu,": a title window that holds no name, and
     * after its comma two to five name words that nothing capitalised goes on from.
     */
    private Mention nameAfterComma(String text, List<Token> tokens, int start, int sentence, TitlePrefix prefix,
            int titleStart, int titleEnd) {
        int nameStart = afterHonorifics(tokens, titleEnd + 1);
        int nameEnd = namePartsEnd(tokens, nameStart, nameStart);
        boolean closed = nameEnd >= tokens.size() || !tokens.get(nameEnd).isWord()
                || tokens.get(nameEnd).isLowerCase();
        if (!closed || nameEnd - nameStart < 2) {
            return null;
        }
        TitleParts title = titleParts(text, tokens, titleStart, titleEnd);
        Optional<CountryCode> personCountry = prefix.country().isPresent() ? prefix.country() : title.country();
        return title.text().isEmpty() ? null : mention(text, tokens, start, nameStart, nameEnd, sentence,
                Optional.of(title.text()), personCountry, prefix.international() || title.international(), nameEnd,
                title.host(), title.organization());
    }

    /**
     * "Prince Faisal bin Farhan, Minister of Foreign Affairs of Saudi Arabia": a courtesy title
     * before the name and the office after it, which is the title kept; null when no office follows.
     */
    private Mention officeAfterCourtesyName(String text, List<Token> tokens, int start, int sentence, TitlePrefix prefix,
            int titleStart, int nameStart, int nameEnd) {
        PhraseIndex.Match<Lexicons.TitleRole> rank = lexicons.titles.longest(tokens, titleStart);
        boolean officeFollows = rank != null && rank.value() == Lexicons.TitleRole.COURTESY && rank.end() == nameStart
                && nameEnd + 1 < tokens.size() && tokens.get(nameEnd).isPunctuation(',')
                && startsTitle(tokens, nameEnd + 1);
        if (!officeFollows) {
            return null;
        }
        int officeEnd = windowEnd(tokens, nameEnd + 1);
        TitleParts office = titleParts(text, tokens, nameEnd + 1, officeEnd);
        if (office.text().isEmpty()) {
            return null;
        }
        return mention(text, tokens, start, nameStart, nameEnd, sentence, Optional.of(office.text()),
                prefix.country().isPresent() ? prefix.country() : office.country(), office.international(),
                officeEnd, office.host(), office.organization());
    }

    /** Where the name after a run of honorifics and their periods starts ("H.E. Mr. Daniel …"); {@code at} if none. */
    private int afterHonorifics(List<Token> tokens, int at) {
        int j = at;
        PhraseIndex.Match<Boolean> honorific;
        // A bounded run of honorifics ("H.E. Mr."): an unbounded one would make "Mr. Mr. Mr. …" quadratic.
        int honorifics = 0;
        while (honorifics++ < MOST_HONORIFICS && j < tokens.size()) {
            honorific = lexicons.honorifics.longest(tokens, j);
            // "…, Lieutenant-General Fayyad Al-Ruwaili": a military rank is no more part of the name
            int rankEnd = lexicons.cueEnd(Lexicons.Cue.RANK, tokens, j);
            int rank = rankEnd > j && rankEnd < tokens.size() && isNameWord(tokens, rankEnd) ? rankEnd : -1;
            // "Sultan bin Saad": an honorific's word right before "bin" is the given name
            boolean givenName = honorific != null && lexicons.isCue(Lexicons.Cue.PATRONYMIC_PARTICLE, tokens, honorific.end());
            if (honorific == null && rank < 0 || givenName) {
                break;
            }
            j = honorific != null ? honorific.end() : rank;
            if (j < tokens.size() && tokens.get(j).isPunctuation('.')) {
                j++;
            }
        }
        return j;
    }

    /** "J.Cooms", "Kh.Battulga": one or two letters, a stop and a capitalised surname of two letters or more. */
    private static boolean isInitialGluedToSurname(String word) {
        int stop = word.lastIndexOf('.');
        return stop >= 1 && stop <= 2 && word.indexOf('.') == stop && stop + 2 < word.length()
                && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(stop + 1))
                && word.substring(stop + 1).chars().allMatch(Character::isLetter);
    }

    /** "Aidar Kuanyshev, Director of …", "H.E. Mr. Daniel N. Rosenblum, Ambassador …". */
    private Mention nameFirst(String text, List<Token> tokens, int start, int sentence) {
        int j = afterHonorifics(tokens, start);
        boolean honoured = j > start;
        // "Mawlawi Amir Khan Muttaqi": after an honorific, an office's word that is also a given name opens the name
        boolean givenNameTitle = honoured && j + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.GIVEN_NAME_TITLE, tokens, j)
                && isNameWord(tokens, j + 1);
        if (j >= tokens.size() || !(isNameWord(tokens, j) || givenNameTitle || honoured && isCapitalSurname(tokens, j))
                || (!honoured && j > 0 && isNamePart(tokens, j - 1, 0))) {
            return null;
        }
        // A name has at most LONGEST_NAME words and at most three trailing particles: a run that
        // reaches this bound is too long either way, so the scan stops there.
        int nameLimit = Math.min(tokens.size(), j + LONGEST_NAME + 4);
        int nameEnd = givenNameTitle ? j + 1 : j;
        while (nameEnd < nameLimit && (isNamePart(tokens, nameEnd, j) || honoured && isCapitalSurname(tokens, nameEnd))) {
            nameEnd++;
        }
        while (nameEnd > j && particles.contains(tokens.get(nameEnd - 1).text())) {
            nameEnd--;
        }
        int length = nameEnd - j;
        // "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan": the particles inside a name are no words of it
        // "J.Cooms, First Assistant Secretary": an initial glued to the surname is a name's two words in one
        boolean twoWords = length >= 2 || length == 1 && isInitialGluedToSurname(tokens.get(j).text());
        if (length == 0 || wordsWithoutParticles(tokens, j, nameEnd) > LONGEST_NAME || (!honoured && !twoWords)) {
            return null;
        }
        int beforeComma = pastSuffixStop(tokens, nameEnd);
        if (beforeComma + 1 < tokens.size() && tokens.get(beforeComma).isPunctuation(',')) {
            Mention titled = titleAfterName(text, tokens, start, j, beforeComma, sentence);
            if (titled != null) {
                return titled;
            }
        }
        if (!honoured) {
            // "They are: Paul Reed (Peru), Ana Torres (Chile) …": a list of envoys, each with the country in brackets
            PhraseIndex.Match<Lexicons.CountryEntry> listed = countryMatchAfter(tokens, nameEnd);
            boolean bracketed = listed != null && tokens.get(nameEnd).isPunctuation('(')
                    && listed.value().form() == Lexicons.CountryForm.NAME;
            if (!bracketed) {
                // "Tom Hale from Samoa, Ana Lind from Sweden and …": a roll call, each with their country
                listed = countryOfRollCall(tokens, nameEnd);
            }
            Mention unlisted = listed == null ? untitledByItsPlace(text, tokens, start, j, nameEnd, sentence) : null;
            if (unlisted != null) {
                return unlisted;
            }
            return listed != null ? mention(text, tokens, start, j, nameEnd, sentence, Optional.empty(),
                    Optional.of(listed.value().code()), false, nameEnd, Optional.empty(), Optional.empty()) : null;
        }
        return mention(text, tokens, start, j, nameEnd, sentence, Optional.empty(), Optional.empty(), false, nameEnd,
                Optional.empty(), Optional.empty());
    }

    /**
     * The country of "from Samoa" or "of Samoa" right after a name, when the country ends its item
     * of a list (a comma, "and", a stop or the end follows); null otherwise.
     */
    private PhraseIndex.Match<Lexicons.CountryEntry> countryOfRollCall(List<Token> tokens, int nameEnd) {
        if (nameEnd + 1 < tokens.size() && tokens.get(nameEnd).isPunctuation(',')) {
            return countryThenNextName(tokens, nameEnd + 1);
        }
        if (nameEnd + 1 >= tokens.size() || !(lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, nameEnd)
                || lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, nameEnd))) {
            return null;
        }
        // "… and James Holt of the United Kingdom)": the state's article, and the bracket that closes the list
        int state = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, nameEnd + 1) ? nameEnd + 2 : nameEnd + 1;
        PhraseIndex.Match<Lexicons.CountryEntry> country = state < tokens.size() ? lexicons.countries.longest(tokens, state) : null;
        if (country == null || country.value().form() != Lexicons.CountryForm.NAME) {
            return null;
        }
        int after = country.end();
        boolean endsItem = after >= tokens.size() || tokens.get(after).isPunctuation(',') || tokens.get(after).isPunctuation('.')
                || tokens.get(after).isPunctuation(';') || tokens.get(after).isPunctuation(')')
                || lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, after);
        return endsItem ? country : null;
    }

    /**
     * "A, Mauritania, B, Belgium and …": a country after a name's comma that the next item's name
     * follows, after a comma or "and"; null otherwise.
     */
    private PhraseIndex.Match<Lexicons.CountryEntry> countryThenNextName(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, at);
        if (country == null || country.value().form() != Lexicons.CountryForm.NAME || country.end() + 1 >= tokens.size()) {
            return null;
        }
        int next = country.end();
        boolean comma = tokens.get(next).isPunctuation(',');
        next += comma ? 1 : 0;
        boolean and = next < tokens.size() && lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, next);
        next += and ? 1 : 0;
        return (comma || and) && next + 1 < tokens.size() && isNameWord(tokens, next) && isNamePart(tokens, next + 1, next)
                ? country : null;
    }

    private int wordsWithoutParticles(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            words += particles.contains(tokens.get(k).text()) ? 0 : 1;
        }
        return words;
    }

    /**
     * The title after a name and its comma, with a country or body before it ("…, Kazakh Ambassador
     * …", "…, UN Special Envoy …"); null when no title follows.
     */
    /**
     * "Tomas Arvelo Jr., President of …": the stop of a suffix written without a comma before it is
     * the name's, so the comma after it still opens the office.
     */
    private int pastSuffixStop(List<Token> tokens, int nameEnd) {
        boolean stop = nameEnd < tokens.size() && tokens.get(nameEnd).isPunctuation('.')
                && lexicons.isCue(Lexicons.Cue.NAME_SUFFIX, tokens, nameEnd - 1)
                && tokens.get(nameEnd).start() == tokens.get(nameEnd - 1).end();
        return stop ? nameEnd + 1 : nameEnd;
    }

    private Mention titleAfterName(String text, List<Token> tokens, int start, int nameStart, int nameEnd, int sentence) {
        int titleFrom = nameEnd + 1;
        int afterArticle = titleFrom + 1;
        boolean article = afterArticle < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, titleFrom);
        int office = article ? Math.max(afterArticle, lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, afterArticle))
                : afterArticle;
        article &= office < tokens.size() && tokens.get(office).isCapitalized();
        int notOfTitle = article || titleFrom >= tokens.size() ? -1 : lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, titleFrom);
        if (article) {
            // "Augusto Santos Silva, the President of the Assembly", "Amir Peled, the visiting Speaker of …":
            // neither the article nor the guest's visit is part of the title
            titleFrom = office;
        } else if (notOfTitle > 0 && notOfTitle < tokens.size() && tokens.get(titleFrom).isLowerCase()
                && tokens.get(notOfTitle).isCapitalized()) {
            titleFrom = notOfTitle; // "Michael Dunbar, newly appointed Ambassador of Canada": the office is an Ambassador's
        }
        Optional<CountryCode> prefixCountry = Optional.empty();
        boolean international = false;
        int k = titleFrom;
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
        int afterCountry = country == null ? k : skipPossessive(tokens, country.end()); // "…, Malaysia's Foreign Minister"
        if (country != null && startsTitle(tokens, afterCountry)) {
            prefixCountry = Optional.of(country.value().code());
            k = afterCountry;
            titleFrom = k;
        } else {
            PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, k);
            if (org != null && startsTitle(tokens, org.end())) {
                international = org.value().country().isEmpty();
                prefixCountry = org.value().country();
                k = org.end();
            }
        }
        if (startsTitle(tokens, k)) {
            int windowEnd = beforeCityOfEvent(tokens, k, windowEnd(tokens, k));
            if (!article) {
                // "A, Foreign Minister of Latvia, B, Foreign Minister of Estonia": the next name ends the office
                windowEnd = commaBeforeName(tokens, k, windowEnd);
            }
            if (windowEnd < tokens.size() && isNameWord(tokens, windowEnd) || titleBeforeName(tokens, k, windowEnd)
                    || article && commaThenName(tokens, k, windowEnd)) {
                // "at the invitation of Aibek Nurlanov, Austrian President Karl Steiner": a name in
                // a list, and the title the next one's
                return mention(text, tokens, start, nameStart, nameEnd, sentence, Optional.empty(), Optional.empty(), false,
                        nameEnd, Optional.empty(), Optional.empty());
            }
            TitleParts title = titleParts(text, tokens, titleFrom, windowEnd);
            if (!title.text().isEmpty()) {
                return mention(text, tokens, start, nameStart, nameEnd, sentence, Optional.of(title.text()),
                        prefixCountry.isPresent() ? prefixCountry : title.country(),
                        international || title.international(), windowEnd, title.host(),
                        title.organization());
            }
        }
        return lowerCaseTitleAfterName(text, tokens, start, nameStart, nameEnd, sentence);
    }

    /**
     * "John Carter, the U.S. ambassador to India, said": an office in lower case after a name and
     * its comma, with the country it is held for or in, up to the punctuation that closes it;
     * null when no such office follows.
     */
    private Mention lowerCaseTitleAfterName(String text, List<Token> tokens, int start, int nameStart, int nameEnd,
            int sentence) {
        int k = nameEnd + 1;
        if (k + 1 < tokens.size() && (lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                || lexicons.isCue(Lexicons.Cue.INDEFINITE_ARTICLE, tokens, k))) {
            k++; // "…, a spokesperson for the ministry, said"
        }
        Optional<CountryCode> prefixCountry = Optional.empty();
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
        if (country != null && country.end() < tokens.size()) {
            prefixCountry = Optional.of(country.value().code());
            k = skipPossessive(tokens, country.end()); // "…, Pakistan's army chief"
        }
        int words = lowerCaseTitleWordsEnd(tokens, k);
        int end = hostPhraseEnd(tokens, words);
        if (words > k && !closesAppositive(tokens, end)) {
            end = bodyNameEnd(tokens, words); // "…, general secretary of the Communist Party of Vietnam, …"
        }
        if (words == k || !closesAppositive(tokens, end)) {
            return null;
        }
        TitleParts title = titleParts(text, tokens, k, end);
        if (title.text().isEmpty()) {
            return null;
        }
        return mention(text, tokens, start, nameStart, nameEnd, sentence, Optional.of(title.text()),
                prefixCountry.isPresent() ? prefixCountry : title.country(), title.international(), end, title.host(),
                title.organization());
    }

    private static boolean closesAppositive(List<Token> tokens, int at) {
        return at >= tokens.size() || tokens.get(at).isPunctuation(',') || tokens.get(at).isPunctuation('.');
    }

    /**
     * Where the body a lower-case office is held in ends, when "of" or "for" and its capitalised name follow
     * the office ("of the Communist Party of Vietnam Central Committee", "for the Foreign Ministry"), title
     * connectors between its words; {@code at} when no such name follows.
     */
    private int bodyNameEnd(List<Token> tokens, int at) {
        if (!lexicons.isCue(Lexicons.Cue.BODY_PREPOSITION, tokens, at)) {
            return at;
        }
        int k = at + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at + 1) ? at + 2 : at + 1;
        int end = at;
        for (int limit = Math.min(tokens.size(), k + LONGEST_BODY_NAME); k < limit; k++) {
            Token token = tokens.get(k);
            int pastOwner = token.isCapitalized() ? pastCountrysPossessive(tokens, k) : k;
            if (pastOwner > k) {
                end = pastOwner; // "head of Greece's National Intelligence Service": the body its country's
                k = pastOwner - 1;
            } else if (token.isWord() && token.isCapitalized()) {
                end = k + 1;
            } else if (!token.isLowerCase() || !lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, k)) {
                break;
            }
        }
        return end;
    }

    /** Where a country's name and its possessive ("Greece's") starting at a token end, or the token when none starts there. */
    private int pastCountrysPossessive(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, at);
        if (country == null || country.value().form() != Lexicons.CountryForm.NAME) {
            return at;
        }
        int past = skipPossessive(tokens, country.end());
        return past > country.end() ? past : at;
    }

    /**
     * The most words a body's name after an office's "of" may have: a party's department names the party's
     * committee and the party in full ("of the Liaison Department of the Central Committee of the Unity Party of X").
     */
    private static final int LONGEST_BODY_NAME = 16;

    /**
     * Where a title written after a name ends before "in" and a city: "Lloyd Austin, US Secretary of
     * Defense in Brussels, Belgium" was met there; an office held in a place keeps it ("Ambassador in
     * Dhaka", "Chargé d'Affaires of the Embassy in Abuja").
     */
    private int beforeCityOfEvent(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (lexicons.isCue(Lexicons.Cue.STATIONED, tokens, k)) {
                return end;
            }
        }
        for (int k = from + 1; k + 1 < end; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> place = lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, k)
                    ? lexicons.countries.longest(tokens, k + 1) : null;
            if (place != null && (place.value().form().isTown()) || lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, k)
                    && endsAStatesName(tokens, from, k)) {
                return k; // "President of Hungary at State House, Nairobi": where they met, after the office's state
            }
        }
        return end;
    }

    /** The most words of a state's name: "the United Kingdom of Great Britain and Northern Ireland". */
    private static final int LONGEST_STATE_NAME = 9;

    /** Whether a state's name ends right before a token, inside a title that starts at {@code from}. */
    private boolean endsAStatesName(List<Token> tokens, int from, int at) {
        for (int k = Math.max(from, at - LONGEST_STATE_NAME); k < at; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countries.longest(tokens, k);
            if (state != null && state.end() == at && state.value().form() == Lexicons.CountryForm.NAME) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma and a name follow a title in its window or just after it, past a word in
     * brackets: "…, the Minister of Foreign Affairs, Margus Tsahkna" gives the title to the name after it.
     */
    private boolean commaThenName(List<Token> tokens, int from, int windowEnd) {
        for (int k = from; k <= windowEnd && k + 1 < tokens.size(); k++) {
            int comma = k;
            if (k == windowEnd && k + 2 < tokens.size() && tokens.get(k).isPunctuation('(') && tokens.get(k + 2).isPunctuation(')')) {
                comma = k + 3; // "the President of the Riigikogu (Parliament), Lauri Hussar"
            }
            if (comma + 1 >= tokens.size() || !tokens.get(comma).isPunctuation(',')) {
                continue;
            }
            // "…, and Mr. John Howard, the Prime Minister": "and" opens the next name and its own title
            if (lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, comma + 1)) {
                continue;
            }
            int name = afterHonorifics(tokens, comma + 1);
            if (name < tokens.size() && isNameWord(tokens, name)) {
                return true; // "…, Margus Tsahkna"
            }
        }
        return false;
    }

    /** The first comma in a title's window that a name follows, or {@code windowEnd} when none does. */
    private int commaBeforeName(List<Token> tokens, int from, int windowEnd) {
        for (int k = from + 1; k < windowEnd; k++) {
            if (tokens.get(k).isPunctuation(',') && !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k + 1)) {
                int name = afterHonorifics(tokens, k + 1);
                if (name < tokens.size() && isNameWord(tokens, name)) {
                    return k;
                }
            }
        }
        return windowEnd;
    }

    /** A plural head: "Ministers" in "Foreign Ministers", not in "Cabinet of Ministers". */
    private boolean isPluralHead(String[] words, int at) {
        return plurals.containsKey(Tokenizer.key(words[at]))
                && (at == 0 || !ofWords.contains(words[at - 1]) && !articles.contains(words[at - 1]));
    }

    /** Whether a title has a plural head, as {@link #isPluralHead} tells of the words it parts at spaces. */
    private boolean isPlural(String title) {
        // Word by word in place: the words are cut only around a plural's noun, which few titles have.
        int previousStart = -1;
        int start = 0;
        while (start < title.length()) {
            int end = title.indexOf(' ', start);
            end = end < 0 ? title.length() : end;
            if (end > start && plurals.containsKey(Tokenizer.key(title, start, end))) {
                String before = previousStart < 0 ? null : title.substring(previousStart, start - 1);
                if (before == null || !ofWords.contains(before) && !articles.contains(before)) {
                    return true;
                }
            }
            previousStart = start;
            start = end + 1;
        }
        return false;
    }

    private String singular(String title) {
        String[] words = title.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            out.append(i > 0 ? " " : "").append(isPluralHead(words, i) ? singularAsWritten(words[i]) : words[i]);
        }
        return out.toString();
    }

    /**
     * Whether a word alone after an office ends the name of what the office is for ("for
     * Enlargement", "of the Presidential Court"): it follows a connector, or a word of the
     * vocabulary that follows one, and no listed office ends right before it ("Secretary of State Blinken").
     */
    private boolean endsABodysName(List<Token> tokens, int titleStart, int at) {
        for (int k = Math.max(titleStart, at - 4); k < at; k++) {
            if (lexicons.titles.longestEnd(tokens, k) == at) {
                return false;
            }
        }
        int before = at - 1;
        if (before > titleStart && isVocabularyWord(tokens.get(before))) {
            before--;
        }
        return before > titleStart && tokens.get(before).isLowerCase()
                && lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, before);
    }

    private boolean isVocabularyWord(Token token) {
        return token.isCapitalized() && lexicons.vocabulary.contains(token.key());
    }

    /** Whether the words just before a token end a title's head: "Foreign Minister" before "Lavrov". */
    private boolean endsTitleHead(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, k);
            if (title != null && title.end() == at && title.value() == Lexicons.TitleRole.HEAD) {
                return true;
            }
        }
        return false;
    }

    /** The singular of a plural head in the case it is written in: "ambassadors" → "ambassador". */
    private String singularAsWritten(String plural) {
        String singular = plurals.get(Tokenizer.key(plural));
        return Character.isLowerCase(plural.charAt(0))
                ? Character.toLowerCase(singular.charAt(0)) + singular.substring(1) : singular;
    }

    /** An article before the word, or before the words that say the office is new: "the newly appointed ambassadors". */
    private boolean afterArticle(List<Token> tokens, int i) {
        if (lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, i - 1)) {
            return true;
        }
        for (int k = Math.max(1, i - 2); k < i; k++) {
            if (lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, k) == i && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "met ambassador John Carter", "attended by deputy foreign minister Ivan Petrov": an office in
     * lower case right before a name of two words or more. Where the office ends, or -1.
     */
    private int lowerCaseOfficeBeforeNameEnd(List<Token> tokens, int i) {
        if (!tokens.get(i).isWord() || !tokens.get(i).isLowerCase()) {
            return -1;
        }
        int end = lowerCaseTitleWordsEnd(tokens, i);
        if (end <= i) {
            return -1;
        }
        int name = afterHonorifics(tokens, end); // "new defence attache Col. Jorge Salinas"
        return name + 1 < tokens.size() && (isNameWord(tokens, name) || isPlaceGivenName(tokens, name)) && isNameWord(tokens, name + 1)
                || stateThenNameAfterComma(tokens, end) ? end : -1;
    }

    /**
     * "chief negotiator Milan Petrovic": a place's one word (a city's or a country's name) that a name's
     * word follows is a given name, where an office in lower case stands right before it.
     */
    private boolean isPlaceGivenName(List<Token> tokens, int at) {
        return isOneWordPlace(tokens, at) && at + 1 < tokens.size() && lexicons.countries.longest(tokens, at + 1) == null;
    }

    /** "… of Tajikistan, Farid Nazarov" from a token: "of", a state, a comma and a name of two words or more. */
    private boolean stateThenNameAfterComma(List<Token> tokens, int at) {
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, at);
        int state = of > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, of) ? of + 1 : of;
        PhraseIndex.Match<Lexicons.CountryEntry> named = state > 0 && state < tokens.size() ? lexicons.countries.longest(tokens, state) : null;
        int comma = named == null ? -1 : named.end();
        return named != null && named.value().form() == Lexicons.CountryForm.NAME && comma + 2 < tokens.size()
                && tokens.get(comma).isPunctuation(',') && isNameWord(tokens, comma + 1) && isNameWord(tokens, comma + 2);
    }

    /**
     * "met with ambassadors Johariah Wahab of Brunei, Phan Peuv of Cambodia …": a plural office in
     * lower case before a name of two words or more. Where the office ends, or -1.
     */
    private int lowerCasePluralEnd(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean plural = token.isWord() && token.isLowerCase() && plurals.containsKey(token.key());
        return plural && i + 2 < tokens.size() && isNameWord(tokens, i + 1) && isNameWord(tokens, i + 2) ? i + 1 : -1;
    }

    /** A plural title shared by two names: each gets the singular title and, in order, its country. */
    private List<Mention> pluralPair(String text, List<Token> tokens, Mention first, int sentence) {
        String title = withoutLastCountry(singular(first.title().get()));
        List<CountryCode> countries = countriesOfPluralOffice(tokens, first);
        Mention one = new Mention(first.name(), first.nameTokens(), first.span(), first.first(), first.end(),
                sentence, Optional.of(title), countries.isEmpty() ? first.country() : Optional.of(countries.get(0)),
                first.international(), first.host(), first.organization());
        if (countries.isEmpty() && first.country().isPresent()) {
            return listedEachOfACountry(text, tokens, one, Optional.of(title), sentence);
        }
        if (countries.size() == 1) {
            List<Mention> listed = listedEachAfterItsCountry(text, tokens, one, title, sentence);
            if (listed.size() > 1) {
                return listed;
            }
        }
        int and = pastBracketedWords(tokens, first.end(), LONGEST_PORTFOLIO); // "Secretaries A (Interior), Amb B (Trade) and C": no name's
        List<Mention> listed = new ArrayList<>(List.of(one));
        // "Ambassadors A. B. Cole, D. E. Fry and G. H. Ives": the office's holders one after another; "the
        // foreign ministers of Estonia, Latvia and Lithuania A, B and C": each of the country in the same place
        boolean eachOwn = countries.size() > 2;
        while ((countries.size() < 2 || eachOwn) && listed.size() < LONGEST_LIST && and + 2 < tokens.size()
                && tokens.get(and).isPunctuation(',')) {
            int start = pastStyles(tokens, and + 1, tokens.size());
            if (start >= tokens.size() || !isNameWord(tokens, start)) {
                break;
            }
            int end = listedNameEnd(tokens, start);
            int after = pastBracketedWords(tokens, end, LONGEST_PORTFOLIO);
            if (end - start < 2 || after < tokens.size() && !tokens.get(after).isPunctuation(',')
                    && !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, after)) {
                break;
            }
            Optional<CountryCode> own = eachOwn ? countryAt(countries, listed.size()) : first.country();
            listed.add(mention(text, tokens, start, start, end, sentence, Optional.of(title), own,
                    first.international(), end, Optional.empty(), first.organization()));
            and = after;
        }
        and = and + 1 < tokens.size() && tokens.get(and).isPunctuation(',') && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and + 1)
                ? and + 1 : and; // "A, B, and C"
        int last = and + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and)
                ? pastStyles(tokens, and + 1, tokens.size()) : tokens.size();
        if (last >= tokens.size() || !isNameWord(tokens, last)) {
            return listed;
        }
        int end = listedNameEnd(tokens, last);
        Optional<CountryCode> second = lastHoldersCountry(countries, eachOwn, listed.size(), first, one);
        Optional<CountryCode> after = countries.isEmpty() && one.country().isEmpty() && !first.international()
                ? countryAfter(tokens, end) : Optional.empty();
        // "Senators A and B of the United States": the pair's country; "Presidents A and B of Guinea-Bissau": the last
        // one's, as a state has one president
        if (after.isPresent() && listed.size() == 1 && !isSoleOffice(title)) {
            listed.set(0, one.withCountry(after));
        }
        listed.add(mention(text, tokens, last, last, end, sentence, Optional.of(title), second.or(() -> after),
                first.international(), end, Optional.empty(), first.organization()));
        return listed;
    }

    /** Whether a title is an office a state has one holder of at a time: "President", "Prime Minister". */
    private boolean isSoleOffice(String title) {
        List<Token> words = Tokenizer.tokens(title, 0, title.length());
        return lexicons.cueEnd(Lexicons.Cue.SOLE_OFFICE, words, 0) == words.size();
    }

    /**
     * "foreign minister and the United States", left of "the foreign ministers of Russia and the United
     * States" when the first state went to its holder: the office without the other state.
     */
    private String withoutLastCountry(String title) {
        List<Token> words = Tokenizer.tokens(title, 0, title.length());
        for (int k = words.size() - 2; k > 0; k--) {
            if (lexicons.isCue(Lexicons.Cue.AND_WORD, words, k)) {
                int at = lexicons.isCue(Lexicons.Cue.ARTICLE, words, k + 1) ? k + 2 : k + 1;
                PhraseIndex.Match<Lexicons.CountryEntry> country = at < words.size() ? lexicons.countries.longest(words, at) : null;
                return country != null && country.end() == words.size() ? title.substring(0, words.get(k - 1).end()) : title;
            }
        }
        return title;
    }

    /** The country of the last holder a plural office lists after "and", {@code listed} holders before them. */
    private static Optional<CountryCode> lastHoldersCountry(List<CountryCode> countries, boolean eachOwn, int listed,
            Mention first, Mention one) {
        if (eachOwn) {
            return countryAt(countries, listed);
        } else if (listed > 1) {
            return first.country(); // a list of one office's holders shares its country, if any
        } else if (countries.size() == 1) {
            return one.country(); // "US Senators A and B": so does a pair after the one country named
        }
        return countries.size() > 1 ? Optional.of(countries.get(1)) : Optional.empty();
    }

    /** The most words in brackets after a listed name: "(Foreign Affairs and International Trade)". */
    private static final int LONGEST_PORTFOLIO = 6;

    /** Past the honorifics that run from a token, before {@code to} ("Amb", "His Majesty"), else {@code at}. */
    private int pastStyles(List<Token> tokens, int at, int to) {
        int k = at;
        PhraseIndex.Match<Boolean> honorific;
        while (k < to && (honorific = lexicons.honorifics.longest(tokens, k)) != null) {
            k = honorific.end();
        }
        return k;
    }

    /** The country at a place of a list, if the list goes that far. */
    private static Optional<CountryCode> countryAt(List<CountryCode> countries, int at) {
        return at < countries.size() ? Optional.of(countries.get(at)) : Optional.empty();
    }

    /** The countries a plural office names before its first holder, in order: "Polish and Czech Presidents", "US Senators". */
    private List<CountryCode> countriesOfPluralOffice(List<Token> tokens, Mention first) {
        List<CountryCode> countries = new ArrayList<>();
        int from = first.first();
        if (from >= 2 && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, from - 1)) {
            // "Polish and Czech Presidents A and B": the first people's adjective stands before the "and"
            PhraseIndex.Match<Lexicons.CountryEntry> before = lexicons.countries.longest(tokens, from - 2);
            if (before != null && before.end() == from - 1 && before.value().form() == Lexicons.CountryForm.DEMONYM) {
                countries.add(before.value().code());
            }
        }
        for (int k = from; k < tokens.size() && tokens.get(k).start() < first.span().start(); k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && country.value().form() != Lexicons.CountryForm.CITY && country.value().form() != Lexicons.CountryForm.REGION) {
                countries.add(country.value().code());
                k = country.end() - 1;
            }
        }
        return countries;
    }

    /** The most names a plural title may head in a list: "ambassadors A of Brunei, B of Cambodia, …". */
    private static final int LONGEST_LIST = 12;

    /**
     * "the new ambassadors of Uruguay, Nester Navarro, Chile, Julio Fiol and Australia, Tegan
     * Brink": after the first, each further one of a plural office named after their country and a comma.
     */
    private List<Mention> listedEachAfterItsCountry(String text, List<Token> tokens, Mention one, String title,
            int sentence) {
        List<Mention> listed = new ArrayList<>(List.of(one));
        int at = one.end();
        while (listed.size() < LONGEST_LIST && at + 3 < tokens.size()) {
            int next = tokens.get(at).isPunctuation(',') ? at + 1 : at;
            next = lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next) ? next + 1 : next;
            boolean article = next > at && next + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, next);
            PhraseIndex.Match<Lexicons.CountryEntry> country = next > at && next < tokens.size()
                    ? lexicons.countries.longest(tokens, article ? next + 1 : next) : null;
            // "…, of Kyrgyzstan, B", "…, the Russian Federation C", "… of Belarus - A": a separator or none
            if (country == null || country.value().form() != Lexicons.CountryForm.NAME || country.end() + 1 >= tokens.size()) {
                break;
            }
            Token separator = tokens.get(country.end());
            int start = separator.isPunctuation(',') || separator.isDash() ? country.end() + 1 : country.end();
            if (!isNameWord(tokens, start)) {
                break;
            }
            int end = listedNameEnd(tokens, start);
            if (end - start < 2) {
                break;
            }
            listed.add(mention(text, tokens, start, start, end, sentence, Optional.of(title),
                    Optional.of(country.value().code()), false, end, Optional.empty(), Optional.empty()));
            at = end;
        }
        return listed;
    }

    /** The most words of a name in a list of people. */
    private static final int LONGEST_LISTED_NAME = 5;

    /** Where the name of a listed person that starts at {@code start} ends. */
    private int listedNameEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end < start + LONGEST_LISTED_NAME && isNamePart(tokens, end, start)) {
            end++;
        }
        return end;
    }

    /**
     * "ambassadors Johariah Wahab of Brunei, Phan Peuv of Cambodia and Agus Widjojo of Indonesia":
     * a plural title before names each followed by its country gives each the singular title.
     */
    private List<Mention> listedEachOfACountry(String text, List<Token> tokens, Mention one, Optional<String> title,
            int sentence) {
        List<Mention> listed = new ArrayList<>(List.of(one));
        int at = pastCountryAfter(tokens, one.end());
        while (listed.size() < LONGEST_LIST && at < tokens.size()) {
            int next = at;
            if (tokens.get(next).isPunctuation(',')) {
                next++;
            }
            if (next < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next)) {
                next++;
            }
            if (next == at || next >= tokens.size() || !isNameWord(tokens, next)) {
                break;
            }
            int end = listedNameEnd(tokens, next);
            PhraseIndex.Match<Lexicons.CountryEntry> country = countryMatchAfter(tokens, end);
            int bodyEnd = country == null ? bracketedBodyEnd(tokens, end) : -1;
            if (bodyEnd > 0) {
                // "Henriette Geiger (European Union)": an envoy of a body, of no country, and the list goes on
                listed.add(mention(text, tokens, next, next, end, sentence, title, Optional.empty(), true, end,
                        Optional.empty(), Optional.empty()));
                at = bodyEnd;
                continue;
            }
            if (country == null || country.value().form() != Lexicons.CountryForm.NAME) {
                break; // every name of such a list says its country: without one, the list has ended
            }
            listed.add(mention(text, tokens, next, next, end, sentence, title,
                    Optional.of(country.value().code()), false, end, Optional.empty(), Optional.empty()));
            at = country.end();
        }
        return listed;
    }

    /** Where "(European Union)", an international body in brackets at a token, ends, or -1. */
    private int bracketedBodyEnd(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).isPunctuation('(')) {
            return -1;
        }
        PhraseIndex.Match<Lexicons.Organization> body = lexicons.organizations.longest(tokens, at + 1);
        return body != null && body.value().country().isEmpty() && body.end() < tokens.size()
                && tokens.get(body.end()).isPunctuation(')') ? body.end() + 1 : -1;
    }

    /** Past "of Brunei" after a name, if the name has it. */
    private int pastCountryAfter(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = countryMatchAfter(tokens, at);
        return country == null ? at : country.end();
    }

    /** Past a possessive "'s" after a country: "Uzbekistan's Foreign Minister". */
    private int skipPossessive(List<Token> tokens, int at) {
        int end = lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, at);
        if (end <= at && at > 0 && at < tokens.size() && tokens.get(at - 1).end() == tokens.get(at).start()
                && tokens.get(at - 1).text().endsWith("s")) {
            end = lexicons.cueEnd(Lexicons.Cue.POSSESSIVE_AFTER_S, tokens, at); // "United States' Assistant Secretary"
        }
        return end > at ? end : at;
    }

    /**
     * "Prime Minister Sheikh Hasina": a word that is an honorific before most names is part of
     * this one, when the two together are a listed office holder's name.
     */
    private Mention withHonorificOfName(String text, List<Token> tokens, Mention mention) {
        int at = mention.nameStart(tokens);
        if (at == 0 || at >= tokens.size() || tokens.get(at).start() != mention.span().start()
                || lexicons.honorifics.longest(tokens, at - 1) == null) {
            return mention;
        }
        List<String> words = new ArrayList<>();
        words.add(tokens.get(at - 1).key());
        words.addAll(mention.nameTokens());
        if (!lexicons.isOfficial(words)) {
            return mention;
        }
        Span span = Span.of(tokens.get(at - 1).start(), mention.span().end());
        return new Mention(span.cut(text), List.copyOf(words), span, Math.min(mention.first(), at - 1), mention.end(),
                mention.sentence(), mention.title(), mention.country(), mention.international(), mention.host(),
                mention.organization());
    }

    /** Whether a window opens with an event's name that a comma ends: "Foreign Ministers Meeting, …". */
    private boolean namesAnEventFirst(List<Token> tokens, int from, int to) {
        boolean of = false;
        for (int k = from; k + 1 < to; k++) {
            PhraseIndex.Match<MeetingKind> event = tokens.get(k).isCapitalized() ? lexicons.triggers.longest(tokens, k) : null;
            // "the Speaker of the Peruvian Congress, Lucia Paz": a body's word after "of" is the office's, no event
            boolean body = of && event != null && lexicons.cueEnd(Lexicons.Cue.TITLE_BODY, tokens, k) == event.end();
            if (event != null && !body && event.end() < to && tokens.get(event.end()).isPunctuation(',')) {
                return true;
            }
            of |= lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k);
        }
        return false;
    }

    /**
     * A mention whose title gives no side, with the side the words around it give: an international body
     * after the name ("secretary general Anna Berg of the OSCE"), else a country after it, the side it leads
     * or heads, or a counterpart's people.
     */
    private Mention withSideAround(String text, List<Token> tokens, Mention mention) {
        int first = mention.first();
        int end = mention.end();
        Optional<String> body = internationalBodyAfter(text, tokens, end);
        if (body.isPresent()) {
            return mention.ofInternationalBody(body.get());
        }
        // Asked in turn, not chained: a lambda for each way, made for every mention, was garbage for most
        Optional<CountryCode> side = countryAfter(tokens, end);
        side = side.isPresent() ? side : sideFromAfter(tokens, end);
        side = side.isPresent() ? side : sideOf(tokens, first);
        side = side.isPresent() ? side : sideHeadedAfter(tokens, end);
        side = side.isPresent() ? side : counterpartsPeople(tokens, first);
        side = side.isPresent() ? side : appositiveOfficesCountry(text, tokens, mention);
        return mention.withCountry(side);
    }

    /**
     * "Ambassador Ivan Petrov, Permanent Representative of Bulgaria to the UN, …": the country of a second
     * office set off after a name that already has one.
     */
    private Optional<CountryCode> appositiveOfficesCountry(String text, List<Token> tokens, Mention mention) {
        int end = mention.end();
        if (mention.title().isEmpty() || end + 1 >= tokens.size() || !tokens.get(end).isPunctuation(',')) {
            return Optional.empty();
        }
        Mention apposed = titleAfterName(text, tokens, mention.first(), mention.nameStart(tokens), end, mention.sentence());
        // "At the call of Prime Minister A, the Presidents of Chile and Peru met": a plural office names others
        return apposed == null || apposed.title().isEmpty() || isPlural(apposed.title().get())
                ? Optional.empty() : apposed.country();
    }

    /**
     * "Minister Kwesi Mensah, Minister of Trade and Industry of Ghana": an office of one word before the name
     * gives way to the same office set off after it with its portfolio, when that office closes there. Another
     * office after the name ("Ambassador A, Director-General of …", "President A, President B") leaves the
     * first as it is.
     */
    private Mention withAppositiveOffice(String text, List<Token> tokens, Mention mention) {
        int end = mention.end();
        if (mention.title().isEmpty() || mention.title().get().indexOf(' ') >= 0 || !titleFirst(tokens, mention)
                || end + 1 >= tokens.size() || !tokens.get(end).isPunctuation(',')) {
            return mention;
        }
        Mention apposed = titleAfterName(text, tokens, mention.first(), mention.nameStart(tokens), end, mention.sentence());
        int after = apposed == null ? end : apposed.end();
        if (apposed == null || apposed.title().isEmpty()
                || !closesAppositive(tokens, after) && !(tokens.get(after).isWord() && tokens.get(after).isLowerCase())) {
            return mention;
        }
        String head = mention.title().get();
        String office = apposed.title().get();
        // the head, a space and a portfolio's small word: "Minister of …", not "President Sadyr Japarov"
        if (office.length() <= head.length() + 2 || !office.regionMatches(true, 0, head, 0, head.length())
                || office.charAt(head.length()) != ' ' || !Character.isLowerCase(office.charAt(head.length() + 1))) {
            return mention;
        }
        Mention retitled = mention.withTitle(apposed.title());
        return retitled.country().isPresent() || apposed.international() ? retitled : retitled.withCountry(apposed.country());
    }

    /** The most words an office in brackets after a name may have: "(Minister of Foreign Affairs)". */
    private static final int LONGEST_BRACKETED_OFFICE = 8;

    /**
     * "Helen Ward (Foreign Secretary) and Tom Hale (Defence Secretary)": an office in brackets right after a
     * name that has none is its title, and the mention runs past the brackets, so that the list goes on.
     */
    private Mention withOfficeInBrackets(String text, List<Token> tokens, Mention mention) {
        int close = mention.title().isPresent() ? -1 : bracketedOfficeClose(tokens, mention.end());
        if (close < 0) {
            return mention;
        }
        return new Mention(mention.name(), mention.nameTokens(), mention.span(), mention.first(), close + 1,
                mention.sentence(), officeInBrackets(text, tokens, mention.end()), mention.country(),
                mention.international(), mention.host(), mention.organization());
    }

    @Override
    public Optional<String> officeInBrackets(String text, List<Token> tokens, int open) {
        int close = bracketedOfficeClose(tokens, open);
        return close < 0 ? Optional.empty()
                : Optional.of(text.substring(tokens.get(open + 1).start(), tokens.get(close - 1).end()));
    }

    /** Where the brackets that open at a token and hold an office's words alone close, or -1. */
    private int bracketedOfficeClose(List<Token> tokens, int open) {
        if (open + 2 >= tokens.size() || !tokens.get(open).isPunctuation('(') || !startsTitle(tokens, open + 1)) {
            return -1;
        }
        int past = pastBracketedWords(tokens, open, LONGEST_BRACKETED_OFFICE);
        return past > open ? past - 1 : -1;
    }

    /** "secretary general Anna Berg of the Organization for Security and Co-operation in Europe": the international body after the name. */
    private Optional<String> internationalBodyAfter(String text, List<Token> tokens, int end) {
        int k = pastOfAfterName(tokens, end);
        PhraseIndex.Match<Lexicons.Organization> body = k >= 0 && k < tokens.size() ? lexicons.organizations.longest(tokens, k) : null;
        return body == null || body.value().country().isPresent() ? Optional.empty()
                : Optional.of(text.substring(tokens.get(k).start(), tokens.get(body.end() - 1).end()));
    }

    /** "Foreign Minister Fumio Kishida of Japan": the country named after the name. */
    private Optional<CountryCode> countryAfter(List<Token> tokens, int end) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = countryMatchAfter(tokens, end);
        return country != null && country.value().form() == Lexicons.CountryForm.NAME
                ? Optional.of(country.value().code()) : Optional.empty();
    }

    /** The country lexicon's entry in "of Brunei", "of the Philippines", "(Nigeria)" at a token, or null. */
    private PhraseIndex.Match<Lexicons.CountryEntry> countryMatchAfter(List<Token> tokens, int end) {
        if (end + 2 < tokens.size() && tokens.get(end).isPunctuation('(')) {
            // "Yusuf Yunusa (Nigeria), Damptey Bediako Asare (Ghana)": the country in brackets, the closing one with it
            PhraseIndex.Match<Lexicons.CountryEntry> bracketed = lexicons.countryInBrackets(tokens, end);
            return bracketed == null ? null : new PhraseIndex.Match<>(bracketed.start(), bracketed.end() + 1, bracketed.value());
        }
        int k = pastOfAfterName(tokens, end);
        return k < 0 ? null : lexicons.countries.longest(tokens, k);
    }

    /** Where the words after "of" and its article that follow a name start ("… of the Philippines"), or -1. */
    private int pastOfAfterName(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, end)) {
            return -1;
        }
        return lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, end + 1) ? end + 2 : end + 1;
    }

    /**
     * "met with her Polish colleague, Foreign Minister Jan Nowak", "her Saudi counterpart Prince Khalid": the
     * people's adjective of a counterpart's word right before the mention or a comma before it, or empty.
     */
    private Optional<CountryCode> counterpartsPeople(List<Token> tokens, int first) {
        int start = honorificsBefore(tokens, first);
        int noun = start >= 1 && tokens.get(start - 1).isPunctuation(',') ? start - 2 : start - 1;
        if (noun < 1 || !lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, noun)) {
            return Optional.empty();
        }
        PhraseIndex.Match<Lexicons.CountryEntry> people = lexicons.countryEndingAt(tokens, noun, 3);
        return people != null && people.value().form() == Lexicons.CountryForm.DEMONYM
                ? Optional.of(people.value().code()) : Optional.empty();
    }

    /** Where the honorifics written right before a token start ("His Highness" of "His Highness Prince …"), or the token. */
    private int honorificsBefore(List<Token> tokens, int at) {
        int start = at;
        for (int h = 0; h < MOST_HONORIFICS; h++) {
            int found = start;
            for (int k = Math.max(0, start - HONORIFIC_WORDS); k < start && found == start; k++) {
                PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
                found = honorific != null && honorific.end() == start ? k : start;
            }
            if (found == start) {
                break;
            }
            start = found;
        }
        return start;
    }

    /** The most words an honorific has: "Her Royal Highness". */
    private static final int HONORIFIC_WORDS = 3;

    /** "The Kazakh delegation was headed by …", "the German side was led by …": the side's country. */
    @Override
    public Optional<CountryCode> sideOf(List<Token> tokens, int first) {
        boolean ledBy = false;
        int ledByAt = -1;
        // down to the sentence's first word: "Делегацию Грузии возглавил A" opens with the side's noun
        for (int k = first - 1; k >= 0 && k >= first - 16; k--) {
            Token token = tokens.get(k);
            // "The Chilean delegation included Minister A": a word of leading that also tells an event still leads
            if (!ledBy && lexicons.isCue(Lexicons.Cue.SIDE_LED_BY, tokens, k)) {
                ledBy = true;
                ledByAt = k;
            } else if (!ledBy && (lexicons.triggers.longest(tokens, k) != null || lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, k))) {
                return Optional.empty(); // "a US delegation led by A called on Minister B": B is met, of no side led
            }
            if (ledBy && k + 1 < ledByAt && lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, k)) {
                // "colleagues from Equatorial Guinea led by X": whose people they are, nearer than a delegation before
                PhraseIndex.Match<Lexicons.CountryEntry> from = lexicons.countries.longest(tokens, k + 1);
                if (from != null && from.end() <= ledByAt && from.value().form() == Lexicons.CountryForm.NAME) {
                    return Optional.of(from.value().code());
                }
            }
            if (ledBy && lexicons.isCue(Lexicons.Cue.SIDE_VERB, tokens, k) && k >= 1) {
                Optional<CountryCode> represented = stateRepresentedBy(tokens, k);
                if (represented.isPresent()) {
                    return represented;
                }
            }
            if (lexicons.isCue(Lexicons.Cue.SIDE_NOUN, tokens, k) && ledBy) {
                if (sideFromStart(tokens, k) >= 0) {
                    // "A from the Chilean side, and by B": the side is the one named before it, not the one after
                    return Optional.empty();
                }
                for (int d = k - 1; d >= 0 && d >= k - SIDE_MODIFIER_REACH; d--) {
                    PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, d);
                    // "Kenyan high-level delegation led by": lower-case words may qualify the side; "Hungary's
                    // delegation was headed by": a state's possessive names it
                    if (country != null && (country.end() == k || country.value().form() == Lexicons.CountryForm.DEMONYM
                            && modifiersBetween(tokens, country.end(), k)
                            || country.value().form() == Lexicons.CountryForm.NAME
                                    && skipPossessive(tokens, country.end()) == k)) {
                        return Optional.of(country.value().code());
                    }
                }
                return countryBetween(tokens, k + 1, ledByAt); // "a delegation of the Peruvian Congress led by"
            }
            // "the delegation from Chile, led by X": a comma may set off the words of leading
            boolean beforeLeading = ledBy && token.isPunctuation(',') && ledByAt - k <= 2;
            if (!beforeLeading && (token.isPunctuation(',') || token.isPunctuation(';')
                    || lexicons.isCue(Lexicons.Cue.SIDE_CLAUSE_END, tokens, k))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Japan was represented by Prime Minister Kishida Fumio": the state that is the subject of the verb at {@code verb}. */
    private Optional<CountryCode> stateRepresentedBy(List<Token> tokens, int verb) {
        for (int d = verb - 1; d >= 0 && d >= verb - 4; d--) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, d);
            // the state is the clause's subject, not the end of a phrase: "talks between Chile and Peru
            // were chaired by Minister X" says nothing of X's side; a clause's opening word may precede
            // ("…, а Эстонию представлял B")
            boolean subject = d == 0 || !tokens.get(d - 1).isWord() || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, d - 1)
                    || lexicons.isCue(Lexicons.Cue.SIDE_CLAUSE_END, tokens, d - 1);
            if (country != null && endsBeforeVerb(tokens, country.end(), verb)
                    && country.value().form() == Lexicons.CountryForm.NAME && subject) {
                return Optional.of(country.value().code());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a state's name ends right before the verb that says who represented it, or before a preposition and
     * one lower-case word between them: "Казахстан на встрече представлял …".
     */
    private boolean endsBeforeVerb(List<Token> tokens, int end, int verb) {
        return end == verb || end == verb - 2 && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, end)
                && tokens.get(verb - 1).isLowerCase();
    }

    /** "Minister Ana Torres from the Chilean side": the country of the side a name is said to come from. */
    private Optional<CountryCode> sideFromAfter(List<Token> tokens, int end) {
        if (end >= tokens.size() || !lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, end)) {
            return Optional.empty();
        }
        int k = end + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, end + 1) ? end + 2 : end + 1;
        PhraseIndex.Match<Lexicons.CountryEntry> country = k < tokens.size() ? lexicons.countries.longest(tokens, k) : null;
        return country != null && country.end() < tokens.size() && sideFromStart(tokens, country.end()) == end
                ? Optional.of(country.value().code()) : Optional.empty();
    }

    /**
     * Where "from", its article and a state's name or people's adjective start right before a side's noun at a token
     * ("from the Chilean side", "from Peru's side"), or -1.
     */
    private int sideFromStart(List<Token> tokens, int noun) {
        if (!lexicons.isCue(Lexicons.Cue.SIDE_NOUN, tokens, noun)) {
            return -1;
        }
        // the longest name first: "the United Arab Emirates", not the "Emirates" inside it
        for (int k = Math.max(1, noun - SIDE_FROM_COUNTRY_WORDS); k < noun; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && skipPossessive(tokens, country.end()) == noun) {
                int from = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k - 1) ? k - 2 : k - 1;
                return from >= 0 && lexicons.isCue(Lexicons.Cue.PLACE_FROM, tokens, from) ? from : -1;
            }
        }
        return -1;
    }

    /** The most words of a state's name between "from" and a side's noun: "from the United Arab Emirates side". */
    private static final int SIDE_FROM_COUNTRY_WORDS = 4;

    /** How far before a side's noun its country may stand: "the Kenyan high-level delegation". */
    private static final int SIDE_MODIFIER_REACH = 5;

    /** Whether only lower-case words other than articles, and hyphens, stand in [from, to): "high-level". */
    private boolean modifiersBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isLowerCase() && !tokens.get(k).isDash() || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                    || lexicons.isCue(Lexicons.Cue.INDEFINITE_ARTICLE, tokens, k)) {
                return false;
            }
        }
        return from < to;
    }

    /** "Deputy Minister Ana Torres heads the Chilean side": the country of the side a mention's verb says it leads. */
    private Optional<CountryCode> sideHeadedAfter(List<Token> tokens, int end) {
        if (!lexicons.isCue(Lexicons.Cue.SIDE_HEAD_VERB, tokens, end)) {
            return Optional.empty();
        }
        int k = lexicons.cueEnd(Lexicons.Cue.SIDE_HEAD_VERB, tokens, end);
        k = k < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k) ? k + 1 : k;
        PhraseIndex.Match<Lexicons.CountryEntry> country = k < tokens.size() ? lexicons.countries.longest(tokens, k) : null;
        return country != null && lexicons.isCue(Lexicons.Cue.SIDE_NOUN, tokens, country.end())
                ? Optional.of(country.value().code()) : Optional.empty();
    }

    /** The one country named between two tokens, as a name or a people's adjective; empty when none or several. */
    private Optional<CountryCode> countryBetween(List<Token> tokens, int from, int to) {
        Optional<CountryCode> found = Optional.empty();
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && country.end() <= to) {
                if (found.isPresent() && !found.get().equals(country.value().code())) {
                    return Optional.empty();
                }
                found = Optional.of(country.value().code());
                k = country.end() - 1;
            }
        }
        return found;
    }

    /**
     * "her Ethiopian counterpart to Kenya Dawit Bekele": past the state an envoy's counterpart is posted to,
     * where the name starts, or the token itself when no such state follows.
     */
    private int pastStatePostedTo(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> postedTo = lexicons.isCue(Lexicons.Cue.PLACE_TO, tokens, at)
                ? lexicons.countries.longest(tokens, at + 1) : null;
        return postedTo != null && postedTo.value().form() == Lexicons.CountryForm.NAME ? postedTo.end() : at;
    }

    /**
     * Where a counterpart's name starts after the words of the counterpart: past a comma ("his Mexico
     * counterpart, Marcelo Ebrard"), honorifics ("H.E. Dr. …") and a rank ("General Vikram Singh").
     */
    private int counterpartsNameStart(List<Token> tokens, int after) {
        int nameStart = after < tokens.size() && tokens.get(after).isPunctuation(',') ? after + 1 : after;
        for (int h = 0; h < MOST_HONORIFICS && nameStart < tokens.size(); h++) {
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, nameStart);
            if (honorific == null) {
                break;
            }
            nameStart = honorific.end();
        }
        int rankEnd = nameStart < tokens.size() ? lexicons.cueEnd(Lexicons.Cue.RANK, tokens, nameStart) : -1;
        return rankEnd > nameStart && rankEnd < tokens.size() && tokens.get(nameStart).isCapitalized() ? rankEnd : nameStart;
    }

    /** "his Azerbaijani counterpart Jeyhun Bayramov": no title of its own, a country from the demonym. */
    private Mention counterpart(String text, List<Token> tokens, int at, int sentence) {
        if (!lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, at)) {
            return null;
        }
        // "his counterpart from Laos, Sonexay Siphandone": the country may follow the noun
        Optional<CountryCode> origin = Optional.empty();
        int after = at + 1;
        int from = lexicons.cueEnd(Lexicons.Cue.COUNTERPART_ORIGIN, tokens, after);
        PhraseIndex.Match<Lexicons.CountryEntry> named = from > 0 ? lexicons.countries.longest(tokens, from) : null;
        if (named != null && named.value().form() == Lexicons.CountryForm.NAME) {
            origin = Optional.of(named.value().code());
            PhraseIndex.Match<Lexicons.CountryEntry> second = stateJoinedAfter(tokens, named);
            after = second != null ? second.end() : named.end(); // "from Croatia and Japan, A and B": A is Croatia's
        }
        if (origin.isEmpty()) {
            after = pastStatePostedTo(tokens, after);
        }
        int nameStart = counterpartsNameStart(tokens, after);
        // "his Tanzanian counterpart January Yusuf Makamba": a word the lexicons read as a month or a small word,
        // before a name of two words, is its given name
        boolean nameWord = nameStart < tokens.size() && isNameWord(tokens, nameStart);
        boolean givenWord = !nameWord && nameStart + 2 < tokens.size() && tokens.get(nameStart).isWord()
                && tokens.get(nameStart).isCapitalized() && !tokens.get(nameStart).isAllCaps()
                && lexicons.titles.longest(tokens, nameStart) == null && lexicons.honorifics.longest(tokens, nameStart) == null
                && isNameWord(tokens, nameStart + 1) && isNameWord(tokens, nameStart + 2);
        if (!nameWord && !givenWord) {
            return null;
        }
        int nameEnd = namePartsEnd(tokens, nameWord ? nameStart : nameStart + 1, nameStart);
        Optional<CountryCode> country = origin;
        int first = at;
        PhraseIndex.Match<Lexicons.CountryEntry> people = lexicons.countryEndingAt(tokens, at, 4);
        if (people != null) {
            country = Optional.of(people.value().code());
            first = people.start();
        }
        // "his Danish and Dutch counterparts A and B": the first name is of the first people
        Optional<PhraseIndex.Match<Lexicons.CountryEntry>> listedFirst = first < at ? demonymJoinedBefore(tokens, first)
                : Optional.empty();
        if (listedFirst.isPresent()) {
            country = Optional.of(listedFirst.get().value().code());
            first = listedFirst.get().start();
        }
        // "her counterpart, Pedro Nguema, Minister of Foreign Affairs, …": the office set off after the name
        Mention titled = nameEnd < tokens.size() && tokens.get(nameEnd).isPunctuation(',')
                ? titleAfterName(text, tokens, first, nameStart, nameEnd, sentence) : null;
        if (titled != null && titled.title().isPresent()) {
            return country.isPresent() ? titled.withCountry(country) : titled;
        }
        return mention(text, tokens, first, nameStart, nameEnd, sentence, Optional.empty(), country, false, nameEnd,
                Optional.empty(), Optional.empty());
    }

    /**
     * "her Australian and Indian counterparts Jane Holt and R. Kumar": the name joined by "and" to the first
     * of plural counterparts, of the people's adjective right before the counterparts' word; null when the
     * words are otherwise.
     */
    private Mention secondCounterpart(String text, List<Token> tokens, Mention first, int noun, int sentence) {
        if (!lexicons.isCue(Lexicons.Cue.COUNTERPARTS_NOUN, tokens, noun) || first.country().isEmpty()) {
            return null;
        }
        Optional<CountryCode> people = Optional.ofNullable(lexicons.countryEndingAt(tokens, noun, 3)).or(() -> secondOrigin(tokens, noun))
                .map(match -> match.value().code()).filter(code -> !first.country().equals(Optional.of(code)));
        int nameStart = first.end() + 1;
        if (people.isEmpty() || nameStart >= tokens.size() || !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, first.end())
                || !isNameWord(tokens, nameStart)) {
            return null;
        }
        int nameEnd = namePartsEnd(tokens, nameStart, nameStart);
        return mention(text, tokens, nameStart, nameStart, nameEnd, sentence, Optional.empty(), people, false, nameEnd,
                Optional.empty(), Optional.empty());
    }

    /** The state joined by "and" right after a state's name ("Japan" of "Croatia and Japan"), or null. */
    private PhraseIndex.Match<Lexicons.CountryEntry> stateJoinedAfter(List<Token> tokens, PhraseIndex.Match<Lexicons.CountryEntry> state) {
        int and = state.end();
        PhraseIndex.Match<Lexicons.CountryEntry> second = and + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and)
                ? lexicons.countries.longest(tokens, and + 1) : null;
        return second != null && second.value().form() == Lexicons.CountryForm.NAME ? second : null;
    }

    /** The second of two states the counterparts' word says they are from: "Japan" of "counterparts from Croatia and Japan". */
    private Optional<PhraseIndex.Match<Lexicons.CountryEntry>> secondOrigin(List<Token> tokens, int noun) {
        int from = lexicons.cueEnd(Lexicons.Cue.COUNTERPART_ORIGIN, tokens, noun + 1);
        PhraseIndex.Match<Lexicons.CountryEntry> named = from > 0 && from < tokens.size() ? lexicons.countries.longest(tokens, from) : null;
        return named == null || named.value().form() != Lexicons.CountryForm.NAME ? Optional.empty()
                : Optional.ofNullable(stateJoinedAfter(tokens, named));
    }

    /** Where the parts of a name that starts at {@code nameStart} end, counting from {@code from}. */
    private int namePartsEnd(List<Token> tokens, int from, int nameStart) {
        int end = from;
        while (end < tokens.size() && end < nameStart + LONGEST_NAME && isNamePart(tokens, end, nameStart)) {
            end++;
        }
        return end;
    }

    /** The people's adjective joined by "and" to the one that starts at {@code at}: "Finnish" of "Finnish and Swiss". */
    private Optional<PhraseIndex.Match<Lexicons.CountryEntry>> demonymJoinedBefore(List<Token> tokens, int at) {
        if (at < 2 || !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, at - 1)) {
            return Optional.empty();
        }
        return Optional.ofNullable(lexicons.countryEndingAt(tokens, at - 1, 3))
                .filter(match -> match.value().form() == Lexicons.CountryForm.DEMONYM);
    }

    /**
     * A surname written in capitals after an honorific, as some ministries write them: "Mr. IWAYA
     * Takeshi". Only after an honorific, where capitals cannot be an acronym's.
     */
    private boolean isCapitalSurname(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        // followed by a given name: "IWAYA Takeshi", not the post-nominal "OAM" in "Philip Green OAM"
        return token.isWord() && token.isAllCaps() && token.text().length() >= 2 && !token.text().contains(".")
                && at + 1 < tokens.size() && isNameWord(tokens, at + 1)
                && lexicons.countries.longest(tokens, at) == null && lexicons.organizations.longest(tokens, at) == null
                && lexicons.titles.longest(tokens, at) == null;
    }

    /** "H.", "H.R.", "J.F.": capital letters each followed by a full stop. */
    private static boolean isInitials(String text) {
        if (text.length() < 2 || text.length() % 2 != 0 || text.length() > 6) {
            return false;
        }
        for (int c = 0; c < text.length(); c += 2) {
            if (!Character.isUpperCase(text.charAt(c)) || text.charAt(c + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether a title starts at a token: a capitalised modifier or head leading to a head. */
    /** "the acting Minister of Foreign Affairs X": one modifier in lower case before an office in capitals. */
    private static boolean lowerCaseModifierOfTitle(List<Token> tokens, int at, PhraseIndex.Match<Lexicons.TitleRole> match) {
        return match != null && match.value() == Lexicons.TitleRole.MODIFIER && match.end() == at + 1
                && at + 1 < tokens.size() && tokens.get(at + 1).isCapitalized();
    }

    boolean startsTitle(List<Token> tokens, int at) {
        int k = pastTitleBody(tokens, at);
        while (k < tokens.size() && k < at + 6) {
            Token token = tokens.get(k);
            if (k > at && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k) && k + 1 < tokens.size()
                    && tokens.get(k + 1).isCapitalized()) {
                k++; // "Foreign and Trade Minister": two modifiers of one office
                continue;
            }
            PhraseIndex.Match<Lexicons.TitleRole> match = lexicons.titles.longest(tokens, k);
            if (!token.isCapitalized() && k == at && !lowerCaseModifierOfTitle(tokens, k, match)) {
                return false; // "Foreign minister X", "Deputy foreign minister X": lower case after the first word
            }
            if (match == null) {
                return false;
            }
            if (match.value() != Lexicons.TitleRole.MODIFIER) {
                return true;
            }
            k = match.end();
        }
        return false;
    }

    /** The most words of a body that may stand before an office in its title. */
    private static final int LONGEST_TITLE_BODY = 3;

    /**
     * Past the capitalised words of a body before an office ("National Assembly Speaker"), when an
     * office follows them; {@code at} otherwise. A portfolio's word before the body's is the body's
     * own: "Interior Ministry Undersecretary", as "Trade Ministry Director".
     */
    private int pastTitleBody(List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && k < at + LONGEST_TITLE_BODY && tokens.get(k).isCapitalized()) {
            int end = lexicons.cueEnd(Lexicons.Cue.TITLE_BODY, tokens, k);
            if (end < 0) {
                PhraseIndex.Match<Lexicons.TitleRole> portfolio = lexicons.titles.longest(tokens, k);
                end = portfolio != null && portfolio.value() == Lexicons.TitleRole.MODIFIER
                        ? lexicons.cueEnd(Lexicons.Cue.TITLE_BODY, tokens, portfolio.end()) : -1;
                if (end < 0) {
                    break;
                }
            }
            k = end;
        }
        return k;
    }

    /** A title in lower case after a country or body: "president", "press secretary", "foreign minister". */
    private boolean startsLowerCaseTitle(List<Token> tokens, int at) {
        int head = lowerCaseTitleWordsEnd(tokens, at);
        int name = head > at ? pastHostPhrase(tokens, head) : head;
        if (name == head && name + 1 < tokens.size() && tokens.get(name).isPunctuation(',')) {
            name++; // "the Russian foreign minister, Oleg Petrov": the holder set off by a comma
        }
        name = head > at ? afterHonorifics(tokens, name) : name; // "the defence attache Col. Mario Paredes"
        return head > at && name < tokens.size() && isNameWord(tokens, name);
    }

    /**
     * Past the country a lower-case title is held in or of, and a comma after it ("ambassador to
     * India, John Carter"); {@code at} itself when no such phrase starts there.
     */
    private int pastHostPhrase(List<Token> tokens, int at) {
        int end = hostPhraseEnd(tokens, at);
        return end > at && end < tokens.size() && tokens.get(end).isPunctuation(',') ? end + 1 : end;
    }

    /** Where the country a lower-case title is held in or of ends ("to India", "of the United States"), or {@code at}. */
    private int hostPhraseEnd(List<Token> tokens, int at) {
        if (!lexicons.isCue(Lexicons.Cue.HOST_PREPOSITION, tokens, at) && !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, at)) {
            return at;
        }
        int anaphor = lexicons.cueEnd(Lexicons.Cue.HOST_ANAPHOR, tokens, at + 1);
        if (anaphor > 0) {
            return anaphor; // "the Cuban ambassador to this country, X": the country the release is from
        }
        int phrase = at + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at + 1)
                ? lexicons.pastEpithet(tokens, at + 2, tokens.size()) : at + 1;
        PhraseIndex.Match<Lexicons.CountryEntry> country = phrase < tokens.size() ? lexicons.countries.longest(tokens, phrase) : null;
        return country == null || country.value().form() != Lexicons.CountryForm.NAME ? at : country.end();
    }

    /** Where the lower-case title words that start at a token end; {@code at} when there is no head. */
    private int lowerCaseTitleWordsEnd(List<Token> tokens, int at) {
        int k = at;
        boolean head = false;
        PhraseIndex.Match<Lexicons.TitleRole> match;
        while (k < tokens.size() && k < at + 4 && tokens.get(k).isLowerCase()
                && (match = lexicons.titles.longest(tokens, k)) != null) {
            head |= match.value() != Lexicons.TitleRole.MODIFIER;
            k = match.end();
        }
        return head ? k : at;
    }

    /** The window of a lower-case title: its words and the name that follows, nothing more. */
    private int lowerCaseTitleEnd(List<Token> tokens, int at) {
        int words = lowerCaseTitleWordsEnd(tokens, at);
        int k = words > at ? pastHostPhrase(tokens, words) : words;
        int name = afterHonorifics(tokens, k); // "the defence attache Col. Mario Paredes"
        return namePartsEnd(tokens, name, name);
    }

    /**
     * Where a title written in lower case after its first word ends ("Prime minister Narendra Modi",
     * "Foreign minister X", "Deputy foreign minister X": modifiers up to the head), or -1.
     */
    private int lowerCasedTitleEnd(List<Token> tokens, int k) {
        PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.officeAt(tokens, k);
        return office != null && office.end() > k + 1 && !tokens.get(office.end() - 1).isCapitalized() ? office.end() : -1;
    }

    /** Where the title window that starts at a token ends. */
    private int windowEnd(List<Token> tokens, int start) {
        int k = start;
        int limit = Math.min(tokens.size(), start + LONGEST_WINDOW);
        int lexiconEnd = -1;
        // "Prime Minister Imran Khan Saturday had …", "met Minister X Dec. 3": the window ends at a day
        while (k < limit && (k == start || DateWords.weekday(tokens.get(k).key()) == null && !opensADay(tokens, k))) {
            Token token = tokens.get(k);
            if (k > start && lexicons.isCue(Lexicons.Cue.POST_NOMINAL, tokens, k)) {
                break; // "High Commissioner Peter Walsh OAM": the honours end the window
            }
            if (k > start && opensPhotoCredit(tokens, k)) {
                break; // "Foreign Minister Oleg Petrov TASS/Anna Volkova": the photo's credit ends the caption's name
            }
            int skip = skipInWindow(tokens, k, start, limit);
            if (skip > k) {
                k = skip;
                continue;
            }
            if (isCapitalWord(token)) {
                if (k > start && lexicons.isCue(Lexicons.Cue.HEADLINE_VERB, tokens, k)) {
                    break; // "Secretariat Chairperson Receives Copy of Credentials of H.E. Mr. X": a headline's verb ends the office
                }
                if (k > start + 1 && surnameAfterOfficeAndGivenName(tokens, k)) {
                    k++; // "Foreign Minister Paulo Lima and …": a place's name as the surname ends no office
                    continue;
                }
                if (k > start && endsANameWithAStop(tokens, k)) {
                    k++; // "Prime Minister Hun Sen.": the last word of the name, not an office
                    continue;
                }
                if (lowerCasedTitleEnd(tokens, k) > 0) {
                    k = lowerCasedTitleEnd(tokens, k);
                    continue;
                }
                int phrase = lexiconPhraseEnd(tokens, k);
                if (phrase > 0) {
                    lexiconEnd = phrase;
                    phrase = pastPossessiveInTitle(tokens, k, start, phrase, limit);
                } else if ((phrase = lexicons.titles.longestEnd(tokens, k)) > k + 1) {
                    lexiconEnd = phrase; // "State Councilor and …": an office's last word is no name's
                }
                k = Math.max(phrase, k + 1);
                continue;
            }
            int next = pastOtherWord(tokens, k, start, limit, lexiconEnd);
            if (next < 0) {
                break;
            }
            k = next;
        }
        while (k > start && !tokens.get(k - 1).isWord()) {
            k--;
        }
        return k;
    }

    /**
     * Where a title window goes on after a word that is not capitalised (a particle, a connector,
     * a separator, an honorific's period), or -1 where the window ends at it.
     */
    private int pastOtherWord(List<Token> tokens, int k, int start, int limit, int lexiconEnd) {
        Token token = tokens.get(k);
        boolean afterName = k > start && k != lexiconEnd && isNamePart(tokens, k - 1, start);
        if (afterName && particleGoesOnWithName(tokens, k, limit)) {
            return k + 1;
        }
        if (token.isWord() && lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, k)) {
            return connectorGoesOnWithTitle(tokens, k, limit, afterName)
                    ? Math.max(k + 1, lexicons.cueEnd(Lexicons.Cue.TITLE_CONNECTOR, tokens, k)) // "ad interim"
                    : -1;
        }
        if (token.isWord() && lexicons.isCue(Lexicons.Cue.TITLE_LOWER_WORD, tokens, k) && k > start) {
            return k + 1; // "Khokim of Tashkent region Zoyir Mirzayev", "Akim of Mangystau region …": a place, not a name
        }
        int round = k > start + 1 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k - 1) ? pastNumberedRound(tokens, k, limit) : k;
        if (round > k) {
            return round; // "President of the 77th session of the General Assembly"
        }
        if (k > start + 1 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k - 1) && lexicons.pastEpithet(tokens, k, limit) > k) {
            return lexicons.pastEpithet(tokens, k, limit); // "Prime Minister of the brotherly State of Kuwait"
        }
        if ((token.isDash() || token.isPunctuation(',') || token.isPunctuation('/')) && k > start && k + 1 < limit) {
            return pastSeparatorInTitle(tokens, k, start, limit, afterName);
        }
        if (k > start && lexicons.isCue(Lexicons.Cue.TITLE_BOUND, tokens, k - 1) && lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, k)) {
            return lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, k); // "Chairman of the City People's Committee X"
        }
        if (token.isPunctuation('.') && k > start && (lexicons.honorifics.longest(tokens, k - 1) != null
                || lexicons.isCue(Lexicons.Cue.LEGAL_FORM, tokens, k - 1))) {
            return k + 1;
        }
        return -1;
    }

    /** Past "77th session of" inside an office: the body whose numbered gathering someone presides over, or {@code k}. */
    private int pastNumberedRound(List<Token> tokens, int k, int limit) {
        boolean round = k + 3 < limit && SeriesReader.isOrdinal(tokens.get(k))
                && lexicons.isCue(Lexicons.Cue.ROUND_NOUN, tokens, k + 1) && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k + 2);
        return round ? k + 3 : k;
    }

    /**
     * "Deputy Chairman of Uzbekistan's Senate Jasur Rakhimov", "Governor of Russia's Pskov Oblast Pavel Gromov":
     * past a possessive inside the title, after a country or organisation phrase that ends at {@code phrase},
     * when a title word follows it, or a capitalised word and a title word (a region's name), or a body's own
     * name ("Speaker of Latvia's Saeima Anna Berzina").
     */
    private int pastPossessiveInTitle(List<Token> tokens, int k, int start, int phrase, int limit) {
        int possessive = k > start ? skipPossessive(tokens, phrase) : phrase;
        if (possessive <= phrase || possessive >= limit) {
            return phrase;
        }
        boolean region = possessive + 1 < limit && tokens.get(possessive).isCapitalized()
                && isTitleWord(tokens.get(possessive + 1));
        boolean body = lexicons.organizations.longest(tokens, possessive) != null;
        return isTitleWord(tokens.get(possessive)) || region || body ? possessive : phrase;
    }

    /** Whether a particle after a name word goes on with the name: "Tamim bin Hamad al-Thani", "Ursula von der Leyen". */
    private boolean particleGoesOnWithName(List<Token> tokens, int k, int limit) {
        Token token = tokens.get(k);
        if (isParticleSurname(token.text())) {
            return true; // "Tamim bin Hamad al-Thani"
        }
        return token.isWord() && particles.contains(token.text())
                && k + 1 < limit && (tokens.get(k + 1).isCapitalized() || particles.contains(tokens.get(k + 1).text()));
    }

    /**
     * Whether a window goes on over a connector ("of", "for", "the", …): after a name only when a
     * country or organisation and then a name follow, else when a capital or "the" does.
     */
    private boolean connectorGoesOnWithTitle(List<Token> tokens, int k, int limit, boolean afterName) {
        if (k + 1 < limit && (DateWords.weekday(tokens.get(k + 1).key()) != null || opensADay(tokens, k + 1))) {
            return false; // "Salim al Harthy, Foreign Minister on Monday received …": the day ends the title
        }
        if (afterName) {
            // "Minister of Trade and Integration of Kazakhstan Arman Shakkaliyev"; otherwise the name
            // has ended: "Olaf Scholz to Kazakhstan"
            return lexicons.isCue(Lexicons.Cue.TITLE_RESUMING, tokens, k) && continuesTitle(tokens, k + 1);
        }
        if (lexicons.isCue(Lexicons.Cue.TITLE_BOUND, tokens, k)) {
            return true;
        }
        if (opensNextListedPerson(tokens, k + 1)) {
            return false; // "Irina Sokolova, Chairperson of the Council and Pavel Gromov, Minister …"
        }
        if (lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k) && opensAnotherPeoplesOffice(tokens, k + 1)) {
            return false; // "The President and Canadian Prime Minister X": two people, one named
        }
        return k + 1 < limit && (tokens.get(k + 1).isCapitalized() || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 1)
                || lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k) && (lexicons.pastEpithet(tokens, k + 1, limit) > k + 1
                        || pastNumberedRound(tokens, k + 1, limit) > k + 1));
    }

    /** Whether a people's adjective and an office start here: "Canadian Prime Minister". */
    private boolean opensAnotherPeoplesOffice(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> people = at < tokens.size() ? lexicons.countries.longest(tokens, at) : null;
        return people != null && people.value().form() == Lexicons.CountryForm.DEMONYM && people.end() < tokens.size()
                && lexicons.titles.longest(tokens, people.end()) != null;
    }

    /**
     * "the Vice President, Ministers, Chief of Staff Gen. A": offices in the plural before a comma are several
     * people's, so the office after the comma is no more of theirs ("House of Representatives" is a body).
     */
    private boolean endsWithPluralOffice(List<Token> tokens, int start, int comma) {
        int head = comma - 1;
        return head >= start && plurals.containsKey(tokens.get(head).key())
                && (head == start || !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, head - 1)
                        && !lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, head - 1));
    }

    /**
     * "Speaking with the High Commissioner, President Ana Lima said …": an office no one holds together with
     * another, and a name right after it, after a comma, is the next person's, not one more office of the first.
     */
    private boolean opensSoleOfficesHolder(List<Token> tokens, int at, int limit) {
        int end = lexicons.cueEnd(Lexicons.Cue.SOLE_OFFICE, tokens, at);
        return end > at && end < limit && isNameWord(tokens, end);
    }

    /**
     * "after accompanying the President, Minister of Trade Ana Lima said …": an office no one holds together with
     * another, named with its article alone before a comma, is someone else's than the office and name after it.
     */
    private boolean namesSoleOfficeAlone(List<Token> tokens, int start, int comma) {
        return start > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, start - 1)
                && lexicons.cueEnd(Lexicons.Cue.SOLE_OFFICE, tokens, start) == comma;
    }

    /** Whether two or more name words start here and a comma follows them: the next person of a list. */
    private boolean opensNextListedPerson(List<Token> tokens, int at) {
        int end = at;
        while (end < tokens.size() && isNameWord(tokens, end)) {
            end++;
        }
        return end - at >= 2 && end < tokens.size() && tokens.get(end).isPunctuation(',');
    }

    /**
     * Where a window goes on after a dash, comma or slash, or -1 where it ends there: after a
     * name, before a word in lower case, or at a comma that no title, body or list of offices follows.
     */
    private int pastSeparatorInTitle(List<Token> tokens, int k, int start, int limit, boolean afterName) {
        Token token = tokens.get(k);
        if (!afterName && token.isPunctuation(',') && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k + 1) && k + 2 < limit
                && isTitleWord(tokens.get(k + 2 < limit && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 2)
                        ? Math.min(k + 3, limit - 1) : k + 2))
                && !startsTitle(tokens, k + 2) // "the new ambassador of Mali, and Ambassador B": B's own title
                && afterHonorifics(tokens, k + 2) == k + 2) { // "…, and Mr. John Howard": a name of its own
            return k + 2; // "for Economic Growth, Energy, and the Environment"
        }
        if (afterName || !tokens.get(k + 1).isCapitalized()
                || token.isPunctuation(',') && k > start && opensSoleOfficesHolder(tokens, k + 1, limit)
                || token.isPunctuation(',') && namesSoleOfficeAlone(tokens, start, k)
                || token.isPunctuation(',') && endsWithPluralOffice(tokens, start, k)) {
            return -1;
        }
        int named = token.isPunctuation(',') ? afterHonorifics(tokens, k + 1) : k + 1;
        if (named > k + 1 && named < limit && isNameWord(tokens, named)) {
            return -1; // "Minister of State, Dr. Omar Hadi, …": a style after the comma opens the next one named
        }
        if (token.isPunctuation(',') && !startsTitle(tokens, k + 1) && !isCountryOrOrg(tokens, k + 1)
                && !isTitleWord(tokens.get(k + 1)) && !listsPortfolios(tokens, start, k)
                && !lexicons.isCue(Lexicons.Cue.LEGAL_FORM, tokens, k + 1)) { // "Huaxin Engineering Co., Ltd"
            return -1;
        }
        return k + 1;
    }

    /**
     * Where the last country or organisation phrase of a window ends, read as the window reads
     * them: a name never starts inside one ("Chairman of Kazakh Invest Meirzhan Yussupov").
     */
    private int lexiconEnd(List<Token> tokens, int start, int end) {
        int last = start;
        int k = start;
        while (k < end) {
            int skip = skipInWindow(tokens, k, start, end);
            if (skip > k) {
                k = skip;
                continue;
            }
            if (isCapitalWord(tokens.get(k))) {
                int phrase = lexiconPhraseEnd(tokens, k);
                if (phrase > 0 && !endsWindowAsSurname(tokens, k, start, end)
                        && !(k > start && endsANameWithAStop(tokens, k))) {
                    last = phrase;
                }
                k = Math.max(phrase, k + 1);
                continue;
            }
            k++;
        }
        return Math.min(last, end);
    }

    /**
     * "Minister of Foreign Affairs, Emigration and Expatriates Affairs Karim Mansour": after a
     * title's "of", a comma continues the list of the offices it holds.
     */
    private boolean listsPortfolios(List<Token> tokens, int start, int comma) {
        for (int k = start; k < comma; k++) {
            if (lexicons.titles.longestEnd(tokens, k) == comma && k < comma - 1) {
                return false; // "Minister of State, Omar Hadi, …": an office whose own words end at the comma
            }
            if (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a window skips to over an abbreviation in brackets ("… Pacific (ESCAP) Armida …") or
     * an honorific of several words ("… Malaysia Dato' Seri Anwar …"); {@code k} when neither.
     */
    private int skipInWindow(List<Token> tokens, int k, int start, int limit) {
        // "Minister of Foreign Affairs (MFA)", "Brig (R) Ijaz Ahmed Shah", not a photo's "Yun Byung-se (L) shakes
        // hands": one letter after a name is where someone stands
        if (k > start && capitalsInBrackets(tokens, k, limit)
                && (tokens.get(k + 1).text().length() > 1 && (abbreviates(tokens, start, k) || !isNameWord(tokens, k - 1))
                        || tokens.get(k + 1).text().length() == 1 && k + 3 < limit && isNameWord(tokens, k + 3))) {
            return k + 3;
        }
        if (k > start && tokens.get(k).isPunctuation('(') && k + 2 < limit && tokens.get(k + 2).isPunctuation(')')
                && tokens.get(k + 1).isCapitalized() && abbreviates(tokens, start, k)) {
            return k + 3; // "Chief of Army Staff (CoAS)": the small word's letter kept in lower case
        }
        if (k > start && isGloss(tokens, k, limit)) {
            return k + 3; // "Chairman of the Saeima (Parliament) of Latvia": a body's name glossed in brackets
        }
        int portfolio = k > start ? bracketedPortfolioEnd(tokens, k, limit) : k;
        if (portfolio > k) {
            return portfolio; // "Secretary (East) Rahul Menon": the office's part of the world in brackets
        }
        if (k > start && isNickname(tokens, k) && isNamePart(tokens, k - 1, start)) {
            return k + 3; // "Anna \"Annie\" Berg Jr.": a nickname in quotes inside the name
        }
        PhraseIndex.Match<Boolean> honorific = k > start ? lexicons.honorifics.longest(tokens, k) : null;
        return honorific != null && honorific.end() - k > 1 ? honorific.end() : k;
    }

    /** The most words a portfolio in brackets after an office may have: "(Economic Relations)". */
    private static final int LONGEST_BRACKETED_PORTFOLIO = 3;

    /**
     * Past brackets right after an office's head that hold a few capitalised words and come before a
     * name ("Secretary (East) Rahul Menon"), else {@code k}.
     */
    private int bracketedPortfolioEnd(List<Token> tokens, int k, int limit) {
        if (!tokens.get(k).isPunctuation('(') || !endsTitleHead(tokens, k)) {
            return k;
        }
        int close = k + 1;
        while (close < limit && close <= k + LONGEST_BRACKETED_PORTFOLIO && tokens.get(close).isWord()
                && tokens.get(close).isCapitalized()) {
            close++;
        }
        boolean closed = close > k + 1 && close + 1 < limit && tokens.get(close).isPunctuation(')');
        return closed && isNameWord(tokens, close + 1) ? close + 1 : k;
    }

    /** Whether brackets at {@code k} hold one common capitalised word, after a capitalised one, and "of" follows. */
    private boolean isGloss(List<Token> tokens, int k, int limit) {
        return tokens.get(k).isPunctuation('(') && k + 3 < limit && tokens.get(k - 1).isCapitalized()
                && tokens.get(k + 1).isCapitalized() && lexicons.vocabulary.contains(tokens.get(k + 1).key())
                && tokens.get(k + 2).isPunctuation(')') && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k + 3);
    }

    /**
     * Whether the capitals in the brackets at {@code bracket} are the initials of the words just
     * before it, read backwards ("Chief of Army Staff (COAS)", "Commission for Asia and the Pacific
     * (ESCAP)"): a small word may give a letter or none, a capitalised word that gives none ends
     * the reading, so a party after a name ("Ana Torres (PT)") abbreviates no office.
     */
    private static boolean abbreviates(List<Token> tokens, int start, int bracket) {
        String letters = tokens.get(bracket + 1).text().toUpperCase(Locale.ROOT);
        // read[i]: the last i letters can be the initials of the words after the one at hand
        boolean[] read = new boolean[letters.length() + 1];
        read[0] = true;
        for (int k = bracket - 1; k >= start; k--) {
            Token word = tokens.get(k);
            if (!word.isWord()) {
                continue;
            }
            char initial = Character.toUpperCase(word.text().charAt(0));
            boolean[] next = new boolean[read.length];
            boolean alive = false;
            for (int i = 0; i < letters.length(); i++) {
                if (read[i] && letters.charAt(letters.length() - 1 - i) == initial) {
                    next[i + 1] = true;
                    alive = true;
                }
                if (read[i] && word.isLowerCase()) {
                    next[i] = true;
                    alive = true;
                }
            }
            if (next[letters.length()]) {
                return true;
            }
            if (!alive) {
                return false;
            }
            read = next;
        }
        return false;
    }

    private static final String OPENING_QUOTES = "\"“‘'";
    private static final String CLOSING_QUOTES = "\"”’'";

    /** Whether a quoted capitalised word opens at {@code at} and a name word follows it: "Ali \"Al\" Demir". */
    private boolean isNickname(List<Token> tokens, int at) {
        return at + 3 < tokens.size() && isQuote(tokens.get(at), OPENING_QUOTES) && tokens.get(at + 1).isWord()
                && tokens.get(at + 1).isCapitalized() && isQuote(tokens.get(at + 2), CLOSING_QUOTES)
                && isNameWord(tokens, at + 3);
    }

    private static boolean isQuote(Token token, String quotes) {
        return token.text().length() == 1 && quotes.indexOf(token.text().charAt(0)) >= 0;
    }

    private static boolean isCapitalWord(Token token) {
        return token.isWord() && (token.isCapitalized() || token.isAllCaps());
    }

    /** Where the longest country or organisation phrase that starts at a token ends, or -1. */
    private int lexiconPhraseEnd(List<Token> tokens, int k) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
        PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, k);
        if (country == null && org == null) {
            return -1;
        }
        return Math.max(country == null ? k + 1 : country.end(), org == null ? k + 1 : org.end());
    }

    /** After "of": a country or organisation and then a name, so the words before were title words. */
    private boolean continuesTitle(List<Token> tokens, int at) {
        int k = at < tokens.size() && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at) ? at + 1 : at;
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
        PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, k);
        int end = Math.max(country == null ? -1 : country.end(), org == null ? -1 : org.end());
        return end > 0 && end < tokens.size() && isNameWord(tokens, end);
    }

    private boolean isCountryOrOrg(List<Token> tokens, int at) {
        return lexicons.countries.longest(tokens, at) != null || lexicons.organizations.longest(tokens, at) != null;
    }

    private boolean isTitleWord(Token token) {
        return lexicons.vocabulary.contains(token.key());
    }

    /** A word of a name: capitalised, not a lexicon word; or an initial, particle or numeral. */
    @Override
    public boolean isNamePart(List<Token> tokens, int at, int floor) {
        Token token = tokens.get(at);
        for (int open = at; open >= at - 2 && open > floor; open--) {
            if (isNickname(tokens, open) && isNameWord(tokens, open - 1)) {
                return true; // "Ferdinand \"Bongbong\" Marcos": the quotes and the word of a nickname
            }
        }
        if (!token.isWord()) {
            return false;
        }
        if (at > floor && isStatesPossessive(tokens, at)) {
            return false; // "will stress to Mr. Jagland France's attachment to …": the state's, not the name's
        }
        if (particles.contains(token.text())) {
            // "von der Leyen": particles, at most three in a row, after a name word
            for (int k = at - 1; k >= floor && k >= at - 3; k--) {
                if (!particles.contains(tokens.get(k).text())) {
                    // "Abdullah II ibn Al Hussein": a regnal number after a name word ends no name
                    return isNameWord(tokens, k) || regnalNumbers.contains(tokens.get(k).text()) && k > floor
                            && isNameWord(tokens, k - 1);
                }
            }
            return false;
        }
        if (regnalNumbers.contains(token.text()) && at > floor && isNameWord(tokens, at - 1)) {
            return true;
        }

        if (at > floor && isParticleSurname(token.text()) && isNamePart(tokens, at - 1, floor)) {
            return true; // "Ayman al-Safady", "Tamim bin Hamad al-Thani"
        }
        if (at > floor && isMonthSurname(tokens, at) && isNameWord(tokens, at - 1)) {
            return true; // "Theresa May met …", not "… on 5 May"
        }
        if (at > floor && (surnameAfterOfficeAndGivenName(tokens, at)
                || isPlaceSurname(tokens, at) && isNameWord(tokens, at - 1) && at >= 2 && tokens.get(at - 2).isPunctuation(','))) {
            // "Foreign Secretary William Hague met …", "the Secretary-General of the Commonwealth, Patricia
            // Scotland": a place's name after a given name that an office or an appositive's comma opens
            return true;
        }
        if (at > floor && isPlaceSurname(tokens, at) && isNameWord(tokens, at - 1) && officeAfterComma(tokens, at + 1)) {
            return true; // "Pablo Medina, Minister of Foreign Affairs of Argentina": an office in apposition closes the name
        }
        return isNameWord(tokens, at) || at > floor && isHonorificInsideName(tokens, at);
    }

    /** Whether a state's name starts at a token and a possessive closes it: "France's", "Ireland’s". */
    private boolean isStatesPossessive(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countries.longest(tokens, at);
        return state != null && state.value().form() == Lexicons.CountryForm.NAME && state.end() < tokens.size()
                && lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, state.end());
    }

    /** Whether a comma and an office, after an article or not, stand at a token: ", the Minister of …". */
    private boolean officeAfterComma(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at).isPunctuation(',')) {
            return false;
        }
        int office = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, at + 1) ? at + 2 : at + 1;
        return office < tokens.size() && startsTitle(tokens, office);
    }

    /**
     * "Hassan Sheikh Mahmoud": a one-word honorific between a name word and the name's last word
     * is one of its words; before a longer name ("Al-Shura Sheikh Abdullah bin Mohammed") it opens that name.
     */
    private boolean isHonorificInsideName(List<Token> tokens, int at) {
        boolean lastWordAfter = at + 2 >= tokens.size()
                || !isNameWord(tokens, at + 2) && !particles.contains(tokens.get(at + 2).text());
        return tokens.get(at).isCapitalized() && at + 1 < tokens.size() && isOneWordHonorific(tokens, at)
                && isNameWord(tokens, at - 1) && isNameWord(tokens, at + 1) && lastWordAfter;
    }

    /** A month's name used as a surname: capitalised, after a given name and with no day beside it. */
    private static boolean isMonthSurname(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        return token.isWord() && token.isCapitalized() && !token.isAllCaps() && Months.isFullName(token.text())
                && (at + 1 >= tokens.size() || !tokens.get(at + 1).isNumber() && !tokens.get(at + 1).isCapitalized())
                && !tokens.get(at - 1).isNumber(); // "Lavrov May Visit Ankara" is a headline's modal
    }

    /**
     * "Foreign Secretary William Hague", "Secretary-General Patricia Scotland": a place's one word
     * that ends a title's window right after a given name is the name's last word, so the name
     * does not start after it.
     */
    private boolean endsWindowAsSurname(List<Token> tokens, int k, int start, int end) {
        return k + 1 == end && k > start && isPlaceSurname(tokens, k) && isNameWord(tokens, k - 1);
    }

    /**
     * A place's one-word name (a city's, a region's or a country's, not a people's adjective) used
     * as a surname: capitalised, not in capitals, and not followed by another capitalised word or a
     * number ("Blinken Tokyo Visit" is a headline).
     */
    private boolean isPlaceSurname(List<Token> tokens, int at) {
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        return isOneWordPlace(tokens, at) && (next == null || !next.isCapitalized() && !next.isNumber());
    }

    /** A place's one word, capitalised and not in capitals: a city's, a region's or a country's name, no people's adjective. */
    private boolean isOneWordPlace(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (!token.isWord() || !token.isCapitalized() || token.isAllCaps()) {
            return false;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> place = lexicons.countries.longest(tokens, at);
        return place != null && place.end() == at + 1 && place.value().form() != Lexicons.CountryForm.DEMONYM;
    }

    /** How many words an office before a given name may have: "Minister of State for Foreign Affairs". */
    private static final int LONGEST_OFFICE = 6;

    /** "Foreign Minister Paulo Lima": a place's one word after a given name that an office opens is the surname. */
    private boolean surnameAfterOfficeAndGivenName(List<Token> tokens, int at) {
        return isPlaceSurname(tokens, at) && isNameWord(tokens, at - 1) && officeEndsAt(tokens, at - 1);
    }

    /** Whether a title or an honorific ends right before a token: "Foreign Secretary" before "William". */
    private boolean officeEndsAt(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - LONGEST_OFFICE); k < at; k++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, k);
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
            if (title != null && title.end() == at || honorific != null && honorific.end() == at) {
                return true;
            }
        }
        return false;
    }

    /** "al-Thani", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised surname. */
    private boolean isParticleSurname(String text) {
        int dash = text.indexOf('-');
        return dash > 0 && dash + 1 < text.length() && particles.contains(text.substring(0, dash))
                && Character.isUpperCase(text.codePointAt(dash + 1));
    }

    /** Whether a word in lookup form is a word of the vocabulary with a plural's ending: "partnerships". */
    private boolean isPluralOfVocabulary(String key) {
        // By index: this runs for most capitalised words, and an iterator per call was a copy's worth.
        for (int i = 0, n = pluralEndings.size(); i < n; i++) {
            String ending = pluralEndings.get(i);
            if (key.endsWith(ending) && lexicons.vocabulary.contains(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a month's name, whole or cut short, and a day's number open a date there: "Dec. 3", "May 9". */
    private static boolean opensADay(List<Token> tokens, int at) {
        if (Months.number(tokens.get(at).text()) <= 0 || at + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at + 1);
        return next.isNumber() || next.isPunctuation('.') && at + 2 < tokens.size() && tokens.get(at + 2).isNumber();
    }

    /** A capitalised word that no lexicon claims. */
    @Override
    public boolean isNameWord(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (!token.isWord() || !token.isCapitalized()) {
            return false;
        }
        if (at + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.PATRONYMIC_PARTICLE, tokens, at + 1)) {
            return true; // "Sultan bin Saad": a word of the lexicons before "bin" is a given name
        }
        if (at >= 2 && lexicons.isCue(Lexicons.Cue.PATRONYMIC_PARTICLE, tokens, at - 1) && tokens.get(at - 2).isCapitalized()) {
            return true; // "Zayed bin Sultan Al Mansoori": after "bin", the father's name
        }
        String text = token.text();
        boolean initial = isInitials(text);
        if (opensPhotoCredit(tokens, at)) {
            return false; // "Foreign Minister Oleg Petrov TASS/Anna Volkova": the agency of a photo's credit
        }
        if (!initial && (token.isAllCaps() && text.length() > 1) && !isSurnameInCapitals(tokens, at)
                && !isInitialsWithoutStops(tokens, at) && !isSurnameInCapitalsFirst(tokens, at)) {
            return false;
        }
        if (!initial && text.endsWith(".")) {
            return false;
        }
        if (opensADay(tokens, at)) {
            return false; // "on Nov 24", "May 9", "met X Dec. 3": a date
        }
        if (at > 0 && DateWords.weekday(token.key()) != null) {
            return isWeekdaySurname(tokens, at); // "Prime Minister Imran Khan Saturday had …": a day, not a name
        }
        String key = token.key();
        if (lexicons.vocabulary.contains(key) || key.length() > 6 && isPluralOfVocabulary(key)) {
            return isFunctionWordSurname(tokens, at); // "Partnerships" as well as "Partnership" are none
        }
        // after a comma a participle is written in lower case: "…, Tshering Tobgay" is a name
        if (opensAClause(tokens, at) && !(at > 0 && tokens.get(at - 1).isPunctuation(',')) && isParticiple(key)) {
            return false; // "Addressing Anastasiades, …", "Congratulating Tinubu, …": a verb opens the clause
        }
        return lexicons.countries.longest(tokens, at) == null
                && lexicons.organizations.longest(tokens, at) == null
                && (lexicons.titles.longest(tokens, at) == null || opensBareName(tokens, at) || endsANameWithAStop(tokens, at))
                && lexicons.honorifics.longest(tokens, at) == null;
    }

    /**
     * "met Prime Minister Hun Sen. They …": after a name's word, a word that an office abbreviates with
     * its stop ("Sen. John Whitfield") is the name's last word, and the stop the sentence's.
     */
    private boolean endsANameWithAStop(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(tokens, at);
        return office != null && office.end() <= at + 2 && at + 1 < tokens.size() && tokens.get(at + 1).isPunctuation('.')
                && at > 0 && isPlainCapitalWord(tokens, at - 1);
    }

    /**
     * A capitalised word, not in capitals, that no lexicon knows: a name's word read without the
     * rules of {@link #isNameWord}, which may look at the words after it and so back here.
     */
    private boolean isPlainCapitalWord(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        return token.isWord() && token.isCapitalized() && !token.isAllCaps() && !lexicons.vocabulary.contains(token.key())
                && lexicons.titles.longest(tokens, at) == null && lexicons.countries.longest(tokens, at) == null
                && lexicons.organizations.longest(tokens, at) == null && lexicons.honorifics.longest(tokens, at) == null;
    }

    /**
     * "met with To Lam, general secretary …": a family name written as a function word, capitalised
     * after a word in lower case and before a name's word, opens a name.
     */
    private boolean isFunctionWordSurname(List<Token> tokens, int at) {
        return at > 0 && at + 1 < tokens.size() && tokens.get(at - 1).isWord() && tokens.get(at - 1).isLowerCase()
                && lexicons.isCue(Lexicons.Cue.FUNCTION_WORD_SURNAME, tokens, at)
                && !lexicons.vocabulary.contains(tokens.get(at + 1).key()) && !tokens.get(at + 1).isAllCaps()
                && isNameWord(tokens, at + 1); // a word in capitals after it would ask this word back whether it is a name
    }

    /** The fewest letters a participle opening a clause has: "Welcoming"; "Ming" and "Jing" are names. */
    private static final int SHORTEST_PARTICIPLE = 7;

    private boolean isParticiple(String key) {
        if (key.length() < SHORTEST_PARTICIPLE) {
            return false;
        }
        for (String ending : participleEndings) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word opens its sentence or a clause after a comma, a colon or a dash. */
    private static boolean opensAClause(List<Token> tokens, int at) {
        return at == 0 || tokens.get(at - 1).isPunctuation(',') || tokens.get(at - 1).isPunctuation(':')
                || tokens.get(at - 1).isDash();
    }

    /** The fewest letters a surname written in capitals has: shorter runs are acronyms ("UN", "EU"). */
    private static final int SHORTEST_CAPITALS_SURNAME = 3;

    /** The most letters initials written without stops have: "KP" of "KP Sharma Oli". */
    private static final int LONGEST_BARE_INITIALS = 3;

    /**
     * "Prime Minister KP Sharma Oli": two or three capitals no lexicon knows, right after an office
     * and before a capitalised name word, are initials written without stops.
     */
    private boolean isInitialsWithoutStops(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (token.text().length() > LONGEST_BARE_INITIALS || !token.isLetters()
                || at + 1 >= tokens.size()) {
            return false;
        }
        Token previous = at > 0 ? tokens.get(at - 1) : null;
        // "Prime Minister KP …", not "07:27 IST Created"; "Foreign Minister Retno LP Marsudi": after a given name too
        boolean afterGivenName = previous != null && previous.isWord() && previous.isCapitalized() && !previous.isAllCaps()
                && previous.text().length() > 1 && titleEndsAt(tokens, at - 1);
        boolean afterTitle = afterGivenName || titleEndsAt(tokens, at);
        Token next = tokens.get(at + 1);
        return afterTitle && next.isWord() && next.isCapitalized() && !next.isAllCaps() && next.text().length() > 1
                && lexicons.countries.longest(tokens, at) == null && lexicons.organizations.longest(tokens, at) == null
                && lexicons.titles.longest(tokens, at) == null && lexicons.titles.longest(tokens, at + 1) == null
                && isNameWord(tokens, at + 1);
    }

    private boolean titleEndsAt(List<Token> tokens, int at) {
        for (int j = Math.max(0, at - LONGEST_BARE_INITIALS - 1); j < at; j++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, j);
            if (title != null && title.end() == at) {
                return true;
            }
        }
        return false;
    }

    private static boolean lettersOrHyphens(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Nkosazana DLAMINI ZUMA", "Elena KHOKHLOVA": a word in capitals after a given name written
     * as usual is the surname, as some publishers write it; an acronym stands alone.
     */
    private boolean isSurnameInCapitals(List<Token> tokens, int at) {
        String text = tokens.get(at).text();
        if (at == 0 || text.length() < SHORTEST_CAPITALS_SURNAME || !lettersOrHyphens(text)
                || tokens.get(at - 1).end() == tokens.get(at).start() || lexicons.isCue(Lexicons.Cue.POST_NOMINAL, tokens, at)) {
            return false; // "Philip Green OAM": an honour, not a name
        }
        Token before = tokens.get(at - 1);
        boolean given = before.isWord() && before.isCapitalized() && !before.isAllCaps() && before.text().length() > 1
                && isNameWord(tokens, at - 1);
        return given || before.isAllCaps() && at >= 2 && isSurnameInCapitals(tokens, at - 1);
    }

    /**
     * "Minister for Foreign Affairs Ms. KAMIKAWA Yoko", "Prime Minister KISHIDA Fumio": a word in capitals
     * no lexicon knows, after an honorific or an office and before a given name written as usual, is the
     * family name written first, as Japanese publishers write it.
     */
    private boolean isSurnameInCapitalsFirst(List<Token> tokens, int at) {
        String text = tokens.get(at).text();
        if (at == 0 || at + 1 >= tokens.size() || text.length() < SHORTEST_CAPITALS_SURNAME || !lettersOrHyphens(text)
                || lexicons.isCue(Lexicons.Cue.POST_NOMINAL, tokens, at)) {
            return false;
        }
        Token next = tokens.get(at + 1);
        boolean givenNameAfter = next.isWord() && next.isCapitalized() && !next.isAllCaps() && next.text().length() > 1
                && next.start() > tokens.get(at).end() && isNameWord(tokens, at + 1);
        return givenNameAfter && (honorificEndsAt(tokens, at) || titleEndsAt(tokens, at))
                && lexicons.countries.longest(tokens, at) == null && lexicons.organizations.longest(tokens, at) == null
                && lexicons.titles.longest(tokens, at) == null;
    }

    /** The most tokens an honorific before a name has: "H . E ." written apart. */
    private static final int LONGEST_HONORIFIC = 4;

    /**
     * "Dr. Alwin Friday, Minister of Tourism": a weekday after a style and one given name, with a comma
     * and an office after it, is the surname; a day is written after a whole name or a title's ("Minister
     * Alwin Moyo Friday said").
     */
    private boolean isWeekdaySurname(List<Token> tokens, int at) {
        return at >= 2 && at + 2 < tokens.size() && tokens.get(at + 1).isPunctuation(',') && startsTitle(tokens, at + 2)
                && isPlainCapitalWord(tokens, at - 1) && honorificEndsAt(tokens, at - 1);
    }

    /** Whether an honorific ends right before a token: "Ms." before "KAMIKAWA". */
    private boolean honorificEndsAt(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - LONGEST_HONORIFIC); k < at; k++) {
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
            if (honorific != null && honorific.end() == at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title's words from a token are only how its holder is addressed, a comma after or not: "Ambassador,". */
    private boolean addressedAs(List<Token> tokens, int from, int to) {
        int end = lexicons.cueEnd(Lexicons.Cue.ADDRESS_TITLE, tokens, from);
        return end == to || end > 0 && end + 1 == to && tokens.get(end).isPunctuation(',');
    }

    /**
     * A title as kept (without the country phrases that follow "of", "in" or "to"), and what its
     * words say: the holder's country ("of Azerbaijan"), whether it names an international body,
     * the host country ("to Kazakhstan") and the organisation.
     */
    private record TitleParts(String text, Optional<CountryCode> country, boolean international,
            Optional<CountryCode> host, Optional<String> organization, boolean namesABody) {}

    /** Whether [from, to) holds only honorifics and their periods. */
    private boolean onlyHonorificsFrom(List<Token> tokens, int from, int to) {
        int k = from;
        boolean any = false;
        while (k < to) {
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
            PhraseIndex.Match<Lexicons.TitleRole> courtesy = any ? lexicons.titles.longest(tokens, k) : null;
            if (honorific != null) {
                k = honorific.end();
                any = true;
            } else if (isCapitalsHonorific(tokens, k)) {
                k++; // "Ambassador of Saudi Arabia HRH Prince …"
                any = true;
            } else if (courtesy != null && courtesy.value() == Lexicons.TitleRole.COURTESY) {
                k = courtesy.end(); // "HRH Prince": a rank of birth after the style
            } else if (tokens.get(k).isPunctuation('.')) {
                k++;
            } else {
                return false;
            }
        }
        return any;
    }

    /** Reads the title words in [from, to): what to keep, and the countries they name. */
    private TitleParts titleParts(String text, List<Token> tokens, int from, int to) {
        TitleReading reading = new TitleReading(text);
        int phraseEnd = from;
        int k = from;
        while (k < to) {
            Token token = tokens.get(k);
            PhraseIndex.Match<Lexicons.TitleRole> office = k >= phraseEnd ? lexicons.titles.longest(tokens, k) : null;
            if (office != null && office.value() != Lexicons.TitleRole.COURTESY) {
                phraseEnd = office.end(); // "Crown Prince" is an office
            } else if (office != null && reading.keptAny()) {
                break; // "Minister of Municipal and Rural Affairs Prince Mansour": the office is the title
            }
            int pastCountries = countryPhraseInTitle(tokens, k, to, reading);
            if (pastCountries > k) {
                reading.leaveOut();
                k = pastCountries;
                continue;
            }
            PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, k);
            // "Minister of Foreign and CARICOM Affairs": a body followed by a portfolio's word is what the office deals with
            boolean portfolio = org != null && (org.end() < to && lexicons.isCue(Lexicons.Cue.PORTFOLIO_NOUN, tokens, org.end())
                    || listedPortfolio(tokens, from, k));
            if (org != null && org.end() <= to && !portfolio && !ministrysOffice(tokens, k, org, to)) {
                reading.organization(tokens, k, org);
            }
            if (onlyHonorificsFrom(tokens, k, to)) {
                break; // "… Ministry of Foreign Affairs H.E. Dr. Mohammed …": the honorifics are neither
            }
            if (k > from && token.isPunctuation(',') && addressedAs(tokens, k + 1, to)) {
                break; // "Vice Minister of Foreign Affairs, Ambassador X": how the holder is addressed, no second office
            }
            if (k > from && token.isPunctuation(',') && saysTheOfficeAgain(tokens, from, k + 1, to)) {
                break; // "King of Jordan, His Majesty King Abdullah II": the office once
            }
            reading.keep(token);
            k++;
        }
        return reading.parts();
    }

    /**
     * "Secretary-General of the Ministry of Foreign Affairs": an office word that international bodies and
     * ministries share, held "of" a ministry, is a state's office, not an international body's.
     */
    private boolean ministrysOffice(List<Token> tokens, int k, PhraseIndex.Match<Lexicons.Organization> org, int to) {
        if (org.value().country().isPresent() || lexicons.titles.longestEnd(tokens, k) != org.end()) {
            return false; // a body named ("the OSCE"), or a national one: read as it is
        }
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, org.end());
        int seat = of > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, of) ? of + 1 : of;
        return seat > 0 && seat < to && lexicons.cueEnd(Lexicons.Cue.STATE_SEAT, tokens, seat) > seat;
    }

    /**
     * "Minister of Foreign Affairs, European Union and Cooperation": a body listed after a comma
     * or "and" among what an office "of" deals with is one of its portfolios, not the holder's body.
     */
    private boolean listedPortfolio(List<Token> tokens, int from, int at) {
        if (at - from < 2 || !(tokens.get(at - 1).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, at - 1))
                || lexicons.titles.longestEnd(tokens, from) <= from) {
            return false;
        }
        for (int k = from + 1; k < at - 1; k++) {
            if (lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether [at, to) is the office that opens [from, …) again, after honorifics: ", His Majesty King". */
    private boolean saysTheOfficeAgain(List<Token> tokens, int from, int at, int to) {
        int k = pastStyles(tokens, at, to);
        int first = lexicons.titles.longestEnd(tokens, from);
        if (k >= to || first < 0 || lexicons.titles.longestEnd(tokens, k) != to || to - k != first - from) {
            return false;
        }
        for (int i = 0; i < to - k; i++) {
            if (!tokens.get(k + i).key().equals(tokens.get(from + i).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A country phrase after "of", "in" or "to" in a title: "of Azerbaijan" gives the holder's
     * country and "to Kazakhstan" the host, and the phrase ("of Kazakhstan and Uzbekistan" as one)
     * is left out of the title. Returns where the title goes on after it, or {@code k} when the
     * words stay in the title ("of Uzbekistan's Senate", "Mayor of Almaty").
     */
    private int countryPhraseInTitle(List<Token> tokens, int k, int to, TitleReading reading) {
        int named = holdersCountryWithoutPreposition(tokens, k, to, reading);
        if (named >= 0) {
            return named;
        }
        // "Minister of Defence, South Africa": a country after a comma that ends the title is the holder's,
        // but "in Abuja, Nigeria" is where the office is
        boolean placed = k >= 2 && lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, k - 2);
        boolean of = lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k)
                || tokens.get(k).isPunctuation(',') && k + 1 < to && endsTitleWithCountry(tokens, k + 1, to) && !placed;
        boolean preposition = of || lexicons.isCue(Lexicons.Cue.HOST_PREPOSITION, tokens, k);
        int anaphor = preposition && !of ? lexicons.cueEnd(Lexicons.Cue.HOST_ANAPHOR, tokens, k + 1) : -1;
        if (anaphor > 0 && anaphor <= to) {
            return anaphor; // "ambassador to this country": the post, said again, is no part of the title
        }
        int phrase = preposition && k + 1 < to && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 1)
                ? lexicons.pastEpithet(tokens, k + 2, to) : k + 1;
        if (!preposition || phrase >= to) {
            return k;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, phrase);
        int stateForm = country == null ? lexicons.cueEnd(Lexicons.Cue.STATE_FORM, tokens, phrase) : -1;
        if (stateForm > 0 && stateForm < to) {
            country = lexicons.countries.longest(tokens, stateForm); // "of the Republic of Slovakia"
        }
        PhraseIndex.Match<Lexicons.Organization> body = country == null ? null : lexicons.organizations.longest(tokens, country.start());
        if (body != null && body.end() > country.end()) {
            return k; // "of the Shanghai Cooperation Organization": the town opens a body's name, and names no holder's state
        }
        // "of Uzbekistan's Senate": the country names the body, and stays in the title as written
        boolean possessive = country != null && (skipPossessive(tokens, country.end()) > country.end()
                || namesBodyOf(tokens, country.end(), to));
        if (possessive && of && country.value().form() == Lexicons.CountryForm.NAME) {
            reading.holderCountry(country.value().code());
        }
        // "Adviser to the UAE President": a state before an office qualifies it, stays in the title and is whom it serves
        if (!possessive && !of && country != null && country.end() < to && lexicons.titles.longest(tokens, country.end()) != null) {
            reading.holderCountry(country.value().code());
            return k;
        }
        if (country != null && !possessive && country.end() <= to
                && country.value().form() == Lexicons.CountryForm.NAME) {
            if (of) {
                reading.holderCountry(country.value().code());
            } else {
                reading.hostCountry(country.value().code());
            }
            return pastListedCountries(tokens, country.end(), to);
        }
        if (country != null && country.end() <= to && of
                && country.value().form() != Lexicons.CountryForm.DEMONYM) {
            reading.holderCountry(country.value().code()); // "Mayor of Almaty": kept, gives KZ
        }
        return k;
    }

    /**
     * "of the Uruguayan Ministry", "FM Maldives Ahmed Zahir": the holder's country said with no preposition of its own;
     * where the title goes on after it, or -1 when none is said so at the token.
     */
    private int holdersCountryWithoutPreposition(List<Token> tokens, int k, int to, TitleReading reading) {
        Optional<CountryCode> peoples = peoplesBodyAt(tokens, k, to);
        if (peoples.isPresent()) {
            reading.holderCountry(peoples.get());
            return k;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> ending = lexicons.countries.longest(tokens, k);
        if (ending != null && ending.end() == to && k > 0 && ending.value().form() == Lexicons.CountryForm.NAME
                && lexicons.titles.longest(tokens, k - 1) != null) {
            reading.holderCountry(ending.value().code()); // the office's country, as "of" says
            return to;
        }
        return -1;
    }

    /**
     * Where the countries listed after a title's first one end: "of Kazakhstan and Uzbekistan", "of Estonia,
     * Latvia, and Lithuania"; {@code end} when no other follows.
     */
    private int pastListedCountries(List<Token> tokens, int end, int to) {
        while (end + 1 < to) {
            int next = tokens.get(end).isPunctuation(',') ? end + 1 : end;
            next = next < to && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, next) ? next + 1 : next;
            PhraseIndex.Match<Lexicons.CountryEntry> also = next > end && next < to ? lexicons.countries.longest(tokens, next) : null;
            if (also == null || also.end() > to || also.value().form() != Lexicons.CountryForm.NAME) {
                break;
            }
            end = also.end();
        }
        return end;
    }

    /**
     * "of the Uruguayan Ministry of Foreign Affairs", "at the Japanese Embassy": a people's adjective after
     * "of", "at" or "in" and an article, before a body, says whose the body is, and stays in the title as
     * written ("Organization of American States", with no article, is no American body).
     */
    private Optional<CountryCode> peoplesBodyAt(List<Token> tokens, int k, int to) {
        boolean preposition = lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, k) || lexicons.isCue(Lexicons.Cue.PLACE_PREPOSITION, tokens, k);
        if (!preposition || k + 2 >= to || !lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k + 1)) {
            return Optional.empty();
        }
        PhraseIndex.Match<Lexicons.CountryEntry> demonym = lexicons.countries.longest(tokens, k + 2);
        if (demonym == null || demonym.value().form() != Lexicons.CountryForm.DEMONYM || !namesBodyOf(tokens, demonym.end(), to)) {
            return Optional.empty();
        }
        return Optional.of(demonym.value().code());
    }

    /** Whether a country's name runs from {@code at} to the title's end, or to a comma that ends it. */
    private boolean endsTitleWithCountry(List<Token> tokens, int at, int to) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, at);
        boolean last = country != null && (country.end() == to
                || country.end() + 1 == to && tokens.get(country.end()).isPunctuation(','));
        return last && country.value().form() == Lexicons.CountryForm.NAME;
    }

    /** How many words after a country in a title may name the body it is part of: "of the UAE Armed Forces". */
    private static final int BODY_REACH = 3;

    /**
     * "of the UAE Armed Forces", "of the U.S. Mission": capitalised words after the country in the
     * title that end in a common word name the country's body, and the country stays in the title;
     * a name or another title after it ("Sultan of Brunei Sultan …") does not.
     */
    private boolean namesBodyOf(List<Token> tokens, int after, int to) {
        if (after >= to || lexicons.titles.longest(tokens, after) != null || lexicons.honorifics.longest(tokens, after) != null
                || isCapitalsHonorific(tokens, after)) {
            return false;
        }
        for (int k = after; k < to && k < after + BODY_REACH && tokens.get(k).isWord() && tokens.get(k).isCapitalized(); k++) {
            String key = tokens.get(k).key();
            if (lexicons.vocabulary.contains(key) || isPluralOfVocabulary(key)
                    || lexicons.isCue(Lexicons.Cue.BODY_NOUN, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title as {@link #titleParts} reads it: the runs of its words that are kept, which a phrase
     * left out splits, and the countries and the organisation its words name.
     */
    private final class TitleReading {
        private final String text;
        /** The runs kept before the last, each with a space after it; null while there is one run. */
        private StringBuilder title;
        private int segmentStart = -1;
        private int segmentEnd = -1;
        private boolean skipped;
        private Optional<CountryCode> own = Optional.empty();
        private Optional<CountryCode> host = Optional.empty();
        private Optional<CountryCode> byOrganization = Optional.empty();
        private Optional<String> organization = Optional.empty();
        private boolean international;
        /** Whether an international body is named, not only an office word ("Secretary-General") bodies and ministries share. */
        private boolean namesABody;

        TitleReading(String text) {
            this.text = text;
        }

        /** Whether a word of the title is kept yet. */
        boolean keptAny() {
            return segmentStart >= 0;
        }

        /** The words just read stay out of the title: the next word kept starts a new run. */
        void leaveOut() {
            skipped = true;
        }

        /** A word kept in the title: it goes on the run before it, unless words were left out between. */
        void keep(Token token) {
            if (segmentStart < 0) {
                segmentStart = token.start();
            } else if (skipped) {
                if (title == null) {
                    title = new StringBuilder();
                }
                title.append(text, segmentStart, segmentEnd).append(' ');
                segmentStart = token.start();
            }
            skipped = false;
            segmentEnd = token.end();
        }

        /** The country whose office it is ("of Azerbaijan"): the first one named. */
        void holderCountry(CountryCode code) {
            if (own.isEmpty()) {
                own = Optional.of(code);
            }
        }

        /** The country an envoy is sent to ("to Kazakhstan"): the first one named. */
        void hostCountry(CountryCode code) {
            if (host.isEmpty()) {
                host = Optional.of(code);
            }
        }

        /** An organisation the title names at k: the first as written, and its country, else that it is international. */
        void organization(List<Token> tokens, int k, PhraseIndex.Match<Lexicons.Organization> org) {
            PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(tokens, k);
            boolean body = office == null || office.end() != org.end();
            // "High Representative of the European Union": the body named after the office word is its organisation
            if (organization.isEmpty() || body && !namesABody && international) {
                organization = Optional.of(Span.of(tokens.get(k).start(), tokens.get(org.end() - 1).end()).cut(text));
            }
            if (org.value().country().isPresent()) {
                byOrganization = byOrganization.or(() -> org.value().country());
            } else {
                international = true;
                namesABody |= body;
            }
        }

        /** The title kept, and the holder's country: the one its words name, else its organisation's. */
        TitleParts parts() {
            String kept;
            if (title == null) {
                // Most titles are one run of words: cut from the text at once, not built.
                kept = segmentStart >= 0 ? text.substring(segmentStart, segmentEnd) : "";
            } else {
                kept = title.append(text, segmentStart, segmentEnd).toString();
            }
            String result = trimTitle(kept);
            Optional<CountryCode> country = own.isPresent() ? own : byOrganization;
            return new TitleParts(result, country, international && country.isEmpty(), host, organization, namesABody);
        }
    }

    private String trimTitle(String title) {
        String result = withoutAbbreviations(title).strip();
        boolean changed = true;
        while (changed && !result.isEmpty()) {
            changed = false;
            for (String tail : titleTails) {
                if (result.endsWith(tail)) {
                    result = result.substring(0, result.length() - tail.length()).strip();
                    changed = true;
                }
            }
        }
        return withoutRepeat(result);
    }

    /** "the Sultan of Brunei Sultan Hassanal Bolkiah": the title said twice around its country is one title. */
    private static String withoutRepeat(String title) {
        int middle = title.length() / 2;
        boolean twice = title.length() % 2 == 1 && title.charAt(middle) == ' '
                && title.regionMatches(0, title, middle + 1, middle);
        return twice ? title.substring(0, middle) : title;
    }

    /** Drops an abbreviation in brackets: "… for Asia and the Pacific (ESCAP)" is the title without it. */
    private static String withoutAbbreviations(String title) {
        if (title.indexOf('(') < 0) {
            return title.replace("  ", " "); // no abbreviation to drop: no copy unless spaces are doubled
        }
        StringBuilder out = new StringBuilder(title.length());
        int i = 0;
        while (i < title.length()) {
            int close = title.charAt(i) == '(' ? title.indexOf(')', i) : -1;
            if (close > i + 1 && isAbbreviation(title, i + 1, close)) {
                i = close + 1;
                continue;
            }
            out.append(title.charAt(i));
            i++;
        }
        return out.toString().replace("  ", " ");
    }

    /**
     * Whether the text is an abbreviation: capitals, digits, "+" or "-", or capitals first with a small
     * word's letter in lower case among them ("CoAS", "MoFA"), not a capitalised word ("East").
     */
    private static boolean isAbbreviation(String text, int start, int end) {
        int capitals = 0;
        boolean lowerCase = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (Character.isLowerCase(c)) {
                lowerCase = true;
            } else if (!Character.isDigit(c) && c != '+' && c != '-') {
                return false;
            }
        }
        return !lowerCase || capitals >= 2 && Character.isUpperCase(text.charAt(start));
    }

    private Mention mention(String text, List<Token> tokens, int first, int nameStart, int nameEnd, int sentence,
            Optional<String> title, Optional<CountryCode> country, boolean international, int end,
            Optional<CountryCode> host, Optional<String> organization) {
        if (nameEnd < tokens.size() && tokens.get(nameEnd - 1).isCapitalized()
                && lexicons.isCue(Lexicons.Cue.NAME_CLOSING, tokens, nameEnd)) {
            // "Bakyt Asan uulu": the particle after the last name word is the name's, whichever way the name was read
            nameEnd = lexicons.cueEnd(Lexicons.Cue.NAME_CLOSING, tokens, nameEnd);
            end = Math.max(end, nameEnd);
        }
        List<String> words = nameWords(tokens, nameStart, nameEnd);
        int spanEnd = tokens.get(nameEnd - 1).end();
        if (nameEnd + 1 < tokens.size() && tokens.get(nameEnd).isPunctuation(',')
                && lexicons.isCue(Lexicons.Cue.NAME_SUFFIX, tokens, nameEnd + 1)) {
            // "Joseph R. Biden, Jr.": the suffix is part of the name as written, not of its words
            int suffix = nameEnd + 1;
            spanEnd = tokens.get(suffix).end();
            if (suffix + 1 < tokens.size() && tokens.get(suffix + 1).isPunctuation('.')
                    && tokens.get(suffix + 1).start() == spanEnd) {
                spanEnd = tokens.get(suffix + 1).end();
                suffix++;
            }
            end = Math.max(end, suffix + 1);
        }
        Span span = Span.of(tokens.get(nameStart).start(), spanEnd);
        int former = formerAt(tokens, first);
        if (former >= 0 && title.isPresent()) {
            // "Former US President Barack Obama": an office held before, for no state now
            String word = tokens.get(former).text();
            String office = Tokenizer.key(title.get()).startsWith(Tokenizer.key(word)) ? title.get() : word + " " + title.get();
            return new Mention(span.cut(text), words, span, first, end, sentence, Optional.of(office),
                    Optional.empty(), true, Optional.empty(), organization);
        }
        return new Mention(span.cut(text), words, span, first, end, sentence, title,
                international ? Optional.empty() : country, international, host, organization);
    }

    /**
     * The lookup forms of a name's words, a nickname's quotes and all left out: "Ali \"Al\" Demir" is Ali Demir
     * to every list and later mention. A name of one or two words, most names, is listed without a list to copy.
     */
    private List<String> nameWords(List<Token> tokens, int nameStart, int nameEnd) {
        String one = null;
        String two = null;
        List<String> more = null;
        for (int k = nameStart; k < nameEnd; k++) {
            if (isNickname(tokens, k)) {
                k += 2;
            } else if (tokens.get(k).isWord()) {
                String key = tokens.get(k).key();
                if (one == null) {
                    one = key;
                } else if (two == null) {
                    two = key;
                } else {
                    if (more == null) {
                        more = new ArrayList<>();
                        more.add(one);
                        more.add(two);
                    }
                    more.add(key);
                }
            }
        }
        return more != null ? List.copyOf(more) : two != null ? List.of(one, two) : one != null ? List.of(one) : List.of();
    }

    /** Where the word that makes a title one held before stands, at the mention's first token or just before it; -1 if none. */
    private int formerAt(List<Token> tokens, int first) {
        if (first >= 0 && lexicons.isCue(Lexicons.Cue.FORMER, tokens, first)) {
            return first;
        }
        return first > 0 && lexicons.isCue(Lexicons.Cue.FORMER, tokens, first - 1) ? first - 1 : -1;
    }

    /** The longest line a byline or credit stands on: longer lines are prose. */
    private static final int LONGEST_BYLINE = 100;

    /** The most words of a name in a byline. */
    private static final int LONGEST_BYLINE_NAME = 4;

    /**
     * "He was received by Paolo Rossi.": a short line of prose, where "by" alone after a lower-case word is
     * the agent of a verb, no credit ("Reporting by", "Photo by" and "By" opening a line are).
     */
    private boolean byAfterAVerb(List<Token> tokens, int k) {
        return k > 0 && lexicons.cueEnd(Lexicons.Cue.BYLINE, tokens, k) == k + 1 && tokens.get(k - 1).isWord()
                && tokens.get(k - 1).isLowerCase();
    }

    /**
     * The people a page names in its bylines and credits, which are people of the release though
     * no sentence names them: "By Vafa Ismayilova", "(Edited by Leeto M Khoza)", "Photo: Natalia
     * Gubernatorova", a name on the line after "Author".
     *
     * @param text the body text
     * @return the mentions, in text order
     */
    @Override
    public List<Mention> bylines(String text) {
        List<Mention> found = new ArrayList<>();
        int lineStart = 0;
        boolean afterAuthorLine = false;
        List<Token> lineBefore = List.of();
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lineEnd - lineStart <= LONGEST_BYLINE) {
                // A page's blank lines, many between its paragraphs, have no tokens: no list is made for them.
                List<Token> tokens = isBlank(text, lineStart, lineEnd) ? List.of() : Tokenizer.tokens(text, lineStart, lineEnd);
                Mention signed = nameAboveItsTitle(text, lineBefore, tokens);
                if (signed != null) {
                    found.add(signed);
                }
                lineBefore = tokens;
                Mention name = afterAuthorLine ? nameAt(text, tokens, 0) : signedLine(text, tokens);
                if (name != null) {
                    found.add(name);
                }
                // "(Reporting by A and B; Editing by C)": every name a credit's word opens
                for (int k = 0; name == null && k < tokens.size(); k++) {
                    if (lexicons.isCue(Lexicons.Cue.BYLINE, tokens, k) && !byAfterAVerb(tokens, k)) {
                        int after = lexicons.cueEnd(Lexicons.Cue.BYLINE, tokens, k);
                        Mention credited = nameAt(text, tokens, after);
                        if (credited == null) {
                            credited = nameAfterAgency(text, tokens, after); // "Photo: RNZ / Anneke Smith"
                        }
                        if (credited == null) {
                            credited = nameInCapitalsAt(text, tokens, after); // "By TOM HALE"
                        }
                        while (credited != null) {
                            found.add(credited);
                            k = credited.end();
                            credited = k + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k)
                                    ? nameAt(text, tokens, k + 1) : null;
                        }
                    }
                }
                afterAuthorLine = tokens.size() == 1 && lexicons.isCue(Lexicons.Cue.AUTHOR_LINE, tokens, 0);
            }
            lineStart = lineEnd + 1;
        }
        photoCredits(text, found);
        return found;
    }

    /** Whether the chars [start, end) of a text are all blanks, where the tokenizer finds no token. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Anna Lindqvist" on a line of its own over "Assistant Secretary, Bureau of Consular Affairs": who signs a
     * statement, named over the office they sign in, which opens its line and ends it or a comma.
     */
    private Mention nameAboveItsTitle(String text, List<Token> lineBefore, List<Token> tokens) {
        int office = lexicons.officeWordsEnd(tokens, 0, tokens.size()); // "Assistant Secretary": a title of title words
        if (office == 0 || office < tokens.size() && !tokens.get(office).isPunctuation(',')) {
            return null;
        }
        Mention name = nameAt(text, lineBefore, 0);
        if (name == null || name.end() < lineBefore.size()) {
            return null;
        }
        String title = Span.of(tokens.get(0).start(), tokens.get(office - 1).end()).cut(text);
        return mention(text, lineBefore, 0, 0, name.end(), -1, Optional.of(title), Optional.empty(), false, name.end(),
                Optional.empty(), Optional.empty());
    }

    /** "By TOM HALE": a credit's name of two or three words in capitals that ends its line. */
    private Mention nameInCapitalsAt(String text, List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < 3 && tokens.get(end).isWord() && tokens.get(end).isAllCaps()
                && tokens.get(end).text().length() > 1 && isCapitalWord(tokens.get(end))
                && lexicons.countries.longest(tokens, end) == null && lexicons.organizations.longest(tokens, end) == null
                && lexicons.titles.longest(tokens, end) == null && !lexicons.vocabulary.contains(tokens.get(end).key())) {
            end++;
        }
        if (end - start < 2 || end < tokens.size()) {
            return null;
        }
        return mention(text, tokens, start, start, end, -1, Optional.empty(), Optional.empty(), false, end,
                Optional.empty(), Optional.empty());
    }

    /** Whether an agency's name in capitals and the slash glued to it open a photo's credit at a token: "TASS/". */
    private static boolean opensPhotoCredit(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        return token.isWord() && token.isAllCaps() && at + 1 < tokens.size() && tokens.get(at + 1).isPunctuation('/')
                && tokens.get(at + 1).start() == token.end();
    }

    /** How far after an agency's slash a photographer's name may end. */
    private static final int LONGEST_PHOTO_CREDIT = 60;

    /**
     * "(Agency/Tom Hale)", "WIRE/Ann Reed", "(XY Photo/Lena Varga)": the
     * photographer after an agency's name and a slash, at the end of a caption or in its brackets.
     */
    private void photoCredits(String text, List<Mention> found) {
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            int wordStart = slash;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == slash || !Character.isUpperCase(text.charAt(wordStart))) {
                continue; // "and/or", a path: no agency's name before the slash
            }
            int lineEnd = text.indexOf('\n', slash);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int end = Math.min(lineEnd, slash + LONGEST_PHOTO_CREDIT);
            List<Token> tokens = Tokenizer.tokens(text, slash + 1, end);
            Mention name = nameAt(text, tokens, 0);
            boolean closes = name != null && (name.end() == tokens.size() ? end == lineEnd
                    : tokens.get(name.end()).isPunctuation(')'));
            if (closes) {
                found.add(name);
            } else if (name == null && tokens.size() == 1 && tokens.get(0).isWord() && tokens.get(0).end() == lineEnd) {
                nameBeforeAgency(text, slash).ifPresent(found::add); // "… in Tokyo. Hans Weber/dpa"
            }
        }
    }

    /**
     * The photographer a caption names right before the slash and the agency that end its line, after
     * the caption's last stop or at the line's start: "Hans Weber" of "… in Tokyo. Hans Weber/dpa".
     */
    private Optional<Mention> nameBeforeAgency(String text, int slash) {
        int lineStart = text.lastIndexOf('\n', slash - 1) + 1;
        List<Token> tokens = Tokenizer.tokens(text, lineStart, slash);
        int start = tokens.size();
        while (start > 0 && tokens.size() - start < LONGEST_BYLINE_NAME && isNameWord(tokens, start - 1)) {
            start--;
        }
        boolean afterStop = start == 0 || tokens.get(start - 1).isPunctuation('.');
        if (tokens.size() - start < 2 || !afterStop) {
            return Optional.empty();
        }
        return Optional.of(mention(text, tokens, start, start, tokens.size(), -1, Optional.empty(), Optional.empty(),
                false, tokens.size(), Optional.empty(), Optional.empty()));
    }

    /** Whether a word in capitals reads as a word, not an abbreviation: three letters or more, a vowel among them. */
    private static boolean spelledAsWord(String word) {
        return word.length() >= 3 && word.chars().anyMatch(c -> "AEIOUY".indexOf(Character.toUpperCase(c)) >= 0);
    }

    /**
     * "Photo: Australian Associated Press / Ben McKay", "Photo: AFP PHOTO / BEN MCKAY": the
     * photographer named after the agency and a slash.
     */
    private Mention nameAfterAgency(String text, List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isPunctuation('/')) {
                Mention name = nameAt(text, tokens, k + 1);
                if (name == null) {
                    name = nameInCapitalsAt(text, tokens, k + 1); // "Photo: AFP PHOTO / TOM HALE", not "/ MFA CZ"
                    name = name != null && name.nameTokens().stream().allMatch(PersonFinder::spelledAsWord) ? name : null;
                }
                if (name != null && name.end() == tokens.size()) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * A line that opens with a name and goes on with the story's metadata: "Muhammad Irfan
     * Published May 21, 2022", "Tamilla Mammadova – Trend:", "Adriana Smirnova, 01.08.2014".
     */
    private Mention signedLine(String text, List<Token> tokens) {
        Mention name = nameAt(text, tokens, 0);
        if (name == null || name.end() >= tokens.size()) {
            return null; // a line that is only a name may be a heading or a caption
        }
        int after = name.end();
        if (lexicons.isCue(Lexicons.Cue.SIGNED_LINE, tokens, after)) {
            return name;
        }
        boolean separator = tokens.get(after).isDash() || tokens.get(after).isPunctuation(',')
                || tokens.get(after).isPunctuation('|') || tokens.get(after).isPunctuation('(');
        boolean metadata = after + 1 < tokens.size() && (tokens.get(after + 1).isNumber()
                || tokens.get(after + 1).isAllCaps() || tokens.get(after + 1).text().startsWith("@")
                || after + 2 == tokens.size() || tokens.get(after + 2).isPunctuation(':'));
        return separator && metadata ? name : null;
    }

    /** Two to four name words from a token on, ending the line or before punctuation. */
    private Mention nameAt(String text, List<Token> tokens, int start) {
        if (start >= tokens.size() || !isNameWord(tokens, start)) {
            return null;
        }
        int end = start;
        while (end < tokens.size() && end - start < LONGEST_BYLINE_NAME && isNamePart(tokens, end, start)) {
            end++;
        }
        boolean closed = end == tokens.size() || !tokens.get(end).isWord()
                || lexicons.isCue(Lexicons.Cue.SIGNED_LINE, tokens, end) || lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, end);
        if (end - start < 2 || !closed) {
            return null;
        }
        return mention(text, tokens, start, start, end, -1, Optional.empty(), Optional.empty(), false, end,
                Optional.empty(), Optional.empty());
    }
}
