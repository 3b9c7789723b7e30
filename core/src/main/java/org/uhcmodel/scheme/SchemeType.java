package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of a {@link CoverageScheme}, by how it is organised and financed.
 */
public enum SchemeType implements Coded {
    /** Social health insurance funded by compulsory contributions on earnings, such as the CNAS in Algeria. */
    SOCIAL_HEALTH_INSURANCE("social-health-insurance", "Social health insurance"),
    /** A scheme or solidarity fund paid from the government budget, such as free care for the indigent. */
    TAX_FUNDED("tax-funded", "Tax-funded scheme or solidarity fund"),
    /** Universal health insurance meant to cover the whole population, such as the CMU in Côte d'Ivoire. */
    UNIVERSAL_HEALTH_INSURANCE("universal-health-insurance", "Universal health insurance"),
    /**
     * Insurance run by a mutual health organisation, such as a mutuelle, voluntary or on behalf of a compulsory scheme.
     */
    MUTUAL_HEALTH_INSURANCE("mutual-health-insurance", "Mutual health insurance"),
    /** Community-based health insurance pooled in a village, district or trade. */
    COMMUNITY_BASED_HEALTH_INSURANCE("community-based-health-insurance", "Community-based health insurance"),
    /** Voluntary insurance sold by a private insurer. */
    VOLUNTARY_PRIVATE("voluntary-private", "Voluntary private insurance"),
    /**
     * A scheme paid by donors, charities or development agencies, such as free care a non-profit organisation funds.
     */
    DONOR_FUNDED("donor-funded", "Donor-funded scheme"),
    /** Care an enterprise provides or pays for its staff directly, without insurance. */
    ENTERPRISE("enterprise", "Enterprise scheme");

    /** The vocabulary of scheme type terms. */
    public static final Vocabulary<SchemeType> VOCABULARY = Vocabulary.of(SchemeType.class,
        "uhc-model");

    private final String code;
    private final String label;

    SchemeType(String code, String label) {
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
     * @param code  the code, such as {@code social-health-insurance}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static SchemeType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
