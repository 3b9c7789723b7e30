package org.uhcmodel.sdg;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The sex of a person, or of the head of a household, that an indicator value is restricted to.
 */
public enum Sex implements Coded {
    /** Female: women and girls, or households headed by a woman. */
    FEMALE("female", "Female", "FEMALE", "F"),
    /** Male: men and boys, or households headed by a man. */
    MALE("male", "Male", "MALE", "M");

    /** The vocabulary of sexes. */
    public static final Vocabulary<Sex> VOCABULARY = Vocabulary.of(Sex.class,
        "UN SDG Global Database dimension codes (API of 2025.Q4, series SH_OOP_XPD_EARNNET40), with the model's codes");

    private final String code;
    private final String label;
    private final String unCode;
    private final String sdmxCode;

    Sex(String code, String label, String unCode, String sdmxCode) {
        this.code = code;
        this.label = label;
        this.unCode = unCode;
        this.sdmxCode = sdmxCode;
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
     * Gets the code the UN SDG Global Database gives the term.
     *
     * @return the code, such as {@code FEMALE}, not null
     */
    public String unCode() {
        return unCode;
    }

    /**
     * Finds a term by the code the UN SDG Global Database or its SDMX form gives it.
     *
     * @param code  the code, such as {@code FEMALE} or {@code F}, not null
     * @return the term, empty if the code is neither form of a term of this vocabulary
     */
    public static Optional<Sex> fromUnCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Sex term : values()) {
            if (term.unCode.equals(code) || term.sdmxCode.equals(code)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code female}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static Sex fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
