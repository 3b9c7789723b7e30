package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The IATI OrganisationType codelist: the type of an organisation as IATI activity files report it.
 * The code is the official IATI code, such as {@code 10} for a government.
 */
public enum IatiOrganisationType implements Coded {
    /** 10 Government. */
    GOVERNMENT("10", "Government"),
    /** 11 Local Government. */
    LOCAL_GOVERNMENT("11", "Local Government"),
    /** 15 Other Public Sector. */
    OTHER_PUBLIC_SECTOR("15", "Other Public Sector"),
    /** 21 International NGO. */
    INTERNATIONAL_NGO("21", "International NGO"),
    /** 22 National NGO. */
    NATIONAL_NGO("22", "National NGO"),
    /** 23 Regional NGO. */
    REGIONAL_NGO("23", "Regional NGO"),
    /** 24 Partner Country based NGO. */
    PARTNER_COUNTRY_BASED_NGO("24", "Partner Country based NGO"),
    /** 30 Public Private Partnership. */
    PUBLIC_PRIVATE_PARTNERSHIP("30", "Public Private Partnership"),
    /** 40 Multilateral. */
    MULTILATERAL("40", "Multilateral"),
    /** 60 Foundation. */
    FOUNDATION("60", "Foundation"),
    /** 70 Private Sector. */
    PRIVATE_SECTOR("70", "Private Sector"),
    /** 71 Private Sector in Provider Country. */
    PRIVATE_SECTOR_IN_PROVIDER_COUNTRY("71", "Private Sector in Provider Country"),
    /** 72 Private Sector in Aid Recipient Country. */
    PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY("72", "Private Sector in Aid Recipient Country"),
    /** 73 Private Sector in Third Country. */
    PRIVATE_SECTOR_IN_THIRD_COUNTRY("73", "Private Sector in Third Country"),
    /** 80 Academic, Training and Research. */
    ACADEMIC_TRAINING_AND_RESEARCH("80", "Academic, Training and Research"),
    /** 90 Other. */
    OTHER("90", "Other");

    /** The vocabulary of iati organisation type terms. */
    public static final Vocabulary<IatiOrganisationType> VOCABULARY = Vocabulary.of(IatiOrganisationType.class,
        "IATI Standard 2.03, codelist OrganisationType");

    private final String code;
    private final String label;

    IatiOrganisationType(String code, String label) {
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
     * Obtains a type from its code.
     *
     * @param code  the code, such as {@code 10}
     * @return the type, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static IatiOrganisationType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
