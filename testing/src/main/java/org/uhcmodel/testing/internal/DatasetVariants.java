package org.uhcmodel.testing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * Invalid variants of datasets, behind {@link org.uhcmodel.testing.Datasets}. The cycle rules are found in the
 * description of the model: every property with a {@link Property#cycleRule()} has cycle variants.
 */
public final class DatasetVariants {

    private static final EntityId MISSING = EntityId.of("missing-entity");
    private static final int CYCLE_POOL = Cycles.LONGEST + Cycles.MOST_TAILS;

    private DatasetVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("dataset.duplicate-id", Dataset.class, DatasetVariants::duplicateId);
        r.add("dataset.unresolved-reference", Dataset.class, DatasetVariants::unresolvedReference);
        r.add("dataset.reference-type", Dataset.class, DatasetVariants::referenceOfWrongType);
        r.add("dataset.charter-party-not-collective", Dataset.class, DatasetVariants::charterOfSingleNonCollective);
        r.add("dataset.legal-basis-kind", Dataset.class, DatasetVariants::legalBasisNotALegalText);
        for (ModelType<?> type : ModelTypes.all()) {
            for (Property<?> property : type.properties()) {
                property.cycleRule().ifPresent(rule ->
                    r.add(rule.code(), Dataset.class, () -> cycles(property)));
            }
        }
    }

    private static Arbitrary<Organization> extraOrganizations(Arbitrary<OrganizationKind> kinds) {
        return EntityArbitraries.organizations(kinds).map(d -> d.build(EntityId.of("extra-org"), Refs.NONE));
    }

    private static Refs organizations(List<EntityId> ids, Set<EntityId> collective) {
        return new Refs(Map.of(EntityKind.ORGANIZATION, ids), collective);
    }

    /** @return datasets listing two sources, equal or not, under the same id */
    public static Arbitrary<InvalidVariant<Dataset>> duplicateId() {
        return Combinators.combine(DatasetArbitraries.datasets(), EntityArbitraries.sources(),
                EntityArbitraries.sources(), Arbitraries.of(true, false))
            .as((d, s, t, equal) -> {
                SourceDocument first = s.build(EntityId.of("extra-source"), Refs.NONE);
                SourceDocument second = (equal ? s : t).build(EntityId.of("extra-source"), Refs.NONE);
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.duplicate-id", "dataset of " + d.size()
                    + " with " + (equal ? "two equal sources" : "two sources") + " under extra-source",
                    () -> Dataset.builder().from(d).addSource(first).addSource(second));
            });
    }

    /** @return datasets with a reference to no entity of the dataset */
    public static Arbitrary<InvalidVariant<Dataset>> unresolvedReference() {
        return Combinators.combine(DatasetArbitraries.datasets(),
                extraOrganizations(Arbitraries.of(OrganizationKind.class)))
            .as((d, o) -> InvalidVariant.ofBuilder(Dataset.class, "dataset.unresolved-reference", "dataset of "
                + d.size() + " with an organisation under " + MISSING, () -> Dataset.builder().from(d)
                .addOrganization(Organization.builder().from(o).parent(MISSING).build())));
    }

    /** @return datasets with a reference to an entity of the wrong type */
    public static Arbitrary<InvalidVariant<Dataset>> referenceOfWrongType() {
        return Combinators.combine(DatasetArbitraries.datasets(),
                extraOrganizations(Arbitraries.of(OrganizationKind.class)), EntityArbitraries.sources())
            .as((d, o, s) -> {
                SourceDocument source = s.build(EntityId.of("extra-source"), Refs.NONE);
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.reference-type", "dataset of " + d.size()
                    + " with an organisation under a source document", () -> Dataset.builder().from(d)
                    .addSource(source).addOrganization(Organization.builder().from(o).parent(source.id()).build()));
            });
    }

    /**
     * @param link  an acyclic property
     * @return datasets with a cycle through the property
     */
    static Arbitrary<InvalidVariant<Dataset>> cycles(Property<?> link) {
        Class<?> type = link.owner().javaType();
        if (type == Organization.class) {
            return Cycles.variants(link, extraOrganizations(Arbitraries.of(OrganizationKind.class))
                .list().ofSize(CYCLE_POOL), Arbitraries.just(UnaryOperator.identity()));
        }
        if (type == Agreement.class) {
            EntityId o1 = EntityId.of("extra-org-1");
            EntityId o2 = EntityId.of("extra-org-2");
            Refs two = organizations(List.of(o1, o2), Set.of());
            Arbitrary<List<Agreement>> agreements = EntityArbitraries.agreements().list().ofSize(CYCLE_POOL)
                .map(drafts -> drafts.stream().map(a -> a.build(EntityId.of("cycle-draft"), two)).toList());
            Arbitrary<UnaryOperator<Dataset.Builder>> withParties =
                extraOrganizations(Arbitraries.of(OrganizationKind.class))
                    .map(o -> b -> b.addOrganization(Organization.builder().from(o).id(o1).build())
                        .addOrganization(Organization.builder().from(o).id(o2).build()));
            return Cycles.variants(link, agreements, withParties);
        }
        if (type == CoverageScheme.class) {
            EntityId operator = EntityId.of("extra-org");
            Refs one = organizations(List.of(operator), Set.of());
            Arbitrary<List<CoverageScheme>> schemes = SchemeArbitraries.schemes().list().ofSize(CYCLE_POOL)
                .map(drafts -> drafts.stream().map(s -> s.build(EntityId.of("cycle-draft"), one)).toList());
            Arbitrary<UnaryOperator<Dataset.Builder>> withOperator =
                extraOrganizations(Arbitraries.of(OrganizationKind.class)).map(o -> b -> b.addOrganization(o));
            return Cycles.variants(link, schemes, withOperator);
        }
        if (type == SubnationalArea.class) {
            // Areas of one country without ranks, so that the cycle breaks neither the country nor the rank rule.
            Arbitrary<List<SubnationalArea>> areas = SdgArbitraries.subnationalAreas().list().ofSize(CYCLE_POOL)
                .map(drafts -> drafts.stream().map(a -> a.build(EntityId.of("cycle-draft"), Refs.NONE))
                    .map(a -> SubnationalArea.builder().from(a).country(CountryCode.of("CI"))
                        .level(AdministrativeLevel.named(a.level().name())).build()).toList());
            return Cycles.variants(link, areas, Arbitraries.just(UnaryOperator.identity()));
        }
        throw new IllegalStateException("No entities to close a cycle of " + link.owner().name() + "." + link.name());
    }

    /**
     * @return datasets with a charter whose single party is a person, or an organisation that is neither network nor
     *  federation; a warning
     */
    public static Arbitrary<InvalidVariant<Dataset>> charterOfSingleNonCollective() {
        EntityId party = EntityId.of("extra-org");
        Refs oneCollective = organizations(List.of(party), Set.of(party));
        Arbitrary<EntityArbitraries.AgreementDraft> charters = EntityArbitraries.agreements(
            Arbitraries.just(AgreementKind.CHARTER), Arbitraries.of(AgreementStatus.class));
        Arbitrary<InvalidVariant<Dataset>> ofOrganization = Combinators.combine(DatasetArbitraries.datasets(),
                extraOrganizations(Arbitraries.of(OrganizationKind.class).filter(k -> !k.isCollective())), charters)
            .as((d, o, a) -> {
                Agreement charter = a.build(EntityId.of("extra-charter"), oneCollective);
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.charter-party-not-collective",
                    "dataset of " + d.size() + " with a charter of a " + o.kind().code() + " alone",
                    () -> Dataset.builder().from(d).addOrganization(o).addAgreement(charter));
            });
        EntityId personId = EntityId.of("extra-person");
        Arbitrary<InvalidVariant<Dataset>> ofPerson = Combinators.combine(DatasetArbitraries.datasets(),
                Arbitraries.of("Amina Ould Ahmed", "Ольга Петрова", "فاطمة الزهراء"), Arbitraries.of(PartyRole.class),
                charters)
            .as((d, name, role, a) -> {
                Person person = Person.builder().id(personId).name(name).build();
                Agreement charter = Agreement.builder().from(a.build(EntityId.of("extra-charter"), oneCollective))
                    .parties(List.of(Party.of(personId, role))).commitments(List.of()).signatories(List.of()).build();
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.charter-party-not-collective",
                    "dataset of " + d.size() + " with a charter of a person alone",
                    () -> Dataset.builder().from(d).addPerson(person).addAgreement(charter));
            });
        return Arbitraries.oneOf(ofOrganization, ofPerson);
    }

    /** @return datasets with a scheme whose legal basis cites a source that is no law, decree or statutes; a warning */
    public static Arbitrary<InvalidVariant<Dataset>> legalBasisNotALegalText() {
        EntityId operator = EntityId.of("extra-org");
        Set<SourceKind> legal = Set.of(SourceKind.LAW, SourceKind.DECREE, SourceKind.STATUTE);
        return Combinators.combine(DatasetArbitraries.datasets(),
                extraOrganizations(Arbitraries.of(OrganizationKind.class)), SchemeArbitraries.schemes(),
                EntityArbitraries.sources(), Arbitraries.of(SourceKind.class).filter(k -> !legal.contains(k)))
            .as((d, o, s, src, kind) -> {
                SourceDocument source = SourceDocument.builder().from(src.build(EntityId.of("extra-source"), Refs.NONE))
                    .kind(kind).build();
                CoverageScheme scheme = CoverageScheme.builder()
                    .from(s.build(EntityId.of("extra-scheme"), organizations(List.of(operator), Set.of())))
                    .legalBasis(List.of(Citation.of(source.id()))).build();
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.legal-basis-kind", "dataset of " + d.size()
                    + " with a scheme founded on a " + kind.code(),
                    () -> Dataset.builder().from(d).addSource(source)
                        .addOrganization(Organization.builder().from(o).id(operator).build()).addScheme(scheme));
            });
    }
}
