package org.uhcmodel.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * A person named by a source, such as a minister who signs an agreement, with the positions the person holds.
 * <p>
 * The name is kept as given, in its own script: "Fayçal Bentaleb", "عبد الحق سايحي", "Дмитрий Пиневич".
 * <p>
 * Rules: {@code required} (id, name), {@code not-blank} (name),
 * {@code person.duplicate-position} (the same position twice; reported on the second, at {@code positions[i]}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Person extends ModelObject implements Entity {

    private static final Shape<Person> SHAPE = Shape.of(Person.class, Person::new, Builder::new)
        .entity(EntityKind.PERSON).checkedBy(Person::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<String> NAME = SHAPE.required("name", String.class);
    private static final Prop<Honorific> HONORIFIC = SHAPE.optional("honorific", Honorific.class);
    private static final Prop<Position> POSITIONS = SHAPE.list("positions", Position.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule DUPLICATE_POSITION = SHAPE.error("person.duplicate-position",
        "the same position is given twice");

    private Person(Object[] values) {
        super(SHAPE, values);
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
     * Gets the positions held in an organisation.
     *
     * @param organization  the id of the organisation, not null
     * @return the unmodifiable positions in that organisation, in order, empty if none
     */
    public List<Position> positionsAt(EntityId organization) {
        Optional<EntityId> wanted = Optional.of(Objects.requireNonNull(organization, "organization"));
        return positions().stream().filter(p -> p.organization().equals(wanted))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the name as the source gives it.
     *
     * @return the name, such as {@code Fayçal Bentaleb}, not blank
     */
    @NotNull
    @NotBlank
    public String name() {
        return value(NAME);
    }

    /**
     * Gets the honorific the source writes before the name.
     *
     * @return the honorific, empty if none
     */
    public Optional<Honorific> honorific() {
        return optional(HONORIFIC);
    }

    /**
     * Gets the positions the person holds or held.
     *
     * @return the unmodifiable positions, each at most once, empty if none is stated
     */
    public List<@NotNull Position> positions() {
        return list(POSITIONS);
    }

    /**
     * Gets the citations of the sources this record is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(Person person, Checker checker) {
        List<Position> positions = person.list(POSITIONS);
        if (positions.size() > 1) {
            Set<Position> seen = new HashSet<>();
            for (int i = 0; i < positions.size(); i++) {
                if (!seen.add(positions.get(i))) {
                    checker.report(DUPLICATE_POSITION, "positions[" + i + "]", positions.get(i));
                }
            }
        }
    }

    /**
     * Builds a {@link Person}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Person, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the name as the source gives it.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(String name) {
            return set(NAME, name);
        }

        /**
         * Sets the honorific the source writes before the name.
         *
         * @param honorific  the value, not null
         * @return this builder
         */
        public Builder honorific(Honorific honorific) {
            return set(HONORIFIC, honorific);
        }

        /**
         * Adds one of the positions the person holds or held.
         *
         * @param position  the value, not null
         * @return this builder
         */
        public Builder addPosition(Position position) {
            return add(POSITIONS, position);
        }

        /**
         * Adds, in order, the positions the person holds or held.
         *
         * @param positions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPositions(Iterable<? extends Position> positions) {
            return addAll(POSITIONS, positions);
        }

        /**
         * Replaces the positions the person holds or held.
         *
         * @param positions  the values, none null, not null
         * @return this builder
         */
        public Builder positions(Iterable<? extends Position> positions) {
            return setAll(POSITIONS, positions);
        }

        /**
         * Adds one of the citations of the sources this record is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this record is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this record is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
