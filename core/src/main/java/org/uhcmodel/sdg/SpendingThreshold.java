package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;

/**
 * The share of a household's budget above which its out-of-pocket health spending counts for indicator 3.8.2, and
 * the share below which it stops counting where the measure is a band.
 * <p>
 * The 2017 definition measures spending against total household expenditure or income, above 10% or 25%. The 2025
 * definition measures it against the discretionary budget, what is left above the societal poverty line: financial
 * hardship is spending above 40% of it, impoverishing spending above 100%, and large but not impoverishing spending
 * above 40% and below 100% (WHO indicator metadata registry, item 376).
 * <p>
 * Rules: {@code required} (basis, above), {@code positive-or-zero} (above), {@code decimal.digits} (above, below),
 * {@code spending-threshold.order} (a band whose upper share is not above its lower share).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SpendingThreshold extends ModelObject {

    private static final Shape<SpendingThreshold> SHAPE = Shape.of(SpendingThreshold.class,
            SpendingThreshold::new, Builder::new)
        .checkedBy(SpendingThreshold::check);
    private static final Prop<BudgetBasis> BASIS = SHAPE.required("basis", BudgetBasis.class);
    private static final Prop<BigDecimal> ABOVE = SHAPE.required("above", BigDecimal.class);
    private static final Prop<BigDecimal> BELOW = SHAPE.optional("below", BigDecimal.class);

    private static final Rule ORDER = SHAPE.error("spending-threshold.order",
        "the upper share of a band must be above its lower share", ABOVE);

    private SpendingThreshold(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a threshold above which spending counts, however large.
     *
     * @param basis  what spending is measured against, not null
     * @param above  the share in percent, such as 10 or 40, zero or more, not null
     * @return the threshold, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if the share is negative
     */
    public static SpendingThreshold above(BudgetBasis basis, BigDecimal above) {
        return SHAPE.make(BASIS, basis, ABOVE, above);
    }

    /**
     * Obtains a band of spending: above one share and below another.
     *
     * @param basis  what spending is measured against, not null
     * @param above  the lower share in percent, zero or more, not null
     * @param below  the upper share in percent, above the lower one, not null
     * @return the threshold, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if a share is negative or the band is empty
     */
    public static SpendingThreshold between(BudgetBasis basis, BigDecimal above, BigDecimal below) {
        return SHAPE.make(BASIS, basis, ABOVE, above, BELOW, below);
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
     * Gets what spending is measured against.
     *
     * @return the basis, not null
     */
    @NotNull
    public BudgetBasis basis() {
        return value(BASIS);
    }

    /**
     * Gets the share of the budget, in percent, above which spending counts.
     *
     * @return the percentage, such as 10 or 40, zero or more, not null
     */
    @NotNull
    @PositiveOrZero
    @BoundedDecimal
    public BigDecimal above() {
        return value(ABOVE);
    }

    /**
     * Gets the share of the budget, in percent, below which spending counts, for a band.
     *
     * @return the percentage, above {@link #above()}, empty if spending counts however large
     */
    public Optional<@BoundedDecimal BigDecimal> below() {
        return optional(BELOW);
    }

    /**
     * Checks whether a share of the budget spent on health counts at this threshold.
     *
     * @param share  the share in percent, not null
     * @return true if the share is above {@link #above()} and, for a band, below {@link #below()}
     */
    public boolean counts(BigDecimal share) {
        Objects.requireNonNull(share, "share");
        BigDecimal below = value(BELOW);
        return share.compareTo(value(ABOVE)) > 0 && (below == null || share.compareTo(below) < 0);
    }

    private static void check(SpendingThreshold threshold, Checker checker) {
        BigDecimal above = threshold.value(ABOVE);
        BigDecimal below = threshold.value(BELOW);
        if (above != null && below != null && below.compareTo(above) <= 0) {
            checker.report(ORDER, BELOW, below);
        }
    }

    /**
     * Builds a {@link SpendingThreshold}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<SpendingThreshold, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets what spending is measured against.
         *
         * @param basis  the value, not null
         * @return this builder
         */
        public Builder basis(BudgetBasis basis) {
            return set(BASIS, basis);
        }

        /**
         * Sets the share of the budget, in percent, above which spending counts.
         *
         * @param above  the value, not null
         * @return this builder
         */
        public Builder above(BigDecimal above) {
            return set(ABOVE, above);
        }

        /**
         * Sets the share of the budget, in percent, below which spending counts, for a band.
         *
         * @param below  the value, not null
         * @return this builder
         */
        public Builder below(BigDecimal below) {
            return set(BELOW, below);
        }
    }
}
