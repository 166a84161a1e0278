package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Place;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The place stage: finds the places a sentence puts something in: a city, capital or country
 * of the lexicon after "in", "at", "to" or "visiting" ("in Washington, D.C.", "in The Hague").
 */
final class PlaceFinder {

    /** What the word before a place makes of it. */
    enum Role {
        /** Where something is or happens: "in London", "в Лондоне". */
        IN,
        /** Where something happens, at a venue or in a city: "at Geneva", "на Бали". */
        AT,
        /** Where someone goes: "to London". */
        TO,
        /** Where someone comes from: "from London", "из Лондона". */
        FROM,
        /** Where someone goes on a visit: "visiting London". */
        VISITED
    }

    /** The cue of each role, in the order they are tried. */
    private static final Lexicons.Cue[] ROLE_CUES = {Lexicons.Cue.PLACE_IN, Lexicons.Cue.PLACE_AT, Lexicons.Cue.PLACE_TO,
        Lexicons.Cue.PLACE_FROM, Lexicons.Cue.PLACE_VISITED};

    /** The role of each cue of {@link #ROLE_CUES}, in the same order. */
    private static final Role[] ROLES = {Role.IN, Role.AT, Role.TO, Role.FROM, Role.VISITED};

    /** {@link #ROLES} as the answers of {@link #roleOf}, made once rather than for every word that has one. */
    private static final List<Optional<Role>> ROLE_ANSWERS = List.of(Optional.of(Role.IN), Optional.of(Role.AT),
            Optional.of(Role.TO), Optional.of(Role.FROM), Optional.of(Role.VISITED));

    /**
     * The articles a place's name may have before it ("in the capital", "in The Hague"), by lookup form: every
     * built-in pack's, as a release of any language may write them.
     */
    private static final java.util.Set<String> ARTICLES = keys(Lexicons.builtInCue(Lexicons.Cue.ARTICLE));

    /** The endings of a possessive, which make a place before them an attribute ("Kazakhstan's"): every built-in pack's. */
    private static final List<String> POSSESSIVES = Lexicons.builtInCue(Lexicons.Cue.POSSESSIVE);

    private static java.util.Set<String> keys(List<String> words) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String word : words) {
            keys.add(Tokenizer.key(word));
        }
        return java.util.Set.copyOf(keys);
    }

    /** A place of a sentence: its tokens [first, end), what the word before it makes of it, and the place. */
    record Found(int first, int end, Role preposition, Place place, boolean city) {}

    /** The role the word at a token gives a place after it, if it is a place's preposition. */
    private Optional<Role> roleOf(List<Token> tokens, int at) {
        // Arrays, not a map: asked for every word of every sentence, a lookup allocates nothing.
        for (int r = 0; r < ROLE_CUES.length; r++) {
            if (lexicons.cueEnd(ROLE_CUES[r], tokens, at) == at + 1) {
                return ROLE_ANSWERS.get(r);
            }
        }
        return Optional.empty();
    }

    private final Lexicons lexicons;

    PlaceFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Found> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        for (int i = afterOpeningHost(text, tokens, found); i < tokens.size(); i++) {
            Found gathering = gatheringsTown(text, tokens, i);
            if (gathering != null) {
                found.add(gathering);
                i = gathering.end() - 1;
                continue;
            }
            String before = tokens.get(i - 1).key();
            boolean article = ARTICLES.contains(before) && i >= 2;
            int prepositionAt = article ? i - 2 : i - 1;
            int cityNoun = cityNounBefore(tokens, i);
            if (cityNoun >= 0 || before.equals(",")) {
                // "in the capital Ankara", "в г. Самарканд", "at State House, Nairobi": a city named after what is in it
                prepositionAt = framingPreposition(tokens, cityNoun >= 0 ? cityNoun : i - 1, cityNoun >= 0);
                article = false;
            } else if (!article && isCity(tokens, i)) {
                int venue = venuesPreposition(tokens, i);
                prepositionAt = venue >= 0 ? venue : prepositionAt;
            }
            Optional<Role> role = prepositionAt < 0 ? Optional.empty() : placingRole(tokens, prepositionAt, cityNoun);
            if (role.isEmpty()) {
                Found host = townThatHosts(text, tokens, i);
                if (host != null) {
                    found.add(host);
                    i = host.end() - 1;
                }
                continue;
            }
            Role preposition = role.get();
            if (before.equals(",") && !isCity(tokens, i)) {
                continue;
            }
            PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, i);
            Found capital = placeOfOtherWords(text, tokens, i, match, preposition);
            if (capital != null) {
                found.add(capital);
                i = capital.end() - 1;
                continue;
            }
            // "in the city of Langfang near Beijing": after a noun for a city, whatever follows the town
            // "in Toorak, Suva": a part of the known city the comma brings in, which is named instead
            if (match == null && preposition == Role.IN && !article && isUnknownTown(tokens, i, cityNoun >= 0)
                    && !(i + 2 < tokens.size() && tokens.get(i + 1).isPunctuation(',') && isCity(tokens, i + 2))) {
                found.add(unknownTown(text, tokens, i, cityNoun, preposition));
                continue;
            }
            Found listed = listedPlace(text, tokens, i, match, preposition, article);
            if (listed != null) {
                found.add(listed);
                i = listed.end() - 1;
            }
        }
        return found;
    }

    /**
     * A place named by words that are not its own name: the capital of a demonym or of a country after it,
     * or the country told before; null when the words at i are none of these.
     */
    private Found placeOfOtherWords(String text, List<Token> tokens, int i, PhraseIndex.Match<Lexicons.CountryEntry> match,
            Role preposition) {
        Found capital = capitalOfDemonym(tokens, i, match, preposition);
        if (capital == null && match == null) {
            capital = countryToldBefore(text, tokens, i, preposition);
        }
        return capital == null && match == null ? capitalOfCountryAfter(text, tokens, i, preposition) : capital;
    }

    /**
     * "беседа с главой МИД Кении в ходе поездки в эту страну": words for "this country" after a place's
     * preposition stand for the country the sentence names last before them; null when there are none.
     */
    private Found countryToldBefore(String text, List<Token> tokens, int i, Role preposition) {
        int end = lexicons.cueEnd(Lexicons.Cue.PLACE_ANAPHOR, tokens, i);
        if (end <= i || guestToldBefore(tokens, i)) {
            return null;
        }
        for (int k = i - 2; k >= 0; k--) {
            PhraseIndex.Match<Lexicons.CountryEntry> named = lexicons.countries.longest(tokens, k);
            if (named != null && named.end() < i && named.value().form() == Lexicons.CountryForm.NAME) {
                return new Found(i, end, preposition, place(text, tokens, k, named), false);
            }
        }
        return null;
    }

    /**
     * "greeted the Ambassador of Peru, who arrives in the country this week", "thanked the visiting mayors from
     * Norway for their time in the country": after a guest a sentence tells of, "the country" is the host's, and
     * the state named before it the guest's own.
     */
    private boolean guestToldBefore(List<Token> tokens, int anaphor) {
        for (int k = 0; k < anaphor; k++) {
            if (lexicons.isCue(Lexicons.Cue.RELATIVE_PRONOUN, tokens, k) || lexicons.isCue(Lexicons.Cue.GUEST_ADJECTIVE, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "at the Davos World Economic Forum", "at the 60th Munich Security Conference":
     * a town that opens the name of a gathering a frame brings in is where the gathering was.
     */
    private Found gatheringsTown(String text, List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalized()) {
            return null;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, i);
        if (match == null || !isCity(match) || match.end() >= tokens.size() || !tokens.get(match.end()).isCapitalized()
                || lexicons.organizations.longestEnd(tokens, i) > match.end() || startsLongerName(tokens, match.end())) {
            // a town alone is found after its preposition; "the Shanghai Cooperation Organisation" is a body's,
            // "the Hyderabad House" a building elsewhere
            return null;
        }
        int k = i;
        if (k > 0 && startsWithDigit(tokens.get(k - 1))) {
            k--; // "the 60th Munich …"
        } else if (k > 1 && startsWithDigit(tokens.get(k - 2)) && lexicons.isCue(Lexicons.Cue.ORDINAL_SUFFIX, tokens, k - 1)) {
            k -= 2; // "the 60 th Munich …"
        }
        int named = k; // "at the" ends with its article, "sidelines of" before it
        if (k > 0 && ARTICLES.contains(tokens.get(k - 1).key())) {
            k--;
        }
        for (int start = Math.max(0, k - GATHERING_FRAME_WORDS); start < named; start++) {
            int frameEnd = lexicons.cueEnd(Lexicons.Cue.GATHERING_FRAME, tokens, start);
            if (frameEnd == k || frameEnd == named) {
                return new Found(i, match.end(), Role.AT, place(text, tokens, i, match), true);
            }
        }
        return null;
    }

    private static boolean startsWithDigit(Token token) {
        return Character.isDigit(token.text().charAt(0));
    }

    /** The most words a gathering's frame has: "within the framework of". */
    private static final int GATHERING_FRAME_WORDS = 5;

    /**
     * "Ashgabat hosted political consultations …": a hosting town may open the sentence, with no preposition
     * before it; adds it to the places found and returns where the search for the others starts.
     */
    private int afterOpeningHost(String text, List<Token> tokens, List<Found> found) {
        Found opening = tokens.isEmpty() ? null : townThatHosts(text, tokens, 0);
        if (opening == null) {
            return 1;
        }
        found.add(opening);
        return opening.end();
    }

    /** "Astana hosted the consultations": a city before a verb of hosting is where something was held. */
    private Found townThatHosts(String text, List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalized()) {
            return null;
        }
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, i);
        if (match == null || !match.value().form().isTown() || !lexicons.isCue(Lexicons.Cue.HOSTING_VERB, tokens, match.end())) {
            return null;
        }
        Found listed = listedPlace(text, tokens, i, match, Role.AT, false);
        return listed == null ? null : new Found(listed.first(), listed.end(), Role.AT, listed.place(), true);
    }

    /**
     * "в столице России", "in the capital of Peru": the capital of the country named after the noun
     * for a capital, or the city named right after the country ("в столице Эфиопии Аддис-Абебе").
     */
    private Found capitalOfCountryAfter(String text, List<Token> tokens, int i, Role preposition) {
        int end = lexicons.cueEnd(Lexicons.Cue.CAPITAL_NOUN, tokens, i);
        if (end > i && end + 1 < tokens.size() && lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, end)) {
            end++; // "in the capital of Peru"
        }
        PhraseIndex.Match<Lexicons.CountryEntry> country = end > i && end < tokens.size() ? lexicons.countries.longest(tokens, end) : null;
        if (country == null || country.value().form() != Lexicons.CountryForm.NAME) {
            return null;
        }
        if (country.end() < tokens.size() && tokens.get(country.end()).isCapitalized()) {
            PhraseIndex.Match<Lexicons.CountryEntry> city = lexicons.countries.longest(tokens, country.end());
            boolean itsCity = city != null && city.value().form().isTown() && city.value().code().equals(country.value().code());
            Found named = itsCity ? listedPlace(text, tokens, country.end(), city, preposition, false) : null;
            return named == null ? null : new Found(i, named.end(), preposition, named.place(), true);
        }
        return capitalFound(country.value().code(), tokens, i, country.end(), preposition);
    }

    /** The capital of a country, as the lexicon names it, found in tokens [first, end); null when none is listed. */
    private Found capitalFound(CountryCode country, List<Token> tokens, int first, int end, Role preposition) {
        Optional<String> capital = lexicons.capitalOf(country);
        if (capital.isEmpty()) {
            return null;
        }
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        return new Found(first, end, preposition, Place.builder().name(capital.get()).country(country).span(span).build(), true);
    }

    /**
     * "in the Uzbek capital", "in the US capital": the capital of the country whose demonym or name
     * the lexicon matched at i, named as the lexicon names it; null when the words are not that or
     * the country has no capital listed.
     */
    private Found capitalOfDemonym(List<Token> tokens, int i, PhraseIndex.Match<Lexicons.CountryEntry> match,
            Role preposition) {
        if (match == null || match.value().form() != Lexicons.CountryForm.DEMONYM && match.value().form() != Lexicons.CountryForm.NAME
                || !lexicons.isCue(Lexicons.Cue.CAPITAL_NOUN, tokens, match.end())) {
            return null;
        }
        return capitalFound(match.value().code(), tokens, i - 1, match.end() + 1, preposition);
    }

    /**
     * A city, capital or country the lexicon matched at i, written with a capital, with "The" when
     * its name has one; null when the match names no place here (a demonym, a longer name, a possessive).
     */
    private Found listedPlace(String text, List<Token> tokens, int i, PhraseIndex.Match<Lexicons.CountryEntry> match,
            Role preposition, boolean article) {
        if (match == null || !tokens.get(i).isCapitalized()
                || match.value().form() == Lexicons.CountryForm.DEMONYM) {
            return null;
        }
        int end = match.end();
        if (startsLongerName(tokens, end)) {
            return null; // "at Hyderabad House", "the Istanbul Convention": the place names something else
        }
        if (preposition == Role.VISITED && lexicons.titles.longestEnd(tokens, end) > end) {
            return null; // "met with visiting United States Secretary of State …": the guest's country, no destination
        }
        // "Kazakhstan's", "the Philippines'": a possessive, or the apostrophe alone that closes a plural's, is an
        // attribute, not a place
        if (end < tokens.size() && (tokens.get(end).isAny(POSSESSIVES)
                || tokens.get(end).is("'") || tokens.get(end).is("’"))) {
            int possessive = lexicons.cueEnd(Lexicons.Cue.POSSESSIVE, tokens, end); // "'s" is two tokens
            int after = possessive > end ? possessive : end + 1;
            if (isCity(match) && namesAPartOfTheTown(tokens, after)) {
                return new Found(i, end, preposition, place(text, tokens, i, match), true); // "at Lima's Torre Tagle Palace"
            }
            return cityOfCountry(text, tokens, i, after, preposition); // "in Uzbekistan's Samarkand"
        }
        int first = article && tokens.get(i - 1).isCapitalized() ? i - 1 : i;
        return new Found(first, end, preposition, place(text, tokens, first, match), isCity(match));
    }

    /**
     * Whether the words after a town's possessive name a building or quarter of it ("in Nairobi's Gigiri district",
     * "at Lima's Torre Tagle Palace"): a capitalised word no lexicon knows as a place, a body or an office; a word
     * in lower case makes the town an attribute ("at Moscow's request").
     */
    private boolean namesAPartOfTheTown(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord() || !tokens.get(at).isCapitalized() || tokens.get(at).isAllCaps()) {
            return false;
        }
        return lexicons.countries.longest(tokens, at) == null && lexicons.organizations.longest(tokens, at) == null
                && !opensOffice(tokens, at); // "State" of "State House" only qualifies an office
    }

    /** The place of a lexicon match whose words start at {@code first}, named as the lexicon names it or as written. */
    private static Place place(String text, List<Token> tokens, int first, PhraseIndex.Match<Lexicons.CountryEntry> match) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(match.end() - 1).end());
        Optional<String> named = match.value().name();
        return Place.builder().name(named.isPresent() ? named.get() : span.cut(text))
                .country(match.value().code()).span(span).build();
    }

    private static boolean isCity(PhraseIndex.Match<Lexicons.CountryEntry> match) {
        return match.value().form().isTown();
    }

    /** The city of the lexicon at a token, after its country's possessive; null when none is there. */
    private Found cityOfCountry(String text, List<Token> tokens, int first, int at, Role preposition) {
        PhraseIndex.Match<Lexicons.CountryEntry> city = at < tokens.size() && tokens.get(at).isCapitalized()
                ? lexicons.countries.longest(tokens, at) : null;
        if (city == null || !isCity(city) || startsLongerName(tokens, city.end())) {
            return null;
        }
        return new Found(first, city.end(), preposition, place(text, tokens, at, city), true);
    }

    /** How many words a noun for a city may have: "the city of". */
    private static final int LONGEST_CITY_NOUN = 3;

    /** Where a noun for a city ends right before a token starts ("capital", "city of", "г."), or -1. */
    private int cityNounBefore(List<Token> tokens, int at) {
        if (lexicons.isCue(Lexicons.Cue.CAPITAL_NOUN, tokens, at - 1)) {
            return at - 1;
        }
        if (!tokens.get(at).isCapitalized()) {
            return -1; // a city is capitalised: no lookups for the other words of every sentence
        }
        if (demonymBefore(tokens, at).isPresent() && (isCity(tokens, at) || isUnknownTown(tokens, at, false))) {
            return at - 1; // "в турецкой Анталье", "в финском Рованиеми": the country's people's adjective
        }
        for (int k = Math.max(0, at - LONGEST_CITY_NOUN); k < at; k++) {
            if (lexicons.cueEnd(Lexicons.Cue.CITY_NOUN, tokens, k) == at
                    || lexicons.cueEnd(Lexicons.Cue.TOWN_SEAT, tokens, k) == at && isCity(tokens, at)) {
                return k; // "в администрации Калуги": a town's own seat stands in the town it is "of"
            }
        }
        return townNounInApposition(tokens, at) ? at - 1 : -1;
    }

    /**
     * "in Ghana's second city Kumasi", "in the coastal town Tarvik,": a noun for a town in lower case right
     * before the town's name, without "of", names it as "the city of" does; a word no lexicon lists must end
     * its phrase as a town's name does ("the city Council" names none).
     */
    private boolean townNounInApposition(List<Token> tokens, int at) {
        return at >= 1 && tokens.get(at - 1).isLowerCase() && lexicons.isCue(Lexicons.Cue.TOWN_NOUN, tokens, at - 1)
                && (isCity(tokens, at) || isUnknownTown(tokens, at, false));
    }

    /**
     * "in Lodz on 1-2 December", "in Cholpon-Ata,", "в финском Рованиеми", "in the Estonian city of
     * Tartu": a town the lexicons do not list, of the country named after it or by the adjective before
     * it or before the noun for a city that names it ({@code cityNoun}, -1 when none does).
     */
    private Found unknownTown(String text, List<Token> tokens, int at, int cityNoun, Role preposition) {
        Span span = Span.of(tokens.get(at).start(), tokens.get(at).end());
        int after = at + 1 < tokens.size() && tokens.get(at + 1).isLowerCase()
                && lexicons.isCue(Lexicons.Cue.TOWN_NOUN, tokens, at + 1) ? at + 2 : at + 1; // "Kumamoto city, Japan"
        Optional<CountryCode> country = countryAfter(tokens, after);
        if (country.isEmpty()) {
            country = demonymBefore(tokens, at);
        }
        if (country.isEmpty() && cityNoun > 0) {
            country = demonymBefore(tokens, cityNoun);
        }
        Place town = Place.builder().name(lexicons.declension.placeName(span.cut(text))).country(country).span(span).build();
        return new Found(at, at + 1, preposition, town, true);
    }

    /** The country of a people's adjective of one word right before a token: "финском" gives FI. */
    private Optional<CountryCode> demonymBefore(List<Token> tokens, int at) {
        if (at < 1 || !tokens.get(at - 1).isWord()) {
            return Optional.empty();
        }
        PhraseIndex.Match<Lexicons.CountryEntry> demonym = lexicons.countries.longest(tokens, at - 1);
        return demonym != null && demonym.end() == at && demonym.value().form() == Lexicons.CountryForm.DEMONYM
                ? Optional.of(demonym.value().code()) : Optional.empty();
    }

    /** How far back the preposition of "at the Ministry of Foreign Affairs, Islamabad" may be. */
    private static final int FRAME_WORDS = 7;

    /**
     * The preposition that puts a later city in its frame: "in the capital Ankara" gives "in",
     * "at State House, Nairobi" gives "at", and before a noun for a city "on" too ("on the island of
     * Brijuni"); -1 when there is none near.
     */
    private int framingPreposition(List<Token> tokens, int at, boolean cityNoun) {
        for (int k = at - 1; k >= 0 && k >= at - FRAME_WORDS; k--) {
            Optional<Role> role = roleOf(tokens, k);
            if (role.isPresent() && (role.get() == Role.IN || role.get() == Role.AT)) {
                return k;
            }
            if (cityNoun && lexicons.isCue(Lexicons.Cue.PLACE_ON, tokens, k)) {
                return k;
            }
            if (tokens.get(k).isPunctuation('.') || tokens.get(k).isPunctuation(';')) {
                break;
            }
        }
        return -1;
    }

    /**
     * The role of the preposition at a token before a place: "on" counts as "in" only before a noun for
     * a city ("on the island of Brijuni"), as "talks on Cyprus" name a subject, not a place.
     */
    private Optional<Role> placingRole(List<Token> tokens, int at, int cityNoun) {
        Optional<Role> role = roleOf(tokens, at);
        if (role.isEmpty() && cityNoun > at && lexicons.isCue(Lexicons.Cue.PLACE_ON, tokens, at)) {
            return Optional.of(Role.IN);
        }
        return role;
    }

    /**
     * Where the "at" of a venue a town is named in stands, or -1: "at State House Nairobi", where the
     * town ends the venue's name, and "at her Washington office", the town of one's own venue.
     */
    private int venuesPreposition(List<Token> tokens, int town) {
        int venue = venueNameBefore(tokens, town);
        if (venue < 0 && town >= 2 && lexicons.isCue(Lexicons.Cue.POSSESSIVE_PRONOUN, tokens, town - 1)
                && roleOf(tokens, town - 2).filter(r -> r == Role.AT).isPresent()) {
            return town - 2;
        }
        return venue;
    }

    /** The most words a venue's name before its town has: "at the Presidential Palace Complex Nairobi". */
    private static final int VENUE_WORDS = 3;

    /**
     * Where the "at" of a venue whose name runs in capitals right up to a town stands ("at State House
     * Nairobi"), or -1: no word of the name may be an office or an honorific, so "at President Victoria …"
     * names no town.
     */
    private int venueNameBefore(List<Token> tokens, int town) {
        int k = town - 1;
        while (k >= 0 && town - k <= VENUE_WORDS && tokens.get(k).isWord() && tokens.get(k).isCapitalized()
                && !tokens.get(k).isAllCaps() && !opensOffice(tokens, k)
                && lexicons.honorifics.longest(tokens, k) == null && lexicons.countries.longest(tokens, k) == null) {
            k--;
        }
        if (k == town - 1 || k < 0) {
            return -1;
        }
        if (ARTICLES.contains(tokens.get(k).key()) && k > 0) {
            k--;
        }
        Optional<Role> role = roleOf(tokens, k);
        return role.isPresent() && role.get() == Role.AT ? k : -1;
    }

    /** Whether an office's head word opens at a token: "President"; "State" of "State House" only qualifies one. */
    private boolean opensOffice(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.TitleRole> title = lexicons.titles.longest(tokens, at);
        return title != null && title.value() == Lexicons.TitleRole.HEAD;
    }

    /** The shortest name of a town that is read without a lexicon entry. */
    private static final int SHORTEST_TOWN = 4;

    /**
     * One capitalised word after "in", followed by a comma, a stop, "on", another preposition or a noun for a town
     * ("in Kumamoto city") unless a noun for a city stands before it, that no lexicon knows as anything (not a
     * person's title, a body, a month, a word of the vocabulary): a town.
     */
    private boolean isUnknownTown(List<Token> tokens, int at, boolean namedACity) {
        Token token = tokens.get(at);
        if (!token.isWord() || !token.isCapitalized() || token.isAllCaps() || token.text().length() < SHORTEST_TOWN
                || lexicons.vocabularyPhrases.longest(tokens, at) != null || lexicons.titles.longest(tokens, at) != null
                || lexicons.organizations.longest(tokens, at) != null || Months.number(token.text()) > 0) {
            return false;
        }
        int wordBefore = at - 1;
        while (wordBefore >= 0 && !tokens.get(wordBefore).isWord()) {
            wordBefore--; // "в г. Лиде": the stop of an abbreviated noun for a town has no script
        }
        if (wordBefore >= 0 && Character.UnicodeScript.of(token.text().codePointAt(0))
                != Character.UnicodeScript.of(tokens.get(wordBefore).text().codePointAt(0))) {
            return false; // "в Facebook": a town is written in the script of the preposition before it
        }
        if (at + 1 >= tokens.size() || namedACity) {
            return true;
        }
        Token next = tokens.get(at + 1);
        // "met Friday in Arica to mark …", "in Arica for talks": a preposition in lower case goes on after a place too
        boolean preposition = next.isLowerCase() && lexicons.isCue(Lexicons.Cue.PREPOSITION, tokens, at + 1)
                && !lexicons.isCue(Lexicons.Cue.OF_WORD, tokens, at + 1); // "in Honor of …" names no town
        boolean townNoun = next.isLowerCase() && lexicons.isCue(Lexicons.Cue.TOWN_NOUN, tokens, at + 1);
        return next.isPunctuation(',') || next.isPunctuation('.') || next.isPunctuation('(')
                || DateWords.isDayPreposition(next.key()) || preposition || townNoun;
    }

    /** "Lodz, Poland", "Shusha (Azerbaijan)": the country named right after a place, if any. */
    private Optional<CountryCode> countryAfter(List<Token> tokens, int at) {
        if (at + 1 < tokens.size() && (tokens.get(at).isPunctuation(',') || tokens.get(at).isPunctuation('('))) {
            PhraseIndex.Match<Lexicons.CountryEntry> country = lexicons.countries.longest(tokens, at + 1);
            if (country != null && country.value().form() == Lexicons.CountryForm.NAME) {
                return Optional.of(country.value().code());
            }
        }
        return Optional.empty();
    }

    /** A word right after a place name that makes it part of a longer name: "Hyderabad House". */
    private boolean startsLongerName(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord() || !tokens.get(at).isCapitalized()) {
            return false;
        }
        return lexicons.isCue(Lexicons.Cue.NAMED_AFTER_PLACE, tokens, at);
    }

    private boolean isCity(List<Token> tokens, int at) {
        PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, at);
        return match != null && isCity(match);
    }
}
