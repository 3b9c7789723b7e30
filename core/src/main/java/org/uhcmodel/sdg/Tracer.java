package org.uhcmodel.sdg;

import static org.uhcmodel.sdg.TracerCategory.INFECTIOUS_DISEASES;
import static org.uhcmodel.sdg.TracerCategory.NONCOMMUNICABLE_DISEASES;
import static org.uhcmodel.sdg.TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH;
import static org.uhcmodel.sdg.TracerCategory.SERVICE_CAPACITY_AND_ACCESS;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.Direction;

/**
 * The tracer indicators of the UHC service coverage index (indicator 3.8.1), across the editions of its method: each
 * edition ({@link ServiceCoverageEdition}) takes 14 of them, in four {@linkplain TracerCategory categories}.
 * <p>
 * Where an edition changed what a tracer measures, the model keeps both as distinct tracers, since their values are
 * not comparable: tuberculosis cases detected and successfully treated (2017, 2019) became cases detected and treated
 * (2021, 2023); non-smoking became non-use of any tobacco (2021); the prevalence of non-raised blood pressure became
 * the treatment of hypertension (2023). Values of a tracer are recorded as observations of its built-in indicator,
 * {@code 3.8.1/} followed by the tracer's code, such as {@code 3.8.1/family-planning}.
 * <p>
 * Sources: Hogan et al., Lancet Glob Health 2018;6:e152–e168; UN SDG metadata of indicator 3.8.1 of 2020, 2021 and
 * 2023; Tracking universal health coverage: 2023 global monitoring report, annex 1.
 */
public enum Tracer implements Coded {
    /** Family planning: women of reproductive age whose demand is satisfied with modern methods, in percent. */
    FAMILY_PLANNING("family-planning", "Family planning: demand satisfied with modern methods",
        REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, IndicatorUnit.PERCENT),
    /** Pregnancy care: women with a live birth who had four or more antenatal care visits, in percent. */
    ANTENATAL_CARE("antenatal-care", "Antenatal care, four or more visits",
        REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, IndicatorUnit.PERCENT),
    /** Child immunisation: infants who received three doses of DTP-containing vaccine, in percent. */
    CHILD_IMMUNISATION("child-immunisation", "Child immunisation: three doses of DTP-containing vaccine",
        REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, IndicatorUnit.PERCENT),
    /** Child treatment: children under 5 with symptoms of pneumonia taken to a provider, in percent. */
    CHILD_PNEUMONIA_CARE("child-pneumonia-care", "Care-seeking for children with symptoms of pneumonia",
        REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, IndicatorUnit.PERCENT),
    /** Tuberculosis cases detected and successfully treated, in percent of incident cases (2017, 2019). */
    TUBERCULOSIS_EFFECTIVE_TREATMENT("tuberculosis-effective-treatment",
        "Tuberculosis cases detected and successfully treated", INFECTIOUS_DISEASES, IndicatorUnit.PERCENT),
    /** Tuberculosis cases detected and treated, in percent of incident cases (2021, 2023). */
    TUBERCULOSIS_TREATMENT("tuberculosis-treatment", "Tuberculosis treatment coverage", INFECTIOUS_DISEASES,
        IndicatorUnit.PERCENT),
    /** People living with HIV receiving antiretroviral treatment, in percent. */
    HIV_TREATMENT("hiv-treatment", "HIV antiretroviral treatment", INFECTIOUS_DISEASES, IndicatorUnit.PERCENT),
    /** Population at risk sleeping under insecticide-treated nets, in percent; only where malaria burden is high. */
    INSECTICIDE_TREATED_NETS("insecticide-treated-nets", "Insecticide-treated nets for malaria prevention",
        INFECTIOUS_DISEASES, IndicatorUnit.PERCENT),
    /** Population using at least basic sanitation, in percent. */
    BASIC_SANITATION("basic-sanitation", "At least basic sanitation", INFECTIOUS_DISEASES, IndicatorUnit.PERCENT),
    /** Adults without raised blood pressure, age-standardised, in percent (2017 to 2021). */
    NON_RAISED_BLOOD_PRESSURE("non-raised-blood-pressure", "Prevalence of non-raised blood pressure",
        NONCOMMUNICABLE_DISEASES, IndicatorUnit.PERCENT),
    /** Adults aged 30 to 79 with hypertension who take treatment for it, age-standardised, in percent (2023). */
    HYPERTENSION_TREATMENT("hypertension-treatment", "Treatment of hypertension", NONCOMMUNICABLE_DISEASES,
        IndicatorUnit.PERCENT),
    /** Mean fasting plasma glucose of adults, age-standardised, in millimoles per litre. */
    MEAN_FASTING_PLASMA_GLUCOSE("mean-fasting-plasma-glucose", "Mean fasting plasma glucose",
        NONCOMMUNICABLE_DISEASES, IndicatorUnit.MILLIMOLES_PER_LITRE),
    /** Adults not smoking tobacco, age-standardised, in percent (2017, 2019). */
    TOBACCO_NON_SMOKING("tobacco-non-smoking", "Tobacco non-smoking", NONCOMMUNICABLE_DISEASES,
        IndicatorUnit.PERCENT),
    /** Adults not using any tobacco, smoked or smokeless, age-standardised, in percent (2021, 2023). */
    TOBACCO_NON_USE("tobacco-non-use", "Tobacco non-use", NONCOMMUNICABLE_DISEASES, IndicatorUnit.PERCENT),
    /** Hospital beds per 10,000 population. */
    HOSPITAL_BEDS("hospital-beds", "Hospital bed density", SERVICE_CAPACITY_AND_ACCESS,
        IndicatorUnit.PER_10000_POPULATION),
    /**
     * Health worker density, as a score from 0 to 100: the geometric mean of the densities of physicians,
     * psychiatrists and surgeons, each against its threshold ({@link HealthWorkforceCadre}).
     */
    HEALTH_WORKFORCE("health-workforce", "Health worker density", SERVICE_CAPACITY_AND_ACCESS, IndicatorUnit.INDEX),
    /** Core capacities of the International Health Regulations attained, in percent. */
    IHR_CORE_CAPACITY("ihr-core-capacity", "IHR core capacity index", SERVICE_CAPACITY_AND_ACCESS,
        IndicatorUnit.PERCENT);

    /** The vocabulary of tracers. */
    public static final Vocabulary<Tracer> VOCABULARY = Vocabulary.of(Tracer.class,
        "WHO UHC service coverage index, tracer indicators (methods of 2017 to 2023)");

    private final String code;
    private final String label;
    private final TracerCategory category;
    private final IndicatorUnit unit;

    Tracer(String code, String label, TracerCategory category, IndicatorUnit unit) {
        this.code = code;
        this.label = label;
        this.category = category;
        this.unit = unit;
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
     * Gets the category the tracer belongs to.
     *
     * @return the category, not null
     */
    public TracerCategory category() {
        return category;
    }

    /**
     * Gets the unit of the tracer's values before the index rescales them.
     *
     * @return the unit, not null
     */
    public IndicatorUnit unit() {
        return unit;
    }

    /**
     * Gets the direction in which the tracer improves.
     *
     * @return {@link Direction#DECREASE} for mean fasting plasma glucose, {@link Direction#INCREASE} for the others
     */
    public Direction direction() {
        return this == MEAN_FASTING_PLASMA_GLUCOSE ? Direction.DECREASE : Direction.INCREASE;
    }

    /**
     * Gets the code of the built-in indicator whose observations record the tracer's values.
     *
     * @return the code, {@code 3.8.1/} followed by the tracer's code, not null
     */
    public IndicatorCode indicatorCode() {
        return IndicatorCode.of(SdgIndicators.SERVICE_COVERAGE_CODE + "/" + code);
    }

    /**
     * Finds the tracer an indicator code records.
     *
     * @param code  the code of an indicator, not null
     * @return the tracer, empty if the code is not that of a tracer
     */
    public static Optional<Tracer> fromIndicatorCode(IndicatorCode code) {
        Objects.requireNonNull(code, "code");
        for (Tracer tracer : values()) {
            if (tracer.indicatorCode().equals(code)) {
                return Optional.of(tracer);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a tracer from its code.
     *
     * @param code  the code, such as {@code child-immunisation}, not null
     * @return the tracer, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static Tracer fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
