package org.uhcmodel.value;

import java.math.BigDecimal;
import org.uhcmodel.internal.Decimals;
import org.uhcmodel.internal.FactorySink;

/**
 * A percentage from 0 to 100 inclusive, such as a co-insurance rate or a share of a contribution.
 * <p>
 * The value is kept without trailing zeros, so {@code 80.0} equals {@code 80}.
 * <p>
 * A percentage has at most 18 digits after the decimal point, as given.
 * <p>
 * Rules: {@code required}, {@code percentage.range}, {@code percentage.format} (text not in plain notation),
 * {@code decimal.digits} (too many digits).
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
     * @param value  the percentage, from 0 to 100, at most 18 digits after the decimal point, not null
     * @return the percentage, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule: the value is missing,
     *  out of range or has too many digits
     */
    public static Percentage of(BigDecimal value) {
        FactorySink sink = new FactorySink(Percentage.class);
        if (value == null) {
            sink.report("required", "value", null);
        } else {
            check(value, sink);
        }
        sink.throwIfAny();
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new Percentage(normal.scale() < 0 ? normal.setScale(0) : normal);
    }

    private static void check(BigDecimal value, FactorySink sink) {
        // Comparing with 0 and 100 looks at signs and exponents first: cheap even for a value far out of bounds.
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            sink.report("percentage.range", "value", value);
        }
        if (!Decimals.fits(value)) {
            sink.report("decimal.digits", "value", value);
        }
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
     * Parses a percentage in plain notation, such as {@code 12.5}: the form {@link #toString()} writes,
     * {@code -?[0-9]+(\.[0-9]+)?} with ASCII digits, no exponent and no plus sign.
     *
     * @param text  the text, not null
     * @return the percentage, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is missing, not in plain notation,
     *  has too many digits or is not from 0 to 100
     */
    public static Percentage parse(CharSequence text) {
        FactorySink sink = new FactorySink(Percentage.class);
        if (text == null) {
            sink.report("required", "value", null);
        } else if (!Decimals.isPlain(text)) {
            sink.report("percentage.format", "value", text.toString());
        } else if (!Decimals.plainFits(text)) {
            sink.report("decimal.digits", "value", text.toString());
        }
        sink.throwIfAny();
        return of(Decimals.parsePlain(text));
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
