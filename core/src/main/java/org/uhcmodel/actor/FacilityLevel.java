package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The level of care of a health facility in the referral system.
 */
public enum FacilityLevel implements Coded {
    /** First-contact care, such as a health post or health centre. */
    PRIMARY("primary", "Primary"),
    /** Referral care at district or regional level. */
    SECONDARY("secondary", "Secondary"),
    /** Specialised referral care, such as a university hospital. */
    TERTIARY("tertiary", "Tertiary");

    /** The vocabulary of facility level terms. */
    public static final Vocabulary<FacilityLevel> VOCABULARY = Vocabulary.of(FacilityLevel.class,
        "uhc-model");

    private final String code;
    private final String label;

    FacilityLevel(String code, String label) {
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
     * Obtains a level from its code.
     *
     * @param code  the code, such as {@code primary}
     * @return the level, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static FacilityLevel fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
