package org.uhcmodel.dataset;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.internal.DatasetRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/**
 * Every record of a collection of UHC facts in one aggregate: sources, organisations, persons, agreements,
 * governing bodies, events, programmes, coverage schemes, SDG indicator observations and targets.
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
 * <li>{@code dataset.charter-party-not-collective}: a charter with a single party has a network or federation as that
 *   party, never a person nor another kind of organisation.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@DatasetRules
public abstract class Dataset {

    Dataset() {
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
     * Gets the source documents.
     *
     * @return the unmodifiable sources, in the order added
     */
    public abstract List<@NotNull SourceDocument> sources();

    /**
     * Gets the organisations.
     *
     * @return the unmodifiable organisations, in the order added
     */
    public abstract List<@NotNull Organization> organizations();

    /**
     * Gets the persons.
     *
     * @return the unmodifiable persons, in the order added
     */
    public abstract List<@NotNull Person> persons();

    /**
     * Gets the agreements.
     *
     * @return the unmodifiable agreements, in the order added
     */
    public abstract List<@NotNull Agreement> agreements();

    /**
     * Gets the governing bodies.
     *
     * @return the unmodifiable governing bodies, in the order added
     */
    public abstract List<@NotNull GoverningBody> bodies();

    /**
     * Gets the events.
     *
     * @return the unmodifiable events, in the order added
     */
    public abstract List<@NotNull Event> events();

    /**
     * Gets the programmes.
     *
     * @return the unmodifiable programmes, in the order added
     */
    public abstract List<@NotNull Programme> programmes();

    /**
     * Gets the coverage schemes.
     *
     * @return the unmodifiable schemes, in the order added
     */
    public abstract List<@NotNull CoverageScheme> schemes();

    /**
     * Gets the SDG indicator observations.
     *
     * @return the unmodifiable observations, in the order added
     */
    public abstract List<@NotNull IndicatorObservation> observations();

    /**
     * Gets the SDG indicator targets.
     *
     * @return the unmodifiable targets, in the order added
     */
    public abstract List<@NotNull IndicatorTarget> targets();

    /**
     * Gets every entity of the dataset, in the order of the accessors above.
     *
     * @return the unmodifiable list of entities, not null
     */
    public List<Entity> entities() {
        return Collections.unmodifiableList(new ArrayList<>(index().values()));
    }

    /**
     * Finds an entity by id.
     *
     * @param id  the id, not null
     * @return the entity, empty if the dataset has none with that id
     */
    public Optional<Entity> find(EntityId id) {
        return Optional.ofNullable(index().get(Objects.requireNonNull(id, "id")));
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
     * Gets everything tagged with an SDG target: agreements, events, programmes and schemes that carry the tag,
     * and the indicator observations and targets of the target's indicators.
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
                observations().stream().filter(o -> o.indicator().target() == target),
                targets().stream().filter(t -> t.indicator().target() == target))
            .flatMap(s -> s.map(Entity.class::cast))
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
        return index().values().stream()
            .filter(e -> e.citations().stream().anyMatch(c -> c.source().equals(source)))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the number of entities.
     *
     * @return the number of entities, zero or more
     */
    public int size() {
        return index().size();
    }

    /** The entities by id, in dataset order; ids are unique once the dataset is built. */
    @Value.Lazy
    Map<EntityId, Entity> index() {
        Map<EntityId, Entity> map = new LinkedHashMap<>();
        Stream.of(sources(), organizations(), persons(), agreements(), bodies(), events(), programmes(), schemes(),
                observations(), targets())
            .flatMap(List::stream)
            .forEach(e -> map.put(e.id(), e));
        return Collections.unmodifiableMap(map);
    }

    @Value.Check
    void check() {
        Rules.check(this, Dataset.class);
    }

    /**
     * Builds a {@link Dataset}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableDataset.Builder {
        Builder() {
        }
    }
}
