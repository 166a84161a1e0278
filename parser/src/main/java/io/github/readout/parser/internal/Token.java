package io.github.readout.parser.internal;

import java.util.Locale;

/**
 * A word, number or punctuation mark of a sentence, with its offsets in the release text.
 *
 * <p>Its text and key are one {@link Word}, which the tokenizer shares among the tokens of a word
 * (the release has it many times, and other releases too): a token is its offsets and that
 * reference, 24 bytes where a record of two strings and two offsets took 32. Two tokens are equal
 * when their text, offsets and key are.
 */
final class Token {

    /**
     * A word as written and its key, and which phrase indexes of a pack have a phrase that starts
     * with it, noted when first asked (see {@link FirstWords}).
     */
    static final class Word {
        private final String text;
        private final String key;
        /**
         * What {@link FirstWords} noted for the word, null until first asked. A race notes it twice
         * alike; the final fields of the note make it safe to read from any thread.
         */
        FirstWords.Note firstWords;
        /**
         * The word's number ({@link WordIds}) plus one; 0 before it is first asked; or, for a word no
         * phrase had, minus one less the count of numbered words then, so that a word a pack read
         * later numbered is looked up again. One int, so that a race reads one answer or the other.
         */
        private int idNote;
        /**
         * Whether a date may open at the word ({@link DateWords#mayOpenADate}): 1 yes, -1 no, 0 before it is
         * first asked. The answer is the built-in tables' alone, so a race writes the same byte.
         */
        byte opensADate;

        /**
         * @param text the word as written
         * @param key the word in lower case with typographic apostrophes made plain, for lookups;
         *     computed once, as every stage looks tokens up by it
         */
        Word(String text, String key) {
            this.text = text;
            this.key = key;
        }

        Word(String text) {
            this(text, Tokenizer.key(text));
        }

        String text() {
            return text;
        }

        String key() {
            return key;
        }

        /** The number of the word's key ({@link WordIds}), or {@link WordIds#NONE} when no phrase has it. */
        int id() {
            int note = idNote;
            if (note > 0) {
                return note - 1;
            }
            int count = WordIds.count();
            if (note < 0 && -note - 1 == count) {
                return WordIds.NONE;
            }
            int id = WordIds.of(key);
            idNote = id >= 0 ? id + 1 : -count - 1;
            return id;
        }
    }

    private final Word word;
    private final int start;
    private final int end;

    Token(String text, int start, int end) {
        this(new Word(text), start, end);
    }

    Token(Word word, int start, int end) {
        this.word = word;
        this.start = start;
        this.end = end;
    }

    /** The token as written. */
    String text() {
        return word.text();
    }

    /** Its first offset. */
    int start() {
        return start;
    }

    /** The offset after it. */
    int end() {
        return end;
    }

    /** The token in lower case with typographic apostrophes made plain, for lookups. */
    String key() {
        return word.key();
    }

    /** Its text and key. */
    Word word() {
        return word;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Token token && start == token.start && end == token.end
                && text().equals(token.text()) && key().equals(token.key());
    }

    @Override
    public int hashCode() {
        return (31 * (31 * text().hashCode() + start) + end) * 31 + key().hashCode();
    }

    boolean isWord() {
        return Character.isLetter(text().codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text().charAt(0));
    }

    /** Whether every character is a digit ("2024", not "5th" or "G20"). */
    boolean isDigits() {
        String text = text();
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is a letter, read one char at a time: a stream per call was garbage for each name word. */
    boolean isLetters() {
        String text = text();
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text().codePointAt(0));
    }

    boolean isLowerCase() {
        return Character.isLowerCase(text().codePointAt(0));
    }

    boolean is(String word) {
        return text().equalsIgnoreCase(word);
    }

    /** Whether the token is one of the words, ignoring case as {@link #is} does. */
    boolean isAny(java.util.List<String> words) {
        // By index: an iterator per call was a fifth of what a parse allocated.
        for (int i = 0, n = words.size(); i < n; i++) {
            if (text().equalsIgnoreCase(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The marks a quotation opens with: straight, curly and angle quotes. */
    static final String OPENING_QUOTES = "\"“«";
    /** The marks that close them, pairwise: the one at an opening mark's index closes it. */
    static final String CLOSING_QUOTES = "\"”»";

    /** Whether the token starts with a mark that opens a quotation. */
    boolean isOpeningQuote() {
        return OPENING_QUOTES.indexOf(text().charAt(0)) >= 0;
    }

    /** Whether the token starts with a mark that closes a quotation. */
    boolean isClosingQuote() {
        return CLOSING_QUOTES.indexOf(text().charAt(0)) >= 0;
    }

    boolean isDash() {
        return text().equals("-") || text().equals("–") || text().equals("—");
    }

    boolean isPunctuation(char c) {
        return text().length() == 1 && text().charAt(0) == c;
    }

    /** All letters upper case, such as "SCO", "VI" or "U.S.". */
    boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text().length(); i++) {
            char c = text().charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    @Override
    public String toString() {
        return text().toLowerCase(Locale.ROOT).equals(text()) ? text() : text() + "@" + start;
    }
}
