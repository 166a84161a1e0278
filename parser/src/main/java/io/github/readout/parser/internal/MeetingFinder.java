package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DateRef;
import io.github.readout.core.Dateline;
import io.github.readout.core.Event;
import io.github.readout.core.ImmutableMeeting;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.NextMeeting;
import io.github.readout.core.Outcome;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.Span;
import io.github.readout.core.Topic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The meeting stage: finds the meeting a release leads with, the further meetings it reports,
 * and what they discussed, agreed and planned, from the sentences the entity and date stages
 * have read.
 */
final class MeetingFinder {

    /** Meeting kinds that name the kind of event on their own, strongest first. */
    private static final List<MeetingKind> SPECIFIC = List.of(
            MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CONFERENCE, MeetingKind.CONSULTATIONS,
            MeetingKind.ROUND_TABLE, MeetingKind.DIALOGUE, MeetingKind.SUMMIT, MeetingKind.TALKS,
            MeetingKind.CONFERENCE);

    private static final List<String> PARTICIPATION_CUES = List.of(
            "attended by", "led by", "headed by", "opened by", "brought together", "chaired by",
            "participation of", "delegation", "took part", "participated", "co-chaired", "joined by");

    private static final Set<String> EXCLUDING_CUES = Set.of("representing", "behalf", "message", "greetings", "letter");

    private static final List<String> OUTCOME_VERBS = List.of(
            "agreed", "confirmed", "signed", "decided", "reaffirmed", "adopted", "committed", "pledged",
            "reached", "approved", "concluded", "resolved", "undertook");

    private static final List<String> TOPIC_CUES = List.of(
            "discussed", "discussing", "discuss", "emphasis on", "attention to", "attention was paid to",
            "views on", "focus on", "focused on", "importance of", "cooperation in", "fields of",
            "issues of", "reviewed", "considered", "exchanged views on", "prospects of", "spheres of",
            "highlighted", "underscored", "noted");

    private static final List<String> NEXT_CUES = List.of(
            "next meeting", "next session", "next round", "agreed to hold", "decided to hold", "will be held",
            "will take place", "to hold the", "regular meeting", "next summit", "to hold a", "to hold its",
            "next year in", "to meet again", "hold the next");

    /** The nouns of "The meeting was attended by …": a sentence about the meeting already reported. */
    private static final Set<String> ANAPHORIC_NOUNS = Set.of("meeting", "summit", "event", "talks", "dialogue",
            "round", "consultations", "forum", "conference");

    /** The outcome verbs as searched for: whole words, between spaces. */
    private static final List<String> SPACED_OUTCOME_VERBS = spaced(" ", OUTCOME_VERBS);

    /** The topic cues as searched for: followed by a space. */
    private static final List<String> SPACED_TOPIC_CUES = spaced("", TOPIC_CUES);

    /** What ends a clause of topics. */
    private static final String[] CLAUSE_STOPS = {". ", "; ", ", paying", ", noting", ", which", ", while",
        ", stressing", ", with special", ", and outlined", ", and agreed"};

    /** The words a topic does not start with. */
    private static final String[] LEADING_WORDS = {"and ", "the ", "a ", "an ", "of ", "on "};

    private static final Map<String, Integer> ORDINALS = ordinals();

    private final Lexicons lexicons;

    MeetingFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The meetings and events of a release, and the countries the meetings gave people. */
    record Result(List<Meeting> meetings, List<Event> related, Map<Integer, CountryCode> countries) {
        Optional<CountryCode> countryOf(int person) {
            return Optional.ofNullable(countries.get(person));
        }
    }

    /** A participant while a meeting is being put together. */
    private static final class Participant {
        final PersonRegistry.Entry person;
        Optional<String> title;
        Optional<String> organization;
        Optional<CountryCode> country;

        Participant(PersonRegistry.Entry person, Mention mention) {
            this.person = person;
            this.title = mention.title();
            this.organization = mention.organization();
            this.country = mention.country().or(() -> person.country);
        }
    }

    Result find(String text, List<Sentence> sentences, PersonRegistry registry, Optional<CountryCode> publisher,
            Optional<Dateline> dateline) {
        Map<Integer, CountryCode> personCountries = new HashMap<>();
        Sentence lead = lead(sentences);
        if (lead == null) {
            return new Result(List.of(), List.of(), personCountries);
        }
        // The meeting sentence: the lead, or for a visit the sentence that reports its talks.
        Sentence report = lead;
        MeetingKind kind = kindOf(lead);
        if (kind == MeetingKind.VISIT) {
            for (Sentence s : sentences) {
                if (s.index() > lead.index() && s.index() <= lead.index() + 4 && hasVerbTrigger(s)) {
                    report = s;
                    kind = kindOf(s) == MeetingKind.VISIT ? MeetingKind.MEETING : kindOf(s);
                    break;
                }
            }
        }
        Map<Integer, Participant> participants = new LinkedHashMap<>();
        Set<CountryCode> countries = new LinkedHashSet<>();
        addParticipants(lead, registry, participants);
        if (report != lead) {
            addParticipants(report, registry, participants);
        }
        Set<Integer> used = new LinkedHashSet<>();
        used.add(lead.index());
        used.add(report.index());
        for (Sentence s : sentences) {
            if (s.index() > report.index() && s.index() <= report.index() + 4 && isParticipation(s)) {
                addParticipants(s, registry, participants);
                countries.addAll(countryNames(s));
                used.add(s.index());
            }
        }
        List<CountryCode> between = new ArrayList<>(between(lead));
        for (Sentence s : List.of(lead, report)) {
            for (Mention mention : s.mentions()) {
                mention.host().filter(h -> !between.contains(h)).ifPresent(between::add);
            }
        }
        Set<CountryCode> ordered = new LinkedHashSet<>();
        for (Participant p : participants.values()) {
            p.country.ifPresent(ordered::add);
        }
        // Officials named without a country: the publishing side, else the party not yet present.
        for (Participant p : participants.values()) {
            if (p.country.isEmpty() && !p.person.international) {
                Optional<CountryCode> guess = Optional.empty();
                if (publisher.isPresent() && !ordered.contains(publisher.get())) {
                    guess = publisher;
                } else {
                    for (CountryCode c : between) {
                        if (!ordered.contains(c)) {
                            guess = Optional.of(c);
                            break;
                        }
                    }
                }
                p.country = guess;
                guess.ifPresent(ordered::add);
            }
            p.country.ifPresent(c -> personCountries.putIfAbsent(p.person.id, c));
        }
        ordered.clear();
        for (Participant p : participants.values()) {
            p.country.ifPresent(ordered::add);
        }
        ordered.addAll(between);
        ordered.addAll(countries);
        Optional<DateRef> date = firstDate(report);
        if (date.isEmpty() && report != lead) {
            date = firstDate(lead);
        }
        Optional<Place> location = location(report, kind);
        if (location.isEmpty()) {
            location = location(lead, kind);
        }
        if (location.isEmpty() && kind != MeetingKind.PHONE_CALL && kind != MeetingKind.VIDEO_CONFERENCE) {
            location = datelinePlace(dateline);
        }
        ImmutableMeeting.Builder main = Meeting.builder()
                .kind(kind)
                .date(date)
                .location(location)
                .countries(ordered)
                .participants(toPeople(participants.values()))
                .span(report.span());
        Optional<Series> found = series(text, lead.tokens());
        Series series = (found.isPresent() || report == lead ? found : series(text, report.tokens())).orElse(null);
        if (series == null) {
            series = quotedName(text, report).orElse(null);
        }
        if (series != null) {
            main.name(series.name());
            series.abbreviation().ifPresent(main::abbreviation);
            if (series.sequence() > 0) {
                main.sequence(series.sequence());
            }
            if (series.summit()) {
                main.kind(MeetingKind.SUMMIT);
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        List<Sentence> mainSentences = new ArrayList<>();
        Optional<DateRef> previousDate = date;
        Optional<Place> previousPlace = location;
        List<Meeting> others = new ArrayList<>();
        for (Sentence s : sentences) {
            if (used.contains(s.index())) {
                mainSentences.add(s);
                continue;
            }
            Optional<Meeting> other = otherMeeting(s, registry, participants, previousDate, previousPlace);
            if (other.isPresent()) {
                others.add(other.get());
                previousDate = other.get().date().or(() -> Optional.empty());
                continue;
            }
            mainSentences.add(s);
        }
        List<Wording> mainWordings = wordings(text, mainSentences);
        main.topics(topics(text, mainWordings));
        main.outcomes(outcomes(mainWordings));
        next(mainWordings, lead).ifPresent(main::next);
        Meeting built = main.build();
        meetings.add(built);
        meetings.addAll(others);
        Set<Integer> reports = new HashSet<>(used);
        List<Event> related = new RelatedFinder(lexicons).find(text, sentences, registry, reports, built.name());
        return new Result(meetings, related, personCountries);
    }

    /** The sentence a release leads with: the first reporting a meeting and naming someone. */
    private Sentence lead(List<Sentence> sentences) {
        int limit = Math.min(sentences.size(), 6);
        for (int i = 0; i < limit; i++) {
            Sentence s = sentences.get(i);
            if (hasMeetingTrigger(s) && !s.mentions().isEmpty() && s.paragraph() <= 1) {
                return s;
            }
        }
        for (int i = 0; i < limit; i++) {
            Sentence s = sentences.get(i);
            MeetingKind kind = kindOf(s);
            if (s.paragraph() <= 1 && kind != null && kind != MeetingKind.MEETING && kind != MeetingKind.VISIT
                    && kind != MeetingKind.CONFERENCE) {
                return s;
            }
        }
        return null;
    }

    private static boolean hasMeetingTrigger(Sentence s) {
        return !s.triggers().isEmpty();
    }

    private static boolean hasVerbTrigger(Sentence s) {
        return s.has("held talks") || s.has("hold talks") || s.has("met") || s.has("received")
                || s.has("held a meeting") || s.has("had a meeting") || s.has("talks");
    }

    /** The kind a sentence reports: the first trigger that is not a visit, refined by an "of" phrase. */
    private MeetingKind kindOf(Sentence s) {
        MeetingKind first = null;
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            if (trigger.value() == MeetingKind.VISIT) {
                continue;
            }
            if (trigger.value() == MeetingKind.MEETING || trigger.value() == MeetingKind.CONFERENCE) {
                MeetingKind refined = ofPhraseKind(s, trigger.end());
                return refined != null ? refined : trigger.value();
            }
            first = trigger.value();
            break;
        }
        if (first != null) {
            return first;
        }
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            return trigger.value();
        }
        return null;
    }

    /** "meeting of the … Dialogue", "Meeting of the Heads of State": the kind the phrase names. */
    private MeetingKind ofPhraseKind(Sentence s, int after) {
        List<Token> tokens = s.tokens();
        if (after >= tokens.size() || !tokens.get(after).is("of")) {
            return null;
        }
        for (int k = after + 1; k < tokens.size() && k < after + 12; k++) {
            Token token = tokens.get(k);
            if (!(token.isCapitalized() || token.is("the") || token.is("of") || token.is("and") || token.isDash())) {
                break;
            }
            PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, k);
            if (trigger != null && token.isCapitalized() && trigger.value() != MeetingKind.MEETING
                    && trigger.value() != MeetingKind.VISIT) {
                return trigger.value();
            }
        }
        return null;
    }

    private static boolean isParticipation(Sentence s) {
        if (s.mentions().isEmpty() && !s.has("foreign ministers") && !s.has("ministers of")) {
            return false;
        }
        String first = s.tokens().isEmpty() ? "" : s.tokens().get(0).key();
        boolean anaphoric = first.equals("the") && s.tokens().size() > 1
                && ANAPHORIC_NOUNS.contains(s.tokens().get(1).key());
        for (String cue : PARTICIPATION_CUES) {
            if (s.has(cue)) {
                return true;
            }
        }
        return anaphoric && (s.has("attended") || s.has("opened") || s.has("chaired"));
    }

    private void addParticipants(Sentence s, PersonRegistry registry, Map<Integer, Participant> participants) {
        for (Mention mention : s.mentions()) {
            if (mention.first() > 0 && excluded(s.tokens(), mention.first())) {
                continue;
            }
            Optional<PersonRegistry.Entry> person = registry.find(mention.nameTokens());
            if (person.isEmpty()) {
                continue;
            }
            Participant existing = participants.get(person.get().id);
            if (existing == null) {
                participants.put(person.get().id, new Participant(person.get(), mention));
            } else if (existing.title.isEmpty()) {
                existing.title = mention.title();
                existing.organization = mention.organization();
            }
        }
    }

    private static boolean excluded(List<Token> tokens, int first) {
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (EXCLUDING_CUES.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** Countries named in "between Kazakhstan and the United States", "of Kazakhstan and the Netherlands". */
    private List<CountryCode> between(Sentence s) {
        List<CountryCode> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("between")) {
                continue;
            }
            for (int k = i + 1; k < tokens.size() && k < i + 16; k++) {
                PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
                if (country != null && country.value().form() == Lexicons.CountryForm.NAME) {
                    found.add(country.value().code());
                    k = country.end() - 1;
                }
                if (tokens.get(k).isPunctuation('.') || tokens.get(k).isPunctuation(',')) {
                    break;
                }
            }
        }
        return found;
    }

    private List<CountryCode> countryNames(Sentence s) {
        List<CountryCode> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, k);
            if (country != null && country.value().form() == Lexicons.CountryForm.NAME && tokens.get(k).isCapitalized()) {
                found.add(country.value().code());
                k = country.end() - 1;
            }
        }
        return found;
    }

    private static Optional<DateRef> firstDate(Sentence s) {
        for (DateFinder.Found found : s.dates()) {
            if (!found.sameDay()) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> location(Sentence s, MeetingKind kind) {
        if (kind == MeetingKind.PHONE_CALL || kind == MeetingKind.VIDEO_CONFERENCE) {
            return Optional.empty();
        }
        for (PlaceFinder.Found place : s.places()) {
            if (place.city() && !place.preposition().equals("to") && !place.preposition().equals("from")) {
                return Optional.of(place.place());
            }
        }
        for (PlaceFinder.Found place : s.places()) {
            if (place.preposition().equals("in")) {
                return Optional.of(place.place());
            }
        }
        return Optional.empty();
    }

    private Optional<Place> datelinePlace(Optional<Dateline> dateline) {
        if (dateline.isEmpty()) {
            return Optional.empty();
        }
        String place = dateline.get().place();
        List<Token> tokens = Tokenizer.tokens(place, 0, place.length());
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, 0);
        if (match == null || match.end() != tokens.size()) {
            return Optional.empty();
        }
        return Optional.of(Place.builder().name(titleCase(place)).country(match.value().code())
                .span(dateline.get().span()).build());
    }

    private static String titleCase(String place) {
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static List<Person> toPeople(Iterable<Participant> participants) {
        List<Person> people = new ArrayList<>();
        for (Participant p : participants) {
            people.add(Person.builder().name(p.person.name).title(p.title).organization(p.organization).country(p.country)
                    .span(p.person.span).build());
        }
        return people;
    }

    /** A further meeting: a sentence where someone met, received or held talks with a new person. */
    private Optional<Meeting> otherMeeting(Sentence s, PersonRegistry registry, Map<Integer, Participant> main,
            Optional<DateRef> previousDate, Optional<Place> previousPlace) {
        if (!(s.has("met") || s.has("received") || s.has("held talks") || s.has("meeting with")
                || s.has("held a meeting") || s.has("had a meeting"))) {
            return Optional.empty();
        }
        if (s.has("his meeting with") || s.has("her meeting with") || s.has("their meeting with")) {
            return Optional.empty();
        }
        List<Participant> known = new ArrayList<>();
        List<Participant> fresh = new ArrayList<>();
        for (Mention mention : s.mentions()) {
            Optional<PersonRegistry.Entry> person = registry.find(mention.nameTokens());
            if (person.isEmpty() || excluded(s.tokens(), mention.first())) {
                continue;
            }
            Participant participant = main.get(person.get().id);
            if (participant != null) {
                Participant copy = new Participant(person.get(), mention);
                copy.country = participant.country;
                known.add(copy);
            } else if (mention.title().isPresent()) {
                fresh.add(new Participant(person.get(), mention));
            }
        }
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        if (known.isEmpty()) {
            Optional<CountryCode> freshCountry = fresh.get(0).country;
            for (Participant p : main.values()) {
                if (p.country.isPresent() && !p.country.equals(freshCountry)) {
                    Participant visitor = new Participant(p.person, new Mention(p.person.name, p.person.words,
                            p.person.span, 0, 0, s.index(), Optional.empty(), p.country, false, Optional.empty(), Optional.empty()));
                    known.add(visitor);
                    break;
                }
            }
        }
        List<Participant> all = new ArrayList<>();
        if (!known.isEmpty() && known.get(0).person.span.start() < fresh.get(0).person.span.start()
                || s.has("was received by") || s.has("were received by") || !known.isEmpty()) {
            all.addAll(known);
            all.addAll(fresh);
        } else {
            all.addAll(fresh);
        }
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (Participant p : all) {
            p.country.ifPresent(countries::add);
        }
        Optional<DateRef> date = Optional.empty();
        for (DateFinder.Found found : s.dates()) {
            date = found.sameDay() ? previousDate.map(d -> DateRef.builder().from(d).text(found.date().text())
                    .span(found.date().span()).build()) : Optional.of(found.date());
            break;
        }
        if (date.isEmpty()) {
            date = previousDate;
        }
        Optional<Place> place = location(s, MeetingKind.MEETING).or(() -> previousPlace);
        return Optional.of(Meeting.builder()
                .kind(s.has("held talks") ? MeetingKind.TALKS : MeetingKind.MEETING)
                .date(date)
                .location(place)
                .countries(countries)
                .participants(toPeople(all))
                .span(s.span())
                .build());
    }

    /** The series a meeting belongs to: "the sixth meeting of the Enhanced Strategic Partnership Dialogue (ESPD)". */
    private record Series(String name, Optional<String> abbreviation, int sequence, boolean summit) {}

    private Optional<Series> series(String text, List<Token> tokens) {
        int limit = tokens.size();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i - 1).isPunctuation(',') && (tokens.get(i).is("who") || tokens.get(i).is("which"))) {
                limit = i; // a series in a subordinate clause is another event's
                break;
            }
        }
        for (int i = 0; i < limit; i++) {
            Token token = tokens.get(i);
            PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, i);
            if (trigger == null || !token.isCapitalized() || trigger.value() == MeetingKind.VISIT
                    || trigger.value() == MeetingKind.TALKS) {
                continue;
            }
            int end = trigger.end();
            while (end < tokens.size() && tokens.get(end).isCapitalized() && lexicons.triggers.longest(tokens, end) != null) {
                end = lexicons.triggers.longest(tokens, end).end(); // "Ministerial Meeting"
            }
            // "of the Heads of State of Central Asia"
            while (end + 1 < tokens.size() && tokens.get(end).is("of")) {
                int k = end + 1;
                if (tokens.get(k).is("the")) {
                    k++;
                }
                int words = k;
                while (words < tokens.size() && tokens.get(words).isCapitalized()
                        || words < tokens.size() && tokens.get(words).is("of") && words + 1 < tokens.size()
                        && tokens.get(words + 1).isCapitalized()) {
                    words++;
                }
                if (words == k) {
                    break;
                }
                end = words;
            }
            int start = i;
            while (start > 0 && isSeriesWord(tokens.get(start - 1))) {
                start--;
            }
            while (start < i && (tokens.get(start).is("The") || ORDINALS.containsKey(tokens.get(start).key()))) {
                start++;
            }
            int sequence = sequenceBefore(tokens, start);
            start = skipCountryPair(tokens, start, i);
            if (start == i && !tokens.get(i).is("Summit") && end == trigger.end()) {
                continue; // a bare "Meeting" or "Dialogue" is no name
            }
            String name = Span.of(tokens.get(start).start(), tokens.get(end - 1).end()).cut(text);
            Optional<String> abbreviation = Optional.empty();
            if (end + 2 < tokens.size() && tokens.get(end).isPunctuation('(') && tokens.get(end + 2).isPunctuation(')')
                    && tokens.get(end + 1).isAllCaps()) {
                abbreviation = Optional.of(tokens.get(end + 1).text());
            }
            boolean summit = name.toLowerCase(Locale.ROOT).contains("heads of state")
                    || trigger.value() == MeetingKind.SUMMIT;
            return Optional.of(new Series(name, abbreviation, sequence, summit));
        }
        return Optional.empty();
    }

    private static boolean isSeriesWord(Token token) {
        return token.isCapitalized() && !token.is("The") && !ORDINALS.containsKey(token.key())
                || token.isDash() || token.isPunctuation('+')
                || token.isNumber() && token.text().chars().allMatch(Character::isDigit);
    }

    /** Drops a leading "U.S.-Uzbekistan": two countries joined by a dash name the parties, not the series. */
    private int skipCountryPair(List<Token> tokens, int start, int limit) {
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

    /** A name in quotation marks right after the trigger: a round table «Kazakhstan and the UK: …». */
    private static Optional<Series> quotedName(String text, Sentence s) {
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

    private static int sequenceBefore(List<Token> tokens, int start) {
        int k = start - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        // "the sixth meeting of the …"
        if (k >= 1 && tokens.get(k).is("of") && (tokens.get(k - 1).is("meeting") || tokens.get(k - 1).is("session")
                || tokens.get(k - 1).is("round"))) {
            k -= 2;
        }
        if (k >= 0 && tokens.get(k).is("annual")) {
            k--;
        }
        if (k >= 0) {
            Integer ordinal = ORDINALS.get(tokens.get(k).key());
            if (ordinal != null) {
                return ordinal;
            }
            String word = tokens.get(k).key();
            if (word.length() > 2 && (word.endsWith("th") || word.endsWith("st") || word.endsWith("nd") || word.endsWith("rd"))
                    && Character.isDigit(word.charAt(0))) {
                String digits = word.substring(0, word.length() - 2);
                if (digits.chars().allMatch(Character::isDigit) && digits.length() <= 3) {
                    return Integer.parseInt(digits);
                }
            }
        }
        return 0;
    }

    private static List<String> spaced(String before, List<String> words) {
        List<String> spaced = new ArrayList<>(words.size());
        for (String word : words) {
            spaced.add(before + word + " ");
        }
        return List.copyOf(spaced);
    }

    private static Map<String, Integer> ordinals() {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i + 1);
        }
        return Map.copyOf(map);
    }

    /** A sentence with its text as written and in lower case, cut once for the topic, outcome and next-meeting cues. */
    private record Wording(Sentence sentence, String text, String lower) {}

    private static List<Wording> wordings(String text, List<Sentence> sentences) {
        List<Wording> wordings = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            String sentence = s.span().cut(text);
            wordings.add(new Wording(s, sentence, sentence.toLowerCase(Locale.ROOT)));
        }
        return wordings;
    }

    private static List<Topic> topics(String text, List<Wording> wordings) {
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Wording wording : wordings) {
            Sentence s = wording.sentence();
            String sentence = wording.text();
            String lower = wording.lower();
            for (String cue : SPACED_TOPIC_CUES) {
                int at = lower.indexOf(cue);
                if (at < 0) {
                    continue;
                }
                int from = at + cue.length();
                int to = clauseEnd(lower, from);
                addChunks(text, s.span().start(), sentence, from, to, topics, seen);
            }
        }
        return topics;
    }

    private static int clauseEnd(String lower, int from) {
        int end = lower.length();
        for (String stop : CLAUSE_STOPS) {
            int at = lower.indexOf(stop, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        while (end > from && ".;:".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static void addChunks(String text, int base, String sentence, int from, int to, List<Topic> topics,
            Set<String> seen) {
        int chunkStart = from;
        for (int i = from; i <= to; i++) {
            boolean split = i == to || sentence.charAt(i) == ',' || sentence.startsWith(" as well as ", i)
                    || sentence.startsWith(" including ", i);
            if (!split) {
                continue;
            }
            String chunk = sentence.substring(chunkStart, i).strip();
            int leading = sentence.indexOf(chunk, chunkStart);
            String lowerChunk = chunk.toLowerCase(Locale.ROOT);
            for (String article : LEADING_WORDS) {
                if (lowerChunk.startsWith(article)) {
                    chunk = chunk.substring(article.length()).strip();
                    lowerChunk = chunk.toLowerCase(Locale.ROOT);
                    leading = sentence.indexOf(chunk, leading);
                }
            }
            int chunkOffset = base + leading;
            int chunkEnd = chunkOffset + chunk.length();
            boolean inside = topics.stream().anyMatch(t -> t.span().start() <= chunkOffset && t.span().end() >= chunkEnd);
            if (!inside && chunk.length() > 2 && chunk.length() < 160 && seen.add(lowerChunk)) {
                topics.add(Topic.builder().label(chunk)
                        .span(Span.of(base + leading, base + leading + chunk.length())).build());
            }
            if (i < to && sentence.startsWith(" as well as ", i)) {
                i += " as well as".length();
            } else if (i < to && sentence.startsWith(" including ", i)) {
                i += " including".length();
            }
            chunkStart = i + 1;
        }
    }

    private static List<Outcome> outcomes(List<Wording> wordings) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Wording wording : wordings) {
            Sentence s = wording.sentence();
            String sentence = wording.text();
            String lower = wording.lower();
            int verb = -1;
            for (String candidate : SPACED_OUTCOME_VERBS) {
                int at = lower.indexOf(candidate);
                if (at >= 0 && (verb < 0 || at < verb)) {
                    verb = at;
                }
            }
            if (verb < 0) {
                continue;
            }
            int start = Math.max(lower.lastIndexOf(", ", verb) + 2, 0);
            if (lower.lastIndexOf(", ", verb) < 0) {
                start = 0;
            }
            int end = sentence.length();
            while (end > start && ".;".indexOf(sentence.charAt(end - 1)) >= 0) {
                end--;
            }
            String outcome = sentence.substring(start, end).strip();
            if (outcome.isEmpty()) {
                continue;
            }
            int offset = s.span().start() + sentence.indexOf(outcome, start);
            outcomes.add(Outcome.builder().text(outcome).span(Span.of(offset, offset + outcome.length())).build());
        }
        return outcomes;
    }

    private static Optional<NextMeeting> next(List<Wording> wordings, Sentence lead) {
        for (Wording wording : wordings) {
            Sentence s = wording.sentence();
            if (s.index() <= lead.index()) {
                continue;
            }
            String lower = wording.lower();
            boolean cue = false;
            for (String phrase : NEXT_CUES) {
                if (lower.contains(phrase)) {
                    cue = true;
                    break;
                }
            }
            if (!cue) {
                continue;
            }
            Optional<DateRef> date = s.dates().isEmpty() ? Optional.empty() : Optional.of(s.dates().get(0).date());
            Optional<Place> place = Optional.empty();
            for (PlaceFinder.Found found : s.places()) {
                if (found.preposition().equals("in") || found.preposition().equals("to") || found.preposition().equals("at")) {
                    place = Optional.of(found.place());
                    break;
                }
            }
            if (date.isEmpty() && place.isEmpty()) {
                continue;
            }
            return Optional.of(NextMeeting.builder().date(date).location(place).span(s.span()).build());
        }
        return Optional.empty();
    }

    @SuppressWarnings("unused")
    private static Map<MeetingKind, Integer> rank() {
        Map<MeetingKind, Integer> rank = new EnumMap<>(MeetingKind.class);
        for (int i = 0; i < SPECIFIC.size(); i++) {
            rank.put(SPECIFIC.get(i), i);
        }
        return rank;
    }
}
