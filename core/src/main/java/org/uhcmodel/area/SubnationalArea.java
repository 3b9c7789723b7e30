package org.uhcmodel.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

/**
 * An administrative division of a country that a dataset declares so that observations and targets can be given for
 * it, such as the wilaya of Algiers or the autonomous district of Abidjan: its country, its level as the country names
 * it, its code within the country, its name and the larger division it lies in.
 * <p>
 * Rules: {@code required} (id, country, level, name), {@code not-blank} (code); in a dataset,
 * {@code dataset.area-parent-cycle} (no area lies within itself through its parents), and the rules of
 * {@link org.uhcmodel.dataset.Dataset} on the parent's country and rank.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SubnationalArea extends ModelObject implements Entity {

    private static final Shape<SubnationalArea> SHAPE = Shape.of(SubnationalArea.class,
            SubnationalArea::new, Builder::new)
        .entity(EntityKind.AREA);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<AdministrativeLevel> LEVEL = SHAPE.required("level", AdministrativeLevel.class);
    private static final Prop<String> CODE = SHAPE.optional("code", String.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<EntityId> PARENT = SHAPE.optional("parent", EntityId.class)
        .refersTo(EntityKind.AREA)
        .acyclic("dataset.area-parent-cycle", "a sub-national area may not lie within itself through its parents");
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private SubnationalArea(Object[] values) {
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
     * Gets the id, unique within a dataset.
     *
     * @return the id, such as {@code dz-wilaya-16}, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the country the area lies in.
     *
     * @return the country, not null
     */
    @NotNull
    public CountryCode country() {
        return value(COUNTRY);
    }

    /**
     * Gets the administrative level, as the country names it.
     *
     * @return the level, such as a wilaya of rank 1, not null
     */
    @NotNull
    public AdministrativeLevel level() {
        return value(LEVEL);
    }

    /**
     * Gets the code of the area within its country, as the source gives it: an ISO 3166-2 subdivision code
     * ({@code DZ-16}) or a national statistical code.
     *
     * @return the code, empty if none is stated
     */
    public Optional<@NotBlank String> code() {
        return optional(CODE);
    }

    /**
     * Gets the name.
     *
     * @return the name, such as {@code {fr: "Wilaya d'Alger", ar: "ولاية الجزائر"}}, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the id of the larger area of the same country this one lies in.
     *
     * @return the id of a sub-national area of the dataset, empty for a first-level division
     */
    public Optional<EntityId> parent() {
        return optional(PARENT);
    }

    /**
     * Gets the citations of the sources the area is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Builds a {@link SubnationalArea}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<SubnationalArea, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id  the id, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the country the area lies in.
         *
         * @param country  the country, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the administrative level, as the country names it.
         *
         * @param level  the level, not null
         * @return this builder
         */
        public Builder level(AdministrativeLevel level) {
            return set(LEVEL, level);
        }

        /**
         * Sets the code of the area within its country.
         *
         * @param code  the code, such as {@code DZ-16}, not null
         * @return this builder
         */
        public Builder code(String code) {
            return set(CODE, code);
        }

        /**
         * Sets the name.
         *
         * @param name  the name, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the id of the larger area this one lies in.
         *
         * @param parent  the id, not null
         * @return this builder
         */
        public Builder parent(EntityId parent) {
            return set(PARENT, parent);
        }

        /**
         * Adds one of the citations of the sources the area is taken from.
         *
         * @param citation  the citation, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, citations of the sources the area is taken from.
         *
         * @param citations  the citations, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources the area is taken from.
         *
         * @param citations  the citations, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
