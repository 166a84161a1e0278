package io.github.readout.core;

/** How much of a calendar date a text gives: a day, a month or only a year. */
public enum DatePrecision {
    /** A full date such as {@code 2024-05-31}. */
    DAY,
    /** A month of a year such as {@code 2024-05}. */
    MONTH,
    /** A year such as {@code 2024}. */
    YEAR
}
