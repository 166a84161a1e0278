package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings the words of a mention in an inflected language to the nominative, by the endings of a
 * pack's {@code declension.tsv}: the case a mention is written in is told by the word that opens
 * its title or stands before its name ("с министром" is instrumental), and each word of the
 * title's head and of the name then takes its nominative ending ("Хаканом Фиданом" → "Хакан
 * Фидан"). A pack without the file has no cases: every word stays as written.
 */
final class Declension {

    /** The cases a mention may be written in. */
    enum Case { NOM, GEN, DAT, INS, PRE, PLN }

    /** An ending and what replaces it. */
    private record Ending(String from, String to) {}

    private final Map<String, Word> words = new HashMap<>();
    private final Map<Case, List<Ending>> caseEndings = new EnumMap<>(Case.class);
    private final Map<Case, List<Ending>> nameEndings = new EnumMap<>(Case.class);
    private final Map<Case, List<Ending>> titleEndings = new EnumMap<>(Case.class);
    private final Map<Case, List<Ending>> placeEndings = new EnumMap<>(Case.class);
    /** The endings and whole words of a title's head in the plural ("президентов", "глав"). */
    private final Set<String> pluralEndings = new HashSet<>();
    /** The endings of verb forms ("передал", "встретился"), which end a title's words. */
    private final List<String> verbEndings = new ArrayList<>();
    /** The endings of the title rules that only adjectives have ("Государственным"): the words after go on declining. */
    private final Set<String> adjectiveEndings = new HashSet<>();
    /** Endings only common nouns and adjectives have ("Управления", "Союзного"), never a name's word. */
    private final List<String> nounEndings = new ArrayList<>();

    /** A whole word's case and nominative. */
    private record Word(Case inCase, String nominative) {}

    /** The shortest stem a name's word keeps when its ending is cut, so that "Ли" stays "Ли". */
    private static final int SHORTEST_STEM = 2;

    /** Endings of a given name that only its nominative has, of the names that decline ("Андрей", "Мурат"). */
    private final List<String> nominativeEndings = new ArrayList<>();
    /** Endings of a genitive name that a nominative may have too ("Сибига"). */
    private final List<String> sharedEndings = new ArrayList<>();
    /** Endings of a patronymic in any case ("Ивановна", "Петровичем"). */
    private final List<String> patronymicEndings = new ArrayList<>();

    /** Given names in the nominative, lower case: they tell the case of a name's first word. */
    private final Set<String> givenNames = new HashSet<>();

    Declension(List<String[]> rows, List<String[]> givenNames) {
        for (String[] row : givenNames) {
            this.givenNames.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (Case c : Case.values()) {
            caseEndings.put(c, new ArrayList<>());
            nameEndings.put(c, new ArrayList<>());
            titleEndings.put(c, new ArrayList<>());
            placeEndings.put(c, new ArrayList<>());
        }
        for (String[] row : rows) {
            Case c = Case.valueOf(row[1]);
            String to = row[3].equals("-") ? "" : row[3];
            switch (row[0]) {
                case "WORD" -> words.put(row[2], new Word(c, to));
                case "CASE" -> caseEndings.get(c).add(new Ending(row[2], to));
                case "NAME" -> nameEndings.get(c).add(new Ending(row[2], to));
                case "TITLE" -> titleEndings.get(c).add(new Ending(row[2], to));
                case "PLACE" -> placeEndings.get(c).add(new Ending(row[2], to));
                case "PLURAL" -> pluralEndings.add(row[2]);
                case "VERB" -> verbEndings.add(row[2]);
                case "NOUN" -> nounEndings.add(row[2]);
                case "ADJECTIVE" -> adjectiveEndings.add(row[2]);
                case "NOMINATIVE" -> nominativeEndings.add(row[2]);
                case "SHARED" -> sharedEndings.add(row[2]);
                case "PATRONYMIC" -> patronymicEndings.add(row[2]);
                default -> throw new IllegalStateException("declension.tsv: unknown rule " + row[0]);
            }
        }
        if (rows.isEmpty()) {
            return; // a pack that declines nothing sorts no endings, and links no comparator at a parser's creation
        }
        Comparator<Ending> longestFirst = Comparator.comparingInt((Ending e) -> e.from().length()).reversed();
        for (Case c : Case.values()) {
            caseEndings.get(c).sort(longestFirst);
            nameEndings.get(c).sort(longestFirst);
            titleEndings.get(c).sort(longestFirst);
            placeEndings.get(c).sort(longestFirst);
        }
    }

    /**
     * A town the lexicons do not list, named after "в" in the prepositional, in the nominative:
     * "Кейптауне" → "Кейптаун"; a name that does not decline ("Сантьяго") stays.
     *
     * @param written the town as written
     * @return its name in the nominative
     */
    String placeName(String written) {
        Optional<Ending> ending = ending(placeEndings.get(Case.PRE), written);
        if (ending.isEmpty() || written.length() - ending.get().from().length() < SHORTEST_STEM + 1) {
            return written;
        }
        return replaced(written, ending.get());
    }

    /**
     * Tells whether a given name of the pack's list is written in the nominative and would show
     * any other case: "Андрей", "Мурат"; "Гурбангулы" or "Мехрибан" tell nothing.
     *
     * @param word the name's first word as written
     * @return true for a listed name that shows the nominative
     */
    boolean showsNominative(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return givenNames.contains(key) && nominativeEndings.stream().anyMatch(key::endsWith);
    }

    /**
     * Tells whether a name's word ends as only a nominative of a declining name does: "Петрович",
     * whose genitive is "Петровича".
     *
     * @param word the word as written
     * @return true for an ending only the nominative has
     */
    boolean endsAsNominative(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return nominativeEndings.stream().anyMatch(key::endsWith);
    }

    /**
     * Tells whether a title's first word is written in the nominative and would show any other
     * case: "Президент", "Министр"; "замглавы" or "глава" tell nothing.
     *
     * @param word the title's first word as written
     * @return true for a word with an ending only the nominative has
     */
    boolean showsNominativeTitle(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return !words.containsKey(key) && caseOf(word) == Case.NOM && !isPlural(word)
                && nominativeEndings.stream().anyMatch(key::endsWith);
    }

    /**
     * Tells whether a surname shows a woman's oblique case that no nominative has: "Алиевой", "Жапаровой", whose
     * genitive ending of the pack ends as a feminine adjective's oblique does and gives a nominative in "-а".
     *
     * @param word the surname as written
     * @return true for such an ending
     */
    boolean showsFeminineOblique(String word) {
        return ending(nameEndings.get(Case.GEN), lastPart(word)).filter(e -> e.from().length() >= FEMININE_OBLIQUE.length() + 1
                && e.from().endsWith(FEMININE_OBLIQUE) && e.to().endsWith("а")).isPresent();
    }

    /** The ending of a woman's surname in every oblique case but the accusative: "Алиевой", "Жапаровой". */
    private static final String FEMININE_OBLIQUE = "ой";

    /**
     * Tells whether a word in the genitive may as well be a nominative: "Сибига", "Кулеба".
     *
     * @param word the word as written
     * @return true for an ending both cases share
     */
    boolean mayBeNominative(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return sharedEndings.stream().anyMatch(key::endsWith);
    }

    /**
     * Tells whether a name's word ends as a patronymic does, in any case: "Ивановна", "Петровичем".
     *
     * @param word the word as written
     * @return true for a patronymic's ending
     */
    boolean isPatronymic(String word) {
        return endsWithOneOf(word, patronymicEndings);
    }

    /**
     * Tells whether a title's first word may be a plural in the nominative, as the pack's title endings of
     * that case show: "министры" may, "президентов" may not.
     *
     * @param word the word as written
     * @return true for an ending of a nominative plural
     */
    boolean mayBeNominativePlural(String word) {
        return ending(titleEndings.get(Case.PLN), word).isPresent();
    }

    /**
     * Tells whether a title's first word is a plural: "президентов России и Франции" names two.
     *
     * @param word the word as written
     * @return true for a plural the pack's endings or words show
     */
    boolean isPlural(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        for (String ending : pluralEndings) {
            if (key.endsWith(ending) && (key.length() > ending.length() + 2 || key.equals(ending))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a lower-case word ends as a verb does: "и передал наилучшие пожелания" is no
     * part of the title before it.
     *
     * @param word the word as written
     * @return true for an ending of the pack's verb forms
     */
    boolean looksLikeVerb(String word) {
        return endsWithOneOf(word, verbEndings);
    }

    /** Whether a capitalised word ends as only a common noun or adjective does: "Представительства", "Народного". */
    boolean looksLikeCommonWord(String word) {
        return endsWithOneOf(word, nounEndings);
    }

    /** Whether a word ends with one of the endings and has at least three letters before it. */
    private static boolean endsWithOneOf(String word, List<String> endings) {
        String key = word.toLowerCase(Locale.ROOT);
        for (String ending : endings) {
            if (key.endsWith(ending) && key.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pack declines words at all. */
    boolean declines() {
        return !caseEndings.get(Case.INS).isEmpty() || !words.isEmpty();
    }

    /**
     * Returns the case a word that opens a title or stands before a name marks.
     *
     * @param word the word as written
     * @return the case; the nominative when no ending says another
     */
    Case caseOf(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        Word known = words.get(key);
        if (known != null) {
            return known.inCase();
        }
        Case best = Case.NOM;
        int longest = 0;
        for (Map.Entry<Case, List<Ending>> entry : caseEndings.entrySet()) {
            for (Ending ending : entry.getValue()) {
                if (key.endsWith(ending.from()) && ending.from().length() > longest) {
                    best = entry.getKey();
                    longest = ending.from().length();
                }
            }
        }
        return best;
    }

    /** Whether a word is a given name of the pack's list as written. */
    boolean isGivenName(String word) {
        return givenNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the case a given name is written in, when the pack knows the name: "Сергей" is a
     * nominative, "Сергея" a genitive, "Марией" an instrumental.
     *
     * @param word a name's first word as written
     * @return the case, or empty for a name the pack does not list
     */
    Optional<Case> caseOfGivenName(String word) {
        if (givenNames.contains(word.toLowerCase(Locale.ROOT))) {
            // "Джо", "Марко": a name no ending changes is written so in every case, and tells none
            // "Павел", "Игорь": a name with an ending only a declining nominative has declines, though no ending
            // of another case ends it
            boolean declinable = showsNominative(word);
            for (Case c : List.of(Case.GEN, Case.DAT, Case.INS)) {
                declinable |= !nameWord(word, c).equals(word);
            }
            return declinable ? Optional.of(Case.NOM) : Optional.empty();
        }
        for (Case c : List.of(Case.GEN, Case.DAT, Case.INS)) {
            if (givenNames.contains(nameWord(word, c).toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the case of a word the pack lists whole ("главы" is genitive), which holds whatever
     * the name after it shows.
     *
     * @param word the word as written
     * @return the case, or empty for a word read by its ending
     */
    Optional<Case> listedCase(String word) {
        Word known = words.get(word.toLowerCase(Locale.ROOT));
        return known == null ? Optional.empty() : Optional.of(known.inCase());
    }

    /**
     * Tells whether a name's first word shows an ending of a case: a title in the genitive before
     * a name in the nominative ("министры … Сергей Лавров") does not put the name in it.
     *
     * @param word the name's first word
     * @param c the case
     * @return true when the word ends as a name in that case does
     */
    boolean fitsCase(String word, Case c) {
        return c == Case.NOM || ending(nameEndings.get(c), lastPart(word)).isPresent();
    }

    /** A name's word in the nominative: "Фиданом" (INS) → "Фидан", "А.Ю.Руденко" stays. */
    String nameWord(String word, Case c) {
        if (c == Case.NOM) {
            return word;
        }
        int dot = word.lastIndexOf('.') + 1;
        String head = word.substring(0, dot);
        String last = word.substring(dot);
        String[] parts = last.split("-");
        if (parts.length > 1 && (endAlike(parts, c) || everyPartDeclines(parts, c))) {
            // "Касыма-Жомарта" → "Касым-Жомарт": each part of a double given name declines alike, and "Жана-Ноэля" →
            // "Жан-Ноэль" each to a given name the pack knows; "Чжэ-ина" and "Касым-Жомартом" only their last
            return head + Arrays.stream(parts).map(part -> nameWord(part, c)).collect(Collectors.joining("-"));
        }
        Word known = words.get(last.toLowerCase(Locale.ROOT));
        if (known != null && known.inCase() == c && !last.isEmpty()) {
            return head + sameCapital(last, spelledAsWritten(known.nominative(), last)); // "Павла" → "Павел"
        }
        Optional<Ending> ending = ending(nameEndings.get(c), last);
        if (ending.isEmpty() || keptStem(last, ending.get()) < SHORTEST_STEM) {
            return word;
        }
        return head + replaced(last, ending.get());
    }

    /** The letters a word keeps when its ending changes: "Вэем" → "Вэй" keeps "Вэ", the "э" both endings open with. */
    private static int keptStem(String word, Ending ending) {
        int shared = 0;
        while (shared < ending.from().length() && shared < ending.to().length()
                && ending.from().charAt(shared) == ending.to().charAt(shared)) {
            shared++;
        }
        return word.length() - ending.from().length() + shared;
    }

    /** Whether every part of a hyphenated name word ends with the same ending of a case. */
    private boolean endAlike(String[] parts, Case c) {
        Set<String> endings = new HashSet<>();
        for (String part : parts) {
            Optional<Ending> ending = ending(nameEndings.get(c), part);
            if (ending.isEmpty()) {
                return false;
            }
            endings.add(ending.get().from());
        }
        return endings.size() == 1;
    }

    /**
     * Whether every part of a hyphenated name word ends with an ending of a case and every part before the last,
     * its ending changed, is a given name of the pack's list: "Жана-Ноэля", not "Косым-Жомартом".
     */
    private boolean everyPartDeclines(String[] parts, Case c) {
        for (int i = 0; i < parts.length; i++) {
            Optional<Ending> ending = ending(nameEndings.get(c), parts[i]);
            if (ending.isEmpty() || i + 1 < parts.length
                    && !givenNames.contains(replaced(parts[i], ending.get()).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Петром" → "Петр", not "Пётр": a text that writes no "ё" in a word writes none in its
     * nominative either, so a nominative the pack spells with one is spelled as the text would.
     */
    private static String spelledAsWritten(String nominative, String written) {
        boolean dotted = written.indexOf('ё') >= 0 || written.indexOf('Ё') >= 0;
        return dotted ? nominative : nominative.replace('ё', 'е').replace('Ё', 'Е');
    }

    /**
     * A title's opening words in the nominative: adjectives up to and including the head noun
     * ("Государственным секретарем США" → "Государственный секретарь США").
     *
     * @param words the title's words as written, with the text between them
     * @param c the case of the mention
     * @return the title's words with the opening ones in the nominative
     */
    List<String> titleWords(List<String> titleWords, Case c) {
        List<String> out = new ArrayList<>(titleWords);
        if (c == Case.NOM && !out.isEmpty() && isPlural(out.get(0))) {
            c = Case.PLN; // "Министры иностранных дел …": each holder's title is the singular
        }
        if (c == Case.NOM) {
            return out;
        }
        boolean declining = true;
        for (int i = 0; i < out.size(); i++) {
            String word = out.get(i);
            if (isDash(word) || word.equals(",")) {
                declining = true; // "заместителем премьер-министра — министром иностранных дел": a second office
                continue;
            }
            if (!declining) {
                continue;
            }
            if (word.length() <= 2 && Character.isLowerCase(word.charAt(0))) {
                continue; // "Чрезвычайного и Полномочного Посла": a conjunction between adjectives
            }
            Word known = words.get(word.toLowerCase(Locale.ROOT));
            Optional<Ending> ending = known != null ? Optional.empty() : ending(titleEndings.get(c), word.toLowerCase(Locale.ROOT));
            if (known != null) {
                out.set(i, sameCapital(word, known.nominative()));
            } else if (ending.isPresent()) {
                out.set(i, replaced(word, ending.get()));
            }
            // the head noun ends the declined words: what follows it is its complement, in its own case
            declining = known == null && ending.isPresent() && adjectiveEndings.contains(ending.get().from());
        }
        return out;
    }

    /** The word with the ending cut and its replacement put in its place. */
    private static String replaced(String word, Ending ending) {
        return word.substring(0, word.length() - ending.from().length()) + ending.to();
    }

    private static Optional<Ending> ending(List<Ending> endings, String word) {
        String key = word.toLowerCase(Locale.ROOT);
        for (Ending ending : endings) {
            if (key.endsWith(ending.from())) {
                return Optional.of(ending);
            }
        }
        return Optional.empty();
    }

    private static boolean isDash(String word) {
        return word.equals("—") || word.equals("–") || word.equals("-");
    }

    private static String lastPart(String word) {
        return word.substring(word.lastIndexOf('.') + 1);
    }

    private static String sameCapital(String written, String nominative) {
        return Character.isUpperCase(written.charAt(0))
                ? Character.toUpperCase(nominative.charAt(0)) + nominative.substring(1) : nominative;
    }
}
