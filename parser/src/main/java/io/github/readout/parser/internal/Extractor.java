package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Credit;
import io.github.readout.core.Dateline;
import io.github.readout.core.DatePrecision;
import io.github.readout.core.DateRef;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Place;
import io.github.readout.core.Paragraph;
import io.github.readout.core.Person;
import io.github.readout.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Runs the extraction stages over the prose: entities (people, places), dates, then meetings.
 */
final class Extractor {

    /**
     * The most words and marks read from one sentence or aside. Far more than any sentence
     * holds (the longest lists of names run to a few thousand), it bounds the tokens a text
     * without sentence ends makes the extraction keep.
     */
    static final int MOST_TOKENS = 200_000;

    /** The words that close a name in apposition as a comma does ("…, Jean Leonetti and …"): every built-in pack's. */
    private static final List<String> APPOSITION_ENDS = Lexicons.builtInCue(Lexicons.Cue.APPOSITION_END);

    /** The pronouns that, after a comma, make the names before them a person's (", who"): every built-in pack's. */
    private static final List<String> PERSON_PRONOUNS = Lexicons.builtInCue(Lexicons.Cue.PERSON_RELATIVE);

    /**
     * The words before a country in a body's name that make it where the body is, not whose it is ("Embassy of
     * Kazakhstan in the USA"): every built-in pack's, as written and by lookup form.
     */
    private static final List<String> HOST_PREPOSITIONS = Lexicons.builtInCue(Lexicons.Cue.HOST_PREPOSITION);
    private static final Set<String> HOST_PREPOSITION_KEYS = keys(HOST_PREPOSITIONS);

    /** The articles that may stand between such a word and the country ("in the USA"), by lookup form. */
    private static final Set<String> ARTICLES = keys(Lexicons.builtInCue(Lexicons.Cue.ARTICLE));

    private static Set<String> keys(List<String> words) {
        Set<String> keys = new java.util.HashSet<>();
        for (String word : words) {
            keys.add(Tokenizer.key(word));
        }
        return Set.copyOf(keys);
    }

    private final Lexicons lexicons;
    private final PersonReader personFinder;
    private final PlaceFinder placeFinder;
    private final MeetingFinder meetingFinder;
    private final int mostTokens;
    /** The particles of names, which a surname may open with ("al-Sisi"). */
    private final Set<String> nameParticles;

    /**
     * Creates the extraction of a parser.
     *
     * @param lexicons the parser's lexicons
     * @param mostTokens the most words and marks read from the sentences of one release, which
     *     bounds what the extraction keeps of a long text
     */
    Extractor(Lexicons lexicons, int mostTokens) {
        this.lexicons = lexicons;
        this.mostTokens = mostTokens;
        this.nameParticles = Set.copyOf(lexicons.cuePhrases(Lexicons.Cue.NAME_PARTICLE));
        this.personFinder = lexicons.declension.declines() ? new InflectedPersonFinder(lexicons) : new PersonFinder(lexicons);
        this.placeFinder = new PlaceFinder(lexicons);
        this.meetingFinder = new MeetingFinder(lexicons);
    }

    Extraction extract(BodyText body, List<Paragraph> paragraphs, Layout layout, Map<String, String> headers,
            Optional<LocalDate> anchor, boolean explain) {
        String text = body.text();
        EvidenceLog log = explain ? new EvidenceLog(true) : EvidenceLog.NONE;
        Optional<Span> attribution = layout.attribution().map(a -> a.span());
        PersonRegistry registry = new PersonRegistry(nameParticles);
        Reading reading = new Reading();
        Optional<CountryCode> publisher = publisherOf(text, layout, headers, true); // read once: its dateline is tokenized
        readAsides(text, layout, publisher, registry, reading);
        for (Mention byline : personFinder.bylines(text)) {
            registry.add(byline);
        }
        readSentences(body, paragraphs, anchor, attribution, registry, reading);
        List<List<Token>> headings = headingTokens(text, layout); // read once for people, the city and the means they name
        List<Mention> headingPeople = readHeadings(text, headings, registry);
        // In place: the sentences as first read are garbage as soon as each is resolved.
        List<Sentence> resolved = reading.sentences;
        for (int i = 0; i < resolved.size(); i++) {
            Optional<Sentence> next = i + 1 < resolved.size() ? Optional.of(resolved.get(i + 1)) : Optional.empty();
            resolved.set(i, withLaterMentions(text, resolved.get(i), next, registry, attribution));
        }
        listedCountries(registry);
        countriesOfOfficesNamedLater(resolved, registry);
        countriesOfOfficesInHeadline(text, headings, registry);
        MeetingFinder.Heading heading = new MeetingFinder.Heading(headlineCity(text, headings), headingMeans(headings),
                headingTellsVisit(headings), headingPeople, meetingFinder.headingSides(headings, headingPeople),
                headingDay(text, headings, anchor));
        MeetingFinder.Result result = meetingFinder.find(text, resolved, registry, new MeetingFinder.Release(
                publisherOf(text, layout, headers, false), publisher, layout.dateline(), anchor,
                datelineDay(text, layout, anchor).or(() -> PageDate.line(body)), heading, log));
        List<Person> people = new ArrayList<>();
        for (PersonRegistry.Entry entry : registry.entries()) {
            if (entry.country.isEmpty() && !entry.international) {
                entry.country = result.countryOf(entry.id);
                entry.countryRule = Explainer.SIDE_RULE;
            }
            people.add(entry.toPerson());
        }
        reading.cuts.sort(null);
        List<Explained> evidence = explain
                ? Explainer.explain(text, result.meetings(), resolved, registry, log) : List.of();
        return new Extraction(result.meetings(), result.related(), people, reading.cuts,
                reading.unreadFrom < 0 ? OptionalInt.empty() : OptionalInt.of(reading.unreadFrom), evidence);
    }

    /**
     * Registers the people the headings above the prose name, and gives those of the first heading that
     * tells of a meeting held ("Secretary General Anna Berg meets Karl Brandt"), whom a lead may name by office only.
     */
    private List<Mention> readHeadings(String text, List<List<Token>> headings, PersonRegistry registry) {
        List<Mention> meetingsPeople = List.of();
        for (List<Token> heading : headings) {
            boolean titleCase = inTitleCase(heading);
            List<Mention> named = personFinder.find(text, heading, -1);
            if (titleCase) {
                // "Minister Receives Phone Call From …": every word capitalised, no word tells a name, unless the
                // line is a signature ("Ana Duarte, Secretary-General")
                named = named.stream().filter(mention -> isSignature(mention, heading)).toList();
            }
            for (Mention mention : named) {
                // "Prime Minister Dr. Manmohan Singh telephonic conversation with …": named above the prose only; a
                // name the prose gives in full is its person's, however the headline declines the given name
                // ("Сергей Лавров прибыл …" above "Лавров проведет …"); a signature gives its title to the name
                // the byline reader took from it
                List<String> words = mention.nameTokens();
                Optional<PersonRegistry.Entry> known = registry.find(List.of(words.get(words.size() - 1)));
                // the same full name gives the person the title the heading writes beside it ("Summary of the
                // Secretary-General's talks with A B, President of Peru" over "… met with A B")
                if (known.isEmpty() || known.get().words.size() == 1 || known.get().words.equals(words)
                        || isSignature(mention, heading)) {
                    registry.add(mention);
                }
            }
            if (meetingsPeople.isEmpty() && !titleCase && tellsMeetingHeld(heading)) {
                meetingsPeople = named;
            }
        }
        return meetingsPeople;
    }

    /** Whether a mention is a whole line of a name, a comma and the title: "Ana Duarte, Secretary-General". */
    private static boolean isSignature(Mention mention, List<Token> line) {
        return mention.first() == 0 && mention.end() == line.size() && mention.title().isPresent()
                && mention.nameTokens().size() + 1 < line.size() && line.get(mention.nameTokens().size()).isPunctuation(',');
    }

    /**
     * Whether a heading tells of a meeting held, not of a visit, of a meeting to come ("… will meet …") or
     * of what someone said ("Spokesman says the leaders agreed on further meetings").
     */
    private boolean tellsMeetingHeld(List<Token> heading) {
        return !lexicons.hasCue(Lexicons.Cue.SPEECH_VERB, heading) && tellsMade(heading, kind -> kind != MeetingKind.VISIT);
    }

    /**
     * Whether a heading tells of an event of one of some kinds as made, not as to come: "… meets …", "… on
     * working visit to …", not "… will meet …", "… to visit …".
     */
    private boolean tellsMade(List<Token> heading, Predicate<MeetingKind> kinds) {
        if (lexicons.hasCue(Lexicons.Cue.MODAL, heading)) {
            return false;
        }
        for (PhraseIndex.Match<MeetingKind> trigger : lexicons.triggers.findAll(heading)) {
            if (kinds.test(trigger.value()) && !lexicons.isCue(Lexicons.Cue.FUTURE, heading, trigger.start() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** What reading the prose gave: its sentences, where sentences were cut short, where reading stopped. */
    private static final class Reading {
        final List<Sentence> sentences = new ArrayList<>();
        final List<Integer> cuts = new ArrayList<>();
        final MeetingAbbreviations abbreviations = new MeetingAbbreviations();
        int unreadFrom = -1;
    }

    /**
     * "Chief of Army Staff (COAS": the bracket a title's words opened and the reading cut off
     * before it closed is closed again, as written, round an abbreviation; other words in it are
     * no part of the title.
     */
    private static String withoutOpenBracket(String title) {
        int open = title.lastIndexOf('(');
        if (open <= 0 || title.indexOf(')', open) >= 0) {
            return title;
        }
        String inside = title.substring(open + 1).strip();
        boolean abbreviation = !inside.isEmpty() && inside.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return abbreviation ? title.substring(0, open + 1) + inside + ")" : title.substring(0, open).strip();
    }

    /** The shortest word whose capital says something in a headline: shorter ones are "of", "and", "to". */
    private static final int CAPITALISED_WORD = 4;

    /**
     * Whether a heading capitalises its words as titles of works do ("President Receives Phone Call"); one
     * whose meeting word is in lower case is written as a sentence is ("Secretary General Anna Berg meets Karl Brandt").
     */
    private boolean inTitleCase(List<Token> heading) {
        for (PhraseIndex.Match<MeetingKind> trigger : lexicons.triggers.findAll(heading)) {
            if (!heading.get(trigger.start()).isCapitalized()) {
                return false;
            }
        }
        int words = 0;
        int capitalised = 0;
        for (Token token : heading) {
            if (token.isWord() && token.text().length() >= CAPITALISED_WORD) {
                words++;
                capitalised += token.isCapitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 5 >= words * 4;
    }

    /** The tokens of each heading above the prose. */
    private static List<List<Token>> headingTokens(String text, Layout layout) {
        List<List<Token>> headings = new ArrayList<>(layout.headings().size());
        for (Span heading : layout.headings()) {
            headings.add(Tokenizer.tokens(text, heading.start(), heading.end(), MOST_TOKENS));
        }
        return headings;
    }

    /** The first city a heading above the prose places something in: "… встреч … в Нью-Йорке". */
    private Optional<Place> headlineCity(String text, List<List<Token>> headings) {
        for (List<Token> tokens : headings) {
            for (PlaceFinder.Found found : placeFinder.find(text, tokens)) {
                if (found.city() && found.preposition() == PlaceFinder.Role.IN) {
                    return Optional.of(found.place());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The layout with the headings that name a meeting read as the prose's first paragraphs, for a release
     * whose prose reports none: "Игорь Бабушкин провел встречу с …" as a headline over prose that only tells
     * what was said at it. Empty when no heading names a meeting.
     */
    Optional<Layout> withMeetingHeadingsAsProse(String text, Layout layout) {
        List<Span> named = new ArrayList<>();
        List<Span> others = new ArrayList<>();
        List<List<Token>> tokens = headingTokens(text, layout);
        for (int h = 0; h < tokens.size(); h++) {
            (lexicons.triggers.findAll(tokens.get(h)).isEmpty() ? others : named).add(layout.headings().get(h));
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        named.addAll(layout.prose());
        return Optional.of(new Layout(List.copyOf(named), layout.credits(), layout.dateline(), layout.attribution(),
                layout.asides(), List.copyOf(others)));
    }

    /**
     * The day the first heading that tells of a meeting held gives it ("Minister meets Kenyan counterpart on
     * Monday", "Глава МИД накануне встретился с …"), a relative one counted from the release's day; none
     * after that day, which only a plan's can be, and none of several days, which the lead would date by
     * their month.
     */
    private Optional<DateRef> headingDay(String text, List<List<Token>> headings, Optional<LocalDate> anchor) {
        for (List<Token> heading : headings) {
            if (tellsMeetingHeld(heading)) {
                return DateFinder.find(text, heading, anchor).stream().filter(found -> !found.range())
                        .map(DateFinder.Found::date)
                        .filter(date -> date.value().filter(v -> v.precision() == DatePrecision.DAY).isPresent())
                        .filter(date -> anchor.isEmpty() || !date.value().get().start().isAfter(anchor.get()))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** The first call or video conference a heading above the prose names: "Telephone conversation between …". */
    private Optional<MeetingKind> headingMeans(List<List<Token>> headings) {
        for (List<Token> tokens : headings) {
            for (PhraseIndex.Match<MeetingKind> trigger : lexicons.triggers.findAll(tokens)) {
                if (trigger.value() == MeetingKind.PHONE_CALL || trigger.value() == MeetingKind.VIDEO_CONFERENCE) {
                    return Optional.of(trigger.value());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a heading above the prose tells of a visit made ("Secretary General on working visit to
     * Oslo"), not one to come ("President to visit Oslo", "will visit"): the officials met below it are
     * met on a trip.
     */
    private boolean headingTellsVisit(List<List<Token>> headings) {
        return headings.stream().anyMatch(heading -> tellsMade(heading, kind -> kind == MeetingKind.VISIT));
    }

    /** The people of asides (captions, boxes), of the publisher's country unless their words say else. */
    private void readAsides(String text, Layout layout, Optional<CountryCode> publisher, PersonRegistry registry,
            Reading reading) {
        for (Span aside : layout.asides()) {
            List<Token> tokens = Tokenizer.tokens(text, aside.start(), aside.end(), MOST_TOKENS);
            int unread = tokens.size() == MOST_TOKENS ? unreadStart(text, aside, tokens) : -1;
            if (unread >= 0) {
                reading.cuts.add(unread);
            }
            for (Mention mention : personFinder.find(text, tokens, -1)) {
                registry.add(mention.withCountry(mention.country().or(() -> publisher)));
            }
        }
    }

    /** Reads each sentence of the prose once: its tokens, people, dates, places and meeting words. */
    private void readSentences(BodyText body, List<Paragraph> paragraphs, Optional<LocalDate> anchor,
            Optional<Span> attribution, PersonRegistry registry, Reading reading) {
        String text = body.text();
        int tokensLeft = mostTokens;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Span> sentences = paragraphs.get(p).sentences();
            for (int k = 0; k < sentences.size(); k++) { // by index: a paragraph's list is wrapped, two iterators each
                Span whole = sentences.get(k);
                if (tokensLeft == 0) {
                    reading.unreadFrom = whole.start();
                    return;
                }
                int most = Math.min(MOST_TOKENS, tokensLeft);
                List<Token> tokens = Tokenizer.tokens(text, whole.start(), whole.end(), most);
                tokensLeft -= tokens.size();
                int cut = tokens.size() < most ? -1 : unreadStart(text, whole, tokens);
                // A sentence cut short is, for the extraction, the part of it that was read.
                Span span = cut < 0 ? whole : Span.of(whole.start(), tokens.get(tokens.size() - 1).end());
                if (cut >= 0 && most == MOST_TOKENS) {
                    reading.cuts.add(cut);
                } else if (cut >= 0) {
                    reading.unreadFrom = cut;
                }
                reading.sentences.add(sentence(body, p, span, tokens, anchor, attribution, registry,
                        reading.sentences.size(), reading.abbreviations));
                if (reading.unreadFrom >= 0) {
                    return;
                }
            }
        }
    }

    private Sentence sentence(BodyText body, int paragraph, Span span, List<Token> tokens, Optional<LocalDate> anchor,
            Optional<Span> attribution, PersonRegistry registry, int index, MeetingAbbreviations abbreviations) {
        String text = body.text();
        List<Mention> mentions = new ArrayList<>();
        List<Mention> named = personFinder.find(text, tokens, index);
        for (int m = 0; m < named.size(); m++) { // by index: no iterator for each sentence
            Mention read = named.get(m);
            Mention found = read.withTitle(lexicons.withoutStyle(read.title()).map(Extractor::withoutOpenBracket));
            Mention mention = asKnownPerson(text, tokens, found.country().isPresent() || found.international() ? found
                    : found.withCountry(countryInBrackets(tokens, found.end()).or(() -> countryAfterName(tokens, found.end()))
                            .or(() -> counterpartsPeopleAfter(tokens, found.end()))),
                    registry);
            // Someone named in the attribution ("…, press secretary Berik Uali said") is one of
            // the release's people, but no participant of what it reports.
            PersonRegistry.Entry person = registry.add(mention);
            aliasInBrackets(tokens, mention.end()).ifPresent(alias -> registry.alias(person, alias));
            if (attribution.isEmpty() || !attribution.get().contains(mention.span())) {
                mentions.add(mention);
            }
        }
        List<DateFinder.Found> dates = DateFinder.find(text, tokens, anchor);
        return new Sentence(index, paragraph, span, tokens, mentions, shared(dates), shared(placeFinder.find(text, tokens)),
                shared(abbreviations.read(tokens, withTriggersAcrossDates(triggers(tokens, mentions), tokens, dates))),
                new Sentence.Words(body, span));
    }

    /**
     * "Посол Фан Сяньжун … поблагодарил Фана Сяньжуна": a name another reading of which (another
     * case) is someone the release named before is that person, so the release lists them once.
     */
    private Mention asKnownPerson(String text, List<Token> tokens, Mention mention, PersonRegistry registry) {
        if (lexicons.declension == null) {
            return mention; // a pack without cases reads a name one way only
        }
        boolean nominative = !mention.nameTokens().isEmpty() && lexicons.declension.showsNominative(mention.nameTokens().get(0));
        if (nominative || registry.find(mention.nameTokens()).isPresent()) {
            return mention; // "Виталий Пивоварчик" is so written in the nominative, whoever was read before
        }
        int from = -1;
        int to = -1;
        for (int k = Math.max(0, mention.first()); k < Math.min(mention.end(), tokens.size()); k++) {
            Token token = tokens.get(k);
            if (token.start() >= mention.span().start() && token.end() <= mention.span().end()) {
                from = from < 0 ? k : from;
                to = k + 1;
            }
        }
        if (from < 0) {
            return mention;
        }
        List<PersonReader.NameReading> readings = personFinder.readings(text, tokens, from, to);
        for (int r = 0; r < readings.size(); r++) { // by index: no iterator for each mention
            PersonReader.NameReading reading = readings.get(r);
            // the very name known, not a namesake by surname: "Шавката Мирзиёева" is no reading of "Мирзиёева";
            // a surname alone is the known person's it declines to ("поблагодарил Мирзиёева" after "Шавкат Мирзиёев")
            boolean surnameAlone = reading.words().size() == 1;
            if (!reading.words().equals(mention.nameTokens()) && registry.find(reading.words())
                    .filter(known -> surnameAlone || known.words.equals(reading.words())).isPresent()) {
                return new Mention(reading.name(), reading.words(), mention.span(), mention.first(), mention.end(),
                        mention.sentence(), mention.title(), mention.country(), mention.international(), mention.host(),
                        mention.organization());
            }
        }
        return mention;
    }

    /** How many words after a date a meeting phrase read across it may run. */
    private static final int ACROSS_DATE_REACH = 4;

    /**
     * "spoke on May 7 with", "spoke Tuesday with": a meeting phrase of the lexicon whose words a
     * date interrupts after its first word reads as if the date were not there; the match spans
     * the date.
     */
    private List<PhraseIndex.Match<MeetingKind>> withTriggersAcrossDates(List<PhraseIndex.Match<MeetingKind>> triggers,
            List<Token> tokens, List<DateFinder.Found> dates) {
        List<PhraseIndex.Match<MeetingKind>> all = null;
        for (int d = 0; d < dates.size(); d++) { // by index: no iterator for each sentence
            DateFinder.Found date = dates.get(d);
            int before = date.first() - 1;
            if (before > 0 && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, before)) {
                before--; // "spoke on May 7": the date's preposition goes with it
            }
            if (before < 0 || date.end() >= tokens.size() || !tokens.get(before).isWord()) {
                continue;
            }
            List<Token> joined = new ArrayList<>(ACROSS_DATE_REACH + 1);
            joined.add(tokens.get(before));
            // One by one: a sublist and the array addAll copies it to were made for each date of each sentence.
            for (int k = date.end(), last = Math.min(tokens.size(), date.end() + ACROSS_DATE_REACH); k < last; k++) {
                joined.add(tokens.get(k));
            }
            PhraseIndex.Match<MeetingKind> across = lexicons.triggers.longest(joined, 0);
            if (across != null && across.end() > 1) {
                all = all == null ? new ArrayList<>(triggers) : all;
                all.add(new PhraseIndex.Match<>(before, date.end() + across.end() - 1, across.value()));
            }
        }
        return all == null ? triggers : List.copyOf(all);
    }

    /** "Игоря Попова (Россия)", "James Warlick (USA)": the country in brackets right after a name. */
    private Optional<CountryCode> countryInBrackets(List<Token> tokens, int end) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countryInBrackets(tokens, end);
        return country != null && !country.value().form().isTown() ? Optional.of(country.value().code()) : Optional.empty();
    }

    /** The longest initial written before a surname, with its full stop: "Ж." or "Дж.". */
    private static final int LONGEST_INITIAL = 3;

    /** A surname alone or after initials only: "putin", "н. назарбаев", "a.j. blinken". */
    private static boolean surnameAfterInitials(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            String word = words.get(i);
            if (word.length() > LONGEST_INITIAL + 1 || !word.endsWith(".")) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    /** The country of each person the text gives none, from the list of well-known office holders. */
    private void listedCountries(PersonRegistry registry) {
        for (PersonRegistry.Entry entry : registry.entries()) {
            if (entry.country.isEmpty() && !entry.international) {
                // Weaker than the text's words, stronger than a guess from the release's sides.
                entry.country = lexicons.countryOfOfficial(entry.words);
                if (entry.country.isEmpty() && surnameAfterInitials(entry.words)) {
                    // "President Obama", "Putin", "Н. Назарбаев": the surname is all that is written
                    entry.country = lexicons.countryOfOfficialSurname(entry.words.get(entry.words.size() - 1));
                }
                entry.countryRule = "the list of well-known office holders (officials.tsv)";
            }
        }
    }

    /** The most title words an office named by itself may have: "Deputy Prime Minister". */
    private static final int LONGEST_OFFICE = 5;

    /**
     * "The Foreign Secretary met Foreign Minister Elena Morales today … The Foreign Secretary and the Chilean
     * Foreign Minister talked over …": an office named later with its people's adjective and no name after it
     * gives its country to the one person who holds that office, when that person has no country of their own.
     */
    private void countriesOfOfficesNamedLater(List<Sentence> sentences, PersonRegistry registry) {
        // every holder of an office, those with a country too: "the Peruvian Foreign Minister" may stand for the
        // Foreign Minister of Peru named before, not for another Foreign Minister without one
        // made when an office is first named so: most releases name none, and keying each holder's title cost more
        Map<String, List<PersonRegistry.Entry>> byOffice = null;
        boolean officesLeft = false;
        for (PersonRegistry.Entry entry : registry.entries()) {
            officesLeft |= !entry.international && entry.title.isPresent();
        }
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k + 2 < tokens.size() && officesLeft; k++) {
                PhraseIndex.Match<Lexicons.CountryEntry> people = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)
                        ? lexicons.countries.longest(tokens, k + 1) : null;
                if (people == null || people.value().form() != Lexicons.CountryForm.DEMONYM || s.inPersonMention(people.end())) {
                    continue;
                }
                int officeEnd = lexicons.officeWordsEnd(tokens, people.end(), LONGEST_OFFICE);
                if (officeEnd == people.end() || officeEnd < tokens.size() && tokens.get(officeEnd).isCapitalized()) {
                    continue; // "the Chilean Foreign Minister Elena Morales": a name follows, read as a mention
                }
                String written = s.text().substring(tokens.get(people.end()).start() - s.span().start(),
                        tokens.get(officeEnd - 1).end() - s.span().start());
                byOffice = byOffice != null ? byOffice : holdersByOffice(registry);
                List<PersonRegistry.Entry> holders = byOffice.remove(written.toLowerCase(Locale.ROOT));
                officesLeft = !byOffice.isEmpty();
                if (holders != null && holders.size() == 1 && holders.get(0).country.isEmpty()
                        && !anotherOfThatCountry(registry, holders.get(0), people.value().code())) {
                    holders.get(0).country = Optional.of(people.value().code());
                    holders.get(0).countryRule = "the office named later with its people's adjective and no name after it";
                }
            }
        }
    }

    /** The people who hold an office and no international one, by their title in lower case. */
    private static Map<String, List<PersonRegistry.Entry>> holdersByOffice(PersonRegistry registry) {
        Map<String, List<PersonRegistry.Entry>> byOffice = new HashMap<>();
        for (PersonRegistry.Entry entry : registry.entries()) {
            if (!entry.international && entry.title.isPresent()) {
                byOffice.computeIfAbsent(entry.title.get().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            }
        }
        return byOffice;
    }

    /**
     * "Premier Ann Holt and her Danish counterpart Lars Berg met … the Danish Premier said …": someone
     * else the text already gives that country is the office's holder there, written by another title,
     * and the one holder without a country is of the other side.
     */
    private static boolean anotherOfThatCountry(PersonRegistry registry, PersonRegistry.Entry holder, CountryCode country) {
        return registry.entries().stream().anyMatch(e -> e != holder && e.country.filter(country::equals).isPresent());
    }

    /**
     * "Lithuanian President receives …", "Президент Литвы принял …" above "President Tomas Vaitkus received …":
     * an office the headline gives a country gives it to the one holder of that office named without one.
     */
    private void countriesOfOfficesInHeadline(String text, List<List<Token>> headings, PersonRegistry registry) {
        List<Token> tokens = headings.isEmpty() ? List.of() : headings.get(0);
        for (int k = 0; k < tokens.size(); k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> people = lexicons.countries.longest(tokens, k);
            boolean demonym = people != null && people.value().form() == Lexicons.CountryForm.DEMONYM;
            int officeStart = demonym ? people.end() : k;
            int officeEnd = lexicons.officeWordsEnd(tokens, officeStart, LONGEST_OFFICE);
            if (officeEnd == officeStart) {
                continue;
            }
            PhraseIndex.Match<Lexicons.CountryEntry> state = demonym ? people : stateAfterOffice(tokens, officeEnd);
            if (state == null) {
                continue;
            }
            String office = text.substring(tokens.get(officeStart).start(), tokens.get(officeEnd - 1).end());
            List<PersonRegistry.Entry> holders = registry.entries().stream().filter(e -> !e.international
                    && e.title.filter(office::equalsIgnoreCase).isPresent()).toList();
            if (holders.size() == 1 && holders.get(0).country.isEmpty()) {
                holders.get(0).country = Optional.of(state.value().code());
                holders.get(0).countryRule = "the office the headline names with its country";
            }
            k = officeEnd - 1;
        }
    }

    /** The state named right after an office, "of" or not: "President of Lithuania", "Президент Литвы"; null when none is. */
    private PhraseIndex.Match<Lexicons.CountryEntry> stateAfterOffice(List<Token> tokens, int officeEnd) {
        int at = officeEnd < tokens.size() && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, officeEnd) ? officeEnd + 1 : officeEnd;
        PhraseIndex.Match<Lexicons.CountryEntry> state = at < tokens.size() ? lexicons.countries.longest(tokens, at) : null;
        return state != null && state.value().form() == Lexicons.CountryForm.NAME ? state : null;
    }

    /** The one empty list for what most sentences have none of, rather than an empty list each. */
    private static <T> List<T> shared(List<T> found) {
        return found.isEmpty() ? List.of() : found;
    }

    /** Where the text of a span goes on after the tokens read from it, or -1 when they cover it. */
    private static int unreadStart(String text, Span span, List<Token> tokens) {
        int next = tokens.get(tokens.size() - 1).end();
        while (next < span.end() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < span.end() ? next : -1;
    }

    /** The day a dateline gives: "NEW DELHI, Sept. 9 (Yonhap) --". */
    static Optional<DateRef> datelineDay(String text, Layout layout, Optional<LocalDate> anchor) {
        if (layout.dateline().isEmpty()) {
            return Optional.empty();
        }
        Span span = layout.dateline().get().span();
        for (DateFinder.Found found : DateFinder.find(text, Tokenizer.tokens(text, span.start(), span.end()), anchor)) {
            if (found.date().value().filter(v -> v.precision() == DatePrecision.DAY).isPresent()) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    /** How many tokens after a guest verb its guest's mention may start: "welcomed the newly appointed Ambassador". */
    private static final int GUEST_DISTANCE = 6;

    /**
     * The meeting words of a sentence: the lexicon's, and a guest or call verb followed closely
     * by someone with a title or a country ("welcomed the newly appointed Ambassador of
     * Türkiye", "spoke to British Prime Minister Cameron"), which without that person reports
     * nothing ("welcomed the decision", "spoke to reporters").
     */
    private List<PhraseIndex.Match<MeetingKind>> triggers(List<Token> tokens, List<Mention> mentions) {
        List<PhraseIndex.Match<MeetingKind>> triggers = withNumberedSessions(lexicons.triggers.findAll(tokens), tokens);
        List<PhraseIndex.Match<MeetingKind>> guests = new ArrayList<>();
        // By index: this runs for every sentence, and an iterator each time was garbage of its own.
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.title().isEmpty() && mention.country().isEmpty()) {
                continue;
            }
            PhraseIndex.Match<MeetingKind> guest = guestVerbBefore(tokens, mention);
            if (guest != null && (guests.isEmpty() || guests.get(guests.size() - 1).start() != guest.start())) {
                guests.add(guest); // mentions come in order
            }
            PhraseIndex.Match<MeetingKind> discussion = discussionWith(tokens, mentions, mention);
            if (discussion != null && (guests.isEmpty() || guests.get(guests.size() - 1).start() != discussion.start())) {
                guests.add(discussion);
            }
        }
        pairDiscussion(tokens, mentions, guests, triggers);
        guestsByTitle(tokens, guests);
        if (guests.isEmpty()) {
            return triggers;
        }
        // Last: a meeting word of the lexicon says more of the kind ("welcomed … for the Dialogue"), unless it
        // is what was discussed ("discussed preparations for the next meeting of NATO leaders with X")
        List<PhraseIndex.Match<MeetingKind>> all = new ArrayList<>(triggers);
        all.removeIf(t -> guests.stream().anyMatch(g -> g.start() < t.start() && t.end() < g.end()
                || t.value() == MeetingKind.VISIT && t.start() == g.start())); // "visited President X": a meeting with X
        all.addAll(guests);
        return List.copyOf(all);
    }

    /** How many capitalised words may stand between a session's number and its body's noun: "the 27th Coastal States Executive Council". */
    private static final int NUMBERED_BODY_REACH = 4;

    /**
     * "took part in the 42nd Regional Executive Council": a body numbered in figures is one of its sessions, a
     * meeting from the number to the body's noun; a body unnumbered ("the Executive Council adopted") is none.
     */
    private List<PhraseIndex.Match<MeetingKind>> withNumberedSessions(List<PhraseIndex.Match<MeetingKind>> triggers,
            List<Token> tokens) {
        List<PhraseIndex.Match<MeetingKind>> all = null;
        for (int k = 1; k < tokens.size(); k++) {
            if (!tokens.get(k).isCapitalized() || !lexicons.isCue(Lexicons.Cue.BODY_NOUN, tokens, k)) {
                continue;
            }
            int first = k - 1;
            while (first > 0 && k - first < NUMBERED_BODY_REACH && tokens.get(first).isCapitalized()) {
                first--;
            }
            int number = first > 0 && lexicons.isCue(Lexicons.Cue.ORDINAL_SUFFIX, tokens, first) ? first - 1 : first;
            if (!numberedInFigures(tokens, number, first) || coveredBy(triggers, k)) {
                continue;
            }
            all = all == null ? new ArrayList<>(triggers) : all;
            all.add(new PhraseIndex.Match<>(number, k + 1, MeetingKind.MEETING));
        }
        if (all == null) {
            return triggers;
        }
        all.sort(java.util.Comparator.comparingInt(PhraseIndex.Match::start));
        return List.copyOf(all);
    }

    /** Whether the token is a number in figures, with its ordinal ending in it ("42nd") or as the next token. */
    private static boolean numberedInFigures(List<Token> tokens, int number, int suffix) {
        String text = tokens.get(number).text();
        return !text.isEmpty() && Character.isDigit(text.charAt(0))
                && (number < suffix || !text.chars().allMatch(Character::isDigit));
    }

    private static boolean coveredBy(List<PhraseIndex.Match<MeetingKind>> triggers, int token) {
        for (int t = 0; t < triggers.size(); t++) {
            if (triggers.get(t).start() <= token && token < triggers.get(t).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many words a discussion's verb may stand before the "with" of its counterpart: "discussed bilateral
     * cooperation with", "discussed preparations for the next meeting of NATO leaders with".
     */
    private static final int DISCUSSION_REACH = 10;

    /**
     * "discussed bilateral cooperation with Portuguese Prime Minister Antonio Costa": a discussion's
     * verb, a few words of what was discussed and "with" before someone with a title or a country
     * report a meeting, from the verb to "with"; null when the mention has none before it. What was discussed
     * names no one and stops at no mark but a comma; a name of a place or a body in it may be capitalised.
     */
    private PhraseIndex.Match<MeetingKind> discussionWith(List<Token> tokens, List<Mention> mentions, Mention mention) {
        int with = mention.first() - 1;
        while (with > 0 && !lexicons.isCue(Lexicons.Cue.WITH_WORD, tokens, with) && mention.first() - with <= GUEST_DISTANCE) {
            with--;
        }
        if (with <= 0 || !lexicons.isCue(Lexicons.Cue.WITH_WORD, tokens, with) || !onlyModifiers(tokens, with + 1, mention.first())) {
            return null;
        }
        for (int k = with - 1; k >= 0 && with - k <= DISCUSSION_REACH; k--) {
            if (lexicons.isCue(Lexicons.Cue.DISCUSSION_VERB, tokens, k)) {
                return new PhraseIndex.Match<>(k, with + 1, meansBetween(tokens, k + 1, with));
            }
            if (inMention(mentions, k) || !tokens.get(k).isWord() && !tokens.get(k).isPunctuation(',')) {
                return null;
            }
        }
        return null;
    }

    /** Whether one of the mentions covers a token. */
    private static boolean inMention(List<Mention> mentions, int token) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).first() <= token && token < mentions.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a discussion was held, told between its verb and "with": "discussed by phone the upcoming talks with"
     * is a call; a meeting when no call or video's words stand there.
     */
    private MeetingKind meansBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<MeetingKind> means = lexicons.triggers.longest(tokens, k);
            if (means != null && means.end() <= to
                    && (means.value() == MeetingKind.PHONE_CALL || means.value() == MeetingKind.VIDEO_CONFERENCE)) {
                return means.value();
            }
        }
        return MeetingKind.MEETING;
    }

    /** How many words may join two officials ("and his Brazilian counterpart") or stand before their verb ("on Monday"). */
    private static final int PAIR_GAP = 3;

    /**
     * "Foreign Minister A and his Brazilian counterpart B discussed on Monday …": two officials
     * joined by "and" as the subject of a discussion's verb report a meeting of the two, from the
     * verb on.
     */
    private void pairDiscussion(List<Token> tokens, List<Mention> mentions, List<PhraseIndex.Match<MeetingKind>> guests,
            List<PhraseIndex.Match<MeetingKind>> named) {
        int lastNamed = -1; // where the last meeting word starts: a loop, as a stream per sentence was garbage
        for (int t = 0; t < named.size(); t++) {
            lastNamed = Math.max(lastNamed, named.get(t).start());
        }
        for (int m = 1; m < mentions.size(); m++) {
            Mention first = mentions.get(m - 1);
            Mention second = mentions.get(m);
            boolean officials = (first.title().isPresent() || first.country().isPresent())
                    && (second.title().isPresent() || second.country().isPresent());
            int name = first.nameStart(tokens);
            boolean firstSetOff = name > 0 && tokens.get(name - 1).isPunctuation(',');
            // "The Foreign Minister of X, A, and the ambassador of Y, B, reviewed": each name set off by its commas
            int and = firstSetOff && first.end() < second.first() && tokens.get(first.end()).isPunctuation(',')
                    ? first.end() + 1 : first.end();
            boolean joined = and < second.first() && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, and)
                    && second.first() - and <= PAIR_GAP && onlyModifiers(tokens, and + 1, second.first());
            if (!officials || !joined) {
                continue;
            }
            // "Russian and Chinese foreign ministers, A and B, discussed": the pair set off by commas; "A and the head
            // of the mission, B, discussed": the second name set off from its office
            int secondName = second.nameStart(tokens);
            boolean secondSetOff = secondName > second.first() && tokens.get(secondName - 1).isPunctuation(',');
            boolean setOff = (firstSetOff || secondSetOff) && second.end() < tokens.size()
                    && tokens.get(second.end()).isPunctuation(',');
            int verbFrom = setOff ? second.end() + 1 : second.end();
            for (int k = verbFrom; k < tokens.size() && k <= verbFrom + PAIR_GAP; k++) {
                // "A and B agreed that …" tells of their meeting, unless a meeting word after it does ("agreed … during
                // talks held on Friday")
                int verbEnd = Math.max(lexicons.cueEnd(Lexicons.Cue.DISCUSSION_VERB, tokens, k),
                        lastNamed > k ? -1 : lexicons.cueEnd(Lexicons.Cue.PAIR_VERB, tokens, k));
                if (verbEnd > k) {
                    if (!startsGuest(guests, k)) {
                        guests.add(new PhraseIndex.Match<>(k, verbEnd, MeetingKind.MEETING));
                    }
                    break;
                }
                Token token = tokens.get(k);
                if (!token.isWord() || !token.isLowerCase() && DateWords.weekday(token.key()) == null) {
                    break; // "on Monday": a day may come between the subject and its verb
                }
            }
        }
    }

    /**
     * A guest or call verb shortly before someone, only modifiers between ("called on H.E. Dr. X"), as a
     * meeting's word: "spoke to British Prime Minister Cameron" is a call; null when there is none.
     */
    private PhraseIndex.Match<MeetingKind> guestVerbBefore(List<Token> tokens, Mention mention) {
        for (int k = Math.max(0, mention.first() - GUEST_DISTANCE); k < mention.first(); k++) {
            int guest = Math.max(Math.max(lexicons.cueEnd(Lexicons.Cue.GUEST_VERB, tokens, k), callOn(tokens, k, mention)),
                    lexicons.cueEnd(Lexicons.Cue.VISIT_PAID_TO, tokens, k));
            int call = lexicons.cueEnd(Lexicons.Cue.CALL_VERB, tokens, k);
            int end = Math.max(guest, call);
            if (end > 0 && end <= mention.first() && onlyModifiers(tokens, end, mention.first())) {
                return new PhraseIndex.Match<>(k, end, call == end ? MeetingKind.PHONE_CALL : MeetingKind.MEETING);
            }
        }
        return null;
    }

    /**
     * "Earlier, Prime Minister A had called on B": a guest verb before someone named again without a
     * title, when an official named right before the verb is its subject; the sentence's meeting
     * words with it, or as they were when there is none.
     */
    private List<PhraseIndex.Match<MeetingKind>> withGuestNamedAgain(List<Token> tokens,
            List<PhraseIndex.Match<MeetingKind>> triggers, List<Mention> mentions, Mention named) {
        if (named.first() < 1 || named.end() < tokens.size() && lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, named.end())) {
            return triggers;
        }
        PhraseIndex.Match<MeetingKind> guest = guestVerbBefore(tokens, named);
        if (guest == null || !officialEndsBefore(tokens, mentions, guest.start())
                || triggers.stream().anyMatch(t -> t.start() <= guest.start() && guest.start() < t.end())) {
            return triggers;
        }
        List<PhraseIndex.Match<MeetingKind>> with = new ArrayList<>(triggers);
        with.add(guest);
        with.sort(ByStart.ORDER);
        return List.copyOf(with);
    }

    /** How many lower-case words may stand between an official and the verb: "A also", "A had". */
    private static final int SUBJECT_GAP = 1;

    /** Whether someone named with a title or a country ends right before a token, or a lower-case word before it. */
    private static boolean officialEndsBefore(List<Token> tokens, List<Mention> mentions, int at) {
        for (Mention subject : mentions) {
            boolean described = subject.title().isPresent() || subject.country().isPresent();
            int gap = at - subject.end();
            if (described && gap >= 0 && gap <= SUBJECT_GAP
                    && (gap == 0 || tokens.get(subject.end()).isWord() && tokens.get(subject.end()).isLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where "called on" ends when it is a visit to the person after it ("called on Minister X"),
     * not an appeal ("called on President X to step down"), else -1.
     */
    private int callOn(List<Token> tokens, int k, Mention person) {
        int end = lexicons.cueEnd(Lexicons.Cue.CALL_ON, tokens, k);
        if (end < 0) {
            return -1;
        }
        return isAppeal(tokens, person.end()) ? -1 : end;
    }

    /** The most words an office's tail and a name after its head may have, which keeps the scan short. */
    private static final int OFFICE_AND_NAME_WORDS = 12;

    /** Where the words of an office and the name after its head end: "for Interior Tariq Mahmood" of "Minister …". */
    private int pastOfficeAndName(List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && k < at + OFFICE_AND_NAME_WORDS && tokens.get(k).isWord()) {
            boolean connector = lexicons.isCue(Lexicons.Cue.TITLE_CONNECTOR, tokens, k) && k + 1 < tokens.size()
                    && tokens.get(k + 1).isCapitalized();
            if (!tokens.get(k).isCapitalized() && !connector) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * Whether an infinitive follows the one "called on" ("… to step down"), which makes the call an appeal,
     * unless the caller does it ("… to brief him").
     */
    private boolean isAppeal(List<Token> tokens, int after) {
        return after + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.FUTURE, tokens, after)
                && tokens.get(after + 1).isLowerCase() && !lexicons.isCue(Lexicons.Cue.CALLER_PURPOSE, tokens, after);
    }

    /**
     * "received the ambassadors of Russia and China", "принял послов России и Китая": a guest verb
     * followed closely by an office, though nobody is named, reports a meeting.
     */
    private void guestsByTitle(List<Token> tokens, List<PhraseIndex.Match<MeetingKind>> guests) {
        for (int k = 0; k < tokens.size(); k++) {
            int guest = lexicons.cueEnd(Lexicons.Cue.GUEST_VERB, tokens, k);
            // "Obama called the Prime Minister this morning": a call to someone named by an office alone; "X
            // called on the Prime Minister": a visit to them
            int visit = lexicons.cueEnd(Lexicons.Cue.CALL_ON, tokens, k);
            int call = visit >= 0 ? -1 : lexicons.cueEnd(Lexicons.Cue.CALL_VERB, tokens, k);
            int end = Math.max(guest, Math.max(call, visit));
            if (end <= 0 || startsGuest(guests, k)) {
                continue;
            }
            int from = placeAside(tokens, end, tokens.size()); // "принял в Кремле президента Ирана …"
            int reach = from + 2;
            for (int t = from; t < tokens.size() && t <= reach; t++) {
                PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, t);
                if (title != null && title.value() == Lexicons.TitleRole.MODIFIER) {
                    reach++; // "called on the Foreign Minister": the office's head comes after its modifiers
                    continue;
                }
                if (title != null && title.value() == Lexicons.TitleRole.HEAD) {
                    if (end != visit || !isAppeal(tokens, pastOfficeAndName(tokens, title.end()))) {
                        guests.add(new PhraseIndex.Match<>(k, end, end == call ? MeetingKind.PHONE_CALL : MeetingKind.MEETING));
                    }
                    break;
                }
                if (!tokens.get(t).isWord() || !tokens.get(t).isLowerCase() || lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, t)) {
                    break;
                }
            }
            k = end - 1;
        }
        if (guests.size() > 1) {
            guests.sort(ByStart.ORDER);
        }
    }

    /**
     * Matches in text order; one comparator for every sentence rather than one made per sentence,
     * made when a parse first sorts: as the class's own constant, its lambda was linked while a
     * parser was created.
     */
    private static final class ByStart {
        static final java.util.Comparator<PhraseIndex.Match<MeetingKind>> ORDER =
                java.util.Comparator.comparingInt(PhraseIndex.Match::start);
    }

    private static boolean startsGuest(List<PhraseIndex.Match<MeetingKind>> guests, int token) {
        for (PhraseIndex.Match<MeetingKind> guest : guests) {
            if (guest.start() == token) {
                return true;
            }
        }
        return false;
    }

    /** The most capitalised words of a place set between a guest verb and its guest. */
    private static final int PLACE_ASIDE_WORDS = 3;

    /**
     * Where a place set between a guest verb and its guest ends ("в Кремле", "at the Presidential
     * Palace"): a preposition of where, an article, and capitalised words; {@code at} when none
     * starts there.
     */
    private int placeAside(List<Token> tokens, int at, int to) {
        if (!lexicons.isCue(Lexicons.Cue.PLACE_IN, tokens, at) && !lexicons.isCue(Lexicons.Cue.PLACE_AT, tokens, at)) {
            return at;
        }
        int k = at + 1;
        if (k < to && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, k)) {
            k++;
        }
        int words = 0;
        while (k < to && words < PLACE_ASIDE_WORDS && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
            words++;
        }
        return words > 0 && k < to ? k : at;
    }

    /**
     * Whether the words between a guest verb and a mention only qualify the guest ("the newly
     * appointed"), not name a thing of the guest's ("the reform agenda of President …").
     */
    private boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, k);
            if (honorific != null && honorific.end() <= to) {
                k = honorific.end() - 1; // "called on H.E. Dr. …": honorifics before the name
                continue;
            }
            if (lexicons.isCue(Lexicons.Cue.RANK, tokens, k)) {
                continue; // "called on General Qamar Javed Bajwa": a rank before the name
            }
            PhraseIndex.Match<Lexicons.CountryEntry> state = lexicons.countries.longest(tokens, k);
            if (state != null && state.end() == to && !state.value().form().isTown()) {
                break; // "spoke to US Secretary of State …": the office's state right before the mention
            }
            int place = placeAside(tokens, k, to);
            if (place > k) {
                k = place - 1; // "принял в Кремле президента …", "received at the Akorda the Ambassador …"
                continue;
            }
            if (k + 1 < to && DateWords.weekday(tokens.get(k + 1).key()) != null && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, k)) {
                k++; // "принял в понедельник посла …", "received on Monday the Ambassador …": the day aside
                continue;
            }
            Token token = tokens.get(k);
            if (!token.isWord() || !token.isLowerCase() || lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, k)) {
                return token.isPunctuation('.') && k > from; // the stop of "Gen." or "Dr."
            }
        }
        return true;
    }

    /**
     * Which tokens a mention or the attribution already covers, marked once: asking every mention
     * for every token would be quadratic in a sentence that names many people.
     */
    private static boolean[] covered(List<Token> tokens, List<Mention> mentions, Optional<Span> attribution) {
        boolean[] covered = new boolean[tokens.size()];
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            for (int k = Math.max(0, mention.first()); k < Math.min(mention.end(), tokens.size()); k++) {
                covered[k] = true;
            }
        }
        for (int k = 0; k < tokens.size() && attribution.isPresent(); k++) {
            Token token = tokens.get(k);
            covered[k] |= token.start() >= attribution.get().start() && token.end() <= attribution.get().end();
        }
        return covered;
    }

    /**
     * Adds the mentions of people already known by name: "Rakhmetullin emphasized". The sentence's
     * mentions are copied for the first name met again, as most sentences have none; those named
     * again are the ones added after its own.
     */
    private Sentence withLaterMentions(String text, Sentence sentence, Optional<Sentence> next, PersonRegistry registry,
            Optional<Span> attribution) {
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = sentence.mentions();
        boolean[] covered = covered(tokens, mentions, attribution);
        int i = 0;
        while (i < tokens.size()) {
            int placeName = lexicons.placeNameEnd(tokens, i);
            if (placeName > 0) {
                i = placeName; // "в аэропорту Эсенбога": the airport's name
                continue;
            }
            if (covered[i] || !personFinder.isNameWord(tokens, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && !covered[end] && personFinder.isNamePart(tokens, end, i)) {
                end++;
            }
            PersonReader.NameReading reading = knownReading(personFinder.readings(text, tokens, i, end), registry);
            Optional<PersonRegistry.Entry> known = registry.find(reading.words());
            List<String> words = reading.words();
            Span span = Span.of(tokens.get(i).start(), tokens.get(end - 1).end());
            boolean listedSurname = words.size() == 1 && isListedSurname(tokens, i)
                    && (actsLikePerson(tokens, end) || pairedWithListedSurname(tokens, i) || isMetWith(sentence, i));
            if (known.isEmpty() && (listedSurname || words.size() >= 2 && words.size() <= 3
                    && readAsPerson(sentence, next, mentions, words, i, end))) {
                // "Kaja Kallas today took office …", "… succeeds Josep Borrell, who …": a name without a title
                Optional<String> bracketed = personFinder.officeInBrackets(text, tokens, end); // "Tom Hale (Defence Secretary)"
                Mention untitled = new Mention(reading.name(), words, span, i, end, sentence.index(),
                        titleOnTheNextLine(sentence, next, i, end).map(title -> title.cut(text)).or(() -> bracketed),
                        untitledCountry(tokens, words, i, end), false, Optional.empty(), Optional.empty());
                registry.add(untitled);
                known = registry.find(words);
            }
            if (known.isPresent()) {
                Mention later = new Mention(reading.name(), words, span, i, end, sentence.index(),
                        Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());
                if (known.get().words.size() == 1 && words.size() > 1) {
                    registry.add(later); // "Minister Lavrov …" known first: "Sergei Lavrov" is the fuller name
                }
                mentions = mentions == sentence.mentions() ? new ArrayList<>(mentions) : mentions;
                mentions.add(later);
            }
            i = Math.max(end, i + 1);
        }
        if (mentions == sentence.mentions() && inOrder(mentions)) {
            return sentence; // nobody named again: the sentence as first read is the same, made again for nothing
        }
        List<Mention> namedAgain = List.copyOf(mentions.subList(sentence.mentions().size(), mentions.size()));
        mentions = mentions == sentence.mentions() ? new ArrayList<>(mentions) : mentions;
        mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<PhraseIndex.Match<MeetingKind>> triggers = sentence.triggers();
        for (Mention named : namedAgain) {
            triggers = withGuestNamedAgain(tokens, triggers, mentions, named);
        }
        return new Sentence(sentence.index(), sentence.paragraph(), sentence.span(), tokens, List.copyOf(mentions),
                sentence.dates(), sentence.places(), triggers, sentence.words());
    }

    /** Whether mentions are in the order of their first tokens, as a sentence keeps them. */
    private static boolean inOrder(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).first() > mentions.get(i).first()) {
                return false;
            }
        }
        return true;
    }

    /** The first reading of a name whose words the release already knows as someone's, else the first. */
    private static PersonReader.NameReading knownReading(List<PersonReader.NameReading> readings, PersonRegistry registry) {
        for (PersonReader.NameReading candidate : readings) {
            if (registry.find(candidate.words()).isPresent()) {
                return candidate;
            }
        }
        return readings.get(0);
    }

    /** How many words a country's name before a possessive may have: "the United Arab Emirates". */
    private static final int LONGEST_COUNTRY_NAME = 4;

    /**
     * "Mosud Mannan of Bangladesh", "Sweden's Staffan Herrstrom": the country a name without a
     * title is said to be of; empty when none is said.
     */
    private Optional<CountryCode> countryNamedWith(List<Token> tokens, int start, int end) {
        Optional<CountryCode> after = countryAfterName(tokens, end);
        if (after.isPresent()) {
            return after;
        }
        int before = possessiveCountryStart(tokens, start);
        return before >= 0 ? countryAt(tokens, before) : Optional.empty();
    }

    /** "Даниэл Коштовал из Чехии": the country said right after a name, or empty. */
    private Optional<CountryCode> countryAfterName(List<Token> tokens, int end) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = countryOfNameAfter(tokens, end);
        return country == null ? Optional.empty() : Optional.of(country.value().code());
    }

    private Optional<CountryCode> countryAt(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, at);
        return country != null && country.value().form() == Lexicons.CountryForm.NAME
                ? Optional.of(country.value().code()) : Optional.empty();
    }

    /** Where "of [the] Bangladesh", "из Чехии" after a name ends, or -1 when no country's name follows it so. */
    private int countryAfterEnd(List<Token> tokens, int end) {
        PhraseIndex.Match<Lexicons.CountryEntry> country = countryOfNameAfter(tokens, end);
        return country == null ? -1 : country.end();
    }

    /** The country's name in "of [the] Bangladesh", "из Чехии" at a token, or null. */
    private PhraseIndex.Match<Lexicons.CountryEntry> countryOfNameAfter(List<Token> tokens, int end) {
        int of = end < tokens.size() ? Math.max(lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, end),
                lexicons.cueEnd(Lexicons.Cue.FROM_COUNTRY, tokens, end)) : -1;
        if (of <= end || of >= tokens.size()) {
            return null;
        }
        int at = lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, of) ? lexicons.pastEpithet(tokens, of + 1, tokens.size()) : of;
        PhraseIndex.Match<Lexicons.CountryEntry> country = at < tokens.size() ? lexicons.countries.longest(tokens, at) : null;
        return country != null && country.value().form() == Lexicons.CountryForm.NAME ? country : null;
    }

    /** Where "Sweden's" before a name starts, or -1 when no country's name and possessive stand there. */
    private int possessiveCountryStart(List<Token> tokens, int start) {
        int possessive = -1; // "'s" may be one token or two
        for (int p = start - 1; p >= Math.max(1, start - 2) && possessive < 0; p--) {
            possessive = lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, p) == start ? p : -1;
        }
        for (int k = possessive - 1; k >= 0 && k >= possessive - LONGEST_COUNTRY_NAME; k--) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && country.end() == possessive && country.value().form() == Lexicons.CountryForm.NAME) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "met with Liu Shaobin, Mosud Mannan of Bangladesh, Sweden's Staffan Herrstrom and …": a name
     * listed right after someone named after a meeting word is one more of those met.
     */
    private boolean listedAfterMet(Sentence sentence, List<Mention> mentions, int at) {
        List<Token> tokens = sentence.tokens();
        int begin = possessiveCountryStart(tokens, at);
        int separator = (begin >= 0 ? begin : at) - 1;
        if (separator > 0 && lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, separator)) {
            separator = tokens.get(separator - 1).isPunctuation(',') ? separator - 1 : separator; // ", and"
        } else if (separator <= 0 || !tokens.get(separator).isPunctuation(',')) {
            return false;
        }
        for (Mention previous : mentions) {
            boolean listedBefore = previous.end() == separator || countryAfterEnd(tokens, previous.end()) == separator;
            if (listedBefore && previous.sentence() == sentence.index()) {
                return sentence.triggers().stream().anyMatch(t -> t.end() <= previous.first());
            }
        }
        return false;
    }

    /**
     * "Manalo also met with Reinhard Bütikofer, member of …", "Lavrov met Blinken": a name right
     * after a meeting verb or the "with" of a meeting word is the one met.
     */
    private boolean isMetWith(Sentence sentence, int at) {
        if (at < 0) {
            return false; // no possessive country before the name
        }
        List<Token> tokens = sentence.tokens();
        boolean with = at >= 2 && lexicons.isCue(Lexicons.Cue.WITH, tokens, at - 1);
        for (PhraseIndex.Match<MeetingKind> trigger : sentence.triggers()) {
            // "met with" may be one trigger, "held talks with" a trigger and its "with"; "met Blinken" a verb alone
            boolean verb = trigger.end() == at && tokens.get(trigger.start()).isLowerCase();
            if (with && (trigger.end() == at || trigger.end() == at - 1) || verb) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Federica Mogherini, the outgoing European Union foreign policy chief, …": a name set off by a
     * comma before a phrase with a title, up to the next comma.
     */
    private boolean titleInAppositionAfter(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).isPunctuation(',')) {
            return false;
        }
        for (int k = end + 1; k < tokens.size() && k <= end + APPOSITION_REACH; k++) {
            if (tokens.get(k).isPunctuation(',') || tokens.get(k).isPunctuation('.')) {
                return false;
            }
            PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, k);
            if (title != null && title.value() == Lexicons.TitleRole.HEAD) {
                return true;
            }
        }
        return false;
    }

    /** How far before a name in apposition its title may start. */
    private static final int APPOSITION_REACH = 8;

    /** The most words the first of two names in apposition may have: "Aleksandr Ivanovich Petrov". */
    private static final int LONGEST_APPOSED_NAME = 3;

    /**
     * "the French Minister responsible for Housing, Luc Moreau.", "the President's
     * spokesperson, Thabo Dlamini, said": a name set off by commas right after a title, or the
     * second of two names so set off.
     */
    private boolean isAppositiveToTitle(List<Token> tokens, int start, int end) {
        boolean closed = end == tokens.size() || tokens.get(end).isPunctuation(',') || tokens.get(end).isPunctuation('.')
                || tokens.get(end).isPunctuation(';') || tokens.get(end).isAny(APPOSITION_ENDS);
        if (!closed || start < 2) {
            return false;
        }
        if (lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, start - 1)) {
            // "The two ministers, Oleg Smirnov and John Hale, held talks": the second of two names in apposition
            int first = start - 1;
            while (first > 0 && first > start - 1 - LONGEST_APPOSED_NAME && personFinder.isNameWord(tokens, first - 1)) {
                first--;
            }
            return first < start - 2 && isAppositiveToTitle(tokens, first, start - 1);
        }
        if (!tokens.get(start - 1).isPunctuation(',')) {
            return false;
        }
        for (int k = start - 2; k >= 0 && k >= start - 1 - APPOSITION_REACH; k--) {
            if (tokens.get(k).isPunctuation(',') || tokens.get(k).isPunctuation('.')) {
                return false;
            }
            if (lexicons.titles.longest(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** A word that is the surname of listed office holders of one country alone ("Putin"). */
    private boolean isListedSurname(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() && personFinder.isNameWord(tokens, at)
                && lexicons.countryOfOfficialSurname(tokens.get(at).key()).isPresent();
    }

    /** "Putin and Trump", "Trump, Putin": a listed surname joined to another by "and" or a comma. */
    private boolean pairedWithListedSurname(List<Token> tokens, int at) {
        boolean joinedAfter = at + 2 < tokens.size() && (lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, at + 1)
                || tokens.get(at + 1).isPunctuation(','));
        boolean joinedBefore = at >= 2 && (lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, at - 1)
                || tokens.get(at - 1).isPunctuation(','));
        return joinedAfter && isListedSurname(tokens, at + 2) || joinedBefore && isListedSurname(tokens, at - 2);
    }

    /**
     * The country of a name without a title: the one named with it, else, for a name of a side's leader ("a US
     * delegation led by Helen Ward"), the side's.
     */
    private Optional<CountryCode> untitledCountry(List<Token> tokens, List<String> words, int start, int end) {
        Optional<CountryCode> namedWith = words.size() >= 2 && words.size() <= 3
                ? countryNamedWith(tokens, start, end).or(() -> counterpartsPeopleAfter(tokens, end)) : Optional.empty();
        return namedWith.isPresent() || !ledBy(tokens, start) ? namedWith : personFinder.sideOf(tokens, start);
    }

    /** Whether the words around a name of two or three words without a title say it is a person's. */
    private boolean readAsPerson(Sentence sentence, Optional<Sentence> next, List<Mention> mentions, List<String> words,
            int start, int end) {
        List<Token> tokens = sentence.tokens();
        if (lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, start - 1)) {
            return false; // "at the Temple Trees, the official residence of …": a person's name takes no article
        }
        return actsLikePerson(tokens, end) || plansAsPerson(tokens, start, end) || closesDashedNames(tokens, start, end)
                || ledBy(tokens, start) || isAppositiveToTitle(tokens, start, end)
                || lexicons.isOfficial(words) || titleInAppositionAfter(tokens, end)
                || listedAfterMet(sentence, mentions, start) || isMetWith(sentence, start)
                || isMetWith(sentence, possessiveCountryStart(tokens, start)) || pairedWithActingName(mentions, tokens, end)
                || counterpartNounAfter(tokens, end) > 0 || sideAfterBetween(sentence, start, end)
                || listedAsMembers(tokens, start) || addressed(tokens, start, end)
                || titleOnTheNextLine(sentence, next, start, end).isPresent();
    }

    /**
     * "Robert Hale\nSecretary of State\nLondon, United Kingdom": the office on the line under a name that opens a
     * block, as a transcript or a letter is signed; empty when none is there.
     */
    private Optional<Span> titleOnTheNextLine(Sentence sentence, Optional<Sentence> next, int start, int end) {
        if (start != 0 || end != sentence.tokens().size() || next.isEmpty()
                || next.get().paragraph() != sentence.paragraph()) {
            return Optional.empty();
        }
        List<Token> below = next.get().tokens();
        PhraseIndex.Match<Lexicons.TitleRole> office = lexicons.titles.longest(below, 0);
        if (office == null || office.end() != below.size()) {
            return Optional.empty();
        }
        return Optional.of(Span.of(below.get(0).start(), below.get(office.end() - 1).end()));
    }

    /** How many words a verb that takes a person may have: "called on". */
    private static final int LONGEST_ADDRESSEE_VERB = 2;

    /**
     * "congratulated Nurlan Bekov on his appointment", "thanked Anna Berg for the invitation": a name
     * between a verb that takes a person and a word of what it was about is a person's.
     */
    private boolean addressed(List<Token> tokens, int start, int end) {
        return end < tokens.size() && lexicons.endsAt(Lexicons.Cue.ADDRESSEE_VERB, tokens, start, LONGEST_ADDRESSEE_VERB)
                && tokens.get(end).isLowerCase() && lexicons.isCue(Lexicons.Cue.ADDRESSEE_PREPOSITION, tokens, end);
    }

    /** How many words a list of members may run before a name of it: four names of three words and their commas. */
    private static final int MEMBERS_LIST_REACH = 16;

    /** How many words before the word of membership the delegation's noun may stand: "a delegation of the U.S. Senate". */
    private static final int DELEGATION_REACH = 8;

    /**
     * "a delegation of the U.S. Senate consisting of A, B and C": a name in a list of plain names that a
     * word of membership opens, after a delegation's noun, is a person's.
     */
    private boolean listedAsMembers(List<Token> tokens, int start) {
        for (int k = start; k > 0 && start - k <= MEMBERS_LIST_REACH; k--) {
            if (lexicons.endsAt(Lexicons.Cue.MEMBERS_LISTED, tokens, k, LONGEST_MEMBERS_CUE)) {
                for (int d = Math.max(0, k - LONGEST_MEMBERS_CUE - DELEGATION_REACH); d < k; d++) {
                    if (lexicons.isCue(Lexicons.Cue.SIDE_NOUN, tokens, d)) {
                        return true;
                    }
                }
                return false;
            }
            Token before = tokens.get(k - 1);
            if (!before.isPunctuation(',') && !lexicons.isCue(Lexicons.Cue.AND_WORD, tokens, k - 1)
                    && !personFinder.isNameWord(tokens, k - 1)) {
                return false;
            }
        }
        return false;
    }

    /** The most words a word of membership has: "made up of". */
    private static final int LONGEST_MEMBERS_CUE = 3;

    /** How many words a plain name of a meeting's side may have: "between Nikos Andreadis and …". */
    private static final int SIDE_NAME_WORDS = 4;

    /**
     * "The meeting between Nikos Andreadis and Costas Lambrou …": two plain names joined by "and" right after
     * a meeting word and its "between" are the meeting's two sides.
     */
    private boolean sideAfterBetween(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        if (end + 2 < tokens.size() && lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, end)) {
            // "between A and Sayyid B C": an honorific may open the other side's name
            PhraseIndex.Match<Boolean> honorific = lexicons.honorifics.longest(tokens, end + 1);
            return afterMeetingsBetween(sentence, start) && nameWordsFrom(tokens, honorific == null ? end + 1 : honorific.end()) >= 2;
        }
        if (start < 3 || !lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, start - 1)) {
            return false;
        }
        int first = start - 1;
        while (first > 0 && start - 1 - first < SIDE_NAME_WORDS && personFinder.isNameWord(tokens, first - 1)) {
            first--;
        }
        return start - 1 - first >= 2 && afterMeetingsBetween(sentence, first);
    }

    /**
     * Whether a token comes right after "between" that a meeting word or an exchange's noun ends just before:
     * "the talks between", "the conversation between".
     */
    private boolean afterMeetingsBetween(Sentence sentence, int at) {
        if (at < 2 || !lexicons.isCue(Lexicons.Cue.BETWEEN, sentence.tokens(), at - 1)) {
            return false;
        }
        return sentence.triggers().stream().anyMatch(trigger -> trigger.end() == at - 1)
                || lexicons.endsAt(Lexicons.Cue.SIDES_NOUN, sentence.tokens(), at - 1, SIDES_NOUN_WORDS);
    }

    /** The most words an exchange's noun before "between" has: "phone call". */
    private static final int SIDES_NOUN_WORDS = 2;

    /** How many name words run from a token, at most {@link #SIDE_NAME_WORDS}. */
    private int nameWordsFrom(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < SIDE_NAME_WORDS && personFinder.isNameWord(tokens, k)) {
            k++;
        }
        return k - from;
    }

    /** How many words a people's adjective before a counterpart's word may have: "his Sri Lankan counterpart". */
    private static final int COUNTERPART_PEOPLE_WORDS = 2;

    /**
     * "… was received by Paolo Rossi, his Italian counterpart who …": where the counterpart's word of an
     * apposition right after a name stands, or -1.
     */
    private int counterpartNounAfter(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).isPunctuation(',') || !lexicons.isCue(Lexicons.Cue.POSSESSIVE_PRONOUN, tokens, end + 1)) {
            return -1;
        }
        for (int k = end + 2; k < tokens.size() && k <= end + 2 + COUNTERPART_PEOPLE_WORDS; k++) {
            if (lexicons.isCue(Lexicons.Cue.COUNTERPART_NOUN, tokens, k)) {
                // "a letter to Prime Minister A, his Malaysian counterpart B wrote …": a name after the
                // word makes the counterpart someone else, the subject of a new clause
                return k + 1 < tokens.size() && personFinder.isNameWord(tokens, k + 1) ? -1 : k;
            }
        }
        return -1;
    }

    /** The people's adjective of a counterpart's word in apposition right after a name: "Paolo Rossi, his Italian counterpart". */
    private Optional<CountryCode> counterpartsPeopleAfter(List<Token> tokens, int end) {
        int noun = counterpartNounAfter(tokens, end);
        PhraseIndex.Match<Lexicons.CountryEntry> people = noun > 0 ? lexicons.countries.longest(tokens, end + 2) : null;
        return people != null && people.end() == noun && people.value().form() == Lexicons.CountryForm.DEMONYM
                ? Optional.of(people.value().code()) : Optional.empty();
    }

    /**
     * "Oleg Petrov and Anna Wen met …", "Oleg Petrov and Foreign Minister Anna Wen held talks", "Kuwait's Oleg
     * Petrov and Portugal's Anna Wen commended …": a name joined by "and" to a name, plain or titled, that acts
     * like a person's.
     */
    private boolean pairedWithActingName(List<Mention> mentions, List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, end)) {
            return false;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, end + 1);
        int possessiveEnd = country == null ? -1 : lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, country.end()); // "'s": one token or two
        int next = country != null && possessiveEnd > country.end() ? possessiveEnd : end + 1;
        if (next + 1 >= tokens.size()) {
            return false;
        }
        for (Mention mention : mentions) {
            if (mention.first() == next) {
                return actsLikePerson(tokens, mention.end());
            }
        }
        int after = joinedNameEnd(tokens, next);
        return after > 0 && actsLikePerson(tokens, after);
    }

    /** Where a name of two or three words starting at a token ends, the second of two joined by "and"; -1 when none is. */
    private int joinedNameEnd(List<Token> tokens, int next) {
        int after = next;
        while (after < tokens.size() && after < next + 3 && personFinder.isNamePart(tokens, after, next)) {
            after++;
        }
        return after - next >= 2 && personFinder.isNameWord(tokens, next) ? after : -1;
    }

    /** Whether a name follows words of leading: "a delegation led by Helen Ward", "headed by". */
    private boolean ledBy(List<Token> tokens, int at) {
        return lexicons.endsAt(Lexicons.Cue.LED_BY, tokens, at, Lexicons.LED_BY_WORDS);
    }

    /** Whether the words after a run of names make it a person: a personal verb, or ", who". */
    private boolean actsLikePerson(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && lexicons.isCue(Lexicons.Cue.NAME_ADVERB, tokens, k)) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        if (tokens.get(k).isPunctuation(',') && k + 1 < tokens.size() && tokens.get(k + 1).isAny(PERSON_PRONOUNS)) {
            return true;
        }
        return lexicons.isCue(Lexicons.Cue.PERSON_VERB, tokens, k);
    }

    /** How many words before a name the dash that opens its aside may stand: "– A, B and C –". */
    private static final int DASHED_ASIDE_REACH = 8;

    /**
     * "Two ministers – Ana Lind and Tomas Berg – met in Gdansk": names in an aside between dashes,
     * the last closed by a dash that a person's verb follows, are people's.
     */
    private boolean closesDashedNames(List<Token> tokens, int start, int end) {
        int open = start - 1;
        while (open >= 0 && start - open <= DASHED_ASIDE_REACH && isAsideWord(tokens, open)) {
            open--;
        }
        int close = end;
        while (close < tokens.size() && close - end <= DASHED_ASIDE_REACH && isAsideWord(tokens, close)) {
            close++;
        }
        return open >= 0 && close + 1 < tokens.size() && tokens.get(open).isDash() && tokens.get(close).isDash()
                && actsLikePerson(tokens, close + 1);
    }

    /** A word of a list of names: a name's word, a comma or "and". */
    private boolean isAsideWord(List<Token> tokens, int at) {
        return tokens.get(at).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, at)
                || personFinder.isNameWord(tokens, at);
    }

    /**
     * "Ana Lind will co-chair the session", "A and B are to meet": a plan's modal after a name, or after
     * the name joined to it, takes a person, unless a preposition before makes the words a thing's name
     * ("the Agreement on Mutual Visa Exemption will enter into force").
     */
    private boolean plansAsPerson(List<Token> tokens, int start, int end) {
        if (start > 0 && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, start - 1)
                || tokens.get(end - 1).text().length() == 1) {
            return false; // "So I would say …": an initial ends no name
        }
        int k = end;
        if (k + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, k)) {
            k = joinedNameEnd(tokens, k + 1);
            if (k < 0) {
                return false;
            }
        }
        return k < tokens.size() && lexicons.isCue(Lexicons.Cue.MODAL, tokens, k);
    }

    /**
     * The country of the publishing side, from the attribution, source header and credits, and
     * if asked from the dateline too: weaker evidence, since a release may be filed from abroad.
     */
    private Optional<CountryCode> publisherOf(String text, Layout layout, Map<String, String> headers, boolean orDateline) {
        List<String> sources = new ArrayList<>();
        layout.attribution().ifPresent(a -> sources.add(a.organization()));
        Optional.ofNullable(headers.get("source")).ifPresent(sources::add);
        for (Credit credit : layout.credits()) {
            sources.add(credit.holder());
        }
        for (String source : sources) {
            Optional<CountryCode> country = countryOf(source);
            if (country.isPresent()) {
                return country;
            }
        }
        if (!orDateline) {
            return Optional.empty();
        }
        // "Jakarta, Mar. 15 (BNA): Minister of Foreign Affairs, Dr. X": an agency files its own officials' news from abroad
        Optional<CountryCode> agency = layout.dateline().flatMap(dateline -> agencyCountry(text, dateline.span()));
        // "NEW YORK –", "GENEVA –": a city where international bodies sit files the story of their meetings
        return agency.or(() -> layout.dateline().map(Dateline::place).filter(place -> !isBodiesSeat(place))
                .flatMap(this::countryOf));
    }

    /** The country of a national organisation a dateline names, its agency: "(BNA)", "/TASS/"; none for a place. */
    private Optional<CountryCode> agencyCountry(String text, Span dateline) {
        List<Token> tokens = Tokenizer.tokens(text, dateline.start(), dateline.end());
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, i);
            if (org != null && org.value().country().isPresent()) {
                return org.value().country();
            }
        }
        return Optional.empty();
    }

    private boolean isBodiesSeat(String place) {
        List<Token> tokens = Tokenizer.tokens(place, 0, place.length());
        return !tokens.isEmpty() && lexicons.cueEnd(Lexicons.Cue.BODIES_SEAT, tokens, 0) == tokens.size();
    }

    /**
     * "President Joko Widodo (Jokowi)": the one capitalised word in brackets right after a name,
     * which the release may call the person by; not an abbreviation in capitals ("(ESPD)"), a
     * country or a body.
     */
    private Optional<String> aliasInBrackets(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).isPunctuation('(') || !tokens.get(end + 2).isPunctuation(')')) {
            return Optional.empty();
        }
        Token word = tokens.get(end + 1);
        boolean name = word.isWord() && word.isCapitalized() && !word.isAllCaps()
                && lexicons.countries.longest(tokens, end + 1) == null && lexicons.organizations.longest(tokens, end + 1) == null
                && lexicons.titles.longest(tokens, end + 1) == null && !lexicons.vocabulary.contains(word.key());
        return name ? Optional.of(word.key()) : Optional.empty();
    }

    /** The country an organisation or place name belongs to: "Kazakh MFA", "Embassy of Kazakhstan in the USA". */
    Optional<CountryCode> countryOf(String phrase) {
        List<Token> tokens = Tokenizer.tokens(phrase, 0, phrase.length());
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, i);
            if (org != null && org.value().country().isPresent()) {
                return org.value().country();
            }
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, i);
            String before = i > 0 ? tokens.get(i - 1).key() : "";
            if (country != null && !HOST_PREPOSITION_KEYS.contains(before)
                    && !(ARTICLES.contains(before) && i > 1 && tokens.get(i - 2).isAny(HOST_PREPOSITIONS))) {
                return Optional.of(country.value().code());
            }
            if (country != null) {
                i = country.end() - 1;
            }
        }
        return Optional.empty();
    }
}
