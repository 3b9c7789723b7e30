package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.EntityId;

/**
 * Datasets in which a chain of links of one kind (parents, frameworks, complemented schemes) closes into a cycle of
 * two to six entities, laid at random places among the entities of a valid dataset, with up to two more entities
 * leading into the cycle without being on it.
 * <p>
 * The dataset reports the cycle rule once for each entity on the cycle, at the path of its link, and never for an
 * entity leading into it: the variants state these paths.
 */
final class Cycles {

    /** The longest cycle generated. */
    static final int LONGEST = 6;
    /** The most entities leading into the cycle. */
    static final int MOST_TAILS = 2;

    private Cycles() {
    }

    /**
     * One kind of link.
     *
     * @param <T>  the type of entity
     * @param of  the entities of the dataset of this type, in order
     * @param with  the builder given these entities of this type, the others unchanged
     * @param linker  the entity under the given id, linked to another
     */
    record Link<T>(Function<Dataset, List<T>> of, BiFunction<Dataset.Builder, List<T>, Dataset.Builder> with,
                   Linker<T> linker) {
    }

    /**
     * Links an entity to another.
     *
     * @param <T>  the type of entity
     */
    @FunctionalInterface
    interface Linker<T> {
        /** @return the entity under the given id, linked to {@code next} */
        T linked(T entity, EntityId id, EntityId next);
    }

    /** How a cycle is laid out: its length, the order its entities link in, the entities leading in, and where each goes. */
    private record Layout(int length, List<Integer> order, int tails, List<Integer> slots) {
    }

    private static Arbitrary<Layout> layouts() {
        return Combinators.combine(Arbitraries.integers().between(2, LONGEST),
                Arbitraries.integers().between(0, 1000).list().ofSize(LONGEST),
                Arbitraries.integers().between(0, MOST_TAILS),
                Arbitraries.integers().between(0, 63).list().ofSize(LONGEST + MOST_TAILS))
            .as((length, keys, tails, slots) -> {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < length; i++) {
                    order.add(i);
                }
                order.sort(Comparator.comparing(keys::get));
                return new Layout(length, order, tails, slots);
            });
    }

    /**
     * Variants of a cycle rule.
     *
     * @param <T>  the type of entity
     * @param rule  the rule code
     * @param collection  the name of the dataset's list of these entities, as in paths
     * @param property  the name of the link, as in paths
     * @param noun  the entities, in words
     * @param link  the link
     * @param entities  at least {@link #LONGEST} + {@link #MOST_TAILS} valid entities that refer to nothing of the
     *  dataset but what the setup adds, to be given new ids
     * @param setups  add what the entities refer to
     * @param prefix  the prefix of the new ids
     * @return the variants
     */
    static <T> Arbitrary<InvalidVariant> variants(String rule, String collection, String property, String noun, Link<T> link,
                                                  Arbitrary<List<T>> entities, Arbitrary<UnaryOperator<Dataset.Builder>> setups,
                                                  String prefix) {
        return Combinators.combine(DatasetArbitraries.datasets(), entities, setups, layouts()).as((d, pool, setup, layout) -> {
            int k = layout.length();
            List<EntityId> ids = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                ids.add(EntityId.of(prefix + "-" + (i + 1)));
            }
            // The i-th entity of the order links to the next one, the last back to the first.
            List<T> extras = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                int at = layout.order().get(i);
                int next = layout.order().get((i + 1) % k);
                extras.add(link.linker().linked(pool.get(at), ids.get(at), ids.get(next)));
            }
            // Entities leading into the cycle: the first to an entity of the cycle, the second to the first.
            EntityId into = ids.get(layout.order().get(0));
            for (int j = 0; j < layout.tails(); j++) {
                EntityId id = EntityId.of(prefix + "-leading-" + (j + 1));
                extras.add(link.linker().linked(pool.get(k + j), id, into));
                into = id;
            }
            List<T> all = new ArrayList<>(link.of().apply(d));
            for (int i = 0; i < extras.size(); i++) {
                all.add(layout.slots().get(i) % (all.size() + 1), extras.get(i));
            }
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                paths.add(collection + "[" + all.indexOf(extras.get(i)) + "]." + property);
            }
            String description = "dataset of " + d.size() + " with a cycle of " + k + " " + noun + " at " + paths
                + (layout.tails() == 0 ? "" : " and " + layout.tails() + " leading into it");
            return InvalidVariant.of(rule, description, paths,
                () -> link.with().apply(setup.apply(Dataset.builder().from(d)), all).build());
        });
    }
}
