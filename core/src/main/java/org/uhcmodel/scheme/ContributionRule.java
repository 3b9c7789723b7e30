package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;

/**
 * How members of a {@link CoverageScheme} contribute: on what basis, at what rate or amount, how often,
 * and how the contribution is split between payers, such as 9 percent of salary, the employer paying
 * two thirds and the employee one third.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (basis);</li>
 *   <li>{@code contribution-rule.rate-required}: a percentage of salary without a rate (path {@code rate});</li>
 *   <li>{@code contribution-rule.amount-required}: a flat premium, per person or per household, without an amount
 *     (path {@code amount});</li>
 *   <li>{@code contribution-rule.shares-sum}: shares are given but do not add up to exactly 100
 *     (path {@code shares});</li>
 *   <li>{@code contribution-rule.duplicate-payer}: a payer has two shares (path {@code shares[i].payer} of the
 *     repetition);</li>
 *   <li>{@code money.negative}: a negative amount (path {@code amount.amount}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ContributionRule extends ModelObject {

    private static final Shape<ContributionRule> SHAPE = Shape.of(ContributionRule.class,
            ContributionRule::new, Builder::new)
        .checkedBy(ContributionRule::check);
    private static final Prop<ContributionBasis> BASIS = SHAPE.required("basis", ContributionBasis.class);
    private static final Prop<Percentage> RATE = SHAPE.optional("rate", Percentage.class);
    private static final Prop<Money> AMOUNT = SHAPE.optional("amount", Money.class);
    private static final Prop<ContributionPeriod> PERIOD = SHAPE.optional("period", ContributionPeriod.class);
    private static final Prop<PayerShare> SHARES = SHAPE.list("shares", PayerShare.class);

    private static final Rule RATE_REQUIRED = SHAPE.error("contribution-rule.rate-required",
        "a contribution on a percentage of salary needs a rate", BASIS);
    private static final Rule AMOUNT_REQUIRED = SHAPE.error("contribution-rule.amount-required",
        "a flat premium needs an amount", BASIS);
    private static final Rule SHARES_SUM = SHAPE.error("contribution-rule.shares-sum",
        "the payers' shares must add up to exactly 100");
    private static final Rule DUPLICATE_PAYER = SHAPE.error("contribution-rule.duplicate-payer",
        "a payer may have only one share");
    private static final Rule NEGATIVE_AMOUNT = SHAPE.enforces(Money.class, "money.negative");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContributionRule(Object[] values) {
        super(SHAPE, values);
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
     * Gets what the contribution is charged on.
     *
     * @return the basis, not null
     */
    @NotNull
    public ContributionBasis basis() {
        return value(BASIS);
    }

    /**
     * Gets the rate applied to the salary.
     *
     * @return the rate, present for {@link ContributionBasis#PERCENTAGE_OF_SALARY}, empty if not stated
     */
    public Optional<Percentage> rate() {
        return optional(RATE);
    }

    /**
     * Gets the fixed amount due.
     *
     * @return the amount, present for a flat premium, empty if not stated
     */
    public Optional<Money> amount() {
        return optional(AMOUNT);
    }

    /**
     * Gets how often the contribution is due.
     *
     * @return the period, empty if not stated
     */
    public Optional<ContributionPeriod> period() {
        return optional(PERIOD);
    }

    /**
     * Gets how the contribution is split between payers.
     *
     * @return the unmodifiable shares, adding up to 100, empty if the split is not stated
     */
    public List<@NotNull PayerShare> shares() {
        return list(SHARES);
    }

    private static void check(ContributionRule rule, Checker checker) {
        ContributionBasis basis = rule.basis();
        if (basis == ContributionBasis.PERCENTAGE_OF_SALARY && rule.rate().isEmpty()) {
            checker.report(RATE_REQUIRED, RATE, null);
        }
        boolean flatPremium = basis == ContributionBasis.FLAT_PREMIUM_PER_PERSON
            || basis == ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD;
        if (flatPremium && rule.amount().isEmpty()) {
            checker.report(AMOUNT_REQUIRED, AMOUNT, null);
        }
        if (rule.amount().isPresent() && rule.amount().get().isNegative()) {
            checker.report(NEGATIVE_AMOUNT, "amount.amount", rule.amount().get().amount());
        }
        List<PayerShare> shares = rule.shares();
        if (shares.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<PayerType> payers = EnumSet.noneOf(PayerType.class);
        for (int i = 0; i < shares.size(); i++) {
            PayerShare share = shares.get(i);
            if (share.share() != null) {
                sum = sum.add(share.share().value());
            }
            if (share.payer() != null && !payers.add(share.payer())) {
                checker.report(DUPLICATE_PAYER, "shares[" + i + "].payer", share.payer());
            }
        }
        if (sum.compareTo(HUNDRED) != 0) {
            checker.report(SHARES_SUM, SHARES, sum);
        }
    }

    /**
     * Builds a {@link ContributionRule}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<ContributionRule, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets what the contribution is charged on.
         *
         * @param basis  the value, not null
         * @return this builder
         */
        public Builder basis(ContributionBasis basis) {
            return set(BASIS, basis);
        }

        /**
         * Sets the rate applied to the salary.
         *
         * @param rate  the value, not null
         * @return this builder
         */
        public Builder rate(Percentage rate) {
            return set(RATE, rate);
        }

        /**
         * Sets the fixed amount due.
         *
         * @param amount  the value, not null
         * @return this builder
         */
        public Builder amount(Money amount) {
            return set(AMOUNT, amount);
        }

        /**
         * Sets how often the contribution is due.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(ContributionPeriod period) {
            return set(PERIOD, period);
        }

        /**
         * Adds one of how the contribution is split between payers.
         *
         * @param share  the value, not null
         * @return this builder
         */
        public Builder addShare(PayerShare share) {
            return add(SHARES, share);
        }

        /**
         * Adds, in order, how the contribution is split between payers.
         *
         * @param shares  the values, none null, not null
         * @return this builder
         */
        public Builder addAllShares(Iterable<? extends PayerShare> shares) {
            return addAll(SHARES, shares);
        }

        /**
         * Replaces how the contribution is split between payers.
         *
         * @param shares  the values, none null, not null
         * @return this builder
         */
        public Builder shares(Iterable<? extends PayerShare> shares) {
            return setAll(SHARES, shares);
        }
    }
}
