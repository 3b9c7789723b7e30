package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;

/**
 * The way an {@link Objective} wants its metric to move.
 */
public enum Direction implements Coded {
    /** The metric should rise, such as the share of people covered. */
    INCREASE("increase", "Increase"),
    /** The metric should fall, such as transfers of patients abroad. */
    DECREASE("decrease", "Decrease"),
    /** The metric should hold its level. */
    MAINTAIN("maintain", "Maintain");

    /** The vocabulary of direction terms. */
    public static final Vocabulary<Direction> VOCABULARY = Vocabulary.of(Direction.class,
        "uhc-model");

    private final String code;
    private final String label;

    Direction(String code, String label) {
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
     * Obtains a direction from its code.
     *
     * @param code  the code, such as {@code decrease}
     * @return the direction, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static Direction fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
