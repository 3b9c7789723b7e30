package org.uhcmodel.sdg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.internal.IndicatorTargetRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Place;

/**
 * A value of an SDG 3.8 indicator that a country, or a sub-national place of it, aims to reach by a year,
 * optionally measured against a baseline, such as a UHC service coverage index of 80 by 2030 from 74.1 in 2021.
 * <p>
 * A baseline is given whole (year and value) or not at all. The target lies after the baseline and on the better
 * side of it, as the indicator's {@linkplain SdgIndicator#higherIsBetter() direction} says; a target equal to the
 * baseline (holding a level) is allowed.
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
 * {@code indicator-target.target-before-baseline} (a target year not after the baseline year),
 * {@code indicator-target.target-against-direction} (a target worse than the baseline).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@IndicatorTargetRules
public abstract class IndicatorTarget implements Entity {

    IndicatorTarget() {
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
     * Gets the indicator the target is set for.
     *
     * @return the indicator, not null
     */
    @NotNull
    public abstract SdgIndicator indicator();

    /**
     * Gets the threshold of large household health spending the target is measured at.
     *
     * @return the threshold, present for indicator 3.8.2, empty for 3.8.1
     */
    public abstract Optional<SpendingThreshold> threshold();

    /**
     * Gets the country the target is set for, or the country of the {@link #place()}.
     *
     * @return the country, not null
     */
    @NotNull
    public abstract CountryCode country();

    /**
     * Gets the sub-national area the target is set for, such as a region.
     *
     * @return the place, in {@link #country()}, empty if the target covers the whole country
     */
    public abstract Optional<Place> place();

    /**
     * Gets the year of the baseline.
     *
     * @return the year, from 2000 to 2100, present exactly when {@link #baselineValue()} is
     */
    public abstract Optional<@Min(value = 2000, message = "{indicator-target.year-range}")
        @Max(value = 2100, message = "{indicator-target.year-range}") Integer> baselineYear();

    /**
     * Gets the value of the indicator at the baseline.
     *
     * @return the value, within the indicator's range, present exactly when {@link #baselineYear()} is
     */
    public abstract Optional<@BoundedDecimal BigDecimal> baselineValue();

    /**
     * Gets the value aimed at, in the indicator's {@linkplain SdgIndicator#unit() unit}.
     *
     * @return the target value, within the indicator's range, not null
     */
    @NotNull
    @BoundedDecimal
    public abstract BigDecimal targetValue();

    /**
     * Gets the year by which the target value should be reached.
     *
     * @return the year, from 2000 to 2100 and after any baseline year, not null
     */
    @NotNull
    @Min(value = 2000, message = "{indicator-target.year-range}")
    @Max(value = 2100, message = "{indicator-target.year-range}")
    public abstract Integer targetYear();

    /**
     * Gets the citations of the sources setting the target.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, IndicatorTarget.class);
    }

    /**
     * Builds an {@link IndicatorTarget}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableIndicatorTarget.Builder {
        Builder() {
        }
    }
}
