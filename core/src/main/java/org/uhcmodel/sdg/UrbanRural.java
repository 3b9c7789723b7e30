package org.uhcmodel.sdg;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Where the people an indicator value is restricted to live: in urban or in rural areas.
 */
public enum UrbanRural implements Coded {
    /** People living in urban areas. */
    URBAN("urban", "Urban", "URBAN", "U"),
    /** People living in rural areas. */
    RURAL("rural", "Rural", "RURAL", "R");

    /** The vocabulary of places of residence. */
    public static final Vocabulary<UrbanRural> VOCABULARY = Vocabulary.of(UrbanRural.class,
        "UN SDG Global Database dimension codes (API of 2025.Q4, series SH_OOP_XPD_EARNNET40), with the model's codes");

    private final String code;
    private final String label;
    private final String unCode;
    private final String sdmxCode;

    UrbanRural(String code, String label, String unCode, String sdmxCode) {
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
     * @return the code, such as {@code RURAL}, not null
     */
    public String unCode() {
        return unCode;
    }

    /**
     * Finds a term by the code the UN SDG Global Database or its SDMX form gives it.
     *
     * @param code  the code, such as {@code RURAL} or {@code R}, not null
     * @return the term, empty if the code is neither form of a term of this vocabulary
     */
    public static Optional<UrbanRural> fromUnCode(String code) {
        Objects.requireNonNull(code, "code");
        for (UrbanRural term : values()) {
            if (term.unCode.equals(code) || term.sdmxCode.equals(code)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code rural}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static UrbanRural fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
