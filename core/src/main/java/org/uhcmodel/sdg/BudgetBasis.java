package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What household health spending is measured against in indicator 3.8.2: total expenditure or income (2017
 * definition) or the discretionary budget left above the societal poverty line (2025 definition).
 */
public enum BudgetBasis implements Coded {
    /** Total household consumption expenditure or income (2017 definition). */
    TOTAL_EXPENDITURE_OR_INCOME("total-expenditure-or-income", "Total household expenditure or income"),
    /** Consumption or income minus the societal poverty line, in PPP dollars (2025 definition). */
    DISCRETIONARY_BUDGET("discretionary-budget", "Household discretionary budget");

    /** The vocabulary of bases of spending thresholds. */
    public static final Vocabulary<BudgetBasis> VOCABULARY = Vocabulary.of(BudgetBasis.class,
        "UN SDG indicator 3.8.2, 2017 definition and 2025 revision (WHO indicator metadata registry, item 376)");

    private final String code;
    private final String label;

    BudgetBasis(String code, String label) {
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
     * @param code  the code, such as {@code discretionary-budget}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static BudgetBasis fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
