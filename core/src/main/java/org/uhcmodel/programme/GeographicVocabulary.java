package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The gazetteer or boundary dataset a code of a location comes from, from the IATI GeographicVocabulary codelist. The
 * code is the IATI code.
 */
public enum GeographicVocabulary implements Coded {
    /** A1 Global Admininistrative Unit Layers. */
    GAUL("A1", "Global Admininistrative Unit Layers"),
    /** A2 UN Second Administrative Level Boundary Project. */
    SALB("A2", "UN Second Administrative Level Boundary Project"),
    /** A3 Global Administrative Areas. */
    GADM("A3", "Global Administrative Areas"),
    /** A4 ISO Country (3166-1 alpha-2). */
    ISO_COUNTRY("A4", "ISO Country (3166-1 alpha-2)"),
    /** G1 Geonames. */
    GEONAMES("G1", "Geonames"),
    /** G2 OpenStreetMap. */
    OPEN_STREET_MAP("G2", "OpenStreetMap");

    /** The vocabulary of geographic vocabulary terms. */
    public static final Vocabulary<GeographicVocabulary> VOCABULARY = Vocabulary.of(GeographicVocabulary.class,
        "IATI Standard 2.03, codelist GeographicVocabulary (non-embedded, as of 2019-05-01)");

    private final String code;
    private final String label;

    GeographicVocabulary(String code, String label) {
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
     * @param code  the code, such as {@code G1}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static GeographicVocabulary fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
