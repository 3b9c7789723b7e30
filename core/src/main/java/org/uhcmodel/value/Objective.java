package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.internal.ObjectiveRules;
import org.uhcmodel.internal.Rules;

/**
 * What an agreement or programme aims at, with an optional measurable target.
 * <p>
 * "Reduce transfers of patients abroad" is an objective with the direction {@link Direction#DECREASE} and no number;
 * "enrol 100,000 people by 2025" has a metric, a target value and a target date.
 * <p>
 * Rules: {@code required} (description), {@code objective.target-without-metric} (a baseline or target value
 * without a metric), {@code objective.target-against-direction} (a target on the wrong side of the baseline
 * for the direction), {@code decimal.digits} (a baseline or target of more than 30 digits before the decimal point
 * or 18 after it).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@ObjectiveRules
public abstract class Objective {

    Objective() {
    }

    /**
     * Obtains an objective with a description only.
     *
     * @param description  what is aimed at, not null
     * @return the objective, not null
     */
    public static Objective of(LocalizedText description) {
        return builder().description(description).build();
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
    public abstract LocalizedText description();

    /**
     * Gets the way the metric should move.
     *
     * @return the direction, empty if not stated
     */
    public abstract Optional<Direction> direction();

    /**
     * Gets what is measured.
     *
     * @return the metric, such as "people enrolled", empty if the objective is not measured
     */
    public abstract Optional<LocalizedText> metric();

    /**
     * Gets the value of the metric at the start.
     *
     * @return the baseline, empty if not stated
     */
    public abstract Optional<@BoundedDecimal BigDecimal> baseline();

    /**
     * Gets the value of the metric aimed at.
     *
     * @return the target value, empty if the objective states no number
     */
    public abstract Optional<@BoundedDecimal BigDecimal> target();

    /**
     * Gets the date by which the target should be reached.
     *
     * @return the target date, empty if not stated
     */
    public abstract Optional<PartialDate> targetDate();

    @Value.Check
    void check() {
        Rules.check(this, Objective.class);
    }

    /**
     * Builds an {@link Objective}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {
        }
    }
}
