package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.EntityId;

/**
 * Every invalid variant of {@link Datasets} is refused with exactly its rule code; a cycle of two to six entities
 * exactly once for each entity on it, at the path of its link, naming the entity the link leads to.
 */
@AtLeastThousandTries
class DatasetsRefusalProperties {

    private static void assertCycleRefused(InvalidVariant<?> variant, String rule) {
        assertReportedAs(variant, rule);
        int length = variant.paths().size();
        Statistics.label("cycle length").collect(length);
        Refusals.check(length >= 2 && length <= 6, variant + ": a cycle of " + length);
        Refusals.check(Set.copyOf(variant.paths()).size() == length, variant + ": paths repeat " + variant.paths());
        ModelViolationException refusal = variant.refusal();
        Set<EntityId> linkedTo = new HashSet<>();
        for (Violation v : refusal.violations()) {
            Object value = v.invalidValue().orElseThrow(() -> new AssertionError(v + " names no entity"));
            Refusals.check(value instanceof EntityId, v + " names " + value + ", not an entity id");
            linkedTo.add((EntityId) value);
        }
        Refusals.check(linkedTo.size() == length, variant + ": the links of the cycle lead to " + linkedTo);
        Statistics.label("cycle length").coverage(c -> {
            for (int n = 2; n <= 6; n++) {
                c.check(n).count(count -> count > 0);
            }
        });
    }

    @Property(tries = 1000)
    void duplicateIdIsRefusedAs_dataset_duplicate_id(@ForAll("withDuplicateId") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.duplicate-id");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateId() {
        return Datasets.withDuplicateId().map(v -> v);
    }

    @Property(tries = 1000)
    void unresolvedReferenceIsRefusedAs_dataset_unresolved_reference(
            @ForAll("withUnresolvedReference") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.unresolved-reference");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnresolvedReference() {
        return Datasets.withUnresolvedReference().map(v -> v);
    }

    @Property(tries = 1000)
    void referenceOfWrongTypeIsRefusedAs_dataset_reference_type(
            @ForAll("withReferenceOfWrongType") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.reference-type");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withReferenceOfWrongType() {
        return Datasets.withReferenceOfWrongType().map(v -> v);
    }

    @Property(tries = 1000)
    void organizationParentCycleIsRefusedAs_dataset_organization_parent_cycle(
            @ForAll("withOrganizationParentCycle") InvalidVariant<?> variant) {
        assertCycleRefused(variant, "dataset.organization-parent-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withOrganizationParentCycle() {
        return Datasets.withOrganizationParentCycle().map(v -> v);
    }

    @Property(tries = 1000)
    void agreementFrameworkCycleIsRefusedAs_dataset_agreement_framework_cycle(
            @ForAll("withAgreementFrameworkCycle") InvalidVariant<?> variant) {
        assertCycleRefused(variant, "dataset.agreement-framework-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAgreementFrameworkCycle() {
        return Datasets.withAgreementFrameworkCycle().map(v -> v);
    }

    @Property(tries = 1000)
    void schemeComplementsCycleIsRefusedAs_dataset_scheme_complements_cycle(
            @ForAll("withSchemeComplementsCycle") InvalidVariant<?> variant) {
        assertCycleRefused(variant, "dataset.scheme-complements-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSchemeComplementsCycle() {
        return Datasets.withSchemeComplementsCycle().map(v -> v);
    }

    @Property(tries = 1000)
    void charterOfSingleNonCollectiveIsWarnedAs_dataset_charter_party_not_collective(
            @ForAll("withCharterOfSingleNonCollective") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.charter-party-not-collective");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withCharterOfSingleNonCollective() {
        return Datasets.withCharterOfSingleNonCollective().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateObservationIsRefusedAs_dataset_duplicate_observation(
            @ForAll("withDuplicateObservation") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.duplicate-observation");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateObservation() {
        return Datasets.withDuplicateObservation().map(v -> v);
    }

    @Property(tries = 1000)
    void unknownIndicatorIsRefusedAs_dataset_unknown_indicator(
            @ForAll("withUnknownIndicator") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.unknown-indicator");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnknownIndicator() {
        return Datasets.withUnknownIndicator().map(v -> v);
    }

    @Property(tries = 1000)
    void indicatorCodeTakenIsRefusedAs_dataset_indicator_code_taken(
            @ForAll("withIndicatorCodeTaken") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.indicator-code-taken");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIndicatorCodeTaken() {
        return Datasets.withIndicatorCodeTaken().map(v -> v);
    }

    @Property(tries = 1000)
    void unknownDimensionIsRefusedAs_dataset_unknown_dimension(
            @ForAll("withUnknownDimension") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.unknown-dimension");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnknownDimension() {
        return Datasets.withUnknownDimension().map(v -> v);
    }

    @Property(tries = 1000)
    void dimensionCodeTakenIsRefusedAs_dataset_dimension_code_taken(
            @ForAll("withDimensionCodeTaken") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.dimension-code-taken");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDimensionCodeTaken() {
        return Datasets.withDimensionCodeTaken().map(v -> v);
    }

    @Property(tries = 1000)
    void subnationalAreaOfOtherCountryIsRefusedAs_dataset_subnational_area_country(
            @ForAll("withSubnationalAreaOfOtherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.subnational-area-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSubnationalAreaOfOtherCountry() {
        return Datasets.withSubnationalAreaOfOtherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void areaUnderAreaOfOtherCountryIsRefusedAs_dataset_area_parent_country(
            @ForAll("withAreaUnderAreaOfOtherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.area-parent-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAreaUnderAreaOfOtherCountry() {
        return Datasets.withAreaUnderAreaOfOtherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void areaUnderAreaOfNoLowerRankIsRefusedAs_dataset_area_parent_rank(
            @ForAll("withAreaUnderAreaOfNoLowerRank") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.area-parent-rank");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAreaUnderAreaOfNoLowerRank() {
        return Datasets.withAreaUnderAreaOfNoLowerRank().map(v -> v);
    }

    @Property(tries = 1000)
    void areaParentCycleIsRefusedAs_dataset_area_parent_cycle(
            @ForAll("withAreaParentCycle") InvalidVariant<?> variant) {
        assertCycleRefused(variant, "dataset.area-parent-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAreaParentCycle() {
        return Datasets.withAreaParentCycle().map(v -> v);
    }

    @Property(tries = 1000)
    void schemePartOfCycleIsRefusedAs_dataset_scheme_part_of_cycle(
            @ForAll("withSchemePartOfCycle") InvalidVariant<?> variant) {
        assertCycleRefused(variant, "dataset.scheme-part-of-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSchemePartOfCycle() {
        return Datasets.withSchemePartOfCycle().map(v -> v);
    }

    @Property(tries = 1000)
    void legalBasisNotALegalTextIsWarnedAs_dataset_legal_basis_kind(
            @ForAll("withLegalBasisNotALegalText") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dataset.legal-basis-kind");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withLegalBasisNotALegalText() {
        return Datasets.withLegalBasisNotALegalText().map(v -> v);
    }
}
