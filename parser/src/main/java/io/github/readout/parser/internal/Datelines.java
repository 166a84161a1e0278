package io.github.readout.parser.internal;

import io.github.readout.core.Dateline;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the dateline that opens a lead paragraph: a place, optionally its country, a date and a
 * news agency, then a dash, a colon or the end of the line: "ASTANA –", "NUR-SULTAN. KAZINFORM -",
 * "WASHINGTON, May 31 –", "LONDON: …", "Tokyo, Oct. 28 (Jiji Press)--…", "KUALA LUMPUR (May 10): …",
 * "DUSHANBE, 21.06.2018. /NIAT «Khovar»/. …", "Baku, Azerbaijan, Jan. 16" on a line of its own.
 */
final class Datelines {

    private static final int MOST_TOKENS = 8;

    private Datelines() {}

    /** How far into a block a dateline may reach. */
    private static final int LONGEST_DATELINE = 160;

    /** The most words of a place name in a dateline: "PETROPAVLOVSK-KAMCHATSKY", "SHARM EL SHEIKH". */
    private static final int MOST_PLACE_WORDS = 4;

    /** The most parts after the place: country, date, agency, parentheses. */
    private static final int MOST_PARTS = 5;

    /**
     * Finds a dateline at the start of a block, where a name in capitals the lexicons know as a
     * body ("МИД: Лавров и Фидан обсудили …") opens none.
     *
     * @param text the body text
     * @param block the block
     * @param knownPlace whether a name is a place the lexicons know ("Cairo", "Abu Dhabi"); a
     *     place in capitals may be unknown when a date or an agency follows it
     * @param knownBody whether a name is an organisation the lexicons know
     * @return the dateline, or empty
     */
    static Optional<Dateline> find(String text, Span block, Predicate<String> knownPlace, Predicate<String> knownBody) {
        // In turn, not by Optional.or: its lambdas were made for every block read, whichever way found the dateline.
        // Most blocks open with a word of prose: neither a copy of it nor a list of words is made for them.
        Optional<Dateline> found = opensWithProse(text, block.start(), block.end()) ? Optional.empty()
                : capitalsThenDash(text, block);
        found = found.isPresent() ? found : placeThenParts(text, block, knownPlace, knownBody);
        return found.isPresent() ? found : capitalsGluedByHyphen(text, block, knownPlace);
    }

    /** Whether the word after the one that starts at {@code at} is capitalised: "Dutch Ambassador", not "Saudi talks". */
    private static boolean capitalizedWordAfter(String text, int at, int end) {
        int k = skipSpace(text, wordEnd(text, at, end), end);
        return k < end && Character.isUpperCase(text.charAt(k));
    }

    /**
     * "KARACHI-Dutch Ambassador to Pakistan …": a known place in capitals joined by a hyphen to the
     * sentence's first word, as some papers print their dateline.
     */
    private static Optional<Dateline> capitalsGluedByHyphen(String text, Span block, Predicate<String> knownPlace) {
        int end = Math.min(block.end(), block.start() + LONGEST_DATELINE);
        int k = block.start();
        while (k < end && (Character.isUpperCase(text.charAt(k)) || text.charAt(k) == ' ')) {
            k++;
        }
        boolean glued = k + 2 < end && text.charAt(k) == '-' && k > block.start() && text.charAt(k - 1) != ' '
                && Character.isUpperCase(text.charAt(k + 1)) && Character.isLowerCase(text.charAt(k + 2));
        if (!glued) {
            return Optional.empty(); // most blocks: no copy of their opening is cut
        }
        String place = text.substring(block.start(), k).strip();
        if (place.codePoints().filter(Character::isLetter).count() < 3 || !knownPlace.test(place)
                || !capitalizedWordAfter(text, k + 1, end)) {
            return Optional.empty(); // "UAE-Saudi talks", "MOSCOW-Beijing ties": two sides, not a dateline
        }
        return dateline(place, block.start(), k + 1);
    }

    private static Optional<Dateline> capitalsThenDash(String text, Span block) {
        int pos = block.start();
        int end = block.end();
        List<String> placeWords = new ArrayList<>();
        boolean inDate = false;
        boolean inBrackets = false;
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
            // "ABU DHABI, (NewsPoint / Gulf Point News / WAM - 03rd May, 2021)": within brackets a slash
            // or a dash separates the credit's parts and ends nothing
            inBrackets = inDate && (inBrackets || token.startsWith("(")) && token.indexOf(')') < 0;
            if (inBrackets) {
                continue;
            }
            if (isDash(token)) {
                return endingAtDash(text, block, pos, placeWords);
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
                if (count == 0 && token.endsWith(",") && isCapitalized(token) && startsDate(text, skipSpace(text, pos, end))
                        && !DateWords.isDateLineWeekday(text, tokenStart, pos - 1)) { // "Wed, 24 Jan 2024 -" is a date line
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

    /**
     * Whether a block's first word, read as {@link #capitalsThenDash} reads it, ends the search there: no dash,
     * no word in capitals, no word before a comma.
     */
    private static boolean opensWithProse(String text, int start, int end) {
        int first = skipSpace(text, start, end);
        int firstEnd = first;
        while (firstEnd < end && !isSpace(text.charAt(firstEnd))) {
            firstEnd++;
        }
        return firstEnd > first && text.charAt(firstEnd - 1) != ',' && !isDashChar(text.charAt(first))
                && !isCapitals(text, first, firstEnd);
    }

    /** A dash ends a dateline of words in capitals when a sentence follows it and the place has three letters. */
    private static Optional<Dateline> endingAtDash(String text, Span block, int dashEnd, List<String> placeWords) {
        int next = skipSpace(text, dashEnd, block.end());
        if (placeWords.isEmpty() || next >= block.end() || !startsSentence(text.charAt(next))) {
            return Optional.empty();
        }
        String place = place(placeWords);
        if (place.codePoints().filter(Character::isLetter).count() < 3 || isWebAddress(place)) {
            return Optional.empty();
        }
        return Optional.of(Dateline.builder().place(place).span(Span.of(block.start(), dashEnd)).build());
    }

    /**
     * A place (known, or in capitals), then optional parts (", Azerbaijan", ", Jan. 16", "(PTI)",
     * "/TASS/", ". KAZINFORM"), then a colon, a dash or the end of the line.
     */
    private static Optional<Dateline> placeThenParts(String text, Span block, Predicate<String> knownPlace,
            Predicate<String> knownBody) {
        int end = Math.min(block.end(), block.start() + LONGEST_DATELINE);
        int placeStart = pastCityNoun(text, pastLeadingDate(text, block.start(), end), end);
        LeadPlace lead = leadPlace(text, placeStart, end, false);
        if (lead == null) {
            return Optional.empty();
        }
        boolean known = knownPlace.test(lead.name());
        LeadPlace joined = known || !joinsAfter(text, lead.end(), end) ? lead : leadPlace(text, placeStart, end, true);
        if (joined.end() > lead.end() && knownPlace.test(joined.name())) {
            lead = joined; // "Rio de Janeiro, November 18": a known city with a word in lower case
            known = true;
        }
        if (!known && knownBody.test(lead.name())) {
            return Optional.empty();
        }
        if (!known && lead.capitals() && lead.name().codePoints().filter(Character::isLetter).count() >= 3) {
            return partsThenEnd(text, block, end, lead, false);
        }
        if (!known && !datedByAnAgency(text, lead, end, placeStart > block.start())) {
            return Optional.empty();
        }
        Optional<Dateline> bare = known && !lead.capitals() ? cityThenSentence(text, block, lead, knownPlace) : Optional.empty();
        return bare.isPresent() ? bare : partsThenEnd(text, block, end, lead, known);
    }

    /** The fewest chars of prose after a bare city's comma that make it a dateline, not a list of places. */
    private static final int SHORTEST_SENTENCE_AFTER = 60;

    /**
     * "Riyadh, Prince Khalid bin Salman … received here …", "New York, The Minister of Foreign
     * Affairs …": a known city in title case, a comma and a sentence about someone, as some press
     * agencies open a story; not a list of places ("Moscow, Beijing and Delhi …"), a date
     * ("Tokyo, Oct. 28") or an abbreviation ("Washington, DC").
     */
    private static Optional<Dateline> cityThenSentence(String text, Span block, LeadPlace lead, Predicate<String> knownPlace) {
        int comma = lead.end();
        if (comma >= block.end() || text.charAt(comma) != ',') {
            return Optional.empty();
        }
        int next = skipBlanks(text, comma + 1, block.end());
        int wordEnd = next;
        while (wordEnd < block.end() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd - next < 2 || !Character.isUpperCase(text.charAt(next)) || isCapitalsWordAt(text, next, block.end())
                || block.end() - next < SHORTEST_SENTENCE_AFTER) {
            return Optional.empty();
        }
        int partEnd = endOfPart(text, next, block.end());
        String word = text.substring(next, wordEnd);
        if (knownPlace.test(word) || isDatePart(text.substring(next, partEnd).strip()) || Months.isName(word)) {
            return Optional.empty();
        }
        return dateline(lead.name(), block.start(), comma + 1);
    }

    /**
     * Where a block's place starts after a date that opens it: "24 сентября, Минск /Корр. БЕЛТА/.",
     * "Thursday, June 11, Vilnius - …" (a weekday before the date).
     */
    private static int pastLeadingDate(String text, int start, int end) {
        int weekdayComma = indexOf(text, ',', start, Math.min(end, start + LONGEST_LEADING_DATE));
        if (weekdayComma > start && DateWords.weekday(keyOfPart(text, start, weekdayComma)) != null) {
            int date = skipBlanks(text, weekdayComma + 1, end);
            int past = pastDayAndMonth(text, date, end);
            return past > date ? past : start;
        }
        return pastDayAndMonth(text, start, end);
    }

    /**
     * The key of the chars [start, end) stripped: of one word, as a weekday is, the key of the words met
     * before, with no copy of the part or of its lower case.
     */
    private static String keyOfPart(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return Tokenizer.key(text.substring(start, end).strip());
            }
        }
        return Tokenizer.key(text, start, end);
    }

    /** Past a date and its comma that open a block ("24 сентября, ", "June 11, "); {@code start} if none. */
    private static int pastDayAndMonth(String text, int start, int end) {
        int comma = indexOf(text, ',', start, Math.min(end, start + LONGEST_LEADING_DATE));
        boolean opensWithDate = start < end && (Character.isDigit(text.charAt(start))
                || Months.number(text, start, wordEnd(text, start, end)) > 0); // read in place: asked of every block
        if (comma < 0 || !opensWithDate || !isDatePart(text.substring(start, comma).strip())) {
            return start;
        }
        int after = skipBlanks(text, comma + 1, end);
        int yearEnd = after;
        while (yearEnd < end && Character.isDigit(text.charAt(yearEnd))) {
            yearEnd++;
        }
        int dash = skipBlanks(text, yearEnd, end);
        if (isYear(text.substring(after, yearEnd)) && dash < end && isDashChar(text.charAt(dash))) {
            return skipBlanks(text, dash + 1, end); // "June 3, 2021 - Ottawa, Ontario - Global Affairs Canada"
        }
        return after;
    }

    /** The words of every built-in pack that name a city before its name: "г." of "г. Астана". */
    private static final List<String> CITY_NOUNS = Lexicons.builtInCue(Lexicons.Cue.CITY_NOUN);

    /**
     * Past a city's noun before a dateline's place ("г. Астана, 7 декабря 2026 г. –"), as official releases
     * write it, to the place; {@code at} when none opens the block there.
     */
    private static int pastCityNoun(String text, int at, int end) {
        for (int n = 0; n < CITY_NOUNS.size(); n++) { // by index: asked of every block, no iterator each time
            String noun = CITY_NOUNS.get(n);
            int after = at + noun.length();
            if (after + 1 < end && text.startsWith(noun, at) && text.charAt(after) == ' '
                    && Character.isUpperCase(text.charAt(after + 1))) {
                return after + 1;
            }
        }
        return at;
    }

    /** The most chars of a date before a dateline's place. */
    private static final int LONGEST_LEADING_DATE = 24;

    /**
     * "Кишинэу, 7 февраля /МОЛДПРЕС/.": a place the lexicons do not know, written as usual, opens a
     * dateline when a date and an agency's mark follow it, or an agency's mark after a date before
     * it; a weekday or a month does not ("Saturday, 25 July").
     */
    private static boolean datedByAnAgency(String text, LeadPlace lead, int end, boolean datedBefore) {
        // The key of the words met before: a place's name is most often one, and its key no copy
        String name = lead.name();
        if (DateWords.weekday(Tokenizer.key(name, 0, name.length())) != null || Months.number(name) > 0) {
            return false;
        }
        int at = skipBlanks(text, lead.end(), end);
        if (datedBefore) {
            return at < end && text.charAt(at) == '/'; // "24 сентября, Минск /Корр. БЕЛТА/."
        }
        if (at >= end || text.charAt(at) != ',') {
            return false;
        }
        int partStart = skipBlanks(text, at + 1, end);
        int partEnd = endOfPart(text, partStart, end);
        int mark = skipBlanks(text, partEnd, end);
        if (mark < end && text.charAt(mark) == '.') {
            mark = skipBlanks(text, mark + 1, end); // "01.09.25. /Кабар/."
        }
        return isDatePart(text.substring(partStart, partEnd).strip()) && mark < end && text.charAt(mark) == '/';
    }

    /** The place a block opens with: its name, where its words end, and whether they are all in capitals. */
    private record LeadPlace(String name, int end, boolean capitals) {}

    /**
     * The capitalised words a block opens with, up to {@link #MOST_PLACE_WORDS} ("ASTANA",
     * "Abu Dhabi", "ASTANA" of "ASTANA. KAZINFORM"), as a dateline's place; null when there is none.
     * With {@code joining}, a short word in lower case between two of them is read too ("Rio de Janeiro").
     */
    private static LeadPlace leadPlace(String text, int start, int end, boolean joining) {
        // The words are read in place: one space parts each from the next, so the name is the text they span.
        int pos = start;
        int words = 0;
        int placeEnd = pos;
        boolean capitals = true;
        while (words < MOST_PLACE_WORDS && pos < end
                && (Character.isUpperCase(text.charAt(pos)) || joining && words > 0 && joinsCapitalsAt(text, pos, end))) {
            int wordEnd = pos;
            while (wordEnd < end && isPlaceChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == pos) {
                break; // an upper-case symbol such as "Ⓐ" is no word
            }
            boolean stopGlued = text.charAt(wordEnd - 1) == '.' && wordEnd - pos > 3; // "ASTANA. KAZINFORM"
            boolean dashGlued = text.charAt(wordEnd - 1) == '-' && wordEnd - pos > 1; // "WINDHOEK- The …"
            if (stopGlued || dashGlued) {
                words++;
                capitals &= isCapitals(text, pos, wordEnd - 1);
                placeEnd = wordEnd - 1; // the period or the dash ends the place
                break;
            }
            if (words > 0 && startsDate(text, pos)) {
                break; // "Nairobi October 1/2020(KNA)": the month opens the date, not a word of the place
            }
            words++;
            capitals &= isCapitals(text, pos, wordEnd);
            placeEnd = wordEnd;
            if (wordEnd + 1 < end && text.charAt(wordEnd) == ' ' && (Character.isUpperCase(text.charAt(wordEnd + 1))
                    || joining && joinsCapitalsAt(text, wordEnd + 1, end))) {
                pos = wordEnd + 1;
            } else {
                break;
            }
        }
        if (words == 0) {
            return null;
        }
        int nameEnd = placeEnd;
        while (nameEnd > start && (text.charAt(nameEnd - 1) == '.' || text.charAt(nameEnd - 1) == '-')) {
            nameEnd--;
        }
        return new LeadPlace(text.substring(start, nameEnd), placeEnd, capitals);
    }

    /** The most letters of a word in lower case inside a place's name: "de" of "Rio de Janeiro", "es" of "Dar es Salaam". */
    private static final int LONGEST_JOINING_WORD = 3;

    /**
     * Whether a short word in lower case and a capitalised word go on after a place read without such words: where
     * none does, the place read with them is the same, and is not read again (a copy of its name for most blocks).
     */
    private static boolean joinsAfter(String text, int placeEnd, int end) {
        return placeEnd + 1 < end && text.charAt(placeEnd) == ' ' && joinsCapitalsAt(text, placeEnd + 1, end);
    }

    /** Whether a short word in lower case starts here and a capitalised word follows it after a space. */
    private static boolean joinsCapitalsAt(String text, int at, int end) {
        int wordEnd = wordEnd(text, at, end);
        return wordEnd > at && wordEnd - at <= LONGEST_JOINING_WORD && Character.isLowerCase(text.charAt(at))
                && wordEnd + 1 < end && text.charAt(wordEnd) == ' ' && Character.isUpperCase(text.charAt(wordEnd + 1));
    }

    /** Whether a sentence, not a word in capitals, starts after the blanks at a position. */
    private static boolean sentenceFollows(String text, int from, int end) {
        int next = skipBlanks(text, from, end);
        return next < end && startsSentence(text.charAt(next)) && !isCapitalsWordAt(text, next, end);
    }

    /**
     * The parts after a dateline's place, up to {@link #MOST_PARTS}, and what ends the dateline: a
     * colon or a dash, the end of the line, or a sentence after a part. A place in capitals that
     * the lexicons do not know makes a line of its own a dateline only with a part after it.
     */
    private static Optional<Dateline> partsThenEnd(String text, Span block, int end, LeadPlace lead, boolean known) {
        String place = lead.name();
        PartsRead read = new PartsRead(lead.end());
        for (int part = 0; part <= MOST_PARTS; part++) {
            int at = skipBlanks(text, read.pos, end);
            if (at >= block.end() || at >= end && at == block.end() || text.charAt(at) == '\n') {
                // a line of its own: "ANKARA", "Baku, Azerbaijan, Jan. 16"
                return known || read.qualified ? dateline(place, block.start(), at) : Optional.empty();
            }
            if (at >= end) {
                return Optional.empty();
            }
            char c = text.charAt(at);
            int close = closingMark(text, at, end);
            if (c == ':' || isDashChar(c) || c == '/' && read.qualified && close < 0) {
                return endingAtColonOrDash(text, block, end, at, place, known || read.qualified || lead.capitals());
            }
            int dateEnd = part == 0 && known ? dateWithoutCommaEnd(text, at, end) : -1;
            if (close > at && close < end || dateEnd > at) {
                // "(PTI)", "(May 10)", "/TASS/", "[Uzbekistan]"; "Nairobi October 1/2020(KNA)", a date with no comma
                read.pos = dateEnd > at ? dateEnd : close + 1;
                read.qualified = true;
                read.dated |= dateEnd > at;
                continue;
            }
            boolean stopEnds = read.qualified || part == 0 && known && lead.capitals() && at + 1 < end && text.charAt(at + 1) == ' ';
            if (c == '.' && stopEnds && sentenceFollows(text, at + 1, end)) {
                return dateline(place, block.start(), at + 1); // "BAKU, June 6. The …", "ДУШАНБЕ. Премьер-министр …"
            }
            if (c == '.' || c == ',') {
                int next = markedPart(text, end, at, c, read);
                if (next == PART_READ) {
                    continue;
                }
                return next == SENTENCE_AFTER ? dateline(place, block.start(), at + 1) : Optional.empty();
            }
            if (read.qualified && Character.isUpperCase(c)) {
                return dateline(place, block.start(), at); // "Islamabad, Sep 7 (PTI) The Foreign Secretaries …"
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Where the reading of a dateline's parts stands: the next position, and whether a part qualified or dated the place. */
    private static final class PartsRead {
        int pos;
        boolean qualified;
        boolean dated;

        PartsRead(int pos) {
            this.pos = pos;
        }
    }

    /** What {@link #markedPart} found: a part read, a sentence right after the mark, or no dateline. */
    private static final int PART_READ = 1;
    private static final int SENTENCE_AFTER = 0;
    private static final int NO_DATELINE = -1;

    /**
     * The part after a comma or a stop at {@code at}: a date, a name ("Azerbaijan", "KAZINFORM") or nothing
     * ("MOSCOW, March 12. /TASS/.") goes on with the dateline; a sentence after a date's comma ends it
     * ("Rabat, August 21, 2023, In a recent …").
     */
    private static int markedPart(String text, int end, int at, char c, PartsRead read) {
        int partStart = skipBlanks(text, at + 1, end);
        if (c == '.' && isCapitalsWordAt(text, partStart, end)) {
            read.pos = wordEnd(text, partStart, end); // "ASTANA. KAZINFORM"
            read.qualified = true;
            return PART_READ;
        }
        int quoted = c == ',' ? quotedNameEnd(text, partStart, end) : -1;
        if (quoted > 0) {
            read.pos = quoted; // "Бишкек, «Vesti.kg». …": the agency's name in quotation marks
            read.qualified = true;
            return PART_READ;
        }
        int partEnd = endOfPart(text, partStart, end);
        if (isDatePart(text.substring(partStart, partEnd).strip())) {
            partEnd = pastSlashYear(text, partEnd, end); // "June 4/2020"
        }
        String part = text.substring(partStart, partEnd).strip();
        boolean datePart = isDatePart(part) || read.dated && isYear(part); // "October 21, 2024 (FBC)"
        if (part.isEmpty() || datePart || c == ',' && isNamePart(part)) {
            read.qualified |= !part.isEmpty();
            read.dated |= datePart;
            read.pos = partEnd;
            return PART_READ;
        }
        return c == ',' && read.dated && sentenceFollows(text, at + 1, end) ? SENTENCE_AFTER : NO_DATELINE;
    }

    /** Where a date written right after a dateline's place, with no comma, ends ("Nairobi October 1/2020"); -1 if none. */
    private static int dateWithoutCommaEnd(String text, int at, int end) {
        if (!Character.isLetter(text.charAt(at)) || !startsDate(text, at)) {
            return -1;
        }
        int dateEnd = pastSlashYear(text, endOfPart(text, at, end), end);
        return isDatePart(text.substring(at, dateEnd).strip()) ? dateEnd : -1;
    }

    /** Past the year a date's slash joins to it ("October 1/2020"); {@code at} when none follows there. */
    private static int pastSlashYear(String text, int at, int end) {
        if (at + 5 <= end && text.charAt(at) == '/' && text.substring(at + 1, at + 5).chars().allMatch(Character::isDigit)
                && (at + 5 == end || !Character.isDigit(text.charAt(at + 5)))) {
            return at + 5;
        }
        return at;
    }

    /** Whether a word ends in a stop and two to four letters, as a site's address does ("AKIPRESS.COM", "Kabar.kg"). */
    private static boolean isWebAddress(String word) {
        int dot = word.lastIndexOf('.');
        int letters = word.length() - dot - 1;
        return dot > 0 && letters >= 2 && letters <= 4 && word.substring(dot + 1).chars().allMatch(Character::isLetter);
    }

    /** Where a bracketed or slashed part opening at {@code at} closes ("(PTI)", "[Uzbekistan]", "/TASS/"), else -1. */
    private static int closingMark(String text, int at, int end) {
        char c = text.charAt(at);
        return c == '(' ? indexOf(text, ')', at, end) : c == '[' ? indexOf(text, ']', at, end)
                : c == '/' ? indexOf(text, '/', at + 1, end) : -1;
    }

    /**
     * A colon, a dash or an agency's slash that closes nothing ("REPORT.AZ/") at {@code at}, with any dashes
     * and a colon after it ("--", "— :"), ends a dateline when the place may open one and a sentence or the
     * block's end follows.
     */
    private static Optional<Dateline> endingAtColonOrDash(String text, Span block, int end, int at, String place,
            boolean placeMayOpen) {
        int after = at + 1;
        while (after < end && (isDashChar(text.charAt(after)) || text.charAt(after) == '-')) {
            after++;
        }
        int next = skipSpace(text, after, block.end());
        if (next < block.end() && text.charAt(next) == ':') {
            after = next + 1; // "Addis Ababa — : Deputy Prime Minister …"
            next = skipSpace(text, after, block.end());
        }
        if (placeMayOpen && (next >= block.end() || startsSentence(text.charAt(next)))) {
            return dateline(place, block.start(), after);
        }
        return Optional.empty();
    }

    /** Where a part after a comma or a period ends: at its first break, or past it when it is a month's abbreviation. */
    private static int endOfPart(String text, int partStart, int end) {
        int partEnd = partBreak(text, partStart, end);
        if (partEnd < end && text.charAt(partEnd) == '.' && endsWithMonthAbbreviation(text, partStart, partEnd)) {
            partEnd = partBreak(text, partEnd + 1, end); // "Jan." of "Jan. 16" stays in its part
        }
        return partEnd;
    }

    /** The next break of a part: ",", "(", "/", ":", a line break, a dash, or ". ". */
    private static int partBreak(String text, int from, int end) {
        int partEnd = from;
        while (partEnd < end && ",(/:\n".indexOf(text.charAt(partEnd)) < 0 && !isDashChar(text.charAt(partEnd))
                && !(text.charAt(partEnd) == '.' && partEnd + 1 < end && text.charAt(partEnd + 1) == ' ')) {
            partEnd++;
        }
        return partEnd;
    }

    /** Whether the word before a period is a month's abbreviation: "Jan" of "Jan. 16", not "February" of "2 February." */
    private static boolean endsWithMonthAbbreviation(String text, int from, int period) {
        int start = period;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, period);
        return Months.number(word) > 0 && !Months.isFullName(word);
    }

    private static Optional<Dateline> dateline(String place, int start, int end) {
        if (isWebAddress(place)) {
            return Optional.empty(); // "AKIPRESS.COM -": the agency's address, no place
        }
        return Optional.of(Dateline.builder().place(place).span(Span.of(start, end)).build());
    }

    /** "March 12", "Oct. 28", "21.06.2018", "12 September 2024": digits with a month or dots. */
    private static boolean isDatePart(String part) {
        if (part.isEmpty() || part.length() > 24 || part.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        if (HeaderDates.prefix(part, 0).isPresent() || isNumericDate(part)) {
            return true;
        }
        for (String word : part.split("[ .]+")) {
            if (Months.number(word) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "2024": a year of four digits, the part after a date that leaves it out ("October 21, 2024"). */
    private static boolean isYear(String part) {
        return part.length() == 4 && part.chars().allMatch(Character::isDigit);
    }

    /** "01.09.25", "7.2.2024": a day, a month and a year in digits, joined by periods. */
    private static boolean isNumericDate(String part) {
        // By the periods' places, not split: asked of every part of a dateline.
        int first = part.indexOf('.');
        int second = first < 0 ? -1 : part.indexOf('.', first + 1);
        if (second < 0 || part.indexOf('.', second + 1) >= 0) {
            return false;
        }
        int month = second - first - 1;
        int year = part.length() - second - 1;
        if (first < 1 || first > 2 || month < 1 || month > 2 || year != 2 && year != 4) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!Character.isDigit(part.charAt(i)) && part.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Past the closing mark of a name in quotation marks that opens at {@code at} ("«Vesti.kg»"), else -1. */
    private static int quotedNameEnd(String text, int at, int end) {
        int mark = at < end ? Token.OPENING_QUOTES.indexOf(text.charAt(at)) : -1;
        int close = mark < 0 ? -1 : indexOf(text, Token.CLOSING_QUOTES.charAt(mark), at + 1, end);
        return close > at + 1 && isNamePart(text.substring(at + 1, close)) ? close + 1 : -1;
    }

    /** "Azerbaijan", "AZERTAC", "Trend", "ИА Регион24": a short capitalised run, the country or the agency. */
    private static boolean isNamePart(String part) {
        String[] words = part.split(" ");
        if (part.isEmpty() || words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !isNameWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Letters, hyphens and stops, with digits only at the end, as an agency numbers its name ("Регион24"). */
    private static boolean isNameWord(String word) {
        int letters = 0;
        while (letters < word.length() && (Character.isLetter(word.charAt(letters)) || "-.".indexOf(word.charAt(letters)) >= 0)) {
            letters++;
        }
        return letters > 1 && word.substring(letters).chars().allMatch(Character::isDigit)
                || letters == word.length();
    }

    /** Whether a word in capitals of two letters or more, an agency's name, starts here. */
    private static boolean isCapitalsWordAt(String text, int at, int end) {
        int wordEnd = wordEnd(text, at, end);
        return wordEnd - at >= 2 && isCapitals(text, at, wordEnd)
                && (wordEnd >= end || !Character.isLetter(text.charAt(wordEnd)));
    }

    private static int indexOf(String text, char c, int from, int end) {
        for (int k = from; k < end; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static int wordEnd(String text, int at, int end) {
        int k = at;
        while (k < end && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isPlaceChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.';
    }

    private static boolean isDashChar(char c) {
        return c == '–' || c == '—' || c == '-';
    }

    /** Skips spaces and tabs, not line breaks: a dateline may end its line. */
    private static int skipBlanks(String text, int pos, int end) {
        while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\u00A0')) {
            pos++;
        }
        return pos;
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
        boolean digits = true;
        while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            digits &= Character.isDigit(text.charAt(wordEnd));
            wordEnd++;
        }
        if (Months.isFullName(text, at, wordEnd)) {
            return true;
        }
        int next = wordEnd + 1;
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return wordEnd > at && digits && wordEnd - at <= 2 && next < text.length() && Months.isFullName(text, next, nextEnd);
    }

    private static boolean isCapitals(String token) {
        return isCapitals(token, 0, token.length());
    }

    /** Whether the chars [start, end) of a text are a word in capitals, as {@link #isCapitals(String)} tells. */
    private static boolean isCapitals(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
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

    /**
     * "Azerbaijan, Baku, July 19 /Trend/": a dateline that names its country first and a city of it
     * next is the city's; "BAKU, Azerbaijan" already is.
     *
     * @param text the body
     * @param layout the layout the noise filter read, with its dateline
     * @param lexicons the pack's lexicons, which tell a country from a city
     * @return the layout, its dateline placed in the city where it names one after its country
     */
    static Layout cityAfterCountry(String text, Layout layout, Lexicons lexicons) {
        Optional<Dateline> dateline = layout.dateline();
        if (dateline.isEmpty() || lexicons.countryNamed(dateline.get().place()).isEmpty()) {
            return layout;
        }
        Span span = dateline.get().span();
        String written = span.cut(text);
        int at = written.indexOf(dateline.get().place());
        int comma = at < 0 ? -1 : written.indexOf(',', at + dateline.get().place().length());
        int next = comma < 0 ? -1 : written.indexOf(',', comma + 1);
        if (comma < 0 || next < 0) {
            return layout;
        }
        String city = written.substring(comma + 1, next).strip();
        boolean town = lexicons.isPlace(city) && lexicons.countryNamed(city).isEmpty();
        if (!town) {
            return layout;
        }
        Dateline cityLine = Dateline.builder().from(dateline.get()).place(city).build();
        return new Layout(layout.prose(), layout.credits(), Optional.of(cityLine), layout.attribution(), layout.asides(),
                layout.headings());
    }
}
