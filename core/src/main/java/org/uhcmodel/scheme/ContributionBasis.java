package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What a {@link ContributionRule} charges its contribution on.
 */
public enum ContributionBasis implements Coded {
    /** A rate applied to the salary; the rule needs a rate. */
    PERCENTAGE_OF_SALARY("percentage-of-salary", "Percentage of salary"),
    /** A fixed amount for each person covered; the rule needs an amount. */
    FLAT_PREMIUM_PER_PERSON("flat-premium-per-person", "Flat premium per person"),
    /** A fixed amount for each household covered; the rule needs an amount. */
    FLAT_PREMIUM_PER_HOUSEHOLD("flat-premium-per-household", "Flat premium per household"),
    /** The state pays on behalf of the members, such as for the indigent. */
    STATE_SUBSIDY("state-subsidy", "State subsidy");

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
