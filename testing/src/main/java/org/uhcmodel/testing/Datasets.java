package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.testing.internal.DatasetArbitraries;

/**
 * Arbitraries of whole datasets whose references resolve, and keep resolving while shrinking.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Datasets {

    private Datasets() {
    }

    /**
     * Datasets of up to about thirty entities of every type, the empty dataset included; every reference names an
     * entity of the right type, and no chain of parents, frameworks or complemented schemes closes into a cycle.
     * Shrinking removes and simplifies entities without ever leaving a reference dangling.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    /**
     * Datasets whose programmes can all be published as IATI activities: at least one programme, each with what IATI
     * requires of an activity (an activity identifier or the reporting organisation's own code of it, a reporting
     * organisation, a participating organisation, a description, a status, a start date, a recipient country or
     * region, a sector), and at least one organisation, each with an IATI organisation identifier and a type, stated
     * or implied by its kind. Otherwise as {@link #datasets()}: every IATI feature of programmes appears.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Dataset> iatiDatasets() {
        return DatasetArbitraries.iatiDatasets();
    }

    /**
     * Datasets listing two entities under the same id (rule {@code dataset.duplicate-id}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withDuplicateId() {
        return InvalidVariants.forRule("dataset.duplicate-id", Dataset.class);
    }

    /**
     * Datasets with a reference to no entity of the dataset (rule {@code dataset.unresolved-reference}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withUnresolvedReference() {
        return InvalidVariants.forRule("dataset.unresolved-reference", Dataset.class);
    }

    /**
     * Datasets with a reference to an entity of the wrong type (rule {@code dataset.reference-type}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withReferenceOfWrongType() {
        return InvalidVariants.forRule("dataset.reference-type", Dataset.class);
    }

    /**
     * Datasets with two to six organisations each under the next, the last under the first, among other entities
     * and with up to two more organisations leading into the cycle (rule {@code dataset.organization-parent-cycle}).
     * The rule is reported once for each organisation on the cycle: {@link InvalidVariant#paths()} names them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withOrganizationParentCycle() {
        return InvalidVariants.forRule("dataset.organization-parent-cycle", Dataset.class);
    }

    /**
     * Datasets with two to six agreements each the framework of the next, the last of the first, among other entities
     * and with up to two more agreements leading into the cycle (rule {@code dataset.agreement-framework-cycle}).
     * The rule is reported once for each agreement on the cycle: {@link InvalidVariant#paths()} names them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withAgreementFrameworkCycle() {
        return InvalidVariants.forRule("dataset.agreement-framework-cycle", Dataset.class);
    }

    /**
     * Datasets with two to six schemes each complementing the next, the last the first, among other entities and
     * with up to two more schemes leading into the cycle (rule {@code dataset.scheme-complements-cycle}).
     * The rule is reported once for each scheme on the cycle: {@link InvalidVariant#paths()} names them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withSchemeComplementsCycle() {
        return InvalidVariants.forRule("dataset.scheme-complements-cycle", Dataset.class);
    }

    /**
     * Datasets with a charter whose single party is neither a network nor a federation
     * (rule {@code dataset.charter-party-not-collective}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withCharterOfSingleNonCollective() {
        return InvalidVariants.forRule("dataset.charter-party-not-collective", Dataset.class);
    }

    /**
     * Datasets in which schemes are components of each other in a cycle of two to six (rule
     * {@code dataset.scheme-part-of-cycle}), among other entities; {@link InvalidVariant#paths()} lists where the
     * refusal reports it, once per scheme of the cycle.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withSchemePartOfCycle() {
        return InvalidVariants.forRule("dataset.scheme-part-of-cycle", Dataset.class);
    }

    /**
     * Datasets with a scheme whose legal basis cites a source that is not a law, a decree or statutes (rule
     * {@code dataset.legal-basis-kind}); a warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withLegalBasisNotALegalText() {
        return InvalidVariants.forRule("dataset.legal-basis-kind", Dataset.class);
    }
}
