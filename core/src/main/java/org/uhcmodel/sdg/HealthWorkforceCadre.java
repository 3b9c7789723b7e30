package org.uhcmodel.sdg;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The three cadres whose densities make up the health workforce tracer of the UHC service coverage index: each
 * density is scored against a threshold, {@code min(100, density / threshold × 100)}, and the tracer is the geometric
 * mean of the three scores. The thresholds are the same in every edition of the method from 2017 to 2023: 0.9
 * physicians per 1,000, 1 psychiatrist per 100,000 and 14 surgeons per 100,000.
 * <p>
 * Values of a cadre are recorded as observations of its built-in indicator, {@code 3.8.1/} followed by its code.
 * <p>
 * Sources: Hogan et al., Lancet Glob Health 2018;6:e152–e168; UN SDG metadata of indicator 3.8.1 of 2020, 2021 and
 * 2023.
 */
public enum HealthWorkforceCadre implements Coded {
    /** Physicians per 1,000 population, against 0.9. */
    PHYSICIANS("physician-density", "Physician density", IndicatorUnit.PER_1000_POPULATION, "0.9"),
    /** Psychiatrists per 100,000 population, against 1. */
    PSYCHIATRISTS("psychiatrist-density", "Psychiatrist density", IndicatorUnit.PER_100000_POPULATION, "1"),
    /** Surgeons per 100,000 population, against 14. */
    SURGEONS("surgeon-density", "Surgeon density", IndicatorUnit.PER_100000_POPULATION, "14");

    /** The vocabulary of health workforce cadres. */
    public static final Vocabulary<HealthWorkforceCadre> VOCABULARY = Vocabulary.of(HealthWorkforceCadre.class,
        "WHO UHC service coverage index, health workforce tracer (methods of 2017 to 2023)");

    private final String code;
    private final String label;
    private final IndicatorUnit unit;
    private final BigDecimal threshold;

    HealthWorkforceCadre(String code, String label, IndicatorUnit unit, String threshold) {
        this.code = code;
        this.label = label;
        this.unit = unit;
        this.threshold = new BigDecimal(threshold);
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
     * Gets the unit of the density.
     *
     * @return the unit, not null
     */
    public IndicatorUnit unit() {
        return unit;
    }

    /**
     * Gets the density that scores 100.
     *
     * @return the threshold, in the cadre's unit, not null
     */
    public BigDecimal threshold() {
        return threshold;
    }

    /**
     * Gets the code of the built-in indicator whose observations record the cadre's density.
     *
     * @return the code, {@code 3.8.1/} followed by the cadre's code, not null
     */
    public IndicatorCode indicatorCode() {
        return IndicatorCode.of(SdgIndicators.SERVICE_COVERAGE_CODE + "/" + code);
    }

    /**
     * Finds the cadre an indicator code records.
     *
     * @param code  the code of an indicator, not null
     * @return the cadre, empty if the code is not that of a cadre
     */
    public static Optional<HealthWorkforceCadre> fromIndicatorCode(IndicatorCode code) {
        Objects.requireNonNull(code, "code");
        for (HealthWorkforceCadre cadre : values()) {
            if (cadre.indicatorCode().equals(code)) {
                return Optional.of(cadre);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a cadre from its code.
     *
     * @param code  the code, such as {@code surgeon-density}, not null
     * @return the cadre, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static HealthWorkforceCadre fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
