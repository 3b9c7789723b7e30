package org.uhcmodel.value;

import org.uhcmodel.internal.Codes;

/**
 * The way an {@link Objective} wants its metric to move.
 */
public enum Direction implements Coded {
    /** The metric should rise, such as the share of people covered. */
    INCREASE("increase"),
    /** The metric should fall, such as transfers of patients abroad. */
    DECREASE("decrease"),
    /** The metric should hold its level. */
    MAINTAIN("maintain");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains a direction from its code.
     *
     * @param code  the code, such as {@code decrease}
     * @return the direction, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static Direction fromCode(String code) {
        return Codes.fromCode(Direction.class, code);
    }
}
