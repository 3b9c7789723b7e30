package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.LocalizedText;

/**
 * A category of a {@link DeclaredDimension}, such as a health district of a national breakdown.
 * <p>
 * Rules: {@code required} (code, name), {@code not-blank} (code).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DeclaredCategory extends ModelObject {

    private static final Shape<DeclaredCategory> SHAPE = Shape.of(DeclaredCategory.class,
            DeclaredCategory::new, Builder::new);
    private static final Prop<String> CODE = SHAPE.required("code", String.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);

    private DeclaredCategory(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a category.
     *
     * @param code  the code, not blank, not null
     * @param name  the name, not null
     * @return the category, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is blank
     */
    public static DeclaredCategory of(String code, LocalizedText name) {
        return SHAPE.make(CODE, code, NAME, name);
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
     * Gets the code observations name the category by.
     *
     * @return the code, unique within its dimension, not null
     */
    @NotNull
    @NotBlank
    public String code() {
        return value(CODE);
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
     * Builds a {@link DeclaredCategory}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<DeclaredCategory, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the code observations name the category by.
         *
         * @param code  the value, not null
         * @return this builder
         */
        public Builder code(String code) {
            return set(CODE, code);
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
    }
}
