package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.PlaceRules;
import org.uhcmodel.internal.Rules;

/**
 * A named place in a country, such as a city, a commune or a region, optionally within a larger place.
 * <p>
 * Rules: {@code required} (name, country), {@code place.parent-country} (a parent place lies in another country).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@PlaceRules
public abstract class Place {

    Place() {
    }

    /**
     * Obtains a place by name and country.
     *
     * @param name  the name, not null
     * @param country  the country, not null
     * @return the place, not null
     */
    public static Place of(LocalizedText name, CountryCode country) {
        return builder().name(name).country(country).build();
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
    public abstract LocalizedText name();

    /**
     * Gets the country the place lies in.
     *
     * @return the country, not null
     */
    @NotNull
    public abstract CountryCode country();

    /**
     * Gets the administrative level.
     *
     * @return the level, empty if not stated
     */
    public abstract Optional<AdministrativeLevel> level();

    /**
     * Gets the larger place this one lies in, such as the city of a commune.
     *
     * @return the parent place, empty if none is stated
     */
    public abstract Optional<Place> parent();

    @Value.Check
    void check() {
        Rules.check(this, Place.class);
    }

    /**
     * Builds a {@link Place}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutablePlace.Builder {
        Builder() {
        }
    }
}
