package io.github.readout.parser.internal;

import io.github.readout.core.DateRef;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.NextMeeting;
import io.github.readout.core.Place;
import java.util.List;
import java.util.Optional;

/**
 * Reads the follow-up the parties planned: "agreed to hold the next meeting in 2025 in Astana",
 * "invited … to pay an official visit to Türkiye next year".
 */
final class NextMeetingReader {

    private static final List<String> NEXT_CUES = List.of(
            "next meeting", "next session", "next round", "agreed to hold", "decided to hold", "will be held",
            "will take place", "to hold the", "regular meeting", "next summit", "to hold a", "to hold its",
            "next year in", "to meet again", "hold the next", "agreed to meet", "agreed to convene", "to convene a",
            "to be held");

    Optional<NextMeeting> read(String text, List<Sentence> sentences, Sentence lead, List<String> series) {
        for (Sentence s : sentences) {
            if (s.index() <= lead.index()) {
                continue;
            }
            String lower = s.lower();
            boolean cue = lower.contains("invited") && lower.contains(" visit");
            for (String phrase : NEXT_CUES) {
                if (lower.contains(phrase)) {
                    cue = true;
                    break;
                }
            }
            boolean sameSeries = series.stream().anyMatch(n -> lower.contains(n.toLowerCase(java.util.Locale.ROOT)));
            // "agreed to meet again on the sidelines of the G20 Summit": the parties' own meeting
            boolean ownMeeting = lower.contains("to meet again") || lower.contains("agreed to meet");
            if (!cue || !sameSeries && !ownMeeting && namesOtherGathering(s)) {
                continue;
            }
            // The plan's date closes the sentence: "… for 2025–2026 and agreed to meet in Dushanbe by the end of the year"
            Optional<DateRef> date = s.dates().isEmpty() ? Optional.empty()
                    : Optional.of(s.dates().get(s.dates().size() - 1).date());
            Optional<Place> place = Optional.empty();
            for (PlaceFinder.Found found : s.places()) {
                if (found.preposition() == PlaceFinder.Role.IN || found.preposition() == PlaceFinder.Role.TO || found.preposition() == PlaceFinder.Role.AT) {
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
    }}
