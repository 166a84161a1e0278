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

    private static final List<String> PARTICIPATION_CUES = List.of(
            "attended by", "led by", "headed by", "opened by", "brought together", "chaired by",
            "participation of", "delegation", "took part", "participated", "co-chaired", "joined by");

    private static final Set<String> EXCLUDING_CUES = Set.of("representing", "behalf", "message", "greetings", "letter");

    private static final List<String> OUTCOME_VERBS = List.of(
            "agreed", "confirmed", "signed", "decided", "reaffirmed", "adopted", "committed", "pledged",
            "reached an agreement", "reached agreement", "reached agreements", "approved", "resolved", "undertook",
            "invited", "accepted");

    /** Words after which a sentence names what was talked about. */
    private static final List<String> TOPIC_CUES = List.of(
            "discussed", "discussing", "discuss", "emphasis on", "attention to", "attention was paid to",
            "views on", "focus on", "focused on", "importance of", "cooperation in", "fields of",
            "issues of", "reviewed", "considered", "exchanged views on", "prospects of", "spheres of",
            "highlighted", "underscored", "underlined", "noted", "stressed", "emphasized", "emphasised",
            "presented", "briefed", "proposed", "welcomed", "called for", "take part in",
            "informed", "about", "interest in", "role of", "support for", "agenda of", "touched upon",
            "addressed", "in favor of", "in favour of", "congratulated", "and on", "discussion of",
            "development of", "expansion of", "expanding", "strengthening", "deepening", "increasing",
            "building", "implementing", "launched");

    private static final List<String> NEXT_CUES = List.of(
            "next meeting", "next session", "next round", "agreed to hold", "decided to hold", "will be held",
            "will take place", "to hold the", "regular meeting", "next summit", "to hold a", "to hold its",
            "next year in", "to meet again", "hold the next");

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
        List<CountryCode> between = between(lead);
        List<CountryCode> candidates = new ArrayList<>(between);
        for (Sentence s : List.of(lead, report)) {
            for (Mention mention : s.mentions()) {
                mention.host().filter(h -> !candidates.contains(h)).ifPresent(candidates::add);
            }
            for (PlaceFinder.Found place : s.places()) {
                place.place().country().filter(c -> !candidates.contains(c)).ifPresent(candidates::add);
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
                    for (CountryCode c : candidates) {
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
        List<List<Sentence>> otherSentences = new ArrayList<>();
        for (Sentence s : sentences) {
            if (used.contains(s.index())) {
                mainSentences.add(s);
                continue;
            }
            Optional<Meeting> other = otherMeeting(s, registry, participants, previousDate, previousPlace);
            if (other.isPresent()) {
                others.add(other.get());
                otherSentences.add(new ArrayList<>(List.of(s)));
                previousDate = other.get().date();
                continue;
            }
            // What follows a further meeting in its paragraph is about that meeting.
            List<Sentence> current = otherSentences.isEmpty() ? null : otherSentences.get(otherSentences.size() - 1);
            if (current != null && current.get(0).paragraph() == s.paragraph()) {
                current.add(s);
            } else {
                mainSentences.add(s);
            }
        }
        main.topics(topics(text, mainSentences));
        main.outcomes(outcomes(text, mainSentences));
        next(text, mainSentences, lead).ifPresent(main::next);
        Meeting built = main.build();
        meetings.add(built);
        for (int i = 0; i < others.size(); i++) {
            List<Sentence> about = otherSentences.get(i);
            meetings.add(Meeting.builder().from(others.get(i))
                    .topics(topics(text, about))
                    .outcomes(outcomes(text, about))
                    .build());
        }
        Set<Integer> reports = new HashSet<>(used);
        List<Event> related = new RelatedFinder(lexicons).find(text, sentences, registry, reports, built.name());
        return new Result(meetings, related, personCountries);
    }

    /** Verbs that report that an event happened, as opposed to one planned or talked about. */
    private static final List<String> EVENT_VERBS = List.of(
            "met", "meets", "meet", "received", "receives", "held", "hold", "holds", "took part", "takes part",
            "participated", "attended", "convened", "co-chaired", "chaired", "hosted", "spoke", "took place",
            "takes place", "paid", "visited", "talked", "conducted", "opened", "gathered", "brought together",
            "had a", "has held", "have held");

    /** Words before a trigger that make it an event planned or talked about, not the one reported. */
    private static final Set<String> NOT_REPORTED = Set.of(
            "upcoming", "about", "preparations", "preparation", "ahead", "eve", "next", "future", "planned", "forthcoming");

    /** The sentence a release leads with: the first reporting a meeting and naming someone. */
    private Sentence lead(List<Sentence> sentences) {
        int limit = Math.min(sentences.size(), 6);
        for (int i = 0; i < limit; i++) {
            Sentence s = sentences.get(i);
            if (reportsEvent(s) && !s.mentions().isEmpty() && s.paragraph() <= 1) {
                return s;
            }
        }
        for (int i = 0; i < limit; i++) {
            Sentence s = sentences.get(i);
            MeetingKind kind = kindOf(s);
            boolean specific = kind != null && kind != MeetingKind.MEETING && kind != MeetingKind.VISIT
                    && kind != MeetingKind.CONFERENCE;
            if (s.paragraph() <= 1 && reportsEvent(s) && (specific || kind != null && hasSeries(s))) {
                return s;
            }
        }
        return null;
    }

    private boolean hasSeries(Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (meetingOf("", s.tokens(), i, false).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that says an event happened: an event verb and a trigger that is not a planned event. */
    private static boolean reportsEvent(Sentence s) {
        boolean verb = false;
        for (String candidate : EVENT_VERBS) {
            if (s.has(candidate)) {
                verb = true;
                break;
            }
        }
        if (!verb) {
            return false;
        }
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            if (!isPlanned(s, trigger)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlanned(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        for (int k = Math.max(0, trigger.start() - 4); k < trigger.start(); k++) {
            if (NOT_REPORTED.contains(s.tokens().get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbTrigger(Sentence s) {
        return s.has("held talks") || s.has("hold talks") || s.has("met") || s.has("received")
                || s.has("held a meeting") || s.has("had a meeting") || s.has("talks");
    }

    /** The kind a sentence reports: the first trigger that is not a visit, refined by an "of" phrase. */
    private MeetingKind kindOf(Sentence s) {
        MeetingKind first = null;
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            if (trigger.value() == MeetingKind.VISIT || isSubject(s, trigger) || isPlanned(s, trigger)) {
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

    /** "the heads of state held talks": a group of people, not the name of a gathering. */
    private static boolean isSubject(Sentence s, PhraseIndex.Match<MeetingKind> trigger) {
        Token first = s.tokens().get(trigger.start());
        return trigger.value() == MeetingKind.SUMMIT && first.is("heads") && first.isLowerCase();
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
                && Set.of("meeting", "summit", "event", "talks", "dialogue", "round", "consultations", "forum",
                        "conference").contains(s.tokens().get(1).key());
        for (String cue : PARTICIPATION_CUES) {
            if (s.words().contains(" " + cue + " ")) {
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
        } else if (isLongBefore(date.get(), previousDate)) {
            return Optional.empty(); // "he recalled meeting X last year": an earlier event, not this visit's
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

    private static boolean isLongBefore(DateRef date, Optional<DateRef> reference) {
        if (date.value().isEmpty() || reference.isEmpty() || reference.get().value().isEmpty()) {
            return false;
        }
        return date.value().get().end().plusDays(7).isBefore(reference.get().value().get().start());
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
            if (isFramingPhrase(tokens, i)) {
                continue; // "in the margins of the … Meeting": another event frames this one
            }
            Optional<Series> ofSeries = meetingOf(text, tokens, i, true);
            if (ofSeries.isPresent()) {
                return ofSeries;
            }
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
        if (start < limit && isCountryCompound(tokens.get(start))) {
            return start + 1; // "Kazakhstan-Germany Intergovernmental Working Group"
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
    private Optional<Series> meetingOf(String text, List<Token> tokens, int at, boolean build) {
        Token token = tokens.get(at);
        if (!(token.is("meeting") || token.is("session") || token.is("round")) || !token.isLowerCase()
                || at + 2 >= tokens.size() || !tokens.get(at + 1).is("of")) {
            return Optional.empty();
        }
        int start = at + 2;
        if (tokens.get(start).is("the")) {
            start++;
        }
        int end = start;
        while (end < tokens.size() && (isSeriesWord(tokens.get(end))
                || (tokens.get(end).is("of") || tokens.get(end).is("on") || tokens.get(end).is("and"))
                && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized()
                || tokens.get(end).is("the") && end > start && tokens.get(end - 1).is("of"))) {
            end++;
        }
        while (end > start && !tokens.get(end - 1).isWord() && !tokens.get(end - 1).isNumber()) {
            end--;
        }
        start = skipCountryPair(tokens, start, end);
        if (end <= start || !tokens.get(start).isCapitalized()) {
            return Optional.empty();
        }
        PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, start);
        PhraseIndex.Match<Lexicons.Organization> org = lexicons.organizations.longest(tokens, start);
        if (country != null && country.end() == end || org != null && org.end() == end) {
            return Optional.empty(); // "a meeting of the European Union" names a body, not a series
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
        boolean summit = name.toLowerCase(Locale.ROOT).contains("heads of state");
        return Optional.of(new Series(name, abbreviation, sequenceBefore(tokens, at), summit));
    }

    private static final Set<String> FRAMES = Set.of("margins", "margin", "sidelines", "framework", "eve", "ahead");

    /** Whether a token lies in "on the sidelines of the …", "ahead of the …". */
    private static boolean isFramingPhrase(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 8); k < at; k++) {
            if (FRAMES.contains(tokens.get(k).key()) && k + 1 < tokens.size() && tokens.get(k + 1).is("of")) {
                return true;
            }
        }
        return false;
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

    private static List<Topic> topics(String text, List<Sentence> sentences) {
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            String sentence = s.span().cut(text);
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (String cue : TOPIC_CUES) {
                int at = lower.indexOf(cue + " ");
                if (at < 0) {
                    continue;
                }
                int from = at + cue.length() + 1;
                int to = clauseEnd(lower, from);
                addChunks(text, s.span().start(), sentence, from, to, topics, seen);
            }
        }
        return topics;
    }

    private static int clauseEnd(String lower, int from) {
        int end = lower.length();
        for (String stop : new String[] {". ", "; ", ", paying", ", noting", ", which", ", while", ", stressing",
            ", with special", ", and outlined", ", and agreed"}) {
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
            for (String article : new String[] {"and ", "the ", "a ", "an ", "of ", "on "}) {
                if (chunk.toLowerCase(Locale.ROOT).startsWith(article)) {
                    chunk = chunk.substring(article.length()).strip();
                    leading = sentence.indexOf(chunk, leading);
                }
            }
            int chunkOffset = base + leading;
            int chunkEnd = chunkOffset + chunk.length();
            boolean inside = topics.stream().anyMatch(t -> t.span().start() <= chunkOffset && t.span().end() >= chunkEnd);
            if (!inside && chunk.length() > 2 && chunk.length() < 160 && seen.add(chunk.toLowerCase(Locale.ROOT))) {
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

    private static List<Outcome> outcomes(String text, List<Sentence> sentences) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Sentence s : sentences) {
            String sentence = s.span().cut(text);
            String lower = sentence.toLowerCase(Locale.ROOT);
            int verb = -1;
            for (String candidate : OUTCOME_VERBS) {
                int at = lower.indexOf(" " + candidate + " ");
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

    private Optional<NextMeeting> next(String text, List<Sentence> sentences, Sentence lead) {
        for (Sentence s : sentences) {
            if (s.index() <= lead.index()) {
                continue;
            }
            String lower = s.span().cut(text).toLowerCase(Locale.ROOT);
            boolean cue = lower.contains("invited") && lower.contains(" visit");
            for (String phrase : NEXT_CUES) {
                if (lower.contains(phrase)) {
                    cue = true;
                    break;
                }
            }
            if (!cue || namesOtherGathering(s)) {
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

    /** "The Organization of Turkic States Summit will take place in Bishkek": another gathering's plan. */
    private boolean namesOtherGathering(Sentence s) {
        for (PhraseIndex.Match<MeetingKind> trigger : s.triggers()) {
            Token token = s.tokens().get(trigger.start());
            if (token.isCapitalized() && trigger.start() > 0
                    && (trigger.value() == MeetingKind.SUMMIT || trigger.value() == MeetingKind.CONFERENCE)) {
                return true;
            }
        }
        return false;
    }
}
