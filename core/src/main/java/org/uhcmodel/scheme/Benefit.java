package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;

/**
 * The cover of one category of services in a {@link BenefitPackage}, with the cost sharing that applies:
 * the direct-cost dimension of the UHC cube.
 * <p>
 * Rules: {@code required} (category), {@code benefit.negative-waiting-period} (a waiting period with a negative
 * part; path {@code waitingPeriod}), {@code benefit.currency-mismatch} (the copayment and the ceiling are in
 * different currencies; path {@code ceiling}), {@code money.negative} (a negative copayment or ceiling; path
 * {@code copayment.amount} or {@code ceiling.amount}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Benefit extends ModelObject {

    private static final Shape<Benefit> SHAPE = Shape.of(Benefit.class, Benefit::new, Builder::new)
        .checkedBy(Benefit::check);
    private static final Prop<ServiceCategory> CATEGORY = SHAPE.required("category", ServiceCategory.class);
    private static final Prop<Percentage> COINSURANCE = SHAPE.optional("coinsurance", Percentage.class);
    private static final Prop<Money> COPAYMENT = SHAPE.optional("copayment", Money.class);
    private static final Prop<Money> CEILING = SHAPE.optional("ceiling", Money.class);
    private static final Prop<java.time.Period> WAITING_PERIOD =
        SHAPE.optional("waitingPeriod", java.time.Period.class);

    private static final Rule NEGATIVE_WAITING_PERIOD = SHAPE.error("benefit.negative-waiting-period",
        "a waiting period must not be negative");
    private static final Rule CURRENCY_MISMATCH = SHAPE.error("benefit.currency-mismatch",
        "the ceiling must be in the currency of the copayment", COPAYMENT);
    private static final Rule NEGATIVE_MONEY = SHAPE.enforces(Money.class, "money.negative");

    private Benefit(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a benefit covering a category with no cost sharing stated.
     *
     * @param category  the category of services, not null
     * @return the benefit, not null
     * @throws NullPointerException if the category is null
     */
    public static Benefit of(ServiceCategory category) {
        return builder().category(category).build();
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
     * Gets the category of services covered.
     *
     * @return the category, not null
     */
    @NotNull
    public ServiceCategory category() {
        return value(CATEGORY);
    }

    /**
     * Gets the co-insurance: the share of the cost the member pays, the scheme paying the rest.
     *
     * @return the share the member pays, such as 20, empty if not stated
     */
    public Optional<Percentage> coinsurance() {
        return optional(COINSURANCE);
    }

    /**
     * Gets the copayment: the fixed amount the member pays for each service or visit.
     *
     * @return the copayment, empty if not stated
     */
    public Optional<Money> copayment() {
        return optional(COPAYMENT);
    }

    /**
     * Gets the ceiling: the most the scheme pays for the category, per member and year unless the source says
     * otherwise.
     *
     * @return the ceiling, empty if not stated
     */
    public Optional<Money> ceiling() {
        return optional(CEILING);
    }

    /**
     * Gets the waiting period: how long after joining a member waits before the category is covered.
     *
     * @return the waiting period, zero or more in each part, empty if not stated
     */
    public Optional<java.time.Period> waitingPeriod() {
        return optional(WAITING_PERIOD);
    }

    private static void check(Benefit benefit, Checker checker) {
        Optional<java.time.Period> waitingPeriod = benefit.waitingPeriod();
        if (waitingPeriod.isPresent() && waitingPeriod.get().isNegative()) {
            checker.report(NEGATIVE_WAITING_PERIOD, WAITING_PERIOD, waitingPeriod.get());
        }
        Optional<Money> copayment = benefit.copayment();
        Optional<Money> ceiling = benefit.ceiling();
        if (copayment.isPresent() && copayment.get().isNegative()) {
            checker.report(NEGATIVE_MONEY, "copayment.amount", copayment.get().amount());
        }
        if (ceiling.isPresent() && ceiling.get().isNegative()) {
            checker.report(NEGATIVE_MONEY, "ceiling.amount", ceiling.get().amount());
        }
        if (copayment.isPresent() && ceiling.isPresent()
            && !ceiling.get().currency().equals(copayment.get().currency())) {
            checker.report(CURRENCY_MISMATCH, CEILING, ceiling.get());
        }
    }

    /**
     * Builds a {@link Benefit}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Benefit, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the category of services covered.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder category(ServiceCategory category) {
            return set(CATEGORY, category);
        }

        /**
         * Sets the co-insurance: the share of the cost the member pays, the scheme paying the rest.
         *
         * @param coinsurance  the value, not null
         * @return this builder
         */
        public Builder coinsurance(Percentage coinsurance) {
            return set(COINSURANCE, coinsurance);
        }

        /**
         * Sets the copayment: the fixed amount the member pays for each service or visit.
         *
         * @param copayment  the value, not null
         * @return this builder
         */
        public Builder copayment(Money copayment) {
            return set(COPAYMENT, copayment);
        }

        /**
         * Sets the ceiling: the most the scheme pays for the category, per member and year unless the source says
         * otherwise.
         *
         * @param ceiling  the value, not null
         * @return this builder
         */
        public Builder ceiling(Money ceiling) {
            return set(CEILING, ceiling);
        }

        /**
         * Sets the waiting period: how long after joining a member waits before the category is covered.
         *
         * @param waitingPeriod  the value, not null
         * @return this builder
         */
        public Builder waitingPeriod(java.time.Period waitingPeriod) {
            return set(WAITING_PERIOD, waitingPeriod);
        }
    }
}
