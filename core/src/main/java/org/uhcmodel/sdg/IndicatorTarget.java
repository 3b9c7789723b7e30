package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * A target set for an indicator in an area, such as a UHC service coverage index of 80 by 2030 from 74 in 2021, or at
 * most 5% of the population facing financial hardship by 2030, with the milestones on the way and the strategy or plan
 * that sets it.
 * <p>
 * Its {@linkplain TargetKind kind} says what the target value asks: a level to reach, a ceiling not to exceed, a floor
 * not to fall below, or a change from the baseline in the indicator's unit. A baseline, when given, comes before the
 * milestones, which come in order before the target year.
 * <p>
 * Rules: {@code required} (id, indicator, area, kind, target value, target year), {@code decimal.digits} (target
 * value), {@code indicator-target.year-range} (a target year not from 1900 to 2100),
 * {@code indicator-target.target-before-baseline} (a target year not after the baseline's),
 * {@code indicator-target.milestone-order} (milestones not in order, or not between the baseline and the target year),
 * {@code indicator-target.dimension-repeated}, {@code indicator-target.subnational-area-country}; against its
 * indicator's definition: {@code indicator-target.value-range} (a value outside the indicator's range, or a change
 * larger than the range), {@code indicator-target.unknown-series}, {@code indicator-target.series-required}; warnings:
 * {@code indicator-target.target-against-direction} (a target worse than the baseline for the indicator's direction,
 * such as a coverage index expected to fall after a crisis), {@code indicator-target.kind-against-direction} (a ceiling
 * on an indicator that should rise, or a floor on one that should fall),
 * {@code indicator-target.change-without-baseline}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorTarget extends ModelObject implements Entity {

    private static final Shape<IndicatorTarget> SHAPE = Shape.of(IndicatorTarget.class,
            IndicatorTarget::new, Builder::new)
        .entity(EntityKind.TARGET).checkedBy(IndicatorTarget::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<IndicatorCode> INDICATOR = SHAPE.required("indicator", IndicatorCode.class);
    private static final Prop<SeriesCode> SERIES = SHAPE.optional("series", SeriesCode.class);
    private static final Prop<Area> AREA = SHAPE.required("area", Area.class);
    private static final Prop<EntityId> SUBNATIONAL_AREA =
        SHAPE.optional("subnationalArea", EntityId.class)
        .refersTo(EntityKind.AREA);
    private static final Prop<Disaggregation> DIMENSIONS = SHAPE.set("dimensions", Disaggregation.class);
    private static final Prop<TargetKind> KIND = SHAPE.required("kind", TargetKind.class);
    private static final Prop<BigDecimal> TARGET_VALUE = SHAPE.required("targetValue", BigDecimal.class);
    private static final Prop<Integer> TARGET_YEAR = SHAPE.required("targetYear", Integer.class);
    private static final Prop<DatedValue> BASELINE = SHAPE.optional("baseline", DatedValue.class);
    private static final Prop<DatedValue> MILESTONES = SHAPE.list("milestones", DatedValue.class);
    private static final Prop<EntityId> SET_BY =
        SHAPE.optional("setBy", EntityId.class)
        .refersTo(EntityKind.PROGRAMME, EntityKind.AGREEMENT);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    // Reported by the constraint of targetYear, which names it.
    private static final Rule YEAR_RANGE = SHAPE.error("indicator-target.year-range", "year must be from 1900 to 2100");
    private static final Rule TARGET_BEFORE_BASELINE = SHAPE.error("indicator-target.target-before-baseline",
        "the target year must come after the baseline year", BASELINE);
    private static final Rule MILESTONE_ORDER = SHAPE.error("indicator-target.milestone-order",
        "milestones come in order of their years, after the baseline and before the target year", BASELINE,
        TARGET_YEAR);
    private static final Rule DIMENSION_REPEATED = SHAPE.error("indicator-target.dimension-repeated",
        "holds a second category of a dimension; a target is restricted to one category per dimension");
    private static final Rule SUBNATIONAL_AREA_COUNTRY = SHAPE.error("indicator-target.subnational-area-country",
        "a sub-national area lies in a country: the area must be that country", AREA);
    private static final Rule VALUE_RANGE = SHAPE.error("indicator-target.value-range",
        "must lie within the indicator's range, from {minimum} to {maximum}", INDICATOR, KIND);
    private static final Rule UNKNOWN_SERIES = SHAPE.error("indicator-target.unknown-series",
        "is not a series of the indicator; its series: {allowed}", INDICATOR);
    private static final Rule SERIES_REQUIRED = SHAPE.error("indicator-target.series-required",
        "the indicator's series measure different things: name one of {allowed}", INDICATOR);
    private static final Rule TARGET_AGAINST_DIRECTION = SHAPE.warning("indicator-target.target-against-direction",
        "the target is worse than the baseline for the indicator's direction", INDICATOR, KIND, BASELINE);
    private static final Rule KIND_AGAINST_DIRECTION = SHAPE.warning("indicator-target.kind-against-direction",
        "a ceiling is unusual for an indicator that should rise, and a floor for one that should fall", INDICATOR);
    private static final Rule CHANGE_WITHOUT_BASELINE = SHAPE.warning("indicator-target.change-without-baseline",
        "a change is measured from a baseline, which the target does not state");

    private IndicatorTarget(Object[] values) {
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
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the code of the indicator the target is set for.
     *
     * @return the code, such as {@code 3.8.1}, not null
     */
    @NotNull
    public IndicatorCode indicator() {
        return value(INDICATOR);
    }

    /**
     * Gets the code of the series the target is measured by.
     *
     * @return the code, such as {@code SH_OOP_XPD_EARNNET40}, empty if not stated
     */
    public Optional<SeriesCode> series() {
        return optional(SERIES);
    }

    /**
     * Gets the area the target is set for, or the country of its sub-national area.
     *
     * @return the area, not null
     */
    @NotNull
    public Area area() {
        return value(AREA);
    }

    /**
     * Gets the id of the sub-national area the target is set for, within the country {@link #area()}.
     *
     * @return the id of a {@link SubnationalArea} of the dataset, empty if the target covers the whole area
     */
    public Optional<EntityId> subnationalArea() {
        return optional(SUBNATIONAL_AREA);
    }

    /**
     * Gets the categories the target is restricted to, one per dimension.
     *
     * @return the unmodifiable categories, empty for the whole population
     */
    public Set<@NotNull Disaggregation> dimensions() {
        return set(DIMENSIONS);
    }

    /**
     * Gets what the target value asks.
     *
     * @return the kind, not null
     */
    @NotNull
    public TargetKind kind() {
        return value(KIND);
    }

    /**
     * Gets the value aimed at, in the indicator's unit.
     *
     * @return the level, ceiling or floor, or the change from the baseline for a {@link TargetKind#CHANGE}, not
     *  null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal targetValue() {
        return value(TARGET_VALUE);
    }

    /**
     * Gets the year by which the target should be met.
     *
     * @return the year, from 1900 to 2100, after the baseline's, not null
     */
    @NotNull
    @Min(value = 1900, message = "{indicator-target.year-range}")
    @Max(value = 2100, message = "{indicator-target.year-range}")
    public Integer targetYear() {
        return value(TARGET_YEAR);
    }

    /**
     * Gets the value of the indicator the target starts from.
     *
     * @return the baseline, empty if not stated
     */
    public Optional<DatedValue> baseline() {
        return optional(BASELINE);
    }

    /**
     * Gets the values to reach on the way, in the order of their years.
     *
     * @return the unmodifiable milestones, empty if none
     */
    public List<@NotNull DatedValue> milestones() {
        return list(MILESTONES);
    }

    /**
     * Gets the id of the strategy, plan or agreement that sets the target.
     *
     * @return the id of a programme (such as a national health strategy) or an agreement of the dataset, empty if
     *  not stated
     */
    public Optional<EntityId> setBy() {
        return optional(SET_BY);
    }

    /**
     * Gets the citations of the sources setting the target.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Checks the target against the definition of an indicator: its range, series and direction. A built-in
     * indicator's definition is checked when the target is built; a dataset checks those it declares.
     *
     * @param indicator  the definition, not null
     * @return the errors, in the model's stable order, empty if the target fits the definition
     */
    public List<Violation> conformity(Indicator indicator) {
        return conformity(indicator, Severity.ERROR);
    }

    /**
     * Gets the warnings of the target against the definition of an indicator, such as a target worse than its
     * baseline for the indicator's direction.
     *
     * @param indicator  the definition, not null
     * @return the warnings, in the model's stable order, empty if none
     */
    public List<Violation> warningsAgainst(Indicator indicator) {
        return conformity(indicator, Severity.WARNING);
    }

    private List<Violation> conformity(Indicator indicator, Severity severity) {
        Objects.requireNonNull(indicator, "indicator");
        Checker checker = new Checker(severity);
        conform(this, indicator, checker);
        List<Violation> found = checker.found();
        found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule)
            .thenComparing(Violation::message));
        return found;
    }

    private static void check(IndicatorTarget target, Checker checker) {
        Set<Disaggregation> dimensions = target.set(DIMENSIONS);
        if (dimensions.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (Disaggregation one : dimensions) {
                if (one.dimension() != null && !seen.add(one.dimension())) {
                    checker.report(DIMENSION_REPEATED, DIMENSIONS, one);
                }
            }
        }
        Area area = target.value(AREA);
        EntityId subnational = target.value(SUBNATIONAL_AREA);
        if (area != null && subnational != null && area.country().isEmpty()) {
            checker.report(SUBNATIONAL_AREA_COUNTRY, SUBNATIONAL_AREA, subnational);
        }
        DatedValue baseline = target.value(BASELINE);
        Integer targetYear = target.value(TARGET_YEAR);
        Integer baselineYear = baseline == null ? null : baseline.year();
        if (baselineYear != null && targetYear != null && targetYear <= baselineYear) {
            checker.report(TARGET_BEFORE_BASELINE, TARGET_YEAR, targetYear);
        }
        List<DatedValue> milestones = target.list(MILESTONES);
        Integer previous = baselineYear;
        for (int i = 0; i < milestones.size(); i++) {
            Integer year = milestones.get(i).year();
            if (year != null && (previous != null && year <= previous || targetYear != null && year >= targetYear)) {
                checker.report(MILESTONE_ORDER, "milestones[" + i + "].year", year);
            }
            if (year != null) {
                previous = year;
            }
        }
        if (target.value(KIND) == TargetKind.CHANGE && baseline == null) {
            checker.report(CHANGE_WITHOUT_BASELINE, BASELINE, null);
        }
        IndicatorCode code = target.value(INDICATOR);
        if (code != null) {
            Optional<Indicator> builtIn = SdgIndicators.find(code);
            if (builtIn.isPresent()) {
                conform(target, builtIn.get(), checker);
            }
        }
    }

    /** Reports where a target departs from an indicator's definition, errors and warnings. */
    private static void conform(IndicatorTarget target, Indicator indicator, Checker checker) {
        TargetKind kind = target.value(KIND);
        BigDecimal targetValue = target.value(TARGET_VALUE);
        DatedValue baseline = target.value(BASELINE);
        Map<String, String> range = Map.of(
            "minimum", indicator.minimum().map(BigDecimal::toPlainString).orElse("any"),
            "maximum", indicator.maximum().map(BigDecimal::toPlainString).orElse("any"));
        if (targetValue != null && kind != null && !fits(indicator, kind, targetValue)) {
            checker.report(VALUE_RANGE, TARGET_VALUE.name(), targetValue, range);
        }
        if (baseline != null && baseline.value() != null && !indicator.accepts(baseline.value())) {
            checker.report(VALUE_RANGE, "baseline.value", baseline.value(), range);
        }
        List<DatedValue> milestones = target.list(MILESTONES);
        for (int i = 0; i < milestones.size(); i++) {
            BigDecimal value = milestones.get(i).value();
            if (value != null && kind != null && !fits(indicator, kind, value)) {
                checker.report(VALUE_RANGE, "milestones[" + i + "].value", value, range);
            }
        }
        SeriesCode series = target.value(SERIES);
        if (series == null) {
            if (indicator.requiresSeries()) {
                checker.report(SERIES_REQUIRED, SERIES.name(), null, Map.of("allowed", seriesOf(indicator)));
            }
        } else if (indicator.findSeries(series).isEmpty()) {
            checker.report(UNKNOWN_SERIES, SERIES.name(), series, Map.of("allowed", seriesOf(indicator)));
        }
        Optional<Direction> direction = indicator.direction();
        if (direction.isEmpty() || direction.get() == Direction.MAINTAIN || kind == null
            || !checker.wants(TARGET_AGAINST_DIRECTION)) {
            return;
        }
        boolean rise = direction.get() == Direction.INCREASE;
        if (kind == TargetKind.CEILING && rise || kind == TargetKind.FLOOR && !rise) {
            checker.report(KIND_AGAINST_DIRECTION, KIND.name(), kind);
        }
        if (targetValue == null) {
            return;
        }
        int sign;
        if (kind == TargetKind.CHANGE) {
            sign = targetValue.signum();
        } else if (baseline != null && baseline.value() != null) {
            sign = targetValue.compareTo(baseline.value());
        } else {
            return;
        }
        if (rise ? sign < 0 : sign > 0) {
            checker.report(TARGET_AGAINST_DIRECTION, TARGET_VALUE.name(), targetValue);
        }
    }

    /** Whether a value fits the range: a level in it, a change no larger than its width. */
    private static boolean fits(Indicator indicator, TargetKind kind, BigDecimal value) {
        if (kind != TargetKind.CHANGE) {
            return indicator.accepts(value);
        }
        Optional<BigDecimal> minimum = indicator.minimum();
        Optional<BigDecimal> maximum = indicator.maximum();
        if (minimum.isEmpty() || maximum.isEmpty()) {
            return true;
        }
        return value.abs().compareTo(maximum.get().subtract(minimum.get())) <= 0;
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
     * Builds an {@link IndicatorTarget}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<IndicatorTarget, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the code of the indicator the target is set for.
         *
         * @param indicator  the value, not null
         * @return this builder
         */
        public Builder indicator(IndicatorCode indicator) {
            return set(INDICATOR, indicator);
        }

        /**
         * Sets the code of the series the target is measured by.
         *
         * @param series  the value, not null
         * @return this builder
         */
        public Builder series(SeriesCode series) {
            return set(SERIES, series);
        }

        /**
         * Sets the area the target is set for, or the country of its sub-national area.
         *
         * @param area  the value, not null
         * @return this builder
         */
        public Builder area(Area area) {
            return set(AREA, area);
        }

        /**
         * Sets the id of the sub-national area the target is set for, within the country {@link #area()}.
         *
         * @param subnationalArea  the value, not null
         * @return this builder
         */
        public Builder subnationalArea(EntityId subnationalArea) {
            return set(SUBNATIONAL_AREA, subnationalArea);
        }

        /**
         * Adds one of the categories the target is restricted to, one per dimension.
         *
         * @param dimension  the value, not null
         * @return this builder
         */
        public Builder addDimension(Disaggregation dimension) {
            return add(DIMENSIONS, dimension);
        }

        /**
         * Adds, in order, the categories the target is restricted to, one per dimension.
         *
         * @param dimensions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDimensions(Iterable<? extends Disaggregation> dimensions) {
            return addAll(DIMENSIONS, dimensions);
        }

        /**
         * Replaces the categories the target is restricted to, one per dimension.
         *
         * @param dimensions  the values, none null, not null
         * @return this builder
         */
        public Builder dimensions(Iterable<? extends Disaggregation> dimensions) {
            return setAll(DIMENSIONS, dimensions);
        }

        /**
         * Sets what the target value asks.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(TargetKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the target value, in the indicator's unit.
         *
         * @param targetValue  the value, not null
         * @return this builder
         */
        public Builder targetValue(BigDecimal targetValue) {
            return set(TARGET_VALUE, targetValue);
        }

        /**
         * Sets the year by which the target should be met.
         *
         * @param targetYear  the value, not null
         * @return this builder
         */
        public Builder targetYear(Integer targetYear) {
            return set(TARGET_YEAR, targetYear);
        }

        /**
         * Sets the value of the indicator the target starts from.
         *
         * @param baseline  the value, not null
         * @return this builder
         */
        public Builder baseline(DatedValue baseline) {
            return set(BASELINE, baseline);
        }

        /**
         * Adds one of the values to reach on the way, in the order of their years.
         *
         * @param milestone  the value, not null
         * @return this builder
         */
        public Builder addMilestone(DatedValue milestone) {
            return add(MILESTONES, milestone);
        }

        /**
         * Adds, in order, the values to reach on the way, in the order of their years.
         *
         * @param milestones  the values, none null, not null
         * @return this builder
         */
        public Builder addAllMilestones(Iterable<? extends DatedValue> milestones) {
            return addAll(MILESTONES, milestones);
        }

        /**
         * Replaces the values to reach on the way, in the order of their years.
         *
         * @param milestones  the values, none null, not null
         * @return this builder
         */
        public Builder milestones(Iterable<? extends DatedValue> milestones) {
            return setAll(MILESTONES, milestones);
        }

        /**
         * Sets the id of the strategy, plan or agreement that sets the target.
         *
         * @param setBy  the value, not null
         * @return this builder
         */
        public Builder setBy(EntityId setBy) {
            return set(SET_BY, setBy);
        }

        /**
         * Adds one of the citations of the sources setting the target.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources setting the target.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources setting the target.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }

        /**
         * Sets the indicator the target is set for by its definition.
         *
         * @param indicator  the indicator, not null
         * @return this builder
         */
        public Builder indicator(Indicator indicator) {
            return indicator(Objects.requireNonNull(indicator, "indicator").code());
        }
    }
}
