package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;

/**
 * An edition of the method of an indicator: the definition and computation in force from a given monitoring round,
 * such as the 2023 edition of the UHC service coverage index, which replaced the prevalence of normal blood pressure by
 * the treatment of hypertension, or the 2025 revision of indicator 3.8.2.
 * <p>
 * Rules: {@code required} (code, description), {@code not-blank} (code, description).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MethodEdition extends ModelObject {

    private static final Shape<MethodEdition> SHAPE = Shape.of(MethodEdition.class,
            MethodEdition::new, Builder::new);
    private static final Prop<String> CODE = SHAPE.required("code", String.class);
    private static final Prop<String> DESCRIPTION = SHAPE.required("description", String.class);

    private MethodEdition(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an edition.
     *
     * @param code  the code, such as {@code 2023}, not blank, not null
     * @param description  what the edition is and where it is published, not blank, not null
     * @return the edition, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if an argument is blank
     */
    public static MethodEdition of(String code, String description) {
        return SHAPE.make(CODE, code, DESCRIPTION, description);
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
     * Gets the code of the edition, unique within its indicator.
     *
     * @return the code, such as {@code 2023}, not null
     */
    @NotNull
    @NotBlank
    public String code() {
        return value(CODE);
    }

    /**
     * Gets what the edition is and where it is published.
     *
     * @return the description, not null
     */
    @NotNull
    @NotBlank
    public String description() {
        return value(DESCRIPTION);
    }

    /**
     * Builds a {@link MethodEdition}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<MethodEdition, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the code of the edition, unique within its indicator.
         *
         * @param code  the value, not null
         * @return this builder
         */
        public Builder code(String code) {
            return set(CODE, code);
        }

        /**
         * Sets what the edition is and where it is published.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(String description) {
            return set(DESCRIPTION, description);
        }
    }
}
