package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link CoverageSchemes} is refused with exactly its rule code, or warned of alone. */
@AtLeastThousandTries
class CoverageSchemesRefusalProperties {

    @Property(tries = 1000)
    void emptyBenefitPackageIsRefusedAs_not_empty(@ForAll("withEmptyBenefitPackage") InvalidVariant<?> variant) {
        assertReportedAs(variant, "not-empty");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEmptyBenefitPackage() {
        return CoverageSchemes.withEmptyBenefitPackage().map(v -> v);
    }

    @Property(tries = 1000)
    void negativeWaitingPeriodIsRefusedAs_benefit_negative_waiting_period(
            @ForAll("withNegativeWaitingPeriod") InvalidVariant<?> variant) {
        assertReportedAs(variant, "benefit.negative-waiting-period");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withNegativeWaitingPeriod() {
        return CoverageSchemes.withNegativeWaitingPeriod().map(v -> v);
    }

    @Property(tries = 1000)
    void ceilingInOtherCurrencyIsRefusedAs_benefit_currency_mismatch(
            @ForAll("withCeilingInOtherCurrency") InvalidVariant<?> variant) {
        assertReportedAs(variant, "benefit.currency-mismatch");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withCeilingInOtherCurrency() {
        return CoverageSchemes.withCeilingInOtherCurrency().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateCategoryIsRefusedAs_benefit_package_duplicate_category(
            @ForAll("withDuplicateCategory") InvalidVariant<?> variant) {
        assertReportedAs(variant, "benefit-package.duplicate-category");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateCategory() {
        return CoverageSchemes.withDuplicateCategory().map(v -> v);
    }

    @Property(tries = 1000)
    void uncountableUnitIsRefusedAs_quantity_limit_uncountable_unit(
            @ForAll("withUncountableUnit") InvalidVariant<?> variant) {
        assertReportedAs(variant, "quantity-limit.uncountable-unit");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUncountableUnit() {
        return CoverageSchemes.withUncountableUnit().map(v -> v);
    }

    @Property(tries = 1000)
    void outRateIsRefusedAs_contribution_rule_rate_required(@ForAll("withoutRate") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.rate-required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withoutRate() {
        return CoverageSchemes.withoutRate().map(v -> v);
    }

    @Property(tries = 1000)
    void outAmountIsRefusedAs_contribution_rule_amount_required(@ForAll("withoutAmount") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.amount-required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withoutAmount() {
        return CoverageSchemes.withoutAmount().map(v -> v);
    }

    @Property(tries = 1000)
    void sharesNotAddingUpIsRefusedAs_contribution_rule_shares_sum(
            @ForAll("withSharesNotAddingUp") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.shares-sum");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSharesNotAddingUp() {
        return CoverageSchemes.withSharesNotAddingUp().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicatePayerIsRefusedAs_contribution_rule_duplicate_payer(
            @ForAll("withDuplicatePayer") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.duplicate-payer");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicatePayer() {
        return CoverageSchemes.withDuplicatePayer().map(v -> v);
    }

    @Property(tries = 1000)
    void invertedRangeIsRefusedAs_contribution_rule_range_order(
            @ForAll("withInvertedRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.range-order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withInvertedRange() {
        return CoverageSchemes.withInvertedRange().map(v -> v);
    }

    @Property(tries = 1000)
    void amountOutsideRangeIsRefusedAs_contribution_rule_amount_outside_range(
            @ForAll("withAmountOutsideRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.amount-outside-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAmountOutsideRange() {
        return CoverageSchemes.withAmountOutsideRange().map(v -> v);
    }

    @Property(tries = 1000)
    void amountsInTwoCurrenciesIsRefusedAs_contribution_rule_currency_mismatch(
            @ForAll("withAmountsInTwoCurrencies") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.currency-mismatch");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAmountsInTwoCurrencies() {
        return CoverageSchemes.withAmountsInTwoCurrencies().map(v -> v);
    }

    @Property(tries = 1000)
    void capOfAnotherUnitIsRefusedAs_contribution_rule_cap_unit(
            @ForAll("withCapOfAnotherUnit") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.cap-unit");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withCapOfAnotherUnit() {
        return CoverageSchemes.withCapOfAnotherUnit().map(v -> v);
    }

    @Property(tries = 1000)
    void noMemberCoveredIsRefusedAs_contribution_rule_members_covered(
            @ForAll("withNoMemberCovered") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contribution-rule.members-covered");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withNoMemberCovered() {
        return CoverageSchemes.withNoMemberCovered().map(v -> v);
    }

    @Property(tries = 1000)
    void exemptionOfNobodyIsRefusedAs_exemption_nobody(@ForAll("withExemptionOfNobody") InvalidVariant<?> variant) {
        assertReportedAs(variant, "exemption.nobody");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withExemptionOfNobody() {
        return CoverageSchemes.withExemptionOfNobody().map(v -> v);
    }

    @Property(tries = 1000)
    void invertedAgesIsRefusedAs_exemption_age_range(@ForAll("withInvertedAges") InvalidVariant<?> variant) {
        assertReportedAs(variant, "exemption.age-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withInvertedAges() {
        return CoverageSchemes.withInvertedAges().map(v -> v);
    }

    @Property(tries = 1000)
    void exemptionSharesNotAddingUpIsRefusedAs_exemption_shares_sum(
            @ForAll("withExemptionSharesNotAddingUp") InvalidVariant<?> variant) {
        assertReportedAs(variant, "exemption.shares-sum");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withExemptionSharesNotAddingUp() {
        return CoverageSchemes.withExemptionSharesNotAddingUp().map(v -> v);
    }

    @Property(tries = 1000)
    void exemptionPaidTwiceByOnePayerIsRefusedAs_exemption_duplicate_payer(
            @ForAll("withExemptionPaidTwiceByOnePayer") InvalidVariant<?> variant) {
        assertReportedAs(variant, "exemption.duplicate-payer");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withExemptionPaidTwiceByOnePayer() {
        return CoverageSchemes.withExemptionPaidTwiceByOnePayer().map(v -> v);
    }

    @Property(tries = 1000)
    void emptyRevenueIsRefusedAs_revenue_empty(@ForAll("withEmptyRevenue") InvalidVariant<?> variant) {
        assertReportedAs(variant, "revenue.empty");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEmptyRevenue() {
        return CoverageSchemes.withEmptyRevenue().map(v -> v);
    }

    @Property(tries = 1000)
    void rateBasisAgainstMethodIsWarnedAs_payment_mechanism_method_basis(
            @ForAll("withRateBasisAgainstMethod") InvalidVariant<?> variant) {
        assertReportedAs(variant, "payment-mechanism.method-basis");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRateBasisAgainstMethod() {
        return CoverageSchemes.withRateBasisAgainstMethod().map(v -> v);
    }

    @Property(tries = 1000)
    void contractWithoutProviderIsRefusedAs_contract_no_provider(
            @ForAll("withContractWithoutProvider") InvalidVariant<?> variant) {
        assertReportedAs(variant, "contract.no-provider");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withContractWithoutProvider() {
        return CoverageSchemes.withContractWithoutProvider().map(v -> v);
    }

    @Property(tries = 1000)
    void enrolledExceedingTargetIsWarnedAs_coverage_snapshot_enrolled_exceeds_target(
            @ForAll("withEnrolledExceedingTarget") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-snapshot.enrolled-exceeds-target");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEnrolledExceedingTarget() {
        return CoverageSchemes.withEnrolledExceedingTarget().map(v -> v);
    }

    @Property(tries = 1000)
    void activeExceedingEnrolledIsWarnedAs_coverage_snapshot_active_exceeds_enrolled(
            @ForAll("withActiveExceedingEnrolled") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-snapshot.active-exceeds-enrolled");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withActiveExceedingEnrolled() {
        return CoverageSchemes.withActiveExceedingEnrolled().map(v -> v);
    }

    @Property(tries = 1000)
    void rateDisagreeingIsWarnedAs_coverage_snapshot_rate_disagrees(
            @ForAll("withRateDisagreeing") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-snapshot.rate-disagrees");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRateDisagreeing() {
        return CoverageSchemes.withRateDisagreeing().map(v -> v);
    }

    @Property(tries = 1000)
    void emptySnapshotIsRefusedAs_coverage_snapshot_empty(@ForAll("withEmptySnapshot") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-snapshot.empty");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEmptySnapshot() {
        return CoverageSchemes.withEmptySnapshot().map(v -> v);
    }

    @Property(tries = 1000)
    void twoGroupsOfOneDimensionIsRefusedAs_coverage_snapshot_disaggregation_dimension(
            @ForAll("withTwoGroupsOfOneDimension") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-snapshot.disaggregation-dimension");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTwoGroupsOfOneDimension() {
        return CoverageSchemes.withTwoGroupsOfOneDimension().map(v -> v);
    }

    @Property(tries = 1000)
    void financingAgainstMembershipIsWarnedAs_coverage_scheme_membership_financing(
            @ForAll("withFinancingAgainstMembership") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.membership-financing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withFinancingAgainstMembership() {
        return CoverageSchemes.withFinancingAgainstMembership().map(v -> v);
    }

    @Property(tries = 1000)
    void financingAgainstTypeIsWarnedAs_coverage_scheme_type_financing(
            @ForAll("withFinancingAgainstType") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.type-financing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withFinancingAgainstType() {
        return CoverageSchemes.withFinancingAgainstType().map(v -> v);
    }

    @Property(tries = 1000)
    void complementingItselfIsRefusedAs_coverage_scheme_complements_itself(
            @ForAll("withComplementingItself") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.complements-itself");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withComplementingItself() {
        return CoverageSchemes.withComplementingItself().map(v -> v);
    }

    @Property(tries = 1000)
    void referringToItselfIsRefusedAs_coverage_scheme_refers_to_itself(
            @ForAll("withReferringToItself") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.refers-to-itself");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withReferringToItself() {
        return CoverageSchemes.withReferringToItself().map(v -> v);
    }

    @Property(tries = 1000)
    void categoryDeclaredTwiceIsRefusedAs_coverage_scheme_duplicate_category(
            @ForAll("withCategoryDeclaredTwice") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.duplicate-category");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withCategoryDeclaredTwice() {
        return CoverageSchemes.withCategoryDeclaredTwice().map(v -> v);
    }

    @Property(tries = 1000)
    void undeclaredCategoryIsRefusedAs_coverage_scheme_unknown_category(
            @ForAll("withUndeclaredCategory") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.unknown-category");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUndeclaredCategory() {
        return CoverageSchemes.withUndeclaredCategory().map(v -> v);
    }

    @Property(tries = 1000)
    void historyOfAnotherOperatorIsRefusedAs_coverage_scheme_operator_history(
            @ForAll("withHistoryOfAnotherOperator") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.operator-history");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withHistoryOfAnotherOperator() {
        return CoverageSchemes.withHistoryOfAnotherOperator().map(v -> v);
    }

    @Property(tries = 1000)
    void areaInAnotherCountryIsRefusedAs_coverage_scheme_area_country(
            @ForAll("withAreaInAnotherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.area-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAreaInAnotherCountry() {
        return CoverageSchemes.withAreaInAnotherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void closedWithoutEndIsWarnedAs_coverage_scheme_closed_without_end(
            @ForAll("withClosedWithoutEnd") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.closed-without-end");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withClosedWithoutEnd() {
        return CoverageSchemes.withClosedWithoutEnd().map(v -> v);
    }

    @Property(tries = 1000)
    void overlappingPremiumsIsWarnedAs_coverage_scheme_contributions_overlap(
            @ForAll("withOverlappingPremiums") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.contributions-overlap");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withOverlappingPremiums() {
        return CoverageSchemes.withOverlappingPremiums().map(v -> v);
    }

    @Property(tries = 1000)
    void revenueSharesAbove100IsWarnedAs_coverage_scheme_revenue_shares_exceed(
            @ForAll("withRevenueSharesAbove100") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-scheme.revenue-shares-exceed");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRevenueSharesAbove100() {
        return CoverageSchemes.withRevenueSharesAbove100().map(v -> v);
    }
}
