package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.EntityId;

/**
 * Datasets in which a chain of references through an acyclic property ({@link Property#cycleRule()}) closes into a
 * cycle of two to six entities, laid at random places among the entities of a valid dataset, with up to two more
 * entities leading into the cycle without being on it.
 * <p>
 * The dataset reports the cycle rule once for each entity on the cycle, at the path of its link, and never for an
 * entity leading into it: the variants state these paths.
 */
final class Cycles {

    /** The longest cycle generated. */
    static final int LONGEST = 6;
    /** The most entities leading into the cycle. */
    static final int MOST_TAILS = 2;

    private static final ModelType<Dataset> DATASET = ModelTypes.of(Dataset.class);

    private Cycles() {
    }

    /** How a cycle is laid out: its length, the order its entities link in, the entities leading in, and where. */
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
     * The collection of the dataset that holds entities of a type.
     *
     * @param type  an entity type
     * @return the property of the dataset
     */
    static Property<?> collectionOf(Class<?> type) {
        return DATASET.properties().stream().filter(p -> p.valueType() == type).findFirst()
            .orElseThrow(() -> new IllegalStateException("A dataset holds no " + type.getSimpleName()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T linked(ModelType<T> type, Property<?> link, T entity, EntityId id, EntityId next) {
        ModelBuilder<T> b = Meta.copy(type, entity);
        b.set((Property) Meta.property(type.javaType(), "id"), id);
        b.set((Property) link, next);
        return b.build();
    }

    /**
     * Variants of the cycle rule of a property.
     *
     * @param <T>  the type of entity
     * @param link  the acyclic property
     * @param entities  at least {@link #LONGEST} + {@link #MOST_TAILS} valid entities that refer to nothing of the
     *  dataset but what the setup adds, to be given new ids
     * @param setups  add what the entities refer to
     * @return the variants
     */
    @SuppressWarnings("unchecked")
    static <T> Arbitrary<InvalidVariant<Dataset>> variants(Property<?> link, Arbitrary<List<T>> entities,
                                                          Arbitrary<UnaryOperator<Dataset.Builder>> setups) {
        ModelType<T> type = (ModelType<T>) link.owner();
        Property<?> collection = collectionOf(type.javaType());
        String rule = link.cycleRule().orElseThrow().code();
        String prefix = "cycle-" + type.entityKind().orElseThrow().code();
        return Combinators.combine(DatasetArbitraries.datasets(), entities, setups, layouts())
            .as((d, pool, setup, layout) -> {
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
                    extras.add(linked(type, link, pool.get(at), ids.get(at), ids.get(next)));
                }
                // Entities leading into the cycle: the first to an entity of the cycle, the second to the first.
                EntityId into = ids.get(layout.order().get(0));
                for (int j = 0; j < layout.tails(); j++) {
                    EntityId id = EntityId.of(prefix + "-leading-" + (j + 1));
                    extras.add(linked(type, link, pool.get(k + j), id, into));
                    into = id;
                }
                List<Object> all = new ArrayList<>((List<?>) collection.get(d));
                for (int i = 0; i < extras.size(); i++) {
                    all.add(layout.slots().get(i) % (all.size() + 1), extras.get(i));
                }
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    paths.add(collection.name() + "[" + all.indexOf(extras.get(i)) + "]." + link.name());
                }
                String description = "dataset of " + d.size() + " with a cycle of " + k + " "
                    + type.name() + " through " + link.name() + " at " + paths
                    + (layout.tails() == 0 ? "" : " and " + layout.tails() + " leading into it");
                return InvalidVariant.ofBuilder(Dataset.class, rule, description, paths, () -> {
                    Dataset.Builder b = setup.apply(Dataset.builder().from(d));
                    Meta.copyInto(b, collection, all);
                    return b;
                });
            });
    }
}
