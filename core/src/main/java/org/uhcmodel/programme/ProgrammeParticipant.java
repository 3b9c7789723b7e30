package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.EntityId;

/**
 * An organisation taking part in a {@link Programme} in one IATI role, such as the EU funding a project
 * that Enabel implements.
 * <p>
 * An organisation with two roles takes part twice, once per role.
 * <p>
 * Rules: {@code required} (organization, role).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgrammeParticipant {

    ProgrammeParticipant() {
    }

    /**
     * Obtains a participant.
     *
     * @param organization  the id of the organisation, not null
     * @param role  the role it plays, not null
     * @return the participant, not null
     * @throws org.uhcmodel.validation.ModelViolationException if an argument is missing
     */
    public static ProgrammeParticipant of(EntityId organization, IatiOrganisationRole role) {
        return builder().organization(organization).role(role).build();
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
    public abstract EntityId organization();

    /**
     * Gets the role the organisation plays.
     *
     * @return the role, not null
     */
    @NotNull
    public abstract IatiOrganisationRole role();

    @Value.Check
    void check() {
        Rules.check(this, ProgrammeParticipant.class);
    }

    /**
     * Builds a {@link ProgrammeParticipant}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableProgrammeParticipant.Builder {
        Builder() {
        }
    }
}
