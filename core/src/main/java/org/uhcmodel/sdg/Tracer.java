package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import static org.uhcmodel.sdg.TracerCategory.INFECTIOUS_DISEASES;
import static org.uhcmodel.sdg.TracerCategory.NONCOMMUNICABLE_DISEASES;
import static org.uhcmodel.sdg.TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH;
import static org.uhcmodel.sdg.TracerCategory.SERVICE_CAPACITY_AND_ACCESS;

import org.uhcmodel.value.Coded;

/**
 * The 14 tracer indicators whose geometric mean, taken by {@link TracerCategory}, is the UHC service coverage index
 * of indicator 3.8.1 ({@link SdgIndicator#UHC_SERVICE_COVERAGE}).
 */
public enum Tracer implements Coded {
    /** Family planning: demand satisfied with modern methods. */
    FAMILY_PLANNING("family-planning", REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH,
        "Family planning: demand satisfied with modern methods"),
    /** Antenatal care, four or more visits. */
    ANTENATAL_CARE("antenatal-care", REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, "Antenatal care, four or more visits"),
    /** Child immunisation: three doses of diphtheria-tetanus-pertussis vaccine (DTP3). */
    CHILD_IMMUNISATION("child-immunisation", REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, "Child immunisation (DTP3)"),
    /** Care-seeking for children with symptoms of pneumonia. */
    CHILD_PNEUMONIA_CARE("child-pneumonia-care", REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH,
        "Care-seeking for child pneumonia"),
    /** Effective treatment of tuberculosis. */
    TUBERCULOSIS_TREATMENT("tuberculosis-treatment", INFECTIOUS_DISEASES, "Tuberculosis effective treatment"),
    /** People living with HIV on antiretroviral treatment (ART). */
    HIV_TREATMENT("hiv-treatment", INFECTIOUS_DISEASES, "HIV antiretroviral treatment (ART)"),
    /** Insecticide-treated nets for malaria prevention. */
    INSECTICIDE_TREATED_NETS("insecticide-treated-nets", INFECTIOUS_DISEASES,
        "Insecticide-treated nets for malaria prevention"),
    /** At least basic sanitation. */
    BASIC_SANITATION("basic-sanitation", INFECTIOUS_DISEASES, "At least basic sanitation"),
    /** Normal blood pressure: prevalence of non-raised blood pressure. */
    NORMAL_BLOOD_PRESSURE("normal-blood-pressure", NONCOMMUNICABLE_DISEASES, "Normal blood pressure"),
    /** Mean fasting plasma glucose. */
    MEAN_FASTING_PLASMA_GLUCOSE("mean-fasting-plasma-glucose", NONCOMMUNICABLE_DISEASES, "Mean fasting plasma glucose"),
    /** Tobacco non-use. */
    TOBACCO_NON_USE("tobacco-non-use", NONCOMMUNICABLE_DISEASES, "Tobacco non-use"),
    /** Hospital bed density. */
    HOSPITAL_BEDS("hospital-beds", SERVICE_CAPACITY_AND_ACCESS, "Hospital bed density"),
    /** Health worker density. */
    HEALTH_WORKFORCE("health-workforce", SERVICE_CAPACITY_AND_ACCESS, "Health worker density"),
    /** Core capacity under the International Health Regulations (IHR) for health security. */
    IHR_CORE_CAPACITY("ihr-core-capacity", SERVICE_CAPACITY_AND_ACCESS, "IHR core capacity index");

    /** The vocabulary of tracer terms. */
    public static final Vocabulary<Tracer> VOCABULARY = Vocabulary.of(Tracer.class,
        "WHO UHC service coverage index, tracer indicators (2017 method)");

    private final String code;
    private final TracerCategory category;
    private final String label;

    Tracer(String code, TracerCategory category, String label) {
        this.code = code;
        this.category = category;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Gets the category the tracer belongs to.
     *
     * @return the category, not null
     */
    public TracerCategory category() {
        return category;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Obtains a tracer from its code.
     *
     * @param code  the code, such as {@code child-immunisation}
     * @return the tracer, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static Tracer fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
