package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Tuple;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.EntityId;

/**
 * Arbitraries of whole datasets whose references resolve.
 * <p>
 * A dataset is generated as lists of {@link Draft}s, one list per type of entity, and built in one go: the ids follow
 * from the positions in the lists, the pools of ids from the lists, and each draft is built against the pools. So
 * references resolve by construction, and keep resolving when shrinking removes entities or simplifies them.
 * References that could close a cycle (parents, frameworks, complemented schemes) name earlier entities only.
 * Entities that need a pool which turns out empty (agreements need two organisations, or a collective organisation
 * for a charter, schemes one organisation, observations a source) are left out.
 */
public final class DatasetArbitraries {

    private DatasetArbitraries() {
    }

    /** The empty dataset, generated now and then on its own, as few runs would draw every list empty. */
    private static final Dataset EMPTY = Dataset.builder().build();

    /** @return datasets of up to about thirty entities, the empty one included */
    public static Arbitrary<Dataset> datasets() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(EMPTY)), Tuple.of(40, drafted()));
    }

    private static Arbitrary<Dataset> drafted() {
        return Builders.withBuilder(Drafts::new)
            .use(EntityArbitraries.sources().list().ofMaxSize(3)).inSetter((d, v) -> d.sources = v)
            .use(EntityArbitraries.organizations().list().ofMaxSize(5)).inSetter((d, v) -> d.organizations = v)
            .use(EntityArbitraries.persons().list().ofMaxSize(3)).inSetter((d, v) -> d.persons = v)
            .use(EntityArbitraries.agreements().list().ofMaxSize(3)).inSetter((d, v) -> d.agreements = v)
            .use(EntityArbitraries.bodies().list().ofMaxSize(2)).inSetter((d, v) -> d.bodies = v)
            .use(EntityArbitraries.events().list().ofMaxSize(2)).inSetter((d, v) -> d.events = v)
            .use(EntityArbitraries.programmes().list().ofMaxSize(2)).inSetter((d, v) -> d.programmes = v)
            .use(EntityArbitraries.schemes().list().ofMaxSize(3)).inSetter((d, v) -> d.schemes = v)
            .use(EntityArbitraries.observations().list().ofMaxSize(2)).inSetter((d, v) -> d.observations = v)
            .use(EntityArbitraries.targets().list().ofMaxSize(2)).inSetter((d, v) -> d.targets = v)
            .build(Drafts::build);
    }

    /**
     * The ids of the entities of one type, numbered from 1.
     *
     * @param prefix  the type's prefix
     * @param count  the number of entities
     * @return the ids
     */
    static List<EntityId> ids(String prefix, int count) {
        List<EntityId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(EntityId.of(prefix + "-" + i));
        }
        return ids;
    }

    private static <T> List<T> build(List<? extends Draft<T>> drafts, List<EntityId> ids, Refs refs) {
        List<T> built = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            built.add(drafts.get(i).build(ids.get(i), refs));
        }
        return built;
    }

    /** The drafts of a dataset, filled by jqwik's builder combinator. */
    private static final class Drafts {
        List<Draft<SourceDocument>> sources;
        List<EntityArbitraries.OrganizationDraft> organizations;
        List<Draft<Person>> persons;
        List<EntityArbitraries.AgreementDraft> agreements;
        List<Draft<GoverningBody>> bodies;
        List<Draft<Event>> events;
        List<Draft<Programme>> programmes;
        List<Draft<CoverageScheme>> schemes;
        List<Draft<IndicatorObservation>> observations;
        List<Draft<IndicatorTarget>> targets;

        Dataset build() {
            List<EntityId> sourceIds = ids("source", sources.size());
            List<EntityId> orgIds = ids("org", organizations.size());
            Set<EntityId> collective = new LinkedHashSet<>();
            for (int i = 0; i < organizations.size(); i++) {
                if (organizations.get(i).kind().isCollective()) {
                    collective.add(orgIds.get(i));
                }
            }
            List<EntityId> personIds = ids("person", persons.size());
            // With a single organisation only charters can be built, and only if it is collective.
            List<EntityArbitraries.AgreementDraft> buildable = new ArrayList<>();
            for (EntityArbitraries.AgreementDraft a : agreements) {
                if (orgIds.size() >= 2 || a.kind() == AgreementKind.CHARTER && !collective.isEmpty()) {
                    buildable.add(a);
                }
            }
            List<EntityId> agreementIds = ids("agreement", buildable.size());
            List<EntityId> bodyIds = ids("body", bodies.size());
            List<EntityId> eventIds = ids("event", events.size());
            List<EntityId> programmeIds = ids("programme", programmes.size());
            List<EntityId> schemeIds = ids("scheme", orgIds.isEmpty() ? 0 : schemes.size());
            List<EntityId> observationIds = ids("observation", sourceIds.isEmpty() ? 0 : observations.size());
            List<EntityId> targetIds = ids("target", targets.size());
            Refs refs = new Refs(orgIds, collective, personIds, sourceIds, agreementIds, bodyIds, eventIds, programmeIds,
                schemeIds);
            List<Organization> orgs = new ArrayList<>();
            for (int i = 0; i < orgIds.size(); i++) {
                orgs.add(organizations.get(i).build(orgIds.get(i), refs));
            }
            return Dataset.builder()
                .sources(DatasetArbitraries.build(sources, sourceIds, refs))
                .organizations(orgs)
                .persons(DatasetArbitraries.build(persons, personIds, refs))
                .agreements(DatasetArbitraries.build(buildable, agreementIds, refs))
                .bodies(DatasetArbitraries.build(bodies, bodyIds, refs))
                .events(DatasetArbitraries.build(events, eventIds, refs))
                .programmes(DatasetArbitraries.build(programmes, programmeIds, refs))
                .schemes(DatasetArbitraries.build(schemes, schemeIds, refs))
                .observations(DatasetArbitraries.build(observations, observationIds, refs))
                .targets(DatasetArbitraries.build(targets, targetIds, refs))
                .build();
        }
    }
}
