package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;

/**
 * The OECD DAC purpose codes (CRS sectors) of health ({@code 121xx}, {@code 122xx}), non-communicable diseases
 * ({@code 123xx}), population and reproductive health ({@code 130xx}) and other social infrastructure and services,
 * social protection among them ({@code 160xx}): every code of these five categories in the CRS list, with the
 * OECD's names.
 * <p>
 * The list is the CRS purpose codes as the OECD updated them in January 2023, as the IATI Standard's Sector codelist
 * (vocabulary 1, "OECD DAC CRS Purpose Codes (5 digit)") replicates them in its update of 2023-02-23; 12381 is no
 * longer among them. The code is the five-digit DAC code; {@link #category()} is its three-digit category.
 * <p>
 * Where a programme belongs follows the CRS clarifications of each code: health (medical) insurance programmes are
 * {@link #HEALTH_POLICY} (12110), not {@link #SOCIAL_SECURITY} (16012, sickness cash benefits); work towards universal
 * health coverage is {@link #BASIC_HEALTH_CARE} (12220); {@link #MEDICAL_SERVICES} (12191) excludes non-communicable
 * diseases, which sit under {@code 123xx}, cardiovascular disease and cancer under
 * {@link #OTHER_NCD_PREVENTION_AND_TREATMENT} (12350).
 */
public enum DacSector implements Coded {
    /**
     * 12110 Health policy and administrative management. It covers medical (health) insurance programmes and
     * health-system strengthening.
     */
    HEALTH_POLICY("12110", "Health policy and administrative management", DacCategory.HEALTH_GENERAL),
    /** 12181 Medical education/training. */
    MEDICAL_EDUCATION("12181", "Medical education/training", DacCategory.HEALTH_GENERAL),
    /** 12182 Medical research. */
    MEDICAL_RESEARCH("12182", "Medical research", DacCategory.HEALTH_GENERAL),
    /** 12191 Medical services. It excludes non-communicable diseases, which the CRS places under 123xx. */
    MEDICAL_SERVICES("12191", "Medical services", DacCategory.HEALTH_GENERAL),
    /** 12196 Health statistics and data. */
    HEALTH_STATISTICS("12196", "Health statistics and data", DacCategory.HEALTH_GENERAL),
    /** 12220 Basic health care. It covers activities aimed at universal health coverage. */
    BASIC_HEALTH_CARE("12220", "Basic health care", DacCategory.BASIC_HEALTH),
    /** 12230 Basic health infrastructure. */
    BASIC_HEALTH_INFRASTRUCTURE("12230", "Basic health infrastructure", DacCategory.BASIC_HEALTH),
    /** 12240 Basic nutrition. */
    BASIC_NUTRITION("12240", "Basic nutrition", DacCategory.BASIC_HEALTH),
    /** 12250 Infectious disease control. */
    INFECTIOUS_DISEASE_CONTROL("12250", "Infectious disease control", DacCategory.BASIC_HEALTH),
    /** 12261 Health education. */
    HEALTH_EDUCATION("12261", "Health education", DacCategory.BASIC_HEALTH),
    /** 12262 Malaria control. */
    MALARIA_CONTROL("12262", "Malaria control", DacCategory.BASIC_HEALTH),
    /** 12263 Tuberculosis control. */
    TUBERCULOSIS_CONTROL("12263", "Tuberculosis control", DacCategory.BASIC_HEALTH),
    /** 12264 COVID-19 control. */
    COVID_19_CONTROL("12264", "COVID-19 control", DacCategory.BASIC_HEALTH),
    /** 12281 Health personnel development. */
    HEALTH_PERSONNEL_DEVELOPMENT("12281", "Health personnel development", DacCategory.BASIC_HEALTH),
    /** 12310 NCDs control, general. */
    NCD_CONTROL("12310", "NCDs control, general", DacCategory.NON_COMMUNICABLE_DISEASES),
    /** 12320 Tobacco use control. */
    TOBACCO_USE_CONTROL("12320", "Tobacco use control", DacCategory.NON_COMMUNICABLE_DISEASES),
    /** 12330 Control of harmful use of alcohol and drugs. */
    HARMFUL_ALCOHOL_AND_DRUG_USE_CONTROL("12330", "Control of harmful use of alcohol and drugs",
        DacCategory.NON_COMMUNICABLE_DISEASES),
    /** 12340 Promotion of mental health and well-being. */
    MENTAL_HEALTH_PROMOTION("12340", "Promotion of mental health and well-being",
        DacCategory.NON_COMMUNICABLE_DISEASES),
    /**
     * 12350 Other prevention and treatment of NCDs. It covers cardiovascular disease, diabetes and cancer, among
     * others.
     */
    OTHER_NCD_PREVENTION_AND_TREATMENT("12350", "Other prevention and treatment of NCDs",
        DacCategory.NON_COMMUNICABLE_DISEASES),
    /** 12382 Research for prevention and control of NCDs. */
    NCD_RESEARCH("12382", "Research for prevention and control of NCDs", DacCategory.NON_COMMUNICABLE_DISEASES),
    /** 13010 Population policy and administrative management. */
    POPULATION_POLICY("13010", "Population policy and administrative management",
        DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH),
    /** 13020 Reproductive health care. */
    REPRODUCTIVE_HEALTH_CARE("13020", "Reproductive health care", DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH),
    /** 13030 Family planning. */
    FAMILY_PLANNING("13030", "Family planning", DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH),
    /** 13040 STD control including HIV/AIDS. */
    STD_CONTROL_INCLUDING_HIV_AIDS("13040", "STD control including HIV/AIDS",
        DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH),
    /** 13081 Personnel development for population and reproductive health. */
    REPRODUCTIVE_HEALTH_PERSONNEL_DEVELOPMENT("13081", "Personnel development for population and reproductive health",
        DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH),
    /** 13096 Population statistics and data. */
    POPULATION_STATISTICS("13096", "Population statistics and data", DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH),
    /** 16010 Social Protection. */
    SOCIAL_PROTECTION("16010", "Social Protection", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16011 Social protection and welfare services policy, planning and administration. */
    SOCIAL_PROTECTION_POLICY("16011", "Social protection and welfare services policy, planning and administration",
        DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /**
     * 16012 Social security (excl pensions). Sickness and injury cash benefits, not health insurance, which the CRS
     * places under 12110.
     */
    SOCIAL_SECURITY("16012", "Social security (excl pensions)", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16013 General pensions. */
    GENERAL_PENSIONS("16013", "General pensions", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16014 Civil service pensions. */
    CIVIL_SERVICE_PENSIONS("16014", "Civil service pensions", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16015 Social services (incl youth development and women+ children). */
    SOCIAL_SERVICES("16015", "Social services (incl youth development and women+ children)",
        DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16020 Employment creation. */
    EMPLOYMENT_CREATION("16020", "Employment creation", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16030 Housing policy and administrative management. */
    HOUSING_POLICY("16030", "Housing policy and administrative management", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16040 Low-cost housing. */
    LOW_COST_HOUSING("16040", "Low-cost housing", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16050 Multisector aid for basic social services. */
    MULTISECTOR_BASIC_SOCIAL_SERVICES("16050", "Multisector aid for basic social services",
        DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16061 Culture and recreation. */
    CULTURE_AND_RECREATION("16061", "Culture and recreation", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16062 Statistical capacity building. */
    STATISTICAL_CAPACITY_BUILDING("16062", "Statistical capacity building", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16063 Narcotics control. */
    NARCOTICS_CONTROL("16063", "Narcotics control", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16064 Social mitigation of HIV/AIDS. */
    SOCIAL_MITIGATION_OF_HIV_AIDS("16064", "Social mitigation of HIV/AIDS", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16065 Recreation and sport. */
    RECREATION_AND_SPORT("16065", "Recreation and sport", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16066 Culture. */
    CULTURE("16066", "Culture", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16070 Labour rights. */
    LABOUR_RIGHTS("16070", "Labour rights", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE),
    /** 16080 Social dialogue. */
    SOCIAL_DIALOGUE("16080", "Social dialogue", DacCategory.OTHER_SOCIAL_INFRASTRUCTURE);

    /** The vocabulary of DAC purpose codes. */
    public static final Vocabulary<DacSector> VOCABULARY = Vocabulary.of(DacSector.class,
        "OECD DAC CRS purpose codes, January 2023 update, as the IATI Standard codelist Sector (vocabulary 1) lists "
            + "them on 2023-02-23: categories 121, 122, 123, 130 and 160");

    private final String code;
    private final String label;
    private final DacCategory category;

    DacSector(String code, String label, DacCategory category) {
        this.code = code;
        this.label = label;
        this.category = category;
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
     * Gets the three-digit DAC category the code belongs to.
     *
     * @return the category, such as {@link DacCategory#BASIC_HEALTH} for 12220, not null
     */
    public DacCategory category() {
        return category;
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
