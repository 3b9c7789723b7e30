package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * A named place in a country, such as a city, a commune or a region, optionally within a larger place.
 * <p>
 * Its level is named as its country names it ({@link AdministrativeLevel}): a commune of Abidjan, a moughataa of
 * Nouakchott, a wilaya of Algeria.
 * <p>
 * Rules: {@code required} (name, country), {@code place.parent-country} (a parent place lies in another country,
 * at {@code parent.country}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Place extends ModelObject {

    private static final Shape<Place> SHAPE = Shape.of(Place.class, Place::new, Builder::new)
        .checkedBy(Place::check);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<AdministrativeLevel> LEVEL = SHAPE.optional("level", AdministrativeLevel.class);
    private static final Prop<Place> PARENT = SHAPE.optional("parent", Place.class);

    private static final Rule PARENT_COUNTRY = SHAPE.error("place.parent-country",
        "a parent place must lie in the same country", COUNTRY);

    private Place(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a place by name and country.
     *
     * @param name  the name, not null
     * @param country  the country, not null
     * @return the place, not null
     * @throws NullPointerException if the name or the country is null
     */
    public static Place of(LocalizedText name, CountryCode country) {
        return SHAPE.make(NAME, name, COUNTRY, country);
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
     * Gets the name.
     *
     * @return the name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the country the place lies in.
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
     * @return the level, empty if not stated
     */
    public Optional<AdministrativeLevel> level() {
        return optional(LEVEL);
    }

    /**
     * Gets the larger place this one lies in, such as the city of a commune.
     *
     * @return the parent place, empty if none is stated
     */
    public Optional<Place> parent() {
        return optional(PARENT);
    }

    private static void check(Place place, Checker checker) {
        CountryCode country = place.value(COUNTRY);
        Place parent = place.value(PARENT);
        if (country != null && parent != null && !country.equals(parent.country())) {
            checker.report(PARENT_COUNTRY, "parent.country", parent.country());
        }
    }

    /**
     * Builds a {@link Place}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Place, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the name.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the country the place lies in.
         *
         * @param country  the value, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the administrative level, as the country names it.
         *
         * @param level  the value, not null
         * @return this builder
         */
        public Builder level(AdministrativeLevel level) {
            return set(LEVEL, level);
        }

        /**
         * Sets the larger place this one lies in, such as the city of a commune.
         *
         * @param parent  the value, not null
         * @return this builder
         */
        public Builder parent(Place parent) {
            return set(PARENT, parent);
        }
    }
}
