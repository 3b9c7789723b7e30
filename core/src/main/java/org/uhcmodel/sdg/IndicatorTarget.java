package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Place;

/**
 * A value of an SDG 3.8 indicator that a country, or a sub-national place of it, aims to reach by a year,
 * optionally measured against a baseline, such as a UHC service coverage index of 80 by 2030 from 74.1 in 2021.
 * <p>
 * A baseline is given whole (year and value) or not at all. The target lies after the baseline and, as a rule, on
 * the better side of it, as the indicator's {@linkplain SdgIndicator#higherIsBetter() direction} says; a target equal
 * to the baseline (holding a level) is allowed.
 * <p>
 * Rules: {@code required} (id, indicator, country, target value, target year),
 * {@code indicator-target.year-range} (a baseline or target year not from 2000 to 2100),
 * {@code indicator-target.threshold-required} (an indicator that needs a threshold, 3.8.2, without one),
 * {@code indicator-target.threshold-not-applicable} (a threshold given to an indicator that takes none, 3.8.1),
 * {@code indicator-target.value-range} (a baseline or target value outside the indicator's range),
 * {@code decimal.digits} (a baseline or target value of more than 30 digits before the decimal point or 18 after it),
 * {@code indicator-target.place-country} (a place in another country than the target's),
 * {@code indicator-target.baseline-incomplete} (a baseline year without a value, reported at {@code baselineYear},
 * or a value without a year, reported at {@code baselineValue}),
 * {@code indicator-target.target-before-baseline} (a target year not after the baseline year); warning:
 * {@code indicator-target.target-against-direction} (a target worse than the baseline, such as a coverage index
 * expected to fall after a crisis).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorTarget extends ModelObject implements Entity {

    private static final Shape<IndicatorTarget> SHAPE = Shape.of(IndicatorTarget.class,
            IndicatorTarget::new, Builder::new)
        .entity(EntityKind.TARGET).checkedBy(IndicatorTarget::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<SdgIndicator> INDICATOR = SHAPE.required("indicator", SdgIndicator.class);
    private static final Prop<SpendingThreshold> THRESHOLD = SHAPE.optional("threshold", SpendingThreshold.class);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<Place> PLACE = SHAPE.optional("place", Place.class);
    private static final Prop<Integer> BASELINE_YEAR = SHAPE.optional("baselineYear", Integer.class);
    private static final Prop<BigDecimal> BASELINE_VALUE = SHAPE.optional("baselineValue", BigDecimal.class);
    private static final Prop<BigDecimal> TARGET_VALUE = SHAPE.required("targetValue", BigDecimal.class);
    private static final Prop<Integer> TARGET_YEAR = SHAPE.required("targetYear", Integer.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    // Reported by the constraints of baselineYear and targetYear, which name it.
    private static final Rule YEAR_RANGE = SHAPE.error("indicator-target.year-range",
        "year must be from 2000 to 2100");
    private static final Rule THRESHOLD_REQUIRED = SHAPE.error("indicator-target.threshold-required",
        "indicator 3.8.2 is reported at a spending threshold, 10 or 25 percent", INDICATOR);
    private static final Rule THRESHOLD_NOT_APPLICABLE = SHAPE.error("indicator-target.threshold-not-applicable",
        "this indicator takes no spending threshold", INDICATOR);
    private static final Rule VALUE_RANGE = SHAPE.error("indicator-target.value-range",
        "must lie within the indicator's range, from 0 to 100", INDICATOR);
    private static final Rule PLACE_COUNTRY = SHAPE.error("indicator-target.place-country",
        "the place must lie in the target's country", COUNTRY);
    private static final Rule BASELINE_INCOMPLETE = SHAPE.error("indicator-target.baseline-incomplete",
        "a baseline needs both a year and a value", BASELINE_YEAR, BASELINE_VALUE);
    private static final Rule TARGET_BEFORE_BASELINE = SHAPE.error("indicator-target.target-before-baseline",
        "the target year must come after the baseline year", BASELINE_YEAR);
    private static final Rule TARGET_AGAINST_DIRECTION = SHAPE.warning("indicator-target.target-against-direction",
        "the target is worse than the baseline for the indicator's direction", INDICATOR, BASELINE_VALUE);

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
     * Gets the indicator the target is set for.
     *
     * @return the indicator, not null
     */
    @NotNull
    public SdgIndicator indicator() {
        return value(INDICATOR);
    }

    /**
     * Gets the threshold of large household health spending the target is measured at.
     *
     * @return the threshold, present for indicator 3.8.2, empty for 3.8.1
     */
    public Optional<SpendingThreshold> threshold() {
        return optional(THRESHOLD);
    }

    /**
     * Gets the country the target is set for, or the country of the {@link #place()}.
     *
     * @return the country, not null
     */
    @NotNull
    public CountryCode country() {
        return value(COUNTRY);
    }

    /**
     * Gets the sub-national area the target is set for, such as a region.
     *
     * @return the place, in {@link #country()}, empty if the target covers the whole country
     */
    public Optional<Place> place() {
        return optional(PLACE);
    }

    /**
     * Gets the year of the baseline.
     *
     * @return the year, from 2000 to 2100, present exactly when {@link #baselineValue()} is
     */
    public Optional<@Min(value = 2000, message = "{indicator-target.year-range}")
        @Max(value = 2100, message = "{indicator-target.year-range}") Integer> baselineYear() {
        return optional(BASELINE_YEAR);
    }

    /**
     * Gets the value of the indicator at the baseline.
     *
     * @return the value, within the indicator's range, present exactly when {@link #baselineYear()} is
     */
    public Optional<@BoundedDecimal BigDecimal> baselineValue() {
        return optional(BASELINE_VALUE);
    }

    /**
     * Gets the value aimed at, in the indicator's {@linkplain SdgIndicator#unit() unit}.
     *
     * @return the target value, within the indicator's range, not null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal targetValue() {
        return value(TARGET_VALUE);
    }

    /**
     * Gets the year by which the target value should be reached.
     *
     * @return the year, from 2000 to 2100 and after any baseline year, not null
     */
    @NotNull
    @Min(value = 2000, message = "{indicator-target.year-range}")
    @Max(value = 2100, message = "{indicator-target.year-range}")
    public Integer targetYear() {
        return value(TARGET_YEAR);
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

    private static void check(IndicatorTarget target, Checker checker) {
        SdgIndicator indicator = target.indicator();
        Optional<SpendingThreshold> threshold = target.threshold();
        Optional<Integer> baselineYear = target.baselineYear();
        Optional<BigDecimal> baselineValue = target.baselineValue();
        BigDecimal targetValue = target.targetValue();
        if (indicator != null) {
            if (threshold.isEmpty()) {
                if (indicator.requiresThreshold()) {
                    checker.report(THRESHOLD_REQUIRED, THRESHOLD, null);
                }
            } else if (!indicator.thresholds().contains(threshold.get())) {
                checker.report(THRESHOLD_NOT_APPLICABLE, THRESHOLD, threshold.get());
            }
            if (baselineValue.isPresent() && !indicator.accepts(baselineValue.get())) {
                checker.report(VALUE_RANGE, BASELINE_VALUE, baselineValue.get());
            }
            if (targetValue != null && !indicator.accepts(targetValue)) {
                checker.report(VALUE_RANGE, TARGET_VALUE, targetValue);
            }
        }
        CountryCode country = target.country();
        Optional<Place> place = target.place();
        if (country != null && place.isPresent() && !place.get().country().equals(country)) {
            checker.report(PLACE_COUNTRY, "place.country", place.get().country());
        }
        if (baselineYear.isPresent() && baselineValue.isEmpty()) {
            checker.report(BASELINE_INCOMPLETE, BASELINE_YEAR, baselineYear.get());
        }
        if (baselineValue.isPresent() && baselineYear.isEmpty()) {
            checker.report(BASELINE_INCOMPLETE, BASELINE_VALUE, baselineValue.get());
        }
        Integer targetYear = target.targetYear();
        if (baselineYear.isPresent() && targetYear != null && targetYear <= baselineYear.get()) {
            checker.report(TARGET_BEFORE_BASELINE, TARGET_YEAR, targetYear);
        }
        if (indicator != null && targetValue != null && baselineValue.isPresent()
            && checker.wants(TARGET_AGAINST_DIRECTION)) {
            int comparison = targetValue.compareTo(baselineValue.get());
            if (indicator.higherIsBetter() ? comparison < 0 : comparison > 0) {
                checker.report(TARGET_AGAINST_DIRECTION, TARGET_VALUE, targetValue);
            }
        }
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
         * @param id  the id, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the indicator the target is set for.
         *
         * @param indicator  the indicator, not null
         * @return this builder
         */
        public Builder indicator(SdgIndicator indicator) {
            return set(INDICATOR, indicator);
        }

        /**
         * Sets the threshold of large household health spending the target is measured at.
         *
         * @param threshold  the threshold, not null
         * @return this builder
         */
        public Builder threshold(SpendingThreshold threshold) {
            return set(THRESHOLD, threshold);
        }

        /**
         * Sets the country the target is set for, or the country of the place.
         *
         * @param country  the country, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the sub-national area the target is set for, such as a region.
         *
         * @param place  the place, not null
         * @return this builder
         */
        public Builder place(Place place) {
            return set(PLACE, place);
        }

        /**
         * Sets the year of the baseline.
         *
         * @param baselineYear  the year, not null
         * @return this builder
         */
        public Builder baselineYear(Integer baselineYear) {
            return set(BASELINE_YEAR, baselineYear);
        }

        /**
         * Sets the value of the indicator at the baseline.
         *
         * @param baselineValue  the value, not null
         * @return this builder
         */
        public Builder baselineValue(BigDecimal baselineValue) {
            return set(BASELINE_VALUE, baselineValue);
        }

        /**
         * Sets the value aimed at, in the indicator's unit.
         *
         * @param targetValue  the value, not null
         * @return this builder
         */
        public Builder targetValue(BigDecimal targetValue) {
            return set(TARGET_VALUE, targetValue);
        }

        /**
         * Sets the year by which the target value should be reached.
         *
         * @param targetYear  the year, not null
         * @return this builder
         */
        public Builder targetYear(Integer targetYear) {
            return set(TARGET_YEAR, targetYear);
        }

        /**
         * Adds one of the citations of the sources setting the target.
         *
         * @param citation  the citation, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, citations of the sources setting the target.
         *
         * @param citations  the citations, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources setting the target.
         *
         * @param citations  the citations, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
