package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Who owns and runs a health facility.
 */
public enum FacilityOwnership implements Coded {
    /** Owned by the state or a public body. */
    PUBLIC("public", "Public"),
    /** Owned by a mutual health organisation, such as a mutualist health centre. */
    MUTUALIST("mutualist", "Mutualist"),
    /** Owned by a private non-profit body, such as an association. */
    PRIVATE_NON_PROFIT("private-non-profit", "Private non-profit"),
    /** Owned by a private company. */
    PRIVATE_FOR_PROFIT("private-for-profit", "Private for-profit"),
    /** Owned by a religious organisation. */
    FAITH_BASED("faith-based", "Faith-based");

    /** The vocabulary of facility ownership terms. */
    public static final Vocabulary<FacilityOwnership> VOCABULARY = Vocabulary.of(FacilityOwnership.class,
        "uhc-model");

    private final String code;
    private final String label;

    FacilityOwnership(String code, String label) {
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
     * Obtains an ownership from its code.
     *
     * @param code  the code, such as {@code mutualist}
     * @return the ownership, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static FacilityOwnership fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
