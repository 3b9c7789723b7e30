package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;

/**
 * The OECD DAC purpose codes (CRS sectors) of health, population and social protection that the model uses.
 * The code is the five-digit DAC code.
 */
public enum DacSector implements Coded {
    /** 12110 Health policy and administrative management. */
    HEALTH_POLICY("12110", "Health policy and administrative management"),
    /** 12181 Medical education/training. */
    MEDICAL_EDUCATION("12181", "Medical education/training"),
    /** 12182 Medical research. */
    MEDICAL_RESEARCH("12182", "Medical research"),
    /** 12191 Medical services. */
    MEDICAL_SERVICES("12191", "Medical services"),
    /** 12196 Health statistics and data. */
    HEALTH_STATISTICS("12196", "Health statistics and data"),
    /** 12220 Basic health care. */
    BASIC_HEALTH_CARE("12220", "Basic health care"),
    /** 12230 Basic health infrastructure. */
    BASIC_HEALTH_INFRASTRUCTURE("12230", "Basic health infrastructure"),
    /** 12240 Basic nutrition. */
    BASIC_NUTRITION("12240", "Basic nutrition"),
    /** 12250 Infectious disease control. */
    INFECTIOUS_DISEASE_CONTROL("12250", "Infectious disease control"),
    /** 12261 Health education. */
    HEALTH_EDUCATION("12261", "Health education"),
    /** 12281 Health personnel development. */
    HEALTH_PERSONNEL_DEVELOPMENT("12281", "Health personnel development"),
    /** 13020 Reproductive health care. */
    REPRODUCTIVE_HEALTH_CARE("13020", "Reproductive health care"),
    /** 13030 Family planning. */
    FAMILY_PLANNING("13030", "Family planning"),
    /** 16010 Social protection. */
    SOCIAL_PROTECTION("16010", "Social protection"),
    /** 16011 Social protection and welfare services policy, planning and administration. */
    SOCIAL_PROTECTION_POLICY("16011", "Social protection and welfare services policy, planning and administration"),
    /** 16012 Social security (excl. pensions). */
    SOCIAL_SECURITY("16012", "Social security (excl. pensions)");

    /** The vocabulary of dac sector terms. */
    public static final Vocabulary<DacSector> VOCABULARY = Vocabulary.of(DacSector.class,
        "OECD DAC CRS purpose codes, as the IATI Standard 2.03 codelist Sector lists them");

    private final String code;
    private final String label;

    DacSector(String code, String label) {
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
     * Obtains a sector from its five-digit DAC code.
     *
     * @param code  the code, such as {@code 12220}
     * @return the sector, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is not one of the model's sectors
     */
    public static DacSector fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
