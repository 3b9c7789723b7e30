package org.uhcmodel.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uhcmodel.internal.FactorySink;
import org.uhcmodel.internal.Rules;

/**
 * A calendar date stated to the year, the month or the day, as ISO 8601 reduced precision writes it:
 * {@code 2024}, {@code 2024-04} or {@code 2024-11-04}.
 * <p>
 * Sources often give only part of a date; this type keeps exactly what was given, never inventing a month
 * or a day. Only real calendar days exist ({@code 2024-02-29} does, {@code 2023-02-29} does not) and the
 * year has four digits, from 0001 to 9999. {@link #toString()} writes the form that {@link #parse(CharSequence)} reads.
 * <p>
 * Rules: {@code partial-date.format}, {@code partial-date.year-range}, {@code partial-date.month-range},
 * {@code partial-date.invalid-day}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PartialDate {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * Obtains a date stated to the year.
     *
     * @param year  the year, from 1 to 9999
     * @return the partial date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the year is out of range
     */
    public static PartialDate of(int year) {
        return create(DatePrecision.YEAR, year, 0, 0);
    }

    /**
     * Obtains a date stated to the month.
     *
     * @param year  the year, from 1 to 9999
     * @param month  the month of year, from 1 to 12
     * @return the partial date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the year or month is out of range
     */
    public static PartialDate of(int year, int month) {
        return create(DatePrecision.MONTH, year, month, 0);
    }

    /**
     * Obtains a date stated to the day.
     *
     * @param year  the year, from 1 to 9999
     * @param month  the month of year, from 1 to 12
     * @param day  the day of month, valid for the year and month
     * @return the partial date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the fields do not form a real calendar date
     */
    public static PartialDate of(int year, int month, int day) {
        return create(DatePrecision.DAY, year, month, day);
    }

    /**
     * Obtains a date stated to the day from a {@code LocalDate}.
     *
     * @param date  the date, with a year from 1 to 9999, not null
     * @return the partial date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the date is missing or its year is out of range
     */
    public static PartialDate of(LocalDate date) {
        requireInput(date);
        return create(DatePrecision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Obtains a date stated to the month from a {@code YearMonth}.
     *
     * @param yearMonth  the year and month, with a year from 1 to 9999, not null
     * @return the partial date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the year and month are missing or the year is
     *  out of range
     */
    public static PartialDate of(YearMonth yearMonth) {
        requireInput(yearMonth);
        return create(DatePrecision.MONTH, yearMonth.getYear(), yearMonth.getMonthValue(), 0);
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @param text  the text to parse, not null
     * @return the partial date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is missing, is not one of the three forms
     *  or does not name a real calendar date
     */
    public static PartialDate parse(CharSequence text) {
        requireInput(text);
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw Rules.failure(PartialDate.class, "", "partial-date.format", text.toString());
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        DatePrecision precision = m.group(3) != null ? DatePrecision.DAY
            : m.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        return create(precision, year, month, day);
    }

    /** Reports a missing input of a factory, at the empty path: it stands for the whole date. */
    private static void requireInput(Object input) {
        new FactorySink(PartialDate.class).require("", input).throwIfAny();
    }

    // 0 stands for an unstated month or day inside the instance, so the precision is checked here,
    // not inferred from zeros: a month or day of 0 given by a caller is out of range, never "unstated".
    private static PartialDate create(DatePrecision precision, int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw Rules.failure(PartialDate.class, "year", "partial-date.year-range", year);
        }
        if (precision != DatePrecision.YEAR) {
            if (month < 1 || month > 12) {
                throw Rules.failure(PartialDate.class, "month", "partial-date.month-range", month);
            }
        }
        if (precision == DatePrecision.DAY) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException ex) {
                throw Rules.failure(PartialDate.class, "day", "partial-date.invalid-day",
                    String.format("%04d-%02d-%02d", year, month, day));
            }
        }
        return new PartialDate(year, month, day);
    }

    /**
     * Gets the precision of this date.
     *
     * @return the precision, not null
     */
    public DatePrecision precision() {
        return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /**
     * Gets the year.
     *
     * @return the year, from 1 to 9999
     */
    public int year() {
        return year;
    }

    /**
     * Gets the month of year, if stated.
     *
     * @return the month from 1 to 12, empty if the precision is the year
     */
    public Optional<Integer> month() {
        return month == 0 ? Optional.empty() : Optional.of(month);
    }

    /**
     * Gets the day of month, if stated.
     *
     * @return the day of month, empty unless the precision is the day
     */
    public Optional<Integer> day() {
        return day == 0 ? Optional.empty() : Optional.of(day);
    }

    /**
     * Gets the first calendar day this date can mean.
     *
     * @return the earliest day, not null
     */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /**
     * Gets the last calendar day this date can mean.
     *
     * @return the latest day, not null
     */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    /**
     * Checks whether every day this date can mean lies before every day the other can mean.
     *
     * @param other  the other date, not null
     * @return true if this date is certainly before the other
     */
    public boolean isDefinitelyBefore(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return latest().isBefore(other.earliest());
    }

    /**
     * Checks whether the given day is one this date can mean.
     *
     * @param date  the day, not null
     * @return true if the day lies within this date
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    /**
     * Checks if this date equals another: same fields at the same precision.
     * {@code 2024} and {@code 2024-01} are not equal.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PartialDate)) {
            return false;
        }
        PartialDate other = (PartialDate) obj;
        return year == other.year && month == other.month && day == other.day;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /**
     * Outputs the date in ISO 8601 reduced precision: {@code 2024}, {@code 2024-04} or {@code 2024-11-04}.
     *
     * @return the text that {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        if (day != 0) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        return month != 0 ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }
}
