package io.github.readout.parser.internal;

import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.ImmutableDateRef;
import io.github.readout.core.Span;
import io.github.readout.parser.internal.DateWords.Period;
import io.github.readout.parser.internal.DateWords.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The date stage: finds date expressions in a sentence and resolves them against an anchor,
 * usually the publication date, with the precision the text gives ("on 31 May 2024" a day,
 * "last September" a month, "next year" a year). Without an anchor a relative date keeps its
 * text and has no value.
 */
final class DateFinder {

    /** A date expression of a sentence: its tokens [first, end) and the date it stands for. */
    record Found(int first, int end, DateRef date, boolean sameDay, int dayShift, boolean range) {

        Found(int first, int end, DateRef date, boolean sameDay, int dayShift) {
            this(first, end, date, sameDay, dayShift, false);
        }

        Found(int first, int end, DateRef date, boolean sameDay) {
            this(first, end, date, sameDay, 0, false);
        }

        /** The same date as the first day of several written ("3–4 December", "June 4–5"). */
        Found asRange() {
            return new Found(first, end, date, sameDay, dayShift, true);
        }
    }

    /** The endings that make digits an ordinal ("31st"), of every built-in pack's cues. */
    private static final List<String> ORDINAL_SUFFIXES = Lexicons.builtInCue(Lexicons.Cue.ORDINAL_SUFFIX);

    private DateFinder() {}

    static List<Found> find(String text, List<Token> tokens, Optional<LocalDate> anchor) {
        List<Found> found = List.of(); // made for the first date: most sentences give none
        int i = 0;
        while (i < tokens.size()) {
            Found date = DateWords.mayOpenADate(tokens.get(i)) ? at(text, tokens, i, anchor) : null;
            if (date != null) {
                found = found.isEmpty() ? new ArrayList<>(2) : found; // a sentence rarely gives more than two
                found.add(date);
                i = date.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean isRangeWord(Token token) {
        return token.isDash() || token.isAny(DateWords.rangeWords());
    }

    private static Found at(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        Found found = dayFirst(text, tokens, i, anchor);
        if (found == null) {
            found = monthFirst(text, tokens, i, anchor);
        }
        if (found == null) {
            found = relativeWord(text, tokens, i, anchor);
        }
        if (found == null) {
            found = ordinalDayAlone(text, tokens, i, anchor);
        }
        return found != null ? found : weekdayOrYear(text, tokens, i, anchor);
    }

    /** "3 July", "3 July 2024", "3–4 December", "1st-6th October", "02nd Apr, 2020", "the 5th of March", "26/12/2023". */
    private static Found dayFirst(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        // "3 July", "3 July 2024", "3–4 December", "31 May 2024"
        int glued = firstOfGluedDays(tokens, i);
        int day = glued > 0 ? glued : dayNumber(tokens, i);
        if (day > 0) {
            int m = afterGluedOrdinalEnding(tokens, i + 1);
            boolean range = glued > 0 || m + 1 < tokens.size() && isRangeWord(tokens.get(m)) && dayNumber(tokens, m + 1) > 0;
            if (range && glued == 0) {
                m += 2; // "3–4 December", "from 8 to 10 September": the first day
            }
            if (m + 1 < tokens.size() && DateWords.is(Role.OF, word(tokens, m)) && Months.isName(tokens.get(m + 1).text())) {
                m++; // "the 5th of March"
            }
            int gluedMonth = monthGluedToLastDay(tokens, m);
            if (gluedMonth > 0 && m + 1 < tokens.size() && Months.isName(tokens.get(m + 1).text())) {
                // "30 November-1 December 2021": the first day's month, glued by a hyphen to the last day
                int year = yearNumber(tokens, m + 2);
                return day(text, tokens, i, year > 0 ? m + 3 : m + 2, year, gluedMonth, day, anchor).asRange();
            }
            int month = Months.numberOfKey(word(tokens, m));
            if (month > 0 && Months.isName(tokens.get(m).text())) {
                // "02nd Apr, 2020": a comma may stand between the month and the year
                int y = m + 1 < tokens.size() && tokens.get(m + 1).isPunctuation(',') && yearNumber(tokens, m + 2) > 0
                        ? m + 2 : m + 1;
                int year = yearNumber(tokens, y);
                int end = year > 0 ? y + 1 : m + 1;
                Found found = day(text, tokens, i, end, year, month, day, anchor);
                return range ? found.asRange() : found;
            }
            Found numeric = numericDate(text, tokens, i, anchor);
            if (numeric != null) {
                return numeric;
            }
        }
        return null;
    }

    /**
     * "met … on 4th.", "on the 4th": an ordinal day with no month is the last such day up to the
     * release's own, in its month or the month before.
     */
    private static Found ordinalDayAlone(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        int day = dayNumber(tokens, i);
        if (day == 0 || anchor.isEmpty()) {
            return null;
        }
        boolean suffixed = !withoutOrdinalSuffix(tokens.get(i).text()).equals(tokens.get(i).text());
        int end = i + 1;
        if (!suffixed && end < tokens.size() && ORDINAL_SUFFIXES.contains(word(tokens, end))) {
            suffixed = true; // "on 4 th": the ending as a word of its own
            end++;
        }
        int before = i > 0 && DateWords.is(Role.ARTICLE, word(tokens, i - 1)) ? i - 2 : i - 1;
        boolean onDay = before >= 0 && DateWords.isDayPreposition(word(tokens, before));
        if (!suffixed || !onDay || end < tokens.size() && Months.numberOfKey(word(tokens, end)) > 0) {
            return null;
        }
        LocalDate release = anchor.get();
        YearMonth month = day <= release.getDayOfMonth() ? YearMonth.from(release) : YearMonth.from(release).minusMonths(1);
        if (!month.isValidDay(day)) {
            return null;
        }
        Span span = Span.of(tokens.get(i).start(), tokens.get(end - 1).end());
        DateRef ref = DateRef.builder().text(span.cut(text)).span(span).value(DateValue.of(month.atDay(day)))
                .anchor(release).build();
        return new Found(i, end, ref, false);
    }

    /** "May 31", "April 23, 2024", "in mid-June", "March this year", "July 2024", "in July". */
    private static Found monthFirst(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        String w = word(tokens, i);
        String w1 = word(tokens, i + 1);
        String w2 = word(tokens, i + 2);
        String prefix = DateWords.monthPrefix(w);
        if (prefix != null && Months.isFullName(tokens.get(i).text().substring(prefix.length()))) {
            int middle = Months.number(w.substring(prefix.length())); // "in mid-June"
            return relativeMonth(text, tokens, i, i + 1, anchor, a -> YearMonth.of(a.getYear(), middle));
        }
        int month = Months.numberOfKey(w);
        // "Oct. 16": the abbreviation's period may stand as a token of its own
        int dayAt = i + 1 < tokens.size() && tokens.get(i + 1).isPunctuation('.') ? i + 2 : i + 1;
        int glued = firstOfGluedDays(tokens, dayAt);
        int monthDay = glued > 0 ? glued : dayNumber(tokens, dayAt);
        if (month > 0 && Months.isName(tokens.get(i).text()) && monthDay > 0) {
            // "May 31", "April 23, 2024", "Nov 13", "Oct. 16"
            int k = dayAt + 1;
            // "June 4–5", "Feb. 17 to 19", "August 7th-9th": the first day of several
            boolean range = glued > 0 || k + 1 < tokens.size() && isRangeWord(tokens.get(k)) && dayNumber(tokens, k + 1) > 0;
            if (range && glued == 0) {
                k += 2;
            }
            if (k < tokens.size() && separatesTheYear(tokens, k) && yearNumber(tokens, k + 1) > 0) {
                k++;
            }
            int year = yearNumber(tokens, k);
            Found found = day(text, tokens, i, year > 0 ? k + 1 : dayAt + 1, year, month, monthDay, anchor);
            return range ? found.asRange() : found;
        }
        if (month > 0 && Months.isFullName(tokens.get(i).text())) {
            // "March this year", "October last year", "July 2024", "in July"
            int year = yearNumber(tokens, i + 1);
            if (year > 0) {
                return month(text, tokens, i, i + 2, YearMonth.of(year, month), Optional.empty());
            }
            PhraseIndex.Match<Integer> relativeYear = DateWords.relativeYear(tokens, i + 1);
            if (relativeYear != null) {
                // "в июле прошлого года": the month of a year relative to the release's
                int offset = relativeYear.value();
                return relativeMonth(text, tokens, i, relativeYear.end(), anchor, a -> YearMonth.of(a.getYear() + offset, month));
            }
            Integer offset = DateWords.number(Role.PERIOD_OFFSET, w1);
            if (offset != null && DateWords.period(w2) == Period.YEAR) {
                // "March this year", "October last year"
                return relativeMonth(text, tokens, i, i + 3, anchor, a -> YearMonth.of(a.getYear() + offset, month));
            }
            if (i > 0 && DateWords.is(Role.MONTH_PREPOSITION, word(tokens, i - 1))) {
                return relativeMonth(text, tokens, i, i + 1, anchor, a -> YearMonth.of(a.getYear(), month));
            }
        }
        return null;
    }

    /** "today", "yesterday", "last week", "the day before", "the same day", "by the end of the year". */
    private static Found relativeWord(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        String w = word(tokens, i);
        PhraseIndex.Match<Integer> phrase = DateWords.relativeDayPhrase(tokens, i);
        if (phrase != null) {
            return relativeDay(text, tokens, i, phrase.end(), anchor, a -> a.plusDays(phrase.value()));
        }
        PhraseIndex.Match<Integer> fromEvent = DateWords.dayFromEvent(tokens, i);
        if (fromEvent != null) {
            return dayFromPrevious(text, tokens, i, fromEvent.end(), fromEvent.value());
        }
        Integer days = DateWords.relativeDay(w);
        if (days != null) {
            Found written = writtenNext(text, tokens, i + 1, anchor);
            if (written == null) {
                written = bracketedDay(text, tokens, i, days, anchor);
            }
            return written != null ? written : relativeDay(text, tokens, i, i + 1, anchor, a -> a.plusDays(days));
        }
        Integer meetingDay = DateWords.meetingDayAdjective(tokens, i);
        if (meetingDay != null) {
            return relativeDay(text, tokens, i, i + 1, anchor, a -> a.plusDays(meetingDay));
        }
        PhraseIndex.Match<Integer> year = DateWords.relativeYear(tokens, i);
        if (year != null) {
            return relativeYear(text, tokens, i, year.end(), anchor, year.value());
        }
        if (DateWords.is(Role.PERIOD_OFFSET, w) || DateWords.is(Role.PERIOD_ADVERB, w)) {
            return relative(text, tokens, i, anchor);
        }
        if (DateWords.period(w) == Period.DAY) {
            return dayBeforeOrAfter(text, tokens, i);
        }
        if (DateWords.is(Role.SAME_DAY, w)) {
            return theSameDay(text, tokens, i);
        }
        if (DateWords.is(Role.YEAR_END, w)) {
            // "by the end of the year", "by the end of this year"
            if (ofTheYear(tokens, i + 1)) {
                return relativeYear(text, tokens, i, i + 4, anchor, 0);
            }
            return null;
        }
        if (DateWords.is(Role.YEAR_HALF, w)) {
            // "in the first half of the year", "in the second half of this year"
            if (ofTheYear(tokens, i + 1) && i >= 2 && DateWords.is(Role.ARTICLE, word(tokens, i - 2))) {
                return relativeYear(text, tokens, i - 2, i + 4, anchor, 0);
            }
            return null;
        }
        PhraseIndex.Match<Integer> ago = DateWords.yearsAgo(tokens, i);
        if (ago != null) {
            // "a year ago" points at the same month a year back
            int years = ago.value();
            return relativeMonth(text, tokens, i, ago.end(), anchor, a -> YearMonth.from(a).plusYears(years));
        }
        return null;
    }

    /**
     * "сегодня, 9 октября", "today 19 June 2023": the day and month written right after a relative
     * word are the day it means, whatever day the page is dated.
     */
    private static Found writtenNext(String text, List<Token> tokens, int at, Optional<LocalDate> anchor) {
        int k = at < tokens.size() && tokens.get(at).isPunctuation(',') ? at + 1 : at;
        if (k >= tokens.size()) {
            return null;
        }
        Found written = dayFirst(text, tokens, k, anchor);
        return written != null ? written : monthFirst(text, tokens, k, anchor);
    }

    /** How many days from the day a relative word counts the day in brackets after it may lie. */
    private static final int COUNTED_DAY_REACH = 3;

    /**
     * "today (Tuesday)", "yesterday (24th)": a weekday or a day of the month in brackets after a relative word is
     * the day it means, the nearest such day to the one counted from the release's, as copy dated the day after
     * it was written keeps the writer's "today"; null when no such day is near.
     */
    private static Found bracketedDay(String text, List<Token> tokens, int i, int days, Optional<LocalDate> anchor) {
        int close = i + 3;
        if (close >= tokens.size() || !tokens.get(i + 1).isPunctuation('(') || !tokens.get(close).isPunctuation(')')) {
            return null;
        }
        DayOfWeek weekday = DateWords.weekday(word(tokens, i + 2));
        int monthDay = dayNumber(tokens, i + 2);
        if (weekday == null && monthDay == 0) {
            return null;
        }
        LocalDate counted = anchor.map(a -> a.plusDays(days)).orElse(null);
        LocalDate named = null;
        for (int shift = 0; counted != null && named == null && shift <= COUNTED_DAY_REACH; shift++) {
            for (LocalDate day : List.of(counted.minusDays(shift), counted.plusDays(shift))) {
                if (named == null && (weekday != null ? day.getDayOfWeek() == weekday : day.getDayOfMonth() == monthDay)) {
                    named = day;
                }
            }
        }
        if (counted != null && named == null) {
            return null;
        }
        LocalDate day = named;
        return relativeDay(text, tokens, i, close + 1, anchor, a -> day);
    }

    /** "of the year", "of this year" from a token on: the release's year after a part of it. */
    private static boolean ofTheYear(List<Token> tokens, int at) {
        String article = word(tokens, at + 1);
        return DateWords.is(Role.OF, word(tokens, at))
                && (DateWords.is(Role.ARTICLE, article) || DateWords.isCurrent(article))
                && DateWords.period(word(tokens, at + 2)) == Period.YEAR;
    }

    /**
     * "The day before", "the next day", "the following day" around the word "day" at i: a day
     * counted from the event before, so it has no value of its own.
     */
    private static Found dayBeforeOrAfter(String text, List<Token> tokens, int i) {
        Integer after = DateWords.number(Role.DAY_POSTPOSITION, word(tokens, i + 1));
        if (i > 0 && DateWords.is(Role.ARTICLE, word(tokens, i - 1)) && after != null) {
            return dayFromPrevious(text, tokens, i - 1, i + 2, after);
        }
        Integer before = DateWords.number(Role.DAY_ADJECTIVE, word(tokens, i - 1));
        if (i > 1 && DateWords.is(Role.ARTICLE, word(tokens, i - 2)) && before != null) {
            return dayFromPrevious(text, tokens, i - 2, i + 1, before);
        }
        return null;
    }

    /** "the same day" around the word "same" at i: the day of the event before, whatever it was. */
    private static Found theSameDay(String text, List<Token> tokens, int i) {
        if (DateWords.period(word(tokens, i + 1)) == Period.DAY && i > 0 && DateWords.is(Role.ARTICLE, word(tokens, i - 1))) {
            Span span = Span.of(tokens.get(i - 1).start(), tokens.get(i + 1).end());
            DateRef ref = DateRef.builder().text(span.cut(text)).span(span).build();
            return new Found(i - 1, i + 2, ref, true);
        }
        return null;
    }

    /** "on Monday", "Monday, 8 January 2024", "in 2024". */
    private static Found weekdayOrYear(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        String w = word(tokens, i);
        DayOfWeek weekday = DateWords.weekday(w);
        Found ofAnotherWeek = weekday != null ? weekdayOfAnotherWeek(text, tokens, i, weekday, anchor) : null;
        if (ofAnotherWeek != null) {
            return ofAnotherWeek;
        }
        if (weekday != null) {
            // "on Monday, 8 January 2024", "on Wednesday morning, 9/4/2019": the weekday names the date written
            // after it, past its part of the day
            int next = i + 1 < tokens.size() && DateWords.is(Role.DAY_PART, word(tokens, i + 1)) ? i + 2 : i + 1;
            next = next < tokens.size() && tokens.get(next).isPunctuation(',') ? next + 1 : next;
            Found written = next < tokens.size() ? at(text, tokens, next, anchor) : null;
            if (written != null && written.date().value().isPresent()) {
                return new Found(i, written.end(), written.date(), false);
            }
            Found bracketed = dayInBrackets(text, tokens, i, weekday, anchor);
            if (bracketed != null) {
                return bracketed;
            }
        }
        if (weekday != null && i > 0 && DateWords.is(Role.WEEKDAY_PAST, word(tokens, i - 1))) {
            // "в минувшую пятницу", "в прошлую среду": the last such day before the release's own
            return relativeDay(text, tokens, i - 1, i + 1, anchor, a -> a.with(TemporalAdjusters.previous(weekday)));
        }
        int opening = weekday != null && i == 0 ? openingDayEnd(tokens) : -1;
        if (opening > 0) {
            // "Tuesday afternoon, the Chief Minister met …": the weekday that opens the sentence, set off by a comma
            return relativeDay(text, tokens, i, opening, anchor, a -> a.with(TemporalAdjusters.previousOrSame(weekday)));
        }
        if (weekday != null && i > 0 && (DateWords.isDayPreposition(word(tokens, i - 1)) || isBareWeekday(tokens, i))) {
            TemporalAdjuster day = isPlanned(tokens, i) ? TemporalAdjusters.nextOrSame(weekday)
                    : TemporalAdjusters.previousOrSame(weekday);
            return relativeDay(text, tokens, i, i + 1, anchor, a -> a.with(day));
        }
        int year = yearNumber(tokens, i);
        if (year > 0 && i > 0) {
            if (DateWords.isYearPreposition(word(tokens, i - 1))) {
                Span span = Span.of(tokens.get(i).start(), tokens.get(i).end());
                DateRef ref = DateRef.builder().value(DateValue.of(Year.of(year))).text(span.cut(text)).span(span).build();
                return new Found(i, i + 1, ref, false);
            }
        }
        return null;
    }

    /**
     * "on Friday last week", "on Monday next week": the weekday of the week the words after it count from
     * the release's, weeks starting on Monday; null when no such week follows.
     */
    private static Found weekdayOfAnotherWeek(String text, List<Token> tokens, int i, DayOfWeek weekday,
            Optional<LocalDate> anchor) {
        Integer weeks = DateWords.number(Role.PERIOD_OFFSET, word(tokens, i + 1));
        if (weeks == null || weeks == 0 || DateWords.period(word(tokens, i + 2)) != Period.WEEK) {
            return null;
        }
        return relativeDay(text, tokens, i, i + 3, anchor,
                a -> a.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(weekday)));
    }

    /** How many words before a weekday a word of a plan may stand: "due to be held in Vienna on Friday". */
    private static final int PLAN_REACH = 6;

    /** "slated to take place here on Friday", "will meet on Friday": a weekday in a clause that tells of a plan. */
    private static boolean isPlanned(List<Token> tokens, int weekday) {
        for (int k = weekday - 1; k >= Math.max(0, weekday - PLAN_REACH); k--) {
            if (tokens.get(k).isPunctuation(',') || tokens.get(k).isPunctuation('.')) {
                return false;
            }
            if (DateWords.is(Role.WEEKDAY_AHEAD, word(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the day that opens a sentence ends when a comma sets it off: after the weekday ("Tuesday, …") or
     * its part of the day ("Tuesday afternoon, …"); -1 otherwise.
     */
    private static int openingDayEnd(List<Token> tokens) {
        int end = tokens.size() > 1 && DateWords.is(Role.DAY_PART, word(tokens, 1)) ? 2 : 1;
        return end < tokens.size() && tokens.get(0).isCapitalized() && tokens.get(end).isPunctuation(',') ? end : -1;
    }

    /** How many days back a weekday with its day in brackets may lie: about two months. */
    private static final int BRACKETED_DAY_REACH = 62;

    /**
     * "On Wednesday (1)", "on Friday (Sept. 1)": the day written in brackets after a weekday, the
     * last such day up to the anchor that falls on that weekday; null when none does.
     */
    private static Found dayInBrackets(String text, List<Token> tokens, int i, DayOfWeek weekday,
            Optional<LocalDate> anchor) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).isPunctuation('(')) {
            return null;
        }
        Found written = at(text, tokens, i + 2, anchor);
        if (written != null && written.date().value().isPresent()) {
            return new Found(i, written.end(), written.date(), false);
        }
        int day = dayNumber(tokens, i + 2);
        if (day == 0 || i + 3 >= tokens.size() || !tokens.get(i + 3).isPunctuation(')') || anchor.isEmpty()) {
            return null;
        }
        for (int back = 0; back <= BRACKETED_DAY_REACH; back++) {
            LocalDate date = anchor.get().minusDays(back);
            if (date.getDayOfMonth() == day && date.getDayOfWeek() == weekday) {
                return relativeDay(text, tokens, i, i + 4, anchor, a -> date);
            }
        }
        return null;
    }

    /**
     * "received a telephone call Wednesday from", "called Sheikh Hasina Wednesday to enquire": a
     * capitalised weekday after a word that does not move it to another week ("next"), or after a
     * comma that follows a word in lower case, and not inside a name ("Good Friday Agreement").
     */
    private static boolean isBareWeekday(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        if (before.isPunctuation(',') && i >= 2 && tokens.get(i - 2).isWord() && tokens.get(i - 2).isLowerCase()) {
            return tokens.get(i).isCapitalized(); // "received, Monday at the ministry, the Ambassador"
        }
        if (before.isPunctuation(',') && i >= 2 && tokens.get(i - 2).isCapitalized() && i + 1 < tokens.size()
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).isLowerCase()) {
            return tokens.get(i).isCapitalized(); // "The Minister of Foreign Affairs, Ruth Gebre, Monday received …"
        }
        boolean afterName = before.isCapitalized() && (i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized());
        return tokens.get(i).isCapitalized() && before.isWord() && (before.isLowerCase() || afterName)
                && !DateWords.is(Role.WEEKDAY_SHIFT, before.key());
    }

    /** "last week", "next month", "this year", "earlier this month", "last September". */
    private static Found relative(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        String w = word(tokens, i);
        int k = i + 1;
        if (DateWords.is(Role.PERIOD_ADVERB, w) && DateWords.isCurrent(word(tokens, k))) {
            w = word(tokens, k); // "earlier this month": the month of "this month"
            k++;
        } else if (DateWords.is(Role.PERIOD_ADVERB, w)) {
            return null;
        }
        String unit = word(tokens, k);
        int offset = DateWords.number(Role.PERIOD_OFFSET, w);
        if (offset == 0 && DateWords.is(Role.DAY_PART, unit)) {
            return relativeDay(text, tokens, i, k + 1, anchor, a -> a); // "held a video call this afternoon"
        }
        if (offset < 0 && DateWords.is(Role.DAY_PART, unit)) {
            return relativeDay(text, tokens, i, k + 1, anchor, a -> a.plusDays(offset)); // "received him last night"
        }
        Period period = DateWords.period(unit);
        if (period == Period.WEEK) {
            return relativeMonth(text, tokens, i, k + 1, anchor, a -> YearMonth.from(a.plusWeeks(offset)));
        }
        if (period == Period.MONTH) {
            return relativeMonth(text, tokens, i, k + 1, anchor, a -> YearMonth.from(a).plusMonths(offset));
        }
        if (period == Period.YEAR) {
            return relativeYear(text, tokens, i, k + 1, anchor, offset);
        }
        int month = Months.numberOfKey(unit);
        Found monthDay = month > 0 && offset != 0 ? lastOrNextMonthDay(text, tokens, i, k, month, offset, anchor) : null;
        if (monthDay != null) {
            return monthDay;
        }
        if (month > 0 && Months.isFullName(tokens.get(k).text())) {
            return relativeMonth(text, tokens, i, k + 1, anchor, a -> {
                YearMonth same = YearMonth.of(a.getYear(), month);
                if (offset == 0) {
                    return same; // "early this March": the month of the release's year
                }
                YearMonth current = YearMonth.from(a);
                if (offset < 0) {
                    return same.isBefore(current) ? same : same.minusYears(1);
                }
                return same.isAfter(current) ? same : same.plusYears(1);
            });
        }
        return null;
    }

    /**
     * "last August 11", "next Sept. 30": the month's day nearest the anchor on that side of it, as a
     * reader of a release dated 24 August takes "was held last August 11" for this year's; null when no
     * day follows the month or a year does ("last August 11, 2019" is read as written).
     */
    private static Found lastOrNextMonthDay(String text, List<Token> tokens, int first, int monthAt, int month, int offset,
            Optional<LocalDate> anchor) {
        int dayAt = monthAt + 1 < tokens.size() && tokens.get(monthAt + 1).isPunctuation('.') ? monthAt + 2 : monthAt + 1;
        int day = dayNumber(tokens, dayAt);
        if (day == 0 || day > java.time.Month.of(month).maxLength() || yearNumber(tokens, dayAt + 1) > 0
                || dayAt + 2 < tokens.size() && tokens.get(dayAt + 1).isPunctuation(',') && yearNumber(tokens, dayAt + 2) > 0) {
            return null;
        }
        java.time.MonthDay written = java.time.MonthDay.of(month, day);
        return relativeDay(text, tokens, first, dayAt + 1, anchor, a -> {
            LocalDate same = written.atYear(a.getYear());
            if (offset < 0) {
                return same.isAfter(a) ? written.atYear(a.getYear() - 1) : same;
            }
            return same.isBefore(a) ? written.atYear(a.getYear() + 1) : same;
        });
    }

    /**
     * "26/12/2023", "31.01.2023", "31-01-2023", "01/31/2023": a day written in digits. The order of day and
     * month shows when one of them exceeds 12; otherwise dotted and hyphenated dates put the day first, as
     * everywhere they are used, and slashed ones take the reading nearer the anchor.
     */
    private static Found numericDate(String text, List<Token> tokens, int i, Optional<LocalDate> anchor) {
        if (i + 4 >= tokens.size() || tokens.get(i).text().length() > 2 || tokens.get(i + 2).text().length() > 2) {
            return null;
        }
        Token separator = tokens.get(i + 1);
        boolean dotted = separator.isPunctuation('.') || separator.isPunctuation('-');
        if (!(dotted || separator.isPunctuation('/')) || !tokens.get(i + 3).isPunctuation(separator.text().charAt(0))
                || !adjacent(tokens, i, i + 4)) {
            return null;
        }
        int first = dayNumber(tokens, i);
        int second = dayNumber(tokens, i + 2);
        int year = yearNumber(tokens, i + 4);
        if (first == 0 || second == 0 || year == 0 || !tokens.get(i + 2).isDigits()) {
            return null;
        }
        Optional<LocalDate> dayFirst = second <= 12 ? valid(year, second, first) : Optional.empty();
        Optional<LocalDate> monthFirst = first <= 12 ? valid(year, first, second) : Optional.empty();
        Optional<LocalDate> date;
        if (dayFirst.isEmpty() || monthFirst.isEmpty() || dotted || anchor.isEmpty()) {
            date = dayFirst.or(() -> monthFirst);
        } else {
            long toDayFirst = Math.abs(dayFirst.get().toEpochDay() - anchor.get().toEpochDay());
            long toMonthFirst = Math.abs(monthFirst.get().toEpochDay() - anchor.get().toEpochDay());
            date = toMonthFirst < toDayFirst ? monthFirst : dayFirst;
        }
        if (date.isEmpty()) {
            return null;
        }
        Span span = Span.of(tokens.get(i).start(), tokens.get(i + 4).end());
        return new Found(i, i + 5, DateRef.builder().text(span.cut(text)).span(span).value(DateValue.of(date.get())).build(),
                false);
    }

    /** Whether tokens [first, last] are written without space between them. */
    private static boolean adjacent(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            if (tokens.get(k).end() != tokens.get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    private static Found dayFromPrevious(String text, List<Token> tokens, int first, int end, int shift) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        return new Found(first, end, DateRef.builder().text(span.cut(text)).span(span).build(), true, shift);
    }

    private static Found day(String text, List<Token> tokens, int first, int end, int year, int month, int day,
            Optional<LocalDate> anchor) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        ImmutableDateRef.Builder ref = DateRef.builder().text(span.cut(text)).span(span);
        if (year > 0) {
            valid(year, month, day).ifPresent(d -> ref.value(DateValue.of(d)));
        } else if (anchor.isPresent()) {
            valid(anchor.get().getYear(), month, day).map(d -> yearBeforeWhenJustPast(d, anchor.get()))
                    .ifPresent(d -> ref.value(DateValue.of(d)).anchor(anchor.get()));
        }
        return new Found(first, end, ref.build(), false);
    }

    /** How many days from the release's day a day and month of another year may be: about a quarter. */
    private static final int ACROSS_NEW_YEAR = 90;

    /**
     * "on 28 December" in a release of 5 January is the December before it: a day and month written
     * without a year that fall within a quarter before the release's day in the year before are of that
     * year. ("On 10 January" in a release of December stays in its year: a meeting held then, or one
     * to come, are both told so.)
     */
    private static LocalDate yearBeforeWhenJustPast(LocalDate sameYear, LocalDate anchor) {
        LocalDate before = sameYear.minusYears(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(before, anchor);
        // 29 February keeps its own year
        return days >= 0 && days <= ACROSS_NEW_YEAR && before.getMonth() == sameYear.getMonth() ? before : sameYear;
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Found month(String text, List<Token> tokens, int first, int end, YearMonth month,
            Optional<LocalDate> anchor) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        ImmutableDateRef.Builder ref = DateRef.builder().text(span.cut(text)).span(span).value(DateValue.of(month));
        anchor.ifPresent(ref::anchor);
        return new Found(first, end, ref.build(), false);
    }

    private static Found relativeDay(String text, List<Token> tokens, int first, int end, Optional<LocalDate> anchor,
            java.util.function.UnaryOperator<LocalDate> shift) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        ImmutableDateRef.Builder ref = DateRef.builder().text(span.cut(text)).span(span);
        anchor.ifPresent(a -> ref.value(DateValue.of(shift.apply(a))).anchor(a));
        return new Found(first, end, ref.build(), false);
    }

    private static Found relativeMonth(String text, List<Token> tokens, int first, int end, Optional<LocalDate> anchor,
            java.util.function.Function<LocalDate, YearMonth> shift) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        ImmutableDateRef.Builder ref = DateRef.builder().text(span.cut(text)).span(span);
        anchor.ifPresent(a -> ref.value(DateValue.of(shift.apply(a))).anchor(a));
        return new Found(first, end, ref.build(), false);
    }

    private static Found relativeYear(String text, List<Token> tokens, int first, int end, Optional<LocalDate> anchor,
            int offset) {
        Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
        ImmutableDateRef.Builder ref = DateRef.builder().text(span.cut(text)).span(span);
        anchor.ifPresent(a -> ref.value(DateValue.of(Year.of(a.getYear() + offset))).anchor(a));
        return new Found(first, end, ref.build(), false);
    }

    /** The month of "November-1", a month's name a hyphen glues to a day's number, or 0. */
    private static int monthGluedToLastDay(List<Token> tokens, int at) {
        String text = at < tokens.size() ? tokens.get(at).text() : "";
        int hyphen = text.indexOf('-');
        int dayLength = text.length() - hyphen - 1;
        if (hyphen <= 0 || dayLength < 1 || dayLength > 2 || !Months.isName(text.substring(0, hyphen))) {
            return 0;
        }
        String day = text.substring(hyphen + 1);
        boolean number = day.chars().allMatch(Character::isDigit) && Integer.parseInt(day) <= 31;
        return number ? Months.numberOfKey(Tokenizer.key(text.substring(0, hyphen))) : 0;
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
    }

    private static int dayNumber(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isNumber()) {
            return 0;
        }
        return dayNumber(tokens.get(i).text());
    }

    /**
     * "1st-6th", "7th-9th": the first of two days that a hyphen after an ordinal's ending glues into one
     * word, a range of days as "3–4" is; 0 for any other word, or when the second day is not the later.
     */
    private static int firstOfGluedDays(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isNumber()) {
            return 0;
        }
        String key = tokens.get(i).key();
        int hyphen = key.indexOf('-');
        String first = hyphen > 0 ? key.substring(0, hyphen) : "";
        if (first.isEmpty() || withoutOrdinalSuffix(first).equals(first)) {
            return 0;
        }
        int day = dayNumber(first);
        return day > 0 && dayNumber(key.substring(hyphen + 1)) > day ? day : 0;
    }

    /** "31", "31st": a day of a month written in digits, or 0. */
    private static int dayNumber(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return 0;
        }
        String digits = withoutOrdinalSuffix(text);
        if (digits.isEmpty() || digits.length() > 2 || !Character.isDigit(digits.charAt(0))
                || digits.length() == 2 && !Character.isDigit(digits.charAt(1))) {
            return 0;
        }
        int value = Integer.parseInt(digits);
        return value >= 1 && value <= 31 ? value : 0;
    }

    /** Past an ordinal's ending that a hyphen glues to the day's digits ("7-го марта"); {@code at} when none. */
    private static int afterGluedOrdinalEnding(List<Token> tokens, int at) {
        if (at + 1 < tokens.size() && tokens.get(at).start() == tokens.get(at - 1).end()
                && tokens.get(at + 1).start() == tokens.get(at).end()
                && ORDINAL_SUFFIXES.contains(tokens.get(at).text() + tokens.get(at + 1).text())) {
            return at + 2;
        }
        return at;
    }

    /** "31st" → "31": drops one ending of an ordinal ({@link Lexicons.Cue#ORDINAL_SUFFIX}), as written. */
    private static String withoutOrdinalSuffix(String text) {
        for (int k = 0; k < ORDINAL_SUFFIXES.size(); k++) { // by index: every number of a release is asked
            String suffix = ORDINAL_SUFFIXES.get(k);
            if (text.endsWith(suffix)) {
                return text.substring(0, text.length() - suffix.length());
            }
        }
        return text;
    }

    /** "April 23, 2024", and "September 22/2021" with the slash between day and year written close. */
    private static boolean separatesTheYear(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return token.isPunctuation(',') || token.isPunctuation('/') && k + 1 < tokens.size()
                && token.start() == tokens.get(k - 1).end() && tokens.get(k + 1).start() == token.end();
    }

    private static int yearNumber(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isNumber()) {
            return 0;
        }
        String text = tokens.get(i).text();
        if (text.length() != 4 || !tokens.get(i).isDigits()) {
            return 0;
        }
        int value = Integer.parseInt(text);
        return value >= 1900 && value <= 2199 ? value : 0;
    }


}
