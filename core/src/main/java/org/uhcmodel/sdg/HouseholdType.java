package org.uhcmodel.sdg;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The make-up of the households an indicator value is restricted to, by the ages of their members, as the UN
 * SDG Global Database breaks down indicator 3.8.2.
 */
public enum HouseholdType implements Coded {
    /** Households of adults aged 20 to 59 only. */
    ADULTS_ONLY("adults-only", "Only adults aged 20 to 59", "HH_ADTONLY", "HH_ADTONLY"),
    /** Adults with children aged 0 to 9 or adolescents aged 10 to 19. */
    ADULTS_WITH_CHILDREN("adults-with-children", "Adults with children or adolescents", "HH_ADTWCHLDADO",
        "HH_ADTWCHLDADO"),
    /** Adults with people under 20 and people aged 60 or over. */
    MULTIGENERATIONAL("multigenerational", "Multigenerational", "HH_MULTIGEN", "HH_MULTIGEN"),
    /** Adults with at least one person aged 60 or over. */
    ADULTS_WITH_OLDER_PEOPLE("adults-with-older-people", "Adults with older people", "HH_ADTWOLDER", "HH_ADTWOLDER"),
    /** Households of people aged 60 or over only. */
    OLDER_PEOPLE_ONLY("older-people-only", "Only people aged 60 or over", "HH_ONLYOLDER", "HH_ONLYOLDER");

    /** The vocabulary of household types. */
    public static final Vocabulary<HouseholdType> VOCABULARY = Vocabulary.of(HouseholdType.class,
        "UN SDG Global Database dimension codes (API of 2025.Q4, series SH_OOP_XPD_EARNNET40), with the model's codes");

    private final String code;
    private final String label;
    private final String unCode;
    private final String sdmxCode;

    HouseholdType(String code, String label, String unCode, String sdmxCode) {
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
     * @return the code, such as {@code HH_MULTIGEN}, not null
     */
    public String unCode() {
        return unCode;
    }

    /**
     * Finds a term by the code the UN SDG Global Database or its SDMX form gives it.
     *
     * @param code  the code, such as {@code HH_MULTIGEN} or {@code HH_MULTIGEN}, not null
     * @return the term, empty if the code is neither form of a term of this vocabulary
     */
    public static Optional<HouseholdType> fromUnCode(String code) {
        Objects.requireNonNull(code, "code");
        for (HouseholdType term : values()) {
            if (term.unCode.equals(code) || term.sdmxCode.equals(code)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code multigenerational}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static HouseholdType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
