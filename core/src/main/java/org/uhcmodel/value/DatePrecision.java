package org.uhcmodel.value;

/**
 * How much of a calendar date a {@link PartialDate} states.
 */
public enum DatePrecision {
    /** Only the year, as in {@code 2024}. */
    YEAR,
    /** The year and month, as in {@code 2024-04}. */
    MONTH,
    /** The full calendar date, as in {@code 2024-11-04}. */
    DAY
}
