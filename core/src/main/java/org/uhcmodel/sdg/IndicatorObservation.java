package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.internal.IndicatorObservationRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
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
@Value.Immutable
@IndicatorObservationRules
public abstract class IndicatorObservation implements Entity {

    IndicatorObservation() {
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
    @NotNull
    @Override
    public abstract EntityId id();

    /**
     * Gets the indicator observed.
     *
     * @return the indicator, not null
     */
    @NotNull
    public abstract SdgIndicator indicator();

    /**
     * Gets the threshold of large household health spending the value is measured at.
     *
     * @return the threshold, present for indicator 3.8.2, empty for 3.8.1
     */
    public abstract Optional<SpendingThreshold> threshold();

    /**
     * Gets the country observed, or the country of the observed {@link #place()}.
     *
     * @return the country, not null
     */
    @NotNull
    public abstract CountryCode country();

    /**
     * Gets the sub-national area observed, such as a region.
     *
     * @return the place, in {@link #country()}, empty if the value covers the whole country
     */
    public abstract Optional<Place> place();

    /**
     * Gets the year the value refers to.
     *
     * @return the year, from 2000 to 2100, not null
     */
    @NotNull
    @Min(value = 2000, message = "{indicator-observation.year-range}")
    @Max(value = 2100, message = "{indicator-observation.year-range}")
    public abstract Integer year();

    /**
     * Gets the observed value, in the indicator's {@linkplain SdgIndicator#unit() unit}.
     *
     * @return the value, within the indicator's range, not null
     */
    @NotNull
    @BoundedDecimal
    public abstract BigDecimal value();

    /**
     * Gets the population group the value is restricted to.
     *
     * @return the group, such as {@link DisaggregationGroup#RURAL}, empty for the whole population
     */
    public abstract Optional<DisaggregationGroup> disaggregation();

    /**
     * Gets the citations of the sources reporting the value.
     *
     * @return the unmodifiable citations, at least one
     */
    @NotEmpty(message = "{indicator-observation.source-missing}")
    @Override
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, IndicatorObservation.class);
    }

    /**
     * Builds an {@link IndicatorObservation}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableIndicatorObservation.Builder {
        Builder() {
        }
    }
}
