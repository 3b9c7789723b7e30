package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of an {@link Organization}, each reported to IATI as an {@link IatiOrganisationType}.
 */
public enum OrganizationKind implements Coded {
    /** A national government as a whole, such as the Government of Algeria. */
    GOVERNMENT("government", "Government", IatiOrganisationType.GOVERNMENT, false),
    /** A ministry, such as a ministry of health. */
    MINISTRY("ministry", "Ministry", IatiOrganisationType.GOVERNMENT, false),
    /** A public agency or public institution other than a fund or facility. */
    PUBLIC_AGENCY("public-agency", "Public agency", IatiOrganisationType.OTHER_PUBLIC_SECTOR, false),
    /** A social security fund, such as Algeria's CNAS. */
    SOCIAL_SECURITY_FUND("social-security-fund", "Social security fund", IatiOrganisationType.OTHER_PUBLIC_SECTOR, false),
    /** A health insurance fund, such as Mauritania's CNAM. */
    HEALTH_INSURANCE_FUND("health-insurance-fund", "Health insurance fund", IatiOrganisationType.OTHER_PUBLIC_SECTOR, false),
    /** A mutual health organisation (mutuelle), such as MUMAP. */
    MUTUAL_HEALTH_ORGANISATION("mutual-health-organisation", "Mutual health organisation", IatiOrganisationType.NATIONAL_NGO, false),
    /** A federation of mutual health organisations, such as the Mutualité française; collective. */
    FEDERATION_OF_MUTUALS("federation-of-mutuals", "Federation of mutuals", IatiOrganisationType.NATIONAL_NGO, true),
    /** A network or coalition of organisations, such as a network of mutualist health centres; collective. */
    NETWORK("network", "Network or coalition", IatiOrganisationType.INTERNATIONAL_NGO, true),
    /** A health facility: a hospital, health centre, clinic or health post; the only kind with a {@link FacilityProfile}. */
    HEALTH_FACILITY("health-facility", "Health facility", IatiOrganisationType.OTHER_PUBLIC_SECTOR, false),
    /** A bilateral development agency, such as Enabel. */
    DEVELOPMENT_AGENCY("development-agency", "Development agency", IatiOrganisationType.GOVERNMENT, false),
    /** A multilateral organisation, such as the WHO or the European Union; it has no country. */
    MULTILATERAL("multilateral", "Multilateral organisation", IatiOrganisationType.MULTILATERAL, false),
    /** A university, school or research institute, such as EHESP. */
    ACADEMIC("academic", "Academic institution", IatiOrganisationType.ACADEMIC_TRAINING_AND_RESEARCH, false),
    /** A non-governmental organisation or association. */
    NGO("ngo", "NGO or association", IatiOrganisationType.NATIONAL_NGO, false),
    /** A private company. */
    PRIVATE_COMPANY("private-company", "Private company", IatiOrganisationType.PRIVATE_SECTOR, false),
    /** A newspaper, broadcaster or news agency, such as the AIP. */
    MEDIA("media", "Media or news agency", IatiOrganisationType.PRIVATE_SECTOR, false),
    /** A unit set up to manage a programme or project. */
    PROGRAMME_MANAGEMENT_UNIT("programme-management-unit", "Programme management unit", IatiOrganisationType.OTHER_PUBLIC_SECTOR, false);

    /** The vocabulary of organization kind terms. */
    public static final Vocabulary<OrganizationKind> VOCABULARY = Vocabulary.of(OrganizationKind.class,
        "uhc-model");

    private final String code;
    private final String label;
    private final IatiOrganisationType iatiType;
    private final boolean collective;

    OrganizationKind(String code, String label, IatiOrganisationType iatiType, boolean collective) {
        this.code = code;
        this.label = label;
        this.iatiType = iatiType;
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
     * Gets the IATI organisation type this kind is reported as.
     *
     * @return the IATI type, not null
     */
    public IatiOrganisationType iatiType() {
        return iatiType;
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
