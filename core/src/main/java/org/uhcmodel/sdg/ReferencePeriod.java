package org.uhcmodel.sdg;

import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;

/**
 * The period a value refers to: a calendar year, such as {@code 2021}, or a span of years, such as
 * {@code 2014/2016} for a value pooled over three survey years (written as an ISO 8601 interval of years, what the UN
 * SDG Global Database writes {@code 2014-2016} in its {@code Time_Detail} column).
 * <p>
 * Years run from 1900 to 2100: monitoring series of household spending start in the 1980s, targets look ahead.
 * <p>
 * Rules: {@code reference-period.format} (text of neither form), {@code reference-period.year-range} (a year not from
 * 1900 to 2100), {@code reference-period.order} (a span that does not end after it starts).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReferencePeriod implements Comparable<ReferencePeriod> {

    private static final TextType<ReferencePeriod> TEXT = TextType.of(ReferencePeriod.class, ReferencePeriod::parse,
        ReferencePeriod::toString,
        "A year from 1900 to 2100, such as 2021, or a span of years written start/end, such as 2014/2016.",
        "^[0-9]{4}(/[0-9]{4})?$");

    private static final Rule FORMAT = RuleBook.error(ReferencePeriod.class, "reference-period.format",
        "must be a year of four digits, such as 2021, or a span of years, such as 2014/2016");
    private static final Rule YEAR_RANGE = RuleBook.error(ReferencePeriod.class, "reference-period.year-range",
        "years must be from 1900 to 2100");
    private static final Rule ORDER = RuleBook.error(ReferencePeriod.class, "reference-period.order",
        "a span must end after the year it starts");

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final int start;
    private final int end;

    private ReferencePeriod(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a period of one year.
     *
     * @param year  the year, from 1900 to 2100
     * @return the period, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the year is out of range
     */
    public static ReferencePeriod ofYear(int year) {
        return checked(year, year, String.valueOf(year));
    }

    /**
     * Obtains a span of years.
     *
     * @param start  the first year, from 1900 to 2100
     * @param end  the last year, after the first, at most 2100
     * @return the period, not null
     * @throws org.uhcmodel.validation.ModelViolationException if a year is out of range or the span does not end
     *  after it starts
     */
    public static ReferencePeriod of(int start, int end) {
        if (start == end) {
            throw Checker.refusal(ReferencePeriod.class, ORDER, "", start + "/" + end);
        }
        return checked(start, end, start + "/" + end);
    }

    private static ReferencePeriod checked(int start, int end, String text) {
        boolean inRange = start >= MIN_YEAR && start <= MAX_YEAR && end >= MIN_YEAR && end <= MAX_YEAR;
        if (!inRange || end < start) {
            Checker checker = new Checker(Severity.ERROR);
            if (!inRange) {
                checker.report(YEAR_RANGE, "", text);
            }
            if (end < start) {
                checker.report(ORDER, "", text);
            }
            checker.throwIfAny(ReferencePeriod.class);
        }
        return new ReferencePeriod(start, end);
    }

    /**
     * Parses a period: a year of four digits, or two joined by a slash.
     *
     * @param text  the text, such as {@code 2021} or {@code 2014/2016}, not null
     * @return the period, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is of neither form, a year is out of range
     *  or the span does not end after it starts
     */
    public static ReferencePeriod parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.length() == 4 && digits(s, 0)) {
            return ofYear(year(s, 0));
        }
        if (s.length() == 9 && s.charAt(4) == '/' && digits(s, 0) && digits(s, 5)) {
            return of(year(s, 0), year(s, 5));
        }
        throw Checker.refusal(ReferencePeriod.class, FORMAT, "", s);
    }

    private static boolean digits(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int year(String s, int from) {
        int year = 0;
        for (int i = from; i < from + 4; i++) {
            year = year * 10 + s.charAt(i) - '0';
        }
        return year;
    }

    /**
     * Gets the first year.
     *
     * @return the year, the only one for a period of one year
     */
    public int startYear() {
        return start;
    }

    /**
     * Gets the last year.
     *
     * @return the year, the only one for a period of one year
     */
    public int endYear() {
        return end;
    }

    /**
     * Checks whether the period is one year.
     *
     * @return true for a year, false for a span
     */
    public boolean isYear() {
        return start == end;
    }

    /**
     * Checks whether a year lies within the period.
     *
     * @param year  the year
     * @return true if the year is from the start to the end year inclusive
     */
    public boolean contains(int year) {
        return year >= start && year <= end;
    }

    /**
     * Compares by start year, then end year.
     *
     * @param other  the other period, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(ReferencePeriod other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }

    /**
     * Checks if this equals another period.
     *
     * @param obj  the other object, null returns false
     * @return true if both years are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReferencePeriod && start == ((ReferencePeriod) obj).start
            && end == ((ReferencePeriod) obj).end;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return start * 31 + end;
    }

    /**
     * Outputs the period.
     *
     * @return the year, such as {@code 2021}, or the span, such as {@code 2014/2016}, which
     *  {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return start == end ? String.valueOf(start) : start + "/" + end;
    }
}
