package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Decimals;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * A value of an indicator for an area and a period, as a source reports it, such as a UHC service coverage index of 74
 * for Algeria in 2021, or 32.30% of Afghans facing financial hardship in 2016.
 * <p>
 * An observation names its indicator by code ({@link SdgIndicators built-in} or declared by its dataset) and, where the
 * indicator has several, the series it comes from; its area is a built-in {@link Area} (a country, a region, a
 * group) or, within a country, a {@link SubnationalArea} of its dataset. It may be restricted to any combination of
 * {@linkplain Disaggregation categories}, one per dimension, and carries the attributes the UN SDG Global Database
 * gives a value: its nature, bounds, reporting type, source, release and footnote, and, for 3.8.2 in its 2025
 * definition, the societal poverty line.
 * <p>
 * An observation has no id: it is known by its {@linkplain #key() natural key}, which is unique within a dataset.
 * Values are compared by value: {@code 4.50} equals {@code 4.5}, and each keeps the scale it was given.
 * <p>
 * Rules: {@code required} (indicator, area, period, value), {@code decimal.digits} (value, bounds), {@code not-blank}
 * (source, release, footnote), {@code indicator-observation.dimension-repeated} (two categories of one dimension),
 * {@code indicator-observation.bounds-order} (a lower bound above the value or an upper bound below it),
 * {@code indicator-observation.subnational-area-country} (a sub-national area given with an area that is not a
 * country); against its indicator's definition: {@code indicator-observation.value-range} (the value or a bound
 * outside the indicator's range), {@code indicator-observation.unit-mismatch} (a unit other than the indicator's),
 * {@code indicator-observation.unknown-series} (a series the indicator does not list),
 * {@code indicator-observation.series-required} (no series for an indicator whose series measure different things, as
 * those of 3.8.2 do); warning {@code indicator-observation.source-missing} (no citation);
 * {@code indicator-observation.value-format} for a value read from text that is not a decimal number
 * ({@link #parseValue(CharSequence)}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorObservation extends ModelObject {

    private static final Shape<IndicatorObservation> SHAPE = Shape.of(IndicatorObservation.class,
            IndicatorObservation::new, Builder::new)
        .checkedBy(IndicatorObservation::check);
    private static final Prop<IndicatorCode> INDICATOR = SHAPE.required("indicator", IndicatorCode.class);
    private static final Prop<SeriesCode> SERIES = SHAPE.optional("series", SeriesCode.class);
    private static final Prop<Area> AREA = SHAPE.required("area", Area.class);
    private static final Prop<EntityId> SUBNATIONAL_AREA =
        SHAPE.optional("subnationalArea", EntityId.class)
        .refersTo(EntityKind.AREA);
    private static final Prop<ReferencePeriod> PERIOD = SHAPE.required("period", ReferencePeriod.class);
    private static final Prop<BigDecimal> VALUE = SHAPE.required("value", BigDecimal.class);
    private static final Prop<IndicatorUnit> UNIT = SHAPE.optional("unit", IndicatorUnit.class);
    private static final Prop<Disaggregation> DIMENSIONS = SHAPE.set("dimensions", Disaggregation.class);
    private static final Prop<BigDecimal> LOWER_BOUND = SHAPE.optional("lowerBound", BigDecimal.class);
    private static final Prop<BigDecimal> UPPER_BOUND = SHAPE.optional("upperBound", BigDecimal.class);
    private static final Prop<ObservationNature> NATURE = SHAPE.optional("nature", ObservationNature.class);
    private static final Prop<ReportingType> REPORTING_TYPE = SHAPE.optional("reportingType", ReportingType.class);
    private static final Prop<SocietalPovertyLine> POVERTY_LINE =
        SHAPE.optional("povertyLine", SocietalPovertyLine.class);
    private static final Prop<String> SOURCE = SHAPE.optional("source", String.class);
    private static final Prop<String> RELEASE = SHAPE.optional("release", String.class);
    private static final Prop<String> FOOTNOTE = SHAPE.optional("footnote", String.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule DIMENSION_REPEATED = SHAPE.error("indicator-observation.dimension-repeated",
        "holds a second category of a dimension; a value is restricted to one category per dimension");
    private static final Rule BOUNDS_ORDER = SHAPE.error("indicator-observation.bounds-order",
        "the lower bound may not lie above the value, nor the upper bound below it", VALUE);
    private static final Rule SUBNATIONAL_AREA_COUNTRY = SHAPE.error("indicator-observation.subnational-area-country",
        "a sub-national area lies in a country: the area must be that country", AREA);
    private static final Rule VALUE_RANGE = SHAPE.error("indicator-observation.value-range",
        "must lie within the indicator's range, from {minimum} to {maximum}", INDICATOR);
    private static final Rule UNIT_MISMATCH = SHAPE.error("indicator-observation.unit-mismatch",
        "must be the indicator's unit, {expected}", INDICATOR);
    private static final Rule UNKNOWN_SERIES = SHAPE.error("indicator-observation.unknown-series",
        "is not a series of the indicator; its series: {allowed}", INDICATOR);
    private static final Rule SERIES_REQUIRED = SHAPE.error("indicator-observation.series-required",
        "the indicator's series measure different things: name one of {allowed}", INDICATOR);
    private static final Rule SOURCE_MISSING = SHAPE.warning("indicator-observation.source-missing",
        "cites no source");
    private static final Rule VALUE_FORMAT = SHAPE.error("indicator-observation.value-format",
        "is not a decimal number in plain notation, such as 74 or 4.50");

    private IndicatorObservation(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the code of the indicator observed.
     *
     * @return the code, such as {@code 3.8.1}, not null
     */
    @NotNull
    public IndicatorCode indicator() {
        return value(INDICATOR);
    }

    /**
     * Gets the code of the series the value comes from.
     *
     * @return the code, such as {@code SH_ACS_UNHC}, empty if not stated
     */
    public Optional<SeriesCode> series() {
        return optional(SERIES);
    }

    /**
     * Gets the area observed, or the country of the sub-national area observed.
     *
     * @return the area, such as {@code DZ} or {@code WHO:AFR}, not null
     */
    @NotNull
    public Area area() {
        return value(AREA);
    }

    /**
     * Gets the id of the sub-national area observed, within the country {@link #area()}.
     *
     * @return the id of a {@link SubnationalArea} of the dataset, empty if the value covers the whole area
     */
    public Optional<EntityId> subnationalArea() {
        return optional(SUBNATIONAL_AREA);
    }

    /**
     * Gets the period the value refers to.
     *
     * @return the year or span of years, not null
     */
    @NotNull
    public ReferencePeriod period() {
        return value(PERIOD);
    }

    /**
     * Gets the value, in the indicator's unit.
     *
     * @return the value, with the scale it was given, not null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal value() {
        return value(VALUE);
    }

    /**
     * Gets the unit the source states for the value.
     *
     * @return the unit, the indicator's own, empty if the source does not state it
     */
    public Optional<IndicatorUnit> unit() {
        return optional(UNIT);
    }

    /**
     * Gets the categories the value is restricted to, one per dimension.
     *
     * @return the unmodifiable categories, in the order added, empty for the whole population
     */
    public Set<@NotNull Disaggregation> dimensions() {
        return set(DIMENSIONS);
    }

    /**
     * Gets the lower bound of the value's uncertainty interval.
     *
     * @return the bound, not above the value, empty if not stated
     */
    public Optional<@BoundedDecimal BigDecimal> lowerBound() {
        return optional(LOWER_BOUND);
    }

    /**
     * Gets the upper bound of the value's uncertainty interval.
     *
     * @return the bound, not below the value, empty if not stated
     */
    public Optional<@BoundedDecimal BigDecimal> upperBound() {
        return optional(UPPER_BOUND);
    }

    /**
     * Gets how the value was obtained.
     *
     * @return the nature, such as {@link ObservationNature#ESTIMATED}, empty if not stated
     */
    public Optional<ObservationNature> nature() {
        return optional(NATURE);
    }

    /**
     * Gets whether the value was reported for global, regional or national monitoring.
     *
     * @return the reporting type, empty if not stated
     */
    public Optional<ReportingType> reportingType() {
        return optional(REPORTING_TYPE);
    }

    /**
     * Gets the societal poverty line the value of 3.8.2 (2025 definition) was computed with.
     *
     * @return the poverty line, empty if not stated or not relevant
     */
    public Optional<SocietalPovertyLine> povertyLine() {
        return optional(POVERTY_LINE);
    }

    /**
     * Gets the data source, as the publisher names it.
     *
     * @return the source, such as a household survey, empty if not stated
     */
    public Optional<@NotBlank String> source() {
        return optional(SOURCE);
    }

    /**
     * Gets the release of the data the value belongs to.
     *
     * @return the release, such as {@code 2025.Q3.G.02} for the UN SDG Global Database, empty if not stated
     */
    public Optional<@NotBlank String> release() {
        return optional(RELEASE);
    }

    /**
     * Gets the publisher's footnote to the value.
     *
     * @return the footnote, empty if none
     */
    public Optional<@NotBlank String> footnote() {
        return optional(FOOTNOTE);
    }

    /**
     * Gets the citations of the sources the value is taken from.
     *
     * @return the unmodifiable citations, empty if none (a warning)
     */
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Reads a value, a bound or any figure of an indicator written as text, as tables write them: a decimal in plain
     * notation, such as {@code 74} or {@code 4.50}, with the scale written.
     *
     * @param text  the text, not null
     * @return the decimal, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code indicator-observation.value-format} if
     *  the text is not a decimal in plain notation (an exponent, a sign other than minus, a bound such as
     *  {@code <5}, blank), or {@code decimal.digits} if it has too many digits
     */
    public static BigDecimal parseValue(CharSequence text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value = Decimals.readPlain(text);
        if (value == null) {
            throw Checker.refusal(IndicatorObservation.class,
                Decimals.refusal(text, VALUE_FORMAT), "", text.toString());
        }
        return value;
    }

    /**
     * Gets the natural key: what the value is of, where, when and for whom, and the release it belongs to.
     *
     * @return the key, not null
     */
    public ObservationKey key() {
        return new ObservationKey(indicator(), optional(SERIES), area(), optional(SUBNATIONAL_AREA), period(),
            dimensions(), optional(RELEASE));
    }

    /**
     * Finds the category the value is restricted to in a dimension.
     *
     * @param dimension  the code of the dimension, such as {@code location}, not null
     * @return the code of the category, empty if the value covers every category of that dimension
     */
    public Optional<String> category(String dimension) {
        Objects.requireNonNull(dimension, "dimension");
        for (Disaggregation one : set(DIMENSIONS)) {
            if (one.dimension().equals(dimension)) {
                return Optional.of(one.category());
            }
        }
        return Optional.empty();
    }

    /**
     * Checks the observation against the definition of an indicator: its range, unit and series. A built-in
     * indicator's definition is checked when the observation is built; a dataset checks those it declares.
     *
     * @param indicator  the definition, not null
     * @return the errors, in the model's stable order, empty if the observation fits the definition
     */
    public List<Violation> conformity(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        Checker checker = new Checker(Severity.ERROR);
        conform(this, indicator, checker);
        List<Violation> found = checker.found();
        found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule)
            .thenComparing(Violation::message));
        return found;
    }

    private static void check(IndicatorObservation observation, Checker checker) {
        Set<Disaggregation> dimensions = observation.set(DIMENSIONS);
        if (dimensions.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (Disaggregation one : dimensions) {
                if (one.dimension() != null && !seen.add(one.dimension())) {
                    checker.report(DIMENSION_REPEATED, DIMENSIONS, one);
                }
            }
        }
        BigDecimal value = observation.value(VALUE);
        BigDecimal lower = observation.value(LOWER_BOUND);
        BigDecimal upper = observation.value(UPPER_BOUND);
        if (value != null && lower != null && lower.compareTo(value) > 0) {
            checker.report(BOUNDS_ORDER, LOWER_BOUND, lower);
        }
        if (value != null && upper != null && upper.compareTo(value) < 0) {
            checker.report(BOUNDS_ORDER, UPPER_BOUND, upper);
        }
        Area area = observation.value(AREA);
        EntityId subnational = observation.value(SUBNATIONAL_AREA);
        if (area != null && subnational != null && area.country().isEmpty()) {
            checker.report(SUBNATIONAL_AREA_COUNTRY, SUBNATIONAL_AREA, subnational);
        }
        if (observation.list(CITATIONS).isEmpty()) {
            checker.report(SOURCE_MISSING, CITATIONS, null);
        }
        IndicatorCode code = observation.value(INDICATOR);
        if (code != null && checker.wants(VALUE_RANGE)) {
            Optional<Indicator> builtIn = SdgIndicators.find(code);
            if (builtIn.isPresent()) {
                conform(observation, builtIn.get(), checker);
            }
        }
    }

    /** Reports where an observation departs from an indicator's definition. */
    private static void conform(IndicatorObservation observation, Indicator indicator, Checker checker) {
        BigDecimal[] values = {observation.value(VALUE), observation.value(LOWER_BOUND),
            observation.value(UPPER_BOUND)};
        Prop<?>[] props = {VALUE, LOWER_BOUND, UPPER_BOUND};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !indicator.accepts(values[i])) {
                checker.report(VALUE_RANGE, props[i].name(), values[i], Map.of(
                    "minimum", indicator.minimum().map(BigDecimal::toPlainString).orElse("any"),
                    "maximum", indicator.maximum().map(BigDecimal::toPlainString).orElse("any")));
            }
        }
        IndicatorUnit unit = observation.value(UNIT);
        if (unit != null && unit != indicator.unit()) {
            checker.report(UNIT_MISMATCH, UNIT.name(), unit, Map.of("expected", indicator.unit().code()));
        }
        SeriesCode series = observation.value(SERIES);
        if (series == null) {
            if (indicator.requiresSeries()) {
                checker.report(SERIES_REQUIRED, SERIES.name(), null, Map.of("allowed", seriesOf(indicator)));
            }
        } else if (indicator.findSeries(series).isEmpty()) {
            checker.report(UNKNOWN_SERIES, SERIES.name(), series, Map.of("allowed", seriesOf(indicator)));
        }
    }

    private static String seriesOf(Indicator indicator) {
        StringBuilder buf = new StringBuilder();
        for (IndicatorSeries series : indicator.series()) {
            if (buf.length() > 0) {
                buf.append(", ");
            }
            buf.append(series.code());
        }
        return buf.length() == 0 ? "none" : buf.toString();
    }

    /**
     * Builds an {@link IndicatorObservation}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<IndicatorObservation, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the code of the indicator observed.
         *
         * @param indicator  the value, not null
         * @return this builder
         */
        public Builder indicator(IndicatorCode indicator) {
            return set(INDICATOR, indicator);
        }

        /**
         * Sets the code of the series the value comes from.
         *
         * @param series  the value, not null
         * @return this builder
         */
        public Builder series(SeriesCode series) {
            return set(SERIES, series);
        }

        /**
         * Sets the area observed, or the country of the sub-national area observed.
         *
         * @param area  the value, not null
         * @return this builder
         */
        public Builder area(Area area) {
            return set(AREA, area);
        }

        /**
         * Sets the id of the sub-national area observed, within the country {@link #area()}.
         *
         * @param subnationalArea  the value, not null
         * @return this builder
         */
        public Builder subnationalArea(EntityId subnationalArea) {
            return set(SUBNATIONAL_AREA, subnationalArea);
        }

        /**
         * Sets the period the value refers to.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(ReferencePeriod period) {
            return set(PERIOD, period);
        }

        /**
         * Sets the value, in the indicator's unit.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            return set(VALUE, value);
        }

        /**
         * Sets the unit the source states for the value.
         *
         * @param unit  the value, not null
         * @return this builder
         */
        public Builder unit(IndicatorUnit unit) {
            return set(UNIT, unit);
        }

        /**
         * Adds one of the categories the value is restricted to, one per dimension.
         *
         * @param dimension  the value, not null
         * @return this builder
         */
        public Builder addDimension(Disaggregation dimension) {
            return add(DIMENSIONS, dimension);
        }

        /**
         * Adds, in order, the categories the value is restricted to, one per dimension.
         *
         * @param dimensions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDimensions(Iterable<? extends Disaggregation> dimensions) {
            return addAll(DIMENSIONS, dimensions);
        }

        /**
         * Replaces the categories the value is restricted to, one per dimension.
         *
         * @param dimensions  the values, none null, not null
         * @return this builder
         */
        public Builder dimensions(Iterable<? extends Disaggregation> dimensions) {
            return setAll(DIMENSIONS, dimensions);
        }

        /**
         * Sets the lower bound of the value's uncertainty interval.
         *
         * @param lowerBound  the value, not null
         * @return this builder
         */
        public Builder lowerBound(BigDecimal lowerBound) {
            return set(LOWER_BOUND, lowerBound);
        }

        /**
         * Sets the upper bound of the value's uncertainty interval.
         *
         * @param upperBound  the value, not null
         * @return this builder
         */
        public Builder upperBound(BigDecimal upperBound) {
            return set(UPPER_BOUND, upperBound);
        }

        /**
         * Sets how the value was obtained.
         *
         * @param nature  the value, not null
         * @return this builder
         */
        public Builder nature(ObservationNature nature) {
            return set(NATURE, nature);
        }

        /**
         * Sets whether the value was reported for global, regional or national monitoring.
         *
         * @param reportingType  the value, not null
         * @return this builder
         */
        public Builder reportingType(ReportingType reportingType) {
            return set(REPORTING_TYPE, reportingType);
        }

        /**
         * Sets the societal poverty line the value of 3.8.2 (2025 definition) was computed with.
         *
         * @param povertyLine  the value, not null
         * @return this builder
         */
        public Builder povertyLine(SocietalPovertyLine povertyLine) {
            return set(POVERTY_LINE, povertyLine);
        }

        /**
         * Sets the data source, as the publisher names it.
         *
         * @param source  the value, not null
         * @return this builder
         */
        public Builder source(String source) {
            return set(SOURCE, source);
        }

        /**
         * Sets the release of the data the value belongs to.
         *
         * @param release  the value, not null
         * @return this builder
         */
        public Builder release(String release) {
            return set(RELEASE, release);
        }

        /**
         * Sets the publisher's footnote to the value.
         *
         * @param footnote  the value, not null
         * @return this builder
         */
        public Builder footnote(String footnote) {
            return set(FOOTNOTE, footnote);
        }

        /**
         * Adds one of the citations of the sources the value is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources the value is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources the value is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }

        /**
         * Sets the indicator observed by its definition.
         *
         * @param indicator  the indicator, not null
         * @return this builder
         */
        public Builder indicator(Indicator indicator) {
            return indicator(Objects.requireNonNull(indicator, "indicator").code());
        }
    }
}
