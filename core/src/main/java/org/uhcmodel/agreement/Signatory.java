package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

/**
 * A person who signs an {@link Agreement} on behalf of one of its parties.
 * <p>
 * The person and the party are named by id. A dataset checks that the person resolves to a {@code Person}; the
 * agreement checks that the party signed for is one of its own ({@code agreement.signatory-not-party}).
 * <p>
 * Rules: {@code required} (person, party).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Signatory extends ModelObject {

    private static final Shape<Signatory> SHAPE = Shape.of(Signatory.class, Signatory::new, Builder::new);
    private static final Prop<EntityId> PERSON =
        SHAPE.required("person", EntityId.class).refersTo(EntityKind.PERSON);
    private static final Prop<EntityId> PARTY = SHAPE.required("party", EntityId.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.optional("title", LocalizedText.class);

    private Signatory(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a signatory without a stated capacity.
     *
     * @param person  the id of the person who signs, not null
     * @param party  the id of the actor signed for, not null
     * @return the signatory, not null
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Signatory of(EntityId person, EntityId party) {
        return SHAPE.make(PERSON, person, PARTY, party);
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
     * Gets the person who signs.
     *
     * @return the id of the person, not null
     */
    @NotNull
    public EntityId person() {
        return value(PERSON);
    }

    /**
     * Gets the actor the person signs for, which must be a party of the agreement.
     *
     * @return the id of the actor, not null
     */
    @NotNull
    public EntityId party() {
        return value(PARTY);
    }

    /**
     * Gets the capacity in which the person signs, as the source gives it, such as "Director General".
     *
     * @return the title, empty if the source gives none
     */
    public Optional<LocalizedText> title() {
        return optional(TITLE);
    }

    /**
     * Builds a {@link Signatory}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Signatory, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the person who signs.
         *
         * @param person  the id of the person, not null
         * @return this builder
         */
        public Builder person(EntityId person) {
            return set(PERSON, person);
        }

        /**
         * Sets the actor the person signs for, which must be a party of the agreement.
         *
         * @param party  the id of the actor, not null
         * @return this builder
         */
        public Builder party(EntityId party) {
            return set(PARTY, party);
        }

        /**
         * Sets the capacity in which the person signs, as the source gives it, such as "Director General".
         *
         * @param title  the title, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }
    }
}
