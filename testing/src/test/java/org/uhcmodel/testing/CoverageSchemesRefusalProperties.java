package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link CoverageSchemes} is refused with exactly its rule code. */
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
    void enrolledExceedingTargetIsWarnedAs_coverage_snapshot_enrolled_exceeds_target(
            @ForAll("withEnrolledExceedingTarget") InvalidVariant<?> variant) {
        assertReportedAs(variant, "coverage-snapshot.enrolled-exceeds-target");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEnrolledExceedingTarget() {
        return CoverageSchemes.withEnrolledExceedingTarget().map(v -> v);
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
}
