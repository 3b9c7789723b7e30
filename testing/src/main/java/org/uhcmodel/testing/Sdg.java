package org.uhcmodel.testing;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.testing.internal.EntityArbitraries;
import org.uhcmodel.testing.internal.InvalidArbitraries;
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
    public static Arbitrary<InvalidVariant> withObservationYearOutOfRange() {
        return InvalidArbitraries.forRule("indicator-observation.year-range");
    }

    /**
     * Observations citing no source (rule {@code indicator-observation.source-missing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withObservationWithoutSource() {
        return InvalidArbitraries.forRule("indicator-observation.source-missing");
    }

    /**
     * Observations of 3.8.2 without a spending threshold (rule {@code indicator-observation.threshold-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withObservationWithoutThreshold() {
        return InvalidArbitraries.forRule("indicator-observation.threshold-required");
    }

    /**
     * Observations of 3.8.1 at a spending threshold (rule {@code indicator-observation.threshold-not-applicable}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withObservationThresholdNotApplicable() {
        return InvalidArbitraries.forRule("indicator-observation.threshold-not-applicable");
    }

    /**
     * Observations of a value outside 0..100 (rule {@code indicator-observation.value-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withObservationValueOutOfRange() {
        return InvalidArbitraries.forRule("indicator-observation.value-range");
    }

    /**
     * Observations placed outside their country (rule {@code indicator-observation.place-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withObservationPlaceInOtherCountry() {
        return InvalidArbitraries.forRule("indicator-observation.place-country");
    }

    /**
     * Targets for a year outside 2000..2100 (rule {@code indicator-target.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetYearOutOfRange() {
        return InvalidArbitraries.forRule("indicator-target.year-range");
    }

    /**
     * Targets for 3.8.2 without a spending threshold (rule {@code indicator-target.threshold-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetWithoutThreshold() {
        return InvalidArbitraries.forRule("indicator-target.threshold-required");
    }

    /**
     * Targets for 3.8.1 at a spending threshold (rule {@code indicator-target.threshold-not-applicable}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetThresholdNotApplicable() {
        return InvalidArbitraries.forRule("indicator-target.threshold-not-applicable");
    }

    /**
     * Targets of a value outside 0..100 (rule {@code indicator-target.value-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetValueOutOfRange() {
        return InvalidArbitraries.forRule("indicator-target.value-range");
    }

    /**
     * Targets placed outside their country (rule {@code indicator-target.place-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetPlaceInOtherCountry() {
        return InvalidArbitraries.forRule("indicator-target.place-country");
    }

    /**
     * Targets with a baseline year but no value, or a value but no year (rule {@code indicator-target.baseline-incomplete}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withIncompleteBaseline() {
        return InvalidArbitraries.forRule("indicator-target.baseline-incomplete");
    }

    /**
     * Targets whose year does not come after the baseline year (rule {@code indicator-target.target-before-baseline}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetBeforeBaseline() {
        return InvalidArbitraries.forRule("indicator-target.target-before-baseline");
    }

    /**
     * Targets worse than their baseline (rule {@code indicator-target.target-against-direction}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withTargetAgainstDirection() {
        return InvalidArbitraries.forRule("indicator-target.target-against-direction");
    }
}
