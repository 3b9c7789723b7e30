package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * Another identifier of a programme than its IATI activity identifier, such as the code its reporting organisation
 * gives it internally ({@code MRT21001} at Enabel) or its CRS identifier, from the IATI element other-identifier.
 * <p>
 * The organisation that owns the identifier is named by id; a dataset checks that it resolves to an
 * {@code Organization}.
 * <p>
 * Rules: {@code required} (type, value).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OtherIdentifier extends ModelObject {

    private static final Shape<OtherIdentifier> SHAPE = Shape.of(OtherIdentifier.class, OtherIdentifier::new, Builder::new);
    private static final Prop<OtherIdentifierType> TYPE = SHAPE.required("type", OtherIdentifierType.class);
    private static final Prop<IatiIdentifier> VALUE = SHAPE.required("value", IatiIdentifier.class);
    private static final Prop<EntityId> OWNER = SHAPE.optional("owner", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);

    private OtherIdentifier(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an identifier with no owner stated.
     *
     * @param type  the kind of identifier, not null
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws NullPointerException if an argument is null
     */
    public static OtherIdentifier of(OtherIdentifierType type, IatiIdentifier value) {
        return SHAPE.make(TYPE, type, VALUE, value);
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
     * Gets the kind of identifier.
     *
     * @return the type, not null
     */
    @NotNull
    public OtherIdentifierType type() {
        return value(TYPE);
    }

    /**
     * Gets the identifier.
     *
     * @return the identifier, such as {@code MRT21001}, not null
     */
    @NotNull
    public IatiIdentifier value() {
        return value(VALUE);
    }

    /**
     * Gets the organisation that issued the identifier.
     *
     * @return the id of the organisation, empty if not stated
     */
    public Optional<EntityId> owner() {
        return optional(OWNER);
    }

    /**
     * Builds a {@link OtherIdentifier}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<OtherIdentifier, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the kind of identifier.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(OtherIdentifierType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the identifier.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(IatiIdentifier value) {
            return set(VALUE, value);
        }

        /**
         * Sets the organisation that issued the identifier.
         *
         * @param owner  the id of the organisation, not null
         * @return this builder
         */
        public Builder owner(EntityId owner) {
            return set(OWNER, owner);
        }
    }
}
