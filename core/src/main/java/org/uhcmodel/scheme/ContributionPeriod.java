package org.uhcmodel.scheme;

import org.uhcmodel.internal.Codes;
import org.uhcmodel.value.Coded;

/**
 * How often a contribution of a {@link ContributionRule} is due.
 */
public enum ContributionPeriod implements Coded {
    /** Due every month. */
    MONTH("month", "Monthly"),
    /** Due every quarter. */
    QUARTER("quarter", "Quarterly"),
    /** Due every year. */
    YEAR("year", "Yearly");

    private final String code;
    private final String label;

    ContributionPeriod(String code, String label) {
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
     * @return the label, such as {@code Monthly}, not null
     */
    public String label() {
        return label;
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code month}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ContributionPeriod fromCode(String code) {
        return Codes.fromCode(ContributionPeriod.class, code);
    }
}
