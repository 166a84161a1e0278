package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.MeetingKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lexicons of one language pack, read once from the data files under {@code lexicon/LANGUAGE/} and the
 * user's additions: countries with names, demonyms, capitals and cities; titles; honorifics;
 * organisations; meeting triggers; and the capitalised words that are not names.
 */
final class Lexicons {

    /** What a country phrase is. */
    enum CountryForm {
        NAME, DEMONYM, CAPITAL, CITY,
        /** A state, province or region within the country: a place of it as a city is, and part of an office it names. */
        REGION;

        /** Whether the phrase is a place within its country (a capital, a city, a region), not the country itself. */
        boolean isTown() {
            return this == CAPITAL || this == CITY || this == REGION;
        }
    }

    /**
     * A phrase that stands for a country.
     *
     * @param code the country
     * @param form what the phrase is
     * @param name the place's name in the nominative, for a phrase written with stems
     *     ("Москв*а" is "Москва" whatever case the text puts it in); empty for one read as written
     */
    record CountryEntry(CountryCode code, CountryForm form, Optional<String> name) {

        CountryEntry(CountryCode code, CountryForm form) {
            this(code, form, Optional.empty());
        }
    }

    /** An organisation and its country, empty for an international body. */
    record Organization(Optional<CountryCode> country) {}

    /** What a cue phrase of {@code cues.tsv} signals about the sentence it is in. */
    enum Cue { EVENT_VERB, SPEECH_VERB, FUTURE, NOT_REPORTED, HELD_FRAME, PARTICIPATION, EXCLUDING, SEPARATE, COUNTERPART, MODAL, NOT_A_VISITOR, NAMED_AFTER_PLACE, VISIT_VERB, BYLINE, AUTHOR_LINE, COUNTERPART_NOUN, OTHER_EVENT_DATE, EARLIER_EVENT_PHRASE, READOUT, GATHERING_FRAME, ASIDE_FRAME, PAST_PERFECT, VISIT_INTO, SOLE_OFFICE, BODY_PREPOSITION, INDEFINITE_ARTICLE, CAPITALS_HONORIFIC, SIGNED_LINE, GUEST_VERB, PREPOSITION, DESTINATION_VERB, CALLER_VERB, OTHER_TIME, CALL_VERB, PERSON_VERB, NAME_ADVERB, NAME_PARTICLE, PATRONYMIC_PARTICLE, NAME_CLOSING, TITLE_CONTINUATION, AGENCY_NOUN, GIVEN_NAME_TITLE, FROM_COUNTRY, REGIONAL_OFFICE, VISIT_PAID_TO,
        CAPITAL_NOUN, BETWEEN, WITH, NAMED_BY, BODY_NOUN, WELCOME_PLACE, BACKGROUND, JOINT, COUNTERPARTS, LIST_AND, VISIT_CLAUSE, VISITED, PLACE_IN, PLACE_AT, PLACE_TO, PLACE_FROM, PLACE_VISITED, PLACE_ON, FUTURE_TENSE, CITY_NOUN, TOWN_NOUN, TOWN_SEAT, SPEECH_THAT, SUBJECT_PRONOUN, OBJECT_PRONOUN, REGION_NOUN, ATTENDED_FRAME, ATTENDANCE_VERB, INVITED_TO, PLANNED_PARTICIPATION, ACCOMPANIED, NOT_HELD, TOPIC_PLACE, TOPIC_NOUN, SIDES_NOUN, WORLD_REGION, HOSTING_VERB, NOUN_VERB, PORTFOLIO_NOUN,
        OUTCOME_VERB, TOPIC_CUE, TOPIC_STOP, TOPIC_JOINER, TOPIC_ARTICLE, ROUND_NOUN, ROUND_ADJECTIVE, ORDINAL_SUFFIX,
        SESSION_NOUN, SUMMIT_NOUN, SUMMIT_NAME, SERIES_BODY, SERIES_JOINER, SERIES_FRAME, OF_WORD, TITLE_HEAD_END, ARTICLE, RELATIVE_PRONOUN,
        NEXT_MEETING, NEXT_OWN_MEETING, OPEN_MEANS, CAPTION_VERB, EARLIER_ROUND, ROUND_HELD, INVITATION, INVITED_VISIT,
        SOURCE_VERB, PRESS_SERVICE, SOURCE_CITING, POSSESSIVE, ACCORDING_TO,
        MEETING_NOUN, VISIT_NOUN, POSSESSIVE_PRONOUN, GATHERING_JOINER, MEETING_ANAPHOR, RECALLED, PAIR_SUBJECT, CALL_ON, CALLER_PURPOSE, SESSION_OF_BODY, BODY_ROLE, PRESS_GATHERING, CALL_OR_SUMMONS,
        SERIES_FRAME_GENITIVE, SERIES_OWNER, MEETING_OPENER, LIVE_REPORT, NEXT_ROUND, RESPECTIVELY, SOCIAL_EVENT,
        APPOSITION_END, PERSON_RELATIVE, HOST_PREPOSITION,
        TITLE_LOWER_WORD, PLACE_PREPOSITION, TITLE_CONNECTOR, TITLE_RESUMING, TITLE_BOUND, REGNAL_NUMBER, PLURAL_TITLE,
        AND_WORD, NOT_OF_TITLE, LEAVING_HOLDER, NEW_HOLDER, SIDE_LED_BY, SIDE_VERB, SIDE_NOUN, SIDE_CLAUSE_END, SIDE_HEAD_VERB, RANK_AFTER_COUNTRY, NAME_SUFFIX, TITLE_TAIL, PLURAL_ENDING, PARTICIPLE_ENDING,
        MEETING_VERB, PARTICIPANTS_NOUN, OWN_MEETING, REPORTED_MEETING, REPORTED_MEETING_VERB, ANAPHORIC_DETERMINER,
        MEETING_RETOLD, REPORT_AUXILIARY, FUTURE_PASSIVE, SUMMIT_PEOPLE, BODY_JOINER, PLACE_NOT_PARTY, VISIT_PREFIX, VISITED_BUILDING, SEVERAL_MEETINGS, POSSESSIVE_AFTER_S, SEVERAL_COUNTERPARTS, PURPOSE_FORM, CREDENTIALS, CREDENTIALS_CEREMONY, SEVERAL_ENVOYS, RANK, ADDRESS_TITLE, NEGATION, NOT_ONLY, SPOKESPERSON, WELCOME_VERB,
        STATIONED, MEANS_UNSTATED, RECENT_TIME, EARLIER_PERIOD, PAST_PERIOD, WELCOME_CEREMONY, BARE_VERB, TIME_CLAUSE, PRESENT_VERB, GUEST_ADJECTIVE, LIST_JOINER, MEMBERS_LISTED, HELD_RELATIVE, TITLE_BODY, DISCUSSION_VERB, WITH_WORD, PAIR_VERB, POST_NOMINAL, LIGHT_VERB, COUNTERPART_ORIGIN, COUNTERPARTS_NOUN,
        SOURCE_VERB_FIRST, SOURCE_OPENER, SOURCE_CLAUSE_OPENER, SOURCE_LABEL, SOURCE_SPEAKER, SOURCE_HOLDER, SOURCE_OTHER_CASE, BODIES_SEAT, PLACE_NAME_NOUN, STATE_FORM, REGION_NAME_NOUN, ACCOMPANYING, BOTH_SIDES, FORMER, INTERVIEWER, MESSAGE_BEARER, COUNTRY_ANAPHOR, LED_BY, GIVEN_NAME_COUNTRY, FUNCTION_WORD_SURNAME, WHERE_HELD, HEADS_OF_STATES, PAIR_OPENER, HELD_FRAME_WITH,
        ADDRESSEE_VERB, ADDRESSEE_PREPOSITION, LEGAL_FORM, COUNTRY_EPITHET, HOST_ANAPHOR, PLACE_ANAPHOR, HEADLINE_VERB, BILATERAL, AGENT_PREPOSITION, STATE_SEAT, LIST_INCLUDING, ARRIVAL_VERB, GREETED_VERB, DOCUMENT_DATE, MEETING_CLAUSE_OPENER,
        SIGNING_VERB, SIGNING_OPENER, SIGNING_WITNESS, EVENT_PART, ALSO_MET, GROUP_MET, EARLIER_APART, ALSO_HELD, MET_WITH, OTHERS_UNNAMED, OFFICIALS_NOUN, HOSTS_INVITATION, GUEST_PRESENCE }

    /**
     * How a title phrase works: a head names an office ("Minister"), a modifier qualifies one
     * ("Deputy"), a courtesy title is a rank of birth ("Prince") that is the title only alone.
     */
    enum TitleRole { HEAD, MODIFIER, COURTESY }

    final PhraseIndex<CountryEntry> countries = new PhraseIndex<>();
    final PhraseIndex<TitleRole> titles = new PhraseIndex<>();
    final PhraseIndex<Boolean> honorifics = new PhraseIndex<>();
    final PhraseIndex<Organization> organizations = new PhraseIndex<>();
    final PhraseIndex<MeetingKind> triggers = new PhraseIndex<>();
    /** Empty for a longer title that is no one country's: "губернатор провинции" over "губернатор". */
    private final PhraseIndex<Optional<CountryCode>> titleCountries = new PhraseIndex<>();
    final PhraseIndex<List<CountryCode>> groups = new PhraseIndex<>();
    final Set<String> vocabulary = new HashSet<>();
    /** The vocabulary as phrases, stems included ("Центральн*"), for packs that inflect their words. */
    final PhraseIndex<Boolean> vocabularyPhrases = new PhraseIndex<>();
    /** How the pack brings inflected mentions to the nominative; declines nothing for English. */
    Declension declension;
    /** Each cue's index, at the cue's ordinal: a cue is looked up at most tokens, many times over. */
    private final List<PhraseIndex<Cue>> cues = new ArrayList<>(Cue.values().length);
    /** The phrases of each cue as the pack writes them, in the order of its file. */
    private final Map<Cue, List<String>> cuePhrases = new java.util.EnumMap<>(Cue.class);
    /** The countries of well-known office holders, by the words of their names joined with spaces. */
    private final Map<String, CountryCode> officials = new HashMap<>();
    /**
     * The first words and the last words of the listed office holders' names of two words or more: a run of
     * a name's words that does not open with one of the first and end with one of the last is no listed
     * name, and is not joined into a string to look up.
     */
    private final Set<String> officialFirstWords = new HashSet<>();
    private final Set<String> officialLastWords = new HashSet<>();
    /** The answer for each country of a listed office holder, made once: a name is looked up for every person. */
    private final Map<CountryCode, Optional<CountryCode>> officialCountries = new HashMap<>();
    /** The country of each surname that listed office holders of one country alone have. */
    private final Map<String, CountryCode> officialSurnames = new HashMap<>();
    /** Surnames that listed office holders of different countries share. */
    private final Set<String> sharedSurnames = new HashSet<>();
    /** The first capital the countries file lists for each country. */
    private final Map<CountryCode, String> capitals = new HashMap<>();

    /** The language pack's folder under {@code lexicon/}: its language code. */
    private final String language;

    private Lexicons(String language) {
        this.language = language;
    }

    /**
     * Returns a language pack's lexicons with a user's additions. The data files are read once
     * per parser.
     *
     * @param language the pack's language code, such as {@code "en"}
     * @param extension the user's additions
     * @return the lexicons
     */
    static Lexicons load(String language, LexiconExtension extension) {
        Lexicons lexicons = new Lexicons(language);
        LexiconImage.In image = LexiconBundle.image(language);
        if (image == null) {
            lexicons.readFiles();
        } else {
            lexicons.readImage(image);
        }
        lexicons.countries.hiddenInside(lexicons.cues.get(Cue.WORLD_REGION.ordinal()), WORLD_REGION_REACH);
        lexicons.declension = new Declension(lexicons.rows("declension.tsv", 4), lexicons.rows("given-names.txt", 1));
        lexicons.loadExtension(extension);
        lexicons.noteOfficialNames();
        List<String[]> nounEndings = lexicons.rows("endings.txt", 1);
        List<String[]> allEndings = new ArrayList<>(nounEndings);
        allEndings.addAll(lexicons.rows("verb-endings.txt", 1));
        lexicons.allowEndings(Endings.of(nounEndings), Endings.of(allEndings));
        // From here on, a token that starts no phrase of an index costs that index a bit test.
        new FirstWords(lexicons.indexes());
        return lexicons;
    }

    /**
     * A title without the parts that are a leader's honorary style, set off by a comma or a dash
     * ("Leader of the Nation, President" → "President"); empty when nothing else is left.
     *
     * @param title the title as read
     * @return the title without its honorary parts
     */
    Optional<String> withoutStyle(Optional<String> title) {
        if (title.isEmpty() || title.get().indexOf(',') < 0 && title.get().indexOf('—') < 0 && title.get().indexOf('–') < 0) {
            return title; // a style is set off from the office by punctuation
        }
        String text = title.get();
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length());
        List<int[]> kept = new ArrayList<>(); // the chars [from, to) of each part kept, and where its separator ends
        boolean dropped = false;
        int start = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean separator = k < tokens.size() && (tokens.get(k).isPunctuation(',') || tokens.get(k).isDash());
            if (k < tokens.size() && !separator) {
                continue;
            }
            if (start < k) {
                PhraseIndex.Match<Boolean> style = honorifics.longest(tokens, start);
                if (style != null && style.end() == k) {
                    dropped = true;
                } else {
                    int next = k + 1 < tokens.size() ? tokens.get(k + 1).start() : text.length();
                    kept.add(new int[] {tokens.get(start).start(), tokens.get(k - 1).end(), next});
                }
            }
            start = k + 1;
        }
        if (!dropped) {
            return title;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            int[] part = kept.get(i);
            out.append(text, part[0], i + 1 < kept.size() ? part[2] : part[1]); // each part with the separator after it
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    /** What the pack's files give, before a user's additions and the endings: read from the files themselves. */
    private void readFiles() {
        loadNames();
        loadCues();
        loadOfficials();
    }

    /**
     * A built-in pack's lexicons as its files give them, for the build to write their image.
     *
     * @param language the pack's language code
     * @return the lexicons, without endings or a user's additions
     */
    static Lexicons fromFiles(String language) {
        Lexicons lexicons = new Lexicons(language);
        lexicons.readFiles();
        return lexicons;
    }

    /**
     * Writes what {@link #readFiles} read as an image, which {@link #readImage} reads back.
     *
     * @param out the image
     */
    void writeImage(LexiconImage.Out out) {
        writeIndex(countries, out, (entry, o) -> {
            o.string(entry.code().code());
            o.number(entry.form().ordinal());
            o.number(entry.name().isPresent() ? 1 : 0);
            entry.name().ifPresent(o::string);
        });
        writeIndex(titles, out, (role, o) -> o.number(role.ordinal()));
        writeIndex(honorifics, out, (value, o) -> o.number(value ? 1 : 0));
        writeIndex(organizations, out, (org, o) -> o.string(org.country().map(CountryCode::code).orElse("")));
        writeIndex(triggers, out, (kind, o) -> o.number(kind.ordinal()));
        writeIndex(titleCountries, out, (code, o) -> o.string(code.map(CountryCode::code).orElse("")));
        writeIndex(groups, out, (members, o) -> {
            o.number(members.size());
            members.forEach(code -> o.string(code.code()));
        });
        writeIndex(vocabularyPhrases, out, (value, o) -> o.number(value ? 1 : 0));
        for (PhraseIndex<Cue> index : cues) {
            writeIndex(index, out, (cue, o) -> o.number(cue.ordinal()));
        }
        writeWords(out);
    }

    private static <V> void writeIndex(PhraseIndex<V> index, LexiconImage.Out out,
            java.util.function.BiConsumer<V, LexiconImage.Out> value) {
        List<V> values = index.values();
        out.number(values.size());
        for (V each : values) {
            value.accept(each, out);
        }
        index.writeTo(out, values);
    }

    /** Writes the word lists and maps of the pack: capitals, each cue's phrases, vocabulary, officials. */
    private void writeWords(LexiconImage.Out out) {
        out.number(capitals.size());
        capitals.forEach((code, capital) -> {
            out.string(code.code());
            out.string(capital);
        });
        for (Cue cue : Cue.values()) {
            writeStrings(cuePhrases.get(cue), out);
        }
        writeStrings(vocabulary, out);
        for (Map<String, CountryCode> byName : List.of(officials, officialSurnames)) {
            out.number(byName.size());
            byName.forEach((name, code) -> {
                out.string(name);
                out.string(code.code());
            });
        }
        writeStrings(sharedSurnames, out);
    }

    private static void writeStrings(java.util.Collection<String> strings, LexiconImage.Out out) {
        out.number(strings.size());
        for (String each : strings) {
            out.string(each);
        }
    }

    /**
     * Reads what {@link #writeImage} wrote: the phrase indexes and word lists the pack's files give,
     * restored without tokenizing a phrase. Plain loops, no lambdas: each lambda's first call links
     * method handles while a cold parser waits.
     */
    private void readImage(LexiconImage.In in) {
        List<CountryEntry> entries = new ArrayList<>();
        CountryForm[] forms = CountryForm.values();
        for (int n = in.number(); n > 0; n--) {
            CountryCode code = CountryCode.of(in.string());
            CountryForm form = forms[in.number()];
            entries.add(new CountryEntry(code, form, in.number() == 0 ? Optional.empty() : Optional.of(in.string())));
        }
        countries.readFrom(in, entries);
        titles.readFrom(in, constants(in, TitleRole.values()));
        honorifics.readFrom(in, booleans(in));
        List<Organization> organizationValues = new ArrayList<>();
        for (Optional<CountryCode> country : optionalCountryCodes(in)) {
            organizationValues.add(new Organization(country));
        }
        organizations.readFrom(in, organizationValues);
        triggers.readFrom(in, constants(in, MeetingKind.values()));
        titleCountries.readFrom(in, optionalCountryCodes(in));
        List<List<CountryCode>> memberLists = new ArrayList<>();
        for (int n = in.number(); n > 0; n--) {
            memberLists.add(List.copyOf(countryCodes(in)));
        }
        groups.readFrom(in, memberLists);
        vocabularyPhrases.readFrom(in, booleans(in));
        Cue[] allCues = Cue.values();
        for (int c = 0; c < allCues.length; c++) {
            PhraseIndex<Cue> index = new PhraseIndex<>();
            index.readFrom(in, constants(in, allCues));
            cues.add(index);
        }
        readWords(in, allCues);
    }

    /** Reads what {@link #writeWords} wrote. */
    private void readWords(LexiconImage.In in, Cue[] allCues) {
        for (int n = in.number(); n > 0; n--) {
            capitals.put(CountryCode.of(in.string()), in.string());
        }
        for (Cue cue : allCues) {
            String[] phrases = new String[in.number()];
            for (int i = 0; i < phrases.length; i++) {
                phrases[i] = in.string();
            }
            cuePhrases.put(cue, List.of(phrases));
        }
        for (int n = in.number(); n > 0; n--) {
            vocabulary.add(in.string());
        }
        for (Map<String, CountryCode> byName : List.of(officials, officialSurnames)) {
            for (int n = in.number(); n > 0; n--) {
                byName.put(in.string(), CountryCode.of(in.string()));
            }
        }
        for (int n = in.number(); n > 0; n--) {
            sharedSurnames.add(in.string());
        }
    }

    private static <E> List<E> constants(LexiconImage.In in, E[] all) {
        List<E> values = new ArrayList<>();
        for (int n = in.number(); n > 0; n--) {
            values.add(all[in.number()]);
        }
        return values;
    }

    private static List<Boolean> booleans(LexiconImage.In in) {
        List<Boolean> values = new ArrayList<>();
        for (int n = in.number(); n > 0; n--) {
            values.add(in.number() != 0);
        }
        return values;
    }

    private static List<CountryCode> countryCodes(LexiconImage.In in) {
        List<CountryCode> codes = new ArrayList<>();
        for (int n = in.number(); n > 0; n--) {
            codes.add(CountryCode.of(in.string()));
        }
        return codes;
    }

    /** Codes written as {@link #countryCodes}, the empty string standing for no country. */
    private static List<Optional<CountryCode>> optionalCountryCodes(LexiconImage.In in) {
        List<Optional<CountryCode>> codes = new ArrayList<>();
        for (int n = in.number(); n > 0; n--) {
            String code = in.string();
            codes.add(code.isEmpty() ? Optional.empty() : Optional.of(CountryCode.of(code)));
        }
        return codes;
    }

    /** A pack file's column of a state: its code, or "-" for an entry that is no one state's. */
    private static Optional<CountryCode> stateColumn(String column) {
        return column.equals("-") ? Optional.empty() : Optional.of(CountryCode.of(column));
    }

    /** Countries and places, titles, honorifics, organisations, offices of one country, groups of states. */
    private void loadNames() {
        for (String[] row : rows("countries.tsv", 3)) {
            CountryForm form = CountryForm.valueOf(row[1].toUpperCase(Locale.ROOT));
            // "Лиме=Лима": a form listed by itself, and the nominative that names the place
            int equals = row[2].indexOf('=');
            String phrase = equals < 0 ? row[2] : row[2].substring(0, equals);
            Optional<String> nominative = equals >= 0 ? Optional.of(row[2].substring(equals + 1))
                    : phrase.contains("*") ? Optional.of(phrase.replace("*", "")) : Optional.empty();
            countries.add(phrase, new CountryEntry(CountryCode.of(row[0]), form, nominative));
            if (form == CountryForm.CAPITAL) {
                capitals.putIfAbsent(CountryCode.of(row[0]), nominative.orElse(phrase));
            }
        }
        for (String[] row : rows("titles.txt", 2)) {
            titles.add(row[1], TitleRole.valueOf(row[0].toUpperCase(Locale.ROOT)));
        }
        for (String[] row : rows("honorifics.txt", 1)) {
            honorifics.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("organizations.tsv", 2)) {
            organizations.add(row[1], new Organization(stateColumn(row[0])));
        }
        for (String[] row : rows("title-countries.tsv", 2)) {
            titleCountries.add(row[1], stateColumn(row[0]));
        }
        for (String[] row : rows("groups.tsv", 2)) {
            List<CountryCode> members = new ArrayList<>();
            for (String code : row[1].split(" ")) {
                members.add(CountryCode.of(code));
            }
            groups.add(row[0], List.copyOf(members));
        }
    }

    /** How many words before a country's word a part of the world may start: "the South China Sea". */
    private static final int WORLD_REGION_REACH = 2;

    /** The meeting words and the cues that steer how a sentence is read, and the vocabulary of non-names. */
    private void loadCues() {
        for (String[] row : rows("triggers.tsv", 2)) {
            triggers.add(row[1], MeetingKind.valueOf(row[0]));
        }
        for (Cue cue : Cue.values()) {
            cues.add(new PhraseIndex<>());
            cuePhrases.put(cue, new ArrayList<>());
        }
        for (String[] row : rows("cues.tsv", 2)) {
            Cue cue = Cue.valueOf(row[0]);
            cues.get(cue.ordinal()).add(row[1], cue);
            cuePhrases.get(cue).add(row[1]);
        }
        cuePhrases.replaceAll((cue, phrases) -> List.copyOf(phrases));
        for (String[] row : rows("vocabulary.txt", 1)) {
            vocabulary.add(Tokenizer.key(row[0]));
            vocabularyPhrases.add(row[0], Boolean.TRUE);
        }
    }

    /**
     * The endings the stems of the pack may take: a name's (of a country, an office, a body) those
     * of nouns and adjectives, the meeting words' and cues' those of verbs too.
     */
    private void allowEndings(Endings ofNames, Endings ofWords) {
        for (PhraseIndex<?> index : indexes()) {
            index.endings(ofWords);
        }
        for (PhraseIndex<?> index : List.of(countries, titles, honorifics, organizations, titleCountries, groups)) {
            index.endings(ofNames);
        }
    }

    /** Every phrase index of the pack. */
    private List<PhraseIndex<?>> indexes() {
        List<PhraseIndex<?>> indexes = new ArrayList<>(List.of(countries, titles, honorifics, organizations, triggers,
                titleCountries, groups, vocabularyPhrases));
        indexes.addAll(cues);
        return indexes;
    }

    /** Well-known office holders by full name, and the surnames only one country's office holders have. */
    private void loadOfficials() {
        for (String[] row : rows("officials.tsv", 2)) {
            String key = nameKey(Tokenizer.tokens(row[1], 0, row[1].length()));
            CountryCode country = CountryCode.of(row[0]);
            officials.putIfAbsent(key, country);
            String surname = key.substring(key.lastIndexOf(' ') + 1);
            if (surname.length() >= MIN_SURNAME && Character.isLetter(surname.charAt(surname.length() - 1))) {
                // Several people of one surname in different countries make the surname say nothing.
                CountryCode before = officialSurnames.putIfAbsent(surname, country);
                if (before != null && !before.equals(country)) {
                    sharedSurnames.add(surname);
                }
            }
        }
    }

    /** Notes the first and last words of the listed names, and the answer for each of their countries. */
    private void noteOfficialNames() {
        for (Map.Entry<String, CountryCode> official : officials.entrySet()) {
            String key = official.getKey();
            int first = key.indexOf(' ');
            if (first >= 0) {
                officialFirstWords.add(key.substring(0, first));
                officialLastWords.add(key.substring(key.lastIndexOf(' ') + 1));
            }
            officialCountries.put(official.getValue(), Optional.of(official.getValue()));
        }
        for (CountryCode country : officialSurnames.values()) {
            officialCountries.put(country, Optional.of(country));
        }
    }

    /**
     * Whether the words [from, to), two or more, may be a listed name: joined, they open with a first word
     * of one and end with a last word. Words with a space in them are not told apart so, and may be.
     */
    private boolean mayBeOfficial(List<String> words, int from, int to) {
        String first = words.get(from);
        String last = words.get(to - 1);
        return first.indexOf(' ') >= 0 || last.indexOf(' ') >= 0
                || officialFirstWords.contains(first) && officialLastWords.contains(last);
    }

    /** A user's additions, which take precedence over the built-in entries. */
    private void loadExtension(LexiconExtension extension) {
        for (String title : extension.titles()) {
            titles.put(title, TitleRole.HEAD);
        }
        for (LexiconExtension.Organization org : extension.organizations()) {
            organizations.put(org.name(), new Organization(org.country()));
        }
        for (LexiconExtension.Trigger trigger : extension.triggers()) {
            triggers.put(trigger.phrase(), trigger.kind());
        }
        for (LexiconExtension.Official official : extension.officials()) {
            // A user's list is about their own sources: it overrides the built-in one.
            officials.put(nameKey(Tokenizer.tokens(official.name(), 0, official.name().length())),
                    official.country());
        }
        for (LexiconExtension.Place place : extension.places()) {
            countries.put(place.name(), new CountryEntry(place.country(), CountryForm.CITY));
        }
    }

    /**
     * The office that starts at a token, past the modifiers before its head ("foreign minister", "Deputy
     * Prime Minister"): a match from the token to the head's end, or null when no head follows.
     */
    PhraseIndex.Match<TitleRole> officeAt(List<Token> tokens, int start) {
        PhraseIndex.Match<TitleRole> match = start < tokens.size() ? titles.longest(tokens, start) : null;
        while (match != null && match.value() == TitleRole.MODIFIER && match.end() < tokens.size()) {
            match = titles.longest(tokens, match.end());
        }
        if (match == null || match.value() != TitleRole.HEAD) {
            return null;
        }
        // A head with no modifier before it is already the match asked for: no second record of it.
        return match.start() == start ? match : new PhraseIndex.Match<>(start, match.end(), TitleRole.HEAD);
    }

    /**
     * Where the title words from a token end, read one title word at a time ("Foreign" "Minister"), at
     * most {@code most} of them; {@code at} itself when no title word stands there.
     */
    int officeWordsEnd(List<Token> tokens, int at, int most) {
        int end = at;
        PhraseIndex.Match<TitleRole> word;
        for (int words = 0; words < most && end < tokens.size() && (word = titles.longest(tokens, end)) != null; words++) {
            end = word.end();
        }
        return end;
    }

    /**
     * The country's name or people's adjective that ends right before a token and starts at most {@code reach}
     * tokens before it, the longest ("North Korean", not the "Korean" inside it); null when none does.
     */
    PhraseIndex.Match<CountryEntry> countryEndingAt(List<Token> tokens, int at, int reach) {
        for (int k = Math.max(0, at - reach); k < at; k++) {
            PhraseIndex.Match<CountryEntry> country = countries.longest(tokens, k);
            if (country != null && country.end() == at) {
                return country;
            }
        }
        return null;
    }

    /**
     * Returns where the longest phrase of a cue that starts at a token ends.
     *
     * @param cue the cue
     * @param tokens the tokens
     * @param start where the phrase must start
     * @return the index after the phrase, or -1 when no phrase of the cue starts there
     */
    int cueEnd(Cue cue, List<Token> tokens, int start) {
        return cues.get(cue.ordinal()).longestEnd(tokens, start);
    }

    /**
     * Returns the phrases of a cue as the pack writes them, in the order of its file: for a stage that
     * compares words as written, case and all, or reads them in a string rather than on tokens.
     *
     * @param cue the cue
     * @return its phrases, none when the pack gives the cue none
     */
    List<String> cuePhrases(Cue cue) {
        return cuePhrases.get(cue);
    }

    /** How many words the pack's words of leading ({@link Cue#LED_BY}) have at most: "under the leadership of". */
    static final int LED_BY_WORDS = 4;

    /**
     * The country named in brackets that open at a token, its article aside ("(Nigeria)", "(the United States of
     * America)"), when the closing bracket follows it at once; null otherwise.
     */
    PhraseIndex.Match<CountryEntry> countryInBrackets(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).isPunctuation('(')) {
            return null;
        }
        int first = isCue(Cue.ARTICLE, tokens, at + 1) ? at + 2 : at + 1;
        PhraseIndex.Match<CountryEntry> country = first < tokens.size() ? countries.longest(tokens, first) : null;
        return country != null && country.end() < tokens.size() && tokens.get(country.end()).isPunctuation(')') ? country : null;
    }

    /**
     * Whether a phrase of the cue ends right before a token, starting at most {@code reach} words before it:
     * "led by" before "Helen Ward", "delivered by" before the envoy.
     */
    boolean endsAt(Cue cue, List<Token> tokens, int at, int reach) {
        for (int k = Math.max(0, at - reach); k < at; k++) {
            if (cueEnd(cue, tokens, k) == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past the epithet of a state whose capitalised name follows it ("of the brotherly State of Kuwait",
     * "of the sisterly Lebanese Republic"), else {@code at}.
     *
     * @param tokens the tokens
     * @param at where the epithet would start
     * @param to where the phrase must end before
     * @return the index after the epithet, or {@code at}
     */
    int pastEpithet(List<Token> tokens, int at, int to) {
        int end = at < to ? cueEnd(Cue.COUNTRY_EPITHET, tokens, at) : -1;
        return end > 0 && end < to && tokens.get(end).isCapitalized() ? end : at;
    }

    /** Whether a phrase of the cue starts at a token. */
    boolean isCue(Cue cue, List<Token> tokens, int start) {
        return start >= 0 && start < tokens.size() && cueEnd(cue, tokens, start) > 0;
    }

    /**
     * Where the name of a place that a noun of the pack opens at {@code start} ends ("аэропорт
     * Гейдар Алиев"): past the noun and the capitalised words after it; -1 when no such noun is there.
     */
    int placeNameEnd(List<Token> tokens, int start) {
        int k = start >= 0 && start < tokens.size() ? cueEnd(Cue.PLACE_NAME_NOUN, tokens, start) : -1;
        if (k < 0) {
            return -1;
        }
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k;
    }

    /**
     * Returns whether a phrase of the cue starts at a token in {@code [from, to)}.
     *
     * @param cue the cue
     * @param tokens the tokens
     * @param from the first token a phrase may start at
     * @param to the token after the last one a phrase may start at
     * @return whether one starts there
     */
    boolean hasCueIn(Cue cue, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cueEnd(cue, tokens, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words in [from, to) go on past the last phrase of a cue that ends within them: the start of a
     * name after a headline's verb ("US, Ghana Hold Strategic Dialogue"); {@code from} when none does.
     */
    int pastLastCue(Cue cue, List<Token> tokens, int from, int to) {
        int past = from;
        for (int k = from; k < to; k++) {
            int end = cueEnd(cue, tokens, k);
            if (end > k && end <= to) {
                past = end;
            }
        }
        return past;
    }

    /** Whether a phrase of the cue occurs anywhere in the tokens. */
    boolean hasCue(Cue cue, List<Token> tokens) {
        return firstCue(cue, tokens) >= 0;
    }

    /** Where the first phrase of the cue in the tokens starts, or -1 when there is none. */
    int firstCue(Cue cue, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (cueEnd(cue, tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns whether a name is, as a whole, a country, capital or city of the lexicon.
     *
     * @param name a name as written, such as "Abu Dhabi" or "CAIRO"
     * @return whether the lexicon knows it as a place
     */
    boolean isPlace(String name) {
        return wholePlace(name).isPresent();
    }

    /**
     * Returns whether a name is, as a whole, an organisation or an agency of the lexicon ("UN", "МИД").
     *
     * @param name a name as written
     * @return whether the lexicon knows it as an organisation
     */
    boolean isOrganization(String name) {
        Object known = answered(bodies, name);
        return known != null ? (Boolean) known : answer(bodies, name, organizationWhole(name));
    }

    private boolean organizationWhole(String name) {
        List<Token> tokens = Tokenizer.tokens(name, 0, name.length());
        if (tokens.isEmpty()) {
            return false;
        }
        PhraseIndex.Match<Organization> match = organizations.longest(tokens, 0);
        // "МИД": an agency an office serves is a body too, though it names no country of its own
        return match != null && match.end() == tokens.size() || cueEnd(Cue.AGENCY_NOUN, tokens, 0) == tokens.size();
    }

    /** The entry of the countries file that a name is as a whole, if any. */
    @SuppressWarnings("unchecked")
    private Optional<CountryEntry> wholePlace(String name) {
        Object known = answered(places, name);
        return known != null ? (Optional<CountryEntry>) known : answer(places, name, placeWhole(name));
    }

    private Optional<CountryEntry> placeWhole(String name) {
        List<Token> tokens = Tokenizer.tokens(name, 0, name.length());
        PhraseIndex.Match<CountryEntry> match = tokens.isEmpty() ? null : countries.longest(tokens, 0);
        return match != null && match.end() == tokens.size() ? Optional.of(match.value()) : Optional.empty();
    }

    /**
     * Returns the country a well-known office holder serves, by the words of the name: the whole
     * name, or the longest run of two or more of its words at its start or its end that is
     * listed ("Sheikh Mohammed bin Zayed" is Mohammed bin Zayed).
     *
     * @param words the name's words in lookup form
     * @return the country, or empty when nobody of that name is listed
     */
    Optional<CountryCode> countryOfOfficial(List<String> words) {
        for (int length = words.size(); length >= 2; length--) {
            CountryCode atStart = mayBeOfficial(words, 0, length)
                    ? officials.get(String.join(" ", words.subList(0, length))) : null;
            if (atStart != null) {
                return officialCountries.get(atStart);
            }
            int from = words.size() - length;
            CountryCode atEnd = mayBeOfficial(words, from, words.size())
                    ? officials.get(String.join(" ", words.subList(from, words.size()))) : null;
            if (atEnd != null) {
                return officialCountries.get(atEnd);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the country of a titled person named by surname alone ("President Obama"), when
     * every listed office holder of that surname serves the same country.
     *
     * @param surname the surname in lookup form
     * @return the country, or empty when nobody or people of several countries have the surname
     */
    Optional<CountryCode> countryOfOfficialSurname(String surname) {
        CountryCode country = sharedSurnames.contains(surname) ? null : officialSurnames.get(surname);
        return country == null ? Optional.empty() : officialCountries.get(country);
    }

    /**
     * Tells whether these words are, whole, the name of a listed office holder.
     *
     * @param words the name's words in lookup form
     * @return whether the officials list has the name
     */
    boolean isOfficial(List<String> words) {
        return (words.size() < 2 || mayBeOfficial(words, 0, words.size())) && officials.containsKey(String.join(" ", words));
    }

    /** Surnames shorter than this ("Li", "Kim", "Lee") are too common to tell a country. */
    private static final int MIN_SURNAME = 5;

    private static String nameKey(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.isWord() || token.isNumber()) {
                words.add(token.key());
            }
        }
        return String.join(" ", words);
    }

    /**
     * Returns the country a name stands for as a whole, as a country's name or its people's
     * adjective: "Japan", "Kazakh", "United States"; not a city.
     *
     * @param name a name as written
     * @return the country, or empty when the name is no country's
     */
    Optional<CountryCode> countryNamed(String name) {
        return wholePlace(name).filter(entry -> !entry.form().isTown())
                .map(CountryEntry::code);
    }

    /**
     * Returns the country a sentence names last before a word, towns aside: the country "this country" or
     * "the country's" stands for ("During a visit to Norway he met the country's Prime Minister …").
     *
     * @param tokens the sentence's tokens
     * @param at the word
     * @return the country, or empty when none is named before it
     */
    Optional<CountryCode> countryNamedBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0; k--) {
            PhraseIndex.Match<CountryEntry> place = countries.longest(tokens, k);
            if (place != null && place.end() <= at && place.value().form() != CountryForm.CITY) {
                return Optional.of(place.value().code());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the country whose officials alone hold a title: "Deputy Secretary of State" ends with
     * a phrase of {@code title-countries.tsv}; "Deputy Assistant Secretary of State for South and Central
     * Asian Affairs" has one that ends with the lower-case word opening a portfolio ("… of State for").
     *
     * @param title a title as written
     * @return the country, or empty when the title is not one country's
     */
    @SuppressWarnings("unchecked")
    Optional<CountryCode> countryOfTitle(String title) {
        Object known = answered(titlesOfOneCountry, title);
        return known != null ? (Optional<CountryCode>) known : answer(titlesOfOneCountry, title, titleCountry(title));
    }

    private Optional<CountryCode> titleCountry(String title) {
        List<Token> tokens = Tokenizer.tokens(title, 0, title.length());
        for (int k = 0; k < tokens.size(); k++) {
            PhraseIndex.Match<Optional<CountryCode>> match = titleCountries.longest(tokens, k);
            boolean portfolio = match != null && match.end() < tokens.size() && tokens.get(match.end() - 1).isLowerCase();
            if (match != null && (match.end() == tokens.size() || portfolio)) {
                return match.value();
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the country whose officials alone hold a title that opens with a phrase of {@code
     * title-countries.tsv}, as the titles of a language that puts the office first do ("Аким
     * Кызылординской области"); in English "Secretary of State for Foreign Affairs" is no American's.
     *
     * @param title a title as written
     * @return the country, or empty when the title does not open with one country's office
     */
    @SuppressWarnings("unchecked")
    Optional<CountryCode> countryOfTitleOpening(String title) {
        Object known = answered(titleOpenings, title);
        if (known != null) {
            return (Optional<CountryCode>) known;
        }
        List<Token> tokens = Tokenizer.tokens(title, 0, title.length());
        PhraseIndex.Match<Optional<CountryCode>> match = tokens.isEmpty() ? null : titleCountries.longest(tokens, 0);
        return answer(titleOpenings, title, match == null ? Optional.empty() : match.value());
    }

    /** A name and what a look-up that reads a name whole answered for it. */
    private record Answer(String name, Object value) {}

    /** The longest name whose answer is kept: longer ones are rare and would hold memory. */
    private static final int LONGEST_ANSWERED = 80;

    /**
     * The answers of the look-ups that read a name whole, one per slot of the name's hash: a release asks
     * them of the same dateline places, bodies and titles many times over, and releases of the same few,
     * each of which was tokenized anew for every ask. The lexicons do not change once loaded, so an answer
     * holds; a name whose slot holds another replaces it, a race at worst replaces a slot with an equal
     * answer, and a record's final fields make a slot safe to read from any thread.
     */
    private final Answer[] places = new Answer[1 << 9];
    private final Answer[] bodies = new Answer[1 << 9];
    private final Answer[] titlesOfOneCountry = new Answer[1 << 9];
    private final Answer[] titleOpenings = new Answer[1 << 9];

    /** What a look-up answered for the name, or null when no slot keeps it. */
    private static Object answered(Answer[] answers, String name) {
        Answer known = answers[slot(answers, name)];
        return known != null && known.name().equals(name) ? known.value() : null;
    }

    /** Keeps a look-up's answer for the name, and returns it. */
    private static <T> T answer(Answer[] answers, String name, T value) {
        if (name.length() <= LONGEST_ANSWERED) {
            answers[slot(answers, name)] = new Answer(name, value);
        }
        return value;
    }

    private static int slot(Answer[] answers, String name) {
        int hash = name.hashCode();
        return (hash ^ (hash >>> 9)) & (answers.length - 1);
    }

    /**
     * Returns a country's capital as the lexicon names it.
     *
     * @param country the country
     * @return the capital, or empty when the lexicon lists none
     */
    Optional<String> capitalOf(CountryCode country) {
        return Optional.ofNullable(capitals.get(country));
    }

    /**
     * Reads a data file of the pack: one entry a line, fields separated by tabs, {@code #}
     * comments. A pack other than the first built-in one may leave a file out; a pack of a language
     * without cases has no {@code declension.tsv}.
     */
    private List<String[]> rows(String file, int fields) {
        return rows(language, file, fields);
    }

    /**
     * Reads the phrases of every built-in pack's file of roles ({@code ROLE<TAB>phrase}), by role, each
     * role's phrases in the order of the packs and then of the file's lines: the words of a stage that
     * reads every release alike, whatever its language, such as page chrome or a clause's openers.
     *
     * @param file the file of each pack, such as {@code "chrome.tsv"}
     * @param roles the roles the file may give
     * @return the phrases of each role, a role that no pack gives with none
     * @throws IllegalStateException naming the pack and file, for a role that is not one of {@code roles}
     */
    static <R extends Enum<R>> Map<R, List<String>> builtInRoles(String file, Class<R> roles) {
        Map<R, List<String>> phrases = new java.util.EnumMap<>(roles);
        for (R role : roles.getEnumConstants()) {
            phrases.put(role, new ArrayList<>());
        }
        LexiconImage.In image = LexiconBundle.roles(file);
        if (image == null) {
            for (String language : Scripts.BUILT_IN) {
                for (String[] row : rows(language, file, 2)) {
                    phrases.get(role(roles, row[0], language, file)).add(row[1]);
                }
            }
        } else {
            for (int groups = image.number(); groups > 0; groups--) {
                String language = image.string();
                List<String> ofRole = phrases.get(role(roles, image.string(), language, file));
                for (int n = image.number(); n > 0; n--) {
                    ofRole.add(image.string());
                }
            }
        }
        for (Map.Entry<R, List<String>> ofRole : phrases.entrySet()) { // no lambda while a parser is created
            ofRole.setValue(List.copyOf(ofRole.getValue()));
        }
        return phrases;
    }

    private static <R extends Enum<R>> R role(Class<R> roles, String name, String language, String file) {
        try {
            return Enum.valueOf(roles, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(language + "/" + file + ": unknown role " + name, e);
        }
    }

    /**
     * The files of roles that stages read across every built-in pack with {@link #builtInRoles}: the
     * build writes each one's roles into the first pack's bundle, so that a parser reads no other
     * pack's bundle for them (nor the first pack's file again).
     */
    static final List<String> ROLE_FILES = List.of("cues.tsv", "chrome.tsv", "abbreviations.tsv");

    /**
     * Writes the phrases of each role of a file across every built-in pack, as {@link #builtInRoles}
     * reads them: for each pack in turn, each role's phrases in the order of the file, the roles in
     * the order they first come.
     *
     * @param file the file of each pack, such as {@code "cues.tsv"}
     * @param out the image
     */
    static void writeBuiltInRoles(String file, LexiconImage.Out out) {
        List<String[]> groups = new ArrayList<>(); // language, role
        List<List<String>> phrases = new ArrayList<>();
        for (String language : Scripts.BUILT_IN) {
            Map<String, List<String>> byRole = new java.util.LinkedHashMap<>();
            for (String[] row : rows(language, file, 2)) {
                byRole.computeIfAbsent(row[0], role -> new ArrayList<>()).add(row[1]);
            }
            byRole.forEach((role, ofRole) -> {
                groups.add(new String[] {language, role});
                phrases.add(ofRole);
            });
        }
        out.number(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            out.string(groups.get(g)[0]);
            out.string(groups.get(g)[1]);
            out.number(phrases.get(g).size());
            phrases.get(g).forEach(out::string);
        }
    }

    /** The cues of every built-in pack, read once, for the stages that have no pack of their own. */
    private static final class BuiltInCues {
        static final Map<Cue, List<String>> CUES = builtInRoles("cues.tsv", Cue.class);
    }

    /**
     * Returns the phrases of a cue in every built-in pack, as written, in the order the packs and
     * their files give them: for a stage that matches them in the text as it is rather than on
     * tokens, or that is shared by the releases of every language.
     *
     * @param cue the cue
     * @return its phrases
     */
    static List<String> builtInCue(Cue cue) {
        return BuiltInCues.CUES.get(cue);
    }

    /** The files only a pack of a language that declines its words has. */
    private static final Set<String> DECLENSION_FILES = Set.of("declension.tsv", "given-names.txt", "endings.txt",
            "verb-endings.txt");

    /** Reads a data file of a language pack. */
    static List<String[]> rows(String language, String file, int fields) {
        List<String[]> rows = new ArrayList<>();
        // Joined without "+": javac makes "+" an invokedynamic whose first use spins method handles, and a
        // parser's creation, which joins no other string that way, paid for that here.
        String resource = String.join("/", "lexicon", language, file);
        LexiconBundle.Lines lines = lines(language, file, resource);
        if (lines == null && (!language.equals(Scripts.BUILT_IN.get(0)) || DECLENSION_FILES.contains(file))) {
            return rows;
        }
        if (lines == null) {
            throw new IllegalStateException("lexicon file missing from the parser jar: " + resource);
        }
        for (int i = 0; i < lines.texts().length; i++) {
            String line = lines.texts()[i];
            String[] row = fields == 1 ? new String[] {line.strip()} : tabSeparated(line);
            if (row.length != fields) {
                throw new IllegalStateException(resource + ":" + lines.numbers()[i] + ": expected " + fields
                        + " tab-separated fields, got " + row.length);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The fields of a line between its tabs, as {@code line.split("\t")} gives them (no empty fields at
     * the end), cut at each tab rather than through {@link String#split}'s list, sublist and copy:
     * a cold parser splits thousands of lines while it still interprets that.
     */
    private static String[] tabSeparated(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return new String[] {line};
        }
        int count = 1;
        for (int at = tab; at >= 0; at = line.indexOf('\t', at + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int start = 0;
        for (int f = 0; f < count - 1; f++) {
            int end = line.indexOf('\t', start);
            fields[f] = line.substring(start, end);
            start = end + 1;
        }
        fields[count - 1] = line.substring(start);
        int kept = count;
        while (kept > 0 && fields[kept - 1].isEmpty()) {
            kept--;
        }
        return kept == count ? fields : java.util.Arrays.copyOf(fields, kept);
    }

    /**
     * The lines of a data file of a pack that are read, from the pack's bundle when the build wrote
     * one, else from the file itself; null when the pack has no such file.
     */
    private static LexiconBundle.Lines lines(String language, String file, String resource) {
        LexiconBundle.Lines copied = LexiconBundle.copied(language, file);
        if (copied != null) {
            return copied;
        }
        LexiconBundle bundle = LexiconBundle.of(language);
        if (bundle != null) {
            return bundle.lines(file);
        }
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            return in == null ? null
                    : LexiconBundle.lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
