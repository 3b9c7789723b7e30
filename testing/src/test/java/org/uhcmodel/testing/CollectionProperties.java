package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertEqualValues;
import static org.uhcmodel.testing.Refusals.check;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.programme.DocumentLink;
import org.uhcmodel.programme.Location;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.Result;
import org.uhcmodel.programme.ResultIndicator;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.usage.Revalidation;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.Statistic;

/**
 * Every collection a model value returns, of every type and at every depth, cannot be modified; and every collection
 * given to a builder is copied: changing it afterwards leaves the value built unchanged. The look-ups of a dataset
 * return collections that cannot be modified either. The collections are found by reflection, every accessor without
 * parameters that returns a {@link Collection} or a {@link Map}, so that a collection added to the model is checked
 * without a change here; {@link #everyTypeWithACollectionIsChecked()} makes sure no type is left out.
 */
@AtLeastThousandTries
class CollectionProperties {

    /** Accessors that return a collection computed from others, which no builder sets. */
    private static final Set<String> DERIVED = Set.of("Agreement.actors", "Dataset.entities", "Dataset.warnings",
        "ModelViolationException.rules", "ModelViolationException.violations", "Area.m49Regions");

    private static List<Method> collectionAccessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                && (Collection.class.isAssignableFrom(m.getReturnType())
                    || Map.class.isAssignableFrom(m.getReturnType()))) {
                accessors.add(m);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        return accessors;
    }

    private static Object get(Object target, Method m, Object... arguments) {
        try {
            return m.invoke(target, arguments);
        } catch (InvocationTargetException ex) {
            throw new AssertionError(m + " failed", ex.getCause());
        } catch (IllegalAccessException ex) {
            throw new AssertionError(ex);
        }
    }

    private static boolean isModelValue(Object o) {
        return o != null && !(o instanceof Enum) && o.getClass().getName().startsWith("org.uhcmodel.");
    }

    /**
     * Tries to add to every collection the value returns, and to those of the model values they hold; each attempt must
     * be refused.
     */
    private static void assertUnmodifiable(Object value) {
        Class<?> type = Revalidation.publicType(value.getClass());
        for (Method m : collectionAccessors(type)) {
            Object returned = get(value, m);
            String name = type.getSimpleName() + "." + m.getName() + "()";
            assertRefusesChange(returned, name);
            Collection<?> elements = returned instanceof Map<?, ?> map ? map.values() : (Collection<?>) returned;
            for (Object element : elements) {
                if (isModelValue(element)) {
                    assertUnmodifiable(element);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertRefusesChange(Object collection, String name) {
        try {
            // clear() on an empty unmodifiable collection may do nothing, so add an element instead
            if (collection instanceof Collection) {
                ((Collection<Object>) collection).add(new Object());
            } else {
                ((Map<Object, Object>) collection).put(new Object(), new Object());
            }
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError(name + " can be modified");
    }

    /**
     * For each collection attribute of the value: builds the value again from itself with a copy of the collection
     * given to the builder, changes the copy, and checks the value built is still equal to the value.
     *
     * @return the names of the attributes checked
     */
    @SuppressWarnings("unchecked")
    private static Set<String> assertCopiesItsInput(Object value) {
        Class<?> type = Revalidation.publicType(value.getClass());
        Set<String> checked = new TreeSet<>();
        Method builderMethod;
        try {
            builderMethod = type.getMethod("builder");
        } catch (NoSuchMethodException ex) {
            return checked;
        }
        for (Method m : collectionAccessors(type)) {
            String name = type.getSimpleName() + "." + m.getName();
            if (DERIVED.contains(name)) {
                continue;
            }
            Object builder = get(null, builderMethod);
            // A builder copies a value with from(value); a text, made of its entries alone, starts empty.
            Method from = fromMethod(builder.getClass(), type);
            if (from != null) {
                builder = get(builder, from, value);
            }
            Object original = get(value, m);
            Object copy;
            Method setter;
            if (original instanceof Map<?, ?> map) {
                copy = new LinkedHashMap<>(map);
                setter = method(builder.getClass(), from != null ? m.getName()
                    : "putAll" + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1), Map.class);
            } else {
                copy = original instanceof Set<?> set ? new LinkedHashSet<>(set)
                    : new ArrayList<>((Collection<?>) original);
                setter = method(builder.getClass(), m.getName(), Iterable.class);
            }
            Object built = get(get(builder, setter, copy), method(builder.getClass(), "build"));
            if (copy instanceof Map) {
                Map<Object, Object> changed = (Map<Object, Object>) copy;
                if (changed.isEmpty()) {
                    changed.put(new Object(), new Object());
                } else {
                    changed.clear();
                }
            } else {
                Collection<Object> changed = (Collection<Object>) copy;
                if (changed.isEmpty()) {
                    changed.add(new Object());
                } else {
                    changed.clear();
                }
            }
            check(built.equals(value) && built.hashCode() == value.hashCode(), name
                    + " changed with the collection given"
                + " to the builder:\n  " + value + "\n  " + built);
            checked.add(name);
        }
        return checked;
    }

    private static Method fromMethod(Class<?> builder, Class<?> type) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals("from") && m.getParameterCount() == 1
                && m.getParameterTypes()[0].isAssignableFrom(type)) {
                return m;
            }
        }
        return null;
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException ex) {
            throw new AssertionError(type.getName() + " has no public " + name + List.of(parameters), ex);
        }
    }

    private static void assertAll(Object... values) {
        for (Object value : values) {
            assertUnmodifiable(value);
            assertCopiesItsInput(value);
        }
    }

    @Property(tries = 1000)
    void partsKeepTheirCollectionsToThemselves(
            @ForAll LocalizedText text, @ForAll Statistic statistic, @ForAll Objective objective, @ForAll Place place,
            @ForAll Citation citation, @ForAll Period period, @ForAll Commitment commitment, @ForAll Party party,
            @ForAll Signatory signatory, @ForAll Position position, @ForAll FacilityProfile facility,
            @ForAll ProgrammeParticipant participant, @ForAll Benefit benefit, @ForAll BenefitPackage benefits,
            @ForAll ContributionRule contribution, @ForAll PayerShare share, @ForAll CoverageSnapshot snapshot,
            @ForAll DocumentLink link, @ForAll Location location, @ForAll Result result,
            @ForAll ResultIndicator indicator) {
        assertAll(
            text, statistic, objective, place, citation, period, commitment, party, signatory, position, facility,
            participant, benefit, benefits, contribution, share, snapshot, link, location, result, indicator);
    }

    @Property(tries = 1000)
    void entitiesKeepTheirCollectionsToThemselves(@ForAll SourceDocument source, @ForAll Organization organization,
                                                  @ForAll Person person, @ForAll Agreement agreement,
                                                  @ForAll GoverningBody body, @ForAll Event event,
                                                  @ForAll Programme programme, @ForAll CoverageScheme scheme,
                                                  @ForAll IndicatorObservation observation,
                                                  @ForAll IndicatorTarget target) {
        assertAll(source, organization, person, agreement, body, event, programme, scheme, observation, target);
    }

    @Property(tries = 1000)
    void monitoringValuesKeepTheirCollectionsToThemselves(@ForAll Area area, @ForAll SubnationalArea subnational,
                                                          @ForAll Indicator indicator,
                                                          @ForAll DeclaredDimension dimension,
                                                          @ForAll IndicatorObservation observation,
                                                          @ForAll IndicatorTarget target) {
        assertAll(area, subnational, indicator, dimension, observation, target);
    }

    @Property(tries = 1000)
    void termsOfSchemesAndContractsKeepTheirCollectionsToThemselves(@ForAll Contract contract,
                                                                   @ForAll Exemption exemption,
                                                                   @ForAll PaymentMechanism mechanism,
                                                                   @ForAll Revenue revenue) {
        assertAll(contract, exemption, mechanism, revenue);
    }

    @Property(tries = 1000)
    void refusalsKeepTheirViolationsToThemselves(@ForAll ModelViolationException refusal) {
        assertUnmodifiable(refusal);
    }

    @Property(tries = 1000)
    void datasetsAndTheirLookUpsKeepTheirCollectionsToThemselves(@ForAll Dataset dataset, @ForAll EntityId other,
                                                                 @ForAll CountryCode country, @ForAll SdgTarget tag) {
        assertAll(dataset);
        List<EntityId> ids = new ArrayList<>(List.of(other));
        dataset.entities().forEach(e -> ids.add(e.id()));
        for (EntityId id : ids) {
            assertRefusesChange(dataset.agreementsOf(id), "agreementsOf(" + id + ")");
            assertRefusesChange(dataset.citing(id), "citing(" + id + ")");
        }
        assertRefusesChange(dataset.schemesIn(country), "schemesIn(" + country + ")");
        for (CoverageScheme s : dataset.schemes()) {
            assertRefusesChange(dataset.schemesIn(s.country()), "schemesIn(" + s.country() + ")");
            assertRefusesChange(dataset.contractsOf(s.id()), "contractsOf(" + s.id() + ")");
            assertRefusesChange(dataset.networkOf(s.id()), "networkOf(" + s.id() + ")");
            assertRefusesChange(dataset.componentsOf(s.id()), "componentsOf(" + s.id() + ")");
        }
        assertRefusesChange(dataset.taggedWith(tag), "taggedWith(" + tag + ")");
        assertRefusesChange(dataset.entities(), "entities()");
        Dataset copy = Dataset.builder().from(dataset).build();
        assertEqualValues(copy, dataset);
    }

    @Example
    void everyTypeWithACollectionIsChecked() throws IOException {
        Set<Class<?>> checked = new HashSet<>();
        for (Method m : CollectionProperties.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Property.class)) {
                checked.addAll(List.of(m.getParameterTypes()));
            }
        }
        Set<String> missing = new TreeSet<>();
        Set<String> notSettable = new TreeSet<>();
        for (Class<?> type : ModelTypes.classes()) {
            List<Method> accessors = collectionAccessors(type);
            if (accessors.isEmpty() || type.isInterface() || type.isEnum()) {
                continue;
            }
            if (!checked.contains(type)) {
                missing.add(type.getName());
            }
            boolean hasBuilder = List.of(type.getMethods()).stream().anyMatch(m -> m.getName().equals("builder")
                && Modifier.isStatic(m.getModifiers()));
            for (Method m : accessors) {
                if (!hasBuilder || DERIVED.contains(type.getSimpleName() + "." + m.getName())) {
                    notSettable.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        check(missing.isEmpty(), "types with collections no property here checks: " + missing);
        Set<String> derived = new TreeSet<>();
        for (String name : DERIVED) {
            if (ModelTypes.classes().stream().anyMatch(t -> name.startsWith(t.getSimpleName() + "."))) {
                derived.add(name);
            }
        }
        check(notSettable.equals(derived), "collections that no builder sets: " + notSettable + ", expected "
                + derived);
    }

    @Example
    void theCollectionsTheAuditNamedAreAmongThoseChecked() {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : List.of(Commitment.class, CoverageSnapshot.class, SourceDocument.class, Statistic.class,
                IndicatorTarget.class, Agreement.class, Event.class, Programme.class, CoverageScheme.class,
                        Dataset.class)) {
            for (Method m : collectionAccessors(type)) {
                found.add(type.getSimpleName() + "." + m.getName());
            }
        }
        for (String name : List.of("Commitment.areas", "CoverageSnapshot.citations", "SourceDocument.citations",
                "Statistic.citations", "IndicatorTarget.citations", "Agreement.parties", "Agreement.signatories",
                "Agreement.cooperationAreas", "Agreement.commitments", "Agreement.objectives", "Agreement.sdgTargets",
                "Agreement.citations", "Event.participants", "Programme.recipientCountries", "CoverageScheme.snapshots",
                "Dataset.organizations", "Dataset.targets")) {
            check(found.contains(name), name + " not found among " + found);
        }
    }
}
