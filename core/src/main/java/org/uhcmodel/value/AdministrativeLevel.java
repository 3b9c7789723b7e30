package org.uhcmodel.value;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * A level of the administrative divisions of one country, named as the country names it, with its rank below the
 * country where it is known: Algeria's wilayas and Côte d'Ivoire's autonomous districts and districts are first-level
 * divisions (rank 1, the level of ISO 3166-2), Côte d'Ivoire's regions are second-level ones (rank 2), a commune may
 * be named without a rank.
 * <p>
 * Levels are not fixed across countries: a "district" is the first level in Côte d'Ivoire and the second in many other
 * countries, so a level is known by its name in its country and its rank, never by a shared list.
 * <p>
 * Rules: {@code required} (name), {@code administrative-level.rank-range} (a rank not from 1 to 9).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AdministrativeLevel extends ModelObject {

    private static final Shape<AdministrativeLevel> SHAPE = Shape.of(AdministrativeLevel.class,
        AdministrativeLevel::new, Builder::new);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<Integer> RANK = SHAPE.optional("rank", Integer.class);

    // Reported by the constraint of rank, which names it.
    private static final Rule RANK_RANGE = SHAPE.error("administrative-level.rank-range",
        "must be from 1, the country's first-level divisions, to 9");

    private AdministrativeLevel(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a level with its rank.
     *
     * @param rank  the rank below the country, 1 for the first-level divisions, at most 9
     * @param name  the name the country gives divisions of that level, such as {@code wilaya}, not null
     * @return the level, not null
     * @throws NullPointerException if the name is null
     * @throws org.uhcmodel.validation.ModelViolationException if the rank is not from 1 to 9
     */
    public static AdministrativeLevel of(int rank, LocalizedText name) {
        return SHAPE.make(NAME, name, RANK, rank);
    }

    /**
     * Obtains a level known by its name only, such as a city or a commune whose rank among the country's divisions
     * the source does not state.
     *
     * @param name  the name, such as {@code commune}, not null
     * @return the level, not null
     * @throws NullPointerException if the name is null
     */
    public static AdministrativeLevel named(LocalizedText name) {
        return SHAPE.make(NAME, name);
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
     * Gets the name the country gives divisions of this level.
     *
     * @return the name, such as {@code {fr: "district autonome"}}, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the rank below the country.
     *
     * @return the rank, 1 for the first-level divisions, up to 9; empty if not stated
     */
    public Optional<@Min(value = 1, message = "{administrative-level.rank-range}")
        @Max(value = 9, message = "{administrative-level.rank-range}") Integer> rank() {
        return optional(RANK);
    }

    /**
     * Builds an {@link AdministrativeLevel}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<AdministrativeLevel, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the name the country gives divisions of this level.
         *
         * @param name  the name, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the rank below the country.
         *
         * @param rank  the rank, 1 for the first-level divisions
         * @return this builder
         */
        public Builder rank(int rank) {
            return set(RANK, rank);
        }
    }
}
