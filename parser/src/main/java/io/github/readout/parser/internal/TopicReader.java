package io.github.readout.parser.internal;

import io.github.readout.core.Outcome;
import io.github.readout.core.Span;
import io.github.readout.core.Topic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what a meeting discussed (topics) and what it agreed, signed or decided (outcomes)
 * from the sentences about it.
 */
final class TopicReader {

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

    /** The cues as searched for: each followed by a space. */
    private static final List<String> SPACED_TOPIC_CUES = spaced("", TOPIC_CUES);

    /** The verbs as searched for: whole words, between spaces. */
    private static final List<String> SPACED_OUTCOME_VERBS = spaced(" ", OUTCOME_VERBS);

    /** What ends a clause of topics. */
    private static final String[] CLAUSE_STOPS = {". ", "; ", ", paying", ", noting", ", which", ", while",
        ", stressing", ", with special", ", and outlined", ", and agreed"};

    /** The words a topic does not start with. */
    private static final String[] LEADING_WORDS = {"and ", "the ", "a ", "an ", "of ", "on "};

    private TopicReader() {}

    private static List<String> spaced(String before, List<String> words) {
        List<String> spaced = new ArrayList<>(words.size());
        for (String word : words) {
            spaced.add(before + word + " ");
        }
        return List.copyOf(spaced);
    }

    static List<Topic> topics(String text, List<Sentence> sentences) {
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            String sentence = s.text();
            String lower = s.lower();
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
            boolean asWellAs = i < to && sentence.startsWith(" as well as ", i);
            boolean including = i < to && sentence.startsWith(" including ", i);
            if (i < to && sentence.charAt(i) != ',' && !asWellAs && !including) {
                continue;
            }
            addChunk(base, sentence, chunkStart, i, topics, seen);
            if (asWellAs) {
                i += " as well as".length();
            } else if (including) {
                i += " including".length();
            }
            chunkStart = i + 1;
        }
    }

    /** Adds the words in [start, end) as a topic, trimmed of white space and leading articles. */
    private static void addChunk(int base, String sentence, int start, int end, List<Topic> topics, Set<String> seen) {
        int from = skipSpace(sentence, start, end);
        int to = end;
        while (to > from && Character.isWhitespace(sentence.charAt(to - 1))) {
            to--;
        }
        for (String word : LEADING_WORDS) {
            if (to - from > word.length() && sentence.regionMatches(true, from, word, 0, word.length())) {
                from = skipSpace(sentence, from + word.length(), to);
            }
        }
        int length = to - from;
        if (length <= 2 || length >= 160) {
            return;
        }
        int offset = base + from;
        for (Topic topic : topics) {
            if (topic.span().start() <= offset && topic.span().end() >= offset + length) {
                return; // already inside a topic
            }
        }
        String label = sentence.substring(from, to);
        if (seen.add(label.toLowerCase(Locale.ROOT))) {
            topics.add(Topic.builder().label(label).span(Span.of(offset, offset + length)).build());
        }
    }

    private static int skipSpace(String text, int at, int end) {
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    static List<Outcome> outcomes(String text, List<Sentence> sentences) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Sentence s : sentences) {
            String sentence = s.text();
            String lower = s.lower();
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
}
