package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;

/**
 * The administrative level of a {@link Place} within its country.
 */
public enum AdministrativeLevel implements Coded {
    /** A first-level division: region, wilaya, province. */
    REGION("region", "Region"),
    /** A second-level division: department, district, moughataa. */
    DISTRICT("district", "District"),
    /** A city or town. */
    CITY("city", "City"),
    /** A commune or municipality, including a city's borough such as Cocody. */
    COMMUNE("commune", "Commune"),
    /** A named site within a locality, such as a neighbourhood. */
    LOCALITY("locality", "Locality");

    /** The vocabulary of administrative level terms. */
    public static final Vocabulary<AdministrativeLevel> VOCABULARY = Vocabulary.of(AdministrativeLevel.class,
        "uhc-model");

    private final String code;
    private final String label;

    AdministrativeLevel(String code, String label) {
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
     * Obtains a level from its code.
     *
     * @param code  the code, such as {@code city}
     * @return the level, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static AdministrativeLevel fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
