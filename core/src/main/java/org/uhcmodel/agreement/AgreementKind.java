package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of an {@link Agreement}, as the source names the instrument.
 * <p>
 * HL7 FHIR has no codes for a memorandum of understanding, a declaration of intent or a charter;
 * the codes here are the model's own, in lower kebab case.
 */
public enum AgreementKind implements Coded {
    /** A partnership convention between institutions, such as a fund and a hospital. */
    PARTNERSHIP_CONVENTION("partnership-convention", "Partnership convention"),
    /** A memorandum of understanding (MoU). */
    MEMORANDUM_OF_UNDERSTANDING("memorandum-of-understanding", "Memorandum of understanding"),
    /** A declaration of intent, such as one to join a coalition. */
    DECLARATION_OF_INTENT("declaration-of-intent", "Declaration of intent"),
    /** A joint declaration of two or more governments. */
    JOINT_DECLARATION("joint-declaration", "Joint declaration"),
    /** A charter adopted by the members of a network or coalition; it may have a single, collective party. */
    CHARTER("charter", "Charter"),
    /** A financing agreement, under which a funder pays for a programme. */
    FINANCING_AGREEMENT("financing-agreement", "Financing agreement"),
    /** A cooperation agreement of any other form. */
    COOPERATION_AGREEMENT("cooperation-agreement", "Cooperation agreement");

    /** The vocabulary of agreement kind terms. */
    public static final Vocabulary<AgreementKind> VOCABULARY = Vocabulary.of(AgreementKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    AgreementKind(String code, String label) {
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
     * @param code  the code, such as {@code memorandum-of-understanding}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static AgreementKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
