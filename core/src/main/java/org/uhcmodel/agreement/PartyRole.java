package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The role a party plays in an {@link Agreement}.
 */
public enum PartyRole implements Coded {
    /** Signs the agreement and takes on its commitments. */
    SIGNATORY("signatory", "Signatory"),
    /** Pays for what the agreement provides. */
    FUNDER("funder", "Funder"),
    /** Carries out what the agreement provides. */
    IMPLEMENTER("implementer", "Implementer"),
    /** Benefits from what the agreement provides. */
    BENEFICIARY("beneficiary", "Beneficiary");

    /** The vocabulary of party role terms. */
    public static final Vocabulary<PartyRole> VOCABULARY = Vocabulary.of(PartyRole.class,
        "uhc-model");

    private final String code;
    private final String label;

    PartyRole(String code, String label) {
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
     * @param code  the code, such as {@code funder}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static PartyRole fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
