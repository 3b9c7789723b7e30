package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.testing.internal.EntityArbitraries;

/**
 * Arbitraries of coverage schemes, their benefits, contributions and coverage snapshots.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class CoverageSchemes {

    private CoverageSchemes() {
    }

    /**
     * Coverage schemes whose type, membership and financing class fit together.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CoverageScheme> schemes() {
        return EntityArbitraries.alone(EntityArbitraries.schemes());
    }

    /**
     * Benefit packages covering each category of services once.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BenefitPackage> benefitPackages() {
        return EntityArbitraries.benefitPackages();
    }

    /**
     * Benefits, a ceiling always in the currency of the copayment.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Benefit> benefits() {
        return EntityArbitraries.benefits();
    }

    /**
     * Contribution rules with the rate or amount their basis needs and shares adding up to 100.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ContributionRule> contributionRules() {
        return EntityArbitraries.contributionRules();
    }

    /**
     * Shares of a payer, 0 and 100 percent included.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PayerShare> payerShares() {
        return EntityArbitraries.payerShares();
    }

    /**
     * Coverage snapshots, never more enrolled than targeted.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CoverageSnapshot> snapshots() {
        return EntityArbitraries.snapshots();
    }

    /**
     * Benefit packages without any benefit (rule {@code not-empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<BenefitPackage>> withEmptyBenefitPackage() {
        return InvalidVariants.forRule("not-empty", BenefitPackage.class);
    }

    /**
     * Benefits with a negative waiting period (rule {@code benefit.negative-waiting-period}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Benefit>> withNegativeWaitingPeriod() {
        return InvalidVariants.forRule("benefit.negative-waiting-period", Benefit.class);
    }

    /**
     * Benefits whose ceiling is in another currency than their copayment (rule {@code benefit.currency-mismatch}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Benefit>> withCeilingInOtherCurrency() {
        return InvalidVariants.forRule("benefit.currency-mismatch", Benefit.class);
    }

    /**
     * Benefit packages covering a category twice (rule {@code benefit-package.duplicate-category}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<BenefitPackage>> withDuplicateCategory() {
        return InvalidVariants.forRule("benefit-package.duplicate-category", BenefitPackage.class);
    }

    /**
     * Contributions on a percentage of salary without a rate (rule {@code contribution-rule.rate-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutRate() {
        return InvalidVariants.forRule("contribution-rule.rate-required", ContributionRule.class);
    }

    /**
     * Flat premiums without an amount (rule {@code contribution-rule.amount-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutAmount() {
        return InvalidVariants.forRule("contribution-rule.amount-required", ContributionRule.class);
    }

    /**
     * Contributions whose payers' shares do not add up to 100 (rule {@code contribution-rule.shares-sum}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withSharesNotAddingUp() {
        return InvalidVariants.forRule("contribution-rule.shares-sum", ContributionRule.class);
    }

    /**
     * Contributions giving a payer two shares (rule {@code contribution-rule.duplicate-payer}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withDuplicatePayer() {
        return InvalidVariants.forRule("contribution-rule.duplicate-payer", ContributionRule.class);
    }

    /**
     * Snapshots with more enrolled than targeted (rule {@code coverage-snapshot.enrolled-exceeds-target}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withEnrolledExceedingTarget() {
        return InvalidVariants.forRule("coverage-snapshot.enrolled-exceeds-target", CoverageSnapshot.class);
    }

    /**
     * Snapshots with neither an enrolment nor a target population (rule {@code coverage-snapshot.empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withEmptySnapshot() {
        return InvalidVariants.forRule("coverage-snapshot.empty", CoverageSnapshot.class);
    }

    /**
     * Schemes whose financing class does not fit their membership (rule {@code coverage-scheme.membership-financing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withFinancingAgainstMembership() {
        return InvalidVariants.forRule("coverage-scheme.membership-financing", CoverageScheme.class);
    }

    /**
     * Schemes whose financing class does not fit their type (rule {@code coverage-scheme.type-financing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withFinancingAgainstType() {
        return InvalidVariants.forRule("coverage-scheme.type-financing", CoverageScheme.class);
    }

    /**
     * Schemes that complement themselves (rule {@code coverage-scheme.complements-itself}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withComplementingItself() {
        return InvalidVariants.forRule("coverage-scheme.complements-itself", CoverageScheme.class);
    }
}
