package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * The cover of one category of services in a {@link BenefitPackage}, at a level of care and under an access condition
 * when the source distinguishes them, with the cost sharing that applies: the direct-cost dimension of the UHC cube.
 * A co-payment of 200 XOF per visit at health centres and of 1,000 XOF per visit at hospitals are two benefits of the
 * category {@link ServiceCategory#OUTPATIENT}, at the levels {@link FacilityLevel#PRIMARY} and
 * {@link FacilityLevel#SECONDARY}.
 * <p>
 * Rules: {@code required} (category), {@code benefit.negative-waiting-period} (a waiting period with a negative
 * part; at {@code waitingPeriod}), {@code benefit.currency-mismatch} (the co-payment, the deductible and the ceiling
 * are not in one currency; at each amount in another currency than the first given, in that order),
 * {@code money.negative} (a negative co-payment, deductible or ceiling; at its {@code amount}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Benefit extends ModelObject {

    private static final Shape<Benefit> SHAPE = Shape.of(Benefit.class, Benefit::new, Builder::new)
        .checkedBy(Benefit::check);
    private static final Prop<ServiceCategory> CATEGORY = SHAPE.required("category", ServiceCategory.class);
    private static final Prop<FacilityLevel> LEVEL = SHAPE.optional("level", FacilityLevel.class);
    private static final Prop<AccessCondition> ACCESS = SHAPE.optional("access", AccessCondition.class);
    private static final Prop<Percentage> COINSURANCE = SHAPE.optional("coinsurance", Percentage.class);
    private static final Prop<Money> COPAYMENT = SHAPE.optional("copayment", Money.class);
    private static final Prop<AmountBasis> COPAYMENT_BASIS = SHAPE.optional("copaymentBasis", AmountBasis.class);
    private static final Prop<Money> DEDUCTIBLE = SHAPE.optional("deductible", Money.class);
    private static final Prop<AmountBasis> DEDUCTIBLE_BASIS = SHAPE.optional("deductibleBasis", AmountBasis.class);
    private static final Prop<Money> CEILING = SHAPE.optional("ceiling", Money.class);
    private static final Prop<AmountBasis> CEILING_BASIS = SHAPE.optional("ceilingBasis", AmountBasis.class);
    private static final Prop<QuantityLimit> QUANTITY_LIMITS = SHAPE.list("quantityLimits", QuantityLimit.class);
    private static final Prop<java.time.Period> WAITING_PERIOD =
        SHAPE.optional("waitingPeriod", java.time.Period.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);

    private static final Rule NEGATIVE_WAITING_PERIOD = SHAPE.error("benefit.negative-waiting-period",
        "a waiting period must not be negative");
    private static final Rule CURRENCY_MISMATCH = SHAPE.error("benefit.currency-mismatch",
        "the co-payment, the deductible and the ceiling must be in one currency", COPAYMENT, DEDUCTIBLE);
    private static final List<Prop<Money>> MONIES = List.of(COPAYMENT, DEDUCTIBLE, CEILING);
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
        return SHAPE.make(CATEGORY, category);
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
     * Gets the level of care the cover and cost sharing apply at.
     *
     * @return the level, such as {@link FacilityLevel#PRIMARY} for health centres, empty if they apply at every level
     */
    public Optional<FacilityLevel> level() {
        return optional(LEVEL);
    }

    /**
     * Gets the condition under which the cover applies.
     *
     * @return the condition, such as {@link AccessCondition#ON_REFERRAL} when a referral is required, empty if none
     */
    public Optional<AccessCondition> access() {
        return optional(ACCESS);
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
     * Gets the co-payment: a fixed amount the member pays.
     *
     * @return the co-payment, empty if not stated
     */
    public Optional<Money> copayment() {
        return optional(COPAYMENT);
    }

    /**
     * Gets what the co-payment is due per.
     *
     * @return the basis, such as {@link AmountBasis#VISIT}, empty if not stated
     */
    public Optional<AmountBasis> copaymentBasis() {
        return optional(COPAYMENT_BASIS);
    }

    /**
     * Gets the deductible: what the member pays before the scheme pays.
     *
     * @return the deductible, empty if none stated
     */
    public Optional<Money> deductible() {
        return optional(DEDUCTIBLE);
    }

    /**
     * Gets what the deductible applies per.
     *
     * @return the basis, such as {@link AmountBasis#PERSON_YEAR}, empty if not stated
     */
    public Optional<AmountBasis> deductibleBasis() {
        return optional(DEDUCTIBLE_BASIS);
    }

    /**
     * Gets the ceiling: the most the scheme pays.
     *
     * @return the ceiling, empty if not stated
     */
    public Optional<Money> ceiling() {
        return optional(CEILING);
    }

    /**
     * Gets what the ceiling applies per.
     *
     * @return the basis, such as {@link AmountBasis#EPISODE} or {@link AmountBasis#PERSON_YEAR}, empty if not stated
     */
    public Optional<AmountBasis> ceilingBasis() {
        return optional(CEILING_BASIS);
    }

    /**
     * Gets the limits on how much is covered.
     *
     * @return the unmodifiable limits, such as four visits per pregnancy, empty if none
     */
    public List<@NotNull QuantityLimit> quantityLimits() {
        return list(QUANTITY_LIMITS);
    }

    /**
     * Gets the waiting period: how long after joining a member waits before the category is covered.
     *
     * @return the waiting period, zero or more in each part, empty if not stated
     */
    public Optional<java.time.Period> waitingPeriod() {
        return optional(WAITING_PERIOD);
    }

    /**
     * Gets when the benefit and its cost sharing are in force.
     *
     * @return the period, empty if they hold whenever the package does
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Checks whether this benefit may be in force on a day.
     *
     * @param date  the day, not null
     * @return true if the benefit has no validity or its validity may contain the day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Validity.mayHold(validity(), date);
    }

    private static void check(Benefit benefit, Checker checker) {
        Optional<java.time.Period> waitingPeriod = benefit.waitingPeriod();
        if (waitingPeriod.isPresent() && waitingPeriod.get().isNegative()) {
            checker.report(NEGATIVE_WAITING_PERIOD, WAITING_PERIOD, waitingPeriod.get());
        }
        CurrencyCode currency = null;
        for (Prop<Money> prop : MONIES) {
            Money money = benefit.optional(prop).orElse(null);
            if (money == null || money.currency() == null) {
                continue;
            }
            if (money.isNegative()) {
                checker.report(NEGATIVE_MONEY, prop.name() + ".amount", money.amount());
            }
            if (currency == null) {
                currency = money.currency();
            } else if (!currency.equals(money.currency())) {
                checker.report(CURRENCY_MISMATCH, prop, money);
            }
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
         * Sets the level of care the cover and cost sharing apply at.
         *
         * @param level  the value, not null
         * @return this builder
         */
        public Builder level(FacilityLevel level) {
            return set(LEVEL, level);
        }

        /**
         * Sets the condition under which the cover applies.
         *
         * @param access  the value, not null
         * @return this builder
         */
        public Builder access(AccessCondition access) {
            return set(ACCESS, access);
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
         * Sets the co-payment: a fixed amount the member pays.
         *
         * @param copayment  the value, not null
         * @return this builder
         */
        public Builder copayment(Money copayment) {
            return set(COPAYMENT, copayment);
        }

        /**
         * Sets what the co-payment is due per.
         *
         * @param copaymentBasis  the value, not null
         * @return this builder
         */
        public Builder copaymentBasis(AmountBasis copaymentBasis) {
            return set(COPAYMENT_BASIS, copaymentBasis);
        }

        /**
         * Sets the deductible: what the member pays before the scheme pays.
         *
         * @param deductible  the value, not null
         * @return this builder
         */
        public Builder deductible(Money deductible) {
            return set(DEDUCTIBLE, deductible);
        }

        /**
         * Sets what the deductible applies per.
         *
         * @param deductibleBasis  the value, not null
         * @return this builder
         */
        public Builder deductibleBasis(AmountBasis deductibleBasis) {
            return set(DEDUCTIBLE_BASIS, deductibleBasis);
        }

        /**
         * Sets the ceiling: the most the scheme pays.
         *
         * @param ceiling  the value, not null
         * @return this builder
         */
        public Builder ceiling(Money ceiling) {
            return set(CEILING, ceiling);
        }

        /**
         * Sets what the ceiling applies per.
         *
         * @param ceilingBasis  the value, not null
         * @return this builder
         */
        public Builder ceilingBasis(AmountBasis ceilingBasis) {
            return set(CEILING_BASIS, ceilingBasis);
        }

        /**
         * Adds one of the limits on how much is covered.
         *
         * @param quantityLimit  the value, not null
         * @return this builder
         */
        public Builder addQuantityLimit(QuantityLimit quantityLimit) {
            return add(QUANTITY_LIMITS, quantityLimit);
        }

        /**
         * Adds, in order, the limits on how much is covered.
         *
         * @param quantityLimits  the values, none null, not null
         * @return this builder
         */
        public Builder addAllQuantityLimits(Iterable<? extends QuantityLimit> quantityLimits) {
            return addAll(QUANTITY_LIMITS, quantityLimits);
        }

        /**
         * Replaces the limits on how much is covered.
         *
         * @param quantityLimits  the values, none null, not null
         * @return this builder
         */
        public Builder quantityLimits(Iterable<? extends QuantityLimit> quantityLimits) {
            return setAll(QUANTITY_LIMITS, quantityLimits);
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

        /**
         * Sets when the benefit and its cost sharing are in force.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }
    }
}
