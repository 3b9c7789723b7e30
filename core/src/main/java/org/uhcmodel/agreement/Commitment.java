package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * What a party undertakes in an {@link Agreement}, such as training staff in paediatrics and neurosurgery.
 * <p>
 * The agreement checks that the party undertaking it is one of its own ({@code agreement.commitment-party-not-party}).
 * <p>
 * Rules: {@code required} (kind).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Commitment extends ModelObject {

    private static final Shape<Commitment> SHAPE = Shape.of(Commitment.class, Commitment::new, Builder::new);
    private static final Prop<CommitmentKind> KIND = SHAPE.required("kind", CommitmentKind.class);
    private static final Prop<EntityId> PARTY = SHAPE.optional("party", EntityId.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<CooperationArea> AREAS = SHAPE.set("areas", CooperationArea.class);

    private Commitment(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a commitment of the given kind, with nothing else stated.
     *
     * @param kind  what is undertaken, not null
     * @return the commitment, not null
     * @throws NullPointerException if the kind is null
     */
    public static Commitment of(CommitmentKind kind) {
        return SHAPE.make(KIND, kind);
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
     * Gets what is undertaken.
     *
     * @return the kind, not null
     */
    @NotNull
    public CommitmentKind kind() {
        return value(KIND);
    }

    /**
     * Gets the party that undertakes the commitment.
     *
     * @return the id of the actor, empty if the parties undertake it together or the source does not say
     */
    public Optional<EntityId> party() {
        return optional(PARTY);
    }

    /**
     * Gets the commitment as the source words it.
     *
     * @return the description, empty if not given
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets the fields the commitment covers.
     *
     * @return the unmodifiable areas, empty if not stated
     */
    public Set<@NotNull CooperationArea> areas() {
        return set(AREAS);
    }

    /**
     * Builds a {@link Commitment}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Commitment, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets what is undertaken.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder kind(CommitmentKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the party that undertakes the commitment.
         *
         * @param party  the id of the actor, not null
         * @return this builder
         */
        public Builder party(EntityId party) {
            return set(PARTY, party);
        }

        /**
         * Sets the commitment as the source words it.
         *
         * @param description  the description, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Adds one of the fields the commitment covers.
         *
         * @param area  the area, not null
         * @return this builder
         */
        public Builder addArea(CooperationArea area) {
            return add(AREAS, area);
        }

        /**
         * Adds, in order, the fields the commitment covers.
         *
         * @param areas  the areas, none null, not null
         * @return this builder
         */
        public Builder addAllAreas(Iterable<? extends CooperationArea> areas) {
            return addAll(AREAS, areas);
        }

        /**
         * Replaces the fields the commitment covers.
         *
         * @param areas  the areas, none null, not null
         * @return this builder
         */
        public Builder areas(Iterable<? extends CooperationArea> areas) {
            return setAll(AREAS, areas);
        }
    }
}
