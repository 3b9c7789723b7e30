package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * A health coverage scheme, such as a social health insurance fund, a mutuelle or a universal health insurance: who
 * runs it and under which law, whom it covers and on which terms, which services at what cost, how it is financed and
 * how it pays providers, and how many people it enrols over time.
 * <p>
 * The operators, administrators, supervisor and the organisations named by its rules are referenced by id, as are the
 * schemes it relates to; a dataset checks that they resolve to entities of those types, that no scheme complements
 * itself through other schemes ({@code dataset.scheme-complements-cycle}) and that no scheme is a component of itself
 * through others ({@code dataset.scheme-part-of-cycle}). The providers a scheme pays under contract are the providers
 * of its {@link Contract}s, which a dataset finds ({@code Dataset.networkOf}).
 * <p>
 * Every rule of a scheme that may change carries a validity period: contributions, exemptions, benefits, payment
 * mechanisms and operators, so that a change is history rather than an overwrite; {@link #contributionsInForce},
 * {@link #operatorsOn} and the other queries give what may be in force on a day.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (id, name, operator, country, type, financingClass, membership),
 *     {@code not-blank} (acronym);</li>
 *   <li>{@code coverage-scheme.complements-itself}: the scheme names itself as the scheme it complements
 *     (at {@code complements});</li>
 *   <li>{@code coverage-scheme.refers-to-itself}: the scheme names itself as a scheme it supplements, is a component
 *     of, replaces or excludes (at the reference);</li>
 *   <li>{@code coverage-scheme.duplicate-category}: two member categories have one code (at
 *     {@code categories[i].code} of the repetition);</li>
 *   <li>{@code coverage-scheme.unknown-category}: a contribution, an exemption or a snapshot names a category the
 *     scheme does not declare (at the category);</li>
 *   <li>{@code coverage-scheme.area-country}: the area lies in another country than the scheme's (at
 *     {@code area.country});</li>
 *   <li>{@code coverage-scheme.operator-history}: the history of operators is given but its last term, the one open
 *     at its end or ending last, is not the operator's (at {@code operator});</li>
 *   <li>warning {@code coverage-scheme.membership-financing}: how people join does not fit the financing class:
 *     compulsory membership outside HF.1 and HF.4.1, voluntary membership outside HF.2 and HF.4.2, automatic
 *     membership outside HF.1.1, HF.1.2, HF.2.2, HF.2.3, HF.4.1 and HF.4.2.2; household out-of-pocket payment (HF.3)
 *     fits any membership (at {@code financingClass});</li>
 *   <li>warning {@code coverage-scheme.type-financing}: the type and the financing class disagree: voluntary
 *     private insurance usually lies within HF.2 or HF.4.2, mutual health insurance within HF.2 or HF.1.2 (mutuals
 *     that run compulsory insurance), social health insurance within HF.1.2 or HF.4.1, tax-funded schemes within
 *     HF.1.1, donor-funded schemes within HF.2.2 or HF.4.2.2, enterprise schemes within HF.2.3 or HF.4.2.2.3;
 *     universal and community-based health insurance may lie in any class (at {@code type});</li>
 *   <li>warning {@code coverage-scheme.closed-without-end}: the scheme is closed but its validity has no end (at
 *     {@code status});</li>
 *   <li>warning {@code coverage-scheme.contributions-overlap}: two contribution rules of the same basis, frequency,
 *     payers, groups and categories may be in force at once, as when a change of premium was recorded without
 *     closing the old rule (at {@code contributions[i]} of the later one);</li>
 *   <li>warning {@code coverage-scheme.revenue-shares-exceed}: the shares of the revenues of one period add up to more
 *     than 100, as when they are rounded or come from different sources (at {@code revenues}).</li>
 * </ul>
 * A class within a fitting class, or containing one, fits: a compulsory scheme classed HF.4 fits, as HF.4.1 lies
 * within it.
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
    private static final Prop<Identifier> IDENTIFIERS = SHAPE.list("identifiers", Identifier.class);
    private static final Prop<EntityId> OPERATOR = SHAPE.required("operator", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<OperatorTerm> OPERATOR_HISTORY = SHAPE.list("operatorHistory", OperatorTerm.class);
    private static final Prop<EntityId> ADMINISTRATORS = SHAPE.list("administrators", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<Place> AREA = SHAPE.optional("area", Place.class);
    private static final Prop<SchemeType> TYPE = SHAPE.required("type", SchemeType.class);
    private static final Prop<FinancingScheme> FINANCING_CLASS =
        SHAPE.required("financingClass", FinancingScheme.class);
    private static final Prop<Membership> MEMBERSHIP = SHAPE.required("membership", Membership.class);
    private static final Prop<Membership> MEMBERSHIP_IN_PRACTICE =
        SHAPE.optional("membershipInPractice", Membership.class);
    private static final Prop<PopulationGroup> TARGET_GROUPS = SHAPE.set("targetGroups", PopulationGroup.class);
    private static final Prop<MemberCategory> CATEGORIES = SHAPE.list("categories", MemberCategory.class);
    private static final Prop<EntityId> SUPERVISOR = SHAPE.optional("supervisor", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<ReportedDate> LAUNCHED = SHAPE.optional("launched", ReportedDate.class);
    private static final Prop<SchemeStatus> STATUS = SHAPE.optional("status", SchemeStatus.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);
    private static final Prop<Citation> LEGAL_BASIS = SHAPE.list("legalBasis", Citation.class);
    private static final Prop<EntityId> COMPLEMENTS = SHAPE.optional("complements", EntityId.class)
        .refersTo(EntityKind.SCHEME)
        .acyclic("dataset.scheme-complements-cycle",
            "a scheme may not complement itself through other schemes");
    private static final Prop<EntityId> SUPPLEMENTS = SHAPE.optional("supplements", EntityId.class)
        .refersTo(EntityKind.SCHEME);
    private static final Prop<EntityId> PART_OF = SHAPE.optional("partOf", EntityId.class)
        .refersTo(EntityKind.SCHEME)
        .acyclic("dataset.scheme-part-of-cycle",
            "a scheme may not be a component of itself through other schemes");
    private static final Prop<EntityId> REPLACES = SHAPE.list("replaces", EntityId.class)
        .refersTo(EntityKind.SCHEME);
    private static final Prop<EntityId> EXCLUSIVE_WITH = SHAPE.list("exclusiveWith", EntityId.class)
        .refersTo(EntityKind.SCHEME);
    private static final Prop<BenefitPackage> BENEFITS = SHAPE.optional("benefits", BenefitPackage.class);
    private static final Prop<ContributionRule> CONTRIBUTIONS = SHAPE.list("contributions", ContributionRule.class);
    private static final Prop<Exemption> EXEMPTIONS = SHAPE.list("exemptions", Exemption.class);
    private static final Prop<Revenue> REVENUES = SHAPE.list("revenues", Revenue.class);
    private static final Prop<PaymentMechanism> PAYMENT_MECHANISMS =
        SHAPE.list("paymentMechanisms", PaymentMechanism.class);
    private static final Prop<CoverageSnapshot> SNAPSHOTS = SHAPE.list("snapshots", CoverageSnapshot.class);
    private static final Prop<SdgTarget> SDG_TARGETS = SHAPE.set("sdgTargets", SdgTarget.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule MEMBERSHIP_FINANCING = SHAPE.warning("coverage-scheme.membership-financing",
        "does not fit how people join: compulsory membership fits HF.1 and HF.4.1, voluntary membership HF.2 and"
            + " HF.4.2, automatic membership HF.1.1, HF.1.2, HF.2.2, HF.2.3, HF.4.1 and HF.4.2.2", MEMBERSHIP);
    private static final Rule TYPE_FINANCING = SHAPE.warning("coverage-scheme.type-financing",
        "the financing class is unusual for the scheme type: voluntary private insurance usually lies within HF.2,"
            + " mutual health insurance within HF.2 or HF.1.2, social health insurance within HF.1.2, tax-funded"
            + " schemes within HF.1.1, donor-funded schemes within HF.2.2, enterprise schemes within HF.2.3",
        FINANCING_CLASS);
    private static final Rule COMPLEMENTS_ITSELF = SHAPE.error("coverage-scheme.complements-itself",
        "a scheme cannot complement itself", ID);
    private static final Rule REFERS_TO_ITSELF = SHAPE.error("coverage-scheme.refers-to-itself",
        "a scheme cannot supplement, be a component of, replace or exclude itself", ID);
    private static final Rule DUPLICATE_CATEGORY = SHAPE.error("coverage-scheme.duplicate-category",
        "another member category of the scheme has this code");
    private static final Rule UNKNOWN_CATEGORY = SHAPE.error("coverage-scheme.unknown-category",
        "names no member category of the scheme", CATEGORIES);
    private static final Rule OPERATOR_NOT_LAST = SHAPE.error("coverage-scheme.operator-history",
        "must be the operator of the last term of the history of operators", OPERATOR_HISTORY);
    private static final Rule AREA_COUNTRY = SHAPE.error("coverage-scheme.area-country",
        "must lie in the country of the scheme", COUNTRY);
    private static final Rule CLOSED_WITHOUT_END = SHAPE.warning("coverage-scheme.closed-without-end",
        "a closed scheme usually has a validity with an end", VALIDITY);
    private static final Rule CONTRIBUTIONS_OVERLAP = SHAPE.warning("coverage-scheme.contributions-overlap",
        "may be in force at the same time as an earlier rule of the same basis, frequency, payers, groups and"
            + " categories; give each rule its validity period");
    private static final Rule REVENUE_SHARES_EXCEED = SHAPE.warning("coverage-scheme.revenue-shares-exceed",
        "the shares of the revenues of one period add up to more than 100");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Prop<EntityId>> SCHEME_LISTS = List.of(REPLACES, EXCLUSIVE_WITH);

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
     * Gets the identifiers of the scheme in external registries, such as its Wikidata item or website.
     *
     * @return the unmodifiable identifiers, empty if none
     */
    public List<@NotNull Identifier> identifiers() {
        return list(IDENTIFIERS);
    }

    /**
     * Gets the organisation that runs the scheme, such as the national health insurance fund, now or when it ended.
     *
     * @return the id of the operator, not null
     */
    @NotNull
    public EntityId operator() {
        return value(OPERATOR);
    }

    /**
     * Gets the organisations that ran the scheme over time.
     *
     * @return the unmodifiable terms, the last of them the operator's, empty if the operator never changed or the
     *     history is not stated
     */
    public List<@NotNull OperatorTerm> operatorHistory() {
        return list(OPERATOR_HISTORY);
    }

    /**
     * Gets the organisations that administer the scheme on the operator's behalf, such as mutuals acting as
     * delegated managers.
     *
     * @return the unmodifiable ids of the administrators, empty if none
     */
    public List<@NotNull EntityId> administrators() {
        return list(ADMINISTRATORS);
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
     * Gets the area within the country the scheme covers people in.
     *
     * @return the area, such as a district for a community-based scheme, empty if the scheme covers the whole country
     */
    public Optional<Place> area() {
        return optional(AREA);
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
     * Gets how people come to be members, as the law or the statutes say.
     *
     * @return the membership, not null
     */
    @NotNull
    public Membership membership() {
        return value(MEMBERSHIP);
    }

    /**
     * Gets how people come to be members in practice, where it differs from the law, such as a compulsory scheme
     * that in practice only volunteers join.
     *
     * @return the membership in practice, empty if not stated
     */
    public Optional<Membership> membershipInPractice() {
        return optional(MEMBERSHIP_IN_PRACTICE);
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
     * Gets the categories of members the scheme defines.
     *
     * @return the unmodifiable categories, such as income categories, empty if none
     */
    public List<@NotNull MemberCategory> categories() {
        return list(CATEGORIES);
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
     * Gets the stage the scheme has reached.
     *
     * @return the status, empty if not stated
     */
    public Optional<SchemeStatus> status() {
        return optional(STATUS);
    }

    /**
     * Gets the period the scheme operates in, as its legal basis sets it.
     *
     * @return the period, empty if not stated
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Gets the texts that found the scheme: its law, decree or statutes, cited as sources.
     *
     * @return the unmodifiable citations, empty if not stated
     */
    public List<@NotNull Citation> legalBasis() {
        return list(LEGAL_BASIS);
    }

    /**
     * Gets the scheme this one complements by paying the cost sharing it leaves, such as the universal health
     * insurance a mutuelle tops up.
     *
     * @return the id of the complemented scheme, empty if the scheme stands alone
     */
    public Optional<EntityId> complements() {
        return optional(COMPLEMENTS);
    }

    /**
     * Gets the scheme this one supplements by covering services it does not cover.
     *
     * @return the id of the supplemented scheme, empty if none
     */
    public Optional<EntityId> supplements() {
        return optional(SUPPLEMENTS);
    }

    /**
     * Gets the scheme this one is a component of, such as the non-contributory regime of a universal health
     * insurance.
     *
     * @return the id of the whole scheme, empty if the scheme is not a component
     */
    public Optional<EntityId> partOf() {
        return optional(PART_OF);
    }

    /**
     * Gets the schemes this one replaces.
     *
     * @return the unmodifiable ids of the replaced schemes, empty if none
     */
    public List<@NotNull EntityId> replaces() {
        return list(REPLACES);
    }

    /**
     * Gets the schemes a member of this one may not belong to at the same time.
     *
     * @return the unmodifiable ids of the schemes, empty if none
     */
    public List<@NotNull EntityId> exclusiveWith() {
        return list(EXCLUSIVE_WITH);
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
     * Gets the groups spared contributions or cost sharing.
     *
     * @return the unmodifiable exemptions, empty if none is stated
     */
    public List<@NotNull Exemption> exemptions() {
        return list(EXEMPTIONS);
    }

    /**
     * Gets where the money of the scheme comes from.
     *
     * @return the unmodifiable revenues, empty if not stated
     */
    public List<@NotNull Revenue> revenues() {
        return list(REVENUES);
    }

    /**
     * Gets how the scheme pays providers.
     *
     * @return the unmodifiable mechanisms, empty if not stated
     */
    public List<@NotNull PaymentMechanism> paymentMechanisms() {
        return list(PAYMENT_MECHANISMS);
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

    /**
     * Gets the contribution rules that may be in force on a day: the premium in force on that day, for each group,
     * category and payer the rules name. A rule without validity is in force whenever the scheme is; a rule whose
     * bounds are partial is in force on every day they may mean, so in the year of a change stated only by its year,
     * both the old and the new rule are returned.
     *
     * @param date  the day, not null
     * @return the unmodifiable rules, in order, empty if none
     */
    public List<ContributionRule> contributionsInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<ContributionRule> found = new ArrayList<>();
        for (ContributionRule rule : contributions()) {
            if (rule.isInForceOn(date)) {
                found.add(rule);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets the exemptions that may be in force on a day.
     *
     * @param date  the day, not null
     * @return the unmodifiable exemptions, in order, empty if none
     */
    public List<Exemption> exemptionsInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<Exemption> found = new ArrayList<>();
        for (Exemption exemption : exemptions()) {
            if (exemption.isInForceOn(date)) {
                found.add(exemption);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets the payment mechanisms that may be in force on a day.
     *
     * @param date  the day, not null
     * @return the unmodifiable mechanisms, in order, empty if none
     */
    public List<PaymentMechanism> paymentMechanismsInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<PaymentMechanism> found = new ArrayList<>();
        for (PaymentMechanism mechanism : paymentMechanisms()) {
            if (mechanism.isInForceOn(date)) {
                found.add(mechanism);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets the organisations that may have run the scheme on a day: the operators of the terms of the history whose
     * validity may contain the day, or the operator if the history is empty.
     *
     * @param date  the day, not null
     * @return the unmodifiable ids, without repetition, empty if no term of the history may contain the day
     */
    public List<EntityId> operatorsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (operatorHistory().isEmpty()) {
            return List.of(operator());
        }
        List<EntityId> found = new ArrayList<>();
        for (OperatorTerm term : operatorHistory()) {
            if (term.validity().mayContain(date) && !found.contains(term.operator())) {
                found.add(term.operator());
            }
        }
        return Collections.unmodifiableList(found);
    }

    private static void check(CoverageScheme scheme, Checker checker) {
        checkFinancing(scheme, checker);
        checkRelations(scheme, checker);
        checkCategories(scheme, checker);
        checkOperators(scheme, checker);
        Optional<Place> area = scheme.area();
        if (area.isPresent() && scheme.country() != null && area.get().country() != null
            && !area.get().country().equals(scheme.country())) {
            checker.report(AREA_COUNTRY, "area.country", area.get().country());
        }
        if (checker.wants(CLOSED_WITHOUT_END)) {
            if (scheme.status().orElse(null) == SchemeStatus.CLOSED
                && scheme.validity().flatMap(Period::end).isEmpty()) {
                checker.report(CLOSED_WITHOUT_END, STATUS, SchemeStatus.CLOSED);
            }
            checkContributions(scheme, checker);
            checkRevenueShares(scheme, checker);
        }
    }

    private static void checkFinancing(CoverageScheme scheme, Checker checker) {
        FinancingScheme financing = scheme.financingClass();
        if (financing == null || !checker.wants(MEMBERSHIP_FINANCING)) {
            return;
        }
        if (scheme.membership() != null && !fits(financing, fitting(scheme.membership()))) {
            checker.report(MEMBERSHIP_FINANCING, FINANCING_CLASS, financing);
        }
        FinancingScheme[] usual = scheme.type() == null ? null : usual(scheme.type());
        if (usual != null && !fits(financing, usual)) {
            checker.report(TYPE_FINANCING, TYPE, scheme.type());
        }
    }

    /** Whether a class lies within one of the classes, or contains one; household out-of-pocket fits all. */
    private static boolean fits(FinancingScheme financing, FinancingScheme... classes) {
        if (financing.isWithin(FinancingScheme.HF_3)) {
            return true;
        }
        for (FinancingScheme fitting : classes) {
            if (financing.isWithin(fitting) || fitting.isWithin(financing)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The classes a membership fits. SHA 2011 classes schemes by how they are financed and who decides entitlement,
     * not by how people join: automatic cover is found in government schemes, in social health insurance that
     * covers some groups without their joining, and in non-profit and enterprise schemes.
     */
    private static FinancingScheme[] fitting(Membership membership) {
        switch (membership) {
            case COMPULSORY:
                return new FinancingScheme[] {FinancingScheme.HF_1, FinancingScheme.HF_4_1};
            case VOLUNTARY:
                return new FinancingScheme[] {FinancingScheme.HF_2, FinancingScheme.HF_4_2};
            default:
                return new FinancingScheme[] {FinancingScheme.HF_1_1, FinancingScheme.HF_1_2, FinancingScheme.HF_2_2,
                    FinancingScheme.HF_2_3, FinancingScheme.HF_4_1, FinancingScheme.HF_4_2_2};
        }
    }

    /** The classes a scheme of this type usually lies within, null if the type does not fix them. */
    private static FinancingScheme[] usual(SchemeType type) {
        switch (type) {
            case VOLUNTARY_PRIVATE:
                return new FinancingScheme[] {FinancingScheme.HF_2, FinancingScheme.HF_4_2};
            case MUTUAL_HEALTH_INSURANCE:
                return new FinancingScheme[] {FinancingScheme.HF_2, FinancingScheme.HF_1_2};
            case SOCIAL_HEALTH_INSURANCE:
                return new FinancingScheme[] {FinancingScheme.HF_1_2, FinancingScheme.HF_4_1};
            case TAX_FUNDED:
                return new FinancingScheme[] {FinancingScheme.HF_1_1};
            case DONOR_FUNDED:
                return new FinancingScheme[] {FinancingScheme.HF_2_2, FinancingScheme.HF_4_2_2};
            case ENTERPRISE:
                return new FinancingScheme[] {FinancingScheme.HF_2_3, FinancingScheme.HF_4_2_2_3};
            default:
                return null;
        }
    }

    private static void checkRelations(CoverageScheme scheme, Checker checker) {
        EntityId id = scheme.id();
        if (id == null) {
            return;
        }
        if (id.equals(scheme.complements().orElse(null))) {
            checker.report(COMPLEMENTS_ITSELF, COMPLEMENTS, id);
        }
        if (id.equals(scheme.supplements().orElse(null))) {
            checker.report(REFERS_TO_ITSELF, SUPPLEMENTS, id);
        }
        if (id.equals(scheme.partOf().orElse(null))) {
            checker.report(REFERS_TO_ITSELF, PART_OF, id);
        }
        for (Prop<EntityId> prop : SCHEME_LISTS) {
            List<EntityId> ids = scheme.list(prop);
            for (int i = 0; i < ids.size(); i++) {
                if (id.equals(ids.get(i))) {
                    checker.report(REFERS_TO_ITSELF, prop.name() + "[" + i + "]", id);
                }
            }
        }
    }

    private static void checkCategories(CoverageScheme scheme, Checker checker) {
        List<MemberCategory> categories = scheme.categories();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String code = categories.get(i).code();
            if (code != null && !codes.add(code)) {
                checker.report(DUPLICATE_CATEGORY, "categories[" + i + "].code", code);
            }
        }
        List<ContributionRule> contributions = scheme.contributions();
        for (int i = 0; i < contributions.size(); i++) {
            for (String code : contributions.get(i).categories()) {
                if (!codes.contains(code)) {
                    checker.report(UNKNOWN_CATEGORY, "contributions[" + i + "].categories", code);
                }
            }
        }
        List<Exemption> exemptions = scheme.exemptions();
        for (int i = 0; i < exemptions.size(); i++) {
            for (String code : exemptions.get(i).categories()) {
                if (!codes.contains(code)) {
                    checker.report(UNKNOWN_CATEGORY, "exemptions[" + i + "].categories", code);
                }
            }
        }
        List<CoverageSnapshot> snapshots = scheme.snapshots();
        for (int i = 0; i < snapshots.size(); i++) {
            Optional<String> code = snapshots.get(i).category();
            if (code.isPresent() && !codes.contains(code.get())) {
                checker.report(UNKNOWN_CATEGORY, "snapshots[" + i + "].category", code.get());
            }
        }
    }

    private static void checkOperators(CoverageScheme scheme, Checker checker) {
        List<OperatorTerm> history = scheme.operatorHistory();
        EntityId operator = scheme.operator();
        if (history.isEmpty() || operator == null) {
            return;
        }
        boolean open = false;
        boolean held = false;
        LocalDate last = LocalDate.MIN;
        for (OperatorTerm term : history) {
            Optional<PartialDate> end = term.validity() == null ? Optional.empty() : term.validity().end();
            if (end.isEmpty()) {
                held = open ? held || operator.equals(term.operator()) : operator.equals(term.operator());
                open = true;
            } else if (!open) {
                LocalDate latest = end.get().latest();
                if (latest.isAfter(last)) {
                    last = latest;
                    held = operator.equals(term.operator());
                } else if (latest.equals(last)) {
                    held = held || operator.equals(term.operator());
                }
            }
        }
        if (!held) {
            checker.report(OPERATOR_NOT_LAST, OPERATOR, operator);
        }
    }

    private static void checkContributions(CoverageScheme scheme, Checker checker) {
        List<ContributionRule> rules = scheme.contributions();
        for (int j = 1; j < rules.size(); j++) {
            ContributionRule later = rules.get(j);
            for (int i = 0; i < j; i++) {
                ContributionRule earlier = rules.get(i);
                if (later.basis() == earlier.basis() && later.period().equals(earlier.period())
                    && later.groups().equals(earlier.groups())
                    && Set.copyOf(later.categories()).equals(Set.copyOf(earlier.categories()))
                    && payers(later).equals(payers(earlier))
                    && Validity.mayOverlap(earlier.validity(), later.validity())) {
                    checker.report(CONTRIBUTIONS_OVERLAP, "contributions[" + j + "]", null);
                    break;
                }
            }
        }
    }

    private static Set<PayerType> payers(ContributionRule rule) {
        Set<PayerType> payers = new HashSet<>();
        for (PayerShare share : rule.shares()) {
            payers.add(share.payer());
        }
        return payers;
    }

    private static void checkRevenueShares(CoverageScheme scheme, Checker checker) {
        Map<Optional<Period>, BigDecimal> sums = new LinkedHashMap<>();
        for (Revenue revenue : scheme.revenues()) {
            if (revenue.share().isPresent()) {
                sums.merge(revenue.period(), revenue.share().get().value(), BigDecimal::add);
            }
        }
        for (BigDecimal sum : sums.values()) {
            if (sum.compareTo(HUNDRED) > 0) {
                checker.report(REVENUE_SHARES_EXCEED, REVENUES, sum);
                return;
            }
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
         * Adds one of the identifiers of the scheme in external registries, such as its Wikidata item or website.
         *
         * @param identifier  the value, not null
         * @return this builder
         */
        public Builder addIdentifier(Identifier identifier) {
            return add(IDENTIFIERS, identifier);
        }

        /**
         * Adds, in order, the identifiers of the scheme in external registries, such as its Wikidata item or website.
         *
         * @param identifiers  the values, none null, not null
         * @return this builder
         */
        public Builder addAllIdentifiers(Iterable<? extends Identifier> identifiers) {
            return addAll(IDENTIFIERS, identifiers);
        }

        /**
         * Replaces the identifiers of the scheme in external registries, such as its Wikidata item or website.
         *
         * @param identifiers  the values, none null, not null
         * @return this builder
         */
        public Builder identifiers(Iterable<? extends Identifier> identifiers) {
            return setAll(IDENTIFIERS, identifiers);
        }

        /**
         * Sets the organisation that runs the scheme, such as the national health insurance fund, now or when it ended.
         *
         * @param operator  the value, not null
         * @return this builder
         */
        public Builder operator(EntityId operator) {
            return set(OPERATOR, operator);
        }

        /**
         * Adds one of the organisations that ran the scheme over time.
         *
         * @param operatorTerm  the value, not null
         * @return this builder
         */
        public Builder addOperatorTerm(OperatorTerm operatorTerm) {
            return add(OPERATOR_HISTORY, operatorTerm);
        }

        /**
         * Adds, in order, the organisations that ran the scheme over time.
         *
         * @param operatorHistory  the values, none null, not null
         * @return this builder
         */
        public Builder addAllOperatorHistory(Iterable<? extends OperatorTerm> operatorHistory) {
            return addAll(OPERATOR_HISTORY, operatorHistory);
        }

        /**
         * Replaces the organisations that ran the scheme over time.
         *
         * @param operatorHistory  the values, none null, not null
         * @return this builder
         */
        public Builder operatorHistory(Iterable<? extends OperatorTerm> operatorHistory) {
            return setAll(OPERATOR_HISTORY, operatorHistory);
        }

        /**
         * Adds one of the organisations that administer the scheme on the operator's behalf, such as mutuals acting as
         * delegated managers.
         *
         * @param administrator  the value, not null
         * @return this builder
         */
        public Builder addAdministrator(EntityId administrator) {
            return add(ADMINISTRATORS, administrator);
        }

        /**
         * Adds, in order, the organisations that administer the scheme on the operator's behalf, such as mutuals acting
         * as delegated managers.
         *
         * @param administrators  the values, none null, not null
         * @return this builder
         */
        public Builder addAllAdministrators(Iterable<? extends EntityId> administrators) {
            return addAll(ADMINISTRATORS, administrators);
        }

        /**
         * Replaces the organisations that administer the scheme on the operator's behalf, such as mutuals acting as
         * delegated managers.
         *
         * @param administrators  the values, none null, not null
         * @return this builder
         */
        public Builder administrators(Iterable<? extends EntityId> administrators) {
            return setAll(ADMINISTRATORS, administrators);
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
         * Sets the area within the country the scheme covers people in.
         *
         * @param area  the value, not null
         * @return this builder
         */
        public Builder area(Place area) {
            return set(AREA, area);
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
         * Sets how people come to be members, as the law or the statutes say.
         *
         * @param membership  the value, not null
         * @return this builder
         */
        public Builder membership(Membership membership) {
            return set(MEMBERSHIP, membership);
        }

        /**
         * Sets how people come to be members in practice, where it differs from the law, such as a compulsory scheme
         * that in practice only volunteers join.
         *
         * @param membershipInPractice  the value, not null
         * @return this builder
         */
        public Builder membershipInPractice(Membership membershipInPractice) {
            return set(MEMBERSHIP_IN_PRACTICE, membershipInPractice);
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
         * Adds, the groups of people the scheme targets.
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
         * Adds one of the categories of members the scheme defines.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder addCategory(MemberCategory category) {
            return add(CATEGORIES, category);
        }

        /**
         * Adds, in order, the categories of members the scheme defines.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCategories(Iterable<? extends MemberCategory> categories) {
            return addAll(CATEGORIES, categories);
        }

        /**
         * Replaces the categories of members the scheme defines.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder categories(Iterable<? extends MemberCategory> categories) {
            return setAll(CATEGORIES, categories);
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
         * Sets the stage the scheme has reached.
         *
         * @param status  the value, not null
         * @return this builder
         */
        public Builder status(SchemeStatus status) {
            return set(STATUS, status);
        }

        /**
         * Sets the period the scheme operates in, as its legal basis sets it.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }

        /**
         * Adds one of the texts that found the scheme: its law, decree or statutes, cited as sources.
         *
         * @param legalBasis  the value, not null
         * @return this builder
         */
        public Builder addLegalBasis(Citation legalBasis) {
            return add(LEGAL_BASIS, legalBasis);
        }

        /**
         * Adds, in order, the texts that found the scheme: its law, decree or statutes, cited as sources.
         *
         * @param legalBasis  the values, none null, not null
         * @return this builder
         */
        public Builder addAllLegalBasis(Iterable<? extends Citation> legalBasis) {
            return addAll(LEGAL_BASIS, legalBasis);
        }

        /**
         * Replaces the texts that found the scheme: its law, decree or statutes, cited as sources.
         *
         * @param legalBasis  the values, none null, not null
         * @return this builder
         */
        public Builder legalBasis(Iterable<? extends Citation> legalBasis) {
            return setAll(LEGAL_BASIS, legalBasis);
        }

        /**
         * Sets the scheme this one complements by paying the cost sharing it leaves, such as the universal health
         * insurance a mutuelle tops up.
         *
         * @param complements  the value, not null
         * @return this builder
         */
        public Builder complements(EntityId complements) {
            return set(COMPLEMENTS, complements);
        }

        /**
         * Sets the scheme this one supplements by covering services it does not cover.
         *
         * @param supplements  the value, not null
         * @return this builder
         */
        public Builder supplements(EntityId supplements) {
            return set(SUPPLEMENTS, supplements);
        }

        /**
         * Sets the scheme this one is a component of, such as the non-contributory regime of a universal health
         * insurance.
         *
         * @param partOf  the value, not null
         * @return this builder
         */
        public Builder partOf(EntityId partOf) {
            return set(PART_OF, partOf);
        }

        /**
         * Adds one of the schemes this one replaces.
         *
         * @param replaced  the value, not null
         * @return this builder
         */
        public Builder addReplaced(EntityId replaced) {
            return add(REPLACES, replaced);
        }

        /**
         * Adds, in order, the schemes this one replaces.
         *
         * @param replaces  the values, none null, not null
         * @return this builder
         */
        public Builder addAllReplaces(Iterable<? extends EntityId> replaces) {
            return addAll(REPLACES, replaces);
        }

        /**
         * Replaces the schemes this one replaces.
         *
         * @param replaces  the values, none null, not null
         * @return this builder
         */
        public Builder replaces(Iterable<? extends EntityId> replaces) {
            return setAll(REPLACES, replaces);
        }

        /**
         * Adds one of the schemes a member of this one may not belong to at the same time.
         *
         * @param exclusiveWith  the value, not null
         * @return this builder
         */
        public Builder addExclusiveWith(EntityId exclusiveWith) {
            return add(EXCLUSIVE_WITH, exclusiveWith);
        }

        /**
         * Adds, in order, the schemes a member of this one may not belong to at the same time.
         *
         * @param exclusiveWith  the values, none null, not null
         * @return this builder
         */
        public Builder addAllExclusiveWith(Iterable<? extends EntityId> exclusiveWith) {
            return addAll(EXCLUSIVE_WITH, exclusiveWith);
        }

        /**
         * Replaces the schemes a member of this one may not belong to at the same time.
         *
         * @param exclusiveWith  the values, none null, not null
         * @return this builder
         */
        public Builder exclusiveWith(Iterable<? extends EntityId> exclusiveWith) {
            return setAll(EXCLUSIVE_WITH, exclusiveWith);
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
         * Adds one of the groups spared contributions or cost sharing.
         *
         * @param exemption  the value, not null
         * @return this builder
         */
        public Builder addExemption(Exemption exemption) {
            return add(EXEMPTIONS, exemption);
        }

        /**
         * Adds, in order, the groups spared contributions or cost sharing.
         *
         * @param exemptions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllExemptions(Iterable<? extends Exemption> exemptions) {
            return addAll(EXEMPTIONS, exemptions);
        }

        /**
         * Replaces the groups spared contributions or cost sharing.
         *
         * @param exemptions  the values, none null, not null
         * @return this builder
         */
        public Builder exemptions(Iterable<? extends Exemption> exemptions) {
            return setAll(EXEMPTIONS, exemptions);
        }

        /**
         * Adds one of where the money of the scheme comes from.
         *
         * @param revenue  the value, not null
         * @return this builder
         */
        public Builder addRevenue(Revenue revenue) {
            return add(REVENUES, revenue);
        }

        /**
         * Adds, in order, where the money of the scheme comes from.
         *
         * @param revenues  the values, none null, not null
         * @return this builder
         */
        public Builder addAllRevenues(Iterable<? extends Revenue> revenues) {
            return addAll(REVENUES, revenues);
        }

        /**
         * Replaces where the money of the scheme comes from.
         *
         * @param revenues  the values, none null, not null
         * @return this builder
         */
        public Builder revenues(Iterable<? extends Revenue> revenues) {
            return setAll(REVENUES, revenues);
        }

        /**
         * Adds one of how the scheme pays providers.
         *
         * @param paymentMechanism  the value, not null
         * @return this builder
         */
        public Builder addPaymentMechanism(PaymentMechanism paymentMechanism) {
            return add(PAYMENT_MECHANISMS, paymentMechanism);
        }

        /**
         * Adds, in order, how the scheme pays providers.
         *
         * @param paymentMechanisms  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPaymentMechanisms(Iterable<? extends PaymentMechanism> paymentMechanisms) {
            return addAll(PAYMENT_MECHANISMS, paymentMechanisms);
        }

        /**
         * Replaces how the scheme pays providers.
         *
         * @param paymentMechanisms  the values, none null, not null
         * @return this builder
         */
        public Builder paymentMechanisms(Iterable<? extends PaymentMechanism> paymentMechanisms) {
            return setAll(PAYMENT_MECHANISMS, paymentMechanisms);
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
         * Adds one of the SDG targets the scheme serves.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder addSdgTarget(SdgTarget sdgTarget) {
            return add(SDG_TARGETS, sdgTarget);
        }

        /**
         * Adds, the SDG targets the scheme serves.
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
