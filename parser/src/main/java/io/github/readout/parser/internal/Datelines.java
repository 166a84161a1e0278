package io.github.readout.parser.internal;

import io.github.readout.core.Dateline;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the dateline that opens a lead paragraph: a place in capitals, optionally a date and a
 * news agency, then a dash: "ASTANA –", "NUR-SULTAN. KAZINFORM -", "WASHINGTON, May 31 –".
 */
final class Datelines {

    private static final int MOST_TOKENS = 8;

    private Datelines() {}

    static Optional<Dateline> find(String text, Span block) {
        int pos = block.start();
        int end = block.end();
        List<String> placeWords = new ArrayList<>();
        boolean inDate = false;
        for (int count = 0; count < MOST_TOKENS; count++) {
            pos = skipSpace(text, pos, end);
            int tokenStart = pos;
            while (pos < end && !isSpace(text.charAt(pos))) {
                pos++;
            }
            if (tokenStart == pos) {
                return Optional.empty();
            }
            String token = text.substring(tokenStart, pos);
            if (isDash(token)) {
                int next = skipSpace(text, pos, end);
                if (placeWords.isEmpty() || next >= end || !startsSentence(text.charAt(next))) {
                    return Optional.empty();
                }
                String place = place(placeWords);
                if (place.codePoints().filter(Character::isLetter).count() < 3) {
                    return Optional.empty();
                }
                return Optional.of(Dateline.builder().place(place).span(Span.of(block.start(), pos)).build());
            }
            if (inDate) {
                if (token.length() > 12) {
                    return Optional.empty();
                }
                int next = skipSpace(text, pos, end);
                boolean agencyMark = token.startsWith("/") && (token.endsWith("/") || token.endsWith("/."));
                if ((token.endsWith(".") && Character.isDigit(token.charAt(0)) || agencyMark) && next < end
                        && startsSentence(text.charAt(next)) && isCapitals(placeWords.get(0))) {
                    // "BAKU, Azerbaijan, June 6. The …", "MOSCOW, March 12. /TASS/. Russian …"
                    return Optional.of(Dateline.builder().place(place(placeWords)).span(Span.of(block.start(), pos)).build());
                }
                continue;
            }
            if (token.startsWith("(") && token.endsWith(")") && !placeWords.isEmpty()) {
                inDate = true; // "(KAZINFORM)": only a dash may follow
                continue;
            }
            if (!isCapitals(token)) {
                if (count == 0 && token.endsWith(",") && isCapitalized(token) && startsDate(text, skipSpace(text, pos, end))) {
                    placeWords.add(token.substring(0, token.length() - 1)); // "Tashkent, 12 September 2024 –"
                    inDate = true;
                    continue;
                }
                return Optional.empty();
            }
            if (token.endsWith(",")) {
                placeWords.add(token.substring(0, token.length() - 1));
                inDate = true;
            } else {
                placeWords.add(token);
            }
        }
        return Optional.empty();
    }

    /** The place words before an agency: "NUR-SULTAN." + "KAZINFORM" gives "NUR-SULTAN". */
    private static String place(List<String> words) {
        StringBuilder place = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            if (word.endsWith(".") && !last && word.length() > 3) {
                place.append(place.length() > 0 ? " " : "").append(word, 0, word.length() - 1);
                return place.toString();
            }
            place.append(place.length() > 0 ? " " : "").append(word);
        }
        String result = place.toString();
        while (result.endsWith(".") || result.endsWith(",")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static boolean isCapitalized(String token) {
        if (!Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length() - 1; i++) {
            if (!Character.isLetter(token.charAt(i)) && token.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether a date ("12 September", "September 12", "2024-09-12") starts here. */
    private static boolean startsDate(String text, int at) {
        if (HeaderDates.prefix(text, at).isPresent()) {
            return true;
        }
        int wordEnd = at;
        while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(at, wordEnd);
        if (Months.isFullName(word)) {
            return true;
        }
        int next = wordEnd + 1;
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit) && word.length() <= 2
                && next < text.length() && Months.isFullName(text.substring(next, nextEnd));
    }

    private static boolean isCapitals(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if ("-.'’,()".indexOf(c) < 0) {
                return false;
            }
        }
        return letter;
    }

    private static boolean isDash(String token) {
        return token.equals("-") || token.equals("–") || token.equals("—") || token.equals("--");
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“«'‘".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static int skipSpace(String text, int pos, int end) {
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
