package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Whether a budget of a programme is indicative or committed, from the IATI BudgetStatus codelist. The code is the IATI
 * code.
 */
public enum BudgetStatus implements Coded {
    /** 1 Indicative. */
    INDICATIVE("1", "Indicative"),
    /** 2 Committed. */
    COMMITTED("2", "Committed");

    /** The vocabulary of budget status terms. */
    public static final Vocabulary<BudgetStatus> VOCABULARY = Vocabulary.of(BudgetStatus.class,
        "IATI Standard 2.03, codelist BudgetStatus");

    private final String code;
    private final String label;

    BudgetStatus(String code, String label) {
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
     * @param code  the code, such as {@code 2}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static BudgetStatus fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
