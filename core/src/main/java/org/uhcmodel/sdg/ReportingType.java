package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Whether a value was reported for global, regional or national monitoring, as the UN SDG Global Database states
 * it in its {@code Reporting Type} dimension. The codes are the UN's.
 */
public enum ReportingType implements Coded {
    /** Reported for global monitoring. */
    GLOBAL("G", "Global"),
    /** Reported for national monitoring. */
    NATIONAL("N", "National"),
    /** Reported for regional monitoring. */
    REGIONAL("R", "Regional");

    /** The vocabulary of reporting types. */
    public static final Vocabulary<ReportingType> VOCABULARY = Vocabulary.of(ReportingType.class,
        "UN SDG Global Database dimension Reporting Type (API of 2025.Q4)");

    private final String code;
    private final String label;

    ReportingType(String code, String label) {
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
     * @param code  the code, such as {@code G}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static ReportingType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
