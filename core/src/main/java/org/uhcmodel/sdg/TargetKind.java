package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What an {@link IndicatorTarget} asks of its indicator: a level to reach, a ceiling not to exceed, a floor not to
 * fall below, or a change from the baseline.
 */
public enum TargetKind implements Coded {
    /** Reach the target value by the target year, such as a service coverage index of 80. */
    LEVEL("level", "Level to reach"),
    /** Be at most the target value by the target year, such as at most 5% of people facing financial hardship. */
    CEILING("ceiling", "Ceiling"),
    /** Be at least the target value by the target year, such as at least 90% of infants immunised. */
    FLOOR("floor", "Floor"),
    /** Change by the target value, in the indicator's unit, from the baseline by the target year, such as -5 points. */
    CHANGE("change", "Change from the baseline");

    /** The vocabulary of kinds of target. */
    public static final Vocabulary<TargetKind> VOCABULARY = Vocabulary.of(TargetKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    TargetKind(String code, String label) {
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
     * @param code  the code, such as {@code ceiling}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static TargetKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
