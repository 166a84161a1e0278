package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says, for each meeting value, which rule gave it and which words it rests on: the meeting
 * word behind a kind, the rule the meeting stage noted for a date or a place, the source of a
 * participant's country.
 */
final class Explainer {

    /** The rule of a country the meeting stage gave an official named without one. */
    static final String SIDE_RULE = "the side of the meeting no other participant holds: the text names no country";

    private Explainer() {}

    static List<Explained> explain(String text, List<Meeting> meetings, List<Sentence> sentences,
            PersonRegistry registry, EvidenceLog log) {
        Map<Long, Sentence> bySpan = new HashMap<>();
        for (Sentence s : sentences) {
            bySpan.put(key(s.span()), s);
        }
        Map<String, PersonRegistry.Entry> people = new HashMap<>();
        for (PersonRegistry.Entry entry : registry.entries()) {
            people.putIfAbsent(entry.name, entry);
        }
        List<Explained> explained = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            String path = "meetings[" + i + "]";
            explained.add(kind(text, path, meeting, bySpan.get(key(meeting.span()))));
            meeting.date().ifPresent(date -> explained.add(new Explained(path + ".date",
                    date.value().map(Object::toString).orElse(date.text()),
                    log.rule(EvidenceLog.Field.DATE, meeting.span()).orElse("a date written in the meeting's sentence"),
                    Optional.of(date.span()))));
            meeting.location().ifPresent(place -> explained.add(new Explained(path + ".location", place.name(),
                    log.rule(EvidenceLog.Field.LOCATION, meeting.span()).orElse("a place named in the meeting's sentence"),
                    Optional.of(place.span()))));
            for (int c = 0; c < meeting.countries().size(); c++) {
                explained.add(country(path + ".countries[" + c + "]", meeting.countries().get(c), meeting));
            }
            for (int p = 0; p < meeting.participants().size(); p++) {
                Person person = meeting.participants().get(p);
                if (person.country().isPresent()) {
                    PersonRegistry.Entry entry = people.get(person.name());
                    String rule = entry != null && entry.country.equals(person.country()) && entry.countryRule != null
                            ? entry.countryRule : SIDE_RULE;
                    explained.add(new Explained(path + ".participants[" + p + "].country",
                            person.country().get().toString(), rule, Optional.of(person.span())));
                }
            }
        }
        return explained;
    }

    private static Explained kind(String text, String path, Meeting meeting, Sentence sentence) {
        if (sentence != null) {
            for (PhraseIndex.Match<?> trigger : sentence.triggers()) {
                if (trigger.value() == meeting.kind()) {
                    List<Token> tokens = sentence.tokens();
                    Span span = Span.of(tokens.get(trigger.start()).start(), tokens.get(trigger.end() - 1).end());
                    return new Explained(path + ".kind", meeting.kind().name(),
                            "the meeting word '" + span.cut(text) + "' (triggers.tsv and cues.tsv)", Optional.of(span));
                }
            }
        }
        String rule = meeting.name().isPresent()
                ? "the kind the series' name says: '" + meeting.name().get() + "'"
                : "the kind the release's sentences report around the meeting's sentence";
        return new Explained(path + ".kind", meeting.kind().name(), rule, Optional.of(meeting.span()));
    }

    private static Explained country(String path, CountryCode country, Meeting meeting) {
        for (Person person : meeting.participants()) {
            if (person.country().equals(Optional.of(country))) {
                return new Explained(path, country.toString(), "the country of participant " + person.name(),
                        Optional.of(person.span()));
            }
        }
        boolean hosted = meeting.participants().isEmpty() && meeting.name().isPresent()
                && meeting.location().flatMap(Place::country).equals(Optional.of(country));
        if (hosted) {
            return new Explained(path, country.toString(), "the state a named gathering that names no one was held in",
                    Optional.of(meeting.location().get().span()));
        }
        return new Explained(path, country.toString(),
                "a state named as a party: 'between' two states, a pair ('China-Japan'), a group ('C5+1') or a host",
                Optional.of(meeting.span()));
    }

    private static long key(Span span) {
        return (long) span.start() << 32 | span.end();
    }
}
