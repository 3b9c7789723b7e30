package org.uhcmodel.actor;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.Rules;

/**
 * What a health facility is: its type, and where stated its level of care and its ownership.
 * <p>
 * Only an {@link Organization} of kind {@link OrganizationKind#HEALTH_FACILITY} carries a profile.
 * <p>
 * Rules: {@code required} (type).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FacilityProfile {

    FacilityProfile() {
    }

    /**
     * Obtains a profile with a type only.
     *
     * @param type  the type of facility, not null
     * @return the profile, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the type is null
     */
    public static FacilityProfile of(FacilityType type) {
        return builder().type(type).build();
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
     * Gets the type of facility.
     *
     * @return the type, such as {@link FacilityType#HEALTH_CENTRE}, not null
     */
    @NotNull
    public abstract FacilityType type();

    /**
     * Gets the level of care.
     *
     * @return the level, empty if not stated
     */
    public abstract Optional<FacilityLevel> level();

    /**
     * Gets who owns the facility.
     *
     * @return the ownership, empty if not stated
     */
    public abstract Optional<FacilityOwnership> ownership();

    @Value.Check
    void check() {
        Rules.check(this, FacilityProfile.class);
    }

    /**
     * Builds a {@link FacilityProfile}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableFacilityProfile.Builder {
        Builder() {
        }
    }
}
