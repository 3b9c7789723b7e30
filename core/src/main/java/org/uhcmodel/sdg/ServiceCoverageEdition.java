package org.uhcmodel.sdg;

import static org.uhcmodel.sdg.Tracer.ANTENATAL_CARE;
import static org.uhcmodel.sdg.Tracer.BASIC_SANITATION;
import static org.uhcmodel.sdg.Tracer.CHILD_IMMUNISATION;
import static org.uhcmodel.sdg.Tracer.CHILD_PNEUMONIA_CARE;
import static org.uhcmodel.sdg.Tracer.FAMILY_PLANNING;
import static org.uhcmodel.sdg.Tracer.HEALTH_WORKFORCE;
import static org.uhcmodel.sdg.Tracer.HIV_TREATMENT;
import static org.uhcmodel.sdg.Tracer.HOSPITAL_BEDS;
import static org.uhcmodel.sdg.Tracer.HYPERTENSION_TREATMENT;
import static org.uhcmodel.sdg.Tracer.IHR_CORE_CAPACITY;
import static org.uhcmodel.sdg.Tracer.INSECTICIDE_TREATED_NETS;
import static org.uhcmodel.sdg.Tracer.MEAN_FASTING_PLASMA_GLUCOSE;
import static org.uhcmodel.sdg.Tracer.NON_RAISED_BLOOD_PRESSURE;
import static org.uhcmodel.sdg.Tracer.TOBACCO_NON_SMOKING;
import static org.uhcmodel.sdg.Tracer.TOBACCO_NON_USE;
import static org.uhcmodel.sdg.Tracer.TUBERCULOSIS_EFFECTIVE_TREATMENT;
import static org.uhcmodel.sdg.Tracer.TUBERCULOSIS_TREATMENT;

import java.util.List;
import java.util.Objects;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The editions of the method of the UHC service coverage index (indicator 3.8.1) that the model can compute: which 14
 * tracers each takes and how it puts them on a scale from 0 to 100.
 * <p>
 * Every edition puts each tracer on a 0 to 100 scale, takes the geometric mean of the tracers of each category, then
 * the geometric mean of the four category means. A score of zero counts as 1, so that the mean stays defined. The
 * insecticide-treated nets tracer counts only where malaria burden is high; elsewhere the infectious diseases category
 * has three tracers. Rescaling, where a tracer needs it:
 * <ul>
 * <li>non-raised blood pressure: {@code (x − m) / (100 − m) × 100} with m = 50 (2017, 2019) or 40 (2021);</li>
 * <li>mean fasting plasma glucose: {@code (max − x) / (max − 5.1) × 100} with max = 7.1 (2017 to 2021) or 7.4
 *   (2023);</li>
 * <li>tobacco: {@code (x − m) / (100 − m) × 100} with m = 50 for non-smoking (2017, 2019) and 30 for non-use
 *   (2021, 2023);</li>
 * <li>hospital beds: {@code min(100, x / 18 × 100)};</li>
 * <li>health workforce: the geometric mean of the three {@linkplain HealthWorkforceCadre cadre} scores, unless the
 *   score is given;</li>
 * <li>from 2023, a score above 100 counts as 100.</li>
 * </ul>
 * Doubts the sources leave, and the model's choice: the 2017 report's paper does not state its blood pressure minimum
 * and glucose maximum in what could be read, so the 2017 edition takes those of the 2019 metadata (50 and 7.1), which
 * present them as unchanged; the 2021 metadata prints the formulas with 40 and 30 while its prose still says 50, and
 * the model follows the formulas; the 2023 metadata gives 7.4 for glucose where its annex says 7.41, and the model
 * takes 7.4.
 * <p>
 * Sources: Hogan et al., Lancet Glob Health 2018;6:e152–e168 (2017); UN SDG metadata of indicator 3.8.1 updated in
 * February 2020 (2019), on 2021-12-20 (2021) and on 2023-01-24 (2023); Tracking universal health coverage: 2023 global
 * monitoring report, annex 1.
 */
public enum ServiceCoverageEdition implements Coded {
    /** The method of the 2017 global monitoring report (Hogan et al. 2018), baseline year 2015. */
    E2017("2017", "Method of the 2017 global monitoring report",
        List.of(FAMILY_PLANNING, ANTENATAL_CARE, CHILD_IMMUNISATION, CHILD_PNEUMONIA_CARE,
            TUBERCULOSIS_EFFECTIVE_TREATMENT, HIV_TREATMENT, INSECTICIDE_TREATED_NETS, BASIC_SANITATION,
            NON_RAISED_BLOOD_PRESSURE, MEAN_FASTING_PLASMA_GLUCOSE, TOBACCO_NON_SMOKING, HOSPITAL_BEDS,
            HEALTH_WORKFORCE, IHR_CORE_CAPACITY),
        50, 7.1, 50, false),
    /** The method of the 2019 global monitoring report (UN SDG metadata of February 2020). */
    E2019("2019", "Method of the 2019 global monitoring report",
        List.of(FAMILY_PLANNING, ANTENATAL_CARE, CHILD_IMMUNISATION, CHILD_PNEUMONIA_CARE,
            TUBERCULOSIS_EFFECTIVE_TREATMENT, HIV_TREATMENT, INSECTICIDE_TREATED_NETS, BASIC_SANITATION,
            NON_RAISED_BLOOD_PRESSURE, MEAN_FASTING_PLASMA_GLUCOSE, TOBACCO_NON_SMOKING, HOSPITAL_BEDS,
            HEALTH_WORKFORCE, IHR_CORE_CAPACITY),
        50, 7.1, 50, false),
    /** The method of the 2021 global monitoring report (UN SDG metadata of 2021-12-20). */
    E2021("2021", "Method of the 2021 global monitoring report",
        List.of(FAMILY_PLANNING, ANTENATAL_CARE, CHILD_IMMUNISATION, CHILD_PNEUMONIA_CARE, TUBERCULOSIS_TREATMENT,
            HIV_TREATMENT, INSECTICIDE_TREATED_NETS, BASIC_SANITATION, NON_RAISED_BLOOD_PRESSURE,
            MEAN_FASTING_PLASMA_GLUCOSE, TOBACCO_NON_USE, HOSPITAL_BEDS, HEALTH_WORKFORCE, IHR_CORE_CAPACITY),
        40, 7.1, 30, false),
    /** The method of the 2023 global monitoring report (UN SDG metadata of 2023-01-24). */
    E2023("2023", "Method of the 2023 global monitoring report",
        List.of(FAMILY_PLANNING, ANTENATAL_CARE, CHILD_IMMUNISATION, CHILD_PNEUMONIA_CARE, TUBERCULOSIS_TREATMENT,
            HIV_TREATMENT, INSECTICIDE_TREATED_NETS, BASIC_SANITATION, HYPERTENSION_TREATMENT,
            MEAN_FASTING_PLASMA_GLUCOSE, TOBACCO_NON_USE, HOSPITAL_BEDS, HEALTH_WORKFORCE, IHR_CORE_CAPACITY),
        Double.NaN, 7.4, 30, true);

    /** The vocabulary of editions of the service coverage index. */
    public static final Vocabulary<ServiceCoverageEdition> VOCABULARY = Vocabulary.of(ServiceCoverageEdition.class,
        "WHO UHC service coverage index, methods of the global monitoring reports of 2017, 2019, 2021 and 2023");

    /** The fasting plasma glucose of minimum risk, in millimoles per litre, that scores 100. */
    private static final double GLUCOSE_MINIMUM = 5.1;
    /** The hospital beds per 10,000 population that score 100. */
    private static final double BEDS_THRESHOLD = 18;

    private final String code;
    private final String label;
    private final List<Tracer> tracers;
    private final double bloodPressureMinimum;
    private final double glucoseMaximum;
    private final double tobaccoMinimum;
    private final boolean capsAtHundred;

    ServiceCoverageEdition(String code, String label, List<Tracer> tracers, double bloodPressureMinimum,
                           double glucoseMaximum, double tobaccoMinimum, boolean capsAtHundred) {
        this.code = code;
        this.label = label;
        this.tracers = tracers;
        this.bloodPressureMinimum = bloodPressureMinimum;
        this.glucoseMaximum = glucoseMaximum;
        this.tobaccoMinimum = tobaccoMinimum;
        this.capsAtHundred = capsAtHundred;
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
     * Gets the 14 tracers of the edition.
     *
     * @return the unmodifiable tracers, by category, not null
     */
    public List<Tracer> tracers() {
        return tracers;
    }

    /**
     * Checks whether the edition counts a score above 100 as 100.
     *
     * @return true from 2023
     */
    public boolean capsAtHundred() {
        return capsAtHundred;
    }

    /**
     * Puts a tracer's value on the scale of the index, as this edition does, before a zero counts as 1.
     *
     * @param tracer  a tracer of this edition, not null
     * @param value  the value in the tracer's unit, zero or more
     * @return the score, zero or more, at most 100 from 2023
     * @throws IllegalArgumentException if the tracer is not one of this edition's
     */
    public double score(Tracer tracer, double value) {
        Objects.requireNonNull(tracer, "tracer");
        if (!tracers.contains(tracer)) {
            throw new IllegalArgumentException(tracer.code() + " is not a tracer of the " + code + " edition");
        }
        double score;
        switch (tracer) {
            case NON_RAISED_BLOOD_PRESSURE:
                score = (value - bloodPressureMinimum) / (100 - bloodPressureMinimum) * 100;
                break;
            case TOBACCO_NON_SMOKING:
            case TOBACCO_NON_USE:
                score = (value - tobaccoMinimum) / (100 - tobaccoMinimum) * 100;
                break;
            case MEAN_FASTING_PLASMA_GLUCOSE:
                score = (glucoseMaximum - value) / (glucoseMaximum - GLUCOSE_MINIMUM) * 100;
                break;
            case HOSPITAL_BEDS:
                score = Math.min(100, value / BEDS_THRESHOLD * 100);
                break;
            default:
                score = value;
                break;
        }
        score = Math.max(0, score);
        return capsAtHundred ? Math.min(100, score) : score;
    }

    /**
     * Scores the density of a health workforce cadre against its threshold.
     *
     * @param cadre  the cadre, not null
     * @param density  the density in the cadre's unit, zero or more
     * @return the score, from 0 to 100
     */
    public double score(HealthWorkforceCadre cadre, double density) {
        Objects.requireNonNull(cadre, "cadre");
        return Math.max(0, Math.min(100, density / cadre.threshold().doubleValue() * 100));
    }

    /**
     * Obtains an edition from its code.
     *
     * @param code  the code, such as {@code 2023}, not null
     * @return the edition, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static ServiceCoverageEdition fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
