package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.value.EntityId;

/**
 * Picks ids out of pools by generated indexes.
 * <p>
 * References are generated as indexes and resolved against the pool only when the value is built, so that a reference
 * resolves whatever the pool, and keeps resolving when shrinking takes entities out of the pool. Indexes shrink towards
 * 0, the first id of the pool.
 */
final class Pick {

    private Pick() {
    }

    /** @return indexes into a pool */
    static Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 63);
    }

    /**
     * @param max  the largest number of indexes
     * @return lists of indexes
     */
    static Arbitrary<List<Integer>> indexes(int max) {
        return index().list().ofMaxSize(max);
    }

    /**
     * @param pool  the pool, not empty
     * @param index  an index, any size
     * @return the id at the index, modulo the size of the pool
     */
    static EntityId of(List<EntityId> pool, int index) {
        return pool.get(index % pool.size());
    }

    /**
     * @param pool  the pool
     * @param index  an index, or none
     * @return the id at the index, empty if there is no index or the pool is empty
     */
    static Optional<EntityId> of(List<EntityId> pool, Optional<Integer> index) {
        return pool.isEmpty() ? Optional.empty() : index.map(i -> of(pool, i));
    }

    /**
     * @param pool  the pool
     * @param indexes  indexes
     * @return the distinct ids at the indexes, in order
     */
    static List<EntityId> distinct(List<EntityId> pool, List<Integer> indexes) {
        if (pool.isEmpty()) {
            return List.of();
        }
        Set<EntityId> ids = new LinkedHashSet<>();
        for (int i : indexes) {
            ids.add(of(pool, i));
        }
        return new ArrayList<>(ids);
    }
}
