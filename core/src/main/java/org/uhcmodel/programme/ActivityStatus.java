package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The stage a programme is at in its life cycle, from the IATI ActivityStatus codelist.
 * The code is the IATI code.
 */
public enum ActivityStatus implements Coded {
    /** 1 Pipeline/identification: being scoped or planned. */
    PIPELINE("1", "Pipeline/identification"),
    /** 2 Implementation: under way. */
    IMPLEMENTATION("2", "Implementation"),
    /** 3 Finalisation: physical work complete, or the final disbursement made, with accounts still open. */
    FINALISATION("3", "Finalisation"),
    /** 4 Closed: physically and financially complete. */
    CLOSED("4", "Closed"),
    /** 5 Cancelled: stopped before completion, with no further work to be done. */
    CANCELLED("5", "Cancelled"),
    /** 6 Suspended: temporarily halted. */
    SUSPENDED("6", "Suspended");

    /** The vocabulary of activity status terms. */
    public static final Vocabulary<ActivityStatus> VOCABULARY = Vocabulary.of(ActivityStatus.class,
        "IATI Standard 2.03, codelist ActivityStatus");

    private final String code;
    private final String label;

    ActivityStatus(String code, String label) {
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
     * Obtains a status from its IATI code.
     *
     * @param code  the code, such as {@code 2}
     * @return the status, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ActivityStatus fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
