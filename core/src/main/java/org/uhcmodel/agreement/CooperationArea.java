package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import java.util.Optional;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.DacSector;

/**
 * A field of cooperation named by an agreement or a commitment: a medical specialty or a domain of the health system.
 * <p>
 * The vocabulary is curated by the model; each area maps to the OECD DAC sector it is reported under,
 * where one fits (artificial intelligence has none of its own), following the CRS clarifications of each purpose code
 * (see {@link DacSector}): surgery and care of non-communicable diseases (cardiovascular disease, cancer) under 12350,
 * not 12191, which excludes them; health insurance under 12110, not 16012; universal health coverage under 12220.
 */
public enum CooperationArea implements Coded {
    /** Paediatrics (medical specialty, DAC 12191). */
    PAEDIATRICS("paediatrics", "Paediatrics", DacSector.MEDICAL_SERVICES, true),
    /** Nuclear medicine (medical specialty, DAC 12191). */
    NUCLEAR_MEDICINE("nuclear-medicine", "Nuclear medicine", DacSector.MEDICAL_SERVICES, true),
    /** Neurosurgery (medical specialty, DAC 12191). */
    NEUROSURGERY("neurosurgery", "Neurosurgery", DacSector.MEDICAL_SERVICES, true),
    /**
     * Cardiac surgery (medical specialty, DAC 12350: the treatment of cardiovascular disease, a non-communicable
     * disease, which 12191 excludes).
     */
    CARDIAC_SURGERY("cardiac-surgery", "Cardiac surgery", DacSector.OTHER_NCD_PREVENTION_AND_TREATMENT, true),
    /** Vascular surgery (medical specialty, DAC 12350: cardiovascular disease, a non-communicable disease). */
    VASCULAR_SURGERY("vascular-surgery", "Vascular surgery", DacSector.OTHER_NCD_PREVENTION_AND_TREATMENT, true),
    /**
     * Paediatric cardiac surgery (medical specialty, DAC 12350: congenital and other heart disease of children, which
     * the CRS counts among cardiovascular diseases).
     */
    PAEDIATRIC_CARDIAC_SURGERY("paediatric-cardiac-surgery", "Paediatric cardiac surgery",
        DacSector.OTHER_NCD_PREVENTION_AND_TREATMENT, true),
    /** Ophthalmology (medical specialty, DAC 12191). */
    OPHTHALMOLOGY("ophthalmology", "Ophthalmology", DacSector.MEDICAL_SERVICES, true),
    /** Neurology (medical specialty, DAC 12191). */
    NEUROLOGY("neurology", "Neurology", DacSector.MEDICAL_SERVICES, true),
    /** Obstetrics and gynaecology (medical specialty, DAC 13020 reproductive health care). */
    OBSTETRICS_GYNAECOLOGY("obstetrics-gynaecology", "Obstetrics and gynaecology",
        DacSector.REPRODUCTIVE_HEALTH_CARE, true),
    /** Oncology (medical specialty, DAC 12350: cancer, a non-communicable disease, which 12191 excludes). */
    ONCOLOGY("oncology", "Oncology", DacSector.OTHER_NCD_PREVENTION_AND_TREATMENT, true),
    /** Rehabilitation (medical specialty, DAC 12191). */
    REHABILITATION("rehabilitation", "Rehabilitation", DacSector.MEDICAL_SERVICES, true),
    /** Psychomotricity (medical specialty, DAC 12191). */
    PSYCHOMOTRICITY("psychomotricity", "Psychomotricity", DacSector.MEDICAL_SERVICES, true),
    /** Reproductive health (medical specialty, DAC 13020). */
    REPRODUCTIVE_HEALTH("reproductive-health", "Reproductive health", DacSector.REPRODUCTIVE_HEALTH_CARE, true),
    /** Medical imaging and radiology (medical specialty, DAC 12191). */
    MEDICAL_IMAGING("medical-imaging", "Medical imaging and radiology", DacSector.MEDICAL_SERVICES, true),
    /** Primary health care (system domain, DAC 12220 basic health care). */
    PRIMARY_HEALTH_CARE("primary-health-care", "Primary health care", DacSector.BASIC_HEALTH_CARE, false),
    /** Health financing (system domain, DAC 12110 health policy and administrative management). */
    HEALTH_FINANCING("health-financing", "Health financing", DacSector.HEALTH_POLICY, false),
    /**
     * Social health protection (system domain, DAC 12110 health policy and administrative management, where the CRS
     * places medical insurance programmes; 16012 is sickness cash benefits).
     */
    SOCIAL_HEALTH_PROTECTION("social-health-protection", "Social health protection", DacSector.HEALTH_POLICY, false),
    /**
     * Digital health: hospital and health information systems, electronic records (system domain, DAC 12110 health
     * policy and administrative management, as health-system strengthening; 12196 is health statistics and data:
     * surveys and health databases).
     */
    DIGITAL_HEALTH("digital-health", "Digital health", DacSector.HEALTH_POLICY, false),
    /** Telemedicine (system domain, DAC 12191 medical services). */
    TELEMEDICINE("telemedicine", "Telemedicine", DacSector.MEDICAL_SERVICES, false),
    /** Artificial intelligence in health (system domain, no DAC sector of its own). */
    ARTIFICIAL_INTELLIGENCE("artificial-intelligence", "Artificial intelligence", null, false),
    /** Training of the health workforce (system domain, DAC 12181 medical education/training). */
    HEALTH_WORKFORCE_TRAINING("health-workforce-training", "Health workforce training",
        DacSector.MEDICAL_EDUCATION, false),
    /** Medical technology and equipment (system domain, DAC 12191 medical services). */
    MEDICAL_TECHNOLOGY("medical-technology", "Medical technology", DacSector.MEDICAL_SERVICES, false),
    /** Governance of the health system (system domain, DAC 12110 health policy and administrative management). */
    GOVERNANCE("governance", "Governance", DacSector.HEALTH_POLICY, false),
    /** Health infrastructure (system domain, DAC 12230 basic health infrastructure). */
    INFRASTRUCTURE("infrastructure", "Infrastructure", DacSector.BASIC_HEALTH_INFRASTRUCTURE, false),
    /** Medical research (system domain, DAC 12182). */
    MEDICAL_RESEARCH("medical-research", "Medical research", DacSector.MEDICAL_RESEARCH, false),
    /** Universal health coverage (system domain, DAC 12220 basic health care, which covers work towards UHC). */
    UNIVERSAL_HEALTH_COVERAGE("universal-health-coverage", "Universal health coverage", DacSector.BASIC_HEALTH_CARE,
        false);

    /** The vocabulary of cooperation area terms. */
    public static final Vocabulary<CooperationArea> VOCABULARY = Vocabulary.of(CooperationArea.class,
        "uhc-model");

    private final String code;
    private final String label;
    private final DacSector dacSector;
    private final boolean medicalSpecialty;

    CooperationArea(String code, String label, DacSector dacSector, boolean medicalSpecialty) {
        this.code = code;
        this.label = label;
        this.dacSector = dacSector;
        this.medicalSpecialty = medicalSpecialty;
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
     * Gets the OECD DAC sector the area is reported under.
     *
     * @return the sector, empty if no DAC sector fits the area
     */
    public Optional<DacSector> dacSector() {
        return Optional.ofNullable(dacSector);
    }

    /**
     * Checks whether the area is a medical specialty rather than a domain of the health system.
     *
     * @return true for a medical specialty such as paediatrics, false for a system domain such as health financing
     */
    public boolean isMedicalSpecialty() {
        return medicalSpecialty;
    }

    /**
     * Obtains an area from its code.
     *
     * @param code  the code, such as {@code nuclear-medicine}
     * @return the area, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static CooperationArea fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
