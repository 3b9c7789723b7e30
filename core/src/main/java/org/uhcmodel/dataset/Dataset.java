package org.uhcmodel.dataset;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.EntityIndex;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.References;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.meta.Property;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/**
 * Every record of a collection of UHC facts in one aggregate: sources, organisations, persons, agreements,
 * governing bodies, events, programmes, coverage schemes, SDG indicator observations and targets, purchaser-provider
 * contracts, and the sub-national areas, indicators and dimensions of disaggregation the dataset declares.
 * <p>
 * Beyond the rules of each record, a dataset enforces the rules that span records, all reported at once
 * with paths such as {@code agreements[3].signatories[0].person}:
 * <ul>
 * <li>{@code dataset.duplicate-id}: every id is unique across the whole dataset;</li>
 * <li>{@code dataset.unresolved-reference}: every reference names an entity of the dataset, and every citation a source;</li>
 * <li>{@code dataset.reference-type}: every reference names an entity of the right type (a signatory is a person,
 *   a party an organisation or a person, a framework an agreement or a programme);</li>
 * <li>{@code dataset.organization-parent-cycle}, {@code dataset.agreement-framework-cycle},
 *   {@code dataset.scheme-complements-cycle}: no organisation is its own ancestor, no agreement sits under
 *   itself, no scheme complements itself through others;</li>
 * <li>warning {@code dataset.charter-party-not-collective}: a charter with a single party usually has a network or
 *   federation as that party, not a person nor another kind of organisation;</li>
 * <li>{@code dataset.duplicate-observation}: no two observations share a natural key (indicator, series, area,
 *   period, categories and release), whether their values differ or not;</li>
 * <li>{@code dataset.unknown-indicator}: every observation and target names a built-in indicator or one the dataset
 *   declares; {@code dataset.indicator-code-taken}: a declared indicator has a code of its own, neither built in nor
 *   declared twice; observations and targets of a declared indicator follow its definition, under the rules of
 *   {@link IndicatorObservation} and {@link IndicatorTarget} ({@code indicator-observation.value-range} and the
 *   like);</li>
 * <li>{@code dataset.unknown-dimension}: every category is of a built-in or declared dimension, and one of a declared
 *   dimension's categories ({@code disaggregation.category-unknown}); {@code dataset.dimension-code-taken}: a
 *   declared dimension's id is not the code of a built-in one;</li>
 * <li>{@code dataset.subnational-area-country}: an observation or target of a sub-national area gives that area's
 *   country as its area; {@code dataset.area-parent-country} and {@code dataset.area-parent-rank}: a sub-national area
 *   lies in a larger area of the same country, of a lower rank; {@code dataset.area-parent-cycle}: no area lies
 *   within itself;</li>
 * <li>warning {@code dataset.legal-basis-kind}: a scheme's legal basis cites a source that is not a law, a decree or
 *   statutes, such as a news article reporting the law.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Dataset extends ModelObject {

    private static final Shape<Dataset> SHAPE = Shape.of(Dataset.class, Dataset::new, Builder::new)
        .checkedBy(Dataset::check);
    private static final Prop<SourceDocument> SOURCES = SHAPE.list("sources", SourceDocument.class);
    private static final Prop<Organization> ORGANIZATIONS = SHAPE.list("organizations", Organization.class);
    private static final Prop<Person> PERSONS = SHAPE.list("persons", Person.class);
    private static final Prop<Agreement> AGREEMENTS = SHAPE.list("agreements", Agreement.class);
    private static final Prop<GoverningBody> BODIES = SHAPE.list("bodies", GoverningBody.class);
    private static final Prop<Event> EVENTS = SHAPE.list("events", Event.class);
    private static final Prop<Programme> PROGRAMMES = SHAPE.list("programmes", Programme.class);
    private static final Prop<CoverageScheme> SCHEMES = SHAPE.list("schemes", CoverageScheme.class);
    private static final Prop<IndicatorObservation> OBSERVATIONS =
        SHAPE.list("observations", IndicatorObservation.class);
    private static final Prop<IndicatorTarget> TARGETS = SHAPE.list("targets", IndicatorTarget.class);
    private static final Prop<Contract> CONTRACTS = SHAPE.list("contracts", Contract.class);
    private static final Prop<SubnationalArea> AREAS = SHAPE.list("areas", SubnationalArea.class);
    private static final Prop<Indicator> INDICATORS = SHAPE.list("indicators", Indicator.class);
    private static final Prop<DeclaredDimension> DIMENSIONS = SHAPE.list("dimensions", DeclaredDimension.class);
    /** The collections of entities, in the order of the accessors; observations are values known by their key. */
    private static final List<Prop<?>> COLLECTIONS = List.of(SOURCES, ORGANIZATIONS, PERSONS, AGREEMENTS, BODIES,
        EVENTS, PROGRAMMES, SCHEMES, TARGETS, CONTRACTS, AREAS, INDICATORS, DIMENSIONS);

    private static final Rule DUPLICATE_ID = SHAPE.error("dataset.duplicate-id",
        "another entity of the dataset has this id");
    private static final Rule UNRESOLVED_REFERENCE = SHAPE.error("dataset.unresolved-reference",
        "names no entity of the dataset; expected type: {expected}");
    private static final Rule REFERENCE_TYPE = SHAPE.error("dataset.reference-type",
        "names an entity of type {actual}; expected type: {expected}");
    private static final Rule CHARTER_PARTY_NOT_COLLECTIVE = SHAPE.warning("dataset.charter-party-not-collective",
        "a charter with a single party usually has a network or federation as that party");
    private static final Rule DUPLICATE_OBSERVATION = SHAPE.error("dataset.duplicate-observation",
        "has the key of {first}: indicator, series, area, period, categories and release");
    private static final Rule UNKNOWN_INDICATOR = SHAPE.error("dataset.unknown-indicator",
        "names neither a built-in indicator nor one the dataset declares");
    private static final Rule INDICATOR_CODE_TAKEN = SHAPE.error("dataset.indicator-code-taken",
        "is the code of a built-in indicator or of another indicator of the dataset");
    private static final Rule UNKNOWN_DIMENSION = SHAPE.error("dataset.unknown-dimension",
        "names neither a built-in dimension nor one the dataset declares");
    private static final Rule DIMENSION_CODE_TAKEN = SHAPE.error("dataset.dimension-code-taken",
        "is the code of a built-in dimension");
    private static final Rule SUBNATIONAL_AREA_COUNTRY = SHAPE.error("dataset.subnational-area-country",
        "names a sub-national area of another country than the area {country}");
    private static final Rule AREA_PARENT_COUNTRY = SHAPE.error("dataset.area-parent-country",
        "names an area of another country");
    private static final Rule AREA_PARENT_RANK = SHAPE.error("dataset.area-parent-rank",
        "names an area whose rank is not lower than this one's");
    private static final Rule LEGAL_BASIS_KIND = SHAPE.warning("dataset.legal-basis-kind",
        "the legal basis of a scheme is usually a law, a decree or statutes; this source is a {actual}");

    /** The entities by id, in dataset order, the first of each id only. */
    private final EntityIndex index;
    /** The paths and values of the ids that an earlier entity of the dataset already has, in dataset order. */
    private final List<Map.Entry<String, EntityId>> duplicates;
    /** What resolving the references of every entity and observation found, reported by the check. */
    private final References references;

    private Dataset(Object[] values) {
        super(SHAPE, values);
        int count = 0;
        for (Prop<?> collection : COLLECTIONS) {
            count += list(collection).size();
        }
        EntityIndex entities = new EntityIndex(count);
        References resolved = new References(entities);
        List<Map.Entry<String, EntityId>> repeated = new ArrayList<>(0);
        for (Prop<?> collection : COLLECTIONS) {
            List<?> held = list(collection);
            for (int i = 0; i < held.size(); i++) {
                Entity entity = (Entity) held.get(i);
                if (!entities.add(entity)) {
                    repeated.add(Map.entry(collection.name() + "[" + i + "].id", entity.id()));
                }
                // Walked now, while the entity is in the caches, rather than in a pass of its own over every entity.
                resolved.walk(collection.name(), i, entity);
            }
        }
        List<?> observations = list(OBSERVATIONS);
        for (int i = 0; i < observations.size(); i++) {
            resolved.walk(OBSERVATIONS.name(), i, observations.get(i));
        }
        resolved.finish();
        this.index = entities;
        this.duplicates = repeated;
        this.references = resolved;
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets every entity of the dataset, in the order of the accessors above.
     *
     * @return the unmodifiable list of entities, not null
     */
    public List<Entity> entities() {
        return List.copyOf(index.entities());
    }

    /**
     * Finds an entity by id.
     *
     * @param id  the id, not null
     * @return the entity, empty if the dataset has none with that id
     */
    public Optional<Entity> find(EntityId id) {
        return Optional.ofNullable(index.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds an entity of a given type by id.
     *
     * @param <T>  the entity type
     * @param id  the id, not null
     * @param type  the expected type, such as {@code Organization.class}, not null
     * @return the entity, empty if there is none with that id or it is of another type
     */
    public <T extends Entity> Optional<T> find(EntityId id, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return find(id).filter(type::isInstance).map(type::cast);
    }

    /**
     * Gets the agreements an actor takes part in: as a party, in any role (an organisation or a person), or as a
     * signatory (a person).
     *
     * @param actor  the id of the organisation or person, not null
     * @return the unmodifiable agreements, in dataset order, empty if none
     */
    public List<Agreement> agreementsOf(EntityId actor) {
        Objects.requireNonNull(actor, "actor");
        return agreements().stream()
            .filter(a -> a.parties().stream().anyMatch(p -> p.actor().equals(actor))
                || a.signatories().stream().anyMatch(s -> s.person().equals(actor)))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the coverage schemes of a country.
     *
     * @param country  the country, not null
     * @return the unmodifiable schemes, in dataset order, empty if none
     */
    public List<CoverageScheme> schemesIn(CountryCode country) {
        Objects.requireNonNull(country, "country");
        return schemes().stream().filter(s -> s.country().equals(country)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the contracts that buy care for the members of a scheme.
     *
     * @param scheme  the id of the scheme, not null
     * @return the unmodifiable contracts, in dataset order, empty if none
     */
    public List<Contract> contractsOf(EntityId scheme) {
        Objects.requireNonNull(scheme, "scheme");
        List<Contract> found = new ArrayList<>();
        for (Contract contract : contracts()) {
            if (contract.schemes().contains(scheme)) {
                found.add(contract);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets the provider network of a scheme: the providers named by the contracts that buy care for its members.
     *
     * @param scheme  the id of the scheme, not null
     * @return the unmodifiable ids of the providers, in dataset order, without repetition, empty if none
     */
    public List<EntityId> networkOf(EntityId scheme) {
        Objects.requireNonNull(scheme, "scheme");
        return network(scheme, null);
    }

    /**
     * Gets the provider network of a scheme on a day: the providers named by the contracts that buy care for its
     * members and that may be in force on that day.
     *
     * @param scheme  the id of the scheme, not null
     * @param date  the day, not null
     * @return the unmodifiable ids of the providers, in dataset order, without repetition, empty if none
     */
    public List<EntityId> networkOf(EntityId scheme, LocalDate date) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(date, "date");
        return network(scheme, date);
    }

    private List<EntityId> network(EntityId scheme, LocalDate date) {
        Set<EntityId> found = new LinkedHashSet<>();
        for (Contract contract : contractsOf(scheme)) {
            if (date == null || contract.isInForceOn(date)) {
                found.addAll(contract.providers());
            }
        }
        return List.copyOf(found);
    }

    /**
     * Gets the components of a scheme: the schemes that name it as the scheme they are part of, such as the
     * contributory and non-contributory regimes of a universal health insurance.
     *
     * @param scheme  the id of the scheme, not null
     * @return the unmodifiable schemes, in dataset order, empty if none
     */
    public List<CoverageScheme> componentsOf(EntityId scheme) {
        Objects.requireNonNull(scheme, "scheme");
        List<CoverageScheme> found = new ArrayList<>();
        for (CoverageScheme candidate : schemes()) {
            if (candidate.partOf().filter(scheme::equals).isPresent()) {
                found.add(candidate);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets everything tagged with an SDG target: agreements, events, programmes and schemes that carry the tag,
     * the indicator targets of the target's indicators, and the indicators the dataset declares for it. Observations
     * are not entities: see {@link #observationsOf(IndicatorCode)}.
     *
     * @param target  the SDG target, not null
     * @return the unmodifiable entities, in dataset order, empty if none
     */
    public List<Entity> taggedWith(SdgTarget target) {
        Objects.requireNonNull(target, "target");
        return Stream.of(
                agreements().stream().filter(a -> a.sdgTargets().contains(target)),
                events().stream().filter(e -> e.sdgTargets().contains(target)),
                programmes().stream().filter(p -> p.sdgTargets().contains(target)),
                schemes().stream().filter(s -> s.sdgTargets().contains(target)),
                targets().stream()
                    .filter(t -> findIndicator(t.indicator()).flatMap(Indicator::sdgTarget).orElse(null) == target),
                indicators().stream().filter(i -> i.sdgTarget().orElse(null) == target))
            .flatMap(s -> s.map(Entity.class::cast))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds an indicator by code: a built-in one, or one the dataset declares.
     *
     * @param code  the code, such as {@code 3.8.1}, not null
     * @return the indicator, empty if neither a built-in nor a declared indicator has that code
     */
    public Optional<Indicator> findIndicator(IndicatorCode code) {
        Optional<Indicator> builtIn = SdgIndicators.find(Objects.requireNonNull(code, "code"));
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Gets the observations of an indicator.
     *
     * @param indicator  the code of the indicator, not null
     * @return the unmodifiable observations, in dataset order, empty if none
     */
    public List<IndicatorObservation> observationsOf(IndicatorCode indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return observations().stream().filter(o -> o.indicator().equals(indicator))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the entities that cite a source.
     *
     * @param source  the id of the source document, not null
     * @return the unmodifiable entities, in dataset order, empty if none
     */
    public List<Entity> citing(EntityId source) {
        Objects.requireNonNull(source, "source");
        return index.entities().stream()
            .filter(e -> e.citations().stream().anyMatch(c -> c.source().equals(source)))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the number of entities.
     *
     * @return the number of entities, zero or more
     */
    public int size() {
        return index.size();
    }

    /**
     * Gets the warnings of the dataset: the implausible facts of its records and across them, each at its path.
     *
     * @return the unmodifiable warnings, in a stable order, empty if none
     */
    public List<Violation> warnings() {
        return SHAPE.warnings(this);
    }

    /** The types of entity the dataset holds, one per collection. */
    private static List<Class<?>> entityTypes() {
        List<Class<?>> types = new ArrayList<>(COLLECTIONS.size());
        for (Prop<?> collection : COLLECTIONS) {
            types.add(collection.valueType());
        }
        return types;
    }

    private static void check(Dataset dataset, Checker checker) {
        if (checker.wants(DUPLICATE_ID)) {
            for (Map.Entry<String, EntityId> duplicate : dataset.duplicates) {
                checker.report(DUPLICATE_ID, duplicate.getKey(), duplicate.getValue());
            }
            dataset.references.report(UNRESOLVED_REFERENCE, REFERENCE_TYPE, checker, entityTypes());
            for (Prop<?> collection : COLLECTIONS) {
                List<?> entities = dataset.list(collection);
                if (entities.isEmpty()) {
                    // The description of a type no record has is not read.
                    continue;
                }
                for (Property<?> property : Shape.find(collection.valueType()).properties()) {
                    if (property.cycleRule().isPresent()) {
                        dataset.references.acyclic(collection.name(), entities, (Prop<?>) property, checker);
                    }
                }
            }
        }
        if (checker.wants(LEGAL_BASIS_KIND)) {
            List<CoverageScheme> schemes = dataset.schemes();
            for (int i = 0; i < schemes.size(); i++) {
                List<Citation> basis = schemes.get(i).legalBasis();
                for (int j = 0; j < basis.size(); j++) {
                    Entity source = dataset.index.get(basis.get(j).source());
                    if (source instanceof SourceDocument && !isLegal(((SourceDocument) source).kind())) {
                        checker.report(LEGAL_BASIS_KIND, "schemes[" + i + "].legalBasis[" + j + "].source",
                            basis.get(j).source(), Map.of("actual", ((SourceDocument) source).kind().label()));
                    }
                }
            }
        }
        checkMonitoring(dataset, checker);
        if (checker.wants(CHARTER_PARTY_NOT_COLLECTIVE)) {
            List<Agreement> agreements = dataset.agreements();
            for (int i = 0; i < agreements.size(); i++) {
                Agreement agreement = agreements.get(i);
                if (agreement.kind() != AgreementKind.CHARTER || agreement.actors().size() != 1) {
                    continue;
                }
                Entity party = dataset.index.get(agreement.actors().get(0));
                // A person is never collective; an unresolved or wrongly typed party is reported as a reference.
                if (party instanceof Person
                    || party instanceof Organization && !((Organization) party).kind().isCollective()) {
                    checker.report(CHARTER_PARTY_NOT_COLLECTIVE, "agreements[" + i + "].parties",
                        agreement.actors().get(0));
                }
            }
        }
    }

    /** The rules of observations, targets and what the dataset declares for them. */
    private static void checkMonitoring(Dataset dataset, Checker checker) {
        Map<IndicatorCode, Indicator> declared = new HashMap<>();
        List<Indicator> indicators = dataset.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorCode code = indicators.get(i).code();
            if (SdgIndicators.isBuiltIn(code) || declared.putIfAbsent(code, indicators.get(i)) != null) {
                checker.report(INDICATOR_CODE_TAKEN, INDICATORS.name() + "[" + i + "].code", code);
            }
        }
        Map<String, DeclaredDimension> dimensions = new HashMap<>();
        List<DeclaredDimension> declaredDimensions = dataset.dimensions();
        for (int i = 0; i < declaredDimensions.size(); i++) {
            DeclaredDimension dimension = declaredDimensions.get(i);
            if (DisaggregationDimension.find(dimension.id().toString()).isPresent()) {
                checker.report(DIMENSION_CODE_TAKEN, DIMENSIONS.name() + "[" + i + "].id", dimension.id());
            } else {
                dimensions.putIfAbsent(dimension.id().toString(), dimension);
            }
        }
        checkAreas(dataset, checker);
        List<IndicatorObservation> observations = dataset.observations();
        Map<ObservationKey, Integer> keys = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            IndicatorObservation observation = observations.get(i);
            String path = OBSERVATIONS.name() + "[" + i + "]";
            if (checker.wants(DUPLICATE_OBSERVATION)) {
                Integer first = keys.putIfAbsent(observation.key(), i);
                if (first != null) {
                    checker.report(DUPLICATE_OBSERVATION, path, observation.key(),
                        Map.of("first", OBSERVATIONS.name() + "[" + first + "]"));
                }
            }
            Indicator indicator = declared.get(observation.indicator());
            if (indicator != null) {
                if (checker.wants(UNKNOWN_INDICATOR)) {
                    checker.addAll(observation.conformity(indicator), path);
                }
            } else if (!SdgIndicators.isBuiltIn(observation.indicator())) {
                checker.report(UNKNOWN_INDICATOR, path + ".indicator", observation.indicator());
            }
            checkDimensions(observation.dimensions(), dimensions, path, checker);
            checkSubnational(dataset, observation.subnationalArea(), observation.area(), path, checker);
        }
        List<IndicatorTarget> targets = dataset.targets();
        for (int i = 0; i < targets.size(); i++) {
            IndicatorTarget target = targets.get(i);
            String path = TARGETS.name() + "[" + i + "]";
            Indicator indicator = declared.get(target.indicator());
            if (indicator != null) {
                checker.addAll(checker.wants(UNKNOWN_INDICATOR) ? target.conformity(indicator)
                    : target.warningsAgainst(indicator), path);
            } else if (!SdgIndicators.isBuiltIn(target.indicator())) {
                checker.report(UNKNOWN_INDICATOR, path + ".indicator", target.indicator());
            }
            checkDimensions(target.dimensions(), dimensions, path, checker);
            checkSubnational(dataset, target.subnationalArea(), target.area(), path, checker);
        }
    }

    private static void checkDimensions(Set<Disaggregation> categories, Map<String, DeclaredDimension> declared,
                                        String path, Checker checker) {
        int k = 0;
        for (Disaggregation category : categories) {
            if (category.builtInDimension().isEmpty()) {
                DeclaredDimension dimension = declared.get(category.dimension());
                if (dimension == null) {
                    checker.report(UNKNOWN_DIMENSION, path + ".dimensions[" + k + "].dimension", category.dimension());
                } else if (checker.wants(UNKNOWN_DIMENSION)) {
                    checker.addAll(category.conformity(dimension), path + ".dimensions[" + k + "]");
                }
            }
            k++;
        }
    }

    private static void checkSubnational(Dataset dataset, Optional<EntityId> subnational,
                                         Area area, String path, Checker checker) {
        if (subnational.isEmpty() || area.country().isEmpty()) {
            return;
        }
        Entity found = dataset.index.get(subnational.get());
        if (found instanceof SubnationalArea && !((SubnationalArea) found).country().equals(area.country().get())) {
            checker.report(SUBNATIONAL_AREA_COUNTRY, path + ".subnationalArea", subnational.get(),
                Map.of("country", area));
        }
    }

    private static void checkAreas(Dataset dataset, Checker checker) {
        List<SubnationalArea> areas = dataset.areas();
        for (int i = 0; i < areas.size(); i++) {
            SubnationalArea area = areas.get(i);
            if (area.parent().isEmpty()) {
                continue;
            }
            Entity found = dataset.index.get(area.parent().get());
            if (!(found instanceof SubnationalArea)) {
                continue;
            }
            SubnationalArea parent = (SubnationalArea) found;
            String path = AREAS.name() + "[" + i + "].parent";
            if (!parent.country().equals(area.country())) {
                checker.report(AREA_PARENT_COUNTRY, path, area.parent().get());
            }
            Optional<Integer> rank = area.level().rank();
            Optional<Integer> parentRank = parent.level().rank();
            if (rank.isPresent() && parentRank.isPresent() && parentRank.get() >= rank.get()) {
                checker.report(AREA_PARENT_RANK, path, area.parent().get());
            }
        }
    }

    /** Whether a kind of source can found a scheme. */
    private static boolean isLegal(SourceKind kind) {
        return kind == SourceKind.LAW || kind == SourceKind.DECREE || kind == SourceKind.STATUTE;
    }

    /**
     * Gets the source documents.
     *
     * @return the unmodifiable sources, in the order added
     */
    public List<@NotNull SourceDocument> sources() {
        return list(SOURCES);
    }

    /**
     * Gets the organisations.
     *
     * @return the unmodifiable organisations, in the order added
     */
    public List<@NotNull Organization> organizations() {
        return list(ORGANIZATIONS);
    }

    /**
     * Gets the persons.
     *
     * @return the unmodifiable persons, in the order added
     */
    public List<@NotNull Person> persons() {
        return list(PERSONS);
    }

    /**
     * Gets the agreements.
     *
     * @return the unmodifiable agreements, in the order added
     */
    public List<@NotNull Agreement> agreements() {
        return list(AGREEMENTS);
    }

    /**
     * Gets the governing bodies.
     *
     * @return the unmodifiable governing bodies, in the order added
     */
    public List<@NotNull GoverningBody> bodies() {
        return list(BODIES);
    }

    /**
     * Gets the events.
     *
     * @return the unmodifiable events, in the order added
     */
    public List<@NotNull Event> events() {
        return list(EVENTS);
    }

    /**
     * Gets the programmes.
     *
     * @return the unmodifiable programmes, in the order added
     */
    public List<@NotNull Programme> programmes() {
        return list(PROGRAMMES);
    }

    /**
     * Gets the coverage schemes.
     *
     * @return the unmodifiable schemes, in the order added
     */
    public List<@NotNull CoverageScheme> schemes() {
        return list(SCHEMES);
    }

    /**
     * Gets the SDG indicator observations.
     *
     * @return the unmodifiable observations, in the order added
     */
    public List<@NotNull IndicatorObservation> observations() {
        return list(OBSERVATIONS);
    }

    /**
     * Gets the SDG indicator targets.
     *
     * @return the unmodifiable targets, in the order added
     */
    public List<@NotNull IndicatorTarget> targets() {
        return list(TARGETS);
    }

    /**
     * Gets the purchaser-provider contracts.
     *
     * @return the unmodifiable contracts, in the order added
     */
    public List<@NotNull Contract> contracts() {
        return list(CONTRACTS);
    }

    /**
     * Gets the sub-national areas the dataset declares.
     *
     * @return the unmodifiable areas, in the order added
     */
    public List<@NotNull SubnationalArea> areas() {
        return list(AREAS);
    }

    /**
     * Gets the indicators the dataset declares, beside the built-in ones.
     *
     * @return the unmodifiable indicators, in the order added
     */
    public List<@NotNull Indicator> indicators() {
        return list(INDICATORS);
    }

    /**
     * Gets the dimensions of disaggregation the dataset declares, beside the built-in ones.
     *
     * @return the unmodifiable dimensions, in the order added
     */
    public List<@NotNull DeclaredDimension> dimensions() {
        return list(DIMENSIONS);
    }

    /**
     * Builds a {@link Dataset}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Dataset, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Adds one of the source documents.
         *
         * @param source  the value, not null
         * @return this builder
         */
        public Builder addSource(SourceDocument source) {
            return add(SOURCES, source);
        }

        /**
         * Adds, in order, the source documents.
         *
         * @param sources  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSources(Iterable<? extends SourceDocument> sources) {
            return addAll(SOURCES, sources);
        }

        /**
         * Replaces the source documents.
         *
         * @param sources  the values, none null, not null
         * @return this builder
         */
        public Builder sources(Iterable<? extends SourceDocument> sources) {
            return setAll(SOURCES, sources);
        }

        /**
         * Adds one of the organisations.
         *
         * @param organization  the value, not null
         * @return this builder
         */
        public Builder addOrganization(Organization organization) {
            return add(ORGANIZATIONS, organization);
        }

        /**
         * Adds, in order, the organisations.
         *
         * @param organizations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllOrganizations(Iterable<? extends Organization> organizations) {
            return addAll(ORGANIZATIONS, organizations);
        }

        /**
         * Replaces the organisations.
         *
         * @param organizations  the values, none null, not null
         * @return this builder
         */
        public Builder organizations(Iterable<? extends Organization> organizations) {
            return setAll(ORGANIZATIONS, organizations);
        }

        /**
         * Adds one of the persons.
         *
         * @param person  the value, not null
         * @return this builder
         */
        public Builder addPerson(Person person) {
            return add(PERSONS, person);
        }

        /**
         * Adds, in order, the persons.
         *
         * @param persons  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPersons(Iterable<? extends Person> persons) {
            return addAll(PERSONS, persons);
        }

        /**
         * Replaces the persons.
         *
         * @param persons  the values, none null, not null
         * @return this builder
         */
        public Builder persons(Iterable<? extends Person> persons) {
            return setAll(PERSONS, persons);
        }

        /**
         * Adds one of the agreements.
         *
         * @param agreement  the value, not null
         * @return this builder
         */
        public Builder addAgreement(Agreement agreement) {
            return add(AGREEMENTS, agreement);
        }

        /**
         * Adds, in order, the agreements.
         *
         * @param agreements  the values, none null, not null
         * @return this builder
         */
        public Builder addAllAgreements(Iterable<? extends Agreement> agreements) {
            return addAll(AGREEMENTS, agreements);
        }

        /**
         * Replaces the agreements.
         *
         * @param agreements  the values, none null, not null
         * @return this builder
         */
        public Builder agreements(Iterable<? extends Agreement> agreements) {
            return setAll(AGREEMENTS, agreements);
        }

        /**
         * Adds one of the governing bodies.
         *
         * @param body  the value, not null
         * @return this builder
         */
        public Builder addBody(GoverningBody body) {
            return add(BODIES, body);
        }

        /**
         * Adds, in order, the governing bodies.
         *
         * @param bodies  the values, none null, not null
         * @return this builder
         */
        public Builder addAllBodies(Iterable<? extends GoverningBody> bodies) {
            return addAll(BODIES, bodies);
        }

        /**
         * Replaces the governing bodies.
         *
         * @param bodies  the values, none null, not null
         * @return this builder
         */
        public Builder bodies(Iterable<? extends GoverningBody> bodies) {
            return setAll(BODIES, bodies);
        }

        /**
         * Adds one of the events.
         *
         * @param event  the value, not null
         * @return this builder
         */
        public Builder addEvent(Event event) {
            return add(EVENTS, event);
        }

        /**
         * Adds, in order, the events.
         *
         * @param events  the values, none null, not null
         * @return this builder
         */
        public Builder addAllEvents(Iterable<? extends Event> events) {
            return addAll(EVENTS, events);
        }

        /**
         * Replaces the events.
         *
         * @param events  the values, none null, not null
         * @return this builder
         */
        public Builder events(Iterable<? extends Event> events) {
            return setAll(EVENTS, events);
        }

        /**
         * Adds one of the programmes.
         *
         * @param programme  the value, not null
         * @return this builder
         */
        public Builder addProgramme(Programme programme) {
            return add(PROGRAMMES, programme);
        }

        /**
         * Adds, in order, the programmes.
         *
         * @param programmes  the values, none null, not null
         * @return this builder
         */
        public Builder addAllProgrammes(Iterable<? extends Programme> programmes) {
            return addAll(PROGRAMMES, programmes);
        }

        /**
         * Replaces the programmes.
         *
         * @param programmes  the values, none null, not null
         * @return this builder
         */
        public Builder programmes(Iterable<? extends Programme> programmes) {
            return setAll(PROGRAMMES, programmes);
        }

        /**
         * Adds one of the coverage schemes.
         *
         * @param scheme  the value, not null
         * @return this builder
         */
        public Builder addScheme(CoverageScheme scheme) {
            return add(SCHEMES, scheme);
        }

        /**
         * Adds, in order, the coverage schemes.
         *
         * @param schemes  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSchemes(Iterable<? extends CoverageScheme> schemes) {
            return addAll(SCHEMES, schemes);
        }

        /**
         * Replaces the coverage schemes.
         *
         * @param schemes  the values, none null, not null
         * @return this builder
         */
        public Builder schemes(Iterable<? extends CoverageScheme> schemes) {
            return setAll(SCHEMES, schemes);
        }

        /**
         * Adds one of the SDG indicator observations.
         *
         * @param observation  the value, not null
         * @return this builder
         */
        public Builder addObservation(IndicatorObservation observation) {
            return add(OBSERVATIONS, observation);
        }

        /**
         * Adds, in order, the SDG indicator observations.
         *
         * @param observations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllObservations(Iterable<? extends IndicatorObservation> observations) {
            return addAll(OBSERVATIONS, observations);
        }

        /**
         * Replaces the SDG indicator observations.
         *
         * @param observations  the values, none null, not null
         * @return this builder
         */
        public Builder observations(Iterable<? extends IndicatorObservation> observations) {
            return setAll(OBSERVATIONS, observations);
        }

        /**
         * Adds one of the SDG indicator targets.
         *
         * @param target  the value, not null
         * @return this builder
         */
        public Builder addTarget(IndicatorTarget target) {
            return add(TARGETS, target);
        }

        /**
         * Adds, in order, the SDG indicator targets.
         *
         * @param targets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllTargets(Iterable<? extends IndicatorTarget> targets) {
            return addAll(TARGETS, targets);
        }

        /**
         * Replaces the SDG indicator targets.
         *
         * @param targets  the values, none null, not null
         * @return this builder
         */
        public Builder targets(Iterable<? extends IndicatorTarget> targets) {
            return setAll(TARGETS, targets);
        }

        /**
         * Adds one of the purchaser-provider contracts.
         *
         * @param contract  the value, not null
         * @return this builder
         */
        public Builder addContract(Contract contract) {
            return add(CONTRACTS, contract);
        }

        /**
         * Adds, in order, the purchaser-provider contracts.
         *
         * @param contracts  the values, none null, not null
         * @return this builder
         */
        public Builder addAllContracts(Iterable<? extends Contract> contracts) {
            return addAll(CONTRACTS, contracts);
        }

        /**
         * Replaces the purchaser-provider contracts.
         *
         * @param contracts  the values, none null, not null
         * @return this builder
         */
        public Builder contracts(Iterable<? extends Contract> contracts) {
            return setAll(CONTRACTS, contracts);
        }

        /**
         * Adds one of the sub-national areas.
         *
         * @param area  the value, not null
         * @return this builder
         */
        public Builder addArea(SubnationalArea area) {
            return add(AREAS, area);
        }

        /**
         * Adds, in order, the sub-national areas.
         *
         * @param areas  the values, none null, not null
         * @return this builder
         */
        public Builder addAllAreas(Iterable<? extends SubnationalArea> areas) {
            return addAll(AREAS, areas);
        }

        /**
         * Replaces the sub-national areas.
         *
         * @param areas  the values, none null, not null
         * @return this builder
         */
        public Builder areas(Iterable<? extends SubnationalArea> areas) {
            return setAll(AREAS, areas);
        }

        /**
         * Adds one of the declared indicators.
         *
         * @param indicator  the value, not null
         * @return this builder
         */
        public Builder addIndicator(Indicator indicator) {
            return add(INDICATORS, indicator);
        }

        /**
         * Adds, in order, the declared indicators.
         *
         * @param indicators  the values, none null, not null
         * @return this builder
         */
        public Builder addAllIndicators(Iterable<? extends Indicator> indicators) {
            return addAll(INDICATORS, indicators);
        }

        /**
         * Replaces the declared indicators.
         *
         * @param indicators  the values, none null, not null
         * @return this builder
         */
        public Builder indicators(Iterable<? extends Indicator> indicators) {
            return setAll(INDICATORS, indicators);
        }

        /**
         * Adds one of the declared dimensions.
         *
         * @param dimension  the value, not null
         * @return this builder
         */
        public Builder addDimension(DeclaredDimension dimension) {
            return add(DIMENSIONS, dimension);
        }

        /**
         * Adds, in order, the declared dimensions.
         *
         * @param dimensions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDimensions(Iterable<? extends DeclaredDimension> dimensions) {
            return addAll(DIMENSIONS, dimensions);
        }

        /**
         * Replaces the declared dimensions.
         *
         * @param dimensions  the values, none null, not null
         * @return this builder
         */
        public Builder dimensions(Iterable<? extends DeclaredDimension> dimensions) {
            return setAll(DIMENSIONS, dimensions);
        }
    }
}
