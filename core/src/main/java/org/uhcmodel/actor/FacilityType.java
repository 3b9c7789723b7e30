package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The type of a health facility.
 */
public enum FacilityType implements Coded {
    /** A health centre giving primary care, such as the Dar Naim health centre. */
    HEALTH_CENTRE("health-centre", "Health centre"),
    /** A hospital serving a district. */
    DISTRICT_HOSPITAL("district-hospital", "District hospital"),
    /** A hospital serving a region. */
    REGIONAL_HOSPITAL("regional-hospital", "Regional hospital"),
    /** A teaching hospital attached to a university, such as a CHU. */
    UNIVERSITY_HOSPITAL("university-hospital", "University hospital"),
    /** A clinic, often private. */
    CLINIC("clinic", "Clinic"),
    /** A health post, the smallest facility of the system. */
    HEALTH_POST("health-post", "Health post");

    /** The vocabulary of facility type terms. */
    public static final Vocabulary<FacilityType> VOCABULARY = Vocabulary.of(FacilityType.class,
        "uhc-model");

    private final String code;
    private final String label;

    FacilityType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Obtains a type from its code.
     *
     * @param code  the code, such as {@code health-centre}
     * @return the type, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static FacilityType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
