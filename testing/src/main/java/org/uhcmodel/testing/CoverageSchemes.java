package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.scheme.Accreditation;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Earmark;
import org.uhcmodel.scheme.Exclusion;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.MemberCategory;
import org.uhcmodel.scheme.OperatorTerm;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.QuantityLimit;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.testing.internal.EntityArbitraries;
import org.uhcmodel.testing.internal.SchemeArbitraries;

/**
 * Arbitraries of coverage schemes and their parts, purchaser-provider contracts included.
 * <p>
 * Valid arbitraries generate values that every builder accepts without a warning; the {@code with...} arbitraries
 * generate {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code, or, for a
 * warning, built with exactly that warning.
 */
public final class CoverageSchemes {

    private CoverageSchemes() {
    }

    /**
     * Coverage schemes without warnings: type, membership and financing class fit together, their rules name declared
     * categories, and no two alike contribution rules hold at once.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CoverageScheme> schemes() {
        return EntityArbitraries.alone(SchemeArbitraries.schemes());
    }

    /**
     * Purchaser-provider contracts naming providers, their class or their level.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Contract> contracts() {
        return EntityArbitraries.alone(SchemeArbitraries.contracts());
    }

    /**
     * Benefit packages covering each category once at a level of care and under an access condition.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BenefitPackage> benefitPackages() {
        return SchemeArbitraries.benefitPackages();
    }

    /**
     * Benefits whose co-payment, deductible and ceiling are in one currency.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Benefit> benefits() {
        return SchemeArbitraries.benefits();
    }

    /**
     * Quantity limits counting events of care.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<QuantityLimit> quantityLimits() {
        return SchemeArbitraries.quantityLimits();
    }

    /**
     * Exclusions of a benefit package.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Exclusion> exclusions() {
        return SchemeArbitraries.exclusions();
    }

    /**
     * Contribution rules with the rate, amount or range their basis needs, amounts in one currency and shares adding up
     * to 100.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ContributionRule> contributionRules() {
        return SchemeArbitraries.contributionRules();
    }

    /**
     * Shares of a payer, 0 and 100 percent included, some naming the paying organisation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PayerShare> payerShares() {
        return SchemeArbitraries.payerShares();
    }

    /**
     * Member categories of a scheme.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MemberCategory> memberCategories() {
        return SchemeArbitraries.memberCategories();
    }

    /**
     * Exemptions naming who is exempt, their ages in order and their payers' shares adding up to 100.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Exemption> exemptions() {
        return SchemeArbitraries.exemptions();
    }

    /**
     * Earmarks: a rate of a named base.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Earmark> earmarks() {
        return SchemeArbitraries.earmarks();
    }

    /**
     * Revenues with an amount, a share or an earmark.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Revenue> revenues() {
        return SchemeArbitraries.revenues();
    }

    /**
     * Payment mechanisms whose rate is counted per what their method pays for.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PaymentMechanism> paymentMechanisms() {
        return SchemeArbitraries.paymentMechanisms();
    }

    /**
     * Accreditations of providers by a body.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Accreditation> accreditations() {
        return SchemeArbitraries.accreditations();
    }

    /**
     * Terms of an operator of a scheme.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OperatorTerm> operatorTerms() {
        return SchemeArbitraries.operatorTerms();
    }

    /**
     * Coverage snapshots whose figures agree: never more active than enrolled nor more enrolled than targeted, a rate
     * within a point of the enrolled share.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CoverageSnapshot> snapshots() {
        return SchemeArbitraries.snapshots();
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
     * Benefits whose ceiling or deductible is in another currency than their co-payment (rule {@code benefit.currency-
     * mismatch}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Benefit>> withCeilingInOtherCurrency() {
        return InvalidVariants.forRule("benefit.currency-mismatch", Benefit.class);
    }

    /**
     * Benefit packages covering a category twice at one level, under one condition, at one time (rule {@code benefit-
     * package.duplicate-category}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<BenefitPackage>> withDuplicateCategory() {
        return InvalidVariants.forRule("benefit-package.duplicate-category", BenefitPackage.class);
    }

    /**
     * Quantity limits counting a span of time instead of events of care (rule {@code quantity-limit.uncountable-unit}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<QuantityLimit>> withUncountableUnit() {
        return InvalidVariants.forRule("quantity-limit.uncountable-unit", QuantityLimit.class);
    }

    /**
     * Contributions on a percentage of salary, income or pension without a rate (rule {@code contribution-rule.rate-
     * required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutRate() {
        return InvalidVariants.forRule("contribution-rule.rate-required", ContributionRule.class);
    }

    /**
     * Flat premiums without an amount or a range (rule {@code contribution-rule.amount-required}).
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
     * Premiums whose minimum lies above their maximum (rule {@code contribution-rule.range-order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withInvertedRange() {
        return InvalidVariants.forRule("contribution-rule.range-order", ContributionRule.class);
    }

    /**
     * Premiums whose amount lies outside their range (rule {@code contribution-rule.amount-outside-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withAmountOutsideRange() {
        return InvalidVariants.forRule("contribution-rule.amount-outside-range", ContributionRule.class);
    }

    /**
     * Premiums whose amounts are in different currencies (rule {@code contribution-rule.currency-mismatch}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withAmountsInTwoCurrencies() {
        return InvalidVariants.forRule("contribution-rule.currency-mismatch", ContributionRule.class);
    }

    /**
     * A household cap on a premium per household, or members covered by a premium per person (rule {@code contribution-
     * rule.cap-unit}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withCapOfAnotherUnit() {
        return InvalidVariants.forRule("contribution-rule.cap-unit", ContributionRule.class);
    }

    /**
     * Household or family premiums covering fewer than one member (rule {@code contribution-rule.members-covered}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ContributionRule>> withNoMemberCovered() {
        return InvalidVariants.forRule("contribution-rule.members-covered", ContributionRule.class);
    }

    /**
     * Exemptions naming no group, category or age (rule {@code exemption.nobody}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Exemption>> withExemptionOfNobody() {
        return InvalidVariants.forRule("exemption.nobody", Exemption.class);
    }

    /**
     * Exemptions whose age bound lies at or below their lowest age (rule {@code exemption.age-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Exemption>> withInvertedAges() {
        return InvalidVariants.forRule("exemption.age-range", Exemption.class);
    }

    /**
     * Exemptions whose payers' shares do not add up to 100 (rule {@code exemption.shares-sum}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Exemption>> withExemptionSharesNotAddingUp() {
        return InvalidVariants.forRule("exemption.shares-sum", Exemption.class);
    }

    /**
     * Exemptions giving a payer two shares (rule {@code exemption.duplicate-payer}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Exemption>> withExemptionPaidTwiceByOnePayer() {
        return InvalidVariants.forRule("exemption.duplicate-payer", Exemption.class);
    }

    /**
     * Revenues with neither an amount, a share nor an earmark (rule {@code revenue.empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Revenue>> withEmptyRevenue() {
        return InvalidVariants.forRule("revenue.empty", Revenue.class);
    }

    /**
     * Payment mechanisms whose rate is counted per something their method does not pay for (rule {@code payment-
     * mechanism.method-basis}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<PaymentMechanism>> withRateBasisAgainstMethod() {
        return InvalidVariants.forRule("payment-mechanism.method-basis", PaymentMechanism.class);
    }

    /**
     * Contracts naming no provider, provider class or level of care (rule {@code contract.no-provider}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Contract>> withContractWithoutProvider() {
        return InvalidVariants.forRule("contract.no-provider", Contract.class);
    }

    /**
     * Snapshots with more enrolled than targeted (rule {@code coverage-snapshot.enrolled-exceeds-target}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withEnrolledExceedingTarget() {
        return InvalidVariants.forRule("coverage-snapshot.enrolled-exceeds-target", CoverageSnapshot.class);
    }

    /**
     * Snapshots with more active than enrolled (rule {@code coverage-snapshot.active-exceeds-enrolled}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withActiveExceedingEnrolled() {
        return InvalidVariants.forRule("coverage-snapshot.active-exceeds-enrolled", CoverageSnapshot.class);
    }

    /**
     * Snapshots whose rate lies more than a point from the enrolled share of the target (rule {@code coverage-
     * snapshot.rate-disagrees}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withRateDisagreeing() {
        return InvalidVariants.forRule("coverage-snapshot.rate-disagrees", CoverageSnapshot.class);
    }

    /**
     * Snapshots with no figure (rule {@code coverage-snapshot.empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withEmptySnapshot() {
        return InvalidVariants.forRule("coverage-snapshot.empty", CoverageSnapshot.class);
    }

    /**
     * Snapshots restricted to two groups of one dimension, such as female and male (rule {@code coverage-
     * snapshot.disaggregation-dimension}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> withTwoGroupsOfOneDimension() {
        return InvalidVariants.forRule("coverage-snapshot.disaggregation-dimension", CoverageSnapshot.class);
    }

    /**
     * Schemes whose financing class does not fit their membership (rule {@code coverage-scheme.membership-financing});
     * a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withFinancingAgainstMembership() {
        return InvalidVariants.forRule("coverage-scheme.membership-financing", CoverageScheme.class);
    }

    /**
     * Schemes whose financing class does not fit their type (rule {@code coverage-scheme.type-financing}); a warning.
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

    /**
     * Schemes that supplement, are a component of, replace or exclude themselves (rule {@code coverage-scheme.refers-
     * to-itself}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withReferringToItself() {
        return InvalidVariants.forRule("coverage-scheme.refers-to-itself", CoverageScheme.class);
    }

    /**
     * Schemes declaring a member category twice (rule {@code coverage-scheme.duplicate-category}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withCategoryDeclaredTwice() {
        return InvalidVariants.forRule("coverage-scheme.duplicate-category", CoverageScheme.class);
    }

    /**
     * Schemes whose contribution, exemption or snapshot names a category they do not declare (rule {@code coverage-
     * scheme.unknown-category}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withUndeclaredCategory() {
        return InvalidVariants.forRule("coverage-scheme.unknown-category", CoverageScheme.class);
    }

    /**
     * Schemes whose history of operators ends with another operator (rule {@code coverage-scheme.operator-history}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withHistoryOfAnotherOperator() {
        return InvalidVariants.forRule("coverage-scheme.operator-history", CoverageScheme.class);
    }

    /**
     * Schemes whose area lies in another country (rule {@code coverage-scheme.area-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withAreaInAnotherCountry() {
        return InvalidVariants.forRule("coverage-scheme.area-country", CoverageScheme.class);
    }

    /**
     * Closed schemes whose validity has no end (rule {@code coverage-scheme.closed-without-end}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withClosedWithoutEnd() {
        return InvalidVariants.forRule("coverage-scheme.closed-without-end", CoverageScheme.class);
    }

    /**
     * Schemes with two alike contribution rules in force at once (rule {@code coverage-scheme.contributions-overlap});
     * a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withOverlappingPremiums() {
        return InvalidVariants.forRule("coverage-scheme.contributions-overlap", CoverageScheme.class);
    }

    /**
     * Schemes whose revenue shares of one period add up to more than 100 (rule {@code coverage-scheme.revenue-shares-
     * exceed}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CoverageScheme>> withRevenueSharesAbove100() {
        return InvalidVariants.forRule("coverage-scheme.revenue-shares-exceed", CoverageScheme.class);
    }
}
