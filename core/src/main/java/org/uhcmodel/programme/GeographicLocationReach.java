package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Whether a location is where a programme works or where its intended beneficiaries live, from the IATI
 * GeographicLocationReach codelist. The code is the IATI code.
 */
public enum GeographicLocationReach implements Coded {
    /** 1 Activity. */
    ACTIVITY("1", "Activity"),
    /** 2 Intended Beneficiaries. */
    INTENDED_BENEFICIARIES("2", "Intended Beneficiaries");

    /** The vocabulary of geographic location reach terms. */
    public static final Vocabulary<GeographicLocationReach> VOCABULARY = Vocabulary.of(GeographicLocationReach.class,
        "IATI Standard 2.03, codelist GeographicLocationReach (non-embedded, as of 2019-04-16)");

    private final String code;
    private final String label;

    GeographicLocationReach(String code, String label) {
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
     * @param code  the code, such as {@code 1}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static GeographicLocationReach fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
