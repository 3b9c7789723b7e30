package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Whether a budget of a programme is the one first agreed or a revision of it, from the IATI BudgetType codelist. The
 * code is the IATI code.
 */
public enum BudgetType implements Coded {
    /** 1 Original. */
    ORIGINAL("1", "Original"),
    /** 2 Revised. */
    REVISED("2", "Revised");

    /** The vocabulary of budget type terms. */
    public static final Vocabulary<BudgetType> VOCABULARY = Vocabulary.of(BudgetType.class,
        "IATI Standard 2.03, codelist BudgetType");

    private final String code;
    private final String label;

    BudgetType(String code, String label) {
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
     * @param code  the code, such as {@code 1}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static BudgetType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
