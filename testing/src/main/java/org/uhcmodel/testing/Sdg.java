package org.uhcmodel.testing;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorSeries;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.MethodEdition;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.ServiceCoverageIndex;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.testing.internal.EntityArbitraries;
import org.uhcmodel.testing.internal.SdgArbitraries;
import org.uhcmodel.testing.internal.ValueArbitraries;

/**
 * Arbitraries of the monitoring of SDG target 3.8: areas, the targets of goal 3, indicators as data, observations and
 * indicator targets, and the service coverage index computed from tracers.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code, or, for a warning,
 * built with exactly that warning.
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
     * Built-in areas: countries mostly, the World, M49 regions, WHO regions and World Bank groups.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Area> areas() {
        return SdgArbitraries.areas();
    }

    /**
     * Sub-national areas of a country, some within a larger area of it.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SubnationalArea> subnationalAreas() {
        return EntityArbitraries.alone(SdgArbitraries.subnationalAreas());
    }

    /**
     * Codes of built-in indicators and of indicators a dataset may declare.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorCode> indicatorCodes() {
        return SdgArbitraries.indicatorCodes();
    }

    /**
     * Codes of the series of the built-in indicators, and others.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SeriesCode> seriesCodes() {
        return SdgArbitraries.seriesCodes();
    }

    /**
     * Years from 1900 to 2100, both bounds often, and spans of years.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ReferencePeriod> referencePeriods() {
        return SdgArbitraries.referencePeriods();
    }

    /**
     * Spending thresholds of 3.8.2: shares of a budget, some bands.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SpendingThreshold> spendingThresholds() {
        return SdgArbitraries.spendingThresholds();
    }

    /**
     * Editions of the method of an indicator.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MethodEdition> methodEditions() {
        return SdgArbitraries.methodEditions();
    }

    /**
     * Series of an indicator, some following an edition, some at a spending threshold.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorSeries> indicatorSeries() {
        return SdgArbitraries.indicatorSeries();
    }

    /**
     * Indicators a dataset declares, with editions, series and citations.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Indicator> indicators() {
        return EntityArbitraries.alone(SdgArbitraries.indicators());
    }

    /**
     * Categories of built-in dimensions, age groups among them, and of declared ones.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Disaggregation> disaggregations() {
        return SdgArbitraries.disaggregations();
    }

    /**
     * Categories of a declared dimension.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DeclaredCategory> declaredCategories() {
        return SdgArbitraries.declaredCategories();
    }

    /**
     * Dimensions a dataset declares, with their categories.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DeclaredDimension> declaredDimensions() {
        return EntityArbitraries.alone(SdgArbitraries.declaredDimensions());
    }

    /**
     * Societal poverty lines at the purchasing power parities of a year.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SocietalPovertyLine> povertyLines() {
        return SdgArbitraries.povertyLines();
    }

    /**
     * Values of an indicator in a year.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DatedValue> datedValues() {
        return SdgArbitraries.datedValues();
    }

    /**
     * Observations of the built-in indicators and of declared ones, with breakdowns and attributes, each citing a
     * source.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorObservation> observations() {
        return EntityArbitraries.alone(SdgArbitraries.observations());
    }

    /**
     * Targets of every kind, never worse than their baseline, with milestones in order.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorTarget> indicatorTargets() {
        return EntityArbitraries.alone(SdgArbitraries.targets());
    }

    /**
     * The natural keys of observations.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ObservationKey> observationKeys() {
        return SdgArbitraries.observationKeys();
    }

    /**
     * Service coverage indices computed from tracers, cadre densities or category indices.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ServiceCoverageIndex> serviceCoverageIndices() {
        return SdgArbitraries.serviceCoverageIndices();
    }

    /**
     * Texts of none of the forms of an area's code (rule {@code area.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Area>> withMalformedArea() {
        return InvalidVariants.forRule("area.format", Area.class);
    }

    /**
     * Codes of the right form that name no area (rule {@code area.unknown}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Area>> withUnknownArea() {
        return InvalidVariants.forRule("area.unknown", Area.class);
    }

    /**
     * Areas written by a code other than their own, such as M49:012 for DZ (rule {@code area.not-canonical}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Area>> withAreaByAnotherCode() {
        return InvalidVariants.forRule("area.not-canonical", Area.class);
    }

    /**
     * A code and a name, or an M49 code, of different areas (rule {@code area.conflict}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Area>> withConflictingArea() {
        return InvalidVariants.forRule("area.conflict", Area.class);
    }

    /**
     * Malformed indicator codes (rule {@code indicator-code.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorCode>> withMalformedIndicatorCode() {
        return InvalidVariants.forRule("indicator-code.format", IndicatorCode.class);
    }

    /**
     * Malformed series codes (rule {@code series-code.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<SeriesCode>> withMalformedSeriesCode() {
        return InvalidVariants.forRule("series-code.format", SeriesCode.class);
    }

    /**
     * Period texts of neither form (rule {@code reference-period.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ReferencePeriod>> withMalformedPeriod() {
        return InvalidVariants.forRule("reference-period.format", ReferencePeriod.class);
    }

    /**
     * Years before 1900 or after 2100 (rule {@code reference-period.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ReferencePeriod>> withPeriodOutOfRange() {
        return InvalidVariants.forRule("reference-period.year-range", ReferencePeriod.class);
    }

    /**
     * Spans that do not end after they start (rule {@code reference-period.order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ReferencePeriod>> withPeriodEndingBeforeStart() {
        return InvalidVariants.forRule("reference-period.order", ReferencePeriod.class);
    }

    /**
     * Bands whose upper share is not above their lower share (rule {@code spending-threshold.order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<SpendingThreshold>> withEmptyBand() {
        return InvalidVariants.forRule("spending-threshold.order", SpendingThreshold.class);
    }

    /**
     * Indicators whose maximum lies below their minimum (rule {@code indicator.range-order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Indicator>> withMaximumBelowMinimum() {
        return InvalidVariants.forRule("indicator.range-order", Indicator.class);
    }

    /**
     * Indicators part of themselves (rule {@code indicator.part-of-itself}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Indicator>> withIndicatorPartOfItself() {
        return InvalidVariants.forRule("indicator.part-of-itself", Indicator.class);
    }

    /**
     * Indicators with two editions of one code (rule {@code indicator.duplicate-edition}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Indicator>> withDuplicateEdition() {
        return InvalidVariants.forRule("indicator.duplicate-edition", Indicator.class);
    }

    /**
     * Indicators with two series of one code (rule {@code indicator.duplicate-series}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Indicator>> withDuplicateSeries() {
        return InvalidVariants.forRule("indicator.duplicate-series", Indicator.class);
    }

    /**
     * Indicators with a series of an edition they do not list (rule {@code indicator.series-edition}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Indicator>> withSeriesOfUnknownEdition() {
        return InvalidVariants.forRule("indicator.series-edition", Indicator.class);
    }

    /**
     * Categories of a dimension whose code is no slug (rule {@code disaggregation.dimension-format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Disaggregation>> withMalformedDimension() {
        return InvalidVariants.forRule("disaggregation.dimension-format", Disaggregation.class);
    }

    /**
     * Categories a built-in dimension does not have (rule {@code disaggregation.category-unknown}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Disaggregation>> withUnknownCategory() {
        return InvalidVariants.forRule("disaggregation.category-unknown", Disaggregation.class);
    }

    /**
     * Declared dimensions without any category (rule {@code declared-dimension.categories-missing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<DeclaredDimension>> withoutCategories() {
        return InvalidVariants.forRule("declared-dimension.categories-missing", DeclaredDimension.class);
    }

    /**
     * Declared dimensions with two categories of one code (rule {@code declared-dimension.duplicate-category}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<DeclaredDimension>> withDuplicateCategory() {
        return InvalidVariants.forRule("declared-dimension.duplicate-category", DeclaredDimension.class);
    }

    /**
     * Poverty lines of zero or less (rule {@code societal-poverty-line.amount}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<SocietalPovertyLine>> withPovertyLineNotAboveZero() {
        return InvalidVariants.forRule("societal-poverty-line.amount", SocietalPovertyLine.class);
    }

    /**
     * Poverty lines at PPPs of a year before 1990 or after 2100 (rule {@code societal-poverty-line.ppp-year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<SocietalPovertyLine>> withPppYearOutOfRange() {
        return InvalidVariants.forRule("societal-poverty-line.ppp-year-range", SocietalPovertyLine.class);
    }

    /**
     * Values of a year before 1900 or after 2100 (rule {@code dated-value.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<DatedValue>> withDatedValueOutOfRange() {
        return InvalidVariants.forRule("dated-value.year-range", DatedValue.class);
    }

    /**
     * Observations holding two categories of one dimension (rule {@code indicator-observation.dimension-repeated}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationWithRepeatedDimension() {
        return InvalidVariants.forRule("indicator-observation.dimension-repeated", IndicatorObservation.class);
    }

    /**
     * Observations whose lower bound lies above the value, or whose upper bound lies below it (rule {@code
     * indicator-observation.bounds-order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withBoundsAroundNotValue() {
        return InvalidVariants.forRule("indicator-observation.bounds-order", IndicatorObservation.class);
    }

    /**
     * Observations of a region or group given a sub-national area (rule {@code
     * indicator-observation.subnational-area-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationOfSubnationalAreaOfNoCountry() {
        return InvalidVariants.forRule("indicator-observation.subnational-area-country", IndicatorObservation.class);
    }

    /**
     * Observations of a value outside their indicator's range (rule {@code indicator-observation.value-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationOutOfRange() {
        return InvalidVariants.forRule("indicator-observation.value-range", IndicatorObservation.class);
    }

    /**
     * Observations stating a unit other than their indicator's (rule {@code indicator-observation.unit-mismatch}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withUnitMismatch() {
        return InvalidVariants.forRule("indicator-observation.unit-mismatch", IndicatorObservation.class);
    }

    /**
     * Observations of a series their indicator does not list (rule {@code indicator-observation.unknown-series}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationOfUnknownSeries() {
        return InvalidVariants.forRule("indicator-observation.unknown-series", IndicatorObservation.class);
    }

    /**
     * Observations of 3.8.2 without the series that says their threshold (rule {@code
     * indicator-observation.series-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationWithoutSeries() {
        return InvalidVariants.forRule("indicator-observation.series-required", IndicatorObservation.class);
    }

    /**
     * Observations citing no source; a warning (rule {@code indicator-observation.source-missing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withObservationUncited() {
        return InvalidVariants.forRule("indicator-observation.source-missing", IndicatorObservation.class);
    }

    /**
     * Values written in text that is not a decimal in plain notation (rule {@code indicator-observation.value-format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> withMalformedValue() {
        return InvalidVariants.forRule("indicator-observation.value-format", IndicatorObservation.class);
    }

    /**
     * Targets of a year before 1900 or after 2100 (rule {@code indicator-target.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetYearOutOfRange() {
        return InvalidVariants.forRule("indicator-target.year-range", IndicatorTarget.class);
    }

    /**
     * Targets whose year does not come after the baseline's (rule {@code indicator-target.target-before-baseline}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetBeforeBaseline() {
        return InvalidVariants.forRule("indicator-target.target-before-baseline", IndicatorTarget.class);
    }

    /**
     * Targets whose milestones come out of order (rule {@code indicator-target.milestone-order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withMilestonesOutOfOrder() {
        return InvalidVariants.forRule("indicator-target.milestone-order", IndicatorTarget.class);
    }

    /**
     * Targets holding two categories of one dimension (rule {@code indicator-target.dimension-repeated}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetWithRepeatedDimension() {
        return InvalidVariants.forRule("indicator-target.dimension-repeated", IndicatorTarget.class);
    }

    /**
     * Targets of a region or group given a sub-national area (rule {@code indicator-target.subnational-area-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetOfSubnationalAreaOfNoCountry() {
        return InvalidVariants.forRule("indicator-target.subnational-area-country", IndicatorTarget.class);
    }

    /**
     * Targets of a level outside the indicator's range, or a change larger than it (rule {@code
     * indicator-target.value-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetOutOfRange() {
        return InvalidVariants.forRule("indicator-target.value-range", IndicatorTarget.class);
    }

    /**
     * Targets of a series their indicator does not list (rule {@code indicator-target.unknown-series}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetOfUnknownSeries() {
        return InvalidVariants.forRule("indicator-target.unknown-series", IndicatorTarget.class);
    }

    /**
     * Targets of 3.8.2 without a series (rule {@code indicator-target.series-required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetWithoutSeries() {
        return InvalidVariants.forRule("indicator-target.series-required", IndicatorTarget.class);
    }

    /**
     * Targets worse than their baseline; a warning (rule {@code indicator-target.target-against-direction}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withTargetAgainstDirection() {
        return InvalidVariants.forRule("indicator-target.target-against-direction", IndicatorTarget.class);
    }

    /**
     * Ceilings on an indicator that should rise, floors on one that should fall; a warning (rule {@code
     * indicator-target.kind-against-direction}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withKindAgainstDirection() {
        return InvalidVariants.forRule("indicator-target.kind-against-direction", IndicatorTarget.class);
    }

    /**
     * Changes with no baseline to change from; a warning (rule {@code indicator-target.change-without-baseline}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> withChangeWithoutBaseline() {
        return InvalidVariants.forRule("indicator-target.change-without-baseline", IndicatorTarget.class);
    }
}
