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
    /** Endings of a foreign name that no case changes ("Ито", "Нобуаки"). */
    private final List<String> indeclinableEndings = new ArrayList<>();
    /** Endings of a name's word that a woman's accusative has ("Монику"). */
    private final List<String> accusativeEndings = new ArrayList<>();

    /** Given names in the nominative, lower case: they tell the case of a name's first word. */
    private final Set<String> givenNames = new HashSet<>();

    /** The cases of a name's oblique readings, in the order they are tried. */
    private static final List<Case> OBLIQUE = List.of(Case.GEN, Case.DAT, Case.INS);
    /** Every case, in order: {@code values()} copies its array at every call. */
    private static final Case[] CASES = Case.values();
    /** Each case's answer, made once: a case is asked for most words of a Russian text. */
    private static final List<Optional<Case>> FOUND = found();

    private static List<Optional<Case>> found() {
        List<Optional<Case>> found = new ArrayList<>();
        for (Case c : CASES) {
            found.add(Optional.of(c));
        }
        return List.copyOf(found);
    }

    /** A word with a capital and its lower case. */
    private record Lowered(String word, String lower) {}

    /**
     * The lower case of words met, shared by every parse, one per slot of their hash: a name or title is asked
     * its case and endings many times over, each of which lowered it anew. A word whose slot holds another
     * replaces it; a race at worst replaces a slot with an equal word, and a record's final fields make a slot
     * safe to read from any thread.
     */
    private static final Lowered[] LOWERED = new Lowered[1 << 11];

    /** {@code word.toLowerCase(Locale.ROOT)}, read from the words met where the word is one. */
    private static String lower(String word) {
        int hash = word.hashCode();
        int slot = (hash ^ (hash >>> 11)) & (LOWERED.length - 1);
        Lowered known = LOWERED[slot];
        if (known != null && known.word().equals(word)) {
            return known.lower();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower != word) { // a word in lower case already is itself, and costs nothing to keep
            LOWERED[slot] = new Lowered(word, lower);
        }
        return lower;
    }

    /** Whether a word in lower case ends with one of the endings. */
    private static boolean endsWithAny(String key, List<String> endings) {
        for (int i = 0; i < endings.size(); i++) {
            if (key.endsWith(endings.get(i))) {
                return true;
            }
        }
        return false;
    }

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
                case "INDECLINABLE" -> indeclinableEndings.add(row[2]);
                case "ACCUSATIVE" -> accusativeEndings.add(row[2]);
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
        String key = lower(word);
        return givenNames.contains(key) && endsWithAny(key, nominativeEndings);
    }

    /**
     * Tells whether a name's word ends as only a nominative of a declining name does: "Петрович",
     * whose genitive is "Петровича".
     *
     * @param word the word as written
     * @return true for an ending only the nominative has
     */
    boolean endsAsNominative(String word) {
        return endsWithAny(lower(word), nominativeEndings);
    }

    /**
     * Tells whether a title's first word is written in the nominative and would show any other
     * case: "Президент", "Министр"; "замглавы" or "глава" tell nothing.
     *
     * @param word the title's first word as written
     * @return true for a word with an ending only the nominative has
     */
    boolean showsNominativeTitle(String word) {
        String key = lower(word);
        return !words.containsKey(key) && caseOf(word) == Case.NOM && !isPlural(word)
                && endsWithAny(key, nominativeEndings);
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
        return endsWithAny(lower(word), sharedEndings);
    }

    /**
     * Tells whether a name's word ends as a foreign name that never declines does: "Ито", "Нобуаки".
     *
     * @param word the word as written
     * @return true for an ending of the pack's names that no case changes
     */
    boolean endsAsIndeclinable(String word) {
        return endsWithAny(lower(lastPart(word)), indeclinableEndings);
    }

    /**
     * Tells whether a name's word ends as a woman's accusative may ("Аннику" of "Анника"), though a foreign name
     * that never declines ends so too.
     *
     * @param word the word as written
     * @return true for such an ending
     */
    boolean mayBeAccusative(String word) {
        return endsWithAny(lower(lastPart(word)), accusativeEndings);
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
        String key = lower(word);
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
        String key = lower(word);
        for (int e = 0; e < endings.size(); e++) { // by index: asked of every capitalised word, no iterator each time
            String ending = endings.get(e);
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
        String key = lower(word);
        Word known = words.get(key);
        if (known != null) {
            return known.inCase();
        }
        Case best = Case.NOM;
        int longest = 0;
        for (Case c : CASES) { // each case holds a list: in the map's order, without an entry made for each
            List<Ending> endings = caseEndings.get(c);
            for (int i = 0; i < endings.size(); i++) {
                Ending ending = endings.get(i);
                if (key.endsWith(ending.from()) && ending.from().length() > longest) {
                    best = c;
                    longest = ending.from().length();
                }
            }
        }
        return best;
    }

    /** Whether a word is a given name of the pack's list as written. */
    boolean isGivenName(String word) {
        return givenNames.contains(lower(word));
    }

    /**
     * Returns the case a given name is written in, when the pack knows the name: "Сергей" is a
     * nominative, "Сергея" a genitive, "Марией" an instrumental.
     *
     * @param word a name's first word as written
     * @return the case, or empty for a name the pack does not list
     */
    Optional<Case> caseOfGivenName(String word) {
        if (givenNames.contains(lower(word))) {
            // "Джо", "Марко": a name no ending changes is written so in every case, and tells none
            // "Павел", "Игорь": a name with an ending only a declining nominative has declines, though no ending
            // of another case ends it
            boolean declinable = showsNominative(word);
            for (int i = 0; i < OBLIQUE.size(); i++) {
                declinable |= !nameWord(word, OBLIQUE.get(i)).equals(word);
            }
            return declinable ? FOUND.get(Case.NOM.ordinal()) : Optional.empty();
        }
        for (int i = 0; i < OBLIQUE.size(); i++) {
            Case c = OBLIQUE.get(i);
            if (givenNames.contains(lower(nameWord(word, c)))) {
                return FOUND.get(c.ordinal());
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
        Word known = words.get(lower(word));
        return known == null ? Optional.empty() : FOUND.get(known.inCase().ordinal());
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
        return c == Case.NOM || endingOf(nameEndings.get(c), lastPart(word)) != null;
    }

    /** A name's word in the nominative: "Фиданом" (INS) → "Фидан", "А.Ю.Руденко" stays. */
    String nameWord(String word, Case c) {
        if (c == Case.NOM) {
            return word;
        }
        int dot = word.lastIndexOf('.') + 1;
        String head = word.substring(0, dot);
        String last = word.substring(dot);
        String[] parts = last.indexOf('-') < 0 ? null : last.split("-"); // most words: no array of one part
        if (parts != null && parts.length > 1 && (endAlike(parts, c) || everyPartDeclines(parts, c))) {
            // "Касыма-Жомарта" → "Касым-Жомарт": each part of a double given name declines alike, and "Жана-Ноэля" →
            // "Жан-Ноэль" each to a given name the pack knows; "Чжэ-ина" and "Касым-Жомартом" only their last
            return head + Arrays.stream(parts).map(part -> nameWord(part, c)).collect(Collectors.joining("-"));
        }
        Word known = words.get(lower(last));
        if (known != null && known.inCase() == c && !last.isEmpty()) {
            return head + sameCapital(last, spelledAsWritten(known.nominative(), last)); // "Павла" → "Павел"
        }
        Ending ending = endingOf(nameEndings.get(c), last);
        if (ending == null || keptStem(last, ending) < SHORTEST_STEM) {
            return word;
        }
        return dot == 0 ? replaced(last, ending) : head + replaced(last, ending);
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
            Word known = words.get(lower(word));
            Optional<Ending> ending = known != null ? Optional.empty() : ending(titleEndings.get(c), lower(word));
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
        return Optional.ofNullable(endingOf(endings, word));
    }

    /** The first of the endings the word ends with, or null. */
    private static Ending endingOf(List<Ending> endings, String word) {
        String key = lower(word);
        for (int i = 0; i < endings.size(); i++) {
            Ending ending = endings.get(i);
            if (key.endsWith(ending.from())) {
                return ending;
            }
        }
        return null;
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
