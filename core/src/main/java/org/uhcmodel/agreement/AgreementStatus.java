package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The stage an {@link Agreement} has reached, as of the source.
 */
public enum AgreementStatus implements Coded {
    /** Announced or negotiated, not yet signed. */
    PROPOSED("proposed", "Proposed"),
    /** Signed, not yet known to be in force. */
    SIGNED("signed", "Signed"),
    /** In force. */
    IN_FORCE("in-force", "In force"),
    /** No longer in force because its validity ended. */
    EXPIRED("expired", "Expired"),
    /** Ended before its term by a party or by the parties together. */
    TERMINATED("terminated", "Terminated");

    /** The vocabulary of agreement status terms. */
    public static final Vocabulary<AgreementStatus> VOCABULARY = Vocabulary.of(AgreementStatus.class,
        "uhc-model");

    private final String code;
    private final String label;

    AgreementStatus(String code, String label) {
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
     * @param code  the code, such as {@code in-force}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static AgreementStatus fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
