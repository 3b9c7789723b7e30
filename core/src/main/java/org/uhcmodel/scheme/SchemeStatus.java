package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The stage a {@link CoverageScheme} has reached, as of its source.
 */
public enum SchemeStatus implements Coded {
    /** Decided or announced, not yet enrolling or paying for care. */
    PLANNED("planned", "Planned"),
    /** Running in a pilot area or for a pilot group before it is extended. */
    PILOT("pilot", "Pilot"),
    /** Enrolling members and paying for care. */
    ACTIVE("active", "Active"),
    /** Stopped for a time, expected to resume. */
    SUSPENDED("suspended", "Suspended"),
    /** Ended, merged into or replaced by another scheme. */
    CLOSED("closed", "Closed");

    /** The vocabulary of scheme status terms. */
    public static final Vocabulary<SchemeStatus> VOCABULARY = Vocabulary.of(SchemeStatus.class,
        "uhc-model");

    private final String code;
    private final String label;

    SchemeStatus(String code, String label) {
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
     * @param code  the code, such as {@code active}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static SchemeStatus fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
