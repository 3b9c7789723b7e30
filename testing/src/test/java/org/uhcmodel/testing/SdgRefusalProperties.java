package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Sdg} is refused with exactly its rule code. */
@AtLeastThousandTries
class SdgRefusalProperties {

    @Property(tries = 1000)
    void observationYearOutOfRangeIsRefusedAs_indicator_observation_year_range(
            @ForAll("withObservationYearOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationYearOutOfRange() {
        return Sdg.withObservationYearOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void observationWithoutSourceIsRefusedAs_indicator_observation_source_missing(
            @ForAll("withObservationWithoutSource") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.source-missing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationWithoutSource() {
        return Sdg.withObservationWithoutSource().map(v -> v);
    }

    @Property(tries = 1000)
    void observationWithoutThresholdIsRefusedAs_indicator_observation_threshold_required(
            @ForAll("withObservationWithoutThreshold") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.threshold-required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationWithoutThreshold() {
        return Sdg.withObservationWithoutThreshold().map(v -> v);
    }

    @Property(tries = 1000)
    void observationThresholdNotApplicableIsRefusedAs_indicator_observation_threshold_not_applicable(
            @ForAll("withObservationThresholdNotApplicable") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.threshold-not-applicable");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationThresholdNotApplicable() {
        return Sdg.withObservationThresholdNotApplicable().map(v -> v);
    }

    @Property(tries = 1000)
    void observationValueOutOfRangeIsRefusedAs_indicator_observation_value_range(
            @ForAll("withObservationValueOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.value-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationValueOutOfRange() {
        return Sdg.withObservationValueOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void observationPlaceInOtherCountryIsRefusedAs_indicator_observation_place_country(
            @ForAll("withObservationPlaceInOtherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.place-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationPlaceInOtherCountry() {
        return Sdg.withObservationPlaceInOtherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void targetYearOutOfRangeIsRefusedAs_indicator_target_year_range(
            @ForAll("withTargetYearOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetYearOutOfRange() {
        return Sdg.withTargetYearOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void targetWithoutThresholdIsRefusedAs_indicator_target_threshold_required(
            @ForAll("withTargetWithoutThreshold") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.threshold-required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetWithoutThreshold() {
        return Sdg.withTargetWithoutThreshold().map(v -> v);
    }

    @Property(tries = 1000)
    void targetThresholdNotApplicableIsRefusedAs_indicator_target_threshold_not_applicable(
            @ForAll("withTargetThresholdNotApplicable") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.threshold-not-applicable");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetThresholdNotApplicable() {
        return Sdg.withTargetThresholdNotApplicable().map(v -> v);
    }

    @Property(tries = 1000)
    void targetValueOutOfRangeIsRefusedAs_indicator_target_value_range(
            @ForAll("withTargetValueOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.value-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetValueOutOfRange() {
        return Sdg.withTargetValueOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void targetPlaceInOtherCountryIsRefusedAs_indicator_target_place_country(
            @ForAll("withTargetPlaceInOtherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.place-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetPlaceInOtherCountry() {
        return Sdg.withTargetPlaceInOtherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void incompleteBaselineIsRefusedAs_indicator_target_baseline_incomplete(
            @ForAll("withIncompleteBaseline") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.baseline-incomplete");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIncompleteBaseline() {
        return Sdg.withIncompleteBaseline().map(v -> v);
    }

    @Property(tries = 1000)
    void targetBeforeBaselineIsRefusedAs_indicator_target_target_before_baseline(
            @ForAll("withTargetBeforeBaseline") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.target-before-baseline");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetBeforeBaseline() {
        return Sdg.withTargetBeforeBaseline().map(v -> v);
    }

    @Property(tries = 1000)
    void targetAgainstDirectionIsWarnedAs_indicator_target_target_against_direction(
            @ForAll("withTargetAgainstDirection") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.target-against-direction");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetAgainstDirection() {
        return Sdg.withTargetAgainstDirection().map(v -> v);
    }
}
