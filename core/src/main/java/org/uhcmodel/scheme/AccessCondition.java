package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The condition under which a {@link Benefit}'s cover and cost sharing apply: on referral, without one (a member who
 * bypasses the referral system), or in an emergency. A benefit with no condition applies however the member comes.
 */
public enum AccessCondition implements Coded {
    /** Covered only when the member is referred, such as hospital care after a health centre's referral. */
    ON_REFERRAL("on-referral", "On referral"),
    /** The cost sharing of a member who comes without the referral the system expects. */
    WITHOUT_REFERRAL("without-referral", "Without referral"),
    /** Care received in an emergency, with or without referral. */
    EMERGENCY("emergency", "Emergency");

    /** The vocabulary of access condition terms. */
    public static final Vocabulary<AccessCondition> VOCABULARY = Vocabulary.of(AccessCondition.class,
        "uhc-model");

    private final String code;
    private final String label;

    AccessCondition(String code, String label) {
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
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code on-referral}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static AccessCondition fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
