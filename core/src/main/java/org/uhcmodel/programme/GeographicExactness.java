package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Whether a location of a programme is exact or approximate, from the IATI GeographicExactness codelist. The code is
 * the IATI code.
 */
public enum GeographicExactness implements Coded {
    /** 1 Exact. */
    EXACT("1", "Exact"),
    /** 2 Approximate. */
    APPROXIMATE("2", "Approximate");

    /** The vocabulary of geographic exactness terms. */
    public static final Vocabulary<GeographicExactness> VOCABULARY = Vocabulary.of(GeographicExactness.class,
        "IATI Standard 2.03, codelist GeographicExactness (non-embedded, as of 2019-04-16)");

    private final String code;
    private final String label;

    GeographicExactness(String code, String label) {
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
    public static GeographicExactness fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
