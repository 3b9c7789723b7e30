package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What an {@link Exemption} spares its group: the contributions to the scheme, the cost sharing at the point of care,
 * or both.
 */
public enum ExemptionScope implements Coded {
    /** The group pays no contribution, or a reduced one. */
    CONTRIBUTIONS("contributions", "Contributions"),
    /** The group pays no co-payment, co-insurance or deductible at the point of care, or less. */
    COST_SHARING("cost-sharing", "Cost sharing");

    /** The vocabulary of exemption scope terms. */
    public static final Vocabulary<ExemptionScope> VOCABULARY = Vocabulary.of(ExemptionScope.class,
        "uhc-model");

    private final String code;
    private final String label;

    ExemptionScope(String code, String label) {
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
     * @param code  the code, such as {@code contributions}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ExemptionScope fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
