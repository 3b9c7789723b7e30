package org.uhcmodel.actor;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Period;

/**
 * A position a {@link Person} holds or held: the kind of role, the title as the source gives it,
 * the organisation, and when.
 * <p>
 * A source that says a person held a post on a given day ("the minister, on 4 November 2024") gives a period
 * starting then: {@code Period.starting(PartialDate.of(2024, 11, 4))}.
 * <p>
 * The organisation is named by id; a dataset checks that it names an {@link Organization}.
 * <p>
 * Rules: {@code required} (role).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Position extends ModelObject {

    private static final Shape<Position> SHAPE = Shape.of(Position.class, Position::new, Builder::new);
    private static final Prop<RoleKind> ROLE = SHAPE.required("role", RoleKind.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.optional("title", LocalizedText.class);
    private static final Prop<EntityId> ORGANIZATION = SHAPE.optional("organization", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<Period> PERIOD = SHAPE.optional("period", Period.class);

    private Position(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a position in an organisation, with no title or period.
     *
     * @param role  the kind of role, not null
     * @param organization  the id of the organisation, not null
     * @return the position, not null
     * @throws NullPointerException if the role or the organisation is null
     */
    public static Position of(RoleKind role, EntityId organization) {
        return SHAPE.make(ROLE, role, ORGANIZATION, organization);
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
     * Gets the kind of role.
     *
     * @return the role, not null
     */
    @NotNull
    public RoleKind role() {
        return value(ROLE);
    }

    /**
     * Gets the title as the source gives it.
     *
     * @return the title, such as "ministre de la Santé", empty if the source gives none
     */
    public Optional<LocalizedText> title() {
        return optional(TITLE);
    }

    /**
     * Gets the id of the organisation the position is held in.
     *
     * @return the organisation's id, empty if the position belongs to none, such as a special envoy's
     */
    public Optional<EntityId> organization() {
        return optional(ORGANIZATION);
    }

    /**
     * Gets when the person held the position.
     *
     * @return the period, starting at the as-of date if the source gives only one, empty if not stated
     */
    public Optional<Period> period() {
        return optional(PERIOD);
    }

    /**
     * Builds a {@link Position}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Position, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the kind of role.
         *
         * @param role  the value, not null
         * @return this builder
         */
        public Builder role(RoleKind role) {
            return set(ROLE, role);
        }

        /**
         * Sets the title as the source gives it.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets the id of the organisation the position is held in.
         *
         * @param organization  the value, not null
         * @return this builder
         */
        public Builder organization(EntityId organization) {
            return set(ORGANIZATION, organization);
        }

        /**
         * Sets when the person held the position.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(Period period) {
            return set(PERIOD, period);
        }
    }
}
