package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.ContributionRuleRules;
import org.uhcmodel.internal.Rules;
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
 *   <li>{@code contribution-rule.shares-sum}: shares are given but do not add up to exactly 100 (path {@code shares});</li>
 *   <li>{@code contribution-rule.duplicate-payer}: a payer has two shares (path {@code shares[i].payer} of the
 *     repetition).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@ContributionRuleRules
public abstract class ContributionRule {

    ContributionRule() {
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
    public abstract ContributionBasis basis();

    /**
     * Gets the rate applied to the salary.
     *
     * @return the rate, present for {@link ContributionBasis#PERCENTAGE_OF_SALARY}, empty if not stated
     */
    public abstract Optional<Percentage> rate();

    /**
     * Gets the fixed amount due.
     *
     * @return the amount, present for a flat premium, empty if not stated
     */
    public abstract Optional<Money> amount();

    /**
     * Gets how often the contribution is due.
     *
     * @return the period, empty if not stated
     */
    public abstract Optional<ContributionPeriod> period();

    /**
     * Gets how the contribution is split between payers.
     *
     * @return the unmodifiable shares, adding up to 100, empty if the split is not stated
     */
    public abstract List<@NotNull PayerShare> shares();

    @Value.Check
    void check() {
        Rules.check(this, ContributionRule.class);
    }

    /**
     * Builds a {@link ContributionRule}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableContributionRule.Builder {
        Builder() {
        }
    }
}
