package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * A party to an {@link Agreement}: an organisation or a person, named by id, in a given role.
 * <p>
 * The same actor may be a party in more than one role, such as funder and signatory.
 * <p>
 * Rules: {@code required} (actor, role).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Party extends ModelObject {

    private static final Shape<Party> SHAPE = Shape.of(Party.class, Party::new, Builder::new);
    private static final Prop<EntityId> ACTOR =
        SHAPE.required("actor", EntityId.class).refersTo(EntityKind.ORGANIZATION, EntityKind.PERSON);
    private static final Prop<PartyRole> ROLE = SHAPE.required("role", PartyRole.class);

    private Party(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a party.
     *
     * @param actor  the id of the organisation or person, not null
     * @param role  the role, not null
     * @return the party, not null
     */
    public static Party of(EntityId actor, PartyRole role) {
        return SHAPE.make(ACTOR, actor, ROLE, role);
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
     * Gets the id of the organisation or person.
     *
     * @return the actor's id, not null
     */
    @NotNull
    public EntityId actor() {
        return value(ACTOR);
    }

    /**
     * Gets the role the actor plays.
     *
     * @return the role, not null
     */
    @NotNull
    public PartyRole role() {
        return value(ROLE);
    }

    /**
     * Builds a {@link Party}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Party, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id of the organisation or person.
         *
         * @param actor  the id, not null
         * @return this builder
         */
        public Builder actor(EntityId actor) {
            return set(ACTOR, actor);
        }

        /**
         * Sets the role.
         *
         * @param role  the role, not null
         * @return this builder
         */
        public Builder role(PartyRole role) {
            return set(ROLE, role);
        }
    }
}
