package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * How the values of a result indicator are measured, from the IATI IndicatorMeasure codelist. The code is the IATI
 * code.
 */
public enum IndicatorMeasure implements Coded {
    /** 1 Unit. A count of units. */
    UNIT("1", "Unit"),
    /** 2 Percentage. A percentage. */
    PERCENTAGE("2", "Percentage"),
    /** 3 Nominal. A value on a nominal scale. */
    NOMINAL("3", "Nominal"),
    /** 4 Ordinal. A value on an ordinal scale. */
    ORDINAL("4", "Ordinal"),
    /** 5 Qualitative. A description in words, with no value. */
    QUALITATIVE("5", "Qualitative");

    /** The vocabulary of indicator measure terms. */
    public static final Vocabulary<IndicatorMeasure> VOCABULARY = Vocabulary.of(IndicatorMeasure.class,
        "IATI Standard 2.03, codelist IndicatorMeasure (non-embedded, as of 2019-05-23)");

    private final String code;
    private final String label;

    IndicatorMeasure(String code, String label) {
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
     * Checks whether values of this measure are numbers: every measure but {@link #QUALITATIVE}.
     *
     * @return true if baselines, targets and actuals have values
     */
    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code 1}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static IndicatorMeasure fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
