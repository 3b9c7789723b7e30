package org.uhcmodel.testing.internal;

import static org.uhcmodel.testing.internal.Recipe.resolve;
import static org.uhcmodel.testing.internal.Recipe.set;
import static org.uhcmodel.testing.internal.Recipe.setIfPresent;
import static org.uhcmodel.testing.internal.ValueArbitraries.citationDrafts;
import static org.uhcmodel.testing.internal.ValueArbitraries.enumSets;
import static org.uhcmodel.testing.internal.ValueArbitraries.localizedTexts;
import static org.uhcmodel.testing.internal.ValueArbitraries.partialDates;
import static org.uhcmodel.testing.internal.ValueArbitraries.periods;
import static org.uhcmodel.testing.internal.ValueArbitraries.reportedDates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.meta.Property;
import org.uhcmodel.scheme.AccessCondition;
import org.uhcmodel.scheme.Accreditation;
import org.uhcmodel.scheme.AmountBasis;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionPeriod;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Earmark;
import org.uhcmodel.scheme.Exclusion;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.ExemptionScope;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.MemberCategory;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.OperatorTerm;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.PaymentMethod;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.ProviderClass;
import org.uhcmodel.scheme.QuantityLimit;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.scheme.RevenueClass;
import org.uhcmodel.scheme.SchemeStatus;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.Quintile;
import org.uhcmodel.sdg.Sex;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;

/**
 * Arbitraries of coverage schemes, their parts and purchaser-provider contracts, generated without warnings: type,
 * membership and financing class fit together; contribution rules, exemptions and snapshots name declared categories;
 * no two alike contribution rules hold at once; revenue shares stay below 100; payment rates are counted per what
 * their method pays for; enrolment figures agree with each other and with the rate.
 * <p>
 * The parts of a scheme that refer to organisations or sources are {@link Part}s, resolved against the pools of the
 * entity that holds them. Not part of the public API: use {@link org.uhcmodel.testing.CoverageSchemes}.
 */
public final class SchemeArbitraries {

    private static final Property<?> CITATION_SOURCE = Meta.property(Citation.class, "source");
    private static final Property<?> OPERATOR = Meta.property(CoverageScheme.class, "operator");
    private static final Property<?> ADMINISTRATORS = Meta.property(CoverageScheme.class, "administrators");
    private static final Property<?> SUPERVISOR = Meta.property(CoverageScheme.class, "supervisor");
    private static final Property<?> COMPLEMENTS = Meta.property(CoverageScheme.class, "complements");
    private static final Property<?> SUPPLEMENTS = Meta.property(CoverageScheme.class, "supplements");
    private static final Property<?> PART_OF = Meta.property(CoverageScheme.class, "partOf");
    private static final Property<?> REPLACES = Meta.property(CoverageScheme.class, "replaces");
    private static final Property<?> EXCLUSIVE_WITH = Meta.property(CoverageScheme.class, "exclusiveWith");
    private static final Property<?> TERM_OPERATOR = Meta.property(OperatorTerm.class, "operator");
    private static final Property<?> PAYER_ORGANIZATION = Meta.property(PayerShare.class, "organization");
    private static final Property<?> REVENUE_SOURCE = Meta.property(Revenue.class, "source");
    private static final Property<?> MECHANISM_PROVIDERS = Meta.property(PaymentMechanism.class, "providers");
    private static final Property<?> ACCREDITATION_BODY = Meta.property(Accreditation.class, "body");
    private static final Property<?> PURCHASER = Meta.property(Contract.class, "purchaser");
    private static final Property<?> CONTRACT_SCHEMES = Meta.property(Contract.class, "schemes");
    private static final Property<?> CONTRACT_PROVIDERS = Meta.property(Contract.class, "providers");

    /** The codes of member categories the generated schemes declare. */
    static final List<String> CATEGORY_CODES = List.of("1", "2", "3", "A", "B");

    /** Triples of scheme type, membership and a financing class that fits both. */
    private static final List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> FITTING = fitting(true, true);

    private SchemeArbitraries() {
    }

    /**
     * A part of an entity, resolved against the categories its scheme declares and the ids it may refer to.
     *
     * @param <T>  the type of the part
     */
    @FunctionalInterface
    public interface Part<T> {
        /**
         * Builds the part.
         *
         * @param at  where the part is built
         * @return the part
         */
        T build(At at);
    }

    /**
     * Where a part is built: the categories of its scheme and the pools of the entity that holds it.
     *
     * @param categories  the codes of the scheme's member categories
     * @param refs  the ids the entity may refer to
     * @param kind  the kind of the entity
     * @param id  its id
     */
    public record At(List<String> categories, Refs refs, EntityKind kind, EntityId id) {

        List<EntityId> pool(Property<?> property) {
            return refs.pool(property, kind, id);
        }

        List<String> categories(List<Integer> indexes) {
            Set<String> codes = new java.util.LinkedHashSet<>();
            if (!categories.isEmpty()) {
                for (int i : indexes) {
                    codes.add(categories.get(i % categories.size()));
                }
            }
            return new ArrayList<>(codes);
        }
    }

    /**
     * Parts built on their own, against pools of every kind and every category code.
     *
     * @param <T>  the type of the part
     * @param parts  the parts
     * @return the arbitrary
     */
    public static <T> Arbitrary<T> alone(Arbitrary<Part<T>> parts) {
        return Combinators.combine(ValueArbitraries.entityIds(), Refs.standalone(), parts)
            .as((id, refs, part) -> part.build(new At(CATEGORY_CODES, refs, EntityKind.SCHEME, id)));
    }

    // ---- financing classes

    /**
     * The triples of scheme type, membership and financing class, by whether the class fits each. A class fits when it
     * lies within a fitting class or contains one; household out-of-pocket payment (HF.3) fits every membership.
     *
     * @param fitsMembership  whether the class fits the membership
     * @param fitsType  whether the class fits the type
     * @return the triples
     */
    public static List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> fitting(boolean fitsMembership,
                                                                                     boolean fitsType) {
        List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> all = new ArrayList<>();
        for (SchemeType type : SchemeType.values()) {
            for (Membership membership : Membership.values()) {
                for (FinancingScheme f : FinancingScheme.values()) {
                    boolean membershipFits = f.isWithin(FinancingScheme.HF_3) || fits(f, classesOf(membership));
                    boolean typeFits = classesOf(type).isEmpty() || f.isWithin(FinancingScheme.HF_3)
                        || fits(f, classesOf(type));
                    if (membershipFits == fitsMembership && typeFits == fitsType) {
                        all.add(Tuple.of(type, membership, f));
                    }
                }
            }
        }
        return all;
    }

    private static boolean fits(FinancingScheme f, List<FinancingScheme> classes) {
        for (FinancingScheme c : classes) {
            if (f.isWithin(c) || c.isWithin(f)) {
                return true;
            }
        }
        return false;
    }

    /** The classes SHA 2011 finds schemes of a membership in. */
    private static List<FinancingScheme> classesOf(Membership membership) {
        switch (membership) {
            case COMPULSORY:
                return List.of(FinancingScheme.HF_1, FinancingScheme.HF_4_1);
            case VOLUNTARY:
                return List.of(FinancingScheme.HF_2, FinancingScheme.HF_4_2);
            default:
                return List.of(FinancingScheme.HF_1_1, FinancingScheme.HF_1_2, FinancingScheme.HF_2_2,
                    FinancingScheme.HF_2_3, FinancingScheme.HF_4_1, FinancingScheme.HF_4_2_2);
        }
    }

    /** The classes schemes of a type usually lie within, empty if the type does not fix them. */
    private static List<FinancingScheme> classesOf(SchemeType type) {
        switch (type) {
            case VOLUNTARY_PRIVATE:
                return List.of(FinancingScheme.HF_2, FinancingScheme.HF_4_2);
            case MUTUAL_HEALTH_INSURANCE:
                return List.of(FinancingScheme.HF_2, FinancingScheme.HF_1_2);
            case SOCIAL_HEALTH_INSURANCE:
                return List.of(FinancingScheme.HF_1_2, FinancingScheme.HF_4_1);
            case TAX_FUNDED:
                return List.of(FinancingScheme.HF_1_1);
            case DONOR_FUNDED:
                return List.of(FinancingScheme.HF_2_2, FinancingScheme.HF_4_2_2);
            case ENTERPRISE:
                return List.of(FinancingScheme.HF_2_3, FinancingScheme.HF_4_2_2_3);
            default:
                return List.of();
        }
    }

    // ---- schemes

    /** @return drafts of coverage schemes without warnings, to be built against at least one organisation */
    public static Arbitrary<Draft<CoverageScheme>> schemes() {
        return Builders.<Recipe<CoverageScheme.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(CoverageScheme.Builder::name))
            .use(EntityArbitraries.acronyms().optional(0.6)).inSetter(setIfPresent(CoverageScheme.Builder::acronym))
            .use(ValueArbitraries.identifiers().list().uniqueElements().ofMaxSize(2))
            .inSetter(set(CoverageScheme.Builder::identifiers))
            .use(operators()).inSetter(resolve((b, o, id, refs) -> o.accept(b, new At(List.of(), refs,
                EntityKind.SCHEME, id))))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) ->
                b.administrators(Pick.distinct(refs.pool(ADMINISTRATORS, EntityKind.SCHEME, id), is))))
            .use(countryAndArea()).inSetter(set((b, c) -> {
                b.country(c.get1());
                c.get2().ifPresent(b::area);
            }))
            .use(Arbitraries.of(FITTING)).inSetter(set((b, t) ->
                b.type(t.get1()).membership(t.get2()).financingClass(t.get3())))
            .use(Arbitraries.of(Membership.class).optional(0.3))
            .inSetter(setIfPresent(CoverageScheme.Builder::membershipInPractice))
            .use(enumSets(PopulationGroup.class, 3)).inSetter(set(CoverageScheme.Builder::targetGroups))
            .use(Pick.index().optional(0.5)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(SUPERVISOR, EntityKind.SCHEME, id), i).ifPresent(b::supervisor)))
            .use(reportedDates().optional(0.7)).inSetter(setIfPresent(CoverageScheme.Builder::launched))
            .use(statusAndValidity()).inSetter(set((b, sv) -> {
                sv.get1().ifPresent(b::status);
                sv.get2().ifPresent(b::validity);
            }))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.legalBasis(c.apply(refs.legalPool(CITATION_SOURCE, EntityKind.SCHEME, id)))))
            .use(Pick.index().optional(0.3)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(COMPLEMENTS, EntityKind.SCHEME, id), i).ifPresent(b::complements)))
            .use(Pick.index().optional(0.2)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(SUPPLEMENTS, EntityKind.SCHEME, id), i).ifPresent(b::supplements)))
            .use(Pick.index().optional(0.2)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(PART_OF, EntityKind.SCHEME, id), i).ifPresent(b::partOf)))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) ->
                b.replaces(Pick.distinct(refs.pool(REPLACES, EntityKind.SCHEME, id), is))))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) ->
                b.exclusiveWith(Pick.distinct(refs.pool(EXCLUSIVE_WITH, EntityKind.SCHEME, id), is))))
            .use(benefitPackages().optional(0.6)).inSetter(setIfPresent(CoverageScheme.Builder::benefits))
            .use(terms()).inSetter(resolve((b, t, id, refs) -> t.accept(b, new At(List.of(), refs,
                EntityKind.SCHEME, id))))
            .use(enumSets(SdgTarget.class, 2)).inSetter(set(CoverageScheme.Builder::sdgTargets))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(refs.pool(CITATION_SOURCE, EntityKind.SCHEME, id)))))
            .build(r -> (id, refs) -> {
                CoverageScheme.Builder b = CoverageScheme.builder();
                r.applyTo(b, id, refs);
                return b.id(id).build();
            });
    }

    /** What a step does to a scheme's builder once it knows where the scheme is built. */
    @FunctionalInterface
    interface SchemeStep {
        void accept(CoverageScheme.Builder builder, At at);
    }

    /** @return the operator and, now and then, the history of operators that ends with its open term */
    private static Arbitrary<SchemeStep> operators() {
        Arbitrary<List<Tuple.Tuple2<Integer, Period>>> earlier = Combinators.combine(Pick.index(),
                closedPeriods()).as(Tuple::of).list().ofMaxSize(2);
        return Combinators.combine(Pick.index(), earlier, partialDates().optional(0.4))
            .as((i, terms, start) -> (b, at) -> {
                List<EntityId> pool = at.refs().pool(OPERATOR, at.kind(), at.id());
                EntityId operator = Pick.of(pool, i);
                b.operator(operator);
                if (start.isPresent()) {
                    List<EntityId> others = at.refs().pool(TERM_OPERATOR, at.kind(), at.id());
                    for (Tuple.Tuple2<Integer, Period> term : terms) {
                        b.addOperatorTerm(OperatorTerm.of(Pick.of(others, term.get1()), term.get2()));
                    }
                    b.addOperatorTerm(OperatorTerm.of(operator, Period.starting(start.get())));
                }
            });
    }

    /** @return periods with a start and an end */
    private static Arbitrary<Period> closedPeriods() {
        return Combinators.combine(partialDates(), partialDates())
            .as((a, b) -> b.isDefinitelyBefore(a) ? Period.of(b, a) : Period.of(a, b));
    }

    /** @return a country and, now and then, an area within it */
    private static Arbitrary<Tuple.Tuple2<CountryCode, Optional<Place>>> countryAndArea() {
        return Combinators.combine(ValueArbitraries.countryCodes(), ValueArbitraries.places().optional(0.3))
            .as((c, p) -> Tuple.of(c, p.map(place -> ValueArbitraries.inCountry(place, c))));
    }

    /** @return a status and a validity, a closed scheme's validity always with an end */
    private static Arbitrary<Tuple.Tuple2<Optional<SchemeStatus>, Optional<Period>>> statusAndValidity() {
        return Combinators.combine(Arbitraries.of(SchemeStatus.class).optional(0.6), periods().optional(0.5),
                closedPeriods())
            .as((status, validity, closed) -> status.orElse(null) == SchemeStatus.CLOSED
                && validity.flatMap(Period::end).isEmpty() ? Tuple.of(status, Optional.of(closed))
                : Tuple.of(status, validity));
    }

    /**
     * @return the terms of a scheme: its member categories, and the contribution rules, exemptions, revenues, payment
     *  mechanisms and snapshots that name them
     */
    private static Arbitrary<SchemeStep> terms() {
        Arbitrary<List<MemberCategory>> categories = Arbitraries.of(CATEGORY_CODES).list().uniqueElements()
            .ofMaxSize(3).flatMap(codes -> memberCategoryOf(codes));
        return Combinators.combine(categories, contributionParts().list().ofMaxSize(3),
                exemptionParts().list().ofMaxSize(2), revenueParts().list().ofMaxSize(3),
                paymentMechanismParts().list().ofMaxSize(2), snapshotParts().list().ofMaxSize(3))
            .as((cats, contributions, exemptions, revenues, mechanisms, snapshots) -> (b, where) -> {
                List<String> codes = new ArrayList<>();
                for (MemberCategory c : cats) {
                    codes.add(c.code());
                }
                At at = new At(codes, where.refs(), where.kind(), where.id());
                b.categories(cats);
                Map<List<Object>, ContributionRule> distinct = new LinkedHashMap<>();
                for (Part<ContributionRule> c : contributions) {
                    ContributionRule rule = c.build(at);
                    distinct.putIfAbsent(overlapKey(rule), rule);
                }
                b.contributions(distinct.values());
                for (Part<Exemption> e : exemptions) {
                    b.addExemption(e.build(at));
                }
                for (Part<Revenue> r : revenues) {
                    b.addRevenue(r.build(at));
                }
                for (Part<PaymentMechanism> m : mechanisms) {
                    b.addPaymentMechanism(m.build(at));
                }
                for (Part<CoverageSnapshot> s : snapshots) {
                    b.addSnapshot(s.build(at));
                }
            });
    }

    /** What makes two contribution rules alike, so that they may not hold at once without a warning. */
    static List<Object> overlapKey(ContributionRule rule) {
        Set<PayerType> payers = new HashSet<>();
        for (PayerShare share : rule.shares()) {
            payers.add(share.payer());
        }
        return List.of(rule.basis(), rule.period(), rule.groups(), Set.copyOf(rule.categories()), payers);
    }

    private static Arbitrary<List<MemberCategory>> memberCategoryOf(List<String> codes) {
        return Combinators.combine(localizedTexts(), Arbitraries.of(PopulationGroup.class).optional(0.4))
            .as(Tuple::of).list().ofSize(codes.size()).map(named -> {
                List<MemberCategory> categories = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    MemberCategory.Builder c = MemberCategory.builder().code(codes.get(i)).name(named.get(i).get1());
                    named.get(i).get2().ifPresent(c::group);
                    categories.add(c.build());
                }
                return categories;
            });
    }

    /** @return member categories, their codes among {@link #CATEGORY_CODES} */
    public static Arbitrary<MemberCategory> memberCategories() {
        return Arbitraries.of(CATEGORY_CODES).flatMap(code -> memberCategoryOf(List.of(code))).map(l -> l.get(0));
    }

    /** @return terms of operators, over closed or open periods */
    public static Arbitrary<OperatorTerm> operatorTerms() {
        return Combinators.combine(ValueArbitraries.entityIds(), periods()).as(OperatorTerm::of);
    }

    // ---- contributions

    /** @return empty lists, or shares of distinct payers adding up to exactly 100, some naming the payer */
    public static Arbitrary<Part<List<PayerShare>>> shareParts() {
        Arbitrary<Part<List<PayerShare>>> split = Combinators.combine(
                Arbitraries.of(PayerType.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 10000).list().ofSize(2),
                Pick.index().optional(0.3).list().ofSize(3))
            .as((payers, cuts, organizations) -> at -> {
                List<Integer> points = new ArrayList<>(cuts.subList(0, payers.size() - 1));
                points.add(0);
                points.add(10000);
                points.sort(null);
                List<EntityId> pool = at.pool(PAYER_ORGANIZATION);
                List<PayerShare> shares = new ArrayList<>();
                for (int i = 0; i < payers.size(); i++) {
                    BigDecimal part = BigDecimal.valueOf(points.get(i + 1) - points.get(i), 2);
                    PayerShare.Builder share = PayerShare.builder().payer(payers.get(i)).share(Percentage.of(part));
                    Pick.of(pool, organizations.get(i)).ifPresent(share::organization);
                    shares.add(share.build());
                }
                return shares;
            });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(at -> List.of())), Tuple.of(3, split));
    }

    /** @return payer shares, some naming the paying organisation */
    public static Arbitrary<PayerShare> payerShares() {
        return Combinators.combine(Arbitraries.of(PayerType.class), ValueArbitraries.percentages(),
                ValueArbitraries.entityIds().optional(0.3))
            .as((payer, share, organization) -> {
                PayerShare.Builder b = PayerShare.builder().payer(payer).share(share);
                organization.ifPresent(b::organization);
                return b.build();
            });
    }

    /** The amounts of a contribution, all in one currency, a range never inverted and an amount within it. */
    private record Amounts(Optional<Money> amount, Optional<Money> minimum, Optional<Money> maximum,
                           Optional<Money> baseCeiling, Optional<Money> householdCap) {
    }

    private static Arbitrary<Amounts> amounts(boolean flat) {
        return ValueArbitraries.currencies().flatMap(c -> {
            Arbitrary<Money> money = ValueArbitraries.money(c);
            return Combinators.combine(money.list().ofSize(3), Arbitraries.integers().between(0, 3),
                    money.optional(0.3), money.optional(0.3))
                .as((three, which, ceiling, cap) -> {
                    List<Money> sorted = new ArrayList<>(three);
                    sorted.sort((x, y) -> x.amount().compareTo(y.amount()));
                    Optional<Money> amount = which == 0 || which == 3 || flat && which == 2
                        ? Optional.of(sorted.get(1)) : Optional.empty();
                    Optional<Money> minimum = which >= 1 ? Optional.of(sorted.get(0)) : Optional.empty();
                    Optional<Money> maximum = which >= 2 ? Optional.of(sorted.get(2)) : Optional.empty();
                    return new Amounts(amount, minimum, maximum, ceiling, cap);
                });
        });
    }

    /** @return contribution rules, resolved against the categories and organisations of their scheme */
    public static Arbitrary<Part<ContributionRule>> contributionParts() {
        Arbitrary<Tuple.Tuple2<ContributionBasis, Amounts>> basisAndAmounts = Arbitraries.of(ContributionBasis.class)
            .flatMap(basis -> amounts(basis.isFlatPremium()).map(a -> Tuple.of(basis, a)));
        Arbitrary<Tuple.Tuple3<Optional<LocalizedText>, Optional<Integer>, Optional<LocalizedText>>> texts =
            Combinators.combine(localizedTexts().optional(0.3), Arbitraries.integers().between(1, 12).optional(0.5),
                localizedTexts().optional(0.3)).as(Tuple::of);
        return Combinators.combine(basisAndAmounts, ValueArbitraries.percentages().optional(0.5), texts,
                Arbitraries.of(ContributionPeriod.class).optional(), shareParts(),
                enumSets(PopulationGroup.class, 2), Pick.indexes(2), periods().optional(0.4))
            .as((ba, rate, text, period, shares, groups, categories, validity) -> at -> {
                ContributionBasis basis = ba.get1();
                Amounts a = ba.get2();
                ContributionRule.Builder b = ContributionRule.builder().basis(basis).shares(shares.build(at))
                    .groups(groups).categories(at.categories(categories));
                if (basis.isPercentage()) {
                    b.rate(rate.orElse(Percentage.of(5)));
                    text.get1().ifPresent(b::base);
                    a.baseCeiling().ifPresent(b::baseCeiling);
                } else {
                    rate.ifPresent(b::rate);
                }
                a.amount().ifPresent(b::amount);
                a.minimum().ifPresent(b::minimum);
                a.maximum().ifPresent(b::maximum);
                if (basis == ContributionBasis.FLAT_PREMIUM_PER_PERSON) {
                    a.householdCap().ifPresent(b::householdCap);
                }
                if (basis == ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD
                    || basis == ContributionBasis.FLAT_PREMIUM_PER_FAMILY) {
                    text.get2().ifPresent(b::membersCovered);
                }
                period.ifPresent(b::period);
                validity.ifPresent(b::validity);
                text.get3().ifPresent(b::name);
                return b.build();
            });
    }

    /** @return contribution rules on their own */
    public static Arbitrary<ContributionRule> contributionRules() {
        return alone(contributionParts());
    }

    // ---- exemptions

    /** @return exemptions naming who is exempt, resolved against the categories and organisations of their scheme */
    public static Arbitrary<Part<Exemption>> exemptionParts() {
        Arbitrary<Tuple.Tuple2<Optional<Integer>, Optional<Integer>>> ages = Combinators.combine(
                Arbitraries.integers().between(0, 100).optional(0.3), Arbitraries.integers().between(1, 30)
                    .optional(0.4))
            .as((from, span) -> Tuple.of(from, span.map(s -> from.orElse(0) + s)));
        return Combinators.combine(enumSets(PopulationGroup.class, 2), Pick.indexes(2), ages,
                Arbitraries.of(ExemptionScope.class).set().ofMinSize(1), ValueArbitraries.percentages(), shareParts(),
                periods().optional(0.4), localizedTexts().optional(0.3))
            .as((groups, categories, age, scope, waived, paidBy, validity, description) -> at -> {
                Exemption.Builder b = Exemption.builder().groups(groups).categories(at.categories(categories))
                    .scope(scope).waived(waived).paidBy(paidBy.build(at));
                age.get1().ifPresent(b::ageFrom);
                age.get2().ifPresent(b::ageBelow);
                if (groups.isEmpty() && at.categories(categories).isEmpty() && age.get1().isEmpty()
                    && age.get2().isEmpty()) {
                    b.addGroup(PopulationGroup.INDIGENT);
                }
                validity.ifPresent(b::validity);
                description.ifPresent(b::description);
                return b.build();
            });
    }

    /** @return exemptions on their own */
    public static Arbitrary<Exemption> exemptions() {
        return alone(exemptionParts());
    }

    // ---- revenues

    /** @return earmarks: a rate of a named base */
    public static Arbitrary<Earmark> earmarks() {
        return Combinators.combine(ValueArbitraries.percentages(), localizedTexts()).as(Earmark::of);
    }

    /**
     * @return revenues with an amount, a share of at most 33 or an earmark, so that three of one period never
     *  exceed 100, resolved against the organisations and sources of their scheme
     */
    public static Arbitrary<Part<Revenue>> revenueParts() {
        Arbitrary<Tuple.Tuple3<Optional<Money>, Optional<Percentage>, Optional<Earmark>>> what = Combinators.combine(
                ValueArbitraries.money().optional(0.5),
                Arbitraries.integers().between(0, 33).map(Percentage::of).optional(0.5), earmarks().optional(0.4))
            .as(Tuple::of);
        return Combinators.combine(Arbitraries.of(RevenueClass.class), Pick.index().optional(0.5),
                periods().optional(0.6), what, citationDrafts())
            .as((revenueClass, source, period, w, citations) -> at -> {
                Revenue.Builder b = Revenue.builder().revenueClass(revenueClass)
                    .citations(citations.apply(at.pool(CITATION_SOURCE)));
                Pick.of(at.pool(REVENUE_SOURCE), source).ifPresent(b::source);
                period.ifPresent(b::period);
                w.get1().ifPresent(b::amount);
                w.get2().ifPresent(b::share);
                w.get3().ifPresent(b::earmark);
                if (w.get1().isEmpty() && w.get2().isEmpty() && w.get3().isEmpty()) {
                    b.share(Percentage.of(10));
                }
                return b.build();
            });
    }

    /** @return revenues on their own */
    public static Arbitrary<Revenue> revenues() {
        return alone(revenueParts());
    }

    // ---- purchasing

    /** What each method usually pays per; results-based payment may pay per anything agreed. */
    private static final Map<PaymentMethod, List<AmountBasis>> USUAL_BASES = usualBases();

    private static Map<PaymentMethod, List<AmountBasis>> usualBases() {
        Map<PaymentMethod, List<AmountBasis>> m = new EnumMap<>(PaymentMethod.class);
        m.put(PaymentMethod.CAPITATION, List.of(AmountBasis.PERSON_MONTH, AmountBasis.PERSON_YEAR));
        m.put(PaymentMethod.FEE_FOR_SERVICE, List.of(AmountBasis.SERVICE, AmountBasis.VISIT, AmountBasis.PRESCRIPTION));
        m.put(PaymentMethod.CASE_BASED, List.of(AmountBasis.ADMISSION, AmountBasis.EPISODE));
        m.put(PaymentMethod.PER_DIEM, List.of(AmountBasis.DAY));
        m.put(PaymentMethod.GLOBAL_BUDGET, List.of(AmountBasis.MONTH, AmountBasis.YEAR));
        m.put(PaymentMethod.LINE_ITEM_BUDGET, List.of(AmountBasis.MONTH, AmountBasis.YEAR));
        m.put(PaymentMethod.SALARY, List.of(AmountBasis.MONTH, AmountBasis.YEAR));
        m.put(PaymentMethod.RESULTS_BASED, List.of(AmountBasis.values()));
        return m;
    }

    /**
     * @param method  a payment method
     * @return the bases it does not usually pay per, empty for results-based payment
     */
    public static List<AmountBasis> unusualBases(PaymentMethod method) {
        List<AmountBasis> unusual = new ArrayList<>(List.of(AmountBasis.values()));
        unusual.removeAll(USUAL_BASES.get(method));
        return unusual;
    }

    /** @return payment mechanisms counted per what their method pays for, resolved against the providers' pool */
    public static Arbitrary<Part<PaymentMechanism>> paymentMechanismParts() {
        Arbitrary<Tuple.Tuple2<PaymentMethod, Optional<AmountBasis>>> methodAndBasis =
            Arbitraries.of(PaymentMethod.class).flatMap(m -> Arbitraries.of(USUAL_BASES.get(m)).optional(0.7)
                .map(b -> Tuple.of(m, b)));
        return Combinators.combine(methodAndBasis, ValueArbitraries.money().optional(0.6),
                enumSets(ServiceCategory.class, 2), enumSets(FacilityLevel.class, 2), enumSets(ProviderClass.class, 2),
                Pick.indexes(2), periods().optional(0.4), localizedTexts().optional(0.2))
            .as((mb, rate, services, levels, classes, providers, validity, note) -> at -> {
                PaymentMechanism.Builder b = PaymentMechanism.builder().method(mb.get1()).services(services)
                    .levels(levels).providerClasses(classes)
                    .providers(Pick.distinct(at.pool(MECHANISM_PROVIDERS), providers));
                mb.get2().ifPresent(b::rateBasis);
                rate.ifPresent(b::rate);
                validity.ifPresent(b::validity);
                note.ifPresent(b::note);
                return b.build();
            });
    }

    /** @return payment mechanisms on their own */
    public static Arbitrary<PaymentMechanism> paymentMechanisms() {
        return alone(paymentMechanismParts());
    }

    /** @return accreditations by a body of the pool */
    private static Arbitrary<Part<Accreditation>> accreditationParts() {
        return Combinators.combine(Pick.index(), Arbitraries.strings().withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(10).optional(0.5), periods().optional(0.5))
            .as((body, reference, validity) -> at -> {
                Accreditation.Builder b = Accreditation.builder().body(Pick.of(at.pool(ACCREDITATION_BODY), body));
                reference.ifPresent(b::reference);
                validity.ifPresent(b::validity);
                return b.build();
            });
    }

    /** @return accreditations on their own */
    public static Arbitrary<Accreditation> accreditations() {
        return alone(accreditationParts());
    }

    /**
     * @return drafts of purchaser-provider contracts naming providers, their class or their level, to be built
     *  against at least one organisation
     */
    public static Arbitrary<Draft<Contract>> contracts() {
        Arbitrary<Tuple.Tuple3<List<Integer>, Set<ProviderClass>, Set<FacilityLevel>>> whom = Combinators.combine(
                Pick.indexes(3), enumSets(ProviderClass.class, 2), enumSets(FacilityLevel.class, 2))
            .as(Tuple::of);
        return Builders.<Recipe<Contract.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts().optional(0.5)).inSetter(setIfPresent(Contract.Builder::title))
            .use(Pick.index()).inSetter(resolve((b, i, id, refs) ->
                b.purchaser(Pick.of(refs.pool(PURCHASER, EntityKind.CONTRACT, id), i))))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) ->
                b.schemes(Pick.distinct(refs.pool(CONTRACT_SCHEMES, EntityKind.CONTRACT, id), is))))
            .use(whom).inSetter(resolve((b, w, id, refs) -> {
                List<EntityId> providers = Pick.distinct(refs.pool(CONTRACT_PROVIDERS, EntityKind.CONTRACT, id),
                    w.get1());
                b.providers(providers).providerClasses(w.get2()).levels(w.get3());
                if (providers.isEmpty() && w.get2().isEmpty() && w.get3().isEmpty()) {
                    b.addProviderClass(ProviderClass.HP_3_4);
                }
            }))
            .use(ValueArbitraries.places().optional(0.3)).inSetter(setIfPresent(Contract.Builder::area))
            .use(enumSets(ServiceCategory.class, 3)).inSetter(set(Contract.Builder::services))
            .use(paymentMechanismParts().list().ofMaxSize(2)).inSetter(resolve((b, ms, id, refs) -> {
                At at = new At(List.of(), refs, EntityKind.CONTRACT, id);
                for (Part<PaymentMechanism> m : ms) {
                    b.addPaymentMechanism(m.build(at));
                }
            }))
            .use(accreditationParts().optional(0.3)).inSetter(resolve((b, a, id, refs) ->
                a.ifPresent(p -> b.accreditation(p.build(new At(List.of(), refs, EntityKind.CONTRACT, id))))))
            .use(Arbitraries.of(AgreementStatus.class).optional(0.5)).inSetter(setIfPresent(Contract.Builder::status))
            .use(reportedDates().optional(0.5)).inSetter(setIfPresent(Contract.Builder::signed))
            .use(periods().optional(0.5)).inSetter(setIfPresent(Contract.Builder::validity))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(refs.pool(CITATION_SOURCE, EntityKind.CONTRACT, id)))))
            .build(r -> (id, refs) -> {
                Contract.Builder b = Contract.builder();
                r.applyTo(b, id, refs);
                return b.id(id).build();
            });
    }

    // ---- benefits

    /** @return quantity limits counting events of care */
    public static Arbitrary<QuantityLimit> quantityLimits() {
        List<AmountBasis> countable = new ArrayList<>();
        for (AmountBasis basis : AmountBasis.values()) {
            if (basis.isCountable()) {
                countable.add(basis);
            }
        }
        return Combinators.combine(Arbitraries.integers().between(0, 365), Arbitraries.of(countable),
                Arbitraries.of(AmountBasis.class).optional(0.7))
            .as((max, unit, per) -> {
                QuantityLimit.Builder b = QuantityLimit.builder().maximum(max).unit(unit);
                per.ifPresent(b::per);
                return b.build();
            });
    }

    /** @return exclusions */
    public static Arbitrary<Exclusion> exclusions() {
        return Combinators.combine(localizedTexts(), Arbitraries.of(ServiceCategory.class).optional(0.5),
                periods().optional(0.3))
            .as((description, category, validity) -> {
                Exclusion.Builder b = Exclusion.builder().description(description);
                category.ifPresent(b::category);
                validity.ifPresent(b::validity);
                return b.build();
            });
    }

    /** @return benefit packages covering each category once at a level and under a condition */
    public static Arbitrary<BenefitPackage> benefitPackages() {
        return Combinators.combine(benefits().list().ofMinSize(1).ofMaxSize(4)
                    .uniqueElements(b -> List.of(b.category(), b.level(), b.access())),
                exclusions().list().ofMaxSize(2))
            .as((benefits, exclusions) -> BenefitPackage.builder().benefits(benefits).exclusions(exclusions).build());
    }

    /** @return benefits whose amounts are all in one currency */
    public static Arbitrary<Benefit> benefits() {
        Arbitrary<java.time.Period> waiting = Arbitraries.oneOf(
            Arbitraries.integers().between(0, 24).map(java.time.Period::ofMonths),
            Arbitraries.integers().between(0, 90).map(java.time.Period::ofDays));
        Arbitrary<List<Optional<Money>>> monies = ValueArbitraries.currencies()
            .flatMap(c -> ValueArbitraries.money(c).optional(0.4).list().ofSize(3));
        Arbitrary<List<Optional<AmountBasis>>> bases = Arbitraries.of(AmountBasis.class).optional(0.5).list()
            .ofSize(3);
        Arbitrary<Tuple.Tuple3<Optional<FacilityLevel>, Optional<AccessCondition>, Optional<Period>>> where =
            Combinators.combine(Arbitraries.of(FacilityLevel.class).optional(0.5),
                Arbitraries.of(AccessCondition.class).optional(0.3), periods().optional(0.3)).as(Tuple::of);
        return Combinators.combine(Arbitraries.of(ServiceCategory.class), ValueArbitraries.percentages().optional(0.6),
                monies, bases, where, quantityLimits().list().ofMaxSize(2), waiting.optional(0.4))
            .as((category, co, money, basis, w, limits, wait) -> {
                Benefit.Builder b = Benefit.builder().category(category).quantityLimits(limits);
                co.ifPresent(b::coinsurance);
                money.get(0).ifPresent(b::copayment);
                money.get(1).ifPresent(b::deductible);
                money.get(2).ifPresent(b::ceiling);
                basis.get(0).ifPresent(b::copaymentBasis);
                basis.get(1).ifPresent(b::deductibleBasis);
                basis.get(2).ifPresent(b::ceilingBasis);
                w.get1().ifPresent(b::level);
                w.get2().ifPresent(b::access);
                w.get3().ifPresent(b::validity);
                wait.ifPresent(b::waitingPeriod);
                return b.build();
            });
    }

    // ---- snapshots

    /**
     * @return snapshots whose figures agree: active at most enrolled, enrolled at most targeted, a rate within a point
     *  of the enrolled share; resolved against the categories and sources of their scheme
     */
    public static Arbitrary<Part<CoverageSnapshot>> snapshotParts() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 50_000_000L);
        Arbitrary<Tuple.Tuple3<Optional<Disaggregation>, Optional<Disaggregation>,
            Optional<Disaggregation>>> groups = Combinators.combine(
                Arbitraries.of(groupsOf(DisaggregationDimension.SEX)).optional(0.3),
                Arbitraries.of(groupsOf(DisaggregationDimension.LOCATION)).optional(0.3),
                Arbitraries.of(groupsOf(DisaggregationDimension.WEALTH_QUINTILE)).optional(0.2)).as(Tuple::of);
        Arbitrary<Tuple.Tuple3<Optional<PopulationGroup>, Optional<Integer>, Optional<Place>>> restriction =
            Combinators.combine(Arbitraries.of(PopulationGroup.class).optional(0.3), Pick.index().optional(0.3),
                ValueArbitraries.places().optional(0.2)).as(Tuple::of);
        return Combinators.combine(reportedDates(), Arbitraries.integers().between(0, 4), counts.list().ofSize(3),
                Arbitraries.of(true, false), groups, restriction, Pick.index().optional(0.3), citationDrafts())
            .as((date, which, abc, withRate, g, r, denominatorSource, citations) -> at -> {
                List<Long> sorted = new ArrayList<>(abc);
                sorted.sort(null);
                CoverageSnapshot.Builder s = CoverageSnapshot.builder().date(date)
                    .citations(citations.apply(at.pool(CITATION_SOURCE)));
                long active = sorted.get(0);
                long enrolled = sorted.get(1);
                long target = sorted.get(2);
                switch (which) {
                    case 0:
                        s.enrolled(enrolled);
                        break;
                    case 1:
                        s.targetPopulation(target);
                        break;
                    case 2:
                        s.enrolled(enrolled).targetPopulation(target);
                        if (withRate && target > 0) {
                            s.rate(Percentage.of(BigDecimal.valueOf(enrolled * 100).divide(BigDecimal.valueOf(target),
                                2, RoundingMode.HALF_UP)));
                        }
                        break;
                    case 3:
                        s.enrolled(enrolled).active(active);
                        break;
                    default:
                        s.rate(Percentage.of((int) (enrolled % 101)));
                        break;
                }
                Pick.of(at.pool(CITATION_SOURCE), denominatorSource).ifPresent(src -> s.targetPopulationSource(
                    Citation.of(src)));
                g.get1().ifPresent(s::addDisaggregation);
                g.get2().ifPresent(s::addDisaggregation);
                g.get3().ifPresent(s::addDisaggregation);
                r.get1().ifPresent(s::group);
                r.get2().filter(i -> !at.categories().isEmpty())
                    .ifPresent(i -> s.category(at.categories().get(i % at.categories().size())));
                r.get3().ifPresent(s::area);
                return s.build();
            });
    }

    /**
     * The groups of a built-in dimension of sex, location or wealth quintile.
     *
     * @param dimension  the dimension: sex, location or wealth quintile
     * @return its groups, each a category of the dimension
     */
    static List<Disaggregation> groupsOf(DisaggregationDimension dimension) {
        Coded[] categories = dimension == DisaggregationDimension.SEX ? Sex.values()
            : dimension == DisaggregationDimension.LOCATION ? UrbanRural.values() : Quintile.values();
        List<Disaggregation> groups = new ArrayList<>();
        for (Coded category : categories) {
            groups.add(Disaggregation.of(dimension, category));
        }
        return groups;
    }

    /** @return snapshots on their own */
    public static Arbitrary<CoverageSnapshot> snapshots() {
        return alone(snapshotParts());
    }

    /**
     * @param currency  a currency
     * @return amounts in it
     */
    static Arbitrary<Money> money(CurrencyCode currency) {
        return ValueArbitraries.money(currency);
    }
}
