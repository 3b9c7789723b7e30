package org.uhcmodel.actor;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;

/**
 * What a health facility is: its type, and where stated its level of care and its ownership.
 * <p>
 * Only an {@link Organization} of kind {@link OrganizationKind#HEALTH_FACILITY} carries a profile.
 * <p>
 * Rules: {@code required} (type).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FacilityProfile extends ModelObject {

    private static final Shape<FacilityProfile> SHAPE = Shape.of(FacilityProfile.class,
            FacilityProfile::new, Builder::new);
    private static final Prop<FacilityType> TYPE = SHAPE.required("type", FacilityType.class);
    private static final Prop<FacilityLevel> LEVEL = SHAPE.optional("level", FacilityLevel.class);
    private static final Prop<FacilityOwnership> OWNERSHIP = SHAPE.optional("ownership", FacilityOwnership.class);

    private FacilityProfile(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a profile with a type only.
     *
     * @param type  the type of facility, not null
     * @return the profile, not null
     * @throws NullPointerException if the type is null
     */
    public static FacilityProfile of(FacilityType type) {
        return SHAPE.make(TYPE, type);
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
    public FacilityType type() {
        return value(TYPE);
    }

    /**
     * Gets the level of care.
     *
     * @return the level, empty if not stated
     */
    public Optional<FacilityLevel> level() {
        return optional(LEVEL);
    }

    /**
     * Gets who owns the facility.
     *
     * @return the ownership, empty if not stated
     */
    public Optional<FacilityOwnership> ownership() {
        return optional(OWNERSHIP);
    }

    /**
     * Builds a {@link FacilityProfile}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<FacilityProfile, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the type of facility.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(FacilityType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the level of care.
         *
         * @param level  the value, not null
         * @return this builder
         */
        public Builder level(FacilityLevel level) {
            return set(LEVEL, level);
        }

        /**
         * Sets who owns the facility.
         *
         * @param ownership  the value, not null
         * @return this builder
         */
        public Builder ownership(FacilityOwnership ownership) {
            return set(OWNERSHIP, ownership);
        }
    }
}
