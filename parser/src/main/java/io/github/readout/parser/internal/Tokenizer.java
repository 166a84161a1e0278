package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into tokens in one pass. A word keeps its inner apostrophes and hyphens
 * ("O'Sullivan", "Kassym-Jomart"), dotted abbreviations keep their periods ("U.S.", "a.i.",
 * "S."), and every other mark is a token of its own.
 */
final class Tokenizer {

    /**
     * The text and key of one-character tokens below U+3000 (punctuation, quotes, bidi controls,
     * one-letter words), filled as met and shared by every parse: a run of one mark costs a
     * {@link Token} per mark, not also two strings. A race fills a slot twice with equal strings;
     * the final fields of a record make a slot safe to read from any thread.
     */
    private static final Token.Word[] ONE_CHAR = new Token.Word[0x3000];

    private Tokenizer() {}

    static List<Token> tokens(String text, int start, int end) {
        return tokens(text, start, end, Integer.MAX_VALUE);
    }

    /**
     * Cuts a span of text into at most {@code most} tokens.
     *
     * @param text the text
     * @param start where the span starts
     * @param end where it ends
     * @param most how many tokens to read at most; the text after them is not read
     * @return the tokens, in order
     */
    static List<Token> tokens(String text, int start, int end, int most) {
        // Cut into a buffer kept by the thread, then copied to a list of just their number: a list sized
        // for a token per four chars, as it was, left a third of its array empty in prose.
        Token[] cut = SCRATCH.get();
        int count = 0;
        Token previous = null;
        int i = start;
        while (i < end && count < most) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i += Character.charCount(c);
                continue;
            }
            int tokenStart = i;
            i = tokenEnd(text, i, c, end);
            Token token;
            if (i - tokenStart == 1 && c < ONE_CHAR.length) {
                token = new Token(oneChar((char) c), tokenStart, i);
            } else if (previous != null && i - tokenStart == previous.text().length()
                    && text.startsWith(previous.text(), tokenStart)) {
                // A run of one word or mark: its strings once, not once per token.
                token = new Token(previous.word(), tokenStart, i);
            } else if (i - tokenStart <= LONGEST_KEPT) {
                token = new Token(word(text, tokenStart, i), tokenStart, i);
            } else {
                token = new Token(text.substring(tokenStart, i), tokenStart, i);
            }
            if (count == cut.length) {
                cut = java.util.Arrays.copyOf(cut, cut.length * 2);
            }
            cut[count++] = token;
            previous = token;
        }
        List<Token> tokens = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            tokens.add(cut[k]);
        }
        keepScratch(cut, count);
        return tokens;
    }

    /**
     * Where the token that a char other than white space opens ends, for a reader that wants a few
     * words of a text, not a token for each.
     *
     * @param c the code point at {@code start}
     */
    static int tokenEnd(String text, int start, int c, int end) {
        return Character.isLetterOrDigit(c) ? wordEnd(text, start, end) : start + Character.charCount(c);
    }

    /** The most tokens a thread's buffer keeps between calls: a body's worth would hold memory. */
    private static final int SCRATCH_KEPT = 4_096;

    /**
     * Each thread's buffer for the tokens of a call, as long as the longest call so far up to
     * {@link #SCRATCH_KEPT}. A class of its own, not {@code withInitial}: no lambda to link on the
     * way to a cold parser's first parse.
     */
    private static final ThreadLocal<Token[]> SCRATCH = new ThreadLocal<>() {
        @Override
        protected Token[] initialValue() {
            return new Token[256];
        }
    };

    /** Lets go of the release's tokens the thread's buffer holds, and keeps a buffer that had to grow. */
    private static void keepScratch(Token[] cut, int count) {
        Token[] kept = SCRATCH.get();
        java.util.Arrays.fill(kept, 0, Math.min(count, kept.length), null);
        if (cut != kept && cut.length <= SCRATCH_KEPT) {
            java.util.Arrays.fill(cut, 0, count, null);
            SCRATCH.set(cut);
        }
    }

    /**
     * The text and key of words met, shared by every parse, one per slot of their hash: the common
     * words of releases ("the", "President", "Kazakhstan") cost a {@link Token} per use, not also
     * a copy of the word and of its lower case. A word whose slot holds another replaces it. As
     * for {@link #ONE_CHAR}, a race at worst replaces a slot with an equal word, and the final
     * fields of a record make a slot safe to read from any thread.
     */
    private static final Token.Word[] WORDS = new Token.Word[1 << 14];

    /** The longest word kept in {@link #WORDS}: longer ones are rare and would hold memory. */
    private static final int LONGEST_KEPT = 24;

    /** The shared text and key of the word at {@code [start, end)} of the text. */
    private static Token.Word word(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        int slot = (hash ^ (hash >>> 14)) & (WORDS.length - 1);
        Token.Word known = WORDS[slot];
        int length = end - start;
        if (known != null && known.text().length() == length && text.regionMatches(start, known.text(), 0, length)) {
            return known;
        }
        known = new Token.Word(text.substring(start, end));
        WORDS[slot] = known;
        return known;
    }

    /**
     * {@link #key} of the chars [start, end) of a text, taken from the words met before where the
     * word is one: a common word costs no copy of it or of its lower case.
     */
    static String key(String text, int start, int end) {
        return end - start <= LONGEST_KEPT ? word(text, start, end).key() : key(text.substring(start, end));
    }

    private static Token.Word oneChar(char c) {
        Token.Word known = ONE_CHAR[c];
        if (known == null) {
            known = new Token.Word(String.valueOf(c));
            ONE_CHAR[c] = known;
        }
        return known;
    }

    /** The fewest letters a word glued to the digits after it has: "G20" and "C5" stay one token. */
    private static final int SHORTEST_GLUED_WORD = 4;

    /**
     * Whether a word ends before a character: digits after a word of lower-case letters, or a
     * capital after digits ("5th" and "G20" are one token each).
     */
    private static boolean gluedAt(String text, int start, int at, int c) {
        int before = text.codePointBefore(at);
        if (Character.isDigit(c)) {
            return Character.isLowerCase(before) && at - start >= SHORTEST_GLUED_WORD;
        }
        return Character.isUpperCase(c) && Character.isDigit(before);
    }

    private static int wordEnd(String text, int start, int end) {
        int i = start;
        int segment = 0;
        boolean dotted = false;
        while (i < end) {
            int c = text.codePointAt(i);
            // Only a digit or a capital may start a glued word: a lower-case letter needs no look back.
            if (i > start && (Character.isDigit(c) || Character.isUpperCase(c)) && gluedAt(text, start, i, c)) {
                break; // "Казахстан08.10.2018 14:49Астана": words a page glued to a date or a time
            }
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i += Character.charCount(c);
                segment++;
                continue;
            }
            boolean nextIsLetter = i + 1 < end && Character.isLetterOrDigit(text.codePointAt(i + 1));
            if ((c == '\'' || c == '’') && isPossessive(text, i, end)) {
                break; // "Vassilenko's": the name and "'s" are two tokens
            }
            boolean afterLetter = Character.isLetter(text.codePointBefore(i));
            // "President–elect": an en dash set for a hyphen before a lower-case letter; before a capital it
            // joins two names ("EU–Central Asia")
            boolean dashForHyphen = c == '–' && afterLetter && nextIsLetter && Character.isLowerCase(text.codePointAt(i + 1));
            if ((c == '\'' || c == '’' || c == '-' || c == '‑') && nextIsLetter && (afterLetter || c == '\'' || c == '’')
                    || dashForHyphen) {
                i++;
                segment = 0;
                continue;
            }
            if (c == '.' && segment <= 2 && Character.isLetter(text.codePointAt(i - 1))) {
                // "U.S.", "a.i.", "D.C." and initials keep their periods.
                boolean next = nextIsLetter && !Character.isDigit(text.codePointAt(i + 1));
                if (next && segment == 1 && Character.isLowerCase(text.codePointAt(i - 1))
                        && Character.isUpperCase(text.codePointAt(i + 1))) {
                    break; // "в г.Душанбе": a lower-case abbreviation glued to the name it stands before
                }
                // "Дж.Салливану", "Дж. Керри": a Russian initial of two letters, before a name
                boolean twoLetterInitial = segment == 2 && (isCyrillicInitialOfTwo(text, i) && nameFollows(text, i + 1, end)
                        || isTransliteratedInitial(text, i) && i + 1 < end && Character.isUpperCase(text.charAt(i + 1)));
                if (next && (segment <= 1 || twoLetterInitial)) {
                    i++;
                    segment = 0;
                    dotted = true;
                    continue;
                }
                if (dotted || (segment == 1 && Character.isUpperCase(text.codePointAt(i - 1))) || twoLetterInitial) {
                    return i + 1;
                }
            }
            break;
        }
        return i;
    }

    /** Whether the two letters before a stop are a Cyrillic capital and a small letter: "Дж." */
    private static boolean isCyrillicInitialOfTwo(String text, int stop) {
        char first = text.charAt(stop - 2);
        char second = text.charAt(stop - 1);
        return Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC && Character.isUpperCase(first)
                && Character.isLowerCase(second);
    }

    /**
     * Whether the two letters before a stop spell one Cyrillic letter in Latin ones, as Mongolian names'
     * initials are written: "Kh." of "Kh.Battulga", "Ts." of "Ts.Elbegdorj"; glued to the name, never "Mr." or "Dr.".
     */
    private static boolean isTransliteratedInitial(String text, int stop) {
        char first = text.charAt(stop - 2);
        char second = text.charAt(stop - 1);
        return first < 128 && Character.isUpperCase(first) && (second == 'h' || first == 'T' && second == 's');
    }

    /** Whether a capital letter follows at an offset, or after one space: the name an initial stands before. */
    private static boolean nameFollows(String text, int at, int end) {
        int k = at < end && text.charAt(at) == ' ' ? at + 1 : at;
        return k < end && Character.isUpperCase(text.charAt(k));
    }

    private static boolean isPossessive(String text, int apostrophe, int end) {
        int s = apostrophe + 1;
        return s < end && (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 >= end || !Character.isLetterOrDigit(text.codePointAt(s + 1)));
    }

    /**
     * Lower case of the same length, char for char, so that an offset found in the copy is the
     * same offset in the original. {@code String.toLowerCase} changes the length of some text
     * ("İ" becomes two chars), which would shift every later offset.
     *
     * @param text the text
     * @return the text with each char lower-cased on its own
     */
    static String lowerCaseSameLength(String text) {
        int first = 0;
        while (first < text.length() && Character.toLowerCase(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text; // already lower case: no copy
        }
        if (latin1(text, first)) {
            // Below U+0100 String.toLowerCase maps char for char as below, into one array, not two.
            return text.toLowerCase(Locale.ROOT);
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Whether the chars of the text from an offset on are all below U+0100. */
    private static boolean latin1(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) > '\u00FF') {
                return false;
            }
        }
        return true;
    }

    /** The lookup form of a word: lower case, with ’ made ', hyphens one mark and Latin letters without their marks. */
    static String key(String word) {
        if (isAscii(word)) {
            // No mark below is ASCII and no Cyrillic letter is: one pass instead of the three below,
            // for most words of an English pack's phrases, which a cold parser keys before the JIT compiles this.
            return word.toLowerCase(Locale.ROOT);
        }
        // "Бахтиёр" and "Бахтиер" are one name: Russian text writes "ё" or "е" as it pleases
        String key = withPlainMarks(word.toLowerCase(Locale.ROOT));
        key = withoutLatinMarks(key);
        return mixesScripts(key) ? cyrillicLookAlikes(key) : key;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key with one spelling of the marks writers vary, in one pass and no copy when it has none: ’ as ',
     * ё as е, a non-breaking hyphen and an en dash inside a word as a hyphen.
     */
    private static String withPlainMarks(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (plainMark(key.charAt(i)) != key.charAt(i)) {
                char[] chars = key.toCharArray();
                for (int k = i; k < chars.length; k++) {
                    chars[k] = plainMark(chars[k]);
                }
                return new String(chars);
            }
        }
        return key;
    }

    private static char plainMark(char c) {
        return switch (c) {
            case '’' -> '\'';
            case 'ё' -> 'е';
            case '‑', '–' -> '-';
            default -> c;
        };
    }

    /**
     * The first and last chars of the Latin letters with marks: Latin-1 Supplement to Latin Extended
     * Additional, whose letters with two marks Vietnamese writes ("Hà Nội", "Việt Nam"). The letters of
     * other scripts between them keep their marks: a bare letter must be a Latin one.
     */
    private static final char FIRST_MARKED = '\u00C0';
    private static final char LAST_MARKED = '\u1EFF';

    /** Each Latin letter with a mark and its bare letter, or itself when it has none to take off ("ø", "ł"). */
    private static final char[] BARE_LETTERS = bareLetters();

    /**
     * Each bare letter followed by the letters that are it with marks, as Unicode's canonical
     * decomposition gives them, a space between letters. Written here, not decomposed at start-up:
     * {@code java.text.Normalizer} loads Unicode's normalization data, which made a cold parser's
     * creation a fifth slower; nor read from a resource of its own, whose lookup in every module of
     * the runtime before the class path took a cold parser's creation more time than the table.
     */
    private static final String LATIN_MARKS =
            "AÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ "
            + "BḂḄḆ "
            + "CÇĆĈĊČḈ "
            + "DĎḊḌḎḐḒ "
            + "EÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ "
            + "FḞ "
            + "GĜĞĠĢǦǴḠ "
            + "HĤȞḢḤḦḨḪ "
            + "IÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ "
            + "JĴ "
            + "KĶǨḰḲḴ "
            + "LĹĻĽḶḸḺḼ "
            + "MḾṀṂ "
            + "NÑŃŅŇǸṄṆṈṊ "
            + "OÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ "
            + "PṔṖ "
            + "RŔŖŘȐȒṘṚṜṞ "
            + "SŚŜŞŠȘṠṢṤṦṨ "
            + "TŢŤȚṪṬṮṰ "
            + "UÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ "
            + "VṼṾ "
            + "WŴẀẂẄẆẈ "
            + "XẊẌ "
            + "YÝŶŸȲẎỲỴỶỸ "
            + "ZŹŻŽẐẒẔ "
            + "aàáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ "
            + "bḃḅḇ "
            + "cçćĉċčḉ "
            + "dďḋḍḏḑḓ "
            + "eèéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ "
            + "fḟ "
            + "gĝğġģǧǵḡ "
            + "hĥȟḣḥḧḩḫẖ "
            + "iìíîïĩīĭįǐȉȋḭḯỉị "
            + "jĵǰ "
            + "kķǩḱḳḵ "
            + "lĺļľḷḹḻḽ "
            + "mḿṁṃ "
            + "nñńņňǹṅṇṉṋ "
            + "oòóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ "
            + "pṕṗ "
            + "rŕŗřȑȓṙṛṝṟ "
            + "sśŝşšșṡṣṥṧṩ "
            + "tţťțṫṭṯṱẗ "
            + "uùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự "
            + "vṽṿ "
            + "wŵẁẃẅẇẉẘ "
            + "xẋẍ "
            + "yýÿŷȳẏẙỳỵỷỹ "
            + "zźżžẑẓẕ";

    private static char[] bareLetters() {
        char[] bare = new char[LAST_MARKED - FIRST_MARKED + 1];
        for (int i = 0; i < bare.length; i++) {
            bare[i] = (char) (FIRST_MARKED + i);
        }
        char letter = LATIN_MARKS.charAt(0);
        for (int k = 1; k < LATIN_MARKS.length(); k++) {
            char c = LATIN_MARKS.charAt(k);
            if (c == ' ') {
                letter = LATIN_MARKS.charAt(++k);
            } else {
                bare[c - FIRST_MARKED] = letter;
            }
        }
        return bare;
    }

    /** The bare letter of a Latin letter with marks ("á" → "a"), or the char itself. */
    static char bareLetter(char c) {
        return c >= FIRST_MARKED && c <= LAST_MARKED ? BARE_LETTERS[c - FIRST_MARKED] : c;
    }

    /**
     * "Lipavský" and "Lipavsky", "Dačić" and "Dacic", "Türkiye" and "Turkiye" are one word as
     * releases write it; Cyrillic letters keep theirs ("й" is no "и").
     */
    private static String withoutLatinMarks(String key) {
        char[] chars = null;
        for (int i = 0; i < key.length(); i++) {
            char bare = bareLetter(key.charAt(i));
            if (bare != key.charAt(i)) {
                if (chars == null) {
                    chars = key.toCharArray();
                }
                chars[i] = bare;
            }
        }
        return chars == null ? key : new String(chars);
    }

    /** Latin letters that look like Cyrillic ones, and the Cyrillic letter each stands for. */
    private static final String LATIN_LOOK_ALIKES = "aceopxyk";
    private static final String CYRILLIC_LOOK_ALIKES = "асеорхук";

    /** Whether a word has both Cyrillic and Latin letters: "учаcтие" typed with a Latin "c". */
    private static boolean mixesScripts(String word) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            cyrillic |= c >= '\u0400' && c <= '\u04ff';
            latin |= c >= 'a' && c <= 'z';
        }
        return cyrillic && latin;
    }

    /** A Cyrillic word with Latin look-alikes typed into it, read as the Cyrillic word it shows. */
    private static String cyrillicLookAlikes(String word) {
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            int at = LATIN_LOOK_ALIKES.indexOf(letters[i]);
            if (at >= 0) {
                letters[i] = CYRILLIC_LOOK_ALIKES.charAt(at);
            }
        }
        return new String(letters);
    }
}
