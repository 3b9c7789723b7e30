package org.uhcmodel.scheme;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * How members of a {@link CoverageScheme}, or some of them, contribute: on what basis, at what rate, amount or range,
 * how often, how the contribution is split between payers, whom it applies to and when it is in force, such as 9
 * percent of salary up to a ceiling, the employer paying two thirds; 1,000 XOF a month per person for members of
 * income category 2 from 2020; or a household premium covering up to six people.
 * <p>
 * A rule that names no group and no category applies to every member; one without validity holds whenever the scheme
 * does, so a premium that changed is two rules with their validity periods
 * ({@link CoverageScheme#contributionsInForce}).
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (basis), {@code not-blank} (categories), {@code contribution-rule.members-covered}
 *     (membersCovered below 1);</li>
 *   <li>{@code contribution-rule.rate-required}: a percentage of salary, income or pension without a rate (at
 *     {@code rate});</li>
 *   <li>{@code contribution-rule.amount-required}: a flat premium, per person, household or family, without an amount
 *     or a range (at {@code amount});</li>
 *   <li>{@code contribution-rule.range-order}: the minimum lies above the maximum (at {@code maximum});</li>
 *   <li>{@code contribution-rule.amount-outside-range}: the amount lies outside the range (at {@code amount});</li>
 *   <li>{@code contribution-rule.currency-mismatch}: the amounts are not all in one currency (at each amount in
 *     another currency than the first given, in the order amount, minimum, maximum, baseCeiling, householdCap);</li>
 *   <li>{@code contribution-rule.cap-unit}: a household cap on a premium that is not per person, or a number of
 *     members covered by a premium that is not per household or family (at the property);</li>
 *   <li>{@code contribution-rule.shares-sum}: shares are given but do not add up to exactly 100 (at
 *     {@code shares});</li>
 *   <li>{@code contribution-rule.duplicate-payer}: a payer has two shares (at {@code shares[i].payer} of the
 *     repetition);</li>
 *   <li>{@code money.negative}: a negative amount, minimum, maximum, base ceiling or household cap (at its
 *     {@code amount}).</li>
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
    private static final Prop<LocalizedText> BASE = SHAPE.optional("base", LocalizedText.class);
    private static final Prop<Money> BASE_CEILING = SHAPE.optional("baseCeiling", Money.class);
    private static final Prop<Money> AMOUNT = SHAPE.optional("amount", Money.class);
    private static final Prop<Money> MINIMUM = SHAPE.optional("minimum", Money.class);
    private static final Prop<Money> MAXIMUM = SHAPE.optional("maximum", Money.class);
    private static final Prop<Money> HOUSEHOLD_CAP = SHAPE.optional("householdCap", Money.class);
    private static final Prop<Integer> MEMBERS_COVERED = SHAPE.optional("membersCovered", Integer.class);
    private static final Prop<ContributionPeriod> PERIOD = SHAPE.optional("period", ContributionPeriod.class);
    private static final Prop<PayerShare> SHARES = SHAPE.list("shares", PayerShare.class);
    private static final Prop<PopulationGroup> GROUPS = SHAPE.set("groups", PopulationGroup.class);
    private static final Prop<String> CATEGORIES = SHAPE.list("categories", String.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);
    private static final Prop<LocalizedText> NAME = SHAPE.optional("name", LocalizedText.class);

    private static final Rule RATE_REQUIRED = SHAPE.error("contribution-rule.rate-required",
        "a contribution on a percentage of salary, income or pension needs a rate", BASIS);
    private static final Rule AMOUNT_REQUIRED = SHAPE.error("contribution-rule.amount-required",
        "a flat premium needs an amount or a range", BASIS, MINIMUM, MAXIMUM);
    private static final Rule RANGE_ORDER = SHAPE.error("contribution-rule.range-order",
        "must not lie below the minimum", MINIMUM);
    private static final Rule AMOUNT_OUTSIDE_RANGE = SHAPE.error("contribution-rule.amount-outside-range",
        "must lie within the minimum and the maximum", MINIMUM, MAXIMUM);
    private static final Rule CURRENCY_MISMATCH = SHAPE.error("contribution-rule.currency-mismatch",
        "the amounts of a contribution must be in one currency", AMOUNT, MINIMUM, MAXIMUM, BASE_CEILING);
    private static final Rule CAP_UNIT = SHAPE.error("contribution-rule.cap-unit",
        "a household cap applies to a premium per person, a number of members covered to a premium per household"
            + " or family", BASIS);
    private static final Rule AT_LEAST_ONE_MEMBER = SHAPE.error("contribution-rule.members-covered",
        "a premium covers at least one member");
    private static final Rule SHARES_SUM = SHAPE.error("contribution-rule.shares-sum",
        "the payers' shares must add up to exactly 100");
    private static final Rule DUPLICATE_PAYER = SHAPE.error("contribution-rule.duplicate-payer",
        "a payer may have only one share");
    private static final List<Prop<Money>> MONIES = List.of(AMOUNT, MINIMUM, MAXIMUM, BASE_CEILING, HOUSEHOLD_CAP);
    private static final Rule NEGATIVE_AMOUNT = SHAPE.enforces(Money.class, "money.negative");

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
     * Gets the rate applied to the base.
     *
     * @return the rate, present for a percentage basis, empty if not stated
     */
    public Optional<Percentage> rate() {
        return optional(RATE);
    }

    /**
     * Gets the base the rate applies to, as the source names it.
     *
     * @return the base, such as "salaire brut", empty if the basis says enough
     */
    public Optional<LocalizedText> base() {
        return optional(BASE);
    }

    /**
     * Gets the most of the base the rate applies to.
     *
     * @return the ceiling of the base, such as a salary ceiling, empty if none
     */
    public Optional<Money> baseCeiling() {
        return optional(BASE_CEILING);
    }

    /**
     * Gets the fixed amount due.
     *
     * @return the amount, present for a flat premium unless a range is given, empty if not stated
     */
    public Optional<Money> amount() {
        return optional(AMOUNT);
    }

    /**
     * Gets the least amount due.
     *
     * @return the minimum, such as the lower end of a premium range or a floor on a percentage, empty if none
     */
    public Optional<Money> minimum() {
        return optional(MINIMUM);
    }

    /**
     * Gets the most amount due.
     *
     * @return the maximum, such as the upper end of a premium range or a cap on a percentage, empty if none
     */
    public Optional<Money> maximum() {
        return optional(MAXIMUM);
    }

    /**
     * Gets the most one household pays, for a premium per person.
     *
     * @return the cap, empty if none
     */
    public Optional<Money> householdCap() {
        return optional(HOUSEHOLD_CAP);
    }

    /**
     * Gets the most people a premium per household or family covers.
     *
     * @return the number of people, at least 1, empty if not limited or not stated
     */
    public Optional<@Min(value = 1, message = "{contribution-rule.members-covered}") Integer> membersCovered() {
        return optional(MEMBERS_COVERED);
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

    /**
     * Gets the population groups the rule applies to.
     *
     * @return the unmodifiable groups, empty if the rule applies to every group
     */
    public Set<@NotNull PopulationGroup> groups() {
        return set(GROUPS);
    }

    /**
     * Gets the codes of the scheme's member categories the rule applies to.
     *
     * @return the unmodifiable codes, each of a category of the scheme, empty if the rule applies to every category
     */
    public List<@NotNull @NotBlank String> categories() {
        return list(CATEGORIES);
    }

    /**
     * Gets when the rule is in force.
     *
     * @return the period, empty if the rule holds whenever the scheme does
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Gets the name of the contribution in the source.
     *
     * @return the name, such as "droit d'adhésion", empty if none
     */
    public Optional<LocalizedText> name() {
        return optional(NAME);
    }

    /**
     * Checks whether this rule may be in force on a day.
     *
     * @param date  the day, not null
     * @return true if the rule has no validity or its validity may contain the day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Validity.mayHold(validity(), date);
    }

    /**
     * Checks whether this rule applies to members of a population group: it names the group, or no group at all.
     *
     * @param group  the group, not null
     * @return true if the rule applies to the group
     */
    public boolean appliesTo(PopulationGroup group) {
        Objects.requireNonNull(group, "group");
        return groups().isEmpty() || groups().contains(group);
    }

    /**
     * Checks whether this rule applies to members of one of the scheme's categories: it names the category, or no
     * category at all.
     *
     * @param category  the code of the category, not null
     * @return true if the rule applies to the category
     */
    public boolean appliesToCategory(String category) {
        Objects.requireNonNull(category, "category");
        return categories().isEmpty() || categories().contains(category);
    }

    private static void check(ContributionRule rule, Checker checker) {
        ContributionBasis basis = rule.basis();
        Optional<Money> amount = rule.amount();
        Optional<Money> minimum = rule.minimum();
        Optional<Money> maximum = rule.maximum();
        if (basis != null && basis.isPercentage() && rule.rate().isEmpty()) {
            checker.report(RATE_REQUIRED, RATE, null);
        }
        if (basis != null && basis.isFlatPremium() && amount.isEmpty() && minimum.isEmpty() && maximum.isEmpty()) {
            checker.report(AMOUNT_REQUIRED, AMOUNT, null);
        }
        if (basis != null && basis != ContributionBasis.FLAT_PREMIUM_PER_PERSON && rule.householdCap().isPresent()) {
            checker.report(CAP_UNIT, HOUSEHOLD_CAP, rule.householdCap().get());
        }
        if (basis != null && basis != ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD
            && basis != ContributionBasis.FLAT_PREMIUM_PER_FAMILY && rule.membersCovered().isPresent()) {
            checker.report(CAP_UNIT, MEMBERS_COVERED, rule.membersCovered().get());
        }
        if (checkCurrencies(rule, checker)) {
            if (minimum.isPresent() && maximum.isPresent()
                && minimum.get().amount().compareTo(maximum.get().amount()) > 0) {
                checker.report(RANGE_ORDER, MAXIMUM, maximum.get());
            }
            if (amount.isPresent() && (below(amount.get(), minimum) || below(maximum, amount.get()))) {
                checker.report(AMOUNT_OUTSIDE_RANGE, AMOUNT, amount.get());
            }
        }
        if (!rule.shares().isEmpty()) {
            PayerShare.check(rule.shares(), SHARES.name(), SHARES_SUM, DUPLICATE_PAYER, checker);
        }
    }

    private static boolean below(Money amount, Optional<Money> bound) {
        return bound.isPresent() && amount.amount().compareTo(bound.get().amount()) < 0;
    }

    private static boolean below(Optional<Money> bound, Money amount) {
        return bound.isPresent() && bound.get().amount().compareTo(amount.amount()) < 0;
    }

    /** Reports each amount in another currency than the first given; true if all are in one currency. */
    private static boolean checkCurrencies(ContributionRule rule, Checker checker) {
        CurrencyCode currency = null;
        boolean one = true;
        for (Prop<Money> prop : MONIES) {
            Money money = rule.optional(prop).orElse(null);
            if (money == null || money.currency() == null) {
                continue;
            }
            if (money.isNegative()) {
                checker.report(NEGATIVE_AMOUNT, prop.name() + ".amount", money.amount());
            }
            if (currency == null) {
                currency = money.currency();
            } else if (!currency.equals(money.currency())) {
                checker.report(CURRENCY_MISMATCH, prop, money);
                one = false;
            }
        }
        return one;
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
         * Sets the rate applied to the base.
         *
         * @param rate  the value, not null
         * @return this builder
         */
        public Builder rate(Percentage rate) {
            return set(RATE, rate);
        }

        /**
         * Sets the base the rate applies to, as the source names it.
         *
         * @param base  the value, not null
         * @return this builder
         */
        public Builder base(LocalizedText base) {
            return set(BASE, base);
        }

        /**
         * Sets the most of the base the rate applies to.
         *
         * @param baseCeiling  the value, not null
         * @return this builder
         */
        public Builder baseCeiling(Money baseCeiling) {
            return set(BASE_CEILING, baseCeiling);
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
         * Sets the least amount due.
         *
         * @param minimum  the value, not null
         * @return this builder
         */
        public Builder minimum(Money minimum) {
            return set(MINIMUM, minimum);
        }

        /**
         * Sets the most amount due.
         *
         * @param maximum  the value, not null
         * @return this builder
         */
        public Builder maximum(Money maximum) {
            return set(MAXIMUM, maximum);
        }

        /**
         * Sets the most one household pays, for a premium per person.
         *
         * @param householdCap  the value, not null
         * @return this builder
         */
        public Builder householdCap(Money householdCap) {
            return set(HOUSEHOLD_CAP, householdCap);
        }

        /**
         * Sets the most people a premium per household or family covers.
         *
         * @param membersCovered  the value
         * @return this builder
         */
        public Builder membersCovered(int membersCovered) {
            return set(MEMBERS_COVERED, membersCovered);
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

        /**
         * Adds one of the population groups the rule applies to.
         *
         * @param group  the value, not null
         * @return this builder
         */
        public Builder addGroup(PopulationGroup group) {
            return add(GROUPS, group);
        }

        /**
         * Adds, the population groups the rule applies to.
         *
         * @param groups  the values, none null, not null
         * @return this builder
         */
        public Builder addAllGroups(Iterable<? extends PopulationGroup> groups) {
            return addAll(GROUPS, groups);
        }

        /**
         * Replaces the population groups the rule applies to.
         *
         * @param groups  the values, none null, not null
         * @return this builder
         */
        public Builder groups(Iterable<? extends PopulationGroup> groups) {
            return setAll(GROUPS, groups);
        }

        /**
         * Adds one of the codes of the scheme's member categories the rule applies to.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder addCategory(String category) {
            return add(CATEGORIES, category);
        }

        /**
         * Adds, in order, the codes of the scheme's member categories the rule applies to.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCategories(Iterable<? extends String> categories) {
            return addAll(CATEGORIES, categories);
        }

        /**
         * Replaces the codes of the scheme's member categories the rule applies to.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder categories(Iterable<? extends String> categories) {
            return setAll(CATEGORIES, categories);
        }

        /**
         * Sets when the rule is in force.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }

        /**
         * Sets the name of the contribution in the source.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }
    }
}
