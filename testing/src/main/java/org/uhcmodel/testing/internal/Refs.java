package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.meta.Property;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * The ids an entity may refer to, by the kind of entity they name.
 * <p>
 * Which kinds a reference may name, and whether a chain of references through it must not loop, is read from the
 * description of the model ({@link Property#references()}, {@link Property#cycleRule()}). Inside a dataset the pools
 * are the ids of the dataset, in the order the entities are listed; a reference that must not close a cycle names
 * earlier entities of its own kind only, and no reference names the entity that holds it. Alone, an entity refers to
 * ids of pools that do not contain its own id.
 *
 * @param pools  the ids of each kind of entity, in order
 * @param collective  ids of the organisations that are networks or federations
 * @param legal  ids of the source documents that are laws, decrees or statutes, empty if any source may be taken as
 *  one, as for an entity generated on its own
 */
public record Refs(Map<EntityKind, List<EntityId>> pools, Set<EntityId> collective, Optional<List<EntityId>> legal) {

    /** Pools that are all empty: an entity built against them refers to nothing. */
    public static final Refs NONE = new Refs(Map.of(), Set.of());

    /**
     * Creates pools.
     *
     * @param pools  the ids of each kind, kinds without ids left out or empty
     * @param collective  the ids of collective organisations
     * @param legal  the ids of legal texts, empty if any source may be taken as one
     */
    public Refs {
        Map<EntityKind, List<EntityId>> copy = new EnumMap<>(EntityKind.class);
        pools.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        pools = Collections.unmodifiableMap(copy);
        collective = Set.copyOf(collective);
        legal = legal.map(List::copyOf);
    }

    /**
     * Creates pools in which any source may be taken as a legal text.
     *
     * @param pools  the ids of each kind, kinds without ids left out or empty
     * @param collective  the ids of collective organisations
     */
    public Refs(Map<EntityKind, List<EntityId>> pools, Set<EntityId> collective) {
        this(pools, collective, Optional.empty());
    }

    /**
     * The sources a scheme's legal basis may cite: the laws, decrees and statutes among its sources.
     *
     * @param property  the property of the citation's source
     * @param selfKind  the kind of the citing entity
     * @param self  its id
     * @return the ids, in order
     */
    public List<EntityId> legalPool(Property<?> property, EntityKind selfKind, EntityId self) {
        List<EntityId> sources = pool(property, selfKind, self);
        if (legal.isEmpty()) {
            return sources;
        }
        List<EntityId> found = new ArrayList<>(sources);
        found.retainAll(legal.get());
        return found;
    }

    /**
     * Gets the ids of a kind.
     *
     * @param kind  the kind
     * @return the ids, in order, empty if none
     */
    public List<EntityId> of(EntityKind kind) {
        return pools.getOrDefault(kind, List.of());
    }

    /**
     * The ids a reference held by an entity may name.
     *
     * @param property  a property holding references
     * @param selfKind  the kind of the entity holding the reference, however deep
     * @param self  the id of that entity
     * @return the ids of the kinds the property refers to, in the order of the kinds; those of the holder's kind listed
     *  before it if the property must not close a cycle, else all of them but the holder's own
     */
    public List<EntityId> pool(Property<?> property, EntityKind selfKind, EntityId self) {
        if (property.references().isEmpty()) {
            throw new IllegalArgumentException(property.owner().name() + "." + property.name() + " is no reference");
        }
        List<EntityId> ids = new ArrayList<>();
        for (EntityKind kind : property.references()) {
            List<EntityId> pool = of(kind);
            if (kind == selfKind) {
                ids.addAll(property.cycleRule().isPresent() ? earlier(pool, self) : others(pool, self));
            } else {
                ids.addAll(pool);
            }
        }
        return ids;
    }

    /**
     * The ids of a pool listed before the given one.
     *
     * @param pool  the pool
     * @param self  the id of the referring entity
     * @return the ids listed before {@code self}, or the whole pool if it is not in it
     */
    static List<EntityId> earlier(List<EntityId> pool, EntityId self) {
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
    static List<EntityId> others(List<EntityId> pool, EntityId self) {
        List<EntityId> all = new ArrayList<>(pool);
        all.remove(self);
        return all;
    }

    /**
     * Pools of one to four ids of every kind of entity, two at least of organisations, for entities generated on their
     * own; every organisation of the pool may be taken as collective.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Refs> standalone() {
        List<Arbitrary<List<EntityId>>> each = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            int least = kind == EntityKind.ORGANIZATION ? 2 : 1;
            each.add(ValueArbitraries.entityIds(kind.code()).list().uniqueElements().ofMinSize(least).ofMaxSize(4));
        }
        return Combinators.combine(each).as(lists -> {
            Map<EntityKind, List<EntityId>> pools = new EnumMap<>(EntityKind.class);
            for (EntityKind kind : EntityKind.values()) {
                pools.put(kind, lists.get(kind.ordinal()));
            }
            return new Refs(pools, Set.copyOf(pools.get(EntityKind.ORGANIZATION)));
        });
    }

    /**
     * Picks an id of a pool, or none.
     *
     * @param pool  the pool
     * @param probability  the probability of an id when the pool is not empty
     * @return the arbitrary
     */
    public static Arbitrary<Optional<EntityId>> optional(List<EntityId> pool, double probability) {
        if (pool.isEmpty()) {
            return Arbitraries.just(Optional.empty());
        }
        return Arbitraries.of(pool).optional(probability);
    }
}
