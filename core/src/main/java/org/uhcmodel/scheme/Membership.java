package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * How people come to be members of a {@link CoverageScheme}.
 */
public enum Membership implements Coded {
    /** Membership is required by law for the target population. */
    COMPULSORY("compulsory", "Compulsory"),
    /** People choose to join and pay. */
    VOLUNTARY("voluntary", "Voluntary"),
    /** People are covered without joining or paying, such as the indigent under a tax-funded scheme. */
    AUTOMATIC("automatic", "Automatic (non-contributory)");

    /** The vocabulary of membership terms. */
    public static final Vocabulary<Membership> VOCABULARY = Vocabulary.of(Membership.class,
        "uhc-model");

    private final String code;
    private final String label;

    Membership(String code, String label) {
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
     * @param code  the code, such as {@code compulsory}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static Membership fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
