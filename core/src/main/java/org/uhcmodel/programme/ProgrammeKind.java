package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * What kind of undertaking a {@link Programme} is.
 */
public enum ProgrammeKind implements Coded {
    /** A development project with its own funding and end date, such as AI-PASS2 in Mauritania. */
    DEVELOPMENT_PROJECT("development-project", "Development project"),
    /** A national strategy or plan adopted by a government. */
    NATIONAL_STRATEGY("national-strategy", "National strategy or plan"),
    /** A programme supporting a sector or an institution, such as the support of a health insurance fund. */
    SUPPORT_PROGRAMME("support-programme", "Support programme"),
    /** An international coalition or initiative, such as the Global Coalition for primary health care. */
    INTERNATIONAL_INITIATIVE("international-initiative", "International coalition or initiative");

    /** The vocabulary of programme kind terms. */
    public static final Vocabulary<ProgrammeKind> VOCABULARY = Vocabulary.of(ProgrammeKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    ProgrammeKind(String code, String label) {
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
     * Obtains a kind from its code.
     *
     * @param code  the code, such as {@code development-project}
     * @return the kind, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ProgrammeKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
