package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What an amount or a limit is counted per: a service, a visit, a day, an admission, a person and month, and so on.
 * A co-payment of 500 per visit, a ceiling of 100,000 per person and year, capitation of 300 per person and month
 * and a case-based rate per admission each name their basis with a term of this vocabulary.
 */
public enum AmountBasis implements Coded {
    /** Per service or item delivered, such as a test or a procedure. */
    SERVICE("service", "Per service"),
    /** Per visit or consultation. */
    VISIT("visit", "Per visit"),
    /** Per prescription dispensed. */
    PRESCRIPTION("prescription", "Per prescription"),
    /** Per day, such as a day of a hospital stay. */
    DAY("day", "Per day"),
    /** Per hospital admission or discharge. */
    ADMISSION("admission", "Per admission"),
    /** Per episode of care or illness, such as a pregnancy or a course of treatment. */
    EPISODE("episode", "Per episode"),
    /** Per month, such as a monthly budget or salary. */
    MONTH("month", "Per month"),
    /** Per year, such as an annual budget. */
    YEAR("year", "Per year"),
    /** Per person covered and month. */
    PERSON_MONTH("person-month", "Per person and month"),
    /** Per person covered and year. */
    PERSON_YEAR("person-year", "Per person and year"),
    /** Per household covered and year. */
    HOUSEHOLD_YEAR("household-year", "Per household and year"),
    /** Per person covered, once in a lifetime. */
    PERSON_LIFETIME("person-lifetime", "Per person over a lifetime");

    /** The vocabulary of amount basis terms. */
    public static final Vocabulary<AmountBasis> VOCABULARY = Vocabulary.of(AmountBasis.class,
        "uhc-model");

    private final String code;
    private final String label;

    AmountBasis(String code, String label) {
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
     * Checks whether the basis counts events of care that a quantity limit may count, such as visits or days, rather
     * than spans of time per person or household.
     *
     * @return true for a service, a visit, a prescription, a day, an admission or an episode
     */
    public boolean isCountable() {
        return ordinal() <= EPISODE.ordinal();
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code visit}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static AmountBasis fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
