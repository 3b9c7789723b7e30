package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import org.uhcmodel.value.EntityId;

/**
 * The ids an entity may refer to, by the type of entity they name.
 * <p>
 * Inside a dataset the pools are the ids of the dataset, in the order the entities are listed; an entity refers to
 * earlier entities only where a chain of references must not close into a cycle (parents, frameworks, complemented
 * schemes). Alone, an entity refers to ids of a pool that does not contain its own id.
 *
 * @param organizations  ids of organisations
 * @param collective  ids of the organisations that are networks or federations
 * @param persons  ids of persons
 * @param sources  ids of source documents
 * @param agreements  ids of agreements
 * @param bodies  ids of governing bodies
 * @param events  ids of events
 * @param programmes  ids of programmes
 * @param schemes  ids of coverage schemes
 */
public record Refs(List<EntityId> organizations, Set<EntityId> collective, List<EntityId> persons,
                   List<EntityId> sources, List<EntityId> agreements, List<EntityId> bodies, List<EntityId> events,
                   List<EntityId> programmes, List<EntityId> schemes) {

    /** Pools that are all empty: an entity built against them refers to nothing. */
    public static final Refs NONE = new Refs(List.of(), Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());

    /** @return ids of the actors, organisations then persons */
    public List<EntityId> actors() {
        List<EntityId> all = new ArrayList<>(organizations);
        all.addAll(persons);
        return all;
    }

    /**
     * The ids of a pool an entity may refer to without closing a cycle.
     *
     * @param pool  the pool
     * @param self  the id of the referring entity
     * @return the ids listed before {@code self}, or the whole pool without {@code self} if it is not in it
     */
    public static List<EntityId> earlier(List<EntityId> pool, EntityId self) {
        int at = pool.indexOf(self);
        return at >= 0 ? pool.subList(0, at) : pool;
    }

    /**
     * The ids of a pool other than the given one.
     *
     * @param pool  the pool
     * @param self  the id to leave out
     * @return the other ids
     */
    public static List<EntityId> others(List<EntityId> pool, EntityId self) {
        List<EntityId> all = new ArrayList<>(pool);
        all.remove(self);
        return all;
    }

    /** @return pools of one to four ids of each type, for entities generated on their own */
    public static Arbitrary<Refs> standalone() {
        return Builders.withBuilder(Holder::new)
            .use(pool("org", 2)).inSetter((h, v) -> h.orgs = v)
            .use(pool("person", 1)).inSetter((h, v) -> h.persons = v)
            .use(pool("source", 1)).inSetter((h, v) -> h.sources = v)
            .use(pool("agreement", 1)).inSetter((h, v) -> h.agreements = v)
            .use(pool("body", 1)).inSetter((h, v) -> h.bodies = v)
            .use(pool("event", 1)).inSetter((h, v) -> h.events = v)
            .use(pool("programme", 1)).inSetter((h, v) -> h.programmes = v)
            .use(pool("scheme", 1)).inSetter((h, v) -> h.schemes = v)
            .build(h -> new Refs(h.orgs, Set.copyOf(h.orgs), h.persons, h.sources, h.agreements, h.bodies, h.events,
                h.programmes, h.schemes));
    }

    private static Arbitrary<List<EntityId>> pool(String prefix, int min) {
        return ValueArbitraries.entityIds(prefix).list().uniqueElements().ofMinSize(min).ofMaxSize(4);
    }

    private static final class Holder {
        List<EntityId> orgs;
        List<EntityId> persons;
        List<EntityId> sources;
        List<EntityId> agreements;
        List<EntityId> bodies;
        List<EntityId> events;
        List<EntityId> programmes;
        List<EntityId> schemes;
    }

    /**
     * Picks a sublist of distinct ids of a pool.
     *
     * @param pool  the pool
     * @param max  the largest size
     * @return the arbitrary, always the empty list for an empty pool
     */
    public static Arbitrary<List<EntityId>> distinct(List<EntityId> pool, int max) {
        if (pool.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.of(pool).list().uniqueElements().ofMaxSize(Math.min(max, pool.size()));
    }

    /**
     * Picks an id of a pool, or none.
     *
     * @param pool  the pool
     * @param probability  the probability of an id when the pool is not empty
     * @return the arbitrary
     */
    public static Arbitrary<java.util.Optional<EntityId>> optional(List<EntityId> pool, double probability) {
        if (pool.isEmpty()) {
            return Arbitraries.just(java.util.Optional.empty());
        }
        return Arbitraries.of(pool).optional(probability);
    }
}
