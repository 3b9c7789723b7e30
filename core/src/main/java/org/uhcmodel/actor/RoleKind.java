package org.uhcmodel.actor;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of role a person holds in a {@link Position}, whatever the title the source gives.
 */
public enum RoleKind implements Coded {
    /** A minister, such as a minister of health. */
    MINISTER("minister", "Minister"),
    /** A vice-minister or deputy minister. */
    VICE_MINISTER("vice-minister", "Vice-minister"),
    /** A secretary-general of a ministry or organisation. */
    SECRETARY_GENERAL("secretary-general", "Secretary-general"),
    /** A director-general, such as the head of a social security fund. */
    DIRECTOR_GENERAL("director-general", "Director-general"),
    /** A president of an organisation, such as a federation of mutuals. */
    PRESIDENT("president", "President"),
    /** A rector of a university. */
    RECTOR("rector", "Rector"),
    /** A director, such as the director of a hospital or a department. */
    DIRECTOR("director", "Director"),
    /** The head of an agency's office in a country, such as Enabel's resident representative. */
    COUNTRY_DIRECTOR("country-director", "Country director"),
    /** A coordinator, such as a programme coordinator. */
    COORDINATOR("coordinator", "Coordinator"),
    /** A special envoy. */
    SPECIAL_ENVOY("special-envoy", "Special envoy"),
    /** An ambassador. */
    AMBASSADOR("ambassador", "Ambassador"),
    /** An expert or adviser. */
    EXPERT("expert", "Expert"),
    /** A head of state. */
    HEAD_OF_STATE("head-of-state", "Head of state"),
    /** A head of government, such as a prime minister. */
    HEAD_OF_GOVERNMENT("head-of-government", "Head of government"),
    /** A representative of an organisation. */
    REPRESENTATIVE("representative", "Representative");

    /** The vocabulary of role kind terms. */
    public static final Vocabulary<RoleKind> VOCABULARY = Vocabulary.of(RoleKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    RoleKind(String code, String label) {
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
     * Obtains a role from its code.
     *
     * @param code  the code, such as {@code director-general}
     * @return the role, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static RoleKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
