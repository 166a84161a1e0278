package io.github.readout.parser.internal;

import io.github.readout.core.DateRef;
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
 * Finds the other events a release refers to: visits ("the visit of … to the United States in
 * March this year", "Roman Vassilenko's visit to Brussels") and named gatherings ("the C5+1
 * Presidential Summit last September").
 */
final class RelatedFinder {

    private static final int NEAR = 6;

    /** The most words of an event name before its trigger word ("Central Asia – Germany Summit"). */
    private static final int LONGEST_NAME_BEFORE_TRIGGER = 12;

    private final Lexicons lexicons;

    RelatedFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Event> find(String text, List<Sentence> sentences, PersonRegistry registry, Set<Integer> reportSentences,
            Optional<String> mainSeries) {
        List<Event> events = new ArrayList<>();
        Set<String> names = new HashSet<>();
        mainSeries.ifPresent(n -> names.add(n.toLowerCase(Locale.ROOT)));
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.is("visit") && !reportSentences.contains(s.index())) {
                    visit(text, s, i, registry).ifPresent(events::add);
                    continue;
                }
                if (!token.isCapitalized()) {
                    continue;
                }
                PhraseIndex.Match<MeetingKind> trigger = lexicons.triggers.longest(tokens, i);
                if (trigger == null || trigger.value() != MeetingKind.SUMMIT && trigger.value() != MeetingKind.DIALOGUE
                        && trigger.value() != MeetingKind.CONFERENCE) {
                    continue;
                }
                int start = i;
                // A bounded walk back: unbounded, "Summit Summit Summit …" gave one ever longer
                // event name per word, quadratic in time and memory.
                int floor = Math.max(0, i - LONGEST_NAME_BEFORE_TRIGGER);
                while (start > floor && (tokens.get(start - 1).isCapitalized() && !tokens.get(start - 1).is("The")
                        || tokens.get(start - 1).isDash() || tokens.get(start - 1).isPunctuation('+')
                        || tokens.get(start - 1).isNumber() && tokens.get(start - 1).text().chars().allMatch(Character::isDigit))) {
                    start--;
                }
                while (start < i && !tokens.get(start).isCapitalized()) {
                    start++;
                }
                if (start == i) {
                    continue;
                }
                Span span = Span.of(tokens.get(start).start(), tokens.get(trigger.end() - 1).end());
                String name = span.cut(text);
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                events.add(Event.builder().kind(trigger.value() == MeetingKind.DIALOGUE ? MeetingKind.DIALOGUE
                                : trigger.value())
                        .name(name)
                        .date(dateNear(s, trigger.end()))
                        .location(placeNear(s, trigger.end()))
                        .span(span)
                        .build());
                i = trigger.end() - 1;
            }
        }
        return events;
    }

    /** "the visit of TITLE NAME to PLACE DATE", "NAME's visit to PLACE". */
    private Optional<Event> visit(String text, Sentence s, int at, PersonRegistry registry) {
        List<Token> tokens = s.tokens();
        Optional<Mention> visitor = Optional.empty();
        for (Mention mention : s.mentions()) {
            boolean after = mention.first() > at && mention.first() <= at + 3 && tokens.get(at + 1).is("of");
            boolean before = mention.end() <= at && at - mention.end() <= 2;
            if (after || before) {
                visitor = Optional.of(mention);
                break;
            }
        }
        if (visitor.isEmpty()) {
            return Optional.empty();
        }
        Mention who = visitor.get();
        int from = Math.max(at, who.end());
        List<Person> participants = new ArrayList<>();
        Optional<PersonRegistry.Entry> person = registry.find(who.nameTokens());
        person.ifPresent(p -> participants.add(Person.builder().name(p.name).title(who.title())
                .country(who.country().or(() -> p.country)).span(p.span).build()));
        Optional<Place> place = Optional.empty();
        for (PlaceFinder.Found found : s.places()) {
            if (found.first() >= from && found.first() <= from + 3 && found.preposition().equals("to")) {
                place = Optional.of(found.place());
                break;
            }
        }
        int end = place.map(p -> indexAfter(tokens, p.span().end())).orElse(from);
        Span span = Span.of(tokens.get(Math.min(at, who.first())).start(), tokens.get(Math.max(at, end - 1)).end());
        return Optional.of(Event.builder().kind(MeetingKind.VISIT).date(dateNear(s, end)).location(place)
                .participants(participants).span(span).build());
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

    private static Optional<Place> placeNear(Sentence s, int after) {
        for (PlaceFinder.Found found : s.places()) {
            if (found.first() >= after && found.first() <= after + 3 && found.preposition().equals("in")) {
                return Optional.of(found.place());
            }
        }
        return Optional.empty();
    }
}
