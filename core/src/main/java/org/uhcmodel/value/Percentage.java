package org.uhcmodel.value;

import java.math.BigDecimal;
import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Decimals;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;

/**
 * A percentage from 0 to 100 inclusive, such as a co-insurance rate or a share of a contribution.
 * <p>
 * The value keeps the scale it was given: {@code 80.0} stays {@code 80.0}. Percentages are equal by value, so
 * {@code 80.0} equals {@code 80}. A percentage has at most 18 digits after the decimal point, as given.
 * <p>
 * Rules: {@code percentage.range}, {@code percentage.format} (text not in plain notation),
 * {@code decimal.digits} (too many digits).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

    private static final TextType<Percentage> TEXT = TextType.of(Percentage.class, Percentage::parse, Percentage::toString,
        "A percentage from 0 to 100 in plain decimal notation, such as 12.5.",
        null);

    private static final Rule RANGE = RuleBook.error(Percentage.class, "percentage.range",
        "must be from 0 to 100 inclusive");
    private static final Rule FORMAT = RuleBook.error(Percentage.class, "percentage.format",
        "is not a decimal number in plain notation, such as 12.5");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No percent. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    /** The whole. */
    public static final Percentage HUNDRED_PERCENT = new Percentage(HUNDRED);

    private final BigDecimal value;

    private Percentage(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains a percentage.
     *
     * @param value  the percentage, from 0 to 100, at most 18 digits after the decimal point, not null
     * @return the percentage, with the scale given, not null
     * @throws NullPointerException if the value is null
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule: the value is out of range
     *  or has too many digits
     */
    public static Percentage of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        // Comparing with 0 and 100 looks at signs and exponents first: cheap even for a value far out of bounds.
        boolean inRange = value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
        boolean fits = Decimals.fits(value);
        if (!inRange || !fits) {
            Checker checker = new Checker(Severity.ERROR);
            if (!inRange) {
                checker.report(RANGE, "value", value);
            }
            if (!fits) {
                checker.report(Rule.DECIMAL_DIGITS, "value", value);
            }
            checker.throwIfAny(Percentage.class);
        }
        return new Percentage(value);
    }

    /**
     * Obtains a whole percentage.
     *
     * @param value  the percentage, from 0 to 100
     * @return the percentage, of scale 0, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is out of range
     */
    public static Percentage of(int value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Parses a percentage in plain notation, such as {@code 12.5}: the form {@link #toString()} writes,
     * {@code -?[0-9]+(\.[0-9]+)?} with ASCII digits, no exponent and no plus sign. The value keeps as many digits
     * after the point as the text has; leading zeros are dropped.
     *
     * @param text  the text, not null
     * @return the percentage, not null
     * @throws NullPointerException if the text is null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not in plain notation, has too many
     *  digits or is not from 0 to 100
     */
    public static Percentage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value = Decimals.readPlain(text);
        if (value == null) {
            throw Checker.refusal(Percentage.class, Decimals.refusal(text, FORMAT), "value",
                text.toString());
        }
        return of(value);
    }

    /**
     * Gets the value.
     *
     * @return the percentage from 0 to 100, with the scale given, not null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Compares by value.
     *
     * @param other  the other percentage, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks if this equals another percentage of the same value, whatever their scales: {@code 80.0} equals
     * {@code 80}.
     *
     * @param obj  the other object, null returns false
     * @return true if the values are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Percentage && value.compareTo(((Percentage) obj).value) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    /**
     * Outputs the plain value with the scale given, such as {@code 12.5} or {@code 80.0}.
     *
     * @return the text that {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
