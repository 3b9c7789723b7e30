package org.uhcmodel.testing;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.testing.internal.EntityArbitraries;
import org.uhcmodel.testing.internal.ValueArbitraries;

/**
 * Arbitraries of the Sustainable Development Goal 3 vocabulary, SDG 3.8 indicator observations and targets.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Sdg {

    private Sdg() {
    }

    /**
     * The targets of goal 3.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SdgTarget> targets() {
        return Arbitraries.of(SdgTarget.class);
    }

    /**
     * Sets of targets of goal 3, the empty set included.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Set<SdgTarget>> targetSets() {
        return ValueArbitraries.enumSets(SdgTarget.class, 4);
    }

    /**
     * Observations of indicators 3.8.1 and 3.8.2, thresholds where the indicator needs one, values from 0 to 100.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorObservation> observations() {
        return EntityArbitraries.alone(EntityArbitraries.observations());
    }

    /**
     * National targets for indicators 3.8.1 and 3.8.2, never worse than their baseline.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorTarget> indicatorTargets() {
        return EntityArbitraries.alone(EntityArbitraries.targets());
    }

    /**
     * Observations of a year outside 2000..2100 (rule {@code indicator-observation.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationYearOutOfRange() {
        return InvalidVariants.forRule("indicator-observation.year-range", IndicatorObservation.class);
    }

    /**
     * Observations citing no source (rule {@code indicator-observation.source-missing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationWithoutSource() {
        return InvalidVariants.forRule("indicator-observation.source-missing", IndicatorObservation.class);
    }

    /**
     * Observations of 3.8.2 without a spending threshold (rule {@code indicator-observation.threshold-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationWithoutThreshold() {
        return InvalidVariants.forRule("indicator-observation.threshold-required", IndicatorObservation.class);
    }

    /**
     * Observations of 3.8.1 at a spending threshold (rule {@code indicator-observation.threshold-not-applicable}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationThresholdNotApplicable() {
        return InvalidVariants.forRule("indicator-observation.threshold-not-applicable", IndicatorObservation.class);
    }

    /**
     * Observations of a value outside 0..100 (rule {@code indicator-observation.value-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationValueOutOfRange() {
        return InvalidVariants.forRule("indicator-observation.value-range", IndicatorObservation.class);
    }

    /**
     * Observations placed outside their country (rule {@code indicator-observation.place-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationPlaceInOtherCountry() {
        return InvalidVariants.forRule("indicator-observation.place-country", IndicatorObservation.class);
    }

    /**
     * Targets for a year outside 2000..2100 (rule {@code indicator-target.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetYearOutOfRange() {
        return InvalidVariants.forRule("indicator-target.year-range", IndicatorTarget.class);
    }

    /**
     * Targets for 3.8.2 without a spending threshold (rule {@code indicator-target.threshold-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetWithoutThreshold() {
        return InvalidVariants.forRule("indicator-target.threshold-required", IndicatorTarget.class);
    }

    /**
     * Targets for 3.8.1 at a spending threshold (rule {@code indicator-target.threshold-not-applicable}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetThresholdNotApplicable() {
        return InvalidVariants.forRule("indicator-target.threshold-not-applicable", IndicatorTarget.class);
    }

    /**
     * Targets of a value outside 0..100 (rule {@code indicator-target.value-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetValueOutOfRange() {
        return InvalidVariants.forRule("indicator-target.value-range", IndicatorTarget.class);
    }

    /**
     * Targets placed outside their country (rule {@code indicator-target.place-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetPlaceInOtherCountry() {
        return InvalidVariants.forRule("indicator-target.place-country", IndicatorTarget.class);
    }

    /**
     * Targets with a baseline year but no value, or a value but no year
     * (rule {@code indicator-target.baseline-incomplete}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withIncompleteBaseline() {
        return InvalidVariants.forRule("indicator-target.baseline-incomplete", IndicatorTarget.class);
    }

    /**
     * Targets whose year does not come after the baseline year (rule {@code indicator-target.target-before-baseline}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetBeforeBaseline() {
        return InvalidVariants.forRule("indicator-target.target-before-baseline", IndicatorTarget.class);
    }

    /**
     * Targets worse than their baseline (rule {@code indicator-target.target-against-direction}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetAgainstDirection() {
        return InvalidVariants.forRule("indicator-target.target-against-direction", IndicatorTarget.class);
    }
}
