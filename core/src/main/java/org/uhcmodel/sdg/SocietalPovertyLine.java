package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;

/**
 * The societal poverty line an observation of indicator 3.8.2 (2025 definition) subtracts from household consumption
 * or income to find the discretionary budget: an amount per person per day in purchasing-power-parity dollars of a
 * given year, such as the larger of $2.15 and $1.15 plus half the median consumption at 2017 PPPs (WHO indicator
 * metadata registry, item 376; World Bank Poverty and Inequality Platform).
 * <p>
 * Rules: {@code required} (daily amount, PPP year), {@code decimal.digits} (daily amount),
 * {@code societal-poverty-line.amount} (an amount not above zero), {@code societal-poverty-line.ppp-year-range} (a year
 * not from 1990 to 2100).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SocietalPovertyLine extends ModelObject {

    private static final Shape<SocietalPovertyLine> SHAPE = Shape.of(SocietalPovertyLine.class,
            SocietalPovertyLine::new, Builder::new)
        .checkedBy(SocietalPovertyLine::check);
    private static final Prop<BigDecimal> DAILY_AMOUNT = SHAPE.required("dailyAmount", BigDecimal.class);
    private static final Prop<Integer> PPP_YEAR = SHAPE.required("pppYear", Integer.class);

    private static final Rule AMOUNT = SHAPE.error("societal-poverty-line.amount", "must be above zero");
    // Reported by the constraint of pppYear, which names it.
    private static final Rule PPP_YEAR_RANGE = SHAPE.error("societal-poverty-line.ppp-year-range",
        "must be from 1990 to 2100");

    private SocietalPovertyLine(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a poverty line.
     *
     * @param dailyAmount  the amount per person per day in PPP dollars, above zero, not null
     * @param pppYear  the year of the purchasing power parities, from 1990 to 2100
     * @return the poverty line, not null
     * @throws NullPointerException if the amount is null
     * @throws org.uhcmodel.validation.ModelViolationException if the amount is not above zero or the year is out of
     *  range
     */
    public static SocietalPovertyLine of(BigDecimal dailyAmount, int pppYear) {
        return SHAPE.make(DAILY_AMOUNT, dailyAmount, PPP_YEAR, pppYear);
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
     * Gets the amount per person per day, in PPP dollars.
     *
     * @return the amount, above zero, such as 2.15, not null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal dailyAmount() {
        return value(DAILY_AMOUNT);
    }

    /**
     * Gets the year of the purchasing power parities the amount is expressed in.
     *
     * @return the year, such as 2017 or 2021, not null
     */
    @NotNull
    @Min(value = 1990, message = "{societal-poverty-line.ppp-year-range}")
    @Max(value = 2100, message = "{societal-poverty-line.ppp-year-range}")
    public Integer pppYear() {
        return value(PPP_YEAR);
    }

    private static void check(SocietalPovertyLine line, Checker checker) {
        BigDecimal amount = line.value(DAILY_AMOUNT);
        if (amount != null && amount.signum() <= 0) {
            checker.report(AMOUNT, DAILY_AMOUNT, amount);
        }
    }

    /**
     * Builds a {@link SocietalPovertyLine}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<SocietalPovertyLine, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the amount per person per day, in PPP dollars.
         *
         * @param dailyAmount  the value, not null
         * @return this builder
         */
        public Builder dailyAmount(BigDecimal dailyAmount) {
            return set(DAILY_AMOUNT, dailyAmount);
        }

        /**
         * Sets the year of the purchasing power parities the amount is expressed in.
         *
         * @param pppYear  the value, not null
         * @return this builder
         */
        public Builder pppYear(Integer pppYear) {
            return set(PPP_YEAR, pppYear);
        }
    }
}
