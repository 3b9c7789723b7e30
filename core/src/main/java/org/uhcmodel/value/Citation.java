package org.uhcmodel.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;

/**
 * A reference to the source document a record is taken from, optionally to a place in it (a paragraph).
 * <p>
 * The source is named by id; a dataset checks that it names a {@link org.uhcmodel.source.SourceDocument}.
 * <p>
 * Rules: {@code required} (source), {@code not-blank} (locator).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Citation extends ModelObject {

    private static final Shape<Citation> SHAPE = Shape.of(Citation.class, Citation::new, Builder::new);
    private static final Prop<EntityId> SOURCE = SHAPE.required("source", EntityId.class).refersTo(EntityKind.SOURCE);
    private static final Prop<String> LOCATOR = SHAPE.optional("locator", String.class);

    private Citation(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a citation of a whole source.
     *
     * @param source  the id of the source document, not null
     * @return the citation, not null
     * @throws NullPointerException if the source is null
     */
    public static Citation of(EntityId source) {
        return SHAPE.make(SOURCE, source);
    }

    /**
     * Obtains a citation of a place in a source.
     *
     * @param source  the id of the source document, not null
     * @param locator  where in the source, such as {@code paragraph 3}, not blank, not null
     * @return the citation, not null
     * @throws NullPointerException if the source or the locator is null
     * @throws org.uhcmodel.validation.ModelViolationException if the locator is blank
     */
    public static Citation of(EntityId source, String locator) {
        return SHAPE.make(SOURCE, source, LOCATOR, locator);
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
     * Gets the id of the cited source document.
     *
     * @return the source id, not null
     */
    @NotNull
    public EntityId source() {
        return value(SOURCE);
    }

    /**
     * Gets where in the source the fact stands.
     *
     * @return the locator, such as {@code paragraph 3}, empty for the whole source
     */
    public Optional<@NotBlank String> locator() {
        return optional(LOCATOR);
    }

    /**
     * Builds a {@link Citation}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Citation, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id of the cited source document.
         *
         * @param source  the id, not null
         * @return this builder
         */
        public Builder source(EntityId source) {
            return set(SOURCE, source);
        }

        /**
         * Sets where in the source the fact stands.
         *
         * @param locator  the locator, such as {@code paragraph 3}, not blank, not null
         * @return this builder
         */
        public Builder locator(String locator) {
            return set(LOCATOR, locator);
        }
    }
}
