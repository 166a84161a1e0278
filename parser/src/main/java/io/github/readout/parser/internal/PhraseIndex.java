package io.github.readout.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases keyed by their tokens' lookup forms, for longest-match lookups over a
 * token list. Lookups cost at most the length of the longest phrase, whatever the index size.
 *
 * <p>A word written with a trailing {@code *} is a stem: it matches the word followed by an
 * ending of at most {@value #LONGEST_ENDING} letters, so that one entry reads every case of an
 * inflected word ("Казахстан*" reads "Казахстана", "Казахстаном"). Letters written after the
 * {@code *} complete the word's nominative ("Москв*а") and are not read. A word written in full
 * is preferred to a stem.
 *
 * @param <V> the value a phrase stands for
 */
final class PhraseIndex<V> {

    /** A phrase found in a token list: where it ends and what it stands for. */
    record Match<V>(int start, int end, V value) {}

    /** The most letters of an abbreviation in capitals that matches only in capitals: "US", "NSA", "EAM". */
    static final int LONGEST_CAPITALS_ONLY = 3;

    /** The tokens a match may start at and be kept for the next lookup there: a long sentence's later ones are not. */
    private static final int MATCHES_KEPT = 256;
    /** How many starts a phrase first keeps matches for. */
    private static final int FIRST_MATCHES_KEPT = 16;

    /** The most letters an inflectional ending after a stem has ("-ского" has five). */
    static final int LONGEST_ENDING = 5;

    /**
     * A node and, by the number of each word written in full after it ({@link WordIds}), the node
     * that word leads to: a step compares ints, and a word no phrase has fails it with no lookup.
     */
    private static final class Node<V> extends IdTable<Node<V>> {
        /** The stems that continue a phrase here, letter by letter, or null when none does. */
        Stems<V> stems;
        V value;

        /**
         * The matches of the phrase that ends here, by the token they start at, made when first found:
         * a phrase has one length in tokens, so its start alone tells its match, and the stages look the
         * same tokens up again and again. A race at worst makes a match twice alike or drops one; the
         * final fields of a record make a match safe to read from any thread.
         */
        private Match<V>[] matches;

        /** The match of the phrase that ends here when it starts at a token and ends at another. */
        Match<V> match(int start, int end) {
            if (start >= MATCHES_KEPT) {
                return new Match<>(start, end, value);
            }
            Match<V>[] known = matches;
            Match<V> match = known != null && start < known.length ? known[start] : null;
            if (match != null && match.end() == end && match.value() == value) {
                return match;
            }
            match = new Match<>(start, end, value);
            if (known == null || start >= known.length) {
                known = java.util.Arrays.copyOf(known == null ? newMatches(0) : known,
                        Math.min(MATCHES_KEPT, Math.max(FIRST_MATCHES_KEPT, Integer.highestOneBit(start) * 2)));
                matches = known;
            }
            known[start] = match;
            return match;
        }

        @SuppressWarnings("unchecked")
        private static <V> Match<V>[] newMatches(int size) {
            return new Match[size];
        }

        Node<V> child(Token token, boolean stem, boolean bare) {
            if (!stem) {
                return child(token.key());
            }
            if (stems == null) {
                stems = new Stems<>();
            }
            return stems.add(token.key(), bare);
        }

        /** The node a word written in full leads to, made if new. */
        Node<V> child(String key) {
            int id = WordIds.add(key);
            Node<V> child = get(id);
            if (child == null) {
                child = new Node<>();
                put(id, child);
            }
            return child;
        }

        /**
         * Whether every phrase through this node writes its word as a short abbreviation in capitals
         * ("US", "PM"), which a word in lower case ("us", "10 pm") does not match.
         */
        boolean capitalsOnly;
        private boolean writtenOtherwise;

        /** Notes how a phrase through this node writes its word. */
        void written(Token token) {
            written(token.isWord() && token.isAllCaps() && token.text().length() <= LONGEST_CAPITALS_ONLY);
        }

        /** Notes whether a phrase through this node writes its word as a short abbreviation in capitals. */
        void written(boolean abbreviation) {
            writtenOtherwise |= !abbreviation;
            capitalsOnly = !writtenOtherwise;
        }

        /** The node a word leads to: the word itself, else the longest stem it starts with. */
        Node<V> step(Token token, Endings endings) {
            return step(token.word(), endings);
        }

        Node<V> step(Token.Word word, Endings endings) {
            Node<V> exact = get(word.id());
            return exact != null || stems == null ? exact : stems.longest(word.key(), endings);
        }
    }

    /**
     * A letter trie of stems: a lookup walks the word's letters once and allocates nothing, which
     * matters as every token of a release is looked up in every lexicon.
     */
    private static final class Stems<V> {
        private char[] letters = new char[0];
        @SuppressWarnings("unchecked")
        private Stems<V>[] children = new Stems[0];
        /** Where a phrase goes on after a stem that ends here, or null. */
        private Node<V> node;
        /**
         * Whether the stem that ends here is a word with no ending too: "Казахстан*" is, but "Росси*я"
         * names its nominative with an ending, so "Росси" alone is another word (the surname "Росси").
         */
        private boolean bare;

        Node<V> add(String stem, boolean bare) {
            Stems<V> at = this;
            for (int i = 0; i < stem.length(); i++) {
                at = at.childFor(stem.charAt(i));
            }
            if (at.node == null) {
                at.node = new Node<>();
            }
            at.bare |= bare;
            return at.node;
        }

        private Stems<V> childFor(char letter) {
            int found = java.util.Arrays.binarySearch(letters, letter);
            if (found >= 0) {
                return children[found];
            }
            int insert = -found - 1;
            char[] moreLetters = new char[letters.length + 1];
            @SuppressWarnings("unchecked")
            Stems<V>[] moreChildren = new Stems[children.length + 1];
            System.arraycopy(letters, 0, moreLetters, 0, insert);
            System.arraycopy(children, 0, moreChildren, 0, insert);
            moreLetters[insert] = letter;
            moreChildren[insert] = new Stems<>();
            System.arraycopy(letters, insert, moreLetters, insert + 1, letters.length - insert);
            System.arraycopy(children, insert, moreChildren, insert + 1, children.length - insert);
            letters = moreLetters;
            children = moreChildren;
            return moreChildren[insert];
        }

        /** Calls an action on the node of each stem, in the order of their letters. */
        void forEachNode(java.util.function.Consumer<Node<V>> action) {
            if (node != null) {
                action.accept(node);
            }
            for (Stems<V> child : children) {
                child.forEachNode(action);
            }
        }

        /** The node of the longest stem the word starts with, leaving an ending the pack allows. */
        Node<V> longest(String word, Endings endings) {
            Stems<V> at = this;
            Node<V> best = null;
            int shortest = Math.max(1, word.length() - LONGEST_ENDING);
            for (int i = 0; i < word.length(); i++) {
                int found = java.util.Arrays.binarySearch(at.letters, word.charAt(i));
                if (found < 0) {
                    break;
                }
                at = at.children[found];
                if (at.node != null && i + 1 >= shortest && (i + 1 < word.length() || at.bare) && endings.allows(word, i + 1)) {
                    best = at.node;
                }
            }
            return best;
        }
    }

    /** The node at the end of a phrase's words, made as needed. */
    private Node<V> path(String phrase) {
        if (firstWords != null) {
            throw new IllegalStateException("a phrase added after the pack's first words were read: " + phrase);
        }
        return isLettersAndSpaces(phrase) ? pathOfWords(phrase) : pathOfTokens(phrase);
    }

    /**
     * Whether a phrase is words of letters between spaces, as most of a pack's phrases are: the
     * tokenizer cuts such a phrase at its spaces alone, each part a word written in full.
     */
    private static boolean isLettersAndSpaces(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c != ' ' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #pathOfTokens} of a phrase of letters and spaces, read word by word without its tokens:
     * a cold parser adds thousands of phrases while it still interprets the tokenizer's every test of a char.
     */
    private Node<V> pathOfWords(String phrase) {
        Node<V> node = root;
        int start = 0;
        while (start < phrase.length()) {
            int end = phrase.indexOf(' ', start);
            end = end < 0 ? phrase.length() : end;
            if (end > start) {
                node = node.child(Tokenizer.key(phrase, start, end));
                node.written(end - start <= LONGEST_CAPITALS_ONLY && isCapitals(phrase, start, end));
            }
            start = end + 1;
        }
        return node;
    }

    /** Whether the letters [start, end) of a text are all capitals, as {@link Token#isAllCaps} asks of a word. */
    private static boolean isCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The node at the end of a phrase's tokens, made as needed: stems, marks and all. */
    private Node<V> pathOfTokens(String phrase) {
        List<Token> tokens = Tokenizer.tokens(phrase, 0, phrase.length());
        Node<V> node = root;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean stem = i + 1 < tokens.size() && tokens.get(i + 1).isPunctuation('*')
                    && tokens.get(i + 1).start() == token.end();
            // "Москв*а": the nominative's ending, which says how the place is named, not how it is read
            boolean completed = stem && i + 2 < tokens.size() && tokens.get(i + 2).isWord()
                    && tokens.get(i + 2).start() == tokens.get(i + 1).end();
            node = node.child(token, stem, !completed);
            if (!stem) {
                node.written(token); // "МИД*" reads "МИДа": a stem's abbreviation takes endings in lower case
            }
            if (stem) {
                i += completed ? 2 : 1; // the '*' and the ending
            }
        }
        return node;
    }

    private final Node<V> root = new Node<>();

    /**
     * The values of the index's phrases, each distinct one once, in the order {@link #writeTo}
     * meets them: an image writes them before the phrases that name them by number.
     */
    List<V> values() {
        java.util.Set<V> values = new java.util.LinkedHashSet<>();
        collectValues(root, values);
        return List.copyOf(values);
    }

    private static <V> void collectValues(Node<V> node, java.util.Set<V> values) {
        if (node.value != null) {
            values.add(node.value);
        }
        for (int id : sortedIds(node)) {
            collectValues(node.get(id), values);
        }
        if (node.stems != null) {
            node.stems.forEachNode(each -> collectValues(each, values));
        }
    }

    /**
     * The numbers of the words after a node, in the order of the words, so that the build writes the same image from
     * the same phrases.
     */
    private static List<Integer> sortedIds(Node<?> node) {
        List<Integer> ids = new ArrayList<>(node.size());
        for (int id : node.ids()) {
            ids.add(id);
        }
        ids.sort(java.util.Comparator.comparing(WordIds::key));
        return ids;
    }

    /** The words after a node, in no order. */
    private static List<String> keys(Node<?> node) {
        List<String> keys = new ArrayList<>(node.size());
        for (int id : node.ids()) {
            keys.add(WordIds.key(id));
        }
        return keys;
    }

    /**
     * Writes the index's phrases to an image, a phrase's value as its number in a list of them.
     *
     * @param out the image
     * @param values the values, as {@link #values} lists them
     */
    void writeTo(LexiconImage.Out out, List<V> values) {
        Map<V, Integer> numbers = new HashMap<>();
        for (V value : values) {
            numbers.put(value, numbers.size());
        }
        write(root, out, numbers);
    }

    private static <V> void write(Node<V> node, LexiconImage.Out out, Map<V, Integer> values) {
        out.number(node.value == null ? 0 : values.get(node.value) + 1);
        out.number((node.capitalsOnly ? 1 : 0) | (node.writtenOtherwise ? 2 : 0) | (node.stems != null ? 4 : 0));
        List<Integer> ids = sortedIds(node);
        out.number(ids.size());
        for (int id : ids) {
            out.string(WordIds.key(id));
            write(node.get(id), out, values);
        }
        if (node.stems != null) {
            writeStems(node.stems, out, values);
        }
    }

    private static <V> void writeStems(Stems<V> stems, LexiconImage.Out out, Map<V, Integer> values) {
        out.number((stems.bare ? 1 : 0) | (stems.node != null ? 2 : 0));
        if (stems.node != null) {
            write(stems.node, out, values);
        }
        out.number(stems.letters.length);
        for (int i = 0; i < stems.letters.length; i++) {
            out.number(stems.letters[i]);
            writeStems(stems.children[i], out, values);
        }
    }

    /**
     * Reads the phrases {@link #writeTo} wrote into this index, which must have none yet.
     *
     * @param in the image
     * @param values the values the phrases name by number
     */
    void readFrom(LexiconImage.In in, List<V> values) {
        if (root.size() != 0 || root.stems != null) {
            throw new IllegalStateException("an image read into an index that has phrases");
        }
        read(root, in, values);
    }

    private static <V> void read(Node<V> node, LexiconImage.In in, List<V> values) {
        int value = in.number();
        node.value = value == 0 ? null : values.get(value - 1);
        int flags = in.number();
        node.capitalsOnly = (flags & 1) != 0;
        node.writtenOtherwise = (flags & 2) != 0;
        for (int children = in.number(); children > 0; children--) {
            int id = in.wordId();
            Node<V> child = new Node<>();
            node.put(id, child);
            read(child, in, values);
        }
        if ((flags & 4) != 0) {
            node.stems = new Stems<>();
            readStems(node.stems, in, values);
        }
    }

    private static <V> void readStems(Stems<V> stems, LexiconImage.In in, List<V> values) {
        int flags = in.number();
        stems.bare = (flags & 1) != 0;
        if ((flags & 2) != 0) {
            stems.node = new Node<>();
            read(stems.node, in, values);
        }
        int count = in.number();
        stems.letters = new char[count];
        @SuppressWarnings("unchecked")
        Stems<V>[] children = new Stems[count];
        stems.children = children;
        for (int i = 0; i < count; i++) {
            stems.letters[i] = (char) in.number();
            children[i] = new Stems<>();
            readStems(children[i], in, values);
        }
    }

    /** The endings a stem may have. */
    private Endings endings = Endings.ANY;

    /** The record of the first words of this index's pack, null for an index of no pack. */
    private FirstWords firstWords;
    /** Where this index's number in {@link #firstWords} puts its bit in a word's note: which long, which bit. */
    private int firstWordsLong;
    private long firstWordsBit;
    private int firstWordsIndex;

    /** Joins the record of the first words of a pack's indexes; no phrase may be added after. */
    void numbered(FirstWords record, int index) {
        this.firstWords = record;
        this.firstWordsIndex = index;
        this.firstWordsLong = FirstWords.longOf(index);
        this.firstWordsBit = FirstWords.bitOf(index);
    }

    /** The lookup forms of the words written in full that phrases start with. */
    List<String> firstKeys() {
        return keys(root);
    }

    /** Whether some phrase starts with a stem. */
    boolean hasFirstStems() {
        return root.stems != null;
    }

    /** The node a word leads to from the root, null when no phrase starts with it. */
    Object rootStep(Token.Word word) {
        return root.step(word, endings);
    }

    /** The node a token leads to from the root: from its word's note when the index has joined a pack's record. */
    @SuppressWarnings("unchecked")
    private Node<V> firstStep(Token token) {
        return firstWords == null ? root.step(token, endings)
                : (Node<V>) firstWords.firstStep(token.word(), firstWordsLong, firstWordsBit, firstWordsIndex);
    }

    /** Whether a word in lookup form reads as a stem that some phrase starts with. */
    boolean startsWithStem(String key) {
        return root.stems != null && root.stems.longest(key, endings) != null;
    }

    /**
     * Phrases that hide this index's phrases inside them, and how many words back from a phrase
     * such a wider phrase may start: "Latin America" and "the South China Sea" name no country,
     * though "America" and "China" do.
     */
    private PhraseIndex<?> wider;
    private int widerReach;

    /**
     * Makes the phrases of another index hide this one's phrases that start inside them, after
     * their first word.
     *
     * @param phrases the wider phrases
     * @param reach how many words before a phrase of this index a wider phrase may start
     */
    void hiddenInside(PhraseIndex<?> phrases, int reach) {
        this.wider = phrases;
        this.widerReach = reach;
    }

    /**
     * Whether a wider phrase holds a phrase of this index: starts before it and runs into it
     * ("Latin America"), or starts with it and runs past it ("the Indian Ocean").
     */
    private boolean insideWider(List<Token> tokens, int start, int end) {
        for (int k = Math.max(0, start - widerReach); k <= start; k++) {
            int widerEnd = wider.longestEnd(tokens, k);
            if (k < start ? widerEnd > start : widerEnd > end) {
                return true;
            }
        }
        return false;
    }

    /** Sets the endings the pack allows after a stem. */
    void endings(Endings allowed) {
        this.endings = allowed;
    }

    /**
     * Adds a phrase; an existing value for the same phrase is kept.
     *
     * @param phrase the phrase as written
     * @param value what it stands for
     */
    void add(String phrase, V value) {
        if (phrase.isBlank()) {
            return;
        }
        Node<V> node = path(phrase);
        if (node.value == null) {
            node.value = value;
        }
    }

    /** Adds a phrase, replacing any value it had. */
    void put(String phrase, V value) {
        path(phrase).value = value;
    }

    /**
     * Finds the longest phrase that starts at a token.
     *
     * @param tokens the tokens
     * @param start where the phrase must start
     * @return the match, or null when no phrase starts there
     */
    Match<V> longest(List<Token> tokens, int start) {
        int end = longestEnd(tokens, start);
        if (end < 0) {
            return null;
        }
        // Only a phrase found is walked again, to its end, for its value.
        Node<V> node = firstStep(tokens.get(start));
        for (int i = start + 1; i < end; i++) {
            node = node.step(tokens.get(i), endings);
        }
        return node.match(start, end);
    }

    /**
     * Where the longest phrase that starts at a token ends, as {@link #longest} finds it, without
     * making a match.
     *
     * @param tokens the tokens
     * @param start where the phrase must start
     * @return the index after the phrase, or -1 when no phrase starts there
     */
    int longestEnd(List<Token> tokens, int start) {
        int n = tokens.size();
        if (start >= n) {
            return -1;
        }
        Node<V> node = firstStep(tokens.get(start));
        int bestEnd = -1;
        for (int i = start; i < n; i++) {
            if (i > start) {
                node = node.step(tokens.get(i), endings);
            }
            if (node == null || node.capitalsOnly && !tokens.get(i).isAllCaps()) {
                break; // "cooperate with us" names no country
            }
            if (node.value != null) {
                bestEnd = i + 1;
            }
        }
        return bestEnd >= 0 && wider != null && insideWider(tokens, start, bestEnd) ? -1 : bestEnd;
    }

    /**
     * Finds every phrase in a token list, left to right, longest first, without overlaps.
     *
     * @param tokens the tokens
     * @return the matches, in order; an immutable list when there are fewer than three
     */
    List<Match<V>> findAll(List<Token> tokens) {
        // Most sentences have none and most others one or two: those are answered with List.of, not with a
        // list grown to ten slots for each sentence.
        Match<V> first = null;
        Match<V> second = null;
        List<Match<V>> matches = null;
        int i = 0;
        while (i < tokens.size()) {
            Match<V> match = longest(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            if (first == null) {
                first = match;
            } else if (second == null) {
                second = match;
            } else {
                if (matches == null) {
                    matches = new ArrayList<>();
                    matches.add(first);
                    matches.add(second);
                }
                matches.add(match);
            }
            i = match.end();
        }
        return matches != null ? matches : second != null ? List.of(first, second) : first != null ? List.of(first) : List.of();
    }
}
