package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Sdg} is refused with exactly its rule code, or built with exactly its warning. */
@AtLeastThousandTries
class SdgRefusalProperties {

    @Property(tries = 1000)
    void malformedAreaIsRefusedAs_area_format(
            @ForAll("withMalformedArea") InvalidVariant<?> variant) {
        assertReportedAs(variant, "area.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedArea() {
        return Sdg.withMalformedArea().map(v -> v);
    }

    @Property(tries = 1000)
    void unknownAreaIsRefusedAs_area_unknown(
            @ForAll("withUnknownArea") InvalidVariant<?> variant) {
        assertReportedAs(variant, "area.unknown");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnknownArea() {
        return Sdg.withUnknownArea().map(v -> v);
    }

    /** A finite space, generated at random here and checked whole by the example below. */
    @Property(tries = 1000, generation = GenerationMode.RANDOMIZED)
    void areaByAnotherCodeIsRefusedAs_area_not_canonical(
            @ForAll("withAreaByAnotherCode") InvalidVariant<?> variant) {
        assertReportedAs(variant, "area.not-canonical");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withAreaByAnotherCode() {
        return Sdg.withAreaByAnotherCode().map(v -> v);
    }

    @Example
    void everyOtherCodeOfAnAreaIsRefusedAs_area_not_canonical() {
        int count = 0;
        for (InvalidVariant<?> variant : Sdg.withAreaByAnotherCode().exhaustive().orElseThrow()) {
            assertReportedAs(variant, "area.not-canonical");
            count++;
        }
        Refusals.check(count > 400, "only " + count + " other codes of areas");
    }

    @Property(tries = 1000)
    void conflictingAreaIsRefusedAs_area_conflict(
            @ForAll("withConflictingArea") InvalidVariant<?> variant) {
        assertReportedAs(variant, "area.conflict");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withConflictingArea() {
        return Sdg.withConflictingArea().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedIndicatorCodeIsRefusedAs_indicator_code_format(
            @ForAll("withMalformedIndicatorCode") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-code.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedIndicatorCode() {
        return Sdg.withMalformedIndicatorCode().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedSeriesCodeIsRefusedAs_series_code_format(
            @ForAll("withMalformedSeriesCode") InvalidVariant<?> variant) {
        assertReportedAs(variant, "series-code.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedSeriesCode() {
        return Sdg.withMalformedSeriesCode().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedPeriodIsRefusedAs_reference_period_format(
            @ForAll("withMalformedPeriod") InvalidVariant<?> variant) {
        assertReportedAs(variant, "reference-period.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedPeriod() {
        return Sdg.withMalformedPeriod().map(v -> v);
    }

    @Property(tries = 1000)
    void periodOutOfRangeIsRefusedAs_reference_period_year_range(
            @ForAll("withPeriodOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "reference-period.year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPeriodOutOfRange() {
        return Sdg.withPeriodOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void periodEndingBeforeStartIsRefusedAs_reference_period_order(
            @ForAll("withPeriodEndingBeforeStart") InvalidVariant<?> variant) {
        assertReportedAs(variant, "reference-period.order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPeriodEndingBeforeStart() {
        return Sdg.withPeriodEndingBeforeStart().map(v -> v);
    }

    @Property(tries = 1000)
    void emptyBandIsRefusedAs_spending_threshold_order(
            @ForAll("withEmptyBand") InvalidVariant<?> variant) {
        assertReportedAs(variant, "spending-threshold.order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEmptyBand() {
        return Sdg.withEmptyBand().map(v -> v);
    }

    @Property(tries = 1000)
    void maximumBelowMinimumIsRefusedAs_indicator_range_order(
            @ForAll("withMaximumBelowMinimum") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator.range-order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMaximumBelowMinimum() {
        return Sdg.withMaximumBelowMinimum().map(v -> v);
    }

    @Property(tries = 1000)
    void indicatorPartOfItselfIsRefusedAs_indicator_part_of_itself(
            @ForAll("withIndicatorPartOfItself") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator.part-of-itself");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIndicatorPartOfItself() {
        return Sdg.withIndicatorPartOfItself().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateEditionIsRefusedAs_indicator_duplicate_edition(
            @ForAll("withDuplicateEdition") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator.duplicate-edition");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateEdition() {
        return Sdg.withDuplicateEdition().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateSeriesIsRefusedAs_indicator_duplicate_series(
            @ForAll("withDuplicateSeries") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator.duplicate-series");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateSeries() {
        return Sdg.withDuplicateSeries().map(v -> v);
    }

    @Property(tries = 1000)
    void seriesOfUnknownEditionIsRefusedAs_indicator_series_edition(
            @ForAll("withSeriesOfUnknownEdition") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator.series-edition");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSeriesOfUnknownEdition() {
        return Sdg.withSeriesOfUnknownEdition().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedDimensionIsRefusedAs_disaggregation_dimension_format(
            @ForAll("withMalformedDimension") InvalidVariant<?> variant) {
        assertReportedAs(variant, "disaggregation.dimension-format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedDimension() {
        return Sdg.withMalformedDimension().map(v -> v);
    }

    @Property(tries = 1000)
    void unknownCategoryIsRefusedAs_disaggregation_category_unknown(
            @ForAll("withUnknownCategory") InvalidVariant<?> variant) {
        assertReportedAs(variant, "disaggregation.category-unknown");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnknownCategory() {
        return Sdg.withUnknownCategory().map(v -> v);
    }

    @Property(tries = 1000)
    void withoutCategoriesIsRefusedAs_declared_dimension_categories_missing(
            @ForAll("withoutCategories") InvalidVariant<?> variant) {
        assertReportedAs(variant, "declared-dimension.categories-missing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withoutCategories() {
        return Sdg.withoutCategories().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateCategoryIsRefusedAs_declared_dimension_duplicate_category(
            @ForAll("withDuplicateCategory") InvalidVariant<?> variant) {
        assertReportedAs(variant, "declared-dimension.duplicate-category");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateCategory() {
        return Sdg.withDuplicateCategory().map(v -> v);
    }

    @Property(tries = 1000)
    void povertyLineNotAboveZeroIsRefusedAs_societal_poverty_line_amount(
            @ForAll("withPovertyLineNotAboveZero") InvalidVariant<?> variant) {
        assertReportedAs(variant, "societal-poverty-line.amount");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPovertyLineNotAboveZero() {
        return Sdg.withPovertyLineNotAboveZero().map(v -> v);
    }

    @Property(tries = 1000)
    void pppYearOutOfRangeIsRefusedAs_societal_poverty_line_ppp_year_range(
            @ForAll("withPppYearOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "societal-poverty-line.ppp-year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPppYearOutOfRange() {
        return Sdg.withPppYearOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void datedValueOutOfRangeIsRefusedAs_dated_value_year_range(
            @ForAll("withDatedValueOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "dated-value.year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDatedValueOutOfRange() {
        return Sdg.withDatedValueOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void observationWithRepeatedDimensionIsRefusedAs_indicator_observation_dimension_repeated(
            @ForAll("withObservationWithRepeatedDimension") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.dimension-repeated");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationWithRepeatedDimension() {
        return Sdg.withObservationWithRepeatedDimension().map(v -> v);
    }

    @Property(tries = 1000)
    void boundsAroundNotValueIsRefusedAs_indicator_observation_bounds_order(
            @ForAll("withBoundsAroundNotValue") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.bounds-order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBoundsAroundNotValue() {
        return Sdg.withBoundsAroundNotValue().map(v -> v);
    }

    @Property(tries = 1000)
    void observationOfSubnationalAreaOfNoCountryIsRefusedAs_indicator_observation_subnational_area_country(
            @ForAll("withObservationOfSubnationalAreaOfNoCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.subnational-area-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationOfSubnationalAreaOfNoCountry() {
        return Sdg.withObservationOfSubnationalAreaOfNoCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void observationOutOfRangeIsRefusedAs_indicator_observation_value_range(
            @ForAll("withObservationOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.value-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationOutOfRange() {
        return Sdg.withObservationOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void unitMismatchIsRefusedAs_indicator_observation_unit_mismatch(
            @ForAll("withUnitMismatch") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.unit-mismatch");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnitMismatch() {
        return Sdg.withUnitMismatch().map(v -> v);
    }

    @Property(tries = 1000)
    void observationOfUnknownSeriesIsRefusedAs_indicator_observation_unknown_series(
            @ForAll("withObservationOfUnknownSeries") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.unknown-series");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationOfUnknownSeries() {
        return Sdg.withObservationOfUnknownSeries().map(v -> v);
    }

    @Property(tries = 1000)
    void observationWithoutSeriesIsRefusedAs_indicator_observation_series_required(
            @ForAll("withObservationWithoutSeries") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.series-required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationWithoutSeries() {
        return Sdg.withObservationWithoutSeries().map(v -> v);
    }

    @Property(tries = 1000)
    void observationUncitedIsWarnedAs_indicator_observation_source_missing(
            @ForAll("withObservationUncited") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.source-missing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withObservationUncited() {
        return Sdg.withObservationUncited().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedValueIsRefusedAs_indicator_observation_value_format(
            @ForAll("withMalformedValue") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-observation.value-format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedValue() {
        return Sdg.withMalformedValue().map(v -> v);
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
    void targetBeforeBaselineIsRefusedAs_indicator_target_target_before_baseline(
            @ForAll("withTargetBeforeBaseline") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.target-before-baseline");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetBeforeBaseline() {
        return Sdg.withTargetBeforeBaseline().map(v -> v);
    }

    @Property(tries = 1000)
    void milestonesOutOfOrderIsRefusedAs_indicator_target_milestone_order(
            @ForAll("withMilestonesOutOfOrder") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.milestone-order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMilestonesOutOfOrder() {
        return Sdg.withMilestonesOutOfOrder().map(v -> v);
    }

    @Property(tries = 1000)
    void targetWithRepeatedDimensionIsRefusedAs_indicator_target_dimension_repeated(
            @ForAll("withTargetWithRepeatedDimension") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.dimension-repeated");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetWithRepeatedDimension() {
        return Sdg.withTargetWithRepeatedDimension().map(v -> v);
    }

    @Property(tries = 1000)
    void targetOfSubnationalAreaOfNoCountryIsRefusedAs_indicator_target_subnational_area_country(
            @ForAll("withTargetOfSubnationalAreaOfNoCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.subnational-area-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetOfSubnationalAreaOfNoCountry() {
        return Sdg.withTargetOfSubnationalAreaOfNoCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void targetOutOfRangeIsRefusedAs_indicator_target_value_range(
            @ForAll("withTargetOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.value-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetOutOfRange() {
        return Sdg.withTargetOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void targetOfUnknownSeriesIsRefusedAs_indicator_target_unknown_series(
            @ForAll("withTargetOfUnknownSeries") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.unknown-series");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetOfUnknownSeries() {
        return Sdg.withTargetOfUnknownSeries().map(v -> v);
    }

    @Property(tries = 1000)
    void targetWithoutSeriesIsRefusedAs_indicator_target_series_required(
            @ForAll("withTargetWithoutSeries") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.series-required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetWithoutSeries() {
        return Sdg.withTargetWithoutSeries().map(v -> v);
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

    @Property(tries = 1000)
    void kindAgainstDirectionIsWarnedAs_indicator_target_kind_against_direction(
            @ForAll("withKindAgainstDirection") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.kind-against-direction");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withKindAgainstDirection() {
        return Sdg.withKindAgainstDirection().map(v -> v);
    }

    @Property(tries = 1000)
    void changeWithoutBaselineIsWarnedAs_indicator_target_change_without_baseline(
            @ForAll("withChangeWithoutBaseline") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-target.change-without-baseline");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withChangeWithoutBaseline() {
        return Sdg.withChangeWithoutBaseline().map(v -> v);
    }
}
