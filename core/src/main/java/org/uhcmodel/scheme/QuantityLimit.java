package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * The most a {@link Benefit} covers of something counted, over a span or per event, such as four antenatal visits per
 * pregnancy, thirty days per admission or twelve visits per person and year.
 * <p>
 * Rules: {@code required} (maximum, unit), {@code positive-or-zero} (maximum), {@code quantity-limit.uncountable-unit}
 * (the unit is a span of time per person or household, not an event of care that can be counted; at {@code unit}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class QuantityLimit extends ModelObject {

    private static final Shape<QuantityLimit> SHAPE = Shape.of(QuantityLimit.class, QuantityLimit::new, Builder::new)
        .checkedBy(QuantityLimit::check);
    private static final Prop<Integer> MAXIMUM = SHAPE.required("maximum", Integer.class);
    private static final Prop<AmountBasis> UNIT = SHAPE.required("unit", AmountBasis.class);
    private static final Prop<AmountBasis> PER = SHAPE.optional("per", AmountBasis.class);

    private static final Rule UNCOUNTABLE_UNIT = SHAPE.error("quantity-limit.uncountable-unit",
        "must count events of care, such as visits, days or admissions");

    private QuantityLimit(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a limit.
     *
     * @param maximum  the most covered, zero or more
     * @param unit  what is counted, such as {@link AmountBasis#VISIT}, not null
     * @param per  what the count is per, such as {@link AmountBasis#EPISODE}, not null
     * @return the limit, not null
     * @throws NullPointerException if an argument is null, naming it
     * @throws org.uhcmodel.validation.ModelViolationException if the maximum is negative or the unit is not counted
     */
    public static QuantityLimit of(int maximum, AmountBasis unit, AmountBasis per) {
        return SHAPE.make(MAXIMUM, maximum, UNIT, unit, PER, per);
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
     * Gets the most covered.
     *
     * @return the maximum, zero or more
     */
    @NotNull
    @PositiveOrZero
    public Integer maximum() {
        return value(MAXIMUM);
    }

    /**
     * Gets what is counted.
     *
     * @return the unit, an event of care such as {@link AmountBasis#VISIT}, not null
     */
    @NotNull
    public AmountBasis unit() {
        return value(UNIT);
    }

    /**
     * Gets what the count is per.
     *
     * @return the basis, such as {@link AmountBasis#PERSON_YEAR}, empty if the limit is stated without one
     */
    public Optional<AmountBasis> per() {
        return optional(PER);
    }

    private static void check(QuantityLimit limit, Checker checker) {
        AmountBasis unit = limit.unit();
        if (unit != null && !unit.isCountable()) {
            checker.report(UNCOUNTABLE_UNIT, UNIT, unit);
        }
    }

    /**
     * Builds a {@link QuantityLimit}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<QuantityLimit, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the most covered.
         *
         * @param maximum  the value
         * @return this builder
         */
        public Builder maximum(int maximum) {
            return set(MAXIMUM, maximum);
        }

        /**
         * Sets what is counted.
         *
         * @param unit  the value, not null
         * @return this builder
         */
        public Builder unit(AmountBasis unit) {
            return set(UNIT, unit);
        }

        /**
         * Sets what the count is per.
         *
         * @param per  the value, not null
         * @return this builder
         */
        public Builder per(AmountBasis per) {
            return set(PER, per);
        }
    }
}
