package org.uhcmodel.scheme;

import org.uhcmodel.internal.Codes;
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

    /**
     * Gets the English name.
     *
     * @return the label, such as {@code Compulsory}, not null
     */
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
        return Codes.fromCode(Membership.class, code);
    }
}
