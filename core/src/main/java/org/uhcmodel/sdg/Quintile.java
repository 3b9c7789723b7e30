package org.uhcmodel.sdg;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * A fifth of the population ranked by a measure of living standard, such as household wealth or
 * consumption per person, from the poorest ({@link #Q1}) to the richest ({@link #Q5}).
 */
public enum Quintile implements Coded {
    /** The poorest fifth. */
    Q1("q1", "Quintile 1 (poorest)", "Q1", "Q1"),
    /** The second fifth. */
    Q2("q2", "Quintile 2", "Q2", "Q2"),
    /** The middle fifth. */
    Q3("q3", "Quintile 3", "Q3", "Q3"),
    /** The fourth fifth. */
    Q4("q4", "Quintile 4", "Q4", "Q4"),
    /** The richest fifth. */
    Q5("q5", "Quintile 5 (richest)", "Q5", "Q5");

    /** The vocabulary of quintiles. */
    public static final Vocabulary<Quintile> VOCABULARY = Vocabulary.of(Quintile.class,
        "UN SDG Global Database dimension codes (API of 2025.Q4, series SH_OOP_XPD_EARNNET40), with the model's codes");

    private final String code;
    private final String label;
    private final String unCode;
    private final String sdmxCode;

    Quintile(String code, String label, String unCode, String sdmxCode) {
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
     * @return the code, such as {@code Q1}, not null
     */
    public String unCode() {
        return unCode;
    }

    /**
     * Finds a term by the code the UN SDG Global Database or its SDMX form gives it.
     *
     * @param code  the code, such as {@code Q1} or {@code Q1}, not null
     * @return the term, empty if the code is neither form of a term of this vocabulary
     */
    public static Optional<Quintile> fromUnCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Quintile term : values()) {
            if (term.unCode.equals(code) || term.sdmxCode.equals(code)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code q1}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static Quintile fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
