package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Person;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells which mentions name the same person: "Kassym-Jomart Tokayev", "President Tokayev" and
 * "Tokayev" are one person; "Serdar Berdimuhamedov" and "Gurbanguly Berdimuhamedov" are two.
 */
final class PersonRegistry {

    /** A person and what the mentions so far say of them. */
    static final class Entry {
        final int id;
        String name;
        List<String> words;
        Span span;
        Optional<String> title;
        Optional<String> organization;
        Optional<CountryCode> country;
        /** The rule that gave the country, for explanations. */
        String countryRule;
        boolean international;

        Entry(int id, Mention first) {
            this.id = id;
            this.name = first.name();
            this.words = first.nameTokens();
            this.span = first.span();
            this.title = first.title();
            this.organization = first.organization();
            this.country = first.country();
            this.countryRule = MENTION_RULE;
            this.international = first.international();
        }

        Person toPerson() {
            return Person.builder().name(name).title(title).organization(organization).country(country).span(span)
                    .build();
        }
    }

    /**
     * The entries that share a last name word. Two names are the same person when their last
     * words are equal and either has one word or their first words are equal; so a lookup needs
     * only the earliest entry of one word and the earliest entry with the same first word, and
     * costs the same however many people a release names.
     */
    private static final class Bucket {
        /** The entries of this last word, in order of registration. */
        final List<Entry> all = new ArrayList<>();
        /**
         * The entries whose name is one word, by id; null until two are, as most last words have a
         * single holder whose name has several words: till then the one is kept below, without a map.
         */
        private TreeMap<Integer, Entry> single;
        /** The one entry whose name is one word while no other is, or null. */
        private Entry oneSingle;
        /**
         * The earliest entry of several words for each first word; null until there are two first words, as most
         * last words have one: till then the one first word and its entry are kept below, without a map.
         */
        private Map<String, Entry> byFirst;
        /** The first word of the entries of several words while they have one, null before the first. */
        private String firstWord;
        /** The earliest entry of several words while they have one first word. */
        private Entry firstOfSeveral;

        void index(Entry entry) {
            if (entry.words.size() == 1) {
                indexSingle(entry);
            } else {
                if (single != null) {
                    single.remove(entry.id);
                } else if (oneSingle != null && oneSingle.id == entry.id) {
                    oneSingle = null;
                }
                indexByFirst(entry.words.get(0), entry);
            }
        }

        private void indexSingle(Entry entry) {
            if (single == null && (oneSingle == null || oneSingle.id == entry.id)) {
                oneSingle = entry;
                return;
            }
            if (single == null) {
                single = new TreeMap<>();
                single.put(oneSingle.id, oneSingle);
                oneSingle = null;
            }
            single.put(entry.id, entry);
        }

        private void indexByFirst(String word, Entry entry) {
            if (byFirst == null && (firstWord == null || firstWord.equals(word))) {
                firstOfSeveral = firstWord == null || entry.id < firstOfSeveral.id ? entry : firstOfSeveral;
                firstWord = word;
                return;
            }
            if (byFirst == null) {
                byFirst = new HashMap<>();
                byFirst.put(firstWord, firstOfSeveral);
            }
            byFirst.merge(word, entry, (a, b) -> a.id <= b.id ? a : b);
        }

        /** The earliest entry whose name is one word, or null. */
        Entry firstSingle() {
            // By the first key: the entry TreeMap.firstEntry hands out is a new one per call.
            if (single == null) {
                return oneSingle;
            }
            return single.isEmpty() ? null : single.get(single.firstKey());
        }

        /** The earliest entry of several words that opens with a word, or null. */
        Entry firstWith(String word) {
            if (byFirst != null) {
                return byFirst.get(word);
            }
            return firstWord != null && firstWord.equals(word) ? firstOfSeveral : null;
        }
    }

    /** The rule of a country the words around a mention give. */
    static final String MENTION_RULE = "the words around the person's name: a title, a people's adjective, 'of' a country";

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Bucket> byLast = new HashMap<>();
    /** The earliest entry of several words for each first word: "Minister Cho" is Cho Tae-yul. */
    private final Map<String, Entry> byFirstWord = new HashMap<>();
    /** The earliest entry for each inner word of a long name: "President Lula" is Luiz Inácio Lula da Silva. */
    private final Map<String, Entry> byInnerWord = new HashMap<>();

    /** The particles a surname may open with, joined by a hyphen: "al" of "al-Sisi". */
    private final Set<String> particles;

    PersonRegistry() {
        this(Set.of());
    }

    /**
     * A registry that also knows a surname without the particle it is joined to ("Sisi" is
     * "Abdel Fattah al-Sisi").
     *
     * @param particles the particles of names, in lower case
     */
    PersonRegistry(Set<String> particles) {
        this.particles = particles;
    }

    /** Returns the person a mention names, registering a new one when none matches. */
    Entry add(Mention mention) {
        Entry entry = find(mention.nameTokens()).orElse(null);
        if (entry == null) {
            return registered(mention);
        }
        List<String> written = mention.nameTokens();
        if (written.size() == entry.words.size() && !last(written).equals(last(entry.words))
                && withoutParticle(last(written)).equals(last(entry.words))) {
            entry.name = mention.name(); // "Walid al-Moualem" after "Walid Moualem": the fuller form, words kept
            entry.span = mention.span();
        }
        if (initialsOf(mention.nameTokens(), entry.words)) {
            // "H. Karimov" then "Hamid Karimov": the name written in full is the person's
            entry.words = mention.nameTokens();
            entry.name = mention.name();
            entry.span = mention.span();
            indexUnderLastWord(entry);
        }
        if (withAMiddleName(entry.words, written)) {
            // "Владимир Зеленский" then "Владимир Александрович Зеленский": the fullest form is the person's name
            entry.words = written;
            entry.name = mention.name();
            entry.span = mention.span();
        }
        if (mention.nameTokens().size() > entry.words.size() && entry.words.size() == 1) {
            // A name found by its first or an inner word may end in another word: its bucket may be new.
            entry.words = mention.nameTokens();
            indexUnderLastWord(entry);
            // "Secretary Raimondo's Meeting …" then "Secretary of Commerce Gina Raimondo": the full
            // name is the person's name, and the title given with it is usually the full one.
            entry.name = mention.name();
            entry.span = mention.span();
            if (mention.title().isPresent()) {
                entry.title = mention.title();
            }
        }
        if (entry.title.isEmpty() || mention.title().filter(t -> widens(t, entry.title.get())).isPresent()) {
            entry.title = mention.title(); // "Minister X meets …" above "External Affairs Minister X held …"
        }
        if (entry.organization.isEmpty()) {
            entry.organization = mention.organization();
        }
        if (entry.country.isEmpty() && !entry.international) {
            entry.country = mention.country();
            entry.countryRule = MENTION_RULE;
        }
        entry.international |= mention.international() && entry.country.isEmpty();
        return entry;
    }

    /**
     * Whether a title is another one with capitalised words before or after it: "External Affairs Minister"
     * of "Minister"; not "Minister and Foreign Minister", which joins two offices. An office written out
     * widens its initials ("Prime Minister" of "PM").
     */
    static boolean widens(String title, String other) {
        String added;
        if (title.length() <= other.length()) {
            return false;
        } else if (spellsOut(title, other)) {
            return true; // "Prime Minister" of "PM": the office written out
        } else if (title.endsWith(" " + other)) {
            added = title.substring(0, title.length() - other.length() - 1);
        } else if (title.startsWith(other + " ")) {
            added = title.substring(other.length() + 1);
        } else {
            return false;
        }
        String[] words = added.split(" ");
        // "Minister" of "Minister of Foreign Affairs and Trade": a word in lower case right after the office ties what
        // it deals with to it, unless what follows names the office again ("Minister and Foreign Minister": two offices)
        boolean tied = title.startsWith(other + " ") && words.length > 1 && !opensCapitalized(words[0])
                && opensCapitalized(words[words.length - 1]);
        String head = other.substring(other.lastIndexOf(' ') + 1);
        for (String word : words) {
            if (!opensCapitalized(word) && !tied || tied && word.equalsIgnoreCase(head)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The most letters an office's initials run to: "EAM", not a body's longer acronym. */
    private static final int MOST_INITIALS = 4;

    /**
     * Whether a title's capitalised words open with the letters of a short abbreviation, in order:
     * "External Affairs Minister" of "EAM"; the words in lower case ("of") have no letter in it.
     */
    static boolean spellsOut(String title, String abbreviation) {
        if (abbreviation.length() < 2 || abbreviation.length() > MOST_INITIALS) {
            return false;
        }
        for (int i = 0; i < abbreviation.length(); i++) {
            if (!Character.isUpperCase(abbreviation.charAt(i))) {
                return false;
            }
        }
        StringBuilder initials = new StringBuilder();
        for (String word : title.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equals(abbreviation);
    }

    /** A new person, indexed by the last word of the name, by the surname without its particle and by the other words. */
    private Entry registered(Mention mention) {
        Entry entry = new Entry(entries.size(), mention);
        entries.add(entry);
        if (entry.words.isEmpty()) {
            return entry;
        }
        Bucket bucket = byLast.computeIfAbsent(last(entry.words), k -> new Bucket());
        bucket.all.add(entry);
        bucket.index(entry);
        String bare = withoutParticle(last(entry.words));
        if (entry.words.size() > 1 && !bare.equals(last(entry.words))) {
            // "President Sisi" after "Abdel Fattah al-Sisi": the surname alone, as a single word
            byLast.computeIfAbsent(bare, k -> new Bucket()).all.add(entry);
        }
        if (entry.words.size() > 1) {
            byFirstWord.putIfAbsent(entry.words.get(0), entry);
        }
        for (int i = 1; i < entry.words.size() - 1; i++) {
            if (entry.words.get(i).length() > 2) {
                byInnerWord.putIfAbsent(entry.words.get(i), entry);
            }
        }
        return entry;
    }

    /**
     * Makes a one-word name stand for a person too: "Jokowi" of "President Joko Widodo (Jokowi)",
     * unless the word already stands for someone.
     *
     * @param entry the person
     * @param word the other name, in lookup form
     */
    void alias(Entry entry, String word) {
        if (!byLast.containsKey(word)) {
            byLast.computeIfAbsent(word, k -> new Bucket()).all.add(entry);
        }
    }

    /**
     * Files an entry whose words have just changed under its new last word, in that word's list of everyone as
     * well, so that the last word alone finds it ("Al-Hamad" after a name first read as "Hamad").
     */
    private void indexUnderLastWord(Entry entry) {
        Bucket bucket = byLast.computeIfAbsent(last(entry.words), k -> new Bucket());
        if (!bucket.all.contains(entry)) {
            bucket.all.add(entry);
        }
        bucket.index(entry);
    }

    /**
     * How many people of one surname a look compares at most: a few share a surname in a real release, and the
     * bound keeps a hostile one (thousands of namesakes) linear.
     */
    private static final int MOST_NAMESAKES = 8;

    /** Finds the person whose name these words are, or end with: the earliest registered that matches. */
    Optional<Entry> find(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String bare = withoutParticle(last(words));
        if (!byLast.containsKey(last(words)) && !bare.equals(last(words)) && byLast.containsKey(bare)) {
            // "Walid al-Moualem" after "Walid Moualem": the surname without its particle is the known one
            List<String> withoutIt = new ArrayList<>(words);
            withoutIt.set(words.size() - 1, bare);
            return find(withoutIt);
        }
        Bucket bucket = byLast.get(last(words));
        if (bucket == null && words.size() >= 2) {
            Optional<Entry> declined = initialsOfADeclinedSurname(words);
            if (declined.isPresent()) {
                return declined;
            }
        }
        if (bucket == null) {
            // Names written surname first ("Cho Tae-yul", "Yoon Suk Yeol") are later cut to the surname.
            if (words.size() != 1) {
                // "Sheikh Ahmad Fahad" after "Sheikh Ahmad Fahad Al-Ahmad Al-Sabah": the opening words of the known name
                Entry longer = byFirstWord.get(words.get(0));
                return Optional.ofNullable(longer != null && startsWith(longer.words, words) ? longer : null);
            }
            Entry first = byFirstWord.get(words.get(0));
            return Optional.ofNullable(first != null ? first : byInnerWord.get(words.get(0)));
        }
        if (words.size() == 1) {
            return Optional.of(bucket.all.get(0));
        }
        Entry single = bucket.firstSingle();
        Entry sameFirst = bucket.firstWith(words.get(0));
        if (single == null && sameFirst == null) {
            // "Van Zanen" after "Jan van Zanen": the words end the known name
            for (int i = 0; i < bucket.all.size() && i < MOST_NAMESAKES; i++) {
                if (endsWith(bucket.all.get(i).words, words) || initialsOf(bucket.all.get(i).words, words)
                        || initialsOf(words, bucket.all.get(i).words) || withADeclinedGivenName(bucket.all.get(i).words, words)) {
                    return Optional.of(bucket.all.get(i));
                }
            }
        }
        if (single == null) {
            return Optional.ofNullable(sameFirst);
        }
        if (sameFirst == null || single.id < sameFirst.id) {
            return Optional.of(single);
        }
        return Optional.of(sameFirst);
    }

    /**
     * "Казему Джалали" after "Казем Джалали": the known name's words with a case ending on its given name alone,
     * as a surname that does not decline leaves it.
     */
    private static boolean withADeclinedGivenName(List<String> known, List<String> written) {
        if (known.size() != written.size() || known.size() < 2 || !known.subList(1, known.size()).equals(written.subList(1, written.size()))) {
            return false;
        }
        String given = known.get(0);
        String declined = written.get(0);
        return declined.length() > given.length() && declined.length() - given.length() <= LONGEST_CASE_ENDING
                && declined.startsWith(given) && Character.isLetter(given.charAt(given.length() - 1));
    }

    /** How many letters a case ending adds to a surname: "Рахмонов" → "Рахмонову", "Рахмоновым". */
    private static final int LONGEST_CASE_ENDING = 2;

    /**
     * "Э. Рахмонова", "Э. Рахмоновым" after "Эмомали Рахмонов": initials and a surname that is a known one with
     * a case ending, the initials those of the known name's words.
     */
    private Optional<Entry> initialsOfADeclinedSurname(List<String> words) {
        if (!initialsThenSurname(words)) {
            return Optional.empty(); // no known name's initials: the surname is not cut, ending by ending, to be looked up
        }
        String surname = words.get(words.size() - 1);
        for (int cut = 1; cut <= LONGEST_CASE_ENDING && surname.length() - cut > LONGEST_CASE_ENDING; cut++) {
            Bucket known = byLast.get(surname.substring(0, surname.length() - cut));
            if (known == null) {
                continue;
            }
            List<String> asKnown = new ArrayList<>(words);
            asKnown.set(words.size() - 1, surname.substring(0, surname.length() - cut));
            for (int i = 0; i < known.all.size() && i < MOST_NAMESAKES; i++) {
                if (initialsOf(known.all.get(i).words, asKnown)) {
                    return Optional.of(known.all.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** "sisi" of "al-sisi": a surname past the particle a hyphen joins to it, else the word. */
    private String withoutParticle(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && particles.contains(word.substring(0, hyphen))
                ? word.substring(hyphen + 1) : word;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * "A. Kamilov" after "Abdulaziz Kamilov", "А.Ю.Руденко" after "Андрей Руденко": the words are
     * initials and the surname, and each initial is the first letter of the known name's word in
     * its place; initials past the known given names stand for names the text did not write (a
     * patronymic, a middle name).
     */
    private static boolean initialsOf(List<String> name, List<String> written) {
        if (written.size() < 2 || name.size() < 2) {
            return false;
        }
        int surname = written.size() - 1;
        for (int i = 0; i < surname; i++) {
            String initial = written.get(i);
            if (initial.length() < 2 || initial.length() > 3 || !initial.endsWith(".")) {
                return false;
            }
            if (i < name.size() - 1 && !name.get(i).startsWith(initial.substring(0, initial.length() - 1))) {
                return false;
            }
        }
        return name.get(name.size() - 1).equals(written.get(surname));
    }

    /** Whether the words are initials and a surname, as {@link #initialsOf} asks of the words written. */
    private static boolean initialsThenSurname(List<String> written) {
        if (written.size() < 2) {
            return false;
        }
        for (int i = 0; i < written.size() - 1; i++) {
            String initial = written.get(i);
            if (initial.length() < 2 || initial.length() > 3 || !initial.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name is a known one of two words with a word between them: a patronymic or a middle name. */
    private static boolean withAMiddleName(List<String> known, List<String> written) {
        return known.size() == 2 && written.size() == 3 && written.get(0).equals(known.get(0))
                && written.get(2).equals(known.get(1));
    }

    private static boolean startsWith(List<String> name, List<String> head) {
        return head.size() < name.size() && name.subList(0, head.size()).equals(head);
    }

    private static boolean endsWith(List<String> name, List<String> tail) {
        if (tail.size() >= name.size()) {
            return false;
        }
        int offset = name.size() - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            if (!name.get(offset + i).equals(tail.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The surname a name ends with; of "U.Khurelsukh", an initial glued to it, the part after the stop. */
    private static String last(List<String> words) {
        String word = words.get(words.size() - 1);
        int stop = word.lastIndexOf('.');
        return stop >= 1 && stop <= 2 && stop + 2 < word.length() && Character.isLetter(word.charAt(stop + 1))
                ? word.substring(stop + 1) : word;
    }
}
