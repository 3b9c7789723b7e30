package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Tuple;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * Arbitraries of whole datasets whose references resolve.
 * <p>
 * A dataset is generated as lists of {@link Draft}s, one list per collection of the dataset, and built in one go: the
 * ids follow from the positions in the lists, the pools of ids from the lists, and each draft is built against the
 * pools ({@link Refs}). So references resolve by construction, and keep resolving when shrinking removes entities or
 * simplifies them. References that could close a cycle name earlier entities only. Entities that need a pool which
 * turns out empty (agreements need two actors, or a collective organisation for a charter, schemes an organisation,
 * observations a source, contracts a purchaser) are left out, and so is an observation whose natural key an
 * earlier one has.
 */
public final class DatasetArbitraries {

    private static final ModelType<Dataset> DATASET = ModelTypes.of(Dataset.class);

    /** The kinds of source a scheme's legal basis may cite without a warning. */
    private static final Set<SourceKind> LEGAL = Set.of(SourceKind.LAW, SourceKind.DECREE, SourceKind.STATUTE);

    /** The empty dataset, generated now and then on its own, as few runs would draw every list empty. */
    private static final Dataset EMPTY = Dataset.builder().build();

    private DatasetArbitraries() {
    }

    /** @return datasets of up to about thirty entities, the empty one included */
    public static Arbitrary<Dataset> datasets() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(EMPTY)), Tuple.of(40, drafted()));
    }

    /**
     * Datasets whose programmes are IATI activities: at least one programme, each with what IATI requires of an
     * activity, and organisations that each have an IATI organisation identifier and type.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Dataset> iatiDatasets() {
        return drafted(true);
    }

    private static Arbitrary<Dataset> drafted() {
        return drafted(false);
    }

    private static Arbitrary<Dataset> drafted(boolean iati) {
        return Builders.withBuilder(Drafts::new)
            .use(EntityArbitraries.sources().list().ofMaxSize(3)).inSetter((d, v) -> d.put(SourceDocument.class, v))
            .use(iati ? EntityArbitraries.iatiOrganizations().list().ofMinSize(1).ofMaxSize(5)
                : EntityArbitraries.organizations().list().ofMaxSize(5)).inSetter((d, v) -> d.organizations = v)
            .use(EntityArbitraries.persons().list().ofMaxSize(3)).inSetter((d, v) -> d.put(Person.class, v))
            .use(EntityArbitraries.agreements().list().ofMaxSize(3)).inSetter((d, v) -> d.agreements = v)
            .use(EntityArbitraries.bodies().list().ofMaxSize(2)).inSetter((d, v) -> d.put(GoverningBody.class, v))
            .use(EntityArbitraries.events().list().ofMaxSize(2)).inSetter((d, v) -> d.put(Event.class, v))
            .use(ProgrammeArbitraries.programmes(iati).list().ofMinSize(iati ? 1 : 0).ofMaxSize(2))
            .inSetter((d, v) -> d.put(Programme.class, v))
            .use(SchemeArbitraries.schemes().list().ofMaxSize(3)).inSetter((d, v) -> d.put(CoverageScheme.class, v))
            .use(SdgArbitraries.observations().list().ofMaxSize(4))
            .inSetter((d, v) -> d.put(IndicatorObservation.class, v))
            .use(SdgArbitraries.targets().list().ofMaxSize(2)).inSetter((d, v) -> d.put(IndicatorTarget.class, v))
            .use(SchemeArbitraries.contracts().list().ofMaxSize(2)).inSetter((d, v) -> d.put(Contract.class, v))
            .use(SdgArbitraries.subnationalAreas().list().ofMaxSize(3))
            .inSetter((d, v) -> d.put(SubnationalArea.class, v))
            .use(SdgArbitraries.indicators().list().ofMaxSize(2)).inSetter((d, v) -> d.put(Indicator.class, v))
            .use(SdgArbitraries.declaredDimensions().list().ofMaxSize(2))
            .inSetter((d, v) -> d.put(DeclaredDimension.class, v))
            .build(Drafts::build);
    }

    /**
     * The ids of the entities of one kind, numbered from 1.
     *
     * @param kind  the kind, whose code is the prefix
     * @param count  the number of entities
     * @return the ids
     */
    static List<EntityId> ids(EntityKind kind, int count) {
        List<EntityId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(EntityId.of(kind.code() + "-" + i));
        }
        return ids;
    }

    /**
     * Gets the kind of entity a collection of the dataset holds.
     *
     * @param collection  a property of the dataset
     * @return the kind
     */
    static EntityKind kindOf(Property<?> collection) {
        return ModelTypes.of(collection.valueType()).entityKind()
            .orElseThrow(() -> new IllegalStateException(collection + " holds no entities"));
    }

    /** The drafts of a dataset, filled by jqwik's builder combinator. */
    private static final class Drafts {
        final Map<Class<?>, List<? extends Draft<?>>> byType = new LinkedHashMap<>();
        List<EntityArbitraries.OrganizationDraft> organizations;
        List<EntityArbitraries.AgreementDraft> agreements;

        void put(Class<?> type, List<? extends Draft<?>> drafts) {
            byType.put(type, drafts);
        }

        Dataset build() {
            byType.put(Organization.class, organizations);
            Map<EntityKind, List<EntityId>> pools = new EnumMap<>(EntityKind.class);
            Set<EntityId> collective = new LinkedHashSet<>();
            List<EntityId> orgIds = ids(EntityKind.ORGANIZATION, organizations.size());
            for (int i = 0; i < organizations.size(); i++) {
                if (organizations.get(i).kind().isCollective()) {
                    collective.add(orgIds.get(i));
                }
            }
            for (Property<?> collection : DATASET.properties()) {
                if (collection.valueType() != Agreement.class && collection.valueType() != IndicatorObservation.class) {
                    EntityKind kind = kindOf(collection);
                    pools.put(kind, ids(kind, byType.get(collection.valueType()).size()));
                }
            }
            // Agreements that cannot be built against these pools are left out; so are schemes without an operator
            // and observations without a source.
            Refs known = new Refs(pools, collective);
            List<Draft<?>> buildable = new ArrayList<>();
            for (EntityArbitraries.AgreementDraft a : agreements) {
                if (EntityArbitraries.buildable(a.kind(), known)) {
                    buildable.add(a);
                }
            }
            byType.put(Agreement.class, buildable);
            pools.put(EntityKind.AGREEMENT, ids(EntityKind.AGREEMENT, buildable.size()));
            if (pools.get(EntityKind.ORGANIZATION).isEmpty()) {
                pools.put(EntityKind.SCHEME, List.of());
                pools.put(EntityKind.CONTRACT, List.of());
            }
            // The sources are built first, so that a scheme's legal basis cites the laws, decrees and statutes only.
            Refs refs = new Refs(pools, collective);
            List<EntityId> sourceIds = pools.get(EntityKind.SOURCE);
            List<Object> sources = new ArrayList<>();
            List<EntityId> legal = new ArrayList<>();
            for (int i = 0; i < sourceIds.size(); i++) {
                SourceDocument source = (SourceDocument) byType.get(SourceDocument.class).get(i)
                    .build(sourceIds.get(i), refs);
                sources.add(source);
                if (LEGAL.contains(source.kind())) {
                    legal.add(source.id());
                }
            }
            refs = new Refs(pools, collective, Optional.of(legal));
            ModelBuilder<Dataset> dataset = DATASET.builder();
            for (Property<?> collection : DATASET.properties()) {
                if (collection.valueType() == IndicatorObservation.class) {
                    Meta.copyInto(dataset, collection, observations(refs));
                    continue;
                }
                List<EntityId> ids = pools.get(kindOf(collection));
                List<? extends Draft<?>> drafts = byType.get(collection.valueType());
                List<Object> built = new ArrayList<>();
                if (collection.valueType() == SourceDocument.class) {
                    built = sources;
                } else {
                    for (int i = 0; i < ids.size(); i++) {
                        built.add(drafts.get(i).build(ids.get(i), refs));
                    }
                }
                Meta.copyInto(dataset, collection, built);
            }
            return dataset.build();
        }

        /**
         * The observations: none without a source to cite, and one of each natural key, as a dataset holds.
         */
        private List<IndicatorObservation> observations(Refs refs) {
            List<IndicatorObservation> kept = new ArrayList<>();
            if (refs.of(EntityKind.SOURCE).isEmpty()) {
                return kept;
            }
            Set<ObservationKey> keys = new LinkedHashSet<>();
            EntityId none = EntityId.of("observation");
            for (Draft<?> draft : byType.get(IndicatorObservation.class)) {
                IndicatorObservation observation = (IndicatorObservation) draft.build(none, refs);
                if (keys.add(observation.key())) {
                    kept.add(observation);
                }
            }
            return kept;
        }
    }
}
