package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The honorific a source writes before a person's name.
 * The code is the written (French) form, such as {@code Dr} or {@code Mme}.
 */
public enum Honorific implements Coded {
    /** Dr, a doctor. */
    DOCTOR("Dr", "Doctor"),
    /** M. (Monsieur), mister. */
    MISTER("M.", "Mister"),
    /** Mme (Madame), madam. */
    MADAM("Mme", "Madam"),
    /** Pr, a professor. */
    PROFESSOR("Pr", "Professor");

    /** The vocabulary of honorific terms. */
    public static final Vocabulary<Honorific> VOCABULARY = Vocabulary.of(Honorific.class,
        "uhc-model");

    private final String code;
    private final String label;

    Honorific(String code, String label) {
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
     * Obtains an honorific from its code.
     *
     * @param code  the code, such as {@code Dr}
     * @return the honorific, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static Honorific fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
