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

    /** Phrases that make a sentence after the lead a plan of the next meeting. */
    private static final SubstringSet NEXT_CUES = new SubstringSet(Lexicons.builtInCue(Lexicons.Cue.NEXT_MEETING));

    /** Phrases that plan the parties' own next meeting, wherever it is to be: also plans of the next meeting. */
    private static final SubstringSet OWN_MEETING_CUES =
            new SubstringSet(Lexicons.builtInCue(Lexicons.Cue.NEXT_OWN_MEETING));

    /** An invitation's verb, which with a visit's word makes the sentence a plan: "invited … to pay a visit". */
    private static final SubstringSet INVITATIONS = new SubstringSet(Lexicons.builtInCue(Lexicons.Cue.INVITATION));

    /** A visit's word, after a space, which with an invitation's verb makes the sentence a plan. */
    private static final SubstringSet INVITED_VISITS =
            new SubstringSet(spaced(Lexicons.builtInCue(Lexicons.Cue.INVITED_VISIT)));

    /** Each word after a space; a loop, as a parser's creation loads this class and links no lambda. */
    private static List<String> spaced(List<String> words) {
        List<String> spaced = new java.util.ArrayList<>();
        for (String word : words) {
            spaced.add(" ".concat(word));
        }
        return List.copyOf(spaced);
    }

    /** A verb in the present of live reports: "X, invited by Y, is paying a visit" tells a visit going on, no plan. */
    private static final SubstringSet LIVE_REPORTS = new SubstringSet(Lexicons.builtInCue(Lexicons.Cue.LIVE_REPORT));

    Optional<NextMeeting> read(String text, List<Sentence> sentences, Sentence lead, List<String> series) {
        for (Sentence s : sentences) {
            if (s.index() <= lead.index()) {
                continue;
            }
            LowerPart lower = s.lower();
            boolean invited = INVITATIONS.foundIn(lower) && INVITED_VISITS.foundIn(lower)
                    && !LIVE_REPORTS.foundIn(lower);
            boolean cue = invited || NEXT_CUES.foundIn(lower) || OWN_MEETING_CUES.foundIn(lower);
            if (!cue) {
                continue; // most sentences: the series' names are not lower-cased and searched for them
            }
            boolean sameSeries = series.stream().anyMatch(n -> lower.contains(n.toLowerCase(java.util.Locale.ROOT)));
            // "agreed to meet again on the sidelines of the G20 Summit": the parties' own meeting
            boolean ownMeeting = OWN_MEETING_CUES.foundIn(lower);
            if (!sameSeries && !ownMeeting && namesOtherGathering(s)) {
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
