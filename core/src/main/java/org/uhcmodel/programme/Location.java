package org.uhcmodel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.LocalizedText;

/**
 * A place within a recipient country where a programme works or its beneficiaries live, below the country: a named
 * site, an administrative area by its code, a point, from the IATI element location.
 * <p>
 * Rules: {@code not-blank} (reference), {@code location.empty} (a location with neither a reference, a name, an
 * administrative area nor a point).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Location extends ModelObject {

    private static final Shape<Location> SHAPE = Shape.of(Location.class, Location::new, Builder::new)
        .checkedBy(Location::check);
    private static final Prop<String> REFERENCE = SHAPE.optional("reference", String.class);
    private static final Prop<LocalizedText> NAME = SHAPE.optional("name", LocalizedText.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<GeographicLocationReach> REACH = SHAPE.optional("reach", GeographicLocationReach.class);
    private static final Prop<AdministrativeArea> ADMINISTRATIVE_AREAS =
        SHAPE.list("administrativeAreas", AdministrativeArea.class);
    private static final Prop<GeoPoint> POINT = SHAPE.optional("point", GeoPoint.class);
    private static final Prop<GeographicExactness> EXACTNESS = SHAPE.optional("exactness", GeographicExactness.class);

    private static final Rule EMPTY = SHAPE.error("location.empty",
        "a location needs a reference, a name, an administrative area or a point", NAME, ADMINISTRATIVE_AREAS, POINT);

    private Location(Object[] values) {
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
     * Gets the reference the reporting organisation gives the location.
     *
     * @return the reference, such as {@code DAR-NAIM}, empty if none
     */
    public Optional<@NotBlank String> reference() {
        return optional(REFERENCE);
    }

    /**
     * Gets the name of the location.
     *
     * @return the name, such as Dar Naim, empty if not stated
     */
    public Optional<LocalizedText> name() {
        return optional(NAME);
    }

    /**
     * Gets a description of the location.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets whether the programme works at the location or its beneficiaries live there.
     *
     * @return the reach, empty if not stated
     */
    public Optional<GeographicLocationReach> reach() {
        return optional(REACH);
    }

    /**
     * Gets the administrative areas the location lies in.
     *
     * @return the unmodifiable areas, empty if none is stated
     */
    public List<@NotNull AdministrativeArea> administrativeAreas() {
        return list(ADMINISTRATIVE_AREAS);
    }

    /**
     * Gets the point of the location.
     *
     * @return the point, empty if not stated
     */
    public Optional<GeoPoint> point() {
        return optional(POINT);
    }

    /**
     * Gets whether the location is exact or approximate.
     *
     * @return the exactness, empty if not stated
     */
    public Optional<GeographicExactness> exactness() {
        return optional(EXACTNESS);
    }

    private static void check(Location location, Checker checker) {
        if (location.reference().isEmpty() && location.name().isEmpty() && location.administrativeAreas().isEmpty()
            && location.point().isEmpty()) {
            checker.report(EMPTY, REFERENCE, null);
        }
    }

    /**
     * Builds a {@link Location}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Location, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the reference the reporting organisation gives the location.
         *
         * @param reference  the value, not null
         * @return this builder
         */
        public Builder reference(String reference) {
            return set(REFERENCE, reference);
        }

        /**
         * Sets the name of the location.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets a description of the location.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets whether the programme works at the location or its beneficiaries live there.
         *
         * @param reach  the value, not null
         * @return this builder
         */
        public Builder reach(GeographicLocationReach reach) {
            return set(REACH, reach);
        }

        /**
         * Adds one of the administrative areas the location lies in.
         *
         * @param administrativeArea  the value, not null
         * @return this builder
         */
        public Builder addAdministrativeArea(AdministrativeArea administrativeArea) {
            return add(ADMINISTRATIVE_AREAS, administrativeArea);
        }

        /**
         * Adds, in order, the administrative areas the location lies in.
         *
         * @param administrativeAreas  the values, none null, not null
         * @return this builder
         */
        public Builder addAllAdministrativeAreas(Iterable<? extends AdministrativeArea> administrativeAreas) {
            return addAll(ADMINISTRATIVE_AREAS, administrativeAreas);
        }

        /**
         * Replaces the administrative areas the location lies in.
         *
         * @param administrativeAreas  the values, none null, not null
         * @return this builder
         */
        public Builder administrativeAreas(Iterable<? extends AdministrativeArea> administrativeAreas) {
            return setAll(ADMINISTRATIVE_AREAS, administrativeAreas);
        }

        /**
         * Sets the point of the location.
         *
         * @param point  the value, not null
         * @return this builder
         */
        public Builder point(GeoPoint point) {
            return set(POINT, point);
        }

        /**
         * Sets whether the location is exact or approximate.
         *
         * @param exactness  the value, not null
         * @return this builder
         */
        public Builder exactness(GeographicExactness exactness) {
            return set(EXACTNESS, exactness);
        }
    }
}
