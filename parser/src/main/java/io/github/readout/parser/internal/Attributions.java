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

    private Attributions() {}

    static Optional<Attribution> find(BodyText body, List<Span> prose) {
        String text = body.text();
        for (Span block : prose) {
            String lower = body.lowerCaseSameLength(block.start(), block.end());
            Optional<Attribution> found = pressServiceOf(text, block, lower)
                    .or(() -> ownPressService(text, block, lower))
                    .or(() -> reportingClause(text, block, lower))
                    .or(() -> accordingTo(text, block, lower));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
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
        for (String closing : CLOSING_VERBS) {
            int at = lower.indexOf(closing);
            if (at < 0) {
                continue;
            }
            int comma = lower.lastIndexOf(", ", at);
            if (comma < 0 || at - comma > 80) {
                continue;
            }
            int sourceStart = skipArticle(lower, comma + 2);
            if (!Character.isUpperCase(text.charAt(block.start() + sourceStart))) {
                continue;
            }
            return make(text, block, comma + 2, sourceStart, at, at + closing.length() - 1); // before the period
        }
        return Optional.empty();
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

    private static Optional<Attribution> make(String text, Span block, int clauseStart, int sourceStart,
            int sourceEnd, int clauseEnd) {
        String source = text.substring(block.start() + sourceStart, block.start() + sourceEnd).strip();
        if (source.isEmpty() || source.split(" ").length > LONGEST_SOURCE_WORDS) {
            return Optional.empty();
        }
        return Optional.of(Attribution.builder()
                .organization(source)
                .span(Span.of(block.start() + clauseStart, block.start() + Math.max(clauseEnd, sourceEnd)))
                .build());
    }

    /** Where the source ends: at a reporting verb, a comma, or the end of the sentence. */
    private static int sourceEnd(String lower, int from) {
        int end = from;
        while (end < lower.length()) {
            char c = lower.charAt(end);
            if (c == ',' || c == ';' || c == '(' || c == ':') {
                break;
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
        for (String verb : VERBS) {
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

    private static int clauseStart(String lower, int at) {
        int comma = lower.lastIndexOf(", ", at);
        int sentence = lower.lastIndexOf(". ", at);
        int start = Math.max(comma, sentence);
        return start < 0 ? 0 : start + 2;
    }

    private static int skipArticle(String lower, int at) {
        for (String article : ARTICLES) {
            if (lower.startsWith(article, at)) {
                return at + article.length();
            }
        }
        return at;
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
