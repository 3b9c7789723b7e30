package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * A category of health services a {@link Benefit} covers: the services dimension of the UHC cube.
 */
public enum ServiceCategory implements Coded {
    /** Consultations and care without a hospital stay. */
    OUTPATIENT("outpatient", "Outpatient care"),
    /** Care with a hospital stay. */
    INPATIENT("inpatient", "Inpatient care"),
    /** Antenatal care, delivery and postnatal care. */
    MATERNITY("maternity", "Maternity"),
    /** Medicines dispensed to patients. */
    MEDICINES("medicines", "Medicines"),
    /** Laboratory tests and medical imaging. */
    DIAGNOSTICS("diagnostics", "Diagnostics"),
    /** Vaccination, screening and other preventive care. */
    PREVENTION("prevention", "Prevention"),
    /** Dental care. */
    DENTAL("dental", "Dental care"),
    /** Glasses, lenses and eye examinations. */
    OPTICAL("optical", "Optical care"),
    /** Care received in another country, such as patient transfers abroad. */
    TREATMENT_ABROAD("treatment-abroad", "Treatment abroad"),
    /** Surgical operations, with or without a hospital stay. */
    SURGERY("surgery", "Surgery");

    /** The vocabulary of service category terms. */
    public static final Vocabulary<ServiceCategory> VOCABULARY = Vocabulary.of(ServiceCategory.class,
        "uhc-model");

    private final String code;
    private final String label;

    ServiceCategory(String code, String label) {
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
     * @param code  the code, such as {@code outpatient}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ServiceCategory fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
