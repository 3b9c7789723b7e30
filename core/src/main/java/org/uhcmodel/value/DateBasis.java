package org.uhcmodel.value;

/**
 * How a source supports a date.
 */
public enum DateBasis implements Coded {
    /** The source states the date. */
    STATED("stated"),
    /** The date follows from the context, for example a weekday and a month that fix the year. */
    INFERRED("inferred"),
    /** The date is approximate, for example "around mid-year". */
    APPROXIMATE("approximate");

    private final String code;

    DateBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains a basis from its code.
     *
     * @param code  the code, such as {@code inferred}
     * @return the basis, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static DateBasis fromCode(String code) {
        return org.uhcmodel.internal.Codes.fromCode(DateBasis.class, code);
    }
}
