package io.github.readout.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date with the precision the text gave it: a {@link LocalDate}, a {@link YearMonth}
 * or a {@link Year}. A month stays a month: no day is ever invented.
 *
 * <p>Its ISO form, also its JSON form, has the length of its precision: {@code "2024-05-31"},
 * {@code "2024-05"} or {@code "2024"}.
 *
 * <pre>{@code
 * DateValue march = DateValue.parse("2024-03");
 * march.precision();  // MONTH
 * march.start();      // 2024-03-01
 * }</pre>
 */
public final class DateValue implements Comparable<DateValue> {

    private final Temporal value;
    private final DatePrecision precision;

    private DateValue(Temporal value, DatePrecision precision) {
        // Only years of four digits have an ISO form of the precision's length, one that parse reads back.
        int year = value.get(ChronoField.YEAR);
        if (!Checks.fourDigits(year)) {
            throw new IllegalArgumentException(Checks.yearMessage("date", year));
        }
        this.value = value;
        this.precision = precision;
    }

    /**
     * Returns a date of day precision.
     *
     * @param date the day
     * @return the date value
     * @throws IllegalArgumentException if the year is not between 0000 and 9999
     */
    public static DateValue of(LocalDate date) {
        return new DateValue(Objects.requireNonNull(date, "date"), DatePrecision.DAY);
    }

    /**
     * Returns a date of month precision.
     *
     * @param month the month
     * @return the date value
     * @throws IllegalArgumentException if the year is not between 0000 and 9999
     */
    public static DateValue of(YearMonth month) {
        return new DateValue(Objects.requireNonNull(month, "month"), DatePrecision.MONTH);
    }

    /**
     * Returns a date of year precision.
     *
     * @param year the year
     * @return the date value
     * @throws IllegalArgumentException if the year is not between 0000 and 9999
     */
    public static DateValue of(Year year) {
        return new DateValue(Objects.requireNonNull(year, "year"), DatePrecision.YEAR);
    }

    /**
     * Returns the part of a day that a precision keeps: the day itself, its month or its year.
     *
     * @param day a day
     * @param precision how much of the day to keep
     * @return the date value of that precision that contains {@code day}
     */
    public static DateValue of(LocalDate day, DatePrecision precision) {
        Objects.requireNonNull(day, "day");
        switch (Objects.requireNonNull(precision, "precision")) {
            case DAY:
                return of(day);
            case MONTH:
                return of(YearMonth.from(day));
            default:
                return of(Year.from(day));
        }
    }

    /**
     * Reads the ISO form of a date of any precision.
     *
     * @param text {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
     * @return the date value, its precision given by the form
     * @throws IllegalArgumentException if {@code text} is none of these forms or not a real date
     */
    @JsonCreator
    public static DateValue parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            switch (text.length()) {
                case 10:
                    return of(LocalDate.parse(text));
                case 7:
                    return of(YearMonth.parse(text));
                case 4:
                    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                        return of(Year.of(Integer.parseInt(text)));
                    }
                    break;
                default:
                    break;
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: '" + text + "' is not a valid ISO date", e);
        }
        throw new IllegalArgumentException("date: expected YYYY-MM-DD, YYYY-MM or YYYY, got '" + text + "'");
    }

    /**
     * Returns how precise the date is.
     *
     * @return the precision
     */
    public DatePrecision precision() {
        return precision;
    }

    /**
     * Returns the date as a {@code java.time} value.
     *
     * @return a {@link LocalDate}, {@link YearMonth} or {@link Year}, according to the precision
     */
    public Temporal temporal() {
        return value;
    }

    /**
     * Returns the day when the precision is {@link DatePrecision#DAY}.
     *
     * @return the day, or empty for a month or a year
     */
    public Optional<LocalDate> day() {
        return value instanceof LocalDate ? Optional.of((LocalDate) value) : Optional.empty();
    }

    /**
     * Returns the first day the date covers.
     *
     * @return the day itself, the first of the month or the first of January
     */
    public LocalDate start() {
        if (value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof YearMonth) {
            return ((YearMonth) value).atDay(1);
        }
        return ((Year) value).atDay(1);
    }

    /**
     * Returns the last day the date covers.
     *
     * @return the day itself, the last of the month or the 31st of December
     */
    public LocalDate end() {
        if (value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof YearMonth) {
            return ((YearMonth) value).atEndOfMonth();
        }
        return ((Year) value).atMonth(12).atEndOfMonth();
    }

    /**
     * Orders dates by their first day, then the more precise first.
     *
     * @param other the date to compare with
     * @return a negative number, zero or a positive number as this date comes before, with or after {@code other}
     */
    @Override
    public int compareTo(DateValue other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateValue && ((DateValue) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the ISO form, whose length is the precision.
     *
     * @return {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
     */
    @JsonValue
    @Override
    public String toString() {
        // Year.toString() does not pad: year 999 would be "999", not "0999".
        return value instanceof Year ? String.format(Locale.ROOT, "%04d", ((Year) value).getValue()) : value.toString();
    }
}
