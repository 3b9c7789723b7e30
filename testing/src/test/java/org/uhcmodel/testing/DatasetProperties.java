package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.testing.usage.Revalidation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/** Generated datasets are whole, and their look-ups agree with a brute-force scan of their entities. */
@AtLeastThousandTries
class DatasetProperties {

    /** A collection of a dataset's entities: the type of its entities, and how a dataset lists them. */
    private record Listed(Class<? extends Entity> type, Function<Dataset, List<? extends Entity>> entities) {
    }

    /**
     * The collections of entities, as the model describes a dataset: its list properties whose values are entities,
     * in the order of the description (observations, values known by their key, are not among them).
     */
    @SuppressWarnings("unchecked")
    private static final List<Listed> COLLECTIONS = ModelTypes.of(Dataset.class).properties().stream()
        .filter(p -> p.cardinality() == Cardinality.LIST && Entity.class.isAssignableFrom(p.valueType()))
        .map(p -> new Listed(p.valueType().asSubclass(Entity.class), d -> (List<? extends Entity>) p.get(d)))
        .toList();

    /** The entities of each type, as the dataset lists them. */
    private static final Map<Class<? extends Entity>, Function<Dataset, List<? extends Entity>>> BY_TYPE =
        COLLECTIONS.stream().collect(Collectors.toUnmodifiableMap(Listed::type, Listed::entities));

    private static List<Entity> scan(Dataset d) {
        List<Entity> all = new ArrayList<>();
        for (Listed collection : COLLECTIONS) {
            all.addAll(collection.entities().apply(d));
        }
        return all;
    }

    /**
     * The description's collections are the dataset's accessors of entity lists, found by reflection: a collection
     * missing from either is a collection the look-ups above would not try.
     */
    @Example
    void theCollectionsScannedAreEveryListOfEntitiesOfADataset() {
        Set<Class<?>> accessors = new HashSet<>();
        for (Method m : Dataset.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() == List.class
                    && m.getGenericReturnType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element != Entity.class && Entity.class.isAssignableFrom(element)) {
                accessors.add(element);
            }
        }
        check(accessors.size() >= 13, "accessors of entity lists: " + accessors);
        check(accessors.equals(BY_TYPE.keySet()), "accessors " + accessors + ", described " + BY_TYPE.keySet());
    }

    /** An id of the dataset, or one of no entity of it, so that look-ups are tried on hits and misses. */
    private static EntityId someId(Dataset d, int pick, EntityId other) {
        List<Entity> all = scan(d);
        return all.isEmpty() || pick % 4 == 0 ? other : all.get(pick % all.size()).id();
    }

    @Property(tries = 1000)
    void generatedDatasetsAreWholeAndVaried(@ForAll Dataset dataset) {
        Statistics.label("size").collect(dataset.size() < 5 ? "0-4" : dataset.size() < 10 ? "5-9" : "10+");
        Statistics.label("has agreements").collect(!dataset.agreements().isEmpty());
        check(Dataset.builder().from(dataset).build().equals(dataset), "rebuilt dataset differs");
        check(dataset.size() == scan(dataset).size(), "size " + dataset.size() + " but " + scan(dataset).size()
                + " entities");
        Statistics.label("size").coverage(c -> {
            c.check("0-4").count(n -> n > 0);
            c.check("10+").count(n -> n > 0);
        });
        Statistics.label("has agreements").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 1000)
    void findAgreesWithAScan(@ForAll Dataset dataset, @ForAll int pick, @ForAll EntityId other) {
        EntityId id = someId(dataset, Math.abs(pick % 1000), other);
        Optional<Entity> expected = scan(dataset).stream().filter(e -> e.id().equals(id)).findFirst();
        check(dataset.find(id).equals(expected), "find(" + id + ") = " + dataset.find(id) + ", scan = " + expected);
        for (Map.Entry<Class<? extends Entity>, Function<Dataset, List<? extends Entity>>> type : BY_TYPE.entrySet()) {
            Optional<? extends Entity> ofType = type.getValue().apply(dataset).stream()
                .filter(e -> e.id().equals(id)).findFirst();
            Optional<? extends Entity> found = dataset.find(id, type.getKey());
            check(found.equals(ofType), "find(" + id + ", " + type.getKey().getSimpleName() + ") = " + found
                    + ", scan = " + ofType);
            Statistics.label("found by type").collect(found.isPresent());
        }
        check(dataset.find(id, Entity.class).equals(expected), "find(" + id + ", Entity)");
        check(dataset.entities().equals(scan(dataset)), "entities() differ from a scan");
        Statistics.label("found by type").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property(tries = 1000)
    void agreementsOfAgreesWithAScan(@ForAll Dataset dataset, @ForAll int pick, @ForAll EntityId other) {
        EntityId actor = someId(dataset, Math.abs(pick % 1000), other);
        List<Agreement> expected = new ArrayList<>();
        for (Agreement a : dataset.agreements()) {
            boolean involved = false;
            for (Party p : a.parties()) {
                involved |= p.actor().equals(actor);
            }
            for (Signatory s : a.signatories()) {
                involved |= s.person().equals(actor);
            }
            if (involved) {
                expected.add(a);
            }
        }
        check(dataset.agreementsOf(actor).equals(expected), "agreementsOf(" + actor + ")");
    }

    @Property(tries = 1000)
    void schemesInAgreesWithAScan(@ForAll Dataset dataset, @ForAll int pick, @ForAll CountryCode other) {
        CountryCode country = dataset.schemes().isEmpty() || pick % 3 == 0 ? other
            : dataset.schemes().get(Math.abs(pick % dataset.schemes().size())).country();
        List<CoverageScheme> expected = new ArrayList<>();
        for (CoverageScheme s : dataset.schemes()) {
            if (s.country().equals(country)) {
                expected.add(s);
            }
        }
        check(dataset.schemesIn(country).equals(expected), "schemesIn(" + country + ")");
    }

    /**
     * The SDG targets an entity carries, found by reflection rather than per type: every target an accessor returns,
     * alone or in a collection, and the target of every indicator whose code an accessor returns, built in or
     * declared by the dataset.
     */
    private static Set<SdgTarget> tags(Entity entity, Dataset dataset) {
        Set<SdgTarget> tags = EnumSet.noneOf(SdgTarget.class);
        Class<?> type = Revalidation.publicType(entity.getClass());
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object returned;
            try {
                returned = m.invoke(entity);
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(m.toString(), ex);
            }
            if (returned instanceof Optional<?> optional) {
                returned = optional.orElse(null);
            }
            if (returned instanceof SdgTarget t) {
                tags.add(t);
            } else if (returned instanceof IndicatorCode code && !(entity instanceof Indicator)) {
                dataset.findIndicator(code).flatMap(Indicator::sdgTarget).ifPresent(tags::add);
            } else if (returned instanceof Collection<?> c) {
                for (Object o : c) {
                    if (o instanceof SdgTarget t) {
                        tags.add(t);
                    }
                }
            }
        }
        return tags;
    }

    @Property(tries = 1000)
    void taggedWithAgreesWithAScan(@ForAll Dataset dataset, @ForAll SdgTarget target) {
        List<Entity> expected = new ArrayList<>();
        for (Entity e : scan(dataset)) {
            if (tags(e, dataset).contains(target)) {
                expected.add(e);
            }
        }
        Statistics.label("tagged").collect(!expected.isEmpty());
        check(dataset.taggedWith(target).equals(expected), "taggedWith(" + target + ") = " + dataset.taggedWith(target)
            + ", scan = " + expected);
        Statistics.label("tagged").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
    }

    @Property(tries = 1000)
    void citingAgreesWithAScan(@ForAll Dataset dataset, @ForAll int pick, @ForAll EntityId other) {
        EntityId source = dataset.sources().isEmpty() || pick % 4 == 0 ? other
            : dataset.sources().get(Math.abs(pick % dataset.sources().size())).id();
        List<Entity> expected = new ArrayList<>();
        for (Entity e : scan(dataset)) {
            if (e.citations().stream().anyMatch(c -> c.source().equals(source))) {
                expected.add(e);
            }
        }
        check(dataset.citing(source).equals(expected), "citing(" + source + ")");
    }
}
