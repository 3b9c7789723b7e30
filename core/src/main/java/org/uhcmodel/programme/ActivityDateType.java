package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of a date of a programme, from the IATI ActivityDateType codelist: planned or actual, start or end. The code
 * is the IATI code.
 */
public enum ActivityDateType implements Coded {
    /** 1 Planned start. */
    PLANNED_START("1", "Planned start"),
    /** 2 Actual start. */
    ACTUAL_START("2", "Actual start"),
    /** 3 Planned End. */
    PLANNED_END("3", "Planned End"),
    /** 4 Actual end. */
    ACTUAL_END("4", "Actual end");

    /** The vocabulary of activity date type terms. */
    public static final Vocabulary<ActivityDateType> VOCABULARY = Vocabulary.of(ActivityDateType.class,
        "IATI Standard 2.03, codelist ActivityDateType");

    private final String code;
    private final String label;

    ActivityDateType(String code, String label) {
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
     * Checks whether a date of this type starts the programme.
     *
     * @return true for {@link #PLANNED_START} and {@link #ACTUAL_START}
     */
    public boolean isStart() {
        return this == PLANNED_START || this == ACTUAL_START;
    }

    /**
     * Checks whether a date of this type is planned rather than actual.
     *
     * @return true for {@link #PLANNED_START} and {@link #PLANNED_END}
     */
    public boolean isPlanned() {
        return this == PLANNED_START || this == PLANNED_END;
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code 2}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static ActivityDateType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
