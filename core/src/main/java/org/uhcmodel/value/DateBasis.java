package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;
/**
 * How a source supports a date.
 */
public enum DateBasis implements Coded {
    /** The source states the date. */
    STATED("stated", "Stated by the source"),
    /** The date follows from the context, for example a weekday and a month that fix the year. */
    INFERRED("inferred", "Inferred from context"),
    /** The date is approximate, for example "around mid-year". */
    APPROXIMATE("approximate", "Approximate");

    /** The vocabulary of date basis terms. */
    public static final Vocabulary<DateBasis> VOCABULARY = Vocabulary.of(DateBasis.class,
        "uhc-model");

    private final String code;
    private final String label;

    DateBasis(String code, String label) {
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
     * Obtains a basis from its code.
     *
     * @param code  the code, such as {@code inferred}
     * @return the basis, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static DateBasis fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
