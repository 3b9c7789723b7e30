package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.ReportedDate;

/**
 * A health coverage scheme, such as a social health insurance fund, a mutuelle or a universal health insurance:
 * who runs it, whom it covers, which services at what cost, how it is financed and how many people it enrols.
 * <p>
 * The operator, the supervisor and the contracted providers (organisations) and the scheme complemented are
 * referenced by id; a dataset checks that they resolve to entities of those types, and that no scheme complements
 * itself through other schemes ({@code dataset.scheme-complements-cycle}).
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (id, name, operator, country, type, financingClass, membership),
 *     {@code not-blank} (acronym);</li>
 *   <li>{@code coverage-scheme.complements-itself}: the scheme names itself as the scheme it complements
 *     (path {@code complements});</li>
 *   <li>warning {@code coverage-scheme.membership-financing}: a compulsory or automatic scheme is not classed
 *     within {@link FinancingScheme#HF_1 HF.1}, or a voluntary scheme not within {@link FinancingScheme#HF_2 HF.2},
 *     as for a social health insurance classed within HF.1.2 that some groups, such as the self-employed, join
 *     voluntarily (path {@code financingClass});</li>
 *   <li>warning {@code coverage-scheme.type-financing}: the type and the financing class disagree: voluntary
 *     private and mutual health insurance usually lie within HF.2, social health insurance within HF.1.2 and
 *     tax-funded schemes within HF.1.1; universal and community-based health insurance may lie in any class
 *     (path {@code type}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CoverageScheme extends ModelObject implements Entity {

    private static final Shape<CoverageScheme> SHAPE = Shape.of(CoverageScheme.class, CoverageScheme::new,
            Builder::new)
        .entity(EntityKind.SCHEME).checkedBy(CoverageScheme::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<String> ACRONYM = SHAPE.optional("acronym", String.class);
    private static final Prop<EntityId> OPERATOR = SHAPE.required("operator", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<SchemeType> TYPE = SHAPE.required("type", SchemeType.class);
    private static final Prop<FinancingScheme> FINANCING_CLASS =
        SHAPE.required("financingClass", FinancingScheme.class);
    private static final Prop<Membership> MEMBERSHIP = SHAPE.required("membership", Membership.class);
    private static final Prop<PopulationGroup> TARGET_GROUPS = SHAPE.set("targetGroups", PopulationGroup.class);
    private static final Prop<EntityId> SUPERVISOR = SHAPE.optional("supervisor", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<ReportedDate> LAUNCHED = SHAPE.optional("launched", ReportedDate.class);
    private static final Prop<EntityId> COMPLEMENTS = SHAPE.optional("complements", EntityId.class)
        .refersTo(EntityKind.SCHEME)
        .acyclic("dataset.scheme-complements-cycle", "a scheme may not complement itself through other schemes");
    private static final Prop<BenefitPackage> BENEFITS = SHAPE.optional("benefits", BenefitPackage.class);
    private static final Prop<ContributionRule> CONTRIBUTIONS =
        SHAPE.list("contributions", ContributionRule.class);
    private static final Prop<CoverageSnapshot> SNAPSHOTS = SHAPE.list("snapshots", CoverageSnapshot.class);
    private static final Prop<EntityId> PROVIDERS = SHAPE.list("providers", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<SdgTarget> SDG_TARGETS = SHAPE.set("sdgTargets", SdgTarget.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule MEMBERSHIP_FINANCING = SHAPE.warning("coverage-scheme.membership-financing",
        "a compulsory or automatic scheme is usually classed within HF.1, a voluntary one within HF.2", MEMBERSHIP);
    private static final Rule TYPE_FINANCING = SHAPE.warning("coverage-scheme.type-financing",
        "the financing class is unusual for the scheme type: voluntary private and mutual health insurance usually"
            + " lie within HF.2, social health insurance within HF.1.2, tax-funded schemes within HF.1.1",
        FINANCING_CLASS);
    private static final Rule COMPLEMENTS_ITSELF = SHAPE.error("coverage-scheme.complements-itself",
        "a scheme cannot complement itself", ID);

    private CoverageScheme(Object[] values) {
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
     * Gets the id.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the acronym.
     *
     * @return the acronym, such as {@code CMU}, empty if none
     */
    public Optional<@NotBlank String> acronym() {
        return optional(ACRONYM);
    }

    /**
     * Gets the organisation that runs the scheme, such as the national health insurance fund.
     *
     * @return the id of the operator, not null
     */
    @NotNull
    public EntityId operator() {
        return value(OPERATOR);
    }

    /**
     * Gets the country the scheme covers people in.
     *
     * @return the country, not null
     */
    @NotNull
    public CountryCode country() {
        return value(COUNTRY);
    }

    /**
     * Gets the kind of scheme.
     *
     * @return the type, not null
     */
    @NotNull
    public SchemeType type() {
        return value(TYPE);
    }

    /**
     * Gets the SHA 2011 class of the scheme.
     *
     * @return the financing class, such as {@link FinancingScheme#HF_1_2_1}, not null
     */
    @NotNull
    public FinancingScheme financingClass() {
        return value(FINANCING_CLASS);
    }

    /**
     * Gets how people come to be members.
     *
     * @return the membership, not null
     */
    @NotNull
    public Membership membership() {
        return value(MEMBERSHIP);
    }

    /**
     * Gets the groups of people the scheme targets.
     *
     * @return the unmodifiable groups, empty if not stated
     */
    public Set<@NotNull PopulationGroup> targetGroups() {
        return set(TARGET_GROUPS);
    }

    /**
     * Gets the authority that supervises the scheme, such as a ministry of labour.
     *
     * @return the id of the supervisor, empty if not stated
     */
    public Optional<EntityId> supervisor() {
        return optional(SUPERVISOR);
    }

    /**
     * Gets the date the scheme was launched.
     *
     * @return the launch date, empty if not stated
     */
    public Optional<ReportedDate> launched() {
        return optional(LAUNCHED);
    }

    /**
     * Gets the scheme this one complements, such as the universal health insurance a mutuelle tops up.
     *
     * @return the id of the complemented scheme, empty if the scheme stands alone
     */
    public Optional<EntityId> complements() {
        return optional(COMPLEMENTS);
    }

    /**
     * Gets the services covered and their cost sharing.
     *
     * @return the benefit package, empty if not stated
     */
    public Optional<BenefitPackage> benefits() {
        return optional(BENEFITS);
    }

    /**
     * Gets how members contribute.
     *
     * @return the unmodifiable contribution rules, empty if not stated or non-contributory
     */
    public List<@NotNull ContributionRule> contributions() {
        return list(CONTRIBUTIONS);
    }

    /**
     * Gets the enrolment figures over time.
     *
     * @return the unmodifiable snapshots, empty if none is reported
     */
    public List<@NotNull CoverageSnapshot> snapshots() {
        return list(SNAPSHOTS);
    }

    /**
     * Gets the health facilities contracted to provide care to members.
     *
     * @return the unmodifiable ids of the providers, empty if not stated
     */
    public List<@NotNull EntityId> providers() {
        return list(PROVIDERS);
    }

    /**
     * Gets the SDG targets the scheme serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public Set<@NotNull SdgTarget> sdgTargets() {
        return set(SDG_TARGETS);
    }

    /**
     * Gets the citations of the sources this scheme is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(CoverageScheme scheme, Checker checker) {
        FinancingScheme financing = scheme.financingClass();
        if (financing != null && checker.wants(MEMBERSHIP_FINANCING)) {
            if (scheme.membership() != null && !financing.isWithin(financingOf(scheme.membership()))) {
                checker.report(MEMBERSHIP_FINANCING, FINANCING_CLASS, financing);
            }
            FinancingScheme usual = scheme.type() == null ? null : financingOf(scheme.type());
            if (usual != null && !financing.isWithin(usual)) {
                checker.report(TYPE_FINANCING, TYPE, scheme.type());
            }
        }
        Optional<EntityId> complements = scheme.complements();
        if (complements.isPresent() && complements.get().equals(scheme.id())) {
            checker.report(COMPLEMENTS_ITSELF, COMPLEMENTS, complements.get());
        }
    }

    /** The class a scheme with this membership lies within. */
    private static FinancingScheme financingOf(Membership membership) {
        return membership == Membership.VOLUNTARY ? FinancingScheme.HF_2 : FinancingScheme.HF_1;
    }

    /** The class a scheme of this type usually lies within, null if the type does not fix it. */
    private static FinancingScheme financingOf(SchemeType type) {
        switch (type) {
            case VOLUNTARY_PRIVATE:
            case MUTUAL_HEALTH_INSURANCE:
                return FinancingScheme.HF_2;
            case SOCIAL_HEALTH_INSURANCE:
                return FinancingScheme.HF_1_2;
            case TAX_FUNDED:
                return FinancingScheme.HF_1_1;
            default:
                return null;
        }
    }

    /**
     * Builds a {@link CoverageScheme}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<CoverageScheme, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the name.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the acronym.
         *
         * @param acronym  the value, not null
         * @return this builder
         */
        public Builder acronym(String acronym) {
            return set(ACRONYM, acronym);
        }

        /**
         * Sets the organisation that runs the scheme, such as the national health insurance fund.
         *
         * @param operator  the value, not null
         * @return this builder
         */
        public Builder operator(EntityId operator) {
            return set(OPERATOR, operator);
        }

        /**
         * Sets the country the scheme covers people in.
         *
         * @param country  the value, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the kind of scheme.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(SchemeType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the SHA 2011 class of the scheme.
         *
         * @param financingClass  the value, not null
         * @return this builder
         */
        public Builder financingClass(FinancingScheme financingClass) {
            return set(FINANCING_CLASS, financingClass);
        }

        /**
         * Sets how people come to be members.
         *
         * @param membership  the value, not null
         * @return this builder
         */
        public Builder membership(Membership membership) {
            return set(MEMBERSHIP, membership);
        }

        /**
         * Adds one of the groups of people the scheme targets.
         *
         * @param targetGroup  the value, not null
         * @return this builder
         */
        public Builder addTargetGroup(PopulationGroup targetGroup) {
            return add(TARGET_GROUPS, targetGroup);
        }

        /**
         * Adds, in order, the groups of people the scheme targets.
         *
         * @param targetGroups  the values, none null, not null
         * @return this builder
         */
        public Builder addAllTargetGroups(Iterable<? extends PopulationGroup> targetGroups) {
            return addAll(TARGET_GROUPS, targetGroups);
        }

        /**
         * Replaces the groups of people the scheme targets.
         *
         * @param targetGroups  the values, none null, not null
         * @return this builder
         */
        public Builder targetGroups(Iterable<? extends PopulationGroup> targetGroups) {
            return setAll(TARGET_GROUPS, targetGroups);
        }

        /**
         * Sets the authority that supervises the scheme, such as a ministry of labour.
         *
         * @param supervisor  the value, not null
         * @return this builder
         */
        public Builder supervisor(EntityId supervisor) {
            return set(SUPERVISOR, supervisor);
        }

        /**
         * Sets the date the scheme was launched.
         *
         * @param launched  the value, not null
         * @return this builder
         */
        public Builder launched(ReportedDate launched) {
            return set(LAUNCHED, launched);
        }

        /**
         * Sets the scheme this one complements, such as the universal health insurance a mutuelle tops up.
         *
         * @param complements  the value, not null
         * @return this builder
         */
        public Builder complements(EntityId complements) {
            return set(COMPLEMENTS, complements);
        }

        /**
         * Sets the services covered and their cost sharing.
         *
         * @param benefits  the value, not null
         * @return this builder
         */
        public Builder benefits(BenefitPackage benefits) {
            return set(BENEFITS, benefits);
        }

        /**
         * Adds one of how members contribute.
         *
         * @param contribution  the value, not null
         * @return this builder
         */
        public Builder addContribution(ContributionRule contribution) {
            return add(CONTRIBUTIONS, contribution);
        }

        /**
         * Adds, in order, how members contribute.
         *
         * @param contributions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllContributions(Iterable<? extends ContributionRule> contributions) {
            return addAll(CONTRIBUTIONS, contributions);
        }

        /**
         * Replaces how members contribute.
         *
         * @param contributions  the values, none null, not null
         * @return this builder
         */
        public Builder contributions(Iterable<? extends ContributionRule> contributions) {
            return setAll(CONTRIBUTIONS, contributions);
        }

        /**
         * Adds one of the enrolment figures over time.
         *
         * @param snapshot  the value, not null
         * @return this builder
         */
        public Builder addSnapshot(CoverageSnapshot snapshot) {
            return add(SNAPSHOTS, snapshot);
        }

        /**
         * Adds, in order, the enrolment figures over time.
         *
         * @param snapshots  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSnapshots(Iterable<? extends CoverageSnapshot> snapshots) {
            return addAll(SNAPSHOTS, snapshots);
        }

        /**
         * Replaces the enrolment figures over time.
         *
         * @param snapshots  the values, none null, not null
         * @return this builder
         */
        public Builder snapshots(Iterable<? extends CoverageSnapshot> snapshots) {
            return setAll(SNAPSHOTS, snapshots);
        }

        /**
         * Adds one of the health facilities contracted to provide care to members.
         *
         * @param provider  the value, not null
         * @return this builder
         */
        public Builder addProvider(EntityId provider) {
            return add(PROVIDERS, provider);
        }

        /**
         * Adds, in order, the health facilities contracted to provide care to members.
         *
         * @param providers  the values, none null, not null
         * @return this builder
         */
        public Builder addAllProviders(Iterable<? extends EntityId> providers) {
            return addAll(PROVIDERS, providers);
        }

        /**
         * Replaces the health facilities contracted to provide care to members.
         *
         * @param providers  the values, none null, not null
         * @return this builder
         */
        public Builder providers(Iterable<? extends EntityId> providers) {
            return setAll(PROVIDERS, providers);
        }

        /**
         * Adds one of the SDG targets the scheme serves.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder addSdgTarget(SdgTarget sdgTarget) {
            return add(SDG_TARGETS, sdgTarget);
        }

        /**
         * Adds, in order, the SDG targets the scheme serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return addAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Replaces the SDG targets the scheme serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder sdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return setAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Adds one of the citations of the sources this scheme is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this scheme is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this scheme is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
