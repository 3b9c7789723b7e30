package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of a {@link GoverningBody}.
 */
public enum BodyKind implements Coded {
    /** A joint commission of two or more parties, such as two ministries. */
    JOINT_COMMISSION("joint-commission", "Joint commission"),
    /** A committee that steers a programme or an agreement. */
    STEERING_COMMITTEE("steering-committee", "Steering committee"),
    /** A working group on a given subject. */
    WORKING_GROUP("working-group", "Working group");

    /** The vocabulary of body kind terms. */
    public static final Vocabulary<BodyKind> VOCABULARY = Vocabulary.of(BodyKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    BodyKind(String code, String label) {
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
     * @param code  the code, such as {@code joint-commission}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static BodyKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
