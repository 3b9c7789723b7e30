package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertRefusedWith;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Datasets} is refused with exactly its rule code. */
class DatasetsRefusalProperties {

    @Property(tries = 1000)
    void duplicateIdIsRefusedAs_dataset_duplicate_id(@ForAll("withDuplicateId") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.duplicate-id");
    }

    @Provide
    Arbitrary<InvalidVariant> withDuplicateId() {
        return Datasets.withDuplicateId();
    }

    @Property(tries = 1000)
    void unresolvedReferenceIsRefusedAs_dataset_unresolved_reference(@ForAll("withUnresolvedReference") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.unresolved-reference");
    }

    @Provide
    Arbitrary<InvalidVariant> withUnresolvedReference() {
        return Datasets.withUnresolvedReference();
    }

    @Property(tries = 1000)
    void referenceOfWrongTypeIsRefusedAs_dataset_reference_type(@ForAll("withReferenceOfWrongType") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.reference-type");
    }

    @Provide
    Arbitrary<InvalidVariant> withReferenceOfWrongType() {
        return Datasets.withReferenceOfWrongType();
    }

    @Property(tries = 1000)
    void organizationParentCycleIsRefusedAs_dataset_organization_parent_cycle(@ForAll("withOrganizationParentCycle") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.organization-parent-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant> withOrganizationParentCycle() {
        return Datasets.withOrganizationParentCycle();
    }

    @Property(tries = 1000)
    void agreementFrameworkCycleIsRefusedAs_dataset_agreement_framework_cycle(@ForAll("withAgreementFrameworkCycle") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.agreement-framework-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant> withAgreementFrameworkCycle() {
        return Datasets.withAgreementFrameworkCycle();
    }

    @Property(tries = 1000)
    void schemeComplementsCycleIsRefusedAs_dataset_scheme_complements_cycle(@ForAll("withSchemeComplementsCycle") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.scheme-complements-cycle");
    }

    @Provide
    Arbitrary<InvalidVariant> withSchemeComplementsCycle() {
        return Datasets.withSchemeComplementsCycle();
    }

    @Property(tries = 1000)
    void charterOfSingleNonCollectiveIsRefusedAs_dataset_charter_party_not_collective(@ForAll("withCharterOfSingleNonCollective") InvalidVariant variant) {
        assertRefusedWith(variant, "dataset.charter-party-not-collective");
    }

    @Provide
    Arbitrary<InvalidVariant> withCharterOfSingleNonCollective() {
        return Datasets.withCharterOfSingleNonCollective();
    }
}
