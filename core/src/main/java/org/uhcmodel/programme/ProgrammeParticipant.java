package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * An organisation taking part in a {@link Programme} in one IATI role, such as the EU funding a project that Enabel
 * implements, from the IATI element participating-org.
 * <p>
 * An organisation with two roles takes part twice, once per role. The organisation is named by id; a dataset checks
 * that it resolves to an {@code Organization}. Its IATI organisation type is the one it is reported as in the programme
 * (see {@code Organization.reportedIatiType}), unless the participation states another.
 * <p>
 * Rules: {@code required} (organization, role).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ProgrammeParticipant extends ModelObject {

    private static final Shape<ProgrammeParticipant> SHAPE = Shape.of(ProgrammeParticipant.class,
            ProgrammeParticipant::new, Builder::new);
    private static final Prop<EntityId> ORGANIZATION =
        SHAPE.required("organization", EntityId.class).refersTo(EntityKind.ORGANIZATION);
    private static final Prop<IatiOrganisationRole> ROLE = SHAPE.required("role", IatiOrganisationRole.class);
    private static final Prop<IatiOrganisationType> IATI_TYPE = SHAPE.optional("iatiType", IatiOrganisationType.class);

    private ProgrammeParticipant(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a participant.
     *
     * @param organization  the id of the organisation, not null
     * @param role  the role it plays, not null
     * @return the participant, not null
     * @throws NullPointerException if an argument is null, naming it
     */
    public static ProgrammeParticipant of(EntityId organization, IatiOrganisationRole role) {
        return SHAPE.make(ORGANIZATION, organization, ROLE, role);
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
     * Gets the organisation taking part.
     *
     * @return the id of the organisation, not null
     */
    @NotNull
    public EntityId organization() {
        return value(ORGANIZATION);
    }

    /**
     * Gets the role the organisation plays.
     *
     * @return the role, not null
     */
    @NotNull
    public IatiOrganisationRole role() {
        return value(ROLE);
    }

    /**
     * Gets the IATI organisation type stated for this participation, overriding the one of the organisation.
     *
     * @return the type, empty if the one of the organisation applies
     */
    public Optional<IatiOrganisationType> iatiType() {
        return optional(IATI_TYPE);
    }

    /**
     * Builds a {@link ProgrammeParticipant}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<ProgrammeParticipant, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the organisation taking part.
         *
         * @param organization  the id of the organisation, not null
         * @return this builder
         */
        public Builder organization(EntityId organization) {
            return set(ORGANIZATION, organization);
        }

        /**
         * Sets the role the organisation plays.
         *
         * @param role  the role, not null
         * @return this builder
         */
        public Builder role(IatiOrganisationRole role) {
            return set(ROLE, role);
        }

        /**
         * Sets the IATI organisation type of this participation, overriding the one of the organisation.
         *
         * @param iatiType  the type, not null
         * @return this builder
         */
        public Builder iatiType(IatiOrganisationType iatiType) {
            return set(IATI_TYPE, iatiType);
        }
    }
}
