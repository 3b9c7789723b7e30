package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;

/**
 * The three-digit OECD DAC sector categories that hold the model's {@link DacSector purpose codes}, with the OECD's
 * names, as the IATI Standard's SectorCategory codelist (sector vocabulary 2, "OECD DAC CRS Purpose Codes (3 digit)")
 * lists them on 2023-02-23.
 */
public enum DacCategory implements Coded {
    /** 121 Health, General. */
    HEALTH_GENERAL("121", "Health, General"),
    /** 122 Basic Health. */
    BASIC_HEALTH("122", "Basic Health"),
    /** 123 Non-communicable diseases (NCDs). */
    NON_COMMUNICABLE_DISEASES("123", "Non-communicable diseases (NCDs)"),
    /** 130 Population Policies/Programmes &amp; Reproductive Health. */
    POPULATION_AND_REPRODUCTIVE_HEALTH("130", "Population Policies/Programmes & Reproductive Health"),
    /** 160 Other Social Infrastructure &amp; Services. */
    OTHER_SOCIAL_INFRASTRUCTURE("160", "Other Social Infrastructure & Services");

    /** The vocabulary of DAC sector categories. */
    public static final Vocabulary<DacCategory> VOCABULARY = Vocabulary.of(DacCategory.class,
        "OECD DAC CRS sector categories, January 2023 update, as the IATI Standard codelist SectorCategory "
            + "(vocabulary 2) lists them on 2023-02-23: categories 121, 122, 123, 130 and 160");

    private final String code;
    private final String label;

    DacCategory(String code, String label) {
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
     * Obtains a category from its three-digit code.
     *
     * @param code  the code, such as {@code 122}
     * @return the category, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is not one of the model's categories
     */
    public static DacCategory fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
