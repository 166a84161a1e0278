package io.github.readout.parser.internal;

import io.github.readout.core.Outcome;
import io.github.readout.core.Span;
import io.github.readout.core.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a meeting discussed (topics) and what it agreed, signed or decided (outcomes)
 * from the sentences about it.
 */
final class TopicReader {

    /** The phrases after which a sentence names what was talked about, as searched for: each followed by a space. */
    private static final List<String> SPACED_TOPIC_CUES = spaced("", Lexicons.builtInCue(Lexicons.Cue.TOPIC_CUE), " ");
    private static final SubstringSet TOPIC_CUE_SET = new SubstringSet(SPACED_TOPIC_CUES);

    /** The verbs of outcomes as searched for: whole words, between spaces. */
    private static final SubstringSet SPACED_OUTCOME_VERBS =
            new SubstringSet(spaced(" ", Lexicons.builtInCue(Lexicons.Cue.OUTCOME_VERB), " "));

    /** What ends a clause of topics: the end of a sentence or clause, and a comma before a stop word. */
    private static final SubstringSet CLAUSE_STOPS = new SubstringSet(clauseStops());

    /** What parts topics besides a comma, as searched for: between spaces. */
    private static final List<String> JOINERS = spaced(" ", Lexicons.builtInCue(Lexicons.Cue.TOPIC_JOINER), " ");

    /** The words a topic does not start with, each followed by a space, in the order they are dropped. */
    private static final List<String> LEADING_WORDS = spaced("", Lexicons.builtInCue(Lexicons.Cue.TOPIC_ARTICLE), " ");

    private TopicReader() {}

    private static List<String> spaced(String before, List<String> words, String after) {
        List<String> spaced = new ArrayList<>(words.size());
        for (String word : words) {
            spaced.add(before + word + after);
        }
        return List.copyOf(spaced);
    }

    private static List<String> clauseStops() {
        List<String> stops = new ArrayList<>(List.of(". ", "; "));
        stops.addAll(spaced(", ", Lexicons.builtInCue(Lexicons.Cue.TOPIC_STOP), ""));
        return List.copyOf(stops);
    }

    static List<Topic> topics(String text, List<Sentence> sentences) {
        List<Topic> topics = new ArrayList<>();
        int[] starts = null; // made for the first sentence with a cue, and kept for the others
        for (Sentence s : sentences) {
            LowerPart lower = s.lower();
            if (!TOPIC_CUE_SET.foundIn(lower)) {
                continue; // most sentences: no array of where each cue starts is made for them
            }
            starts = TOPIC_CUE_SET.firstStarts(lower, starts != null ? starts : new int[TOPIC_CUE_SET.size()]);
            for (int c = 0; c < TOPIC_CUE_SET.size(); c++) { // in the cues' order, as the pack lists them
                int at = starts[c];
                if (at < 0) {
                    continue;
                }
                int from = at + SPACED_TOPIC_CUES.get(c).length();
                int to = clauseEnd(lower, from);
                // Read in the body at the sentence's offsets: the sentence as written is not cut.
                int base = s.span().start();
                addChunks(text, base + from, base + to, s.span().end(), topics);
            }
        }
        return topics;
    }

    private static int clauseEnd(LowerPart lower, int from) {
        int stop = CLAUSE_STOPS.leftmost(lower, from);
        int end = stop >= 0 ? stop : lower.length();
        while (end > from && ".;:".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** Adds the chunks of the body's [from, to) as topics; a joiner may not run past the sentence's end. */
    private static void addChunks(String text, int from, int to, int sentenceEnd, List<Topic> topics) {
        int chunkStart = from;
        for (int i = from; i <= to; i++) {
            String joiner = i < to ? joinerAt(text, i, sentenceEnd) : null;
            if (i < to && text.charAt(i) != ',' && joiner == null) {
                continue;
            }
            addChunk(text, chunkStart, i, topics);
            if (joiner != null) {
                i += joiner.length() - 1; // up to the space after it
            }
            chunkStart = i + 1;
        }
    }

    /** The joiner (" as well as ") that starts at a position of a sentence, or null. */
    private static String joinerAt(String text, int at, int sentenceEnd) {
        if (text.charAt(at) != ' ') {
            return null; // every joiner is spaced: most positions of a sentence start none
        }
        for (int j = 0; j < JOINERS.size(); j++) { // by index: this runs for every space of a topic clause
            String joiner = JOINERS.get(j);
            if (at + joiner.length() <= sentenceEnd && text.startsWith(joiner, at)) {
                return joiner;
            }
        }
        return null;
    }

    /** Adds the words of the body's [start, end) as a topic, trimmed of white space and leading articles. */
    private static void addChunk(String text, int start, int end, List<Topic> topics) {
        int from = skipSpace(text, start, end);
        int to = end;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        for (int w = 0; w < LEADING_WORDS.size(); w++) {
            String word = LEADING_WORDS.get(w);
            if (to - from > word.length() && text.regionMatches(true, from, word, 0, word.length())) {
                from = skipSpace(text, from + word.length(), to);
            }
        }
        int length = to - from;
        if (length <= 2 || length >= 160) {
            return;
        }
        int offset = from;
        for (int t = 0; t < topics.size(); t++) { // by index: no iterator for each chunk
            Topic topic = topics.get(t);
            if (topic.span().start() <= offset && topic.span().end() >= offset + length) {
                return; // already inside a topic
            }
        }
        String label = text.substring(from, to);
        if (!isListed(topics, label)) {
            topics.add(Topic.builder().label(label).span(Span.of(offset, offset + length)).build());
        }
    }

    /**
     * Whether a topic has the label in another case. Compared char by char, where a set kept each
     * label's lower case: a label with a char that does not lower on its own (see {@link BodyText})
     * is lowered whole, as the set's were.
     */
    private static boolean isListed(List<Topic> topics, String label) {
        for (int t = 0; t < topics.size(); t++) {
            String listed = topics.get(t).label();
            if (lowersAlone(listed) && lowersAlone(label) ? listed.length() == label.length() && sameLowerCase(listed, label)
                    : listed.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether each char of a label lowers on its own, as {@code String.toLowerCase} lowers it in the label. */
    private static boolean lowersAlone(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLowerCase(String one, String other) {
        for (int i = 0; i < one.length(); i++) {
            if (Character.toLowerCase(one.charAt(i)) != Character.toLowerCase(other.charAt(i))) {
                return false;
            }
        }
        return true;
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
            LowerPart lower = s.lower();
            int verb = SPACED_OUTCOME_VERBS.leftmost(lower, 0);
            if (verb < 0) {
                continue;
            }
            // Cut from the body at the sentence's offsets, stripped first: no copy of the sentence, nor of the
            // outcome before it is stripped. White space is all in the Basic Multilingual Plane.
            int base = s.span().start();
            int start = Math.max(lower.lastIndexOf(", ", verb) + 2, 0);
            if (lower.lastIndexOf(", ", verb) < 0) {
                start = 0;
            }
            int from = base + start;
            int to = base + lower.length();
            while (to > from && ".;".indexOf(text.charAt(to - 1)) >= 0) {
                to--;
            }
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            outcomes.add(Outcome.builder().text(text.substring(from, to)).span(Span.of(from, to)).build());
        }
        return outcomes;
    }
}
