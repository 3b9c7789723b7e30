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
     * Datasets holding two observations of one natural key, of equal values or not
     * (rule {@code dataset.duplicate-observation}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withDuplicateObservation() {
        return InvalidVariants.forRule("dataset.duplicate-observation", Dataset.class);
    }

    /**
     * Datasets with an observation of an indicator neither built in nor declared
     * (rule {@code dataset.unknown-indicator}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withUnknownIndicator() {
        return InvalidVariants.forRule("dataset.unknown-indicator", Dataset.class);
    }

    /**
     * Datasets declaring an indicator under a built-in code, or two under one code
     * (rule {@code dataset.indicator-code-taken}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withIndicatorCodeTaken() {
        return InvalidVariants.forRule("dataset.indicator-code-taken", Dataset.class);
    }

    /**
     * Datasets with an observation broken down by a dimension neither built in nor declared
     * (rule {@code dataset.unknown-dimension}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withUnknownDimension() {
        return InvalidVariants.forRule("dataset.unknown-dimension", Dataset.class);
    }

    /**
     * Datasets declaring a dimension under the code of a built-in one (rule {@code dataset.dimension-code-taken}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withDimensionCodeTaken() {
        return InvalidVariants.forRule("dataset.dimension-code-taken", Dataset.class);
    }

    /**
     * Datasets with an observation of a country and of a sub-national area of another
     * (rule {@code dataset.subnational-area-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withSubnationalAreaOfOtherCountry() {
        return InvalidVariants.forRule("dataset.subnational-area-country", Dataset.class);
    }

    /**
     * Datasets with a sub-national area within an area of another country (rule {@code dataset.area-parent-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withAreaUnderAreaOfOtherCountry() {
        return InvalidVariants.forRule("dataset.area-parent-country", Dataset.class);
    }

    /**
     * Datasets with a sub-national area within one of the same or a higher rank
     * (rule {@code dataset.area-parent-rank}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withAreaUnderAreaOfNoLowerRank() {
        return InvalidVariants.forRule("dataset.area-parent-rank", Dataset.class);
    }

    /**
     * Datasets with two to six sub-national areas each within the next, the last within the first, among other
     * entities and with up to two more areas leading into the cycle (rule {@code dataset.area-parent-cycle}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Dataset>> withAreaParentCycle() {
        return InvalidVariants.forRule("dataset.area-parent-cycle", Dataset.class);
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
