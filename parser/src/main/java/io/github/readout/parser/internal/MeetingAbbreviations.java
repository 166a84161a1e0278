package io.github.readout.parser.internal;

import io.github.readout.core.MeetingKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The abbreviations a release gives the names of meetings ("the Joint Commission for Cooperation
 * (JCC)") and the later words that call a meeting by one ("the Minister co-chaired the JCC"): each
 * such word is a meeting word of the kind the name's own meeting word has. One instance reads one
 * release, sentence after sentence.
 */
final class MeetingAbbreviations {

    /** The most words a meeting's name runs after its meeting word before the abbreviation: "for Cooperation". */
    private static final int WORDS_AFTER = 6;
    /** The most words a name runs before its meeting word: "Enhanced Strategic Partnership". */
    private static final int WORDS_BEFORE = 6;
    /** The most letters an abbreviation has. */
    private static final int LONGEST = 10;

    private final Map<String, MeetingKind> kinds = new HashMap<>();

    /**
     * Learns the abbreviations a sentence gives after the names its meeting words open or close, and
     * returns the sentence's meeting words with the uses of every abbreviation learnt so far added.
     */
    List<PhraseIndex.Match<MeetingKind>> read(List<Token> tokens, List<PhraseIndex.Match<MeetingKind>> triggers) {
        for (int t = 0; t < triggers.size(); t++) { // by index: no iterator for each sentence
            learn(tokens, triggers.get(t));
        }
        if (kinds.isEmpty()) {
            return triggers;
        }
        List<PhraseIndex.Match<MeetingKind>> all = null;
        for (int k = 0; k < tokens.size(); k++) {
            MeetingKind kind = kinds.get(tokens.get(k).key());
            if (kind == null || k > 0 && tokens.get(k - 1).isPunctuation('(') || covered(triggers, k)) {
                continue;
            }
            all = all == null ? new ArrayList<>(triggers) : all;
            all.add(new PhraseIndex.Match<>(k, k + 1, kind));
        }
        if (all == null) {
            return triggers;
        }
        all.sort(java.util.Comparator.comparingInt(PhraseIndex.Match::start));
        return List.copyOf(all);
    }

    private void learn(List<Token> tokens, PhraseIndex.Match<MeetingKind> trigger) {
        if (!tokens.get(trigger.start()).isCapitalized()) {
            return; // "held talks with the European Union (EU)": a meeting word in lower case names no meeting
        }
        int first = trigger.start();
        while (first > 0 && trigger.start() - first < WORDS_BEFORE && tokens.get(first - 1).isWord()
                && tokens.get(first - 1).isCapitalized()) {
            first--;
        }
        int open = trigger.end();
        while (open < tokens.size() && open - trigger.end() < WORDS_AFTER && tokens.get(open).isWord()) {
            open++;
        }
        if (open + 2 >= tokens.size() || !tokens.get(open).isPunctuation('(') || !tokens.get(open + 2).isPunctuation(')')) {
            return;
        }
        Token abbreviation = tokens.get(open + 1);
        String letters = abbreviation.text();
        // "(JCC)" of "Joint Commission for Cooperation": it starts with the name's first letter
        if (abbreviation.isWord() && abbreviation.isAllCaps() && letters.length() >= 2 && letters.length() <= LONGEST
                && letters.charAt(0) == tokens.get(first).text().charAt(0)) {
            kinds.putIfAbsent(abbreviation.key(), trigger.value());
        }
    }

    private static boolean covered(List<PhraseIndex.Match<MeetingKind>> triggers, int at) {
        for (PhraseIndex.Match<MeetingKind> trigger : triggers) {
            if (trigger.start() <= at && at < trigger.end()) {
                return true;
            }
        }
        return false;
    }
}
