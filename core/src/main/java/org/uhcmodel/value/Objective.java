package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;

/**
 * What an agreement or programme aims at, with an optional measurable target.
 * <p>
 * "Reduce transfers of patients abroad" is an objective with the direction {@link Direction#DECREASE} and no number;
 * "enrol 100,000 people by 2025" has a metric, a target value and a target date.
 * <p>
 * Rules: {@code required} (description), {@code objective.target-without-metric} (a baseline or target value
 * without a metric, at {@code baseline} and {@code target}), {@code decimal.digits} (a baseline or target of more
 * than 30 digits before the decimal point or 18 after it); warning: {@code objective.target-against-direction} (a
 * target on the wrong side of the baseline for the direction, at {@code target}, such as a target revised after a
 * setback).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Objective extends ModelObject {

    private static final Shape<Objective> SHAPE = Shape.of(Objective.class, Objective::new, Builder::new)
        .checkedBy(Objective::check);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.required("description", LocalizedText.class);
    private static final Prop<Direction> DIRECTION = SHAPE.optional("direction", Direction.class);
    private static final Prop<LocalizedText> METRIC = SHAPE.optional("metric", LocalizedText.class);
    private static final Prop<BigDecimal> BASELINE = SHAPE.optional("baseline", BigDecimal.class);
    private static final Prop<BigDecimal> TARGET = SHAPE.optional("target", BigDecimal.class);
    private static final Prop<PartialDate> TARGET_DATE = SHAPE.optional("targetDate", PartialDate.class);

    private static final Rule TARGET_WITHOUT_METRIC = SHAPE.error("objective.target-without-metric",
        "a baseline or target value needs a metric saying what is measured", METRIC);
    private static final Rule TARGET_AGAINST_DIRECTION = SHAPE.warning("objective.target-against-direction",
        "the target lies on the wrong side of the baseline for the objective's direction", BASELINE, DIRECTION);

    private Objective(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an objective with a description only.
     *
     * @param description  what is aimed at, not null
     * @return the objective, not null
     * @throws NullPointerException if the description is null
     */
    public static Objective of(LocalizedText description) {
        return SHAPE.make(DESCRIPTION, description);
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
     * Gets what is aimed at.
     *
     * @return the description, not null
     */
    @NotNull
    public LocalizedText description() {
        return value(DESCRIPTION);
    }

    /**
     * Gets the way the metric should move.
     *
     * @return the direction, empty if not stated
     */
    public Optional<Direction> direction() {
        return optional(DIRECTION);
    }

    /**
     * Gets what is measured.
     *
     * @return the metric, such as "people enrolled", empty if the objective is not measured
     */
    public Optional<LocalizedText> metric() {
        return optional(METRIC);
    }

    /**
     * Gets the value of the metric at the start.
     *
     * @return the baseline, empty if not stated
     */
    public Optional<@BoundedDecimal BigDecimal> baseline() {
        return optional(BASELINE);
    }

    /**
     * Gets the value of the metric aimed at.
     *
     * @return the target value, empty if the objective states no number
     */
    public Optional<@BoundedDecimal BigDecimal> target() {
        return optional(TARGET);
    }

    /**
     * Gets the date by which the target should be reached.
     *
     * @return the target date, empty if not stated
     */
    public Optional<PartialDate> targetDate() {
        return optional(TARGET_DATE);
    }

    private static void check(Objective objective, Checker checker) {
        BigDecimal baseline = objective.value(BASELINE);
        BigDecimal target = objective.value(TARGET);
        if (objective.value(METRIC) == null) {
            if (baseline != null) {
                checker.report(TARGET_WITHOUT_METRIC, BASELINE, baseline);
            }
            if (target != null) {
                checker.report(TARGET_WITHOUT_METRIC, TARGET, target);
            }
        }
        Direction direction = objective.value(DIRECTION);
        if (baseline != null && target != null && direction != null && checker.wants(TARGET_AGAINST_DIRECTION)) {
            int cmp = target.compareTo(baseline);
            boolean wrong = direction == Direction.INCREASE ? cmp <= 0
                : direction == Direction.DECREASE ? cmp >= 0 : cmp != 0;
            if (wrong) {
                checker.report(TARGET_AGAINST_DIRECTION, TARGET, target);
            }
        }
    }

    /**
     * Builds an {@link Objective}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Objective, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets what is aimed at.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets the way the metric should move.
         *
         * @param direction  the value, not null
         * @return this builder
         */
        public Builder direction(Direction direction) {
            return set(DIRECTION, direction);
        }

        /**
         * Sets what is measured.
         *
         * @param metric  the value, not null
         * @return this builder
         */
        public Builder metric(LocalizedText metric) {
            return set(METRIC, metric);
        }

        /**
         * Sets the value of the metric at the start.
         *
         * @param baseline  the value, not null
         * @return this builder
         */
        public Builder baseline(BigDecimal baseline) {
            return set(BASELINE, baseline);
        }

        /**
         * Sets the value of the metric aimed at.
         *
         * @param target  the value, not null
         * @return this builder
         */
        public Builder target(BigDecimal target) {
            return set(TARGET, target);
        }

        /**
         * Sets the date by which the target should be reached.
         *
         * @param targetDate  the value, not null
         * @return this builder
         */
        public Builder targetDate(PartialDate targetDate) {
            return set(TARGET_DATE, targetDate);
        }
    }
}
