package org.uhcmodel.value;

import org.uhcmodel.internal.Codes;

/**
 * The administrative level of a {@link Place} within its country.
 */
public enum AdministrativeLevel implements Coded {
    /** A first-level division: region, wilaya, province. */
    REGION("region"),
    /** A second-level division: department, district, moughataa. */
    DISTRICT("district"),
    /** A city or town. */
    CITY("city"),
    /** A commune or municipality, including a city's borough such as Cocody. */
    COMMUNE("commune"),
    /** A named site within a locality, such as a neighbourhood. */
    LOCALITY("locality");

    private final String code;

    AdministrativeLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains a level from its code.
     *
     * @param code  the code, such as {@code city}
     * @return the level, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static AdministrativeLevel fromCode(String code) {
        return Codes.fromCode(AdministrativeLevel.class, code);
    }
}
