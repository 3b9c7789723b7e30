package org.uhcmodel.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;

/**
 * A calendar date stated to the year, the month or the day, as ISO 8601 reduced precision writes it:
 * {@code 2024}, {@code 2024-04} or {@code 2024-11-04}.
 * <p>
 * Sources often give only part of a date; this type keeps exactly what was given, never inventing a month
 * or a day. Only real calendar days exist ({@code 2024-02-29} does, {@code 2023-02-29} does not) and the
 * year has four digits, from 0001 to 9999. {@link #toString()} writes the form that {@link #parse(CharSequence)}
 * reads.
 * <p>
 * Rules: {@code partial-date.format}, {@code partial-date.year-range}, {@code partial-date.month-range},
 * {@code partial-date.invalid-day}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PartialDate {

    private static final TextType<PartialDate> TEXT = TextType.of(PartialDate.class, PartialDate::parse, PartialDate::toString,
        "A calendar date to the year, the month or the day: 2024, 2024-11 or 2024-11-04.",
        "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");

    private static final Rule FORMAT = RuleBook.error(PartialDate.class, "partial-date.format",
        "must be yyyy, yyyy-MM or yyyy-MM-dd");
    private static final Rule YEAR_RANGE = RuleBook.error(PartialDate.class, "partial-date.year-range",
        "year must be from 0001 to 9999");
    private static final Rule MONTH_RANGE = RuleBook.error(PartialDate.class, "partial-date.month-range",
        "month must be from 01 to 12");
    private static final Rule INVALID_DAY = RuleBook.error(PartialDate.class, "partial-date.invalid-day",
        "is not a day of the calendar");

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
     * @throws NullPointerException if the date is null
     * @throws org.uhcmodel.validation.ModelViolationException if the year is out of range
     */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return create(DatePrecision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Obtains a date stated to the month from a {@code YearMonth}.
     *
     * @param yearMonth  the year and month, with a year from 1 to 9999, not null
     * @return the partial date, not null
     * @throws NullPointerException if the year and month are null
     * @throws org.uhcmodel.validation.ModelViolationException if the year is out of range
     */
    public static PartialDate of(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        return create(DatePrecision.MONTH, yearMonth.getYear(), yearMonth.getMonthValue(), 0);
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with ASCII digits.
     *
     * @param text  the text to parse, not null
     * @return the partial date, not null
     * @throws NullPointerException if the text is null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not one of the three forms or does not
     *  name a real calendar date
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n != 4 && n != 7 && n != 10 || n > 4 && text.charAt(4) != '-' || n > 7 && text.charAt(7) != '-') {
            throw Checker.refusal(PartialDate.class, FORMAT, "", text.toString());
        }
        int year = digits(text, 0, 4);
        int month = n > 4 ? digits(text, 5, 7) : 0;
        int day = n > 7 ? digits(text, 8, 10) : 0;
        if (year < 0 || month < 0 || day < 0) {
            throw Checker.refusal(PartialDate.class, FORMAT, "", text.toString());
        }
        return create(n == 10 ? DatePrecision.DAY : n == 7 ? DatePrecision.MONTH : DatePrecision.YEAR,
            year, month, day);
    }

    /** The number the ASCII digits from {@code start} to {@code end} write, -1 if one is not an ASCII digit. */
    private static int digits(CharSequence text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    // 0 stands for an unstated month or day inside the instance, so the precision is checked here,
    // not inferred from zeros: a month or day of 0 given by a caller is out of range, never "unstated".
    private static PartialDate create(DatePrecision precision, int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw Checker.refusal(PartialDate.class, YEAR_RANGE, "year", year);
        }
        if (precision != DatePrecision.YEAR && (month < 1 || month > 12)) {
            throw Checker.refusal(PartialDate.class, MONTH_RANGE, "month", month);
        }
        if (precision == DatePrecision.DAY && (day < 1 || day > lengthOfMonth(year, month))) {
            StringBuilder given = new StringBuilder(format(year, month, 0)).append('-');
            pad(given, day, 2);
            throw Checker.refusal(PartialDate.class, INVALID_DAY, "day", given.toString());
        }
        return new PartialDate(year, month, day);
    }

    /** The number of days of a month of the proleptic Gregorian calendar. */
    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
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
        return latestKey() < other.earliestKey();
    }

    /** The first day this date can mean, as the number {@code yyyyMMdd}. */
    private int earliestKey() {
        return year * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
    }

    /** The last day this date can mean, as the number {@code yyyyMMdd}. */
    private int latestKey() {
        int m = month == 0 ? 12 : month;
        return year * 10000 + m * 100 + (day == 0 ? lengthOfMonth(year, m) : day);
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
        return format(year, month, day);
    }

    /** Writes the fields with ASCII digits, a month or day of 0 left out; the year is padded to four digits. */
    private static String format(int year, int month, int day) {
        StringBuilder buf = new StringBuilder(10);
        pad(buf, year, 4);
        if (month != 0) {
            pad(buf.append('-'), month, 2);
            if (day != 0) {
                pad(buf.append('-'), day, 2);
            }
        }
        return buf.toString();
    }

    private static void pad(StringBuilder buf, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            buf.append('0');
        }
        buf.append(digits);
    }
}
