package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What a {@link ContributionRule} charges its contribution on: a percentage of a base (salary, income, pension), a
 * flat premium per person, household or family, or a subsidy the state pays on the members' behalf.
 */
public enum ContributionBasis implements Coded {
    /** A rate applied to the salary; the rule needs a rate. */
    PERCENTAGE_OF_SALARY("percentage-of-salary", "Percentage of salary"),
    /** A fixed amount for each person covered; the rule needs an amount or a range. */
    FLAT_PREMIUM_PER_PERSON("flat-premium-per-person", "Flat premium per person"),
    /** A fixed amount for each household covered; the rule needs an amount or a range. */
    FLAT_PREMIUM_PER_HOUSEHOLD("flat-premium-per-household", "Flat premium per household"),
    /** The state pays on behalf of the members, such as for the indigent. */
    STATE_SUBSIDY("state-subsidy", "State subsidy"),
    /**
     * A rate applied to an income other than a salary, such as the declared income of the self-employed; the rule needs
     * a rate.
     */
    PERCENTAGE_OF_INCOME("percentage-of-income", "Percentage of income"),
    /** A rate applied to a pension; the rule needs a rate. */
    PERCENTAGE_OF_PENSION("percentage-of-pension", "Percentage of pension"),
    /** A fixed amount for a member and the dependants the scheme admits; the rule needs an amount or a range. */
    FLAT_PREMIUM_PER_FAMILY("flat-premium-per-family", "Flat premium per family");

    /** The vocabulary of contribution basis terms. */
    public static final Vocabulary<ContributionBasis> VOCABULARY = Vocabulary.of(ContributionBasis.class,
        "uhc-model");

    private final String code;
    private final String label;

    ContributionBasis(String code, String label) {
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
     * Checks whether the contribution is a rate applied to a base, such as a salary, and so needs a rate.
     *
     * @return true for a percentage of salary, income or pension
     */
    public boolean isPercentage() {
        return this == PERCENTAGE_OF_SALARY || this == PERCENTAGE_OF_INCOME || this == PERCENTAGE_OF_PENSION;
    }

    /**
     * Checks whether the contribution is a fixed amount, and so needs an amount or a range.
     *
     * @return true for a flat premium per person, household or family
     */
    public boolean isFlatPremium() {
        return this == FLAT_PREMIUM_PER_PERSON || this == FLAT_PREMIUM_PER_HOUSEHOLD || this == FLAT_PREMIUM_PER_FAMILY;
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code percentage-of-salary}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ContributionBasis fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
