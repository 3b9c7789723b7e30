package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Period;

/**
 * A service or good a {@link BenefitPackage} does not cover, such as cosmetic surgery or dental prostheses, with the
 * category it falls in when the source says so.
 * <p>
 * Rules: {@code required} (description).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Exclusion extends ModelObject {

    private static final Shape<Exclusion> SHAPE = Shape.of(Exclusion.class, Exclusion::new, Builder::new);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.required("description", LocalizedText.class);
    private static final Prop<ServiceCategory> CATEGORY = SHAPE.optional("category", ServiceCategory.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);

    private Exclusion(Object[] values) {
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
     * Gets what is not covered.
     *
     * @return the description, such as "chirurgie esthétique", not null
     */
    @NotNull
    public LocalizedText description() {
        return value(DESCRIPTION);
    }

    /**
     * Gets the category of services the exclusion falls in.
     *
     * @return the category, empty if not stated
     */
    public Optional<ServiceCategory> category() {
        return optional(CATEGORY);
    }

    /**
     * Gets when the exclusion applies.
     *
     * @return the period, empty if the exclusion applies whenever the package does
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Builds a {@link Exclusion}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Exclusion, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets what is not covered.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets the category of services the exclusion falls in.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder category(ServiceCategory category) {
            return set(CATEGORY, category);
        }

        /**
         * Sets when the exclusion applies.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }
    }
}
