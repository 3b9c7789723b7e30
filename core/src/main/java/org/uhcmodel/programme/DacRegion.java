package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * A recipient region of the OECD DAC, from the IATI Region codelist (region vocabulary 1, OECD DAC); the withdrawn code
 * 380 (West Indies) is not among them. The code is the DAC code.
 */
public enum DacRegion implements Coded {
    /** 88 States Ex-Yugoslavia unspecified. */
    EX_YUGOSLAVIA("88", "States Ex-Yugoslavia unspecified"),
    /** 89 Europe, regional. */
    EUROPE("89", "Europe, regional"),
    /** 189 North of Sahara, regional. */
    NORTH_OF_SAHARA("189", "North of Sahara, regional"),
    /** 289 South of Sahara, regional. */
    SOUTH_OF_SAHARA("289", "South of Sahara, regional"),
    /** 298 Africa, regional. */
    AFRICA("298", "Africa, regional"),
    /** 389 Caribbean &amp; Central America, regional. */
    CARIBBEAN_AND_CENTRAL_AMERICA("389", "Caribbean & Central America, regional"),
    /** 489 South America, regional. */
    SOUTH_AMERICA("489", "South America, regional"),
    /** 498 America, regional. */
    AMERICA("498", "America, regional"),
    /** 589 Middle East, regional. */
    MIDDLE_EAST("589", "Middle East, regional"),
    /** 619 Central Asia, regional. */
    CENTRAL_ASIA("619", "Central Asia, regional"),
    /** 679 South Asia, regional. */
    SOUTH_ASIA("679", "South Asia, regional"),
    /** 689 South &amp; Central Asia, regional. */
    SOUTH_AND_CENTRAL_ASIA("689", "South & Central Asia, regional"),
    /** 789 Far East Asia, regional. */
    FAR_EAST_ASIA("789", "Far East Asia, regional"),
    /** 798 Asia, regional. */
    ASIA("798", "Asia, regional"),
    /** 889 Oceania, regional. */
    OCEANIA("889", "Oceania, regional"),
    /** 998 Developing countries, unspecified. */
    DEVELOPING_COUNTRIES("998", "Developing countries, unspecified"),
    /** 1027 Eastern Africa, regional. */
    EASTERN_AFRICA("1027", "Eastern Africa, regional"),
    /** 1028 Middle Africa, regional. */
    MIDDLE_AFRICA("1028", "Middle Africa, regional"),
    /** 1029 Southern Africa, regional. */
    SOUTHERN_AFRICA("1029", "Southern Africa, regional"),
    /** 1030 Western Africa, regional. */
    WESTERN_AFRICA("1030", "Western Africa, regional"),
    /** 1031 Caribbean, regional. */
    CARIBBEAN("1031", "Caribbean, regional"),
    /** 1032 Central America, regional. */
    CENTRAL_AMERICA("1032", "Central America, regional"),
    /** 1033 Melanesia, regional. */
    MELANESIA("1033", "Melanesia, regional"),
    /** 1034 Micronesia, regional. */
    MICRONESIA("1034", "Micronesia, regional"),
    /** 1035 Polynesia, regional. */
    POLYNESIA("1035", "Polynesia, regional");

    /** The vocabulary of DAC region terms. */
    public static final Vocabulary<DacRegion> VOCABULARY = Vocabulary.of(DacRegion.class,
        "IATI Standard 2.03, codelist Region, vocabulary 1 OECD DAC (non-embedded, as of 2023-03-01), active codes");

    private final String code;
    private final String label;

    DacRegion(String code, String label) {
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
     * @param code  the code, such as {@code 289}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static DacRegion fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
