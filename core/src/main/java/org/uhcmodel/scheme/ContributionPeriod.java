package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
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
    YEAR("year", "Yearly"),
    /** Due every six months. */
    HALF_YEAR("half-year", "Half-yearly"),
    /** Due once, such as a fee on joining. */
    ONCE("once", "Once");

    /** The vocabulary of contribution period terms. */
    public static final Vocabulary<ContributionPeriod> VOCABULARY = Vocabulary.of(ContributionPeriod.class,
        "uhc-model");

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

    @Override
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
        return VOCABULARY.fromCode(code);
    }
}
