package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
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
 * A value of an SDG 3.8 indicator for a country, or a sub-national place of it, in a year, as a source reports it,
 * such as a UHC service coverage index of 74.1 for Algeria in 2021.
 * <p>
 * A value of indicator 3.8.2 is given at a {@link SpendingThreshold}; a value may be restricted to one population
 * group ({@link DisaggregationGroup}). Every observation cites its source.
 * <p>
 * Rules: {@code required} (id, indicator, country, year, value),
 * {@code indicator-observation.year-range} (year not from 2000 to 2100),
 * {@code indicator-observation.source-missing} (no citation),
 * {@code indicator-observation.threshold-required} (an indicator that needs a threshold, 3.8.2, without one),
 * {@code indicator-observation.threshold-not-applicable} (a threshold given to an indicator that takes none, 3.8.1),
 * {@code indicator-observation.value-range} (a value outside the indicator's range),
 * {@code decimal.digits} (a value of more than 30 digits before the decimal point or 18 after it),
 * {@code indicator-observation.place-country} (a place in another country than the observation's).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorObservation extends ModelObject implements Entity {

    private static final Shape<IndicatorObservation> SHAPE = Shape.of(IndicatorObservation.class,
            IndicatorObservation::new, Builder::new)
        .entity(EntityKind.OBSERVATION).checkedBy(IndicatorObservation::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<SdgIndicator> INDICATOR = SHAPE.required("indicator", SdgIndicator.class);
    private static final Prop<SpendingThreshold> THRESHOLD = SHAPE.optional("threshold", SpendingThreshold.class);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<Place> PLACE = SHAPE.optional("place", Place.class);
    private static final Prop<Integer> YEAR = SHAPE.required("year", Integer.class);
    private static final Prop<BigDecimal> VALUE = SHAPE.required("value", BigDecimal.class);
    private static final Prop<DisaggregationGroup> DISAGGREGATION =
        SHAPE.optional("disaggregation", DisaggregationGroup.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    // Reported by the constraints of year and citations, which name them.
    private static final Rule YEAR_RANGE = SHAPE.error("indicator-observation.year-range",
        "year must be from 2000 to 2100");
    private static final Rule SOURCE_MISSING = SHAPE.error("indicator-observation.source-missing",
        "must cite at least one source");
    private static final Rule THRESHOLD_REQUIRED = SHAPE.error("indicator-observation.threshold-required",
        "indicator 3.8.2 is reported at a spending threshold, 10 or 25 percent", INDICATOR);
    private static final Rule THRESHOLD_NOT_APPLICABLE = SHAPE.error("indicator-observation.threshold-not-applicable",
        "this indicator takes no spending threshold", INDICATOR);
    private static final Rule VALUE_RANGE = SHAPE.error("indicator-observation.value-range",
        "must lie within the indicator's range, from 0 to 100", INDICATOR);
    private static final Rule PLACE_COUNTRY = SHAPE.error("indicator-observation.place-country",
        "the place must lie in the observation's country", COUNTRY);

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
     * Gets the indicator observed.
     *
     * @return the indicator, not null
     */
    @NotNull
    public SdgIndicator indicator() {
        return value(INDICATOR);
    }

    /**
     * Gets the threshold of large household health spending the value is measured at.
     *
     * @return the threshold, present for indicator 3.8.2, empty for 3.8.1
     */
    public Optional<SpendingThreshold> threshold() {
        return optional(THRESHOLD);
    }

    /**
     * Gets the country observed, or the country of the observed {@link #place()}.
     *
     * @return the country, not null
     */
    @NotNull
    public CountryCode country() {
        return value(COUNTRY);
    }

    /**
     * Gets the sub-national area observed, such as a region.
     *
     * @return the place, in {@link #country()}, empty if the value covers the whole country
     */
    public Optional<Place> place() {
        return optional(PLACE);
    }

    /**
     * Gets the year the value refers to.
     *
     * @return the year, from 2000 to 2100, not null
     */
    @NotNull
    @Min(value = 2000, message = "{indicator-observation.year-range}")
    @Max(value = 2100, message = "{indicator-observation.year-range}")
    public Integer year() {
        return value(YEAR);
    }

    /**
     * Gets the observed value, in the indicator's {@linkplain SdgIndicator#unit() unit}.
     *
     * @return the value, within the indicator's range, not null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal value() {
        return value(VALUE);
    }

    /**
     * Gets the population group the value is restricted to.
     *
     * @return the group, such as {@link DisaggregationGroup#RURAL}, empty for the whole population
     */
    public Optional<DisaggregationGroup> disaggregation() {
        return optional(DISAGGREGATION);
    }

    /**
     * Gets the citations of the sources reporting the value.
     *
     * @return the unmodifiable citations, at least one
     */
    @Override
    @NotEmpty(message = "{indicator-observation.source-missing}")
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(IndicatorObservation observation, Checker checker) {
        SdgIndicator indicator = observation.indicator();
        Optional<SpendingThreshold> threshold = observation.threshold();
        if (indicator != null) {
            if (threshold.isEmpty()) {
                if (indicator.requiresThreshold()) {
                    checker.report(THRESHOLD_REQUIRED, THRESHOLD, null);
                }
            } else if (!indicator.thresholds().contains(threshold.get())) {
                checker.report(THRESHOLD_NOT_APPLICABLE, THRESHOLD, threshold.get());
            }
            BigDecimal value = observation.value();
            if (value != null && !indicator.accepts(value)) {
                checker.report(VALUE_RANGE, VALUE, value);
            }
        }
        CountryCode country = observation.country();
        Optional<Place> place = observation.place();
        if (country != null && place.isPresent() && !place.get().country().equals(country)) {
            checker.report(PLACE_COUNTRY, "place.country", place.get().country());
        }
    }

    /**
     * Builds an {@link IndicatorObservation}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<IndicatorObservation, Builder> {

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
         * Sets the indicator observed.
         *
         * @param indicator  the value, not null
         * @return this builder
         */
        public Builder indicator(SdgIndicator indicator) {
            return set(INDICATOR, indicator);
        }

        /**
         * Sets the threshold of large household health spending the value is measured at.
         *
         * @param threshold  the value, not null
         * @return this builder
         */
        public Builder threshold(SpendingThreshold threshold) {
            return set(THRESHOLD, threshold);
        }

        /**
         * Sets the country observed, or the country of the observed place.
         *
         * @param country  the value, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the sub-national area observed, such as a region.
         *
         * @param place  the value, not null
         * @return this builder
         */
        public Builder place(Place place) {
            return set(PLACE, place);
        }

        /**
         * Sets the year the value refers to.
         *
         * @param year  the value, not null
         * @return this builder
         */
        public Builder year(Integer year) {
            return set(YEAR, year);
        }

        /**
         * Sets the observed value, in the indicator's {@linkplain SdgIndicator#unit() unit}.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            return set(VALUE, value);
        }

        /**
         * Sets the population group the value is restricted to.
         *
         * @param disaggregation  the value, not null
         * @return this builder
         */
        public Builder disaggregation(DisaggregationGroup disaggregation) {
            return set(DISAGGREGATION, disaggregation);
        }

        /**
         * Adds one of the citations of the sources reporting the value.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources reporting the value.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources reporting the value.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
