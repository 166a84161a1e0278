package io.github.readout.parser.internal;

import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences, in one pass, minding abbreviations ("Mr.", "H.E.",
 * "Jan."), initials ("S. Jaishankar"), decimals, ellipses and closing quotes.
 */
public final class SentenceSplitter {

    /** What a line of {@code abbreviations.tsv} is; see the file's header. */
    private enum Abbreviation { BEFORE_NAME, BEFORE_NAME_AFTER_WORD, MAY_END, OPENER }

    private static final java.util.Map<Abbreviation, List<String>> ABBREVIATIONS =
            Lexicons.builtInRoles("abbreviations.tsv", Abbreviation.class);

    /** Abbreviations that a name or number always follows: never the end of a sentence. */
    private static final Set<String> BEFORE_NAME = Set.copyOf(ABBREVIATIONS.get(Abbreviation.BEFORE_NAME));

    /**
     * Abbreviations that a name follows when a word stands before them ("в г. Душанбе"), but that
     * may end a sentence after a number, where they stand for another word ("в 2024 г. Стороны …").
     */
    private static final Set<String> BEFORE_NAME_AFTER_WORD =
            Set.copyOf(ABBREVIATIONS.get(Abbreviation.BEFORE_NAME_AFTER_WORD));

    /** Abbreviations that may end a sentence when a sentence opener follows ("… with the U.S. The …"). */
    private static final Set<String> MAY_END = Set.copyOf(ABBREVIATIONS.get(Abbreviation.MAY_END));

    /** Words that open sentences, so that an abbreviation before them ends its sentence. */
    private static final Set<String> OPENERS = Set.copyOf(ABBREVIATIONS.get(Abbreviation.OPENER));

    private SentenceSplitter() {}

    /**
     * Splits a span of text into sentences.
     *
     * @param text the text
     * @param paragraph the span to split
     * @return the sentences, trimmed of surrounding white space, in order
     */
    public static List<Span> split(String text, Span paragraph) {
        return split(text, paragraph, Integer.MAX_VALUE);
    }

    /**
     * Splits a span of text into its first sentences.
     *
     * @param text the text
     * @param paragraph the span to split
     * @param most how many sentences to find at most
     * @return the first sentences, {@code most} at most, trimmed of surrounding white space, in order
     */
    public static List<Span> split(String text, Span paragraph, int most) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, paragraph.start(), paragraph.end());
        int end = paragraph.end();
        boolean wrapped = hardWrapped(text, start, end);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int boundary = -1;
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int after = i + 1;
                while (after < end && (text.charAt(after) == '.' || text.charAt(after) == '!' || text.charAt(after) == '?')) {
                    after++;
                }
                while (after < end && isCloser(text.charAt(after))) {
                    after++;
                }
                if (after >= end) {
                    boundary = end;
                } else if (Character.isWhitespace(text.charAt(after)) && endsSentence(text, start, i, after, end)
                        || c == '.' && after == i + 1 && gluedToTheNext(text, start, i, end)) {
                    boundary = after;
                }
                if (boundary < 0) {
                    i = after;
                    continue;
                }
            } else if (c == '\n' && lineBreakEndsSentence(text, start, i, end, wrapped)) {
                boundary = i;
            } else if (Character.isUpperCase(c) && gluedToAYear(text, start, i, end)) {
                boundary = i;
            }
            if (boundary >= 0) {
                addTrimmed(sentences, text, start, boundary);
                if (sentences.size() == most) {
                    return sentences;
                }
                start = skipSpace(text, boundary, end);
                i = start;
            } else {
                i++;
            }
        }
        if (start < end) {
            addTrimmed(sentences, text, start, end);
        }
        return sentences;
    }

    private static boolean endsSentence(String text, int sentenceStart, int dot, int after, int end) {
        int next = skipSpace(text, after, end);
        if (next >= end) {
            return true;
        }
        char following = text.charAt(next);
        if (text.charAt(dot) != '.') {
            return Character.isUpperCase(following) || isOpener(following) || Character.isDigit(following);
        }
        if (dot > 0 && text.charAt(dot - 1) == '.') {
            // An ellipsis ends a sentence only when a capital follows.
            return Character.isUpperCase(following);
        }
        if (!(Character.isUpperCase(following) || isOpener(following) || Character.isDigit(following))) {
            return false;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        int joined = Math.max(word.lastIndexOf('-'), Math.max(word.lastIndexOf('–'), word.lastIndexOf('/')));
        if (joined >= 0 && joined + 1 < word.length()) {
            word = word.substring(joined + 1); // "Kazakhstan-U.S. Enhanced Strategic Partnership Dialogue"
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // an initial ("S. Jaishankar"), unless a word of two letters or more that opens sentences
            // follows: "… с главой МИД КНР Ван И. Затем …", where "Д. В. Медведев" goes on
            String nextWord = nextWord(text, next, end);
            return nextWord.length() > 1 && OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
        }
        String key = word.toLowerCase(Locale.ROOT);
        if (BEFORE_NAME.contains(key)) {
            return false;
        }
        if (BEFORE_NAME_AFTER_WORD.contains(key) && !afterNumber(text, sentenceStart, wordStart)) {
            return false;
        }
        if (MAY_END.contains(key) || isDottedAcronym(word)) {
            return OPENERS.contains(nextWord(text, next, end).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** The digits of a year a page's date line ends with. */
    private static final int YEAR_DIGITS = 4;

    /**
     * "17 September, 2008On September 13 the Minister received …": a page that glues its date line to the
     * story ends the date's sentence at the year, before a capitalised word that starts right after it.
     */
    private static boolean gluedToAYear(String text, int sentenceStart, int at, int end) {
        int first = at - YEAR_DIGITS;
        if (first < sentenceStart || at + 1 >= end || !Character.isLowerCase(text.charAt(at + 1))
                || first > sentenceStart && Character.isLetterOrDigit(text.charAt(first - 1))) {
            return false;
        }
        for (int k = first; k < at; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int year = Integer.parseInt(text, first, at, 10);
        return year >= 1900 && year < 2100;
    }

    /** The fewest letters of the word before a stop that a sentence glued to it ends with. */
    private static final int GLUED_WORD = 3;

    /**
     * "… в своем Telegram-канале.Бахтиёр Саидов передал …": pages that drop the space between
     * sentences. A stop between a word in lower case and a capitalised word ends a sentence; a
     * lower-case abbreviation ("г.Душанбе") and addresses ("uz.sputniknews.ru") do not.
     */
    private static boolean gluedToTheNext(String text, int sentenceStart, int dot, int end) {
        int next = dot + 1;
        if (next + 1 >= end || !Character.isUpperCase(text.charAt(next)) || !Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        int letters = 0;
        int k = dot - 1;
        while (k >= sentenceStart && Character.isLetter(text.charAt(k))) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
            letters++;
            k--;
        }
        return letters >= GLUED_WORD && (k < sentenceStart || Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '-');
    }

    /** Whether the word before a position, past white space, ends in a digit: "2024 г.", not "в г.". */
    private static boolean afterNumber(String text, int sentenceStart, int wordStart) {
        int prev = wordStart;
        while (prev > sentenceStart && Character.isWhitespace(text.charAt(prev - 1))) {
            prev--;
        }
        return prev > sentenceStart && Character.isDigit(text.charAt(prev - 1));
    }

    /** "A.B.C" style, such as "U.S" or "N.A.T.O". */
    private static boolean isDottedAcronym(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean expectLetter = i % 2 == 0;
            if (expectLetter ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The fewest characters of a line that a hard wrap inside a paragraph ends: more than between blocks
     * ({@link Segmenter}), as a paragraph's shorter lines are a list's items, a caption's or an address's.
     */
    private static final int WRAPPED_LINE_IN_PARAGRAPH = 45;

    /**
     * Whether a paragraph is copy hard-wrapped at a fixed width: two or more of its lines before the last are long
     * and stop in a word or after a comma, as a feed's text does ("… Greek Foreign\nMinister Nikos Pappas …"), and
     * one of them goes on in lower case, as a list of headlines, each opening in capitals, never does.
     */
    private static boolean hardWrapped(String text, int start, int end) {
        int cut = 0;
        boolean lowerCaseAfterCut = false;
        int lineStart = start;
        for (int newline = text.indexOf('\n', start); newline >= 0 && newline < end; newline = text.indexOf('\n', newline + 1)) {
            if (lineStart > start && contentEnd(text, lineStart, newline) == lineStart) {
                return true; // a blank line inside a paragraph: the segments joined copy wrapped with one after each line
            }
            if (cutMidSentence(text, lineStart, newline)) {
                cut++;
                int next = skipSpace(text, newline, end);
                lowerCaseAfterCut |= next < end && Character.isLowerCase(text.charAt(next));
            }
            lineStart = newline + 1;
        }
        return cut >= 2 && lowerCaseAfterCut;
    }

    /** Whether a line is long and stops in a word or after a comma; a table's row, cut by tabs, does neither. */
    private static boolean cutMidSentence(String text, int lineStart, int newline) {
        return stopsMidSentence(text, lineStart, newline, WRAPPED_LINE_IN_PARAGRAPH)
                && text.lastIndexOf('\t', contentEnd(text, lineStart, newline) - 1) < lineStart;
    }

    /**
     * Whether the line [lineStart, lineEnd) holds {@code shortest} characters or more, white space at its end aside,
     * and stops in a word or after a comma, as a line a hard wrap ends does.
     */
    static boolean stopsMidSentence(String text, int lineStart, int lineEnd, int shortest) {
        int last = contentEnd(text, lineStart, lineEnd);
        return last - lineStart >= shortest && (Character.isLetter(text.charAt(last - 1)) || text.charAt(last - 1) == ',');
    }

    /** Where a line's characters end, before the white space at its end. */
    private static int contentEnd(String text, int lineStart, int lineEnd) {
        int last = lineEnd;
        while (last > lineStart && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return last;
    }

    private static boolean lineBreakEndsSentence(String text, int sentenceStart, int newline, int end, boolean wrapped) {
        int next = skipSpace(text, newline, end);
        if (next >= end) {
            return false;
        }
        int prev = newline;
        while (prev > sentenceStart && Character.isWhitespace(text.charAt(prev - 1))) {
            prev--;
        }
        if (prev == sentenceStart) {
            return false;
        }
        char last = text.charAt(prev - 1);
        char following = text.charAt(next);
        if (Character.isLetter(last) && opensWithWeekdayAndVerb(text, next, end)) {
            return false; // "High Commissioner Paul Reed\nFriday called on …": wire copy wrapped before its day
        }
        String lastWord = lastWord(text, sentenceStart, prev);
        if (NoiseFilter.isDangling(lastWord)) {
            return false; // "The Minister of Foreign Affairs of\nPeru, Mr …": no sentence ends with "of"
        }
        if (Months.numberOfKey(lastWord.toLowerCase(Locale.ROOT)) > 0 && Months.isName(lastWord) && startsAYear(text, next, end)) {
            return false; // "held a trilateral meeting yesterday, 14 October\n2016, in Geneva": a date wrapped before its year
        }
        if (wrapped && cutMidSentence(text, text.lastIndexOf('\n', prev - 1) + 1, prev) && !opensWithTheArticle(text, next, end)) {
            return false; // "… Greek Foreign\nMinister Nikos Pappas": the sentence goes on in the next line, capital or not
        }
        // A hard-wrapped sentence goes on in lower case; a list item or caption starts anew.
        return last == ':' || last == ';' || !Character.isLowerCase(following);
    }

    /** The letters that end [from, end): the last word before a line break. */
    static String lastWord(String text, int from, int end) {
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The article a sentence may open with, by lookup form: "the". */
    private static final List<String> ARTICLES = Lexicons.builtInCue(Lexicons.Cue.ARTICLE);

    /**
     * "… Ministers of Foreign Affairs of Peru, Chile and Kenya\nThe Minister of …": a line that opens with
     * the article, capitalised, starts a sentence, unless the line before ends in a word that leaves it open.
     */
    private static boolean opensWithTheArticle(String text, int at, int end) {
        String word = nextWord(text, at, end);
        int after = at + word.length();
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && after < end && text.charAt(after) == ' '
                && ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether four digits and no more open [at, end): a year's. */
    private static boolean startsAYear(String text, int at, int end) {
        int k = at;
        while (k < end && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k - at == YEAR_DIGITS && (k == end || !Character.isLetterOrDigit(text.charAt(k)));
    }

    /** Whether a weekday's name and then a word in lower case start here: "Friday called on". */
    static boolean opensWithWeekdayAndVerb(String text, int at, int end) {
        String word = nextWord(text, at, end);
        int after = at + word.length();
        if (word.isEmpty() || after + 1 >= end || text.charAt(after) != ' '
                || DateWords.weekday(word.toLowerCase(Locale.ROOT)) == null) {
            return false;
        }
        return Character.isLowerCase(text.charAt(after + 1));
    }

    private static String nextWord(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '\'';
    }

    private static int skipSpace(String text, int pos, int end) {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static void addTrimmed(List<Span> sentences, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(Span.of(start, end));
        }
    }
}
