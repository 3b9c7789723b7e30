package org.uhcmodel.area;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kinds of built-in {@link Area}: a country, the World, or a group of countries defined by the UN, WHO or the
 * World Bank.
 */
public enum AreaKind implements Coded {
    /** A country or area of ISO 3166-1, or Kosovo. */
    COUNTRY("country", "Country or area"),
    /** The World, UN M49 area 001. */
    WORLD("world", "World"),
    /** A region, sub-region or intermediate region of UN M49, such as sub-Saharan Africa (202). */
    M49_REGION("m49-region", "UN M49 region"),
    /** A region of the World Health Organization, such as the African Region. */
    WHO_REGION("who-region", "WHO region"),
    /** A geographic aggregate of the World Bank, such as Sub-Saharan Africa (SSF), also when limited by income. */
    WORLD_BANK_REGION("world-bank-region", "World Bank region"),
    /** An income group of the World Bank, such as High income (HIC). */
    WORLD_BANK_INCOME_GROUP("world-bank-income-group", "World Bank income group"),
    /** A lending group of the World Bank, such as IDA total (IDA). */
    WORLD_BANK_LENDING_GROUP("world-bank-lending-group", "World Bank lending group"),
    /** Another grouping of the World Bank, such as Fragile and conflict affected situations (FCS). */
    WORLD_BANK_OTHER_GROUP("world-bank-other-group", "Other World Bank group"),
    /** An economy of the World Bank that is no country of ISO 3166-1: the Channel Islands (CHI). */
    WORLD_BANK_ECONOMY("world-bank-economy", "World Bank economy without an ISO code");

    /** The vocabulary of kinds of area. */
    public static final Vocabulary<AreaKind> VOCABULARY = Vocabulary.of(AreaKind.class,
        "uhc-model, after UN M49, the WHO regions and the World Bank's aggregates");

    private final String code;
    private final String label;

    AreaKind(String code, String label) {
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
     * Checks whether areas of this kind are groups of countries rather than one country.
     *
     * @return true for every kind but {@link #COUNTRY} and {@link #WORLD_BANK_ECONOMY}
     */
    public boolean isAggregate() {
        return this != COUNTRY && this != WORLD_BANK_ECONOMY;
    }

    /**
     * Obtains a kind from its code.
     *
     * @param code  the code, such as {@code who-region}, not null
     * @return the kind, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static AreaKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
