package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What a party undertakes in a {@link Commitment}.
 */
public enum CommitmentKind implements Coded {
    /** Training of health staff. */
    TRAINING("training", "Training"),
    /** Exchange of expertise and experience. */
    EXCHANGE_OF_EXPERTISE("exchange-of-expertise", "Exchange of expertise"),
    /** Transfer of technology or know-how. */
    TECHNOLOGY_TRANSFER("technology-transfer", "Technology transfer"),
    /** Care of patients, including those referred by the other party. */
    PATIENT_CARE_AND_REFERRAL("patient-care-and-referral", "Patient care and referral"),
    /** Joint or supported research. */
    RESEARCH("research", "Research"),
    /** Digitalisation of health services or records. */
    DIGITALISATION("digitalisation", "Digitalisation"),
    /** Reform of a health or coverage policy. */
    POLICY_REFORM("policy-reform", "Policy reform"),
    /** Funding of activities. */
    FUNDING("funding", "Funding"),
    /** Technical assistance and backstopping. */
    TECHNICAL_ASSISTANCE("technical-assistance", "Technical assistance"),
    /** Governance, such as sitting on a joint steering body. */
    GOVERNANCE("governance", "Governance");

    /** The vocabulary of commitment kind terms. */
    public static final Vocabulary<CommitmentKind> VOCABULARY = Vocabulary.of(CommitmentKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    CommitmentKind(String code, String label) {
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
     * @param code  the code, such as {@code technology-transfer}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static CommitmentKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
