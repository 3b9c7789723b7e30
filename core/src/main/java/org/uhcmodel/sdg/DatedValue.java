package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;

/**
 * A value of an indicator in a year, as a target states its baseline and milestones: 74 in 2021.
 * <p>
 * Rules: {@code required} (year, value), {@code decimal.digits} (value), {@code dated-value.year-range} (a year not
 * from 1900 to 2100).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DatedValue extends ModelObject {

    private static final Shape<DatedValue> SHAPE = Shape.of(DatedValue.class,
            DatedValue::new, Builder::new);
    private static final Prop<Integer> YEAR = SHAPE.required("year", Integer.class);
    private static final Prop<BigDecimal> VALUE = SHAPE.required("value", BigDecimal.class);

    // Reported by the constraint of year, which names it.
    private static final Rule YEAR_RANGE = SHAPE.error("dated-value.year-range", "must be from 1900 to 2100");

    private DatedValue(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a value in a year.
     *
     * @param year  the year, from 1900 to 2100
     * @param value  the value, not null
     * @return the dated value, not null
     * @throws NullPointerException if the value is null
     * @throws org.uhcmodel.validation.ModelViolationException if the year is out of range or the value has too many
     *  digits
     */
    public static DatedValue of(int year, BigDecimal value) {
        return SHAPE.make(YEAR, year, VALUE, value);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the year.
     *
     * @return the year, from 1900 to 2100, not null
     */
    @NotNull
    @Min(value = 1900, message = "{dated-value.year-range}")
    @Max(value = 2100, message = "{dated-value.year-range}")
    public Integer year() {
        return value(YEAR);
    }

    /**
     * Gets the value, in the indicator's unit.
     *
     * @return the value, not null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal value() {
        return value(VALUE);
    }

    /**
     * Builds a {@link DatedValue}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<DatedValue, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the year.
         *
         * @param year  the value, not null
         * @return this builder
         */
        public Builder year(Integer year) {
            return set(YEAR, year);
        }

        /**
         * Sets the value, in the indicator's unit.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            return set(VALUE, value);
        }
    }
}
