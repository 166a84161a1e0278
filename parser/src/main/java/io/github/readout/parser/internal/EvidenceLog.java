package io.github.readout.parser.internal;

import io.github.readout.core.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that chose a meeting's date and place, noted by the meeting stage as it decides,
 * so that an explanation can name them afterwards. One log per parse; not thread-safe.
 */
final class EvidenceLog {

    /** The values whose rule is noted when it is chosen. */
    enum Field { DATE, LOCATION }

    /** A rule and the span of the meeting it was chosen for. */
    private record Key(Field field, int meetingStart, int meetingEnd) {}

    /** A log that notes nothing, for parses that are not explained. */
    static final EvidenceLog NONE = new EvidenceLog(false);

    private final boolean enabled;
    private final Map<Key, String> rules = new HashMap<>();

    EvidenceLog(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Notes the rule that chose a value of the meeting reported at a span; the first note of a
     * field for a meeting stays, as later stages copy values they did not choose.
     */
    void note(Field field, Span meeting, String rule) {
        if (enabled) {
            rules.putIfAbsent(new Key(field, meeting.start(), meeting.end()), rule);
        }
    }

    Optional<String> rule(Field field, Span meeting) {
        return Optional.ofNullable(rules.get(new Key(field, meeting.start(), meeting.end())));
    }
}
