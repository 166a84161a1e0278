package io.github.readout.parser.internal;

import io.github.readout.core.Attribution;
import io.github.readout.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * Finds who a release names as its source: "…, the press service of the Kazakh MFA reports",
 * "…, the Akorda press service reports", "Kazinform cites the press service of …",
 * "…, the Ministry of Foreign Affairs reports", "according to the press service of …".
 */
final class Attributions {

    /** The verbs that say a source gave the release's words, in the order they are tried. */
    private static final List<String> VERBS = Lexicons.builtInCue(Lexicons.Cue.SOURCE_VERB);

    /** The verbs as a reporting clause ends with them: " reports.". */
    private static final List<String> CLOSING_VERBS = VERBS.stream().map(v -> " " + v + ".").toList();

    /** The words of an office's press service, after a space: " press service". */
    private static final List<String> PRESS_SERVICES = Lexicons.builtInCue(Lexicons.Cue.PRESS_SERVICE).stream()
            .map(words -> " " + words).toList();

    /** A press service followed by the word that joins it to its body, and a space: "press service of ". */
    private static final List<String> PRESS_SERVICES_OF = Lexicons.builtInCue(Lexicons.Cue.PRESS_SERVICE).stream()
            .flatMap(words -> Lexicons.builtInCue(Lexicons.Cue.OF_WORD).stream().map(of -> words + " " + of + " "))
            .toList();

    /** Words before a press service that name who cites it, between spaces, in the order they are tried. */
    private static final List<String> CITING = Lexicons.builtInCue(Lexicons.Cue.SOURCE_CITING).stream()
            .map(words -> " " + words + " ").toList();

    /** The endings that make a body's name its possessive: "the ministry's press service". */
    private static final List<String> POSSESSIVES = Lexicons.builtInCue(Lexicons.Cue.POSSESSIVE);

    /** The words that name a source after them, and a space: "according to ". */
    private static final List<String> ACCORDING_TO = Lexicons.builtInCue(Lexicons.Cue.ACCORDING_TO).stream()
            .map(words -> words + " ").toList();

    /** The articles a source may open with, and a space: "the ". */
    private static final List<String> ARTICLES = Lexicons.builtInCue(Lexicons.Cue.ARTICLE).stream()
            .map(word -> word + " ").toList();

    private static final int LONGEST_SOURCE_WORDS = 10;

    /** The words of a spokesperson's title: "spokeswoman". */
    private static final List<String> SPOKESPERSONS = Lexicons.builtInCue(Lexicons.Cue.SPOKESPERSON);

    /** The verbs that name their source after them, and a space: "сообщает ", "передают ". */
    private static final List<String> VERBS_FIRST = Lexicons.builtInCue(Lexicons.Cue.SOURCE_VERB_FIRST).stream()
            .map(verb -> verb + " ").toList();

    /** The words that open a sentence whose verb names its source after it: "об этом ". */
    private static final List<String> OPENERS = java.util.stream.Stream.concat(
            Lexicons.builtInCue(Lexicons.Cue.SOURCE_OPENER).stream(), Lexicons.builtInCue(Lexicons.Cue.SOURCE_CLAUSE_OPENER).stream())
            .map(words -> words + " ").toList();

    /** The words that open a clause, ended by a comma, whose verb names its source: "как " of "Как сообщила X, …". */
    private static final List<String> CLAUSE_OPENERS = Lexicons.builtInCue(Lexicons.Cue.SOURCE_CLAUSE_OPENER).stream()
            .map(words -> words + " ").toList();

    /** Words inside a source that show it named in another case, between spaces: " в " of "сообщили в МИД". */
    private static final List<String> OTHER_CASE = Lexicons.builtInCue(Lexicons.Cue.SOURCE_OTHER_CASE).stream()
            .map(word -> " " + word + " ").toList();

    /** The labels that open a line naming the source: "источник:", "по материалам". */
    private static final List<String> LABELS = Lexicons.builtInCue(Lexicons.Cue.SOURCE_LABEL);

    /** The words before a source that name who speaks for it: "корреспондент " of "корреспондент БЕЛТА". */
    private static final List<String> SOURCE_HOLDERS = Lexicons.builtInCue(Lexicons.Cue.SOURCE_HOLDER).stream()
            .map(word -> word + " ").toList();

    /** The words that open no source but someone speaking: "пресс-секретарь ", "министр ". */
    private static final List<String> SPEAKERS = Lexicons.builtInCue(Lexicons.Cue.SOURCE_SPEAKER).stream()
            .map(word -> word + " ").toList();

    private Attributions() {}

    static Optional<Attribution> find(BodyText body, List<Span> prose) {
        String text = body.text();
        for (Span block : prose) {
            String lower = body.lowerCaseSameLength(block.start(), block.end());
            Optional<Attribution> found = inBlock(text, block, lower);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first way of attributing a release that a block reads as, tried in turn: no lambda per way and block. */
    private static Optional<Attribution> inBlock(String text, Span block, String lower) {
        Optional<Attribution> found = pressServiceOf(text, block, lower);
        found = found.isPresent() ? found : ownPressService(text, block, lower);
        found = found.isPresent() ? found : reportingClause(text, block, lower);
        found = found.isPresent() ? found : accordingTo(text, block, lower);
        found = found.isPresent() ? found : verbFirst(text, block, lower);
        return found.isPresent() ? found : sourceLine(text, block, lower);
    }

    /** "press service of the Kazakh MFA reports". */
    private static Optional<Attribution> pressServiceOf(String text, Span block, String lower) {
        String phrase = firstIn(lower, PRESS_SERVICES_OF);
        if (phrase == null) {
            return Optional.empty();
        }
        int at = lower.indexOf(phrase);
        int sourceStart = skipArticle(lower, at + phrase.length());
        int sourceEnd = sourceEnd(lower, sourceStart);
        return make(text, block, clauseStart(lower, at), sourceStart, sourceEnd, verbEnd(lower, sourceEnd));
    }

    /** "the Akorda press service reports", "the ministry's press service". */
    private static Optional<Attribution> ownPressService(String text, Span block, String lower) {
        String phrase = firstIn(lower, PRESS_SERVICES);
        if (phrase == null) {
            return Optional.empty();
        }
        int at = lower.indexOf(phrase);
        int clauseStart = clauseStart(lower, at);
        int sourceStart = skipArticle(lower, clauseStart);
        for (String marker : CITING) {
            int cited = lower.lastIndexOf(marker, at);
            if (cited >= sourceStart) {
                sourceStart = skipArticle(lower, cited + marker.length()); // "Kazinform reports citing the ministry's press service"
            }
        }
        int sourceEnd = at;
        for (String possessive : POSSESSIVES) {
            if (lower.startsWith(possessive, sourceEnd - possessive.length())) {
                sourceEnd -= possessive.length();
                break;
            }
        }
        if (sourceStart >= sourceEnd || verbAt(lower, sourceStart) > 0) {
            // "reported the ministry's press service": the verb comes first
            int verb = verbAt(lower, sourceStart);
            sourceStart = skipArticle(lower, skipSpace(lower, sourceStart + verb));
            if (sourceStart >= sourceEnd) {
                return Optional.empty();
            }
        }
        int after = at + phrase.length();
        return make(text, block, clauseStart, sourceStart, sourceEnd, verbEnd(lower, after));
    }

    /** "…, the Ministry of Foreign Affairs reports." at the end of a sentence. */
    private static Optional<Attribution> reportingClause(String text, Span block, String lower) {
        for (int c = 0; c < CLOSING_VERBS.size(); c++) {
            String closing = CLOSING_VERBS.get(c);
            int at = lower.indexOf(closing);
            if (at < 0) {
                continue;
            }
            int comma = lower.lastIndexOf(", ", at);
            if (comma < 0 || at - comma > 80) {
                continue;
            }
            int sourceStart = skipArticle(lower, comma + 2);
            if (!Character.isUpperCase(text.charAt(block.start() + sourceStart)) || quoteBetween(lower, sourceStart, at)) {
                continue; // "… from Laos, Somchai Keomany," he said.": the quote's words, then someone who said them
            }
            int sourceEnd = spokespersonAt(lower, sourceStart, at);
            if (sourceEnd <= sourceStart) {
                continue; // "…, Spokesperson X said.": someone speaking, no body
            }
            return make(text, block, comma + 2, sourceStart, sourceEnd, at + closing.length() - 1); // before the period
        }
        return Optional.empty();
    }

    /**
     * Where a spokesperson's word stands in a source's words [from, to), the body's name before it
     * ("the Foreign Office spokeswoman Helen Price" speaks for the Foreign Office); {@code to} if none.
     */
    private static int spokespersonAt(String lower, int from, int to) {
        for (String word : SPOKESPERSONS) {
            if (lower.startsWith(word, from)) {
                return from;
            }
            int at = lower.indexOf(" " + word + " ", from);
            if (at >= 0 && at < to) {
                return at;
            }
        }
        return to;
    }

    /**
     * The double quotes a quote closes with; an apostrophe is as often a possessive's, and guillemets
     * hold names too ("the agency «Vostok»").
     */
    private static final String QUOTES = "\"”“";

    private static boolean quoteBetween(String lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (QUOTES.indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "…, according to the Kazakh MFA." */
    private static Optional<Attribution> accordingTo(String text, Span block, String lower) {
        String phrase = firstIn(lower, ACCORDING_TO);
        if (phrase == null) {
            return Optional.empty();
        }
        int at = lower.indexOf(phrase);
        int sourceStart = skipArticle(lower, at + phrase.length());
        if (sourceStart >= lower.length() || !Character.isUpperCase(text.charAt(block.start() + sourceStart))) {
            return Optional.empty();
        }
        int sourceEnd = sourceEnd(lower, sourceStart);
        return make(text, block, at, sourceStart, sourceEnd, sourceEnd);
    }

    /**
     * "…, передает ТАСС.", "Об этом сообщила пресс-служба правительства.": a verb that names its
     * source after it, after a comma or a clause's opener; not someone speaking ("сообщил
     * пресс-секретарь …"), nor a source named in another case ("сообщили в МИД").
     */
    private static Optional<Attribution> verbFirst(String text, Span block, String lower) {
        for (int v = 0; v < VERBS_FIRST.size(); v++) { // by index: asked of every block, no iterator each time
            String verb = VERBS_FIRST.get(v);
            for (int at = lower.indexOf(verb); at >= 0; at = lower.indexOf(verb, at + 1)) {
                if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                    continue;
                }
                boolean afterComma = at >= 2 && lower.startsWith(", ", at - 2);
                int clauseStart = afterComma ? at : openerBefore(lower, at);
                int sourceStart = pastWords(lower, at + verb.length(), SOURCE_HOLDERS);
                if (clauseStart < 0 || sourceStart >= lower.length() || !Character.isLetter(lower.charAt(sourceStart))
                        || startsWithAny(lower, sourceStart, SPEAKERS)) {
                    continue;
                }
                int sourceEnd = beforeCiting(lower, sourceStart,
                        sourceEnd(lower, sourceStart, Math.min(lower.length(), sourceStart + LONGEST_SOURCE_CHARS)));
                // "…, передает ТАСС." ends its sentence, "Как сообщила X, …" its clause; a source that
                // runs on is a clause of its own ("сообщил журналистам …"), a web address the site itself
                char closing = sourceEnd < lower.length() ? lower.charAt(sourceEnd) : '.';
                boolean asOpened = startsWithAny(lower, clauseStart, CLAUSE_OPENERS) ? closing == ','
                        : closing == '.' || closing == '\n';
                String source = lower.substring(sourceStart, sourceEnd);
                if (!asOpened || firstIn(source, OTHER_CASE) != null || source.matches(".*\\.[a-z]{2,}.*")) {
                    continue;
                }
                Optional<Attribution> found = make(text, block, clauseStart, sourceStart, sourceEnd, sourceEnd);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Where a clause's opener before a verb starts ("Об этом сообщает"), or -1 when there is none. */
    private static int openerBefore(String lower, int verb) {
        for (String opener : OPENERS) {
            int at = verb - opener.length();
            if (at >= 0 && lower.startsWith(opener, at) && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The source a short block names after a label ("Источник: kremlin.ru"), for a line the noise
     * filter sets aside from the prose.
     *
     * @param body the body
     * @param block a short block
     * @return the attribution, or empty when the block opens with no label
     */
    static Optional<Attribution> labelledLine(BodyText body, Span block) {
        if (!mayOpenWithLabel(body.text(), block)) {
            return Optional.empty(); // most short blocks: no copy in lower case is cut for them
        }
        return sourceLine(body.text(), block, body.lowerCaseSameLength(block.start(), block.end()));
    }

    /**
     * Whether a label, in any case, stands where {@link #labelAt} looks for one on some line of
     * the block: a test on the text as written that every block {@link #sourceLine} reads a label
     * in passes, so that the others need no lower-case copy.
     */
    private static boolean mayOpenWithLabel(String text, Span block) {
        int lineStart = block.start();
        while (lineStart < block.end()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > block.end() ? block.end() : lineEnd;
            for (int l = 0; l < LABELS.size(); l++) { // by index: this runs for every line of every block
                String label = LABELS.get(l);
                int last = Math.min(lineEnd - label.length(), lineStart + LABEL_LEAD);
                char first = label.charAt(0);
                for (int at = lineStart; at <= last; at++) {
                    if (CaseFold.mayMatch(text.charAt(at), first) && text.regionMatches(true, at, label, 0, label.length())) {
                        return true;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return false;
    }

    /** "Источник: www.orient.tm", "По материалам ТАСС": a line that opens with a label of its source. */
    private static Optional<Attribution> sourceLine(String text, Span block, String lower) {
        for (int lineStart = 0; lineStart < lower.length(); lineStart = lower.indexOf('\n', lineStart) + 1) {
            int lineEnd = lower.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
            for (int l = 0; l < LABELS.size(); l++) { // by index: no iterator for each line
                String label = LABELS.get(l);
                int at = labelAt(lower, label, lineStart, lineEnd);
                if (at < 0) {
                    continue;
                }
                int sourceStart = skipSpace(lower, at + label.length());
                int sourceEnd = sourceStart;
                while (sourceEnd < lineEnd && lower.charAt(sourceEnd) != '|') {
                    sourceEnd++;
                }
                while (sourceEnd > sourceStart && (lower.charAt(sourceEnd - 1) == ' ' || lower.charAt(sourceEnd - 1) == '.')) {
                    sourceEnd--;
                }
                Optional<Attribution> found = make(text, block, at, sourceStart, sourceEnd, sourceEnd);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (lineEnd >= lower.length()) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Where a label stands on a line, at its start or after a few words ("ИА "Альянс Медиа" по
     * материалам …"), or -1: only the line's opening chars are tried, so a long line costs no more.
     */
    private static int labelAt(String lower, String label, int lineStart, int lineEnd) {
        int last = Math.min(lineEnd - label.length(), lineStart + LABEL_LEAD);
        for (int at = lineStart; at <= last; at++) {
            if (lower.startsWith(label, at) && (at == lineStart || lower.charAt(at - 1) == ' ')) {
                return at;
            }
            if (lower.charAt(at) == '.' && at + 1 < lineEnd && lower.charAt(at + 1) == ' ') {
                return -1; // a sentence before it: the label is no line's opening
            }
        }
        return -1;
    }

    /** The most chars a line may hold before the label of its source: a publisher's short name. */
    private static final int LABEL_LEAD = 40;

    /** Where a source ends before a second one it cites: "Info-Prim Neo со ссылкой на …". */
    private static int beforeCiting(String lower, int from, int end) {
        for (int at = from; at < end; at++) {
            if (lower.charAt(at) == ' ' && startsWithAny(lower, at, CITING)) {
                return at;
            }
        }
        return end;
    }

    /** The most chars a source named after its verb may have: a longer run is a clause, not a name. */
    private static final int LONGEST_SOURCE_CHARS = 160;

    /** Past any of the words at an offset: "корреспондент БЕЛТА" is read from "БЕЛТА". */
    private static int pastWords(String lower, int at, List<String> words) {
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (lower.startsWith(word, at)) {
                return at + word.length();
            }
        }
        return at;
    }

    private static boolean startsWithAny(String lower, int at, List<String> words) {
        return pastWords(lower, at, words) > at;
    }

    /**
     * How many spaces a stripped text has: its words, as {@code split(" ")} counts them, less one, without
     * copying each word.
     */
    private static int spaces(String stripped) {
        int spaces = 0;
        for (int i = stripped.indexOf(' '); i >= 0; i = stripped.indexOf(' ', i + 1)) {
            spaces++;
        }
        return spaces;
    }

    private static Optional<Attribution> make(String text, Span block, int clauseStart, int sourceStart,
            int sourceEnd, int clauseEnd) {
        String source = text.substring(block.start() + sourceStart, block.start() + sourceEnd).strip();
        if (source.isEmpty() || spaces(source) + 1 > LONGEST_SOURCE_WORDS) {
            return Optional.empty();
        }
        return Optional.of(Attribution.builder()
                .organization(source)
                .span(Span.of(block.start() + clauseStart, block.start() + Math.max(clauseEnd, sourceEnd)))
                .build());
    }

    /** Where the source ends: at a reporting verb, a comma, or the end of the sentence. */
    private static int sourceEnd(String lower, int from) {
        return sourceEnd(lower, from, lower.length());
    }

    /** {@link #sourceEnd(String, int)}, read no further than {@code limit}. */
    private static int sourceEnd(String lower, int from, int limit) {
        int end = from;
        int quoted = 0;
        while (end < limit) {
            char c = lower.charAt(end);
            quoted += c == '«' ? 1 : c == '»' && quoted > 0 ? -1 : 0;
            if (c == '\n' || quoted == 0 && (c == ',' || c == ';' || c == '(' || c == ':')) {
                break; // "«Туркменистан: Золотой век»": a name in quotes is read whole
            }
            if (c == '.' && (end + 1 >= lower.length() || lower.charAt(end + 1) == ' ' || lower.charAt(end + 1) == '\n')
                    && !abbreviationBefore(lower, end)) {
                break;
            }
            if (c == ' ' && verbAt(lower, end + 1) > 0) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean abbreviationBefore(String lower, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        return dot - start == 1; // "U.S." or an initial
    }

    private static int verbAt(String lower, int at) {
        for (int v = 0; v < VERBS.size(); v++) { // by index: no iterator for each place a verb may start
            String verb = VERBS.get(v);
            int end = at + verb.length();
            if (lower.startsWith(verb, at) && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return verb.length();
            }
        }
        return 0;
    }

    private static int verbEnd(String lower, int from) {
        int at = skipSpace(lower, from);
        int verb = verbAt(lower, at);
        return verb > 0 ? at + verb : from;
    }

    /** Where the clause before a source opens: after a comma, a sentence's end or a line break. */
    private static int clauseStart(String lower, int at) {
        int comma = lower.lastIndexOf(", ", at);
        int sentence = lower.lastIndexOf(". ", at);
        int start = Math.max(comma, sentence);
        // "… met in Lima today.\nAs the press service reported, …": a block of wire copy may run over lines
        int line = at > 0 ? lower.lastIndexOf('\n', at - 1) : -1;
        return Math.max(start < 0 ? 0 : start + 2, line + 1);
    }

    private static int skipArticle(String lower, int at) {
        return pastWords(lower, at, ARTICLES);
    }

    /** The first of the phrases, in their order, that the text holds, or null. */
    private static String firstIn(String lower, List<String> phrases) {
        for (String phrase : phrases) {
            if (lower.contains(phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static int skipSpace(String lower, int at) {
        while (at < lower.length() && lower.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}
