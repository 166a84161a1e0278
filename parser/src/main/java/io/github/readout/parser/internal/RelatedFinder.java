package io.github.readout.parser.internal;

import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Event;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the other events a release refers to, past or planned: visits ("the visit of … to the
 * United States in March this year", "Roman Vassilenko's visit to Brussels"), gatherings
 * ("the C5+1 Presidential Summit last September", "the first EU–Central Asia summit, which is
 * to take place in Samarkand"), and meetings held during a visit ("his meeting with …").
 */
final class RelatedFinder {

    /** How many tokens after an event its date or place may follow ("…, held in Berlin last September"). */
    private static final int NEAR = 12;

    /** The words that alone name a gathering, by lookup form, with its kind ({@code gatherings.tsv}). */
    private static final java.util.Map<String, MeetingKind> GATHERINGS = gatherings();

    /** The word of a meeting, a gathering after a name or quotes: "the C5+1 Ministerial Meeting". */
    private static final List<String> MEETINGS = Lexicons.builtInCue(Lexicons.Cue.MEETING_NOUN);

    /** The word of a visit: "the visit of … to …", "Roman Vassilenko's visit to Brussels". */
    private static final List<String> VISITS = Lexicons.builtInCue(Lexicons.Cue.VISIT_NOUN);

    /** The pronouns that make a meeting after them the visitor's: "his meeting with …". */
    private static final List<String> OWNERS = Lexicons.builtInCue(Lexicons.Cue.POSSESSIVE_PRONOUN);

    /** The words that go on with a gathering's name: "Summit of the Future". */
    private static final List<String> JOINERS = Lexicons.builtInCue(Lexicons.Cue.GATHERING_JOINER);

    private static final List<String> OF = Lexicons.builtInCue(Lexicons.Cue.OF_WORD);

    private static final List<String> ARTICLES = Lexicons.builtInCue(Lexicons.Cue.ARTICLE);

    private final Lexicons lexicons;
    private final SeriesReader seriesReader;

    RelatedFinder(Lexicons lexicons, SeriesReader seriesReader) {
        this.lexicons = lexicons;
        this.seriesReader = seriesReader;
    }

    List<Event> find(String text, List<Sentence> sentences, PersonRegistry registry, Set<Integer> reportSentences,
            Optional<String> mainSeries, MeetingKind mainKind) {
        List<Event> events = new ArrayList<>();
        Set<Object> seen = new HashSet<>(); // the keys of names, and the unnamed events' kinds, dates and places
        // The series' key once, not again for each gathering read.
        String mainKey = mainSeries.isPresent() ? key(mainSeries.get()) : null;
        if (mainKey != null) {
            seen.add(mainKey);
        }
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            boolean reportSentence = reportSentences.contains(s.index());
            Optional<Event> lastVisit = Optional.empty();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.isAny(VISITS) && !reportSentence) {
                    lastVisit = visit(text, s, i, registry);
                    lastVisit.ifPresent(events::add);
                    continue;
                }
                int round = reportSentence ? -1 : lexicons.cueEnd(Lexicons.Cue.EARLIER_ROUND, tokens, i);
                if (round > i) {
                    earlierRound(s, i, round, mainSeries, mainKind, seen).ifPresent(events::add);
                    i = round - 1;
                    continue;
                }
                if (token.isAny(MEETINGS) && i >= 1 && tokens.get(i - 1).isAny(OWNERS)
                        && lastVisit.isPresent()) {
                    meetingDuringVisit(s, i, lastVisit.get(), registry).ifPresent(events::add);
                    continue;
                }
                int before = events.size();
                i = gatheringAt(text, s, i, reportSentence, mainKey, seen, events);
                if (events.size() > before) {
                    withSidesNamedAfter(s, i + 1, registry, events);
                }
            }
        }
        return events;
    }

    /** The most words of a gathering of the press: "press conference". */
    private static final int PRESS_GATHERING_WORDS = 2;

    /** The most words of a phrase that makes a gathering's word a body someone serves: "chairmanship in the". */
    private static final int BODY_ROLE_WORDS = 3;

    /**
     * A gathering whose trigger word may stand at i ("the C5+1 Presidential Summit last September"), added to
     * the events unless it is the release's own series or one already seen (by name, or when unnamed by kind,
     * date and place). Returns the last token read, so that the scan goes on after a gathering's name.
     */
    private int gatheringAt(String text, Sentence s, int i, boolean reportSentence, String mainKey,
            Set<Object> seen, List<Event> events) {
        List<Token> tokens = s.tokens();
        Token token = tokens.get(i);
        int end = gathering(tokens, i);
        if (end < 0 || s.inPersonMention(i) || lexicons.endsAt(Lexicons.Cue.PRESS_GATHERING, tokens, end, PRESS_GATHERING_WORDS)) {
            return i; // "a joint press conference": the press met
        }
        int start = lexicons.pastLastCue(Lexicons.Cue.EVENT_VERB, tokens, nameStart(tokens, i), i); // past a headline's "Hold"
        if (lexicons.endsAt(Lexicons.Cue.BODY_ROLE, tokens, start, BODY_ROLE_WORDS)) {
            return i; // "the presidency of the Council of the EU": the body, no gathering of it
        }
        int nameEnd = end;
        if (token.isCapitalized()) {
            nameEnd = nameContinuation(tokens, end); // "Summit of the Future"
        }
        // "Dialogue is the only path": a sentence's first word is capitalised whatever it names
        boolean named = start < i || token.isCapitalized() && (i > 0 || nameEnd > end);
        if (!named && (i <= 2 || reportSentence && i <= 4)) {
            return i; // "The summit brought together …": the reported meeting itself
        }
        Optional<String> name = Optional.empty();
        if (named) {
            int from = seriesReader.skipCountryPair(tokens, start, i);
            if (from >= nameEnd) {
                return i;
            }
            // "the «SCO Plus» meeting", "a \"2+2\" meeting": the quotes hold the name, the word after them says what it is
            int last = i > from + 1 && token.isAny(MEETINGS) && tokens.get(i - 1).isClosingQuote() && nameEnd == i + 1
                    ? i - 2 : nameEnd - 1;
            String written = Span.of(tokens.get(from).start(), tokens.get(last).end()).cut(text);
            String writtenKey = key(written);
            boolean main = mainKey != null && writtenKey.endsWith(mainKey);
            if (main || !seen.add(writtenKey)) {
                return nameEnd - 1;
            }
            name = Optional.of(written);
        }
        Optional<DateRef> before = dateRightBefore(s, start);
        Optional<DateRef> date = before.isPresent() ? before : dateNear(s, nameEnd);
        Optional<Place> place = placeNear(s, nameEnd);
        if (name.isEmpty() && !seen.add(unnamedKey(kind(tokens.get(i)), date, place))) {
            return i;
        }
        Span span = Span.of(tokens.get(start).start(), tokens.get(nameEnd - 1).end());
        events.add(Event.builder().kind(kind(tokens.get(i))).name(name).date(date).location(place).span(span)
                .build());
        return nameEnd - 1;
    }

    /**
     * "the coming November 20 summit between President A and Prime Minister B": the people named one after
     * another right after "between" are the sides of the gathering just added.
     */
    private void withSidesNamedAfter(Sentence s, int at, PersonRegistry registry, List<Event> events) {
        List<Token> tokens = s.tokens();
        int next = lexicons.cueEnd(Lexicons.Cue.BETWEEN, tokens, at);
        if (next <= at) {
            return;
        }
        List<Person> sides = new ArrayList<>();
        for (Mention mention : s.mentions()) {
            boolean joined = mention.first() == next + 1 && next < tokens.size()
                    && (tokens.get(next).isPunctuation(',') || lexicons.isCue(Lexicons.Cue.LIST_AND, tokens, next));
            if (mention.first() != next && !joined) {
                continue;
            }
            registry.find(mention.nameTokens()).ifPresent(p -> sides.add(Person.builder().name(p.name)
                    .title(mention.title()).country(mention.country().or(() -> p.country)).span(p.span).build()));
            next = mention.end();
        }
        if (!sides.isEmpty()) {
            Event gathering = events.get(events.size() - 1);
            events.set(events.size() - 1, Event.builder().from(gathering).participants(sides).build());
        }
    }

    /** How many words may stand between an earlier round's words and the verb saying it was held: "of the FOCs". */
    private static final int ROUND_HELD_REACH = 8;

    /**
     * "The previous round of FOCs was held in March 2019, in Dhaka": an earlier meeting of the
     * series reported, of its kind unless the words after "of" name another, dated or placed by what
     * follows the verb saying it was held.
     */
    private Optional<Event> earlierRound(Sentence s, int at, int end, Optional<String> mainSeries, MeetingKind mainKind,
            Set<Object> seen) {
        List<Token> tokens = s.tokens();
        int held = -1;
        for (int k = end; k < tokens.size() && k <= end + ROUND_HELD_REACH && held < 0; k++) {
            int verb = lexicons.cueEnd(Lexicons.Cue.ROUND_HELD, tokens, k);
            held = verb > k ? verb : -1;
        }
        Optional<DateRef> date = held < 0 ? Optional.empty() : dateNear(s, held);
        Optional<Place> place = held < 0 ? Optional.empty() : placeNear(s, held);
        if (date.isEmpty() && place.isEmpty()) {
            return Optional.empty();
        }
        int of = lexicons.cueEnd(Lexicons.Cue.OF_WORD, tokens, end);
        int named = of > 0 && lexicons.isCue(Lexicons.Cue.ARTICLE, tokens, of) ? of + 1 : of;
        PhraseIndex.Match<MeetingKind> own = named > 0 && named < held ? lexicons.triggers.longest(tokens, named) : null;
        MeetingKind kind = own != null ? own.value() : mainKind;
        if (!seen.add(unnamedKey(kind, date, place))) {
            return Optional.empty();
        }
        Span span = Span.of(tokens.get(at).start(), tokens.get(held - 1).end());
        return Optional.of(Event.builder().kind(kind).name(kind == mainKind ? mainSeries : Optional.empty()).date(date)
                .location(place).span(span).build());
    }

    /** Where a gathering's trigger word ends, or -1: "Summit", "summit", "Ministerial Meeting", "Dialogue". */
    private int gathering(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (at > 0 && isRemoteMeans(tokens, at - 1, at + 1)) {
            return -1; // "held via video conference": how a meeting was held, no gathering of its own
        }
        PhraseIndex.Match<MeetingKind> after = at + 1 < tokens.size() ? lexicons.triggers.longest(tokens, at + 1) : null;
        if (after != null && MeetingFinder.REMOTE_KINDS.contains(after.value())) {
            return -1; // "a summit telephone talk": the level of a call, no gathering of its own
        }
        if (GATHERINGS.containsKey(token.key())) {
            return at + 1;
        }
        if (token.isAny(MEETINGS) && token.isCapitalized() && at > 0 && isNameWord(tokens.get(at - 1))
                && !(SeriesReader.onlyRoundAdjectivesBetween(tokens, nameStart(tokens, at), at)
                        && nameContinuation(tokens, at + 1) == at + 1)) {
            return at + 1; // "the C5+1 Ministerial Meeting", where "the Bilateral Meeting" names none
        }
        if (token.isAny(MEETINGS) && at > 0 && tokens.get(at - 1).isClosingQuote()) {
            return at + 1; // "the «SCO Plus» meeting"
        }
        return -1;
    }

    /** Whether a meeting word of a call or a video conference starts at {@code from} and ends at {@code end}: "video conference". */
    private boolean isRemoteMeans(List<Token> tokens, int from, int end) {
        PhraseIndex.Match<MeetingKind> means = lexicons.triggers.longest(tokens, from);
        return means != null && means.end() == end && MeetingFinder.REMOTE_KINDS.contains(means.value());
    }

    /** The kind of gathering a trigger word names: a meeting unless {@code gatherings.tsv} says otherwise. */
    private static MeetingKind kind(Token trigger) {
        return GATHERINGS.getOrDefault(trigger.key(), MeetingKind.MEETING);
    }

    private static java.util.Map<String, MeetingKind> gatherings() {
        java.util.Map<String, MeetingKind> words = new java.util.HashMap<>();
        for (String language : Scripts.BUILT_IN) {
            for (String[] row : Lexicons.rows(language, "gatherings.tsv", 2)) {
                words.putIfAbsent(Tokenizer.key(row[1]), MeetingKind.valueOf(row[0]));
            }
        }
        return java.util.Map.copyOf(words);
    }

    /** The most words a gathering's name may have before its trigger word. */
    private static final int LONGEST_NAME = 12;

    /** The first word of a gathering's name: back over capitalised words, numbers, "+", dashes, quotes, "of". */
    private static int nameStart(List<Token> tokens, int trigger) {
        int start = trigger;
        while (start > 0 && trigger - start < LONGEST_NAME) {
            Token before = tokens.get(start - 1);
            if (before.isNumber() && start >= 2 && DateWords.namesADayOrMonth(tokens.get(start - 2))) {
                break; // "the upcoming June 24 summit": the day of a date, no part of a name
            }
            boolean inner = isNameWord(before) || before.isDash() || before.isPunctuation('+')
                    || before.isNumber() && before.isDigits()
                    || before.isOpeningQuote() || before.isClosingQuote()
                    || before.isAny(OF) && start >= 2 && isNameWord(tokens.get(start - 2)) && start - 1 < trigger;
            if (!inner) {
                break;
            }
            start--;
        }
        while (start < trigger && (!isNameWord(tokens.get(start)) && !tokens.get(start).isNumber() || tokens.get(start).isAny(OF))) {
            start++;
        }
        return start;
    }

    /**
     * "Summit of the Future", "Consultative Meeting of the Heads of State of Central Asia": "of",
     * "for" or "on", an optional "the" and capitalised words, as often as they follow, up to
     * {@link #LONGEST_NAME} words.
     */
    private static int nameContinuation(List<Token> tokens, int end) {
        int k = end;
        while (k + 1 < tokens.size() && k - end < LONGEST_NAME
                && tokens.get(k).isAny(JOINERS)) {
            int words = tokens.get(k + 1).isAny(ARTICLES) ? k + 2 : k + 1;
            int last = words;
            while (last < tokens.size() && isNameWord(tokens.get(last))) {
                last++;
            }
            if (last == words) {
                break;
            }
            k = last;
        }
        return k;
    }

    private static boolean isNameWord(Token token) {
        return token.isWord() && token.isCapitalized() && !token.isAny(ARTICLES) && !DateWords.namesADayOrMonth(token);
    }


    /** "the visit of TITLE NAME to PLACE DATE", "NAME's visit to PLACE", "the visit of the Uzbek leader to X". */
    private Optional<Event> visit(String text, Sentence s, int at, PersonRegistry registry) {
        List<Token> tokens = s.tokens();
        Optional<Mention> visitor = Optional.empty();
        for (Mention mention : s.mentions()) {
            boolean after = at + 1 < tokens.size() && tokens.get(at + 1).isAny(OF)
                    && mention.first() > at && mention.first() <= at + 3;
            // "Minister Sari said that the visit …": who speaks of a visit did not pay it
            boolean before = mention.end() <= at && at - mention.end() <= 4 && !speaksBetween(tokens, mention.end(), at);
            if (after || before) {
                visitor = Optional.of(mention);
                break;
            }
        }
        int from = visitor.map(v -> Math.max(at, v.end())).orElse(at);
        Optional<Place> place = Optional.empty();
        for (PlaceFinder.Found found : s.places()) {
            if (found.first() > from && found.first() <= from + 6 && found.preposition() == PlaceFinder.Role.TO) {
                place = Optional.of(found.place());
                break;
            }
        }
        Optional<PersonRegistry.Entry> owner = possessorBefore(tokens, at, registry);
        if (visitor.isEmpty() && place.isEmpty() && owner.isEmpty()) {
            return Optional.empty();
        }
        List<Person> participants = new ArrayList<>();
        boolean ownerNamed = owner.isPresent() && visitor.flatMap(v -> registry.find(v.nameTokens())).equals(owner);
        if (owner.isPresent() && !ownerNamed) {
            PersonRegistry.Entry p = owner.get();
            participants.add(Person.builder().name(p.name).title(p.title).country(p.country).span(p.span).build());
        } else if (visitor.isPresent()) {
            Mention who = visitor.get();
            registry.find(who.nameTokens()).ifPresent(p -> participants.add(Person.builder().name(p.name)
                    .title(who.title()).country(who.country().or(() -> p.country)).span(p.span).build()));
        }
        int end = place.map(p -> indexAfter(tokens, p.span().end())).orElse(from + 1);
        int first = visitor.map(v -> Math.min(at, v.first())).orElse(at);
        Span span = Span.of(tokens.get(first).start(), tokens.get(Math.min(tokens.size(), Math.max(at + 1, end)) - 1).end());
        return Optional.of(Event.builder().kind(MeetingKind.VISIT).date(dateNear(s, end)).location(place)
                .participants(participants).span(span).build());
    }

    /** How many words may stand between a visitor's possessive and the visit's word: "Quispe's first official visit". */
    private static final int POSSESSIVE_REACH = 3;

    /**
     * "The minister welcomed Quispe's visit": the person a known name with its possessive right
     * before the visit's word stands for, who paid the visit, not the subject before them.
     */
    private Optional<PersonRegistry.Entry> possessorBefore(List<Token> tokens, int at, PersonRegistry registry) {
        for (int k = at - 1; k >= 1 && k >= at - POSSESSIVE_REACH; k--) {
            if (lexicons.isCue(Lexicons.Cue.POSSESSIVE, tokens, k)) {
                Token name = tokens.get(k - 1);
                return name.isWord() && name.isCapitalized() ? registry.find(List.of(name.key())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a verb of speech stands in [from, to) and no "his" or "her" makes the visit the speaker's
     * ("Sikorski recalled his previous visit to Astana").
     */
    private boolean speaksBetween(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().noneMatch(t -> t.isAny(OWNERS))
                && lexicons.hasCueIn(Lexicons.Cue.SPEECH_VERB, tokens, from, to);
    }

    /** "… to the United States in March and his meeting with Secretary of State Antony Blinken". */
    private Optional<Event> meetingDuringVisit(Sentence s, int at, Event visit, PersonRegistry registry) {
        for (Mention mention : s.mentions()) {
            if (mention.first() > at && mention.first() <= at + 3) {
                List<Person> participants = new ArrayList<>();
                for (Person visitor : visit.participants()) {
                    participants.add(Person.builder().name(visitor.name()).country(visitor.country())
                            .span(visitor.span()).build());
                }
                registry.find(mention.nameTokens()).ifPresent(p -> participants.add(Person.builder().name(p.name)
                        .title(mention.title()).country(mention.country().or(() -> p.country)).span(p.span).build()));
                Span span = Span.of(s.tokens().get(at).start(), mention.span().end());
                return Optional.of(Event.builder().kind(MeetingKind.MEETING).date(visit.date()).participants(participants)
                        .span(span).build());
            }
        }
        return Optional.empty();
    }

    private static int indexAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static Optional<DateRef> dateNear(Sentence s, int after) {
        for (DateFinder.Found found : s.dates()) {
            if (found.first() >= after && found.first() <= after + NEAR && !found.sameDay()) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    /** "the upcoming June 24 summit": a date that ends where a gathering's words begin dates it. */
    private static Optional<DateRef> dateRightBefore(Sentence s, int start) {
        for (DateFinder.Found found : s.dates()) {
            if (found.end() == start && !found.sameDay()) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> placeNear(Sentence s, int after) {
        for (PlaceFinder.Found found : s.places()) {
            boolean preposition = found.preposition() == PlaceFinder.Role.IN || found.preposition() == PlaceFinder.Role.AT;
            if (found.first() >= after && found.first() <= after + NEAR && preposition) {
                return Optional.of(found.place());
            }
        }
        return Optional.empty();
    }

    /** What tells an unnamed event from another already listed: its kind, date and place's name. */
    private record UnnamedKey(MeetingKind kind, Optional<DateValue> date, String place) {}

    /** The key of an unnamed event, a record where a string of its parts was written out for every gathering. */
    private static UnnamedKey unnamedKey(MeetingKind kind, Optional<DateRef> date, Optional<Place> place) {
        return new UnnamedKey(kind, date.flatMap(DateRef::value), place.isPresent() ? place.get().name() : null);
    }

    /** The letters and digits of a name in lower case, one char at a time where that lowers it as a whole would. */
    private static String key(String name) {
        char[] kept = new char[name.length()];
        int length = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!CaseFold.lowersAlone(c)) {
                return keyOfLowerCase(name);
            }
            char lower = Character.toLowerCase(c);
            if (Character.isLetterOrDigit(lower)) {
                kept[length++] = lower;
            }
        }
        return new String(kept, 0, length);
    }

    private static String keyOfLowerCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length()); // by index, without a copy of the chars
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
