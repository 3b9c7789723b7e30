package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Period;

/**
 * The accreditation a provider holds from a body, such as a national accreditation agency or the scheme itself, that
 * a {@link Contract} requires or records.
 * <p>
 * Rules: {@code required} (body), {@code not-blank} (reference).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Accreditation extends ModelObject {

    private static final Shape<Accreditation> SHAPE = Shape.of(Accreditation.class, Accreditation::new, Builder::new);
    private static final Prop<EntityId> BODY = SHAPE.required("body", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<String> REFERENCE = SHAPE.optional("reference", String.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);

    private Accreditation(Object[] values) {
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
     * Gets the body that accredits.
     *
     * @return the id of the accrediting organisation, not null
     */
    @NotNull
    public EntityId body() {
        return value(BODY);
    }

    /**
     * Gets the number of the accreditation.
     *
     * @return the reference, such as a certificate number, empty if not stated
     */
    public Optional<@NotBlank String> reference() {
        return optional(REFERENCE);
    }

    /**
     * Gets when the accreditation holds.
     *
     * @return the period, empty if not stated
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Builds a {@link Accreditation}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Accreditation, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the body that accredits.
         *
         * @param body  the value, not null
         * @return this builder
         */
        public Builder body(EntityId body) {
            return set(BODY, body);
        }

        /**
         * Sets the number of the accreditation.
         *
         * @param reference  the value, not null
         * @return this builder
         */
        public Builder reference(String reference) {
            return set(REFERENCE, reference);
        }

        /**
         * Sets when the accreditation holds.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }
    }
}
