package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of an {@link Organization}: what it is in the health system.
 * <p>
 * The IATI organisation type an organisation is reported as follows from its kind together with its country, a
 * facility's ownership and the activity it takes part in (see {@link Organization#reportedIatiType(java.util.Set,
 * java.util.Set)}); an organisation may also state its type.
 */
public enum OrganizationKind implements Coded {
    /** A national government as a whole, such as the Government of Algeria. */
    GOVERNMENT("government", "Government", false),
    /** A ministry, such as a ministry of health. */
    MINISTRY("ministry", "Ministry", false),
    /** A regional or local government: a region, a province, a municipality. */
    LOCAL_GOVERNMENT("local-government", "Local government", false),
    /** A public agency or public institution other than a fund or facility. */
    PUBLIC_AGENCY("public-agency", "Public agency", false),
    /** A social security fund, such as Algeria's CNAS. */
    SOCIAL_SECURITY_FUND("social-security-fund", "Social security fund", false),
    /** A health insurance fund, such as Mauritania's CNAM. */
    HEALTH_INSURANCE_FUND("health-insurance-fund", "Health insurance fund", false),
    /** A mutual health organisation (mutuelle), such as MUMAP. */
    MUTUAL_HEALTH_ORGANISATION("mutual-health-organisation", "Mutual health organisation", false),
    /** A federation of mutual health organisations, such as the Mutualité française; collective. */
    FEDERATION_OF_MUTUALS("federation-of-mutuals", "Federation of mutuals", true),
    /** A network or coalition of organisations, such as a network of mutualist health centres; collective. */
    NETWORK("network", "Network or coalition", true),
    /**
     * A health facility: a hospital, health centre, clinic or health post; the only kind with a
     * {@link FacilityProfile}.
     */
    HEALTH_FACILITY("health-facility", "Health facility", false),
    /** A bilateral development agency, such as Enabel. */
    DEVELOPMENT_AGENCY("development-agency", "Development agency", false),
    /** A multilateral organisation, such as the WHO or the European Union; it has no country. */
    MULTILATERAL("multilateral", "Multilateral organisation", false),
    /** A university, school or research institute, such as EHESP. */
    ACADEMIC("academic", "Academic institution", false),
    /** A non-governmental organisation or association. */
    NGO("ngo", "NGO or association", false),
    /** A private philanthropic foundation, such as the Bill &amp; Melinda Gates Foundation. */
    FOUNDATION("foundation", "Foundation", false),
    /** A private company. */
    PRIVATE_COMPANY("private-company", "Private company", false),
    /** A newspaper, broadcaster or news agency, such as the AIP; public or private. */
    MEDIA("media", "Media or news agency", false),
    /** A unit set up to manage a programme or project. */
    PROGRAMME_MANAGEMENT_UNIT("programme-management-unit", "Programme management unit", false);

    /** The vocabulary of organization kind terms. */
    public static final Vocabulary<OrganizationKind> VOCABULARY = Vocabulary.of(OrganizationKind.class,
        "uhc-model");

    private final String code;
    private final String label;
    private final boolean collective;

    OrganizationKind(String code, String label, boolean collective) {
        this.code = code;
        this.label = label;
        this.collective = collective;
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
     * Checks whether an organisation of this kind stands for several member organisations:
     * a network or a federation of mutuals. An agreement such as a charter may have a collective party alone.
     *
     * @return true for {@link #NETWORK} and {@link #FEDERATION_OF_MUTUALS}
     */
    public boolean isCollective() {
        return collective;
    }

    /**
     * Obtains a kind from its code.
     *
     * @param code  the code, such as {@code social-security-fund}
     * @return the kind, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static OrganizationKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
