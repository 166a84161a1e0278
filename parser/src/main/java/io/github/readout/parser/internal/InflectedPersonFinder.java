package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds people as a language that inflects its names writes them (Russian): a title in lower case
 * after its first word, then the country or body in the genitive, then the name, all in the case
 * of their place in the sentence ("с министром иностранных дел Турции Хаканом Фиданом"). Each
 * mention keeps its span as written and gives its name and title in the nominative, which a list
 * of people would use.
 */
final class InflectedPersonFinder implements PersonReader {

    /** The most tokens between a title's first word and the name it belongs to. */
    private static final int LONGEST_TITLE = 18;

    /** The most words of a name. */
    private static final int LONGEST_NAME = 4;

    private final Lexicons lexicons;
    private final Declension declension;
    /** The pack's rules that do not depend on inflection: bylines, the country a delegation's list passes down. */
    private final PersonFinder uninflected;

    InflectedPersonFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.declension = lexicons.declension;
        this.uninflected = new PersonFinder(lexicons);
    }

    @Override
    public List<Mention> find(String text, List<Token> tokens, int sentence) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int placeName = lexicons.placeNameEnd(tokens, i);
            if (placeName > 0) {
                i = placeName; // "в аэропорту Гейдар Алиев": the airport's name, no person
                continue;
            }
            List<Mention> titled = titled(text, tokens, i, sentence);
            if (titled.size() == 1 && titled.get(0).title().isEmpty()) {
                titled = List.of(withTitleAfter(text, tokens, titled.get(0))); // "Е.П. Янис Озолс, посол Латвии"
            }
            if (!titled.isEmpty()) {
                mentions.addAll(titled);
                i = Math.max(titled.get(titled.size() - 1).end(), i + 1);
                continue;
            }
            PhraseIndex.Match<Lexicons.Organization> body = lexicons.organizations.longest(tokens, i);
            if (body != null && body.end() > i + 1) {
                i = body.end(); // "торага Жогорку Кенеша Нурланбека Шакиева": no name starts inside a body's name
                continue;
            }
            Mention mention = afterPreposition(text, tokens, i, sentence);
            mention = mention != null ? withTitleAfter(text, tokens, mention) : untitled(text, tokens, i, sentence);
            if (mention != null) {
                mentions.add(mention);
                i = Math.max(mention.end(), i + 1);
            } else {
                i++;
            }
        }
        uninflected.delegationCountries(tokens, mentions); // "с президентом Монголии A и главой МИД B": B is Mongolian
        for (int m = 0; m < mentions.size(); m++) { // by index: no lambda made for each sentence
            mentions.set(m, withSideOrOfficeCountry(tokens, mentions.get(m)));
        }
        return mentions;
    }

    private Mention withSideOrOfficeCountry(List<Token> tokens, Mention mention) {
        // "Азербайджан представлял вице-премьер A", "Делегацию Грузии возглавил заместитель министра B": the side led
        Mention m = mention.country().isPresent() || mention.international() ? mention
                : mention.withCountry(uninflected.sideOf(tokens, mention.first()));
        // Weaker than the text's own words: the office's country ("Аким … области" is Kazakh)
        return m.country().isPresent() || m.international() || m.title().isEmpty() ? m
                : m.withCountry(lexicons.countryOfTitleOpening(m.title().get()));
    }

    /**
     * "Министр иностранных дел Казахстана Асхат Бекмуханов", "турецким коллегой Озаном Кылычем",
     * "помощника Государственного секретаря США … Дэниела Морриса".
     */
    private List<Mention> titled(String text, List<Token> tokens, int start, int sentence) {
        int j = start;
        // Made only where peoples' adjectives or a title may open a window: most words open none.
        Window window = isDemonym(tokens, j) ? new Window() : null;
        j = window == null ? j : peoplesAdjectives(tokens, j, window);
        int honorificEnd = honorificsEnd(tokens, j);
        boolean counterpart = lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, j);
        PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, j);
        if (title != null && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, j)) {
            title = null; // "После церемонии": the preposition, not "о после" of an ambassador
        }
        PhraseIndex.Match<Lexicons.CountryEntry> place = title == null ? null : lexicons.countries.longest(tokens, j);
        if (place != null && place.end() > title.end()) {
            title = null; // "делегация Новой Зеландии": a country's name, not the modifier "новый" before a name
        }
        if (title == null && !counterpart && honorificEnd == j) {
            return List.of();
        }
        window = window == null ? new Window() : window;
        window.titled = title != null;
        window.titleStart = j;
        window.at = title != null ? title.end() : counterpart ? lexicons.cueEnd(Lexicons.Cue.COUNTERPART_NOUN, tokens, j)
                : honorificEnd;
        window.titleEnd = title != null ? window.at : -1;
        int limit = Math.min(tokens.size(), window.titleStart + LONGEST_TITLE);
        // "Генконсул Японии в Хабаровске Валерий Сахно": a town after "в" is where the office is held, no name's word
        // "депутат Орловского областного Совета Иван Петров": a capitalised word before a region's noun names the region
        while (window.at < limit && (!isNameWord(tokens, window.at) || window.titled && isUnlistedTown(tokens, window.at)
                && window.at + 1 < limit && isNameWord(tokens, window.at + 1)
                || window.titled && lexicons.isCue(Lexicons.Cue.REGION_NOUN, tokens, window.at + 1)
                || window.titled && namesTheRegion(tokens, window, window.at))) {
            if (!step(text, tokens, window, limit)) {
                return List.of();
            }
        }
        int k = window.at;
        if (k >= limit || !isNameWord(tokens, k)) {
            return List.of();
        }
        if (window.pending == k && window.titled) {
            window.titleEnd = k; // "первый заместитель главы ведомства Ержан Ашикбаев"
        }
        if (window.titled && namesTheOfficesPlace(tokens, k, limit)) {
            window.titleTo(k + 1); // "мэр Зеленодольска Павел Круглов": the town is the office's, the name follows
            k = window.at;
        }
        int nameEnd = nameEnd(tokens, k);
        if (nameEnd - k == 1 && nameEnd < tokens.size() && lexicons.countries.longest(tokens, nameEnd) != null) {
            return List.of(); // "председатель Великого государственного Хурала Монголии": a body of a country, no name
        }
        if (nameEnd - k == 1 && window.titled && lexicons.endsAt(Lexicons.Cue.REGION_NAME_NOUN, tokens, k, 2)) {
            return List.of(); // "с представителями муниципалитета города Ковров": one word after a town's noun is the town
        }
        return holders(text, tokens, start, sentence, window, k, nameEnd);
    }

    /**
     * The holders of a title's window whose name is [k, nameEnd): the first, read in the case the
     * title marks or its given name shows, and those a plural title lists after it.
     */
    private List<Mention> holders(String text, List<Token> tokens, int start, int sentence, Window window, int k,
            int nameEnd) {
        Declension.Case marked = markedCase(tokens, window, k);
        Declension.Case inCase = caseOfName(tokens, marked, k, nameEnd);
        if (inCase == Declension.Case.NOM && !declension.showsNominativeTitle(tokens.get(window.titleStart).text())) {
            // "под руководством замглавы МИД Ваана Костаняна": a title that does not decline tells no case, and
            // "со спикером … Ерлана Кошанова" one the name does not show: a given name the pack knows tells it;
            // "Президент Абхазии Бадра Гунба" is a nominative the title shows
            inCase = givenNameCase(tokens, k, nameEnd).orElse(inCase);
        }
        Declension.Case titleCase = titleCase(tokens.get(window.titleStart).text(), marked, inCase);
        // "одними из первых Э. Рахмонова": a word of rank alone, no office's noun after it, is no title
        Optional<String> titleText = window.titleEnd > window.titleStart && isOfficesNoun(tokens,
                        pastWordsOfRank(tokens, window.titleStart, window.titleEnd))
                ? Optional.of(title(text, tokens, window.titleStart, window.titleEnd, titleCase) + hostOf(text, tokens, window))
                : Optional.empty();
        boolean pluralOffice = window.titled && isPluralOffice(tokens, window);
        boolean plural = pluralOffice && window.countries.size() >= 2;
        Optional<CountryCode> country = plural ? Optional.of(window.countries.get(0)) : window.country;
        Mention first = mention(text, tokens, start, k, nameEnd, sentence, titleText,
                window.international ? Optional.empty() : country, window.international, inCase, window.organization)
                .withHost(window.host);
        int second = nameEnd + 1;
        if (pluralOffice && window.countries.size() == 1) {
            // "Президенты Армении Арам Гукасян, Беларуси Олег Мороз …"
            List<Mention> listed = countriesListedWithNames(text, tokens, first, nameEnd, sentence, titleText, marked);
            if (listed.size() > 1) {
                return listed;
            }
        }
        // "представители Минской группы ОБСЕ Игорь Попов и Джеймс Уорлик", "Сенаторы США Джон Смит и Рон Вуд",
        // "Министры иностранных дел Иван Петров и Олег Смирнов": one office, of one body or country or of none, each one's
        boolean shared = pluralOffice && window.countries.size() <= 1;
        if (!plural && !shared || second >= tokens.size() || !lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, nameEnd)
                || !isNameWord(tokens, second)) {
            return List.of(first);
        }
        int secondEnd = nameEnd(tokens, second);
        // "Министры … Мурат Нуртлеу и Такаси Окада", "Сенаторы США Джон Смит и Анна Петрова": a first holder who
        // shows the nominative puts the list in it
        Declension.Case listed = inCase == Declension.Case.NOM && showsNominative(tokens, k, nameEnd)
                ? Declension.Case.NOM : caseOfName(tokens, marked, second, secondEnd);
        if (shared) {
            return List.of(first, mention(text, tokens, second, second, secondEnd, sentence, titleText, first.country(),
                    window.international, listed, window.organization));
        }
        // "президентов Армении и Сербии Арама Гукасяна и Александра Ристича": each of the title's holders
        Mention other = mention(text, tokens, second, second, secondEnd, sentence, titleText,
                Optional.of(window.countries.get(1)), false, listed, Optional.empty());
        return inListedOrder(first, other, window.countries);
    }

    /**
     * Where a title's words past those of rank before its office's noun start ("чрезвычайных и полномочных
     * послов"), or the last word of rank when nothing but such words stands before the title's end.
     */
    private int pastWordsOfRank(List<Token> tokens, int from, int end) {
        int at = from;
        PhraseIndex.Match<Lexicons.TitleRole> word = lexicons.titles.longest(tokens, at);
        while (word != null && word.value() == Lexicons.TitleRole.MODIFIER && word.end() < end) {
            at = word.end();
            word = lexicons.titles.longest(tokens, at);
        }
        return at;
    }

    /** Whether a title's word is no word of rank ("первых", "новых") but an office's noun or what follows it. */
    private boolean isOfficesNoun(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.TitleRole> word = lexicons.titles.longest(tokens, at);
        return word == null || word.value() != Lexicons.TitleRole.MODIFIER;
    }

    /** Whether a name shows the nominative: a given name the pack knows in it, or every word ending as only it does. */
    private boolean showsNominative(List<Token> tokens, int from, int to) {
        if (declension.showsNominative(tokens.get(from).text())) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (!declension.endsAsNominative(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first holder of a plural title and those listed after, each after the country they hold
     * it for: ", Азербайджана Ильхам Алиев, Беларуси Александр Лукашенко и …".
     */
    private List<Mention> countriesListedWithNames(String text, List<Token> tokens, Mention first, int from, int sentence,
            Optional<String> title, Declension.Case marked) {
        List<Mention> listed = new ArrayList<>(List.of(first));
        int k = from;
        while (k + 2 < tokens.size() && (tokens.get(k).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k))) {
            int at = lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k + 1) ? k + 2 : k + 1; // ", и"
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, at);
            if (country == null || country.value().form() != Lexicons.CountryForm.NAME || country.end() >= tokens.size()
                    || !isNameWord(tokens, country.end())) {
                break;
            }
            int nameEnd = nameEnd(tokens, country.end());
            listed.add(mention(text, tokens, at, country.end(), nameEnd, sentence, title, Optional.of(country.value().code()),
                    false, caseOfName(tokens, marked, country.end(), nameEnd), Optional.empty()));
            k = nameEnd;
        }
        return listed;
    }

    /**
     * "главы МИД России и Украины Дмитрий Кулеба и Сергей Лавров": the holders named in another
     * order than their countries, which the list of office holders tells, take each other's.
     */
    private List<Mention> inListedOrder(Mention first, Mention second, List<CountryCode> countries) {
        Optional<CountryCode> firstListed = lexicons.countryOfOfficial(first.nameTokens());
        Optional<CountryCode> secondListed = lexicons.countryOfOfficial(second.nameTokens());
        boolean swapped = firstListed.equals(Optional.of(countries.get(1))) || secondListed.equals(Optional.of(countries.get(0)));
        if (!swapped || firstListed.equals(Optional.of(countries.get(0))) || secondListed.equals(Optional.of(countries.get(1)))) {
            return List.of(first, second);
        }
        return List.of(first.withCountry(Optional.of(countries.get(1))), second.withCountry(Optional.of(countries.get(0))));
    }

    /**
     * "турецким коллегой", "российского и белорусского лидеров": the peoples' adjectives before a
     * title give the window its holders' countries, in order; where the title may start.
     */
    private int peoplesAdjectives(List<Token> tokens, int at, Window window) {
        if (!isDemonym(tokens, at)) {
            return at;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> demonym = lexicons.countries.longest(tokens, at);
        window.country = Optional.of(demonym.value().code());
        window.countries.add(demonym.value().code());
        int j = demonym.end();
        PhraseIndex.Match<Lexicons.CountryEntry> second = j + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, j)
                ? lexicons.countries.longest(tokens, j + 1) : null;
        if (second != null && second.value().form() == Lexicons.CountryForm.DEMONYM) {
            window.countries.add(second.value().code());
            j = second.end();
        }
        return j;
    }

    /** Whether a people's adjective starts at a token: "российский", "Казахстанской". */
    private boolean isDemonym(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> demonym = lexicons.countries.longest(tokens, at);
        return demonym != null && demonym.value().form() == Lexicons.CountryForm.DEMONYM;
    }

    /**
     * What the words between a title's first word and the name have said so far. Lower-case words
     * that go on with a title ("по делам", "ведомства") are its words when more title words or the
     * name follow them ({@code pending}), not when a country does: the country after a title is
     * the holder's, and no part of the title.
     */
    private static final class Window {
        int at;
        int titleStart;
        int titleEnd;
        int pending = -1;
        /** Where "в России" of "посол Армении в России" starts, past the title's own words, or -1. */
        int hostStart = -1;
        int hostEnd = -1;
        /** The country an office is held in: Moldova of "посол РФ в Кишиневе". */
        Optional<CountryCode> host = Optional.empty();
        boolean titled;
        boolean international;
        /** Whether the title is held by each of two sides it does not name: "главы МИД двух стран". */
        boolean bothSides;
        /** Whether the first office ended at a country told before ("министр … этой страны"); a second may follow. */
        boolean closed;
        Optional<CountryCode> country = Optional.empty();
        /** Every country the window names as its holders', in order: a plural title names several. */
        final List<CountryCode> countries = new ArrayList<>();
        Optional<String> organization = Optional.empty();

        /** The words read up to {@code end} are the title's. */
        void titleTo(int end) {
            at = end;
            if (titled) {
                titleEnd = end;
            }
            pending = -1;
        }
    }

    /**
     * Passes a town's noun at {@code k}: "консул в г. Владивостоке", the city's name comes next; "Глава города
     * Владивостока", the noun right after the office is the office's, as the town after it is.
     */
    private static void passTownsNoun(Window window, int k, int nounEnd) {
        if (window.titleEnd == k) {
            window.titleTo(nounEnd);
        } else {
            window.at = nounEnd;
        }
    }

    /** Reads the words at the window's position; false when they cannot stand between a title and a name. */
    private boolean step(String text, List<Token> tokens, Window window, int limit) {
        int k = window.at;
        PhraseIndex.Match<Lexicons.TitleRole> more = lexicons.titles.longest(tokens, k);
        PhraseIndex.Match<Lexicons.CountryEntry> place = lexicons.countries.longest(tokens, k);
        PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, k);
        PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
        if (window.closed) {
            return stepOverSecondOffice(tokens, window, k, Math.max(Math.max(end(more), end(org)), end(place)));
        }
        if (window.titled && lexicons.isCue(Lexicons.Cue.COUNTRY_ANAPHOR, tokens, k)) {
            // "министром иностранных дел этой страны": the office of the country told before, which ends it
            window.titleEnd = k;
            window.country = lexicons.countryNamedBefore(tokens, window.titleStart);
            window.at = lexicons.cueEnd(Lexicons.Cue.COUNTRY_ANAPHOR, tokens, k);
            window.pending = -1;
            window.closed = true;
            return true;
        }
        if (window.titled && lexicons.isCue(Lexicons.Cue.BOTH_SIDES, tokens, k)) {
            window.bothSides = true; // "главы МИД двух стран A и B": the office of each, no part of its title
            window.at = lexicons.cueEnd(Lexicons.Cue.BOTH_SIDES, tokens, k);
            window.pending = -1;
            return true;
        }
        if (more != null && (place == null || more.end() >= place.end()) && opensAnotherTitle(tokens, window, k)) {
            // "встрече глав государств … Президентами Армении Арамом Гукасяном"
            window.titleStart = k;
            window.titled = true;
            window.country = Optional.empty();
            window.countries.clear();
            window.organization = Optional.empty();
            window.international = false;
            window.titleTo(more.end());
        } else if (more != null && (place == null || more.end() >= place.end())) {
            window.titleTo(more.end());
        } else if (place != null && (org == null || org.end() <= place.end())) {
            placeInTitle(tokens, window, k, place); // "Минской группы ОБСЕ" is a body, not the town it is named after
        } else if (window.titled && cityNounBeforePlace(tokens, k) > k) {
            passTownsNoun(window, k, cityNounBeforePlace(tokens, k));
        } else if (org != null) {
            bodyInTitle(text, tokens, window, k, org);
        } else if (honorific != null) {
            if (window.titled && window.pending == k) {
                window.titleEnd = k; // "атташе по вопросам обороны полковника X": the rank follows the title's words
            }
            window.at = honorific.end();
            window.pending = -1;
        } else {
            return stepOverOtherWord(tokens, window, limit, k);
        }
        return true;
    }

    /** A body in a title's window: the holder's body, and its country when the body has one. */
    private void bodyInTitle(String text, List<Token> tokens, Window window, int k, PhraseIndex.Match<Lexicons.Organization> org) {
        // "постоянный представитель Турции при ООН", "министр Турции по делам ЕС": a body named after the holder's
        // state is what the office deals with or is accredited to, not whose the holder is
        window.international |= org.value().country().isEmpty() && window.country.isEmpty();
        window.country = window.country.or(() -> org.value().country());
        window.organization = Optional.of(Span.of(tokens.get(k).start(), tokens.get(org.end() - 1).end()).cut(text));
        window.titleTo(org.end());
        int state = stateClosingBody(tokens, k, org.end());
        if (window.titled && state > k) {
            window.titleEnd = state; // "секретарь Совбеза России": the country the body's name ends with is the holder's
        }
    }

    /**
     * Where the name of a state that closes a body's name starts when the words before it are a body of the
     * pack on their own ("Совбеза России", as "Совбез" alone is one); -1 otherwise: "Госсовета КНР" is one name.
     */
    private int stateClosingBody(List<Token> tokens, int from, int end) {
        PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countryEndingAt(tokens, end, end - from - 1);
        if (state == null || state.value().form() != Lexicons.CountryForm.NAME) {
            return -1;
        }
        PhraseIndex.Match<Lexicons.Organization> bodyAlone = lexicons.organizations.longest(tokens.subList(0, state.start()), from);
        return bodyAlone != null && bodyAlone.end() == state.start() ? state.start() : -1;
    }

    /**
     * Past the words of a second office after one that has ended ("…, председателем ОБСЕ"), which the title
     * leaves out; false at a word no office has.
     */
    private boolean stepOverSecondOffice(List<Token> tokens, Window window, int k, int lexiconEnd) {
        if (lexiconEnd < 0 && !tokens.get(k).isPunctuation(',') && !continuesTitle(tokens, k)) {
            return false;
        }
        window.at = Math.max(lexiconEnd, k + 1);
        return true;
    }

    private static int end(PhraseIndex.Match<?> match) {
        return match == null ? -1 : match.end();
    }

    /** Reads a word of no lexicon at the window's position: a region, an abbreviation, brackets, a comma, a lower-case word. */
    private boolean stepOverOtherWord(List<Token> tokens, Window window, int limit, int k) {
        if (window.titled && tokens.get(k).isCapitalized() && lexicons.isCue(Lexicons.Cue.REGION_NOUN, tokens, k + 1)) {
            window.titleTo(lexicons.cueEnd(Lexicons.Cue.REGION_NOUN, tokens, k + 1)); // "губернатор Мурманской области"
        } else if (window.titled && namesTheRegion(tokens, window, k)) {
            window.titleTo(k + 1); // "губернатор префектуры Тоттори"
        } else if (window.titled && tokens.get(k).isWord() && tokens.get(k).isAllCaps() && tokens.get(k).text().length() > 1) {
            window.titleTo(k + 1); // "генеральным секретарем ССАГПЗ": an abbreviation in a title names a body
        } else if (tokens.get(k).isCapitalized() && isVocabulary(tokens, k)) {
            window.titleTo(k + 1); // "по делам Центральной и Южной Азии": a region's name goes on with the title
        } else if (window.titled && isUnlistedTown(tokens, k) && k + 1 < limit && isNameWord(tokens, k + 1)) {
            window.titleTo(k + 1); // "Генконсул Японии в Хабаровске Валерий Сахно": where the office is held
        } else if (window.titled && lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k) && k + 1 < limit
                && lexicons.titles.longest(tokens, k + 1) != null) {
            // "между генеральным секретарем и президентом Садыром Жапаровым": the name is the second's
            window.titleStart = k + 1;
            window.country = Optional.empty();
            window.titleTo(lexicons.titles.longest(tokens, k + 1).end());
        } else if (window.titled && bodysShortName(tokens, window, k, limit)) {
            // "секретарь Совета безопасности (СБ) РФ": the short name of the body the title's words have just named
            window.titleTo(k + 3);
        } else if (tokens.get(k).isPunctuation('(') && closingParenthesis(tokens, k, limit) > 0) {
            window.at = closingParenthesis(tokens, k, limit) + 1; // "парламента Эстонии (Риигикогу) Эйки Нестором"
        } else if (window.titled && closingQuote(tokens, k, limit) > 0) {
            window.titleTo(closingQuote(tokens, k, limit) + 1); // "руководителем фракции «Мой шаг» Лилит Акопян"
        } else if (window.titled && tokens.get(k).isPunctuation(',') && k + 1 < limit && !isNameWord(tokens, k + 1)
                && lexicons.titles.longest(tokens, k + 1) != null
                && declension.caseOf(tokens.get(k + 1).text()) == declension.caseOf(tokens.get(window.titleStart).text())) {
            // "заместитель Председателя Кабинета Министров, министр иностранных дел": two offices of one person, in
            // one case; the second is what the person holds for a country ("председатель ОБСЕ, министр … Сербии")
            window.at = k + 1;
            window.pending = k + 1;
            window.organization = Optional.empty();
            window.international = false;
        } else if (window.titled && tokens.get(k).isPunctuation(',') && listedPortfolioAfter(tokens, k + 1, limit)) {
            window.at = k + 1; // "министр по делам Европы, культуры и иностранных дел": one office's portfolios
            window.pending = k + 1;
        } else if ((tokens.get(k).isPunctuation(',') || tokens.get(k).isDash()) && k + 1 < limit && isNameWord(tokens, k + 1)) {
            // "президент Казахстана, Касым-Жомарт Токаев", "Премьер-министры России и Азербайджана — Мишустин и
            // Асадов": the name set off by a comma or a dash
            window.at = k + 1;
        } else if (window.titled && townsAbbreviationAt(tokens, window, k)) {
            // "председатель городской Думы г. Ковров Олег Светлов", "глава округа – г. Ковров …": past the town's
            // abbreviated noun and its full stop, to the town's name and the name after it
            window.at = lexicons.cueEnd(Lexicons.Cue.REGION_NAME_NOUN, tokens, tokens.get(k).isDash() ? k + 1 : k);
            window.pending = window.at;
        } else if (continuesTitle(tokens, k)) {
            window.at = k + 1;
            window.pending = k + 1;
        } else {
            return false;
        }
        return true;
    }

    /**
     * "г.", or a dash before it: a town's noun of more than one token, whose full stop ends no title when the
     * town's name and a name of two words follow it.
     */
    private boolean townsAbbreviationAt(List<Token> tokens, Window window, int k) {
        int at = tokens.get(k).isDash() ? k + 1 : k;
        int end = at < tokens.size() ? lexicons.cueEnd(Lexicons.Cue.REGION_NAME_NOUN, tokens, at) : -1;
        return end > at + 1 && namesTheRegion(tokens, window, end);
    }

    /**
     * "мэр Зеленодольска Павел Круглов", "пресс-секретаря Президента Дмитрия Пескова": a capitalised word right after
     * an office, in the genitive it governs, before a given name the pack knows and a surname, names what the office
     * is of, as no name's word does: a name's first word is its given name. A patronymic that ends the name shows
     * the surname first ("глава района Петрова Анна Ивановна").
     */
    private boolean namesTheOfficesPlace(List<Token> tokens, int k, int limit) {
        if (k + 2 >= limit || isAnyGivenName(tokens.get(k)) || !isAnyGivenName(tokens.get(k + 1))
                || !isNameWord(tokens, k + 1) || !isNamePart(tokens, k + 2, k + 1)) {
            return false;
        }
        String word = tokens.get(k).text();
        // "глава Минэкономразвития Ольга Сергеевна Петрова": a surname after the patronymic puts the name after the word
        boolean surnameFirst = declension.isPatronymic(tokens.get(k + 2).text())
                && !(k + 3 < tokens.size() && isNamePart(tokens, k + 3, k + 1));
        return !declension.nameWord(word, Declension.Case.GEN).equals(word) && !surnameFirst;
    }

    /**
     * "губернатором префектуры Тоттори Синдзи Хираи": a capitalised word after a region's noun names
     * the region when it does not show the case the title marks (an inflected word is the name's:
     * "министром транспорта провинции Питером Джоном Моло") and a name of two words at least follows it.
     */
    private boolean namesTheRegion(List<Token> tokens, Window window, int k) {
        if (k < 1 || k + 2 >= tokens.size() || !tokens.get(k).isCapitalized()
                || !lexicons.endsAt(Lexicons.Cue.REGION_NAME_NOUN, tokens, k, 2)
                || !isNameWord(tokens, k + 1) || !isNameWord(tokens, k + 2)) {
            return false;
        }
        if (declension.isPatronymic(tokens.get(k + 2).text()) && !(k + 3 < tokens.size() && isNamePart(tokens, k + 3, k + 1))) {
            return false; // "глава округа Семенова Вера Павловна": a surname before a given name and patronymic
        }
        Declension.Case marked = markedCase(tokens, window, k);
        return marked == Declension.Case.NOM || !declension.fitsCase(tokens.get(k).text(), marked);
    }

    /** A capitalised word after "в" that declines as a town the lexicons do not list: "в Хабаровске". */
    private boolean isUnlistedTown(List<Token> tokens, int k) {
        String written = tokens.get(k).text();
        return k > 0 && tokens.get(k).isCapitalized() && lexicons.isCue(Lexicons.Cue.PLACE_IN, tokens, k - 1)
                && !declension.placeName(written).equals(written);
    }

    /** A country or town in a title's window: the holder's country, or where the office is held. */
    private void placeInTitle(List<Token> tokens, Window window, int k, PhraseIndex.Match<Lexicons.CountryEntry> place) {
        if (window.titled && window.pending == k && window.countries.isEmpty()
                && !lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, k - 1)) {
            window.titleEnd = k; // "глава внешнеполитического ведомства России": the words before the country
        }
        int host = hostPreposition(tokens, k);
        int regionNounEnd = place.value().form().isTown() ? lexicons.cueEnd(Lexicons.Cue.REGION_NOUN, tokens, place.end()) : -1;
        if (host < 0 && window.titled && window.titleEnd == k
                && (place.value().form() == Lexicons.CountryForm.REGION || regionNounEnd > 0 || place.value().form().isTown())) {
            // "Президент Республики Татарстан", "губернатор Омской области", "Мэр Краснодара": the region or the town is
            // the office's, its country the holder's
            window.country = window.country.or(() -> Optional.of(place.value().code()));
            window.titleTo(Math.max(place.end(), regionNounEnd));
            return;
        }
        if (host < 0) {
            window.country = window.country.or(() -> Optional.of(place.value().code()));
            window.countries.add(place.value().code());
        } else if (window.titled && window.countries.isEmpty() && window.titleEnd == host) {
            window.titleEnd = place.end(); // "посол в России": where the office is held is part of it
            window.host = Optional.of(place.value().code());
        } else if (window.titled && window.titleEnd < host && window.hostStart < 0) {
            window.hostStart = host; // "посол Армении в России": the title is "посол в России"
            window.hostEnd = place.end();
            window.host = Optional.of(place.value().code());
        }
        window.at = place.end();
        window.pending = -1;
    }

    /** " в России" when the window names where the office is held apart from the title's words, else "". */
    private static String hostOf(String text, List<Token> tokens, Window window) {
        if (window.hostStart < 0 || window.hostStart < window.titleEnd) {
            return "";
        }
        return " " + Span.of(tokens.get(window.hostStart).start(), tokens.get(window.hostEnd - 1).end()).cut(text);
    }

    /**
     * Whether an abbreviation alone in parentheses at {@code open} follows the title's own words, not a
     * country that ended them ("парламента Эстонии (Риигикогу)"): the short name of the body they name.
     */
    private static boolean bodysShortName(List<Token> tokens, Window window, int open, int limit) {
        if (open + 2 >= limit || !tokens.get(open).isPunctuation('(') || !tokens.get(open + 2).isPunctuation(')')) {
            return false;
        }
        Token inside = tokens.get(open + 1);
        return inside.isWord() && inside.isAllCaps() && inside.text().length() > 1
                && (window.titleEnd == open || window.pending == open);
    }

    /** The most words an aside in parentheses between a title and a name may have. */
    private static final int LONGEST_ASIDE = 6;

    /** Where the quotation a guillemet opens at {@code open} closes, a few words on ("«Мой шаг»"), or -1. */
    private static int closingQuote(List<Token> tokens, int open, int limit) {
        if (!tokens.get(open).isPunctuation('«')) {
            return -1;
        }
        for (int k = open + 1; k < limit && k <= open + LONGEST_ASIDE + 1; k++) {
            if (tokens.get(k).isPunctuation('»')) {
                return k;
            }
        }
        return -1;
    }

    /** Where the parenthesis opened at a token closes, within an aside's length and the window, or -1. */
    private static int closingParenthesis(List<Token> tokens, int open, int limit) {
        for (int k = open + 1; k < limit && k <= open + LONGEST_ASIDE + 1; k++) {
            if (tokens.get(k).isPunctuation(')')) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The case the title marks: its first word's, or, when that word shows none ("премьер —
     * министром"), the first later title word that shows one; a singular genitive after a first word
     * that shows the nominative is that word's complement ("заместитель министра … Мариса Лаго"), unless
     * the given name at the name's start shows the genitive too.
     */
    private Declension.Case markedCase(List<Token> tokens, Window window, int nameStart) {
        Declension.Case marked = declension.caseOf(tokens.get(window.titleStart).text());
        if (window.titleStart > 0 && isActingMark(tokens, window.titleStart)) {
            // "с и.о. министра … Д.Н.Кокоевым": the office after an acting mark is in the genitive it governs;
            // the preposition before the mark tells the name's case, if it tells one
            Declension.Case governed = declension.caseOf(tokens.get(window.titleStart - 1).text());
            if (governed != Declension.Case.NOM) {
                return governed;
            }
        }
        boolean nominativeHead = declension.showsNominativeTitle(tokens.get(window.titleStart).text())
                && declension.caseOfGivenName(tokens.get(nameStart).text()).orElse(null) != Declension.Case.GEN;
        for (int k = window.titleStart + 1; marked == Declension.Case.NOM && k < window.titleEnd; k++) {
            if (lexicons.titles.longest(tokens, k) != null) {
                String word = tokens.get(k).text();
                Declension.Case later = declension.caseOf(word);
                boolean complement = nominativeHead && later == Declension.Case.GEN && !declension.isPlural(word);
                marked = complement ? marked : later;
            }
        }
        return marked;
    }

    /** Whether a title opens with a mark of who acts in an office, which does not decline: "и.о.", "врио". */
    private boolean isActingMark(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.TitleRole> mark = lexicons.titles.longest(tokens, at);
        return mark != null && mark.value() == Lexicons.TitleRole.MODIFIER && mark.end() == at + 1
                && declension.listedCase(tokens.get(at).text()).orElse(null) == Declension.Case.NOM;
    }

    /**
     * The case of a title: the one its first word marks, also before a name that does not
     * decline ("госсекретарем … Марко Рубио"); but a plural ("министры"), whose ending a
     * genitive shares, stays as the name is, unless no nominative ends as it does ("президентов … Луи Моро").
     */
    private Declension.Case titleCase(String head, Declension.Case marked, Declension.Case ofName) {
        Optional<Declension.Case> listed = declension.listedCase(head);
        if (listed.isPresent()) {
            return listed.get();
        }
        return marked == Declension.Case.GEN && ofName == Declension.Case.NOM && declension.isPlural(head)
                && declension.mayBeNominativePlural(head) ? ofName : marked;
    }

    /** The most portfolios listed between a comma and the "и" of an office's list: "экономики, торговли, туризма и". */
    private static final int LISTED_PORTFOLIO_WORDS = 3;

    /**
     * Whether a title's portfolio list goes on at a token: words that go on with a title, then "и" and
     * another such word before any other mark ("культуры и иностранных дел").
     */
    private boolean listedPortfolioAfter(List<Token> tokens, int at, int limit) {
        for (int k = at; k < limit && k <= at + LISTED_PORTFOLIO_WORDS; k++) {
            if (k > at && lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k)) {
                return k + 1 < limit && continuesTitle(tokens, k + 1);
            }
            if (!continuesTitle(tokens, k) && !(k > at && tokens.get(k).isPunctuation(','))) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case word that may go on with a title: no verb, meeting word or preposition of a counterpart. */
    private boolean continuesTitle(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (lexicons.isCue(Lexicons.Cue.TITLE_CONTINUATION, tokens, at)) {
            return true;
        }
        return token.isWord() && token.isLowerCase() && !declension.looksLikeVerb(token.text())
                && !lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, at)
                && !lexicons.isCue(Lexicons.Cue.SPEECH_VERB, tokens, at) && !lexicons.isCue(Lexicons.Cue.PERSON_VERB, tokens, at)
                && !lexicons.isCue(Lexicons.Cue.COUNTERPART, tokens, at) && !lexicons.isCue(Lexicons.Cue.FUTURE, tokens, at)
                && lexicons.triggers.longest(tokens, at) == null && DateWords.weekday(token.key()) == null
                && DateWords.relativeDay(token.key()) == null && Months.numberOfKey(token.key()) == 0;
    }

    /** "переговоры с Хаканом Фиданом": two or more name words after a preposition that sets their case. */
    private Mention afterPreposition(String text, List<Token> tokens, int at, int sentence) {
        if (at + 2 >= tokens.size() || !lexicons.isCue(Lexicons.Cue.COUNTERPART, tokens, at) || !isNameWord(tokens, at + 1)) {
            return null;
        }
        int end = nameEnd(tokens, at + 1);
        if (end - (at + 1) < 2) {
            return null;
        }
        Declension.Case inCase = caseOfName(tokens, declension.caseOf(tokens.get(at).text()), at + 1, end);
        if (inCase == Declension.Case.NOM) {
            // "принял Ерлана Кошанова": a verb marks no case its ending shows, a given name the pack knows does
            inCase = givenNameCase(tokens, at + 1, end).orElse(inCase);
        }
        return mention(text, tokens, at + 1, at + 1, end, sentence, Optional.empty(), Optional.empty(), false, inCase,
                Optional.empty());
    }

    /** The oblique case a known given name opening a name shows, when the rest of the name fits it: "Ерлана Кошанова". */
    private Optional<Declension.Case> givenNameCase(List<Token> tokens, int from, int to) {
        Optional<Declension.Case> given = declension.caseOfGivenName(tokens.get(from).text());
        // "Джорджа Мелони" is a nominative the surname shows: a surname of two or more words' name must show the case too
        return given.filter(c -> c != Declension.Case.NOM && caseOfName(tokens, c, from, to) == c
                && (to - from < 2 || declension.fitsCase(tokens.get(to - 1).text(), c)));
    }

    /**
     * The case a word before a name puts it in, when a word of the name shows an ending of that
     * case: a plural title in the genitive before a nominative name ("министры … Сергей Лавров")
     * does not, nor does a name that does not decline ("Си Цзиньпин" keeps "Си").
     */
    private Declension.Case caseOfName(List<Token> tokens, Declension.Case marked, int from, int to) {
        if (to - from >= 2 && marked == Declension.Case.GEN && declension.showsNominative(tokens.get(from).text())
                && declension.mayBeNominative(tokens.get(to - 1).text())) {
            // "Главы МИД …, Мурат Нуртлеу и Андрей Сибига": the given name shows the nominative, and
            // "Сибига" is one as much as a genitive
            return Declension.Case.NOM;
        }
        String surname = tokens.get(to - 1).text();
        if (to - from >= 2 && marked != Declension.Case.NOM && declension.mayBeNominative(tokens.get(from).text())
                && declension.endsAsNominative(surname) && !declension.fitsCase(surname, marked)) {
            // "помощник президента Никола Петрович": a man's surname declines with his given name, and
            // "Петрович" shows the nominative that "Никола" shares with a genitive
            return Declension.Case.NOM;
        }
        if (to - from >= 2 && marked != Declension.Case.NOM && neverDeclines(tokens.get(from).text(), surname, marked)) {
            // "посла Японии Нобуаки Ито": a surname that never declines shows no case, and a given name the pack
            // does not know, that ends as such names do, tells none, though "Нобуаки" ends as a genitive does
            return Declension.Case.NOM;
        }
        if (to - from >= 3 && marked != Declension.Case.NOM && showsNominativeAtBothEnds(tokens.get(from).text(), surname, marked)) {
            // "послом Республики Гаити Марк Фавела Ришар": a man's given name and surname both show the nominative,
            // so the word between them is one too, though "Фавела" ends as a genitive does
            return Declension.Case.NOM;
        }
        for (int k = from; k < to; k++) {
            if (!isParticle(tokens, k) && declension.fitsCase(tokens.get(k).text(), marked)) {
                return marked;
            }
        }
        return Declension.Case.NOM;
    }

    /** Whether a name's given name and surname both end as foreign names that never decline do, and the surname shows no case. */
    private boolean neverDeclines(String given, String surname, Declension.Case marked) {
        // "посла Аннику Гуле": a woman's accusative declines the given name alone
        return declension.endsAsIndeclinable(given) && !declension.mayBeAccusative(given) && declension.endsAsIndeclinable(surname)
                && !declension.fitsCase(surname, marked) && declension.caseOfGivenName(given).isEmpty();
    }

    /** Whether a name's first and last words both end as only a nominative does, neither as the case marked. */
    private boolean showsNominativeAtBothEnds(String given, String surname, Declension.Case marked) {
        return declension.endsAsNominative(given) && declension.endsAsNominative(surname)
                && !declension.fitsCase(given, marked) && !declension.fitsCase(surname, marked);
    }

    /**
     * "Шавкат Мирзиёев и Владимир Путин обменялись …": two or three name words in a row. A
     * language that capitalises only names writes few other such runs, and the lexicons claim
     * those (places, bodies, the words of their names).
     */
    private Mention untitled(String text, List<Token> tokens, int at, int sentence) {
        if (!isNameWord(tokens, at) || !isCyrillic(tokens.get(at))) {
            return null;
        }
        if (at == 0 && declension.looksLikeVerb(tokens.get(at).text()) && declension.caseOfGivenName(tokens.get(at).text()).isEmpty()) {
            return null; // "Сопровождают Жапарова …": a verb opening the sentence
        }
        boolean alone = at + 1 >= tokens.size() || !isNameWord(tokens, at + 1);
        if (alone) {
            return officialBySurname(text, tokens, at, sentence);
        }
        int end = nameEnd(tokens, at);
        if (at > 0 && lexicons.isCue(Lexicons.Cue.PLACE_IN, tokens, at - 1) && end - at >= 3) {
            return null; // "В Омске Керим Кожамбердиев": the word after "в" is a town, the name follows it
        }
        if (at > 0 && lexicons.isCue(Lexicons.Cue.CITY_NOUN, tokens, at - 1) && end - at >= 3) {
            return null; // "в городе Дархан Алексей Цыденов": a town after its noun, the name after it
        }
        List<NameReading> readings = readings(text, tokens, at, end);
        NameReading reading = officialReading(readings).orElse(readings.get(0));
        Span span = Span.of(tokens.get(at).start(), tokens.get(end - 1).end());
        Mention plain = new Mention(reading.name(), reading.words(), span, at, end, sentence, Optional.empty(), Optional.empty(),
                false, Optional.empty(), Optional.empty());
        return withStateAfterDash(tokens, withTitleAfter(text, tokens, plain));
    }

    /** "Ким Мин Хо – Республика Корея,": a roll call of envoys, each name with its state after a dash. */
    private Mention withStateAfterDash(List<Token> tokens, Mention mention) {
        int dash = mention.end();
        if (mention.country().isPresent() || dash + 1 >= tokens.size() || !tokens.get(dash).isDash()) {
            return mention;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countries.longest(tokens, dash + 1);
        if (state == null || state.value().form() != Lexicons.CountryForm.NAME) {
            return mention;
        }
        int after = state.end();
        boolean endsItem = after >= tokens.size() || tokens.get(after).isPunctuation(',') || tokens.get(after).isPunctuation('.')
                || tokens.get(after).isPunctuation(';');
        return endsItem ? mention.withCountry(Optional.of(state.value().code())) : mention;
    }

    /**
     * "Радий Хабиров, Глава Башкирии, встретился …", "с Радием Хабировым, главой Башкирии,": an
     * office set off by commas after a name is the name's title, in the nominative, with the
     * country it names; the mention as it was when none follows.
     */
    private Mention withTitleAfter(String text, List<Token> tokens, Mention mention) {
        int from = mention.end() + 1;
        PhraseIndex.Match<Lexicons.TitleRole> opening = from < tokens.size() ? lexicons.titles.longest(tokens, from) : null;
        // "Чрезвычайным и Полномочным Послом": an office's phrase of several words is no name, capitalised or not
        boolean phrase = opening != null && opening.end() - from > 1;
        if (opening == null || !tokens.get(mention.end()).isPunctuation(',')
                || isNameWord(tokens, from) && !phrase && !lexicons.isCue(Lexicons.Cue.REGION_NOUN, tokens, from)
                || declension.isPlural(tokens.get(from).text())) {
            return mention; // "Константин Толкачёв, руководители министерств": the next of a list
        }
        int to = from;
        while (to < tokens.size() && to < from + LONGEST_TITLE && tokens.get(to).isWord()) {
            PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(tokens, to);
            if (office != null) {
                to = office.end(); // "…, Чрезвычайным и Полномочным Послом Болгарии": an office's capitalised words
                continue;
            }
            if (lexicons.isCue(Lexicons.Cue.EVENT_VERB, tokens, to) || lexicons.triggers.longest(tokens, to) != null
                    || to > from && isNameWord(tokens, to)) {
                // "Хабиров, глава которого провел встречу": a clause; "Путин, Премьер-министр Армении Никол
                // Пашинян": the next of a list, whose office comes before the name
                return mention;
            }
            to++;
        }
        // "Это Янис Озолс, посол Латвии; Кофи Менса, посол Ганы": a semicolon closes an item of a list
        boolean closed = to == tokens.size() || tokens.get(to).isPunctuation(',') || tokens.get(to).isPunctuation('.')
                || tokens.get(to).isPunctuation(';');
        if (!closed || to == from) {
            return mention;
        }
        Optional<CountryCode> country = Optional.empty();
        int stateFrom = to;
        int stateTo = to;
        for (int k = from; k < to && country.isEmpty(); k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> place = lexicons.countries.longest(tokens, k);
            if (place != null && place.value().form() != Lexicons.CountryForm.CITY) {
                country = Optional.of(place.value().code());
                // "Гэвин Бьюкен, посол Канады,", "посол Латвии в Литве": the holder's state is no part of the title,
                // as before a name; "посол в Абхазии", where the office is held, stays
                boolean holders = k > from && place.value().form() == Lexicons.CountryForm.NAME
                        && !lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, k - 1)
                        && (place.end() == to || lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, place.end()));
                stateFrom = holders ? k : to;
                stateTo = holders ? place.end() : to;
            }
        }
        String title = title(text, tokens, from, stateFrom, declension.caseOf(tokens.get(from).text()))
                + (stateTo < to ? " " + text.substring(tokens.get(stateTo).start(), tokens.get(to - 1).end()) : "");
        return new Mention(mention.name(), mention.nameTokens(), mention.span(), mention.first(), to, mention.sentence(),
                Optional.of(title), country, false, Optional.empty(), Optional.empty());
    }

    /**
     * "Лавров и Фидан провели телефонный разговор": a surname alone is a person when it is the
     * surname of a listed office holder, in any of its cases.
     */
    private Mention officialBySurname(String text, List<Token> tokens, int at, int sentence) {
        for (NameReading reading : readings(text, tokens, at, at + 1)) {
            if (lexicons.countryOfOfficialSurname(reading.words().get(0)).isPresent()) {
                Span span = Span.of(tokens.get(at).start(), tokens.get(at).end());
                return new Mention(reading.name(), reading.words(), span, at, at + 1, sentence, Optional.empty(),
                        Optional.empty(), false, Optional.empty(), Optional.empty());
            }
        }
        return null;
    }

    private static boolean isCyrillic(Token token) {
        return Character.UnicodeBlock.of(token.text().charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    /**
     * The case of the name listed right before a token, past "и" or a comma and a country in brackets after it
     * ("Олега Смирнова (РФ), Луиджи Конти (Италия) и Майкла Бейкера"), which a name listed after it shares: the
     * instrumental or dative every word of it shows, the genitive a given name the pack knows shows, else the case
     * of the name listed before it in turn; null when there is none.
     */
    private Declension.Case caseOfTheNameListedBefore(List<Token> tokens, int from) {
        int at = from;
        for (int names = 0; names < MOST_LISTED_NAMES_BACK; names++) {
            int joiner = at - 1;
            if (joiner < 2 || !tokens.get(joiner).isPunctuation(',') && !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, joiner)) {
                return null;
            }
            int end = tokens.get(joiner - 1).isPunctuation(')') ? openingBracket(tokens, joiner - 1) : joiner;
            if (end < 0) {
                return null;
            }
            int start = end;
            while (start > 0 && start > end - LONGEST_LISTED_NAME && isNameWord(tokens, start - 1)) {
                start--;
            }
            if (end - start < 2) {
                return null;
            }
            for (Declension.Case distinct : List.of(Declension.Case.INS, Declension.Case.DAT)) {
                if (everyWordFits(tokens, start, end, distinct)) {
                    return distinct;
                }
            }
            if (declension.caseOfGivenName(tokens.get(start).text()).orElse(null) == Declension.Case.GEN) {
                return Declension.Case.GEN;
            }
            at = start;
        }
        return null;
    }

    /** Where the bracket that a closing one at a token closes opens, a few words back; -1 when none does. */
    private static int openingBracket(List<Token> tokens, int closing) {
        for (int k = closing - 1; k >= 0 && k >= closing - LONGEST_LISTED_NAME; k--) {
            if (tokens.get(k).isPunctuation('(')) {
                return k;
            }
        }
        return -1;
    }

    /** How many names back a list's case is looked for. */
    private static final int MOST_LISTED_NAMES_BACK = 3;

    /** The most words of a name before a list's "и" that tells the case of the name after it. */
    private static final int LONGEST_LISTED_NAME = 4;

    /** Whether every word of a name, particles aside, shows an ending of a case: "Муратом Нуртлеу" does not. */
    private boolean everyWordFits(List<Token> tokens, int from, int to, Declension.Case inCase) {
        for (int k = from; k < to; k++) {
            if (!isParticle(tokens, k) && !declension.fitsCase(tokens.get(k).text(), inCase)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "посол Китая в РФ": a country after "в" is where the person serves, not whose they are;
     * after "из" ("коллегой из Ирана") it is theirs.
     */
    private boolean isHost(List<Token> tokens, int at) {
        return at > 0 && (lexicons.isCue(Lexicons.Cue.PLACE_IN, tokens, at - 1) || lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, at - 1));
    }

    /**
     * Where the preposition that makes a place at a token where an office is held stands: right
     * before it ("посол в России") or before a noun for a city ("консул в г. Владивостоке"); -1 when none.
     */
    private int hostPreposition(List<Token> tokens, int at) {
        if (isHost(tokens, at)) {
            return at - 1;
        }
        for (int k = at - 1; k >= 1 && k >= at - LONGEST_CITY_NOUN; k--) {
            if (lexicons.cueEnd(Lexicons.Cue.CITY_NOUN, tokens, k) == at && isHost(tokens, k)) {
                return k - 1;
            }
        }
        return -1;
    }

    /** How many words a noun for a city may have: "г.", "города". */
    private static final int LONGEST_CITY_NOUN = 3;

    /** Where a noun for a city at a token ends when a country's or city's name follows it, else -1. */
    private int cityNounBeforePlace(List<Token> tokens, int at) {
        int end = lexicons.cueEnd(Lexicons.Cue.CITY_NOUN, tokens, at);
        return end > at && end < tokens.size() && lexicons.countries.longest(tokens, end) != null ? end : -1;
    }

    private int honorificsEnd(List<Token> tokens, int at) {
        PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, at);
        return honorific == null ? at : honorific.end();
    }

    private boolean isVocabulary(List<Token> tokens, int at) {
        return tokens.get(at).isWord() && lexicons.vocabularyPhrases.longest(tokens, at) != null;
    }

    /** Where a name that starts at a token ends: name words, particles and initials, at most four. */
    private int nameEnd(List<Token> tokens, int start) {
        int end = start + 1;
        boolean given = isAnyGivenName(tokens.get(start));
        int words = 1; // a particle ("бен", "Аль") is no word of its own: "Фейсалом бен Фарханом Аль Саудом"
        while (end < tokens.size() && words < LONGEST_NAME && isNamePart(tokens, end, start)) {
            words += lexicons.isCue(Lexicons.Cue.NAME_PARTICLE, tokens, end) ? 0 : 1;
            if (given && end - start >= 2 && isAnyGivenName(tokens.get(end))
                    && !lexicons.isCue(Lexicons.Cue.NAME_PARTICLE, tokens, end - 1)) {
                break; // "Сергей Лавров Владимир Макей": a second given name opens a second person, not after "Аль"
            }
            if (end - start == 1 && !given && isListedSurname(tokens, end - 1) && isListedSurname(tokens, end)) {
                break; // "После беседы с Путиным Трамп созвонился …": two office holders' surnames
            }
            end++;
        }
        while (end > start + 1 && lexicons.isCue(Lexicons.Cue.NAME_PARTICLE, tokens, end - 1)) {
            end--;
        }
        if (end - start >= 2 && end < tokens.size() && lexicons.isCue(Lexicons.Cue.NAME_CLOSING, tokens, end)) {
            end++; // "Сейтека Жумакадыр уулу", "Полад Бюльбюль оглы": the father's name and its marker close the name
            if (end < tokens.size() && isNameWord(tokens, end) && isCyrillic(tokens.get(end))
                    && !isAnyGivenName(tokens.get(end))) {
                end++; // "Гудси Дурсун оглу Османов": a surname after them
            }
        }
        return end;
    }

    /** Whether a window's office is in the plural, past the words of being new in it ("новых послов"). */
    private boolean isPluralOffice(List<Token> tokens, Window window) {
        int head = Math.max(window.titleStart, lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, window.titleStart));
        return declension.isPlural(tokens.get(pastWordsOfRank(tokens, head, window.titleEnd)).text());
    }

    /** A word of a name that is not declined: "бин", "аль", "оглы". */
    private boolean isParticle(List<Token> tokens, int at) {
        return lexicons.isCue(Lexicons.Cue.NAME_PARTICLE, tokens, at) || lexicons.isCue(Lexicons.Cue.NAME_CLOSING, tokens, at);
    }

    /** Whether a word is, in one of its readings, the surname of a listed office holder: "Путиным". */
    private boolean isListedSurname(List<Token> tokens, int at) {
        for (Declension.Case inCase : Declension.Case.values()) {
            String nominative = declension.nameWord(tokens.get(at).text(), inCase);
            String word = Tokenizer.key(nominative, 0, nominative.length());
            if (lexicons.countryOfOfficialSurname(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A given name of the pack's list, in any case: "Сергей", "Сергея", "Хасаном". */
    private boolean isAnyGivenName(Token token) {
        return declension.isGivenName(token.text()) || declension.caseOfGivenName(token.text()).isPresent();
    }

    /** How many words, an agency's adjectives and its noun, a people's adjective in a title may qualify. */
    private static final int AGENCY_WORDS = 2;

    /**
     * Whether the words after a people's adjective in a title name the agency the holder serves
     * ("российского МИДа", "китайского диппредставительства"), whose adjective is the holder's
     * country; "лидер туркменского народа" keeps its people, which the office is of.
     */
    private boolean namesAnAgency(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + AGENCY_WORDS); k++) {
            if (lexicons.isCue(Lexicons.Cue.AGENCY_NOUN, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** The title's words as written from its first word, the opening ones in the nominative. */
    private String title(String text, List<Token> tokens, int from, int to, Declension.Case inCase) {
        while (to - from > 1 && lexicons.isCue(Lexicons.Cue.TITLE_TAIL, tokens, to - 1) && !tokens.get(to - 1).isCapitalized()) {
            // "заместитель Премьер-министра страны", "президент республики": "of the country" is no part of the office;
            // a tail as written only, for "Президент Приднестровской Молдавской Республики" ends with a state's name
            to--;
        }
        int office = lexicons.cueEnd(Lexicons.Cue.NOT_OF_TITLE, tokens, from);
        if (office > from && office < to) {
            from = office; // "Новый министр иностранных дел": being new in an office is no part of it
        }
        // "Глава российского МИДа": a people's adjective inside the office is the holder's country, no part of it
        List<Integer> kept = new ArrayList<>();
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> people = k > from ? lexicons.countries.longest(tokens, k) : null;
            if (people != null && people.value().form() == Lexicons.CountryForm.DEMONYM && people.end() < to
                    && namesAnAgency(tokens, people.end(), to)) {
                k = people.end() - 1;
                continue;
            }
            kept.add(k);
        }
        List<String> words = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            words.add(tokens.get(kept.get(i)).text());
        }
        List<String> nominative = declension.titleWords(words, inCase);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            int k = kept.get(i);
            if (i > 0) {
                int before = kept.get(i - 1);
                title.append(before == k - 1 ? text.substring(tokens.get(k - 1).end(), tokens.get(k).start()) : " ");
            }
            title.append(nominative.get(i));
        }
        return title.toString();
    }

    private Mention mention(String text, List<Token> tokens, int first, int nameStart, int nameEnd, int sentence,
            Optional<String> title, Optional<CountryCode> country, boolean international, Declension.Case inCase,
            Optional<String> organization) {
        NameReading reading = reading(text, tokens, nameStart, nameEnd, inCase);
        if (!lexicons.isOfficial(reading.words())) {
            reading = officialReading(readings(text, tokens, nameStart, nameEnd)).orElse(reading);
        }
        Span span = Span.of(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end());
        // "с бывшим президентом Литвы X": an office held before, for no state now
        boolean former = title.isPresent() && first >= 0 && lexicons.isCue(Lexicons.Cue.FORMER, tokens, first);
        return new Mention(reading.name(), reading.words(), span, first, nameEnd, sentence, title,
                former ? Optional.empty() : country, international || former, Optional.empty(), organization);
    }

    /** A word in capitals as a name is usually written: "ГАЛИМОВУ" → "Галимову", "ИВАНОВ-ПЕТРОВ" → "Иванов-Петров". */
    private static String inUsualCase(String capitals) {
        StringBuilder usual = new StringBuilder(capitals.length());
        boolean opens = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            usual.append(opens ? c : Character.toLowerCase(c));
            opens = c == '-';
        }
        return usual.toString();
    }

    /** "Эмомали Рахмоном": the reading a listed office holder's name confirms, where the case could not tell. */
    private Optional<NameReading> officialReading(List<NameReading> readings) {
        for (NameReading candidate : readings) {
            if (lexicons.isOfficial(candidate.words())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The name in [from, to) in the nominative, from the case it is written in. */
    private NameReading reading(String text, List<Token> tokens, int from, int to, Declension.Case inCase) {
        StringBuilder name = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            // "МИННИХАНОВ" is read, and listed, in its usual case: "Минниханов"
            String written = k > from && isSurnameInCapitals(tokens, k) ? inUsualCase(tokens.get(k).text()) : tokens.get(k).text();
            String declined = declension.nameWord(written, inCase);
            // "главы МИД Армении Ара Петросяна": a listed given name as written ("Ара") whose ending only seems oblique
            boolean givenAsWritten = declension.isGivenName(written) && !declension.isGivenName(declined);
            String word = isParticle(tokens, k) || givenAsWritten ? written : declined;
            if (k > from) {
                name.append(text, tokens.get(k - 1).end(), tokens.get(k).start());
            }
            // "… Ван И." at a sentence's end: a name never ends with an initial, so the stop is the sentence's
            boolean lastInitial = k == to - 1 && k > from && word.length() == 2 && word.endsWith(".");
            name.append(lastInitial ? word.substring(0, 1) : word);
            // "А.Ю.Руденко": the initials and the surname are words of their own, as in "А. Ю. Руденко"
            int dot = word.lastIndexOf('.');
            if (dot > 0 && dot + 1 < word.length()) {
                for (String initial : word.substring(0, dot + 1).split("(?<=\\.)")) {
                    words.add(Tokenizer.key(initial));
                }
                word = word.substring(dot + 1);
            }
            String key = Tokenizer.key(word, 0, word.length()); // a name's word met before: its key, no copy
            // "… Ван И." at a sentence's end: the stop is no initial's
            words.add(k == to - 1 && key.length() > 1 && key.endsWith(".") ? key.substring(0, key.length() - 1) : key);
        }
        return new NameReading(name.toString(), List.copyOf(words));
    }

    /**
     * The readings of a name without a title: in the case the word before it marks, if the name
     * shows it; in the instrumental or dative, whose endings a nominative name rarely has, if all
     * its words show them; as written; then in the genitive, whose endings nominative names share
     * ("Захарова").
     */
    @Override
    public List<NameReading> readings(String text, List<Token> tokens, int from, int to) {
        List<Declension.Case> order = new ArrayList<>();
        // A given name the pack knows says the case outright: "Сергея Лаврова", "Мария Захарова".
        declension.caseOfGivenName(tokens.get(from).text()).ifPresent(order::add);
        Declension.Case before = from > 0 ? caseOfName(tokens, declension.caseOf(tokens.get(from - 1).text()), from, to)
                : Declension.Case.NOM;
        if (before != Declension.Case.NOM && !order.contains(before)) {
            order.add(before);
        }
        for (Declension.Case distinct : List.of(Declension.Case.INS, Declension.Case.DAT)) {
            if (!order.contains(distinct) && everyWordFits(tokens, from, to, distinct)) {
                order.add(distinct);
            }
        }
        Declension.Case listed = caseOfTheNameListedBefore(tokens, from);
        if (listed != null && !order.contains(listed) && caseOfName(tokens, listed, from, to) == listed) {
            order.add(listed); // "с Домиником Раабом и Фелипе Солой": names joined in a list share their case
        }
        String given = tokens.get(from).text();
        if (!order.contains(Declension.Case.GEN) && to - from >= 2 && declension.showsFeminineOblique(tokens.get(to - 1).text())
                && (declension.fitsCase(given, Declension.Case.GEN) || declension.endsAsNominative(given))) {
            // "его супруги Зарифы Алиевой", "Айгуль Жапаровой": a woman's surname no nominative ends as, after a given
            // name in the genitive or one a woman's name does not decline
            order.add(Declension.Case.GEN);
        }
        if (!order.contains(Declension.Case.NOM)) {
            order.add(Declension.Case.NOM);
        }
        if (!order.contains(Declension.Case.GEN) && caseOfName(tokens, Declension.Case.GEN, from, to) == Declension.Case.GEN) {
            order.add(Declension.Case.GEN);
        }
        List<NameReading> readings = new ArrayList<>();
        for (Declension.Case inCase : order) {
            readings.add(reading(text, tokens, from, to, inCase));
        }
        return readings;
    }

    /**
     * The bylines and credits, each name in the nominative: "Фото Анны Ким" credits "Анна Ким", whose
     * given name shows the case the credit's word puts it in.
     */
    @Override
    public List<Mention> bylines(String text) {
        List<Mention> credited = new ArrayList<>();
        for (Mention byline : uninflected.bylines(text)) {
            List<Token> tokens = Tokenizer.tokens(text, byline.span().start(), byline.span().end());
            Optional<Declension.Case> inCase = tokens.isEmpty() ? Optional.empty()
                    : declension.caseOfGivenName(tokens.get(0).text()).filter(c -> c != Declension.Case.NOM);
            if (inCase.isEmpty()) {
                credited.add(byline);
                continue;
            }
            NameReading nominative = reading(text, tokens, 0, tokens.size(), inCase.get());
            credited.add(new Mention(nominative.name(), nominative.words(), byline.span(), byline.first(), byline.end(),
                    byline.sentence(), byline.title(), byline.country(), byline.international(), byline.host(),
                    byline.organization()));
        }
        return credited;
    }

    @Override
    public boolean isNameWord(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (!token.isWord() || !token.isCapitalized() || namesARegion(tokens, at)) {
            return false; // "Ростовской области", "Нижегородской и Омской областей": a region's name
        }
        boolean initials = token.text().contains(".");
        if (!initials && (token.isAllCaps() && token.text().length() > 1 || isInflectedAbbreviation(token.text()))) {
            return false;
        }
        if (!initials && token.text().length() == 1 && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, at)
                && (at == 0 || !tokens.get(at - 1).isWord())) {
            return false; // "У Сергея Лаврова …": a preposition that opens a sentence, not the last word of "Квон Ён У"
        }
        if (!initials && Scripts.isLatin(token.text())) {
            return false; // "в Global Times", "в сети Facebook": names are declined, and so written, in the pack's letters
        }
        // "Евгением" ends as "решением" does, but the pack knows the given name; "Аслан Бжания" as
        // "Управления" does, but a surname follows a given name the pack knows
        return !isVocabulary(tokens, at) && (initials || !declension.looksLikeCommonWord(token.text())
                || declension.caseOfGivenName(token.text()).isPresent()
                || at > 0 && tokens.get(at - 1).isCapitalized()
                        && declension.caseOfGivenName(tokens.get(at - 1).text()).isPresent())
                && listedNowhere(tokens, at) && lexicons.honorifics.longest(tokens, at) == null;
    }

    @Override
    public boolean isNamePart(List<Token> tokens, int at, int floor) {
        if (at > floor && (lexicons.isCue(Lexicons.Cue.NAME_PARTICLE, tokens, at) || isParticleSurname(tokens.get(at)))) {
            return true; // "Абдалла бин Заид", "Джаррах ас-Сабах"
        }
        if (at > floor && isRegnalNumber(tokens.get(at).text())) {
            return true; // "король Эсватини Мсвати III"
        }
        if (at > floor && isSurnameInCapitals(tokens, at)) {
            return true; // "Рустам МИННИХАНОВ"
        }
        if (at > floor && isSurnameAfterGivenName(tokens, at)) {
            return true; // "Аслан Бжания": a surname that ends as "Управления" does
        }
        return isNameWord(tokens, at);
    }

    /** Whether a capitalised word that ends as a common noun does is the surname after a listed given name. */
    private boolean isSurnameAfterGivenName(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        return token.isWord() && token.isCapitalized() && !token.isAllCaps() && isAnyGivenName(tokens.get(at - 1))
                && declension.looksLikeCommonWord(token.text()) && !isVocabulary(tokens, at) && !namesARegion(tokens, at)
                && listedNowhere(tokens, at);
    }

    /** Whether no country, body, office or meeting word of the pack starts at a token. */
    private boolean listedNowhere(List<Token> tokens, int at) {
        return lexicons.countries.longest(tokens, at) == null && lexicons.organizations.longest(tokens, at) == null
                && lexicons.titles.longest(tokens, at) == null && lexicons.triggers.longest(tokens, at) == null;
    }

    /** The fewest letters a surname written in capitals has: shorter runs are abbreviations ("МИД", "РФ" are listed anyway). */
    private static final int SHORTEST_CAPITALS_SURNAME = 4;

    /**
     * "Раис Татарстана Рустам МИННИХАНОВ", "с послом Дауреном АБАЕВЫМ": a word in capitals right after
     * a name word written as usual is the surname, as some publishers write it; an abbreviation is
     * listed or stands alone.
     */
    private boolean isSurnameInCapitals(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        String text = token.text();
        if (!token.isWord() || !token.isAllCaps() || text.length() < SHORTEST_CAPITALS_SURNAME
                || !text.chars().allMatch(c -> Character.isLetter(c) || c == '-') || Scripts.isLatin(text)
                || tokens.get(at - 1).end() == token.start()) {
            return false;
        }
        Token before = tokens.get(at - 1);
        return before.isWord() && before.isCapitalized() && !before.isAllCaps() && isNameWord(tokens, at - 1)
                && lexicons.countries.longest(tokens, at) == null && lexicons.organizations.longest(tokens, at) == null
                && lexicons.titles.longest(tokens, at) == null;
    }

    /**
     * Whether a title word inside a title's words opens a title of its own: the words that go on
     * with a title are in the genitive ("помощник Президента"), so one in the instrumental or
     * dative ("Президентами", "министру") is another person's.
     */
    private boolean opensAnotherTitle(List<Token> tokens, Window window, int at) {
        if (at <= window.titleStart) {
            return false;
        }
        if (tokens.get(at - 1).isDash() || tokens.get(at - 1).isPunctuation(',')) {
            // "заместителем премьер-министра — министром": two offices of one person; "представители стран —
            // посол Канады": one of several, whose office is his own
            return isPluralOffice(tokens, window) && !declension.isPlural(tokens.get(at).text());
        }
        Declension.Case inCase = declension.caseOf(tokens.get(at).text());
        // "на полях заседания Совета глав государств ШОС министр иностранных дел X": a nominative after a title
        // in the genitive is the subject's office, the words before it a gathering's
        boolean afterGenitive = inCase == Declension.Case.NOM
                && declension.caseOf(tokens.get(window.titleStart).text()) == Declension.Case.GEN;
        // "с Чрезвычайным и Полномочным Послом": a head after modifiers alone is theirs, not another office
        return (inCase == Declension.Case.INS || inCase == Declension.Case.DAT || afterGenitive)
                && namesAnOffice(tokens, window.titleStart, at);
    }

    /** Whether the words [from, to) hold an office's head, not only words that qualify one ("Чрезвычайным и Полномочным"). */
    private boolean namesAnOffice(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, k);
            if (title != null && title.value() == Lexicons.TitleRole.HEAD) {
                return true;
            }
            if (title != null) {
                k = title.end() - 1;
            }
        }
        return false;
    }

    /** Whether a word goes before a region's noun, alone or with a second region's name joined by "и". */
    private boolean namesARegion(List<Token> tokens, int at) {
        // "Глобальном Бакинском форуме": capitalised words before the noun are all of the name
        int next = at + 1;
        while (next < tokens.size() && next <= at + 2 && tokens.get(next).isCapitalized()
                && !lexicons.isCue(Lexicons.Cue.REGION_NOUN, tokens, next)) {
            next++;
        }
        return lexicons.isCue(Lexicons.Cue.REGION_NOUN, tokens, next)
                || lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, at + 1) && at + 2 < tokens.size()
                        && tokens.get(at + 2).isCapitalized() && lexicons.isCue(Lexicons.Cue.REGION_NOUN, tokens, at + 3);
    }

    /** A regnal number after a name: "III", "II", "VI". */
    private static boolean isRegnalNumber(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ("IVX".indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An abbreviation with a case ending: "МИДа", "МИДом", "ООНе". */
    private static boolean isInflectedAbbreviation(String word) {
        int capitals = 0;
        while (capitals < word.length() && Character.isUpperCase(word.charAt(capitals))) {
            capitals++;
        }
        return capitals >= 2 && capitals < word.length() && word.length() - capitals <= 3
                && word.substring(capitals).chars().allMatch(Character::isLowerCase);
    }

    /** "ас-Сабахом", "аль-Нахайян": a particle joined to a surname by a hyphen. */
    private boolean isParticleSurname(Token token) {
        String key = token.key();
        int dash = key.indexOf('-');
        if (dash <= 0 || dash + 1 >= key.length() || !Character.isUpperCase(token.text().charAt(dash + 1))) {
            return false;
        }
        List<Token> particle = Tokenizer.tokens(key, 0, dash);
        return lexicons.isCue(Lexicons.Cue.NAME_PARTICLE, particle, 0);
    }
}
