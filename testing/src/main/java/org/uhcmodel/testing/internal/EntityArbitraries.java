package org.uhcmodel.testing.internal;

import static org.uhcmodel.testing.internal.Recipe.resolve;
import static org.uhcmodel.testing.internal.Recipe.set;
import static org.uhcmodel.testing.internal.ValueArbitraries.citationDrafts;
import static org.uhcmodel.testing.internal.ValueArbitraries.enumSets;
import static org.uhcmodel.testing.internal.ValueArbitraries.localizedTexts;
import static org.uhcmodel.testing.internal.ValueArbitraries.partialDates;
import static org.uhcmodel.testing.internal.ValueArbitraries.periods;
import static org.uhcmodel.testing.internal.ValueArbitraries.reportedDates;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.Honorific;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.BodyKind;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionPeriod;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.sdg.DisaggregationGroup;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgIndicator;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * Arbitraries of the entities and their parts, as {@link Draft}s resolved against the ids they may refer to.
 * <p>
 * Not part of the public API: use the facades of {@code org.uhcmodel.testing}.
 */
public final class EntityArbitraries {

    private EntityArbitraries() {
    }

    /**
     * Entities generated on their own, referring to ids of pools that do not hold their own id.
     *
     * @param <T>  the type of entity
     * @param drafts  the drafts of the entity
     * @return the arbitrary
     */
    public static <T> Arbitrary<T> alone(Arbitrary<? extends Draft<T>> drafts) {
        return Combinators.combine(ValueArbitraries.entityIds(), Refs.standalone(), drafts)
            .as((id, refs, draft) -> draft.build(id, refs));
    }

    private static <B, T> Arbitrary<Draft<T>> draft(Builders.BuilderCombinator<Recipe<B>> recipe,
                                                     java.util.function.Supplier<B> builder, Function<B, T> build) {
        return recipe.build(r -> (id, refs) -> {
            B b = builder.get();
            r.applyTo(b, id, refs);
            return build.apply(b);
        });
    }

    // ---- source

    /** @return drafts of source documents */
    public static Arbitrary<Draft<SourceDocument>> sources() {
        return draft(Builders.<Recipe<SourceDocument.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(SourceDocument.Builder::title))
            .use(Combinators.combine(ValueArbitraries.languageTags(), ValueArbitraries.text("fr"), ValueArbitraries.text("ar"),
                ValueArbitraries.text("ru")).as((t, fr, ar, ru) -> t.startsWith("ar") ? ar : t.equals("ru") || t.equals("be") ? ru : fr))
            .inSetter(set(SourceDocument.Builder::publisher))
            .use(Pick.index().optional(0.5)).inSetter(resolve((b, i, id, refs) -> b.publisherOrganization(Pick.of(refs.organizations(), i))))
            .use(partialDates().optional(0.8)).inSetter(set(SourceDocument.Builder::published))
            .use(ValueArbitraries.languageTags()).inSetter(set(SourceDocument.Builder::language))
            .use(Arbitraries.of(SourceKind.class)).inSetter(set(SourceDocument.Builder::kind))
            .use(urls().optional(0.7)).inSetter(set(SourceDocument.Builder::url))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(Refs.others(refs.sources(), id))))),
            SourceDocument::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    /** @return absolute http and https addresses */
    public static Arbitrary<URI> urls() {
        return Combinators.combine(Arbitraries.of("http", "https"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("dz", "org", "int", "fr", "by", "sn", "ru"),
                Arbitraries.of("", "/", "/actualites/2024/convention", "/ar/news?id=12", "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"))
            .as((scheme, host, tld, path) -> URI.create(scheme + "://www." + host + "." + tld + path));
    }

    // ---- actor

    /** An organisation's kind, known before it is built, and its draft. */
    public static final class OrganizationDraft implements Draft<Organization> {
        private final OrganizationKind kind;
        private final Draft<Organization> draft;

        OrganizationDraft(OrganizationKind kind, Draft<Organization> draft) {
            this.kind = kind;
            this.draft = draft;
        }

        /** @return the kind of the organisation */
        public OrganizationKind kind() {
            return kind;
        }

        @Override
        public Organization build(EntityId id, Refs refs) {
            return draft.build(id, refs);
        }
    }

    /** @return drafts of organisations of every kind */
    public static Arbitrary<OrganizationDraft> organizations() {
        return organizations(Arbitraries.of(OrganizationKind.class));
    }

    /**
     * @param kinds  the kinds
     * @return drafts of organisations of these kinds
     */
    public static Arbitrary<OrganizationDraft> organizations(Arbitrary<OrganizationKind> kinds) {
        Arbitrary<Tuple.Tuple3<Optional<CountryCode>, Optional<Place>, Optional<FacilityProfile>>> where =
            Combinators.combine(ValueArbitraries.countryCodes().optional(0.85), ValueArbitraries.places().optional(0.4),
                facilityProfiles().optional(0.8)).as(Tuple::of);
        return Combinators.combine(kinds, where, draft(Builders.<Recipe<Organization.Builder>>withBuilder(Recipe::new)
                .use(localizedTexts()).inSetter(set(Organization.Builder::name))
                .use(acronyms().optional(0.6)).inSetter(set(Organization.Builder::acronym))
                .use(Pick.index().optional(0.4)).inSetter(resolve((b, i, id, refs) ->
                    b.parent(Pick.of(Refs.earlier(refs.organizations(), id), i))))
                .use(ValueArbitraries.identifiers().list().uniqueElements().ofMaxSize(3))
                .inSetter(set(Organization.Builder::identifiers))
                .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
                Organization::builder, b -> b))
            .as((kind, w, draft) -> new OrganizationDraft(kind, (id, refs) -> {
                Organization.Builder b = draft.build(id, refs).id(id).kind(kind);
                Optional<CountryCode> country = kind == OrganizationKind.MULTILATERAL ? Optional.empty() : w.get1();
                b.country(country);
                b.place(country.isPresent() ? w.get2().map(p -> ValueArbitraries.inCountry(p, country.get())) : w.get2());
                b.facility(kind == OrganizationKind.HEALTH_FACILITY ? w.get3() : Optional.empty());
                return b.build();
            }));
    }

    /** @return acronyms in Latin, Arabic or Cyrillic capitals */
    public static Arbitrary<String> acronyms() {
        return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8),
            Arbitraries.strings().withCharRange('\u0410', '\u042F').ofMinLength(2).ofMaxLength(6),
            Arbitraries.of("CNAS", "CASNOS", "ФОМС", "ص.و.ت.ا", "OMS", "WHO"));
    }

    /** @return facility profiles */
    public static Arbitrary<FacilityProfile> facilityProfiles() {
        return Combinators.combine(Arbitraries.of(FacilityType.class), Arbitraries.of(FacilityLevel.class).optional(),
                Arbitraries.of(FacilityOwnership.class).optional())
            .as((t, l, o) -> FacilityProfile.builder().type(t).level(l).ownership(o).build());
    }

    /** @return drafts of persons */
    public static Arbitrary<Draft<Person>> persons() {
        return draft(Builders.<Recipe<Person.Builder>>withBuilder(Recipe::new)
            .use(personNames()).inSetter(set(Person.Builder::name))
            .use(Arbitraries.of(Honorific.class).optional()).inSetter(set(Person.Builder::honorific))
            .use(positionDrafts().list().ofMaxSize(3)).inSetter(resolve((b, ps, id, refs) -> {
                java.util.Set<Position> distinct = new java.util.LinkedHashSet<>();
                for (Function<List<EntityId>, Position> p : ps) {
                    distinct.add(p.apply(refs.organizations()));
                }
                b.positions(distinct);
            }))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
            Person::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    /** @return names of persons in Latin, Arabic and Cyrillic script */
    public static Arbitrary<String> personNames() {
        return Arbitraries.oneOf(
            Combinators.combine(Arbitraries.of("Amina", "Karim", "Nadia", "Jean", "Fatou", "Marie"),
                Arbitraries.of("Benali", "Diallo", "Martin", "Haddad", "Ndiaye")).as((a, b) -> a + " " + b),
            Combinators.combine(Arbitraries.of("أمينة", "كريم", "نادية", "محمد"),
                Arbitraries.of("بن علي", "حداد", "بوزيد")).as((a, b) -> a + " " + b),
            Combinators.combine(Arbitraries.of("Анна", "Иван", "Алесь", "Наталья"),
                Arbitraries.of("Петрова", "Ковалёв", "Лукашэвіч", "Смирнов")).as((a, b) -> a + " " + b),
            ValueArbitraries.text("fr"));
    }

    /** @return positions to be resolved against the organisations they may be held at */
    public static Arbitrary<Function<List<EntityId>, Position>> positionDrafts() {
        return Combinators.combine(Arbitraries.of(RoleKind.class), localizedTexts().optional(0.3),
                Pick.index().optional(0.8), periods().optional(0.5))
            .as((r, t, o, p) -> orgs -> Position.builder().role(r).title(t).organization(Pick.of(orgs, o)).period(p).build());
    }

    // ---- agreement

    /** An agreement's kind, known before it is built, and its draft. */
    public static final class AgreementDraft implements Draft<Agreement> {
        private final AgreementKind kind;
        private final Draft<Agreement> draft;

        AgreementDraft(AgreementKind kind, Draft<Agreement> draft) {
            this.kind = kind;
            this.draft = draft;
        }

        /** @return the kind of the agreement */
        public AgreementKind kind() {
            return kind;
        }

        @Override
        public Agreement build(EntityId id, Refs refs) {
            return draft.build(id, refs);
        }
    }

    /** @return drafts of agreements of every kind and status */
    public static Arbitrary<AgreementDraft> agreements() {
        return agreements(Arbitraries.of(AgreementKind.class), Arbitraries.of(AgreementStatus.class));
    }

    /**
     * Drafts of agreements; built against pools of at least two organisations, or, for a charter, of a collective
     * organisation, their parties are distinct organisations, their signatories sign and their commitments are
     * undertaken for parties, and a charter has a single party only if it is a collective organisation.
     *
     * @param kinds  the kinds
     * @param statuses  the statuses
     * @return the drafts
     */
    public static Arbitrary<AgreementDraft> agreements(Arbitrary<AgreementKind> kinds, Arbitrary<AgreementStatus> statuses) {
        Arbitrary<Tuple.Tuple3<Boolean, List<Integer>, List<PartyRole>>> partySeeds = Combinators.combine(
            Arbitraries.of(true, false), Pick.index().list().ofMinSize(2).ofMaxSize(4),
            Arbitraries.of(PartyRole.class).list().ofMinSize(1).ofMaxSize(4)).as(Tuple::of);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, Optional<LocalizedText>>>> signatorySeeds = Combinators.combine(
            Pick.index(), Pick.index(), localizedTexts().optional(0.3)).as(Tuple::of).list().ofMaxSize(3);
        Arbitrary<List<Tuple.Tuple4<CommitmentKind, Optional<Integer>, Optional<LocalizedText>, java.util.Set<CooperationArea>>>>
            commitmentSeeds = Combinators.combine(Arbitraries.of(CommitmentKind.class), Pick.index().optional(0.6),
                localizedTexts().optional(0.5), enumSets(CooperationArea.class, 3)).as(Tuple::of).list().ofMaxSize(3);
        Arbitrary<Draft<Agreement.Builder>> rest = draft(Builders.<Recipe<Agreement.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(Agreement.Builder::title))
            .use(ValueArbitraries.places().optional(0.4)).inSetter(set(Agreement.Builder::place))
            .use(periods().optional(0.4)).inSetter(set(Agreement.Builder::validity))
            .use(enumSets(CooperationArea.class, 4)).inSetter(set(Agreement.Builder::cooperationAreas))
            .use(ValueArbitraries.objectives().list().ofMaxSize(2)).inSetter(set(Agreement.Builder::objectives))
            .use(Pick.index().optional(0.3)).inSetter(resolve((b, i, id, refs) ->
                b.framework(Pick.of(Refs.earlier(refs.agreements(), id), i))))
            .use(enumSets(SdgTarget.class, 3)).inSetter(set(Agreement.Builder::sdgTargets))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
            Agreement::builder, b -> b);
        Arbitrary<Tuple.Tuple2<Optional<ReportedDate>, Optional<PartialDate>>> dates =
            Combinators.combine(reportedDates().optional(0.8), partialDates().optional(0.5)).as(Tuple::of);
        return Combinators.combine(kinds, statuses, partySeeds, signatorySeeds, commitmentSeeds, dates, rest)
            .as((kind, status, ps, ss, cs, ds, r) -> new AgreementDraft(kind, (id, refs) -> {
                List<EntityId> actors = partyActors(kind, ps.get1(), ps.get2(), refs);
                List<Party> parties = new ArrayList<>();
                for (int i = 0; i < actors.size(); i++) {
                    parties.add(Party.of(actors.get(i), ps.get3().get(i % ps.get3().size())));
                }
                boolean proposed = status == AgreementStatus.PROPOSED;
                Agreement.Builder b = r.build(id, refs).id(id).kind(kind).status(status).parties(parties);
                if (!proposed && !refs.persons().isEmpty()) {
                    for (Tuple.Tuple3<Integer, Integer, Optional<LocalizedText>> s : ss) {
                        b.addSignatory(Signatory.builder().person(Pick.of(refs.persons(), s.get1()))
                            .party(Pick.of(actors, s.get2())).title(s.get3()).build());
                    }
                }
                Optional<ReportedDate> signed = proposed ? Optional.empty() : ds.get1();
                b.signed(signed);
                b.inForce(ds.get2().map(f -> signed.isPresent() && f.isDefinitelyBefore(signed.get().date())
                    ? signed.get().date() : f));
                for (Tuple.Tuple4<CommitmentKind, Optional<Integer>, Optional<LocalizedText>, java.util.Set<CooperationArea>> c : cs) {
                    b.addCommitment(Commitment.builder().kind(c.get1()).party(Pick.of(actors, c.get2()))
                        .description(c.get3()).areas(c.get4()).build());
                }
                return b.build();
            }));
    }

    /**
     * The distinct actors of an agreement: at least two, or one collective organisation for some charters, and for
     * every charter when there are fewer than two organisations.
     */
    private static List<EntityId> partyActors(AgreementKind kind, boolean single, List<Integer> indexes, Refs refs) {
        List<EntityId> collective = new ArrayList<>(refs.collective());
        collective.sort(null);
        if (kind == AgreementKind.CHARTER && (single || refs.organizations().size() < 2) && !collective.isEmpty()) {
            return List.of(Pick.of(collective, indexes.get(0)));
        }
        List<EntityId> pool = refs.organizations();
        List<EntityId> actors = Pick.distinct(pool, indexes);
        for (int k = indexes.get(0) + 1; actors.size() < 2 && k < indexes.get(0) + pool.size(); k++) {
            EntityId next = Pick.of(pool, k);
            if (!actors.contains(next)) {
                actors.add(next);
            }
        }
        return actors;
    }

    /** @return commitments, some undertaken by a named actor */
    public static Arbitrary<Commitment> commitments() {
        return Combinators.combine(Arbitraries.of(CommitmentKind.class), ValueArbitraries.entityIds().optional(0.6),
                localizedTexts().optional(0.5), enumSets(CooperationArea.class, 3))
            .as((k, p, d, a) -> Commitment.builder().kind(k).party(p).description(d).areas(a).build());
    }

    /** @return drafts of governing bodies */
    public static Arbitrary<Draft<GoverningBody>> bodies() {
        return draft(Builders.<Recipe<GoverningBody.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(GoverningBody.Builder::name))
            .use(Arbitraries.of(BodyKind.class)).inSetter(set(GoverningBody.Builder::kind))
            .use(Pick.indexes(5)).inSetter(resolve((b, is, id, refs) -> b.members(Pick.distinct(refs.actors(), is))))
            .use(localizedTexts().list().ofMaxSize(2)).inSetter(set(GoverningBody.Builder::mandate))
            .use(Pick.index().optional(0.6)).inSetter(resolve((b, i, id, refs) -> b.establishedBy(Pick.of(refs.agreements(), i))))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
            GoverningBody::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    /** @return drafts of events */
    public static Arbitrary<Draft<Event>> events() {
        return draft(Builders.<Recipe<Event.Builder>>withBuilder(Recipe::new)
            .use(Arbitraries.of(EventKind.class)).inSetter(set(Event.Builder::kind))
            .use(localizedTexts()).inSetter(set(Event.Builder::title))
            .use(Combinators.combine(Arbitraries.integers().between(0, 2), reportedDates(), periods()).as(Tuple::of))
            .inSetter(set((b, t) -> {
                if (t.get1() == 1) {
                    b.date(t.get2());
                } else if (t.get1() == 2) {
                    b.period(t.get3());
                }
            }))
            .use(ValueArbitraries.places().optional(0.5)).inSetter(set(Event.Builder::place))
            .use(Pick.indexes(3)).inSetter(resolve((b, is, id, refs) -> b.organisers(Pick.distinct(refs.actors(), is))))
            .use(Pick.indexes(5)).inSetter(resolve((b, is, id, refs) -> b.participants(Pick.distinct(refs.actors(), is))))
            .use(Arbitraries.integers().between(0, 5000).optional(0.5)).inSetter(set(Event.Builder::attendance))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) -> b.agreementsSigned(Pick.distinct(refs.agreements(), is))))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) -> b.bodiesCreated(Pick.distinct(refs.bodies(), is))))
            .use(localizedTexts().list().ofMaxSize(2)).inSetter(set(Event.Builder::decisions))
            .use(enumSets(SdgTarget.class, 2)).inSetter(set(Event.Builder::sdgTargets))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
            Event::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    // ---- programme

    /** @return drafts of programmes */
    public static Arbitrary<Draft<Programme>> programmes() {
        Arbitrary<Tuple.Tuple2<Optional<ActivityStatus>, Optional<Period>>> statusAndPeriod =
            Combinators.combine(Arbitraries.of(ActivityStatus.class).optional(0.8), periods().optional(0.7))
                .as((s, p) -> Tuple.of(s, s.orElse(null) == ActivityStatus.CLOSED && p.isPresent() && p.get().end().isEmpty()
                    ? Optional.of(Period.of(p.get().start().get(), p.get().start().get())) : p));
        return draft(Builders.<Recipe<Programme.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(Programme.Builder::name))
            .use(acronyms().optional(0.5)).inSetter(set(Programme.Builder::acronym))
            .use(Arbitraries.of(ProgrammeKind.class)).inSetter(set(Programme.Builder::kind))
            .use(ValueArbitraries.countryCodes().set().ofMaxSize(3)).inSetter(set(Programme.Builder::countries))
            .use(statusAndPeriod).inSetter(set((b, t) -> b.status(t.get1()).period(t.get2())))
            .use(Combinators.combine(Pick.index(), Arbitraries.of(IatiOrganisationRole.class)).as(Tuple::of).list().ofMaxSize(4))
            .inSetter(resolve((b, ps, id, refs) -> {
                java.util.Set<ProgrammeParticipant> distinct = new java.util.LinkedHashSet<>();
                if (!refs.organizations().isEmpty()) {
                    for (Tuple.Tuple2<Integer, IatiOrganisationRole> p : ps) {
                        distinct.add(ProgrammeParticipant.of(Pick.of(refs.organizations(), p.get1()), p.get2()));
                    }
                }
                b.participants(distinct);
            }))
            .use(ValueArbitraries.objectives().list().ofMaxSize(2)).inSetter(set(Programme.Builder::objectives))
            .use(enumSets(DacSector.class, 3)).inSetter(set(Programme.Builder::dacSectors))
            .use(enumSets(SdgTarget.class, 2)).inSetter(set(Programme.Builder::sdgTargets))
            .use(ValueArbitraries.money().optional(0.5)).inSetter(set(Programme.Builder::budget))
            .use(ValueArbitraries.statisticDrafts().list().ofMaxSize(2)).inSetter(resolve((b, ss, id, refs) -> {
                for (Function<List<EntityId>, org.uhcmodel.value.Statistic> s : ss) {
                    b.addResult(s.apply(refs.sources()));
                }
            }))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) -> b.related(Pick.distinct(Refs.others(refs.programmes(), id), is))))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
            Programme::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    /** @return participants in every role */
    public static Arbitrary<ProgrammeParticipant> participants() {
        return Combinators.combine(ValueArbitraries.entityIds(), Arbitraries.of(IatiOrganisationRole.class))
            .as(ProgrammeParticipant::of);
    }

    // ---- scheme

    /** Triples of scheme type, membership and a financing class that fits both. */
    private static final List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> FITTING = fitting();

    private static List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> fitting() {
        List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> all = new ArrayList<>();
        for (SchemeType type : SchemeType.values()) {
            for (Membership membership : Membership.values()) {
                for (FinancingScheme f : FinancingScheme.values()) {
                    if (f.isWithin(financingOf(membership)) && financingOf(type).map(f::isWithin).orElse(true)) {
                        all.add(Tuple.of(type, membership, f));
                    }
                }
            }
        }
        return all;
    }

    /**
     * @param membership  a membership
     * @return the financing class a scheme of this membership lies within
     */
    public static FinancingScheme financingOf(Membership membership) {
        return membership == Membership.VOLUNTARY ? FinancingScheme.HF_2 : FinancingScheme.HF_1;
    }

    /**
     * @param type  a scheme type
     * @return the financing class a scheme of this type lies within, empty if the type does not fix it
     */
    public static Optional<FinancingScheme> financingOf(SchemeType type) {
        switch (type) {
            case VOLUNTARY_PRIVATE:
            case MUTUAL_HEALTH_INSURANCE:
                return Optional.of(FinancingScheme.HF_2);
            case SOCIAL_HEALTH_INSURANCE:
                return Optional.of(FinancingScheme.HF_1_2);
            case TAX_FUNDED:
                return Optional.of(FinancingScheme.HF_1_1);
            default:
                return Optional.empty();
        }
    }

    /** @return drafts of coverage schemes, to be built against at least one organisation */
    public static Arbitrary<Draft<CoverageScheme>> schemes() {
        return draft(Builders.<Recipe<CoverageScheme.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(CoverageScheme.Builder::name))
            .use(acronyms().optional(0.6)).inSetter(set(CoverageScheme.Builder::acronym))
            .use(Pick.index()).inSetter(resolve((b, i, id, refs) -> b.operator(Pick.of(refs.organizations(), i))))
            .use(ValueArbitraries.countryCodes()).inSetter(set(CoverageScheme.Builder::country))
            .use(Arbitraries.of(FITTING)).inSetter(set((b, t) -> b.type(t.get1()).membership(t.get2()).financingClass(t.get3())))
            .use(enumSets(PopulationGroup.class, 3)).inSetter(set(CoverageScheme.Builder::targetGroups))
            .use(Pick.index().optional(0.5)).inSetter(resolve((b, i, id, refs) -> b.supervisor(Pick.of(refs.organizations(), i))))
            .use(reportedDates().optional(0.7)).inSetter(set(CoverageScheme.Builder::launched))
            .use(Pick.index().optional(0.3)).inSetter(resolve((b, i, id, refs) ->
                b.complements(Pick.of(Refs.earlier(refs.schemes(), id), i))))
            .use(benefitPackages().optional(0.6)).inSetter(set(CoverageScheme.Builder::benefits))
            .use(contributionRules().list().ofMaxSize(2)).inSetter(set(CoverageScheme.Builder::contributions))
            .use(snapshotDrafts().list().ofMaxSize(3)).inSetter(resolve((b, ss, id, refs) -> {
                for (Function<List<EntityId>, CoverageSnapshot> s : ss) {
                    b.addSnapshot(s.apply(refs.sources()));
                }
            }))
            .use(Pick.indexes(3)).inSetter(resolve((b, is, id, refs) -> b.providers(Pick.distinct(refs.organizations(), is))))
            .use(enumSets(SdgTarget.class, 2)).inSetter(set(CoverageScheme.Builder::sdgTargets))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) -> b.citations(c.apply(refs.sources())))),
            CoverageScheme::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    /** @return benefit packages covering each category once */
    public static Arbitrary<BenefitPackage> benefitPackages() {
        return benefits().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Benefit::category)
            .map(list -> BenefitPackage.builder().benefits(list).build());
    }

    /** @return benefits, a ceiling always in the currency of the copayment */
    public static Arbitrary<Benefit> benefits() {
        Arbitrary<java.time.Period> waiting = Arbitraries.oneOf(
            Arbitraries.integers().between(0, 24).map(java.time.Period::ofMonths),
            Arbitraries.integers().between(0, 90).map(java.time.Period::ofDays));
        return Combinators.combine(Arbitraries.of(ServiceCategory.class), ValueArbitraries.percentages().optional(0.6),
                ValueArbitraries.money().optional(0.5), ValueArbitraries.money().optional(0.4), waiting.optional(0.4))
            .as((category, co, copay, ceiling, w) -> Benefit.builder().category(category).coinsurance(co).copayment(copay)
                .ceiling(ceiling.map(c -> copay.isPresent() ? Money.of(c.amount().setScale(
                    Math.max(copay.get().currency().getDefaultFractionDigits(), 0), java.math.RoundingMode.DOWN),
                    copay.get().currency()) : c))
                .waitingPeriod(w).build());
    }

    /** @return contribution rules with the rate or amount their basis needs and shares adding up to 100 */
    public static Arbitrary<ContributionRule> contributionRules() {
        return Combinators.combine(Arbitraries.of(ContributionBasis.class), ValueArbitraries.percentages(),
                Arbitraries.of(true, false), ValueArbitraries.money(), Arbitraries.of(true, false),
                Arbitraries.of(ContributionPeriod.class).optional(), shares())
            .as((basis, rate, withRate, amount, withAmount, period, shares) -> ContributionRule.builder().basis(basis)
                .rate(withRate || basis == ContributionBasis.PERCENTAGE_OF_SALARY ? Optional.of(rate) : Optional.empty())
                .amount(withAmount || basis == ContributionBasis.FLAT_PREMIUM_PER_PERSON
                    || basis == ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD ? Optional.of(amount) : Optional.empty())
                .period(period).shares(shares).build());
    }

    /** @return empty lists, or shares of distinct payers adding up to exactly 100 */
    public static Arbitrary<List<PayerShare>> shares() {
        Arbitrary<List<PayerShare>> split = Combinators.combine(
                Arbitraries.of(PayerType.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 10000).list().ofSize(2))
            .as((payers, cuts) -> {
                List<Integer> points = new ArrayList<>(cuts.subList(0, payers.size() - 1));
                points.add(0);
                points.add(10000);
                points.sort(null);
                List<PayerShare> shares = new ArrayList<>();
                for (int i = 0; i < payers.size(); i++) {
                    BigDecimal part = BigDecimal.valueOf(points.get(i + 1) - points.get(i), 2);
                    shares.add(PayerShare.of(payers.get(i), Percentage.of(part)));
                }
                return shares;
            });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(3, split));
    }

    /** @return payer shares */
    public static Arbitrary<PayerShare> payerShares() {
        return Combinators.combine(Arbitraries.of(PayerType.class), ValueArbitraries.percentages()).as(PayerShare::of);
    }

    /** @return snapshots citing any source */
    public static Arbitrary<CoverageSnapshot> snapshots() {
        return Combinators.combine(snapshotDrafts(), ValueArbitraries.entityIds().list().ofMinSize(1).ofMaxSize(2))
            .as(Function::apply);
    }

    /** @return snapshots with an enrolment, a target population or both, never more enrolled than targeted */
    public static Arbitrary<Function<List<EntityId>, CoverageSnapshot>> snapshotDrafts() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 50_000_000L);
        return Combinators.combine(reportedDates(), Arbitraries.integers().between(0, 2), counts, counts,
                citationDrafts())
            .as((date, which, a, b, citations) -> sources -> {
                CoverageSnapshot.Builder s = CoverageSnapshot.builder().date(date).citations(citations.apply(sources));
                if (which == 0) {
                    s.enrolled(a);
                } else if (which == 1) {
                    s.targetPopulation(a);
                } else {
                    s.enrolled(Math.min(a, b)).targetPopulation(Math.max(a, b));
                }
                return s.build();
            });
    }

    // ---- sdg

    private static Arbitrary<Tuple.Tuple2<SdgIndicator, Optional<SpendingThreshold>>> indicators() {
        return Combinators.combine(Arbitraries.of(SdgIndicator.class), Arbitraries.of(SpendingThreshold.class))
            .as((i, t) -> Tuple.of(i, i.requiresThreshold() ? Optional.of(t) : Optional.<SpendingThreshold>empty()));
    }

    /** @return values within the range of the indicators, 0 and 100 included */
    public static Arbitrary<BigDecimal> indicatorValues() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, BigDecimal.valueOf(100))),
            Tuple.of(5, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1)));
    }

    private static Arbitrary<Tuple.Tuple2<CountryCode, Optional<Place>>> countryAndPlace() {
        return Combinators.combine(ValueArbitraries.countryCodes(), ValueArbitraries.places().optional(0.3))
            .as((c, p) -> Tuple.of(c, p.map(place -> ValueArbitraries.inCountry(place, c))));
    }

    /** @return the years of indicators, 2000 to 2100, both bounds often */
    private static Arbitrary<Integer> indicatorYears() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(2000, 2100)),
            Tuple.of(12, Arbitraries.integers().between(2000, 2100)));
    }

    /** @return drafts of indicator observations, to be built against at least one source document */
    public static Arbitrary<Draft<IndicatorObservation>> observations() {
        return Combinators.combine(indicators(), countryAndPlace(), indicatorYears(), indicatorValues(), Arbitraries.of(DisaggregationGroup.class).optional(0.4), Pick.index(), citationDrafts())
            .as((ind, where, year, value, group, first, more) -> (id, refs) -> IndicatorObservation.builder().id(id)
                .indicator(ind.get1()).threshold(ind.get2()).country(where.get1()).place(where.get2()).year(year)
                .value(value).disaggregation(group)
                .addCitation(org.uhcmodel.value.Citation.of(Pick.of(refs.sources(), first)))
                .addAllCitations(more.apply(refs.sources())).build());
    }

    /** @return drafts of indicator targets for 2000 to 2100, after their baseline if they have one, never worse than it */
    public static Arbitrary<Draft<IndicatorTarget>> targets() {
        Arbitrary<Tuple.Tuple2<Integer, BigDecimal>> baseline = Combinators.combine(
            Arbitraries.integers().between(2000, 2099), indicatorValues()).as(Tuple::of);
        return Combinators.combine(indicators(), countryAndPlace(), baseline.optional(0.6),
                Arbitraries.integers().between(1, 100), indicatorYears(), indicatorValues(),
                citationDrafts())
            .as((ind, where, base, years, year, value, citations) -> (id, refs) -> {
                IndicatorTarget.Builder b = IndicatorTarget.builder().id(id).indicator(ind.get1()).threshold(ind.get2())
                    .country(where.get1()).place(where.get2()).citations(citations.apply(refs.sources()));
                if (base.isPresent()) {
                    int baseYear = base.get().get1();
                    BigDecimal baseValue = base.get().get2();
                    boolean better = ind.get1().higherIsBetter() ? value.compareTo(baseValue) >= 0 : value.compareTo(baseValue) <= 0;
                    b.baselineYear(baseYear).baselineValue(baseValue)
                        .targetYear(Math.min(2100, baseYear + years)).targetValue(better ? value : baseValue);
                } else {
                    b.targetYear(year).targetValue(value);
                }
                return b.build();
            });
    }
}
