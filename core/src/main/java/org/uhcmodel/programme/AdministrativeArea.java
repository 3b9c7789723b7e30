package org.uhcmodel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;

/**
 * An administrative area a location of a programme lies in, by its code in a gazetteer or boundary dataset, such as a
 * GeoNames id or a GADM code, from the IATI element location/administrative.
 * <p>
 * Rules: {@code required} (vocabulary, code), {@code not-blank} (code), {@code positive-or-zero} (level).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AdministrativeArea extends ModelObject {

    private static final Shape<AdministrativeArea> SHAPE = Shape.of(AdministrativeArea.class, AdministrativeArea::new, Builder::new);
    private static final Prop<GeographicVocabulary> VOCABULARY =
        SHAPE.required("vocabulary", GeographicVocabulary.class);
    private static final Prop<String> CODE = SHAPE.required("code", String.class);
    private static final Prop<Integer> LEVEL = SHAPE.optional("level", Integer.class);

    private AdministrativeArea(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an area with no level stated.
     *
     * @param vocabulary  the gazetteer or dataset, not null
     * @param code  the code of the area, not blank, not null
     * @return the area, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is blank
     */
    public static AdministrativeArea of(GeographicVocabulary vocabulary, String code) {
        return SHAPE.make(VOCABULARY, vocabulary, CODE, code);
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
     * Gets the gazetteer or dataset the code comes from.
     *
     * @return the vocabulary, not null
     */
    @NotNull
    public GeographicVocabulary vocabulary() {
        return value(VOCABULARY);
    }

    /**
     * Gets the code of the area in the vocabulary.
     *
     * @return the code, such as {@code 2377450} in GeoNames, not null
     */
    @NotNull
    @NotBlank
    public String code() {
        return value(CODE);
    }

    /**
     * Gets the administrative level, 0 for a country, 1 for its first subdivisions.
     *
     * @return the level, zero or more, empty if not stated
     */
    public Optional<@PositiveOrZero Integer> level() {
        return optional(LEVEL);
    }

    /**
     * Builds a {@link AdministrativeArea}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<AdministrativeArea, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the gazetteer or dataset the code comes from.
         *
         * @param vocabulary  the value, not null
         * @return this builder
         */
        public Builder vocabulary(GeographicVocabulary vocabulary) {
            return set(VOCABULARY, vocabulary);
        }

        /**
         * Sets the code of the area in the vocabulary.
         *
         * @param code  the value, not null
         * @return this builder
         */
        public Builder code(String code) {
            return set(CODE, code);
        }

        /**
         * Sets the administrative level.
         *
         * @param level  the value, not null
         * @return this builder
         */
        public Builder level(Integer level) {
            return set(LEVEL, level);
        }
    }
}
