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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
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
import org.uhcmodel.actor.IatiOrganisationType;
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
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.meta.Property;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.Statistic;
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
 * Each reference is drawn from the pool {@link Refs#pool} gives for its property, following the kinds of entity the
 * model lets it name. Not part of the public API: use the facades of {@code org.uhcmodel.testing}.
 */
public final class EntityArbitraries {

    private static final Property<?> CITATION_SOURCE = Meta.property(Citation.class, "source");
    private static final Property<?> PUBLISHER = Meta.property(SourceDocument.class, "publisherOrganization");
    private static final Property<?> PARENT = Meta.property(Organization.class, "parent");
    private static final Property<?> POSITION_AT = Meta.property(Position.class, "organization");
    private static final Property<?> PARTY_ACTOR = Meta.property(Party.class, "actor");
    private static final Property<?> SIGNATORY_PERSON = Meta.property(Signatory.class, "person");
    private static final Property<?> FRAMEWORK = Meta.property(Agreement.class, "framework");
    private static final Property<?> MEMBERS = Meta.property(GoverningBody.class, "members");
    private static final Property<?> ESTABLISHED_BY = Meta.property(GoverningBody.class, "establishedBy");
    private static final Property<?> ORGANISERS = Meta.property(Event.class, "organisers");
    private static final Property<?> PARTICIPANTS = Meta.property(Event.class, "participants");
    private static final Property<?> AGREEMENTS_SIGNED = Meta.property(Event.class, "agreementsSigned");
    private static final Property<?> BODIES_CREATED = Meta.property(Event.class, "bodiesCreated");

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

    /** @return the sources an entity of a kind may cite */
    private static List<EntityId> sources(Refs refs, EntityKind kind, EntityId id) {
        return refs.pool(CITATION_SOURCE, kind, id);
    }

    // ---- source

    /** @return drafts of source documents */
    public static Arbitrary<Draft<SourceDocument>> sources() {
        Arbitrary<String> publishers = Combinators.combine(ValueArbitraries.languageTags(), ValueArbitraries.text("fr"),
                ValueArbitraries.text("ar"), ValueArbitraries.text("ru"))
            .as((t, fr, ar, ru) -> t.startsWith("ar") ? ar : t.equals("ru") || t.equals("be") ? ru : fr);
        return draft(Builders.<Recipe<SourceDocument.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(SourceDocument.Builder::title))
            .use(publishers).inSetter(set(SourceDocument.Builder::publisher))
            .use(Pick.index().optional(0.5)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(PUBLISHER, EntityKind.SOURCE, id), i).ifPresent(b::publisherOrganization)))
            .use(partialDates().optional(0.8)).inSetter(setIfPresent(SourceDocument.Builder::published))
            .use(ValueArbitraries.languageTags()).inSetter(set(SourceDocument.Builder::language))
            .use(Arbitraries.of(SourceKind.class)).inSetter(set(SourceDocument.Builder::kind))
            .use(urls().optional(0.7)).inSetter(setIfPresent(SourceDocument.Builder::url))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(sources(refs, EntityKind.SOURCE, id))))),
            SourceDocument::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    /** @return absolute http and https addresses */
    public static Arbitrary<URI> urls() {
        return Combinators.combine(Arbitraries.of("http", "https"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("dz", "org", "int", "fr", "by", "sn", "ru"),
                Arbitraries.of("", "/", "/actualites/2024/convention", "/ar/news?id=12",
                    "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"))
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
     * Drafts of organisations without warnings: a multilateral organisation has no country, a place lies in the
     * organisation's country, and only a health facility has a facility profile; now and then the organisation states
     * its IATI organisation type.
     *
     * @param kinds  the kinds
     * @return drafts of organisations of these kinds
     */
    public static Arbitrary<OrganizationDraft> organizations(Arbitrary<OrganizationKind> kinds) {
        Arbitrary<Tuple.Tuple3<Optional<CountryCode>, Optional<Place>, Optional<FacilityProfile>>> where =
            Combinators.combine(ValueArbitraries.countryCodes().optional(0.85), ValueArbitraries.places().optional(0.4),
                facilityProfiles().optional(0.8)).as(Tuple::of);
        return Combinators.combine(kinds, where, draft(Builders.<Recipe<Organization.Builder>>withBuilder(Recipe::new)
                .use(localizedTexts()).inSetter(set(Organization.Builder::name))
                .use(acronyms().optional(0.6)).inSetter(setIfPresent(Organization.Builder::acronym))
                .use(Pick.index().optional(0.4)).inSetter(resolve((b, i, id, refs) ->
                    Pick.of(refs.pool(PARENT, EntityKind.ORGANIZATION, id), i).ifPresent(b::parent)))
                .use(ValueArbitraries.identifiers().list().uniqueElements().ofMaxSize(3))
                .inSetter(set(Organization.Builder::identifiers))
                .use(Arbitraries.of(IatiOrganisationType.class).optional(0.3))
                .inSetter(setIfPresent(Organization.Builder::iatiType))
                .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                    b.citations(c.apply(sources(refs, EntityKind.ORGANIZATION, id))))),
                Organization::builder, b -> b))
            .as((kind, w, draft) -> new OrganizationDraft(kind, (id, refs) -> {
                Organization.Builder b = draft.build(id, refs).id(id).kind(kind);
                Optional<CountryCode> country = kind == OrganizationKind.MULTILATERAL ? Optional.empty() : w.get1();
                country.ifPresent(b::country);
                w.get2().map(p -> country.map(c -> ValueArbitraries.inCountry(p, c)).orElse(p)).ifPresent(b::place);
                if (kind == OrganizationKind.HEALTH_FACILITY) {
                    w.get3().ifPresent(b::facility);
                }
                return b.build();
            }));
    }

    /**
     * Drafts of organisations of every kind that IATI can name: each has an IATI organisation identifier and states
     * its IATI organisation type where its kind alone does not imply one.
     *
     * @return the drafts
     */
    public static Arbitrary<OrganizationDraft> iatiOrganizations() {
        return Combinators.combine(organizations(), ValueArbitraries.iatiOrganisationIdentifiers(),
                Arbitraries.of(IatiOrganisationType.class))
            .as((draft, identifier, type) -> new OrganizationDraft(draft.kind(), (id, refs) -> {
                Organization organization = draft.build(id, refs);
                Organization.Builder b = Organization.builder().from(organization);
                if (organization.identifiers().stream()
                    .noneMatch(i -> i.scheme() == IdentifierScheme.IATI_ORGANISATION)) {
                    b.addIdentifier(identifier);
                }
                if (organization.reportedIatiType().isEmpty()) {
                    b.iatiType(type);
                }
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
            .as((t, l, o) -> {
                FacilityProfile.Builder b = FacilityProfile.builder().type(t);
                l.ifPresent(b::level);
                o.ifPresent(b::ownership);
                return b.build();
            });
    }

    /** @return drafts of persons */
    public static Arbitrary<Draft<Person>> persons() {
        return draft(Builders.<Recipe<Person.Builder>>withBuilder(Recipe::new)
            .use(personNames()).inSetter(set(Person.Builder::name))
            .use(Arbitraries.of(Honorific.class).optional()).inSetter(setIfPresent(Person.Builder::honorific))
            .use(positionDrafts().list().ofMaxSize(3)).inSetter(resolve((b, ps, id, refs) -> {
                Set<Position> distinct = new LinkedHashSet<>();
                for (Function<List<EntityId>, Position> p : ps) {
                    distinct.add(p.apply(refs.pool(POSITION_AT, EntityKind.PERSON, id)));
                }
                b.positions(distinct);
            }))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(sources(refs, EntityKind.PERSON, id))))),
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
            .as((r, t, o, p) -> orgs -> {
                Position.Builder b = Position.builder().role(r);
                t.ifPresent(b::title);
                Pick.of(orgs, o).ifPresent(b::organization);
                p.ifPresent(b::period);
                return b.build();
            });
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

    /**
     * Checks whether an agreement of a kind can be built against pools: it needs two actors that may be parties, or,
     * for a charter, a collective organisation.
     *
     * @param kind  the kind
     * @param refs  the pools
     * @return true if buildable
     */
    public static boolean buildable(AgreementKind kind, Refs refs) {
        return refs.pool(PARTY_ACTOR, EntityKind.AGREEMENT, null).size() >= 2
            || kind == AgreementKind.CHARTER && !refs.collective().isEmpty();
    }

    /** @return drafts of agreements of every kind and status */
    public static Arbitrary<AgreementDraft> agreements() {
        return agreements(Arbitraries.of(AgreementKind.class), Arbitraries.of(AgreementStatus.class));
    }

    /**
     * Drafts of agreements without warnings; built against pools where {@link #buildable} holds, their parties are
     * distinct actors, their signatories sign for parties and their commitments are undertaken by parties, a charter
     * has a single party only if it is a collective organisation, and none is in force before it was signed.
     *
     * @param kinds  the kinds
     * @param statuses  the statuses
     * @return the drafts
     */
    public static Arbitrary<AgreementDraft> agreements(Arbitrary<AgreementKind> kinds,
                                                       Arbitrary<AgreementStatus> statuses) {
        Arbitrary<Tuple.Tuple3<Boolean, List<Integer>, List<PartyRole>>> partySeeds = Combinators.combine(
            Arbitraries.of(true, false), Pick.index().list().ofMinSize(2).ofMaxSize(4),
            Arbitraries.of(PartyRole.class).list().ofMinSize(1).ofMaxSize(4)).as(Tuple::of);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, Optional<LocalizedText>>>> signatorySeeds = Combinators.combine(
            Pick.index(), Pick.index(), localizedTexts().optional(0.3)).as(Tuple::of).list().ofMaxSize(3);
        Arbitrary<List<Tuple.Tuple4<CommitmentKind, Optional<Integer>, Optional<LocalizedText>, Set<CooperationArea>>>>
            commitmentSeeds = Combinators.combine(Arbitraries.of(CommitmentKind.class), Pick.index().optional(0.6),
                localizedTexts().optional(0.5), enumSets(CooperationArea.class, 3)).as(Tuple::of).list().ofMaxSize(3);
        Arbitrary<Draft<Agreement.Builder>> rest = draft(Builders.<Recipe<Agreement.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(Agreement.Builder::title))
            .use(ValueArbitraries.places().optional(0.4)).inSetter(setIfPresent(Agreement.Builder::place))
            .use(periods().optional(0.4)).inSetter(setIfPresent(Agreement.Builder::validity))
            .use(enumSets(CooperationArea.class, 4)).inSetter(set(Agreement.Builder::cooperationAreas))
            .use(ValueArbitraries.objectives().list().ofMaxSize(2)).inSetter(set(Agreement.Builder::objectives))
            .use(Pick.index().optional(0.3)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(FRAMEWORK, EntityKind.AGREEMENT, id), i).ifPresent(b::framework)))
            .use(enumSets(SdgTarget.class, 3)).inSetter(set(Agreement.Builder::sdgTargets))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(sources(refs, EntityKind.AGREEMENT, id))))),
            Agreement::builder, b -> b);
        Arbitrary<Tuple.Tuple2<Optional<ReportedDate>, Optional<PartialDate>>> dates =
            Combinators.combine(reportedDates().optional(0.8), partialDates().optional(0.5)).as(Tuple::of);
        return Combinators.combine(kinds, statuses, partySeeds, signatorySeeds, commitmentSeeds, dates, rest)
            .as((kind, status, ps, ss, cs, ds, r) -> new AgreementDraft(kind, (id, refs) -> {
                List<EntityId> actors = partyActors(kind, ps.get1(), ps.get2(), refs, id);
                List<Party> parties = new ArrayList<>();
                for (int i = 0; i < actors.size(); i++) {
                    parties.add(Party.of(actors.get(i), ps.get3().get(i % ps.get3().size())));
                }
                boolean proposed = status == AgreementStatus.PROPOSED;
                Agreement.Builder b = r.build(id, refs).id(id).kind(kind).status(status).parties(parties);
                List<EntityId> persons = refs.pool(SIGNATORY_PERSON, EntityKind.AGREEMENT, id);
                if (!proposed && !persons.isEmpty()) {
                    for (Tuple.Tuple3<Integer, Integer, Optional<LocalizedText>> s : ss) {
                        Signatory.Builder signatory = Signatory.builder().person(Pick.of(persons, s.get1()))
                            .party(Pick.of(actors, s.get2()));
                        s.get3().ifPresent(signatory::title);
                        b.addSignatory(signatory.build());
                    }
                }
                Optional<ReportedDate> signed = proposed ? Optional.empty() : ds.get1();
                signed.ifPresent(b::signed);
                ds.get2().map(f -> signed.isPresent() && f.isDefinitelyBefore(signed.get().date())
                    ? signed.get().date() : f).ifPresent(b::inForce);
                for (Tuple.Tuple4<CommitmentKind, Optional<Integer>, Optional<LocalizedText>, Set<CooperationArea>> c
                        : cs) {
                    Commitment.Builder commitment = Commitment.builder().kind(c.get1()).areas(c.get4());
                    Pick.of(actors, c.get2()).ifPresent(commitment::party);
                    c.get3().ifPresent(commitment::description);
                    b.addCommitment(commitment.build());
                }
                return b.build();
            }));
    }

    /**
     * The distinct actors of an agreement: at least two, or one collective organisation for some charters, and for
     * every charter when fewer than two actors may be parties.
     */
    private static List<EntityId> partyActors(AgreementKind kind, boolean single, List<Integer> indexes, Refs refs,
                                              EntityId self) {
        List<EntityId> collective = new ArrayList<>(refs.collective());
        collective.sort(null);
        List<EntityId> pool = refs.pool(PARTY_ACTOR, EntityKind.AGREEMENT, self);
        if (kind == AgreementKind.CHARTER && (single || pool.size() < 2) && !collective.isEmpty()) {
            return List.of(Pick.of(collective, indexes.get(0)));
        }
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
            .as((k, p, d, a) -> {
                Commitment.Builder b = Commitment.builder().kind(k).areas(a);
                p.ifPresent(b::party);
                d.ifPresent(b::description);
                return b.build();
            });
    }

    /** @return drafts of governing bodies */
    public static Arbitrary<Draft<GoverningBody>> bodies() {
        return draft(Builders.<Recipe<GoverningBody.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(GoverningBody.Builder::name))
            .use(Arbitraries.of(BodyKind.class)).inSetter(set(GoverningBody.Builder::kind))
            .use(Pick.indexes(5)).inSetter(resolve((b, is, id, refs) ->
                b.members(Pick.distinct(refs.pool(MEMBERS, EntityKind.BODY, id), is))))
            .use(localizedTexts().list().ofMaxSize(2)).inSetter(set(GoverningBody.Builder::mandate))
            .use(Pick.index().optional(0.6)).inSetter(resolve((b, i, id, refs) ->
                Pick.of(refs.pool(ESTABLISHED_BY, EntityKind.BODY, id), i).ifPresent(b::establishedBy)))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(sources(refs, EntityKind.BODY, id))))),
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
            .use(ValueArbitraries.places().optional(0.5)).inSetter(setIfPresent(Event.Builder::place))
            .use(Pick.indexes(3)).inSetter(resolve((b, is, id, refs) ->
                b.organisers(Pick.distinct(refs.pool(ORGANISERS, EntityKind.EVENT, id), is))))
            .use(Pick.indexes(5)).inSetter(resolve((b, is, id, refs) ->
                b.participants(Pick.distinct(refs.pool(PARTICIPANTS, EntityKind.EVENT, id), is))))
            .use(Arbitraries.integers().between(0,
                5000).optional(0.5)).inSetter(setIfPresent(Event.Builder::attendance))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) ->
                b.agreementsSigned(Pick.distinct(refs.pool(AGREEMENTS_SIGNED, EntityKind.EVENT, id), is))))
            .use(Pick.indexes(2)).inSetter(resolve((b, is, id, refs) ->
                b.bodiesCreated(Pick.distinct(refs.pool(BODIES_CREATED, EntityKind.EVENT, id), is))))
            .use(localizedTexts().list().ofMaxSize(2)).inSetter(set(Event.Builder::decisions))
            .use(enumSets(SdgTarget.class, 2)).inSetter(set(Event.Builder::sdgTargets))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(sources(refs, EntityKind.EVENT, id))))),
            Event::builder, b -> b).map(d -> (id, refs) -> d.build(id, refs).id(id).build());
    }

    // ---- programme

    /** @return drafts of programmes at the grade of IATI activities, without warnings */
    public static Arbitrary<Draft<Programme>> programmes() {
        return ProgrammeArbitraries.programmes(false);
    }

    /** @return participants in every role */
    public static Arbitrary<ProgrammeParticipant> participants() {
        return Combinators.combine(ValueArbitraries.entityIds(), Arbitraries.of(IatiOrganisationRole.class))
            .as(ProgrammeParticipant::of);
    }
}
