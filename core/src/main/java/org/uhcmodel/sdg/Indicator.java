package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

/**
 * An indicator that observations and targets are given for, described as data: its code, name, unit, range of valid
 * values, the direction in which it improves, the indicator it is a part of, the editions of its method, and the
 * series that publish it.
 * <p>
 * The indicators of SDG target 3.8 are built in ({@link SdgIndicators}): the UHC service coverage index (3.8.1) with
 * its tracers, and indicator 3.8.2 in its 2017 and 2025 definitions with the components of the latter; they are used by
 * their codes and are never declared. A dataset declares indicators of its own, such as a national indicator of a
 * coverage scheme, as entities of this type.
 * <p>
 * Rules: {@code required} (id, code, name, unit), {@code decimal.digits} (minimum, maximum),
 * {@code indicator.range-order} (a maximum below the minimum), {@code indicator.part-of-itself},
 * {@code indicator.duplicate-edition} (two editions of one code), {@code indicator.duplicate-series} (two series of
 * one code), {@code indicator.series-edition} (a series follows an edition the indicator does not list).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Indicator extends ModelObject implements Entity {

    private static final Shape<Indicator> SHAPE = Shape.of(Indicator.class,
            Indicator::new, Builder::new)
        .entity(EntityKind.INDICATOR).checkedBy(Indicator::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<IndicatorCode> CODE = SHAPE.required("code", IndicatorCode.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<IndicatorUnit> UNIT = SHAPE.required("unit", IndicatorUnit.class);
    private static final Prop<BigDecimal> MINIMUM = SHAPE.optional("minimum", BigDecimal.class);
    private static final Prop<BigDecimal> MAXIMUM = SHAPE.optional("maximum", BigDecimal.class);
    private static final Prop<Direction> DIRECTION = SHAPE.optional("direction", Direction.class);
    private static final Prop<IndicatorCode> PART_OF = SHAPE.optional("partOf", IndicatorCode.class);
    private static final Prop<SdgTarget> SDG_TARGET = SHAPE.optional("sdgTarget", SdgTarget.class);
    private static final Prop<MethodEdition> EDITIONS = SHAPE.list("editions", MethodEdition.class);
    private static final Prop<IndicatorSeries> SERIES = SHAPE.list("series", IndicatorSeries.class);
    private static final Prop<SpendingThreshold> THRESHOLD = SHAPE.optional("threshold", SpendingThreshold.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule RANGE_ORDER = SHAPE.error("indicator.range-order",
        "the maximum must not lie below the minimum", MINIMUM);
    private static final Rule PART_OF_ITSELF = SHAPE.error("indicator.part-of-itself",
        "an indicator is not a part of itself", CODE);
    private static final Rule DUPLICATE_EDITION = SHAPE.error("indicator.duplicate-edition",
        "another edition of the indicator has this code");
    private static final Rule DUPLICATE_SERIES = SHAPE.error("indicator.duplicate-series",
        "another series of the indicator has this code");
    private static final Rule SERIES_EDITION = SHAPE.error("indicator.series-edition",
        "names no edition of the indicator", EDITIONS);

    private Indicator(Object[] values) {
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
     * @return the id, such as {@code sdg-3-8-1} for a built-in indicator, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the code observations and targets name the indicator by.
     *
     * @return the code, such as {@code 3.8.1}, not null
     */
    @NotNull
    public IndicatorCode code() {
        return value(CODE);
    }

    /**
     * Gets the name.
     *
     * @return the official name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the unit of its values.
     *
     * @return the unit, not null
     */
    @NotNull
    public IndicatorUnit unit() {
        return value(UNIT);
    }

    /**
     * Gets the lowest valid value.
     *
     * @return the minimum, inclusive, empty if values have no lower bound
     */
    public Optional<@BoundedDecimal BigDecimal> minimum() {
        return optional(MINIMUM);
    }

    /**
     * Gets the highest valid value.
     *
     * @return the maximum, inclusive, empty if values have no upper bound
     */
    public Optional<@BoundedDecimal BigDecimal> maximum() {
        return optional(MAXIMUM);
    }

    /**
     * Gets the direction in which the indicator improves.
     *
     * @return {@link Direction#INCREASE} for coverage, {@link Direction#DECREASE} for financial hardship, empty
     *  if no direction is better
     */
    public Optional<Direction> direction() {
        return optional(DIRECTION);
    }

    /**
     * Gets the code of the indicator this one is a part of.
     *
     * @return the code, such as {@code 3.8.1} for a tracer of the service coverage index, empty for a
     *  whole indicator
     */
    public Optional<IndicatorCode> partOf() {
        return optional(PART_OF);
    }

    /**
     * Gets the SDG target the indicator monitors.
     *
     * @return the target, such as {@link SdgTarget#T3_8}, empty if none
     */
    public Optional<SdgTarget> sdgTarget() {
        return optional(SDG_TARGET);
    }

    /**
     * Gets the editions of the indicator's method.
     *
     * @return the unmodifiable editions, oldest first, empty if the method has none named
     */
    public List<@NotNull MethodEdition> editions() {
        return list(EDITIONS);
    }

    /**
     * Gets the data series that publish the indicator.
     *
     * @return the unmodifiable series, empty if none is known
     */
    public List<@NotNull IndicatorSeries> series() {
        return list(SERIES);
    }

    /**
     * Gets the spending threshold every value of the indicator is measured at.
     *
     * @return the threshold, such as the band from 40% to 100% of the discretionary budget for large but not
     *  impoverishing spending, empty if the indicator has none or its series set it
     */
    public Optional<SpendingThreshold> threshold() {
        return optional(THRESHOLD);
    }

    /**
     * Gets the citations of the sources defining the indicator.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Checks whether a value lies within the indicator's range.
     *
     * @param value  the value, not null
     * @return true if the value is neither below the minimum nor above the maximum, where they are given
     */
    public boolean accepts(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal minimum = value(MINIMUM);
        BigDecimal maximum = value(MAXIMUM);
        return (minimum == null || value.compareTo(minimum) >= 0)
            && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /**
     * Finds a series of the indicator by its code.
     *
     * @param code  the code, not null
     * @return the series, empty if the indicator has none of that code
     */
    public Optional<IndicatorSeries> findSeries(SeriesCode code) {
        Objects.requireNonNull(code, "code");
        for (IndicatorSeries series : list(SERIES)) {
            if (series.code().equals(code)) {
                return Optional.of(series);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds an edition of the indicator's method by its code.
     *
     * @param code  the code, such as {@code 2023}, not null
     * @return the edition, empty if the indicator has none of that code
     */
    public Optional<MethodEdition> findEdition(String code) {
        Objects.requireNonNull(code, "code");
        for (MethodEdition edition : list(EDITIONS)) {
            if (edition.code().equals(code)) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks whether a value of the indicator means something only with its series: true when its series are
     * measured at different spending thresholds, as those of 3.8.2 are.
     *
     * @return true if some series of the indicator has a spending threshold
     */
    public boolean requiresSeries() {
        for (IndicatorSeries series : list(SERIES)) {
            if (series.threshold().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static void check(Indicator indicator, Checker checker) {
        BigDecimal minimum = indicator.value(MINIMUM);
        BigDecimal maximum = indicator.value(MAXIMUM);
        if (minimum != null && maximum != null && maximum.compareTo(minimum) < 0) {
            checker.report(RANGE_ORDER, MAXIMUM, maximum);
        }
        IndicatorCode code = indicator.value(CODE);
        IndicatorCode partOf = indicator.value(PART_OF);
        if (code != null && code.equals(partOf)) {
            checker.report(PART_OF_ITSELF, PART_OF, partOf);
        }
        List<MethodEdition> editions = indicator.list(EDITIONS);
        Set<String> editionCodes = new HashSet<>();
        for (int i = 0; i < editions.size(); i++) {
            if (!editionCodes.add(editions.get(i).code())) {
                checker.report(DUPLICATE_EDITION, "editions[" + i + "].code", editions.get(i).code());
            }
        }
        List<IndicatorSeries> series = indicator.list(SERIES);
        Set<SeriesCode> seriesCodes = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            IndicatorSeries one = series.get(i);
            if (!seriesCodes.add(one.code())) {
                checker.report(DUPLICATE_SERIES, "series[" + i + "].code", one.code());
            }
            Optional<String> edition = one.edition();
            if (edition.isPresent() && !editionCodes.contains(edition.get())) {
                checker.report(SERIES_EDITION, "series[" + i + "].edition", edition.get());
            }
        }
    }

    /**
     * Builds an {@link Indicator}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Indicator, Builder> {

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
         * Sets the code observations and targets name the indicator by.
         *
         * @param code  the value, not null
         * @return this builder
         */
        public Builder code(IndicatorCode code) {
            return set(CODE, code);
        }

        /**
         * Sets the name.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the unit of its values.
         *
         * @param unit  the value, not null
         * @return this builder
         */
        public Builder unit(IndicatorUnit unit) {
            return set(UNIT, unit);
        }

        /**
         * Sets the lowest valid value.
         *
         * @param minimum  the value, not null
         * @return this builder
         */
        public Builder minimum(BigDecimal minimum) {
            return set(MINIMUM, minimum);
        }

        /**
         * Sets the highest valid value.
         *
         * @param maximum  the value, not null
         * @return this builder
         */
        public Builder maximum(BigDecimal maximum) {
            return set(MAXIMUM, maximum);
        }

        /**
         * Sets the direction in which the indicator improves.
         *
         * @param direction  the value, not null
         * @return this builder
         */
        public Builder direction(Direction direction) {
            return set(DIRECTION, direction);
        }

        /**
         * Sets the code of the indicator this one is a part of.
         *
         * @param partOf  the value, not null
         * @return this builder
         */
        public Builder partOf(IndicatorCode partOf) {
            return set(PART_OF, partOf);
        }

        /**
         * Sets the SDG target the indicator monitors.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder sdgTarget(SdgTarget sdgTarget) {
            return set(SDG_TARGET, sdgTarget);
        }

        /**
         * Adds one of the editions of the indicator's method.
         *
         * @param edition  the value, not null
         * @return this builder
         */
        public Builder addEdition(MethodEdition edition) {
            return add(EDITIONS, edition);
        }

        /**
         * Adds, in order, the editions of the indicator's method.
         *
         * @param editions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllEditions(Iterable<? extends MethodEdition> editions) {
            return addAll(EDITIONS, editions);
        }

        /**
         * Replaces the editions of the indicator's method.
         *
         * @param editions  the values, none null, not null
         * @return this builder
         */
        public Builder editions(Iterable<? extends MethodEdition> editions) {
            return setAll(EDITIONS, editions);
        }

        /**
         * Adds one of the data series that publish the indicator.
         *
         * @param series  the value, not null
         * @return this builder
         */
        public Builder addSeries(IndicatorSeries series) {
            return add(SERIES, series);
        }

        /**
         * Adds, in order, the data series that publish the indicator.
         *
         * @param series  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSeries(Iterable<? extends IndicatorSeries> series) {
            return addAll(SERIES, series);
        }

        /**
         * Replaces the data series that publish the indicator.
         *
         * @param series  the values, none null, not null
         * @return this builder
         */
        public Builder series(Iterable<? extends IndicatorSeries> series) {
            return setAll(SERIES, series);
        }

        /**
         * Sets the spending threshold every value of the indicator is measured at.
         *
         * @param threshold  the value, not null
         * @return this builder
         */
        public Builder threshold(SpendingThreshold threshold) {
            return set(THRESHOLD, threshold);
        }

        /**
         * Adds one of the citations of the sources defining the indicator.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources defining the indicator.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources defining the indicator.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
