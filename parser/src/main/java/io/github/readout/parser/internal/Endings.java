package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inflectional endings a language pack allows after a stem of its lexicons ("Казахстан*"
 * reads "Казахстана", "Казахстаном"), so that a stem does not read a longer word it happens to
 * begin ("Ирак*" does not read "Ираклий"). A pack without a list allows any short ending.
 */
final class Endings {

    /** Any ending up to {@link PhraseIndex#LONGEST_ENDING} letters: for packs that list none. */
    static final Endings ANY = new Endings(null);

    /** The endings by their length, or null for any. */
    private final String[][] byLength;

    private Endings(String[][] byLength) {
        this.byLength = byLength;
    }

    /**
     * The endings of a pack's {@code endings.txt}, one per line; none listed allows any.
     *
     * @param rows the file's rows
     * @return the endings
     */
    static Endings of(List<String[]> rows) {
        if (rows.isEmpty()) {
            return ANY;
        }
        List<List<String>> lists = new ArrayList<>();
        for (int length = 0; length <= PhraseIndex.LONGEST_ENDING; length++) {
            lists.add(new ArrayList<>());
        }
        for (String[] row : rows) {
            String ending = row[0].toLowerCase(Locale.ROOT);
            if (ending.length() > PhraseIndex.LONGEST_ENDING) {
                throw new IllegalStateException("an ending is longer than " + PhraseIndex.LONGEST_ENDING + " letters: " + ending);
            }
            lists.get(ending.length()).add(ending);
        }
        String[][] byLength = new String[lists.size()][];
        for (int length = 0; length < byLength.length; length++) {
            byLength[length] = lists.get(length).toArray(new String[0]);
        }
        return new Endings(byLength);
    }

    /** Whether the letters of a word from an offset on are an ending of the pack (none is one). */
    boolean allows(String word, int from) {
        int length = word.length() - from;
        if (length == 0 || byLength == null) {
            return byLength != null || length <= PhraseIndex.LONGEST_ENDING;
        }
        if (length >= byLength.length) {
            return false;
        }
        for (String ending : byLength[length]) {
            if (word.startsWith(ending, from)) {
                return true;
            }
        }
        return false;
    }
}
