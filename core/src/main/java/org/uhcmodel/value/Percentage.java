package org.uhcmodel.value;

import java.math.BigDecimal;
import org.uhcmodel.internal.Rules;

/**
 * A percentage from 0 to 100 inclusive, such as a co-insurance rate or a share of a contribution.
 * <p>
 * The value is kept without trailing zeros, so {@code 80.0} equals {@code 80}.
 * <p>
 * Rules: {@code required}, {@code percentage.range}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

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
     * @param value  the percentage, from 0 to 100, not null
     * @return the percentage, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is missing or out of range
     */
    public static Percentage of(BigDecimal value) {
        if (value == null) {
            throw Rules.failure(Percentage.class, "value", "required", null);
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw Rules.failure(Percentage.class, "value", "percentage.range", value);
        }
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new Percentage(normal.scale() < 0 ? normal.setScale(0) : normal);
    }

    /**
     * Obtains a whole percentage.
     *
     * @param value  the percentage, from 0 to 100
     * @return the percentage, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is out of range
     */
    public static Percentage of(int value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Parses a decimal percentage, such as {@code 12.5}.
     *
     * @param text  the text, not null
     * @return the percentage, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not a decimal number from 0 to 100
     */
    public static Percentage parse(CharSequence text) {
        if (text == null) {
            throw Rules.failure(Percentage.class, "value", "required", null);
        }
        try {
            return of(new BigDecimal(text.toString()));
        } catch (NumberFormatException ex) {
            throw Rules.failure(Percentage.class, "value", "percentage.format", text.toString());
        }
    }

    /**
     * Gets the value.
     *
     * @return the percentage from 0 to 100, not null
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
     * Checks if this equals another percentage.
     *
     * @param obj  the other object, null returns false
     * @return true if the values are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Percentage && value.equals(((Percentage) obj).value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Outputs the plain value, such as {@code 12.5}.
     *
     * @return the text that {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
