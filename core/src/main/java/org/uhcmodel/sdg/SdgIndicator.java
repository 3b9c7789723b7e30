package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.value.Coded;

/**
 * The indicators of SDG target 3.8, universal health coverage, with what a value of each means:
 * unit, valid range, which way is better, and the codes of the series that publish it.
 * <p>
 * The code is the UN indicator number ({@code 3.8.1}); in IATI it is an indicator reference of vocabulary 9.
 * Indicator 3.8.2 is reported at a {@link SpendingThreshold}; indicator 3.8.1 has none.
 */
public enum SdgIndicator implements Coded {
    /**
     * 3.8.1 Coverage of essential health services: the UHC service coverage index, a unitless index from 0 to 100
     * (100 best), the geometric mean of the 14 {@link Tracer tracers}.
     */
    UHC_SERVICE_COVERAGE("3.8.1", "Coverage of essential health services", IndicatorUnit.INDEX, true,
        EnumSet.noneOf(SpendingThreshold.class), "SH_ACS_UNHC", "UHC_INDEX_REPORTED", "SH.UHC.SRVS.CV.XD",
        List.of(Tracer.values())),
    /**
     * 3.8.2 Proportion of population with large household expenditures on health as a share of total household
     * expenditure or income: a percentage from 0 to 100 (lower is better), at each {@link SpendingThreshold}.
     */
    CATASTROPHIC_SPENDING("3.8.2", "Proportion of population with large household expenditures on health as a share "
        + "of total household expenditure or income", IndicatorUnit.PERCENT, false,
        EnumSet.allOf(SpendingThreshold.class), null, null, null, List.of());

    /** The vocabulary of sdg indicator terms. */
    public static final Vocabulary<SdgIndicator> VOCABULARY = Vocabulary.of(SdgIndicator.class,
        "UN global indicator framework for the SDGs (A/RES/71/313), indicators of target 3.8");

    private static final BigDecimal MINIMUM = BigDecimal.ZERO;
    private static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);

    private final String code;
    private final String title;
    private final IndicatorUnit unit;
    private final boolean higherIsBetter;
    private final Set<SpendingThreshold> thresholds;
    private final String unSeriesCode;
    private final String whoGhoCode;
    private final String worldBankCode;
    private final List<Tracer> tracers;

    SdgIndicator(String code, String title, IndicatorUnit unit, boolean higherIsBetter,
                 EnumSet<SpendingThreshold> thresholds, String unSeriesCode, String whoGhoCode, String worldBankCode,
                 List<Tracer> tracers) {
        this.code = code;
        this.title = title;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.thresholds = Collections.unmodifiableSet(thresholds);
        this.unSeriesCode = unSeriesCode;
        this.whoGhoCode = whoGhoCode;
        this.worldBankCode = worldBankCode;
        this.tracers = tracers;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return title;
    }

    /**
     * Gets the official English name of the indicator.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Gets the SDG target the indicator measures.
     *
     * @return the target, {@link SdgTarget#T3_8}
     */
    public SdgTarget target() {
        return SdgTarget.T3_8;
    }

    /**
     * Gets the unit values are reported in.
     *
     * @return the unit, not null
     */
    public IndicatorUnit unit() {
        return unit;
    }

    /**
     * Gets the lowest valid value.
     *
     * @return the minimum, inclusive, not null
     */
    public BigDecimal minimum() {
        return MINIMUM;
    }

    /**
     * Gets the highest valid value.
     *
     * @return the maximum, inclusive, not null
     */
    public BigDecimal maximum() {
        return MAXIMUM;
    }

    /**
     * Checks whether a higher value means a better situation.
     *
     * @return true for service coverage, false for the share of people with large health spending
     */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * Checks whether every value of the indicator is reported at a {@link SpendingThreshold}.
     *
     * @return true if a threshold is required, false if none applies
     */
    public boolean requiresThreshold() {
        return !thresholds.isEmpty();
    }

    /**
     * Gets the thresholds the indicator is reported at.
     *
     * @return the unmodifiable thresholds, empty if the indicator takes none
     */
    public Set<SpendingThreshold> thresholds() {
        return thresholds;
    }

    /**
     * Gets the code of the UN SDG Global Database series that reports values of this indicator at a threshold.
     *
     * @param threshold  the threshold, empty for an indicator that takes none, not null
     * @return the series code, such as {@code SH_ACS_UNHC} or {@code SH_XPD_EARN25}, empty if the threshold
     *     does not fit the indicator (missing for 3.8.2, present for 3.8.1)
     */
    public Optional<String> unSeriesCode(Optional<SpendingThreshold> threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (requiresThreshold()) {
            return threshold.filter(thresholds::contains).map(SpendingThreshold::unSeriesCode);
        }
        return threshold.isPresent() ? Optional.empty() : Optional.of(unSeriesCode);
    }

    /**
     * Gets the code of the indicator in the WHO Global Health Observatory.
     *
     * @return the code, such as {@code UHC_INDEX_REPORTED}, empty if the model records no single GHO code
     */
    public Optional<String> whoGhoCode() {
        return Optional.ofNullable(whoGhoCode);
    }

    /**
     * Gets the code of the indicator in the World Bank World Development Indicators.
     *
     * @return the code, such as {@code SH.UHC.SRVS.CV.XD}, empty if the model records no single World Bank code
     */
    public Optional<String> worldBankCode() {
        return Optional.ofNullable(worldBankCode);
    }

    /**
     * Gets the tracer indicators the index is computed from.
     *
     * @return the unmodifiable tracers, the 14 tracers for 3.8.1, empty for 3.8.2
     */
    public List<Tracer> tracers() {
        return tracers;
    }

    /**
     * Checks whether a value lies within the indicator's range.
     *
     * @param value  the value, not null
     * @return true if the value is from {@link #minimum()} to {@link #maximum()} inclusive
     */
    public boolean accepts(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.compareTo(MINIMUM) >= 0 && value.compareTo(MAXIMUM) <= 0;
    }

    /**
     * Obtains an indicator from its UN number.
     *
     * @param code  the code, such as {@code 3.8.1}
     * @return the indicator, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is not an indicator of target 3.8
     */
    public static SdgIndicator fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
