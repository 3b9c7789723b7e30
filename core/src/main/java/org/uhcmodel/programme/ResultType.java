package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The level of a result of a programme, from the IATI ResultType codelist: an output, an outcome or an impact. The code
 * is the IATI code.
 */
public enum ResultType implements Coded {
    /** 1 Output. */
    OUTPUT("1", "Output"),
    /** 2 Outcome. */
    OUTCOME("2", "Outcome"),
    /** 3 Impact. */
    IMPACT("3", "Impact"),
    /** 9 Other. */
    OTHER("9", "Other");

    /** The vocabulary of result type terms. */
    public static final Vocabulary<ResultType> VOCABULARY = Vocabulary.of(ResultType.class,
        "IATI Standard 2.03, codelist ResultType (non-embedded, as of 2019-04-16)");

    private final String code;
    private final String label;

    ResultType(String code, String label) {
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
    public static ResultType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
