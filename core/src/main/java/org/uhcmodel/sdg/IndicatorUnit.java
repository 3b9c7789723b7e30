package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The unit an {@link SdgIndicator} is reported in.
 */
public enum IndicatorUnit implements Coded {
    /** A unitless index from 0 to 100, such as the UHC service coverage index of indicator 3.8.1. */
    INDEX("index", "Index (unitless, 0 to 100)"),
    /** A percentage of a population, from 0 to 100, such as indicator 3.8.2. */
    PERCENT("percent", "Percent");

    /** The vocabulary of indicator unit terms. */
    public static final Vocabulary<IndicatorUnit> VOCABULARY = Vocabulary.of(IndicatorUnit.class,
        "uhc-model");

    private final String code;
    private final String label;

    IndicatorUnit(String code, String label) {
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
     * Obtains a unit from its code.
     *
     * @param code  the code, such as {@code index}
     * @return the unit, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static IndicatorUnit fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
