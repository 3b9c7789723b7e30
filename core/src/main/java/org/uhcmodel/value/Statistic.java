package org.uhcmodel.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.internal.StatisticRules;

/**
 * A figure reported by a source: what is counted, how many, in which unit, when, and where it comes from,
 * such as 145 establishments, or 1,000,000 people a year.
 * <p>
 * Rules: {@code required} (measure, value), {@code positive-or-zero} (value),
 * {@code decimal.digits} (a value of more than 30 digits before the decimal point or 18 after it), {@code not-blank} (unit, missing or blank),
 * {@code statistic.as-of-and-period} (a figure is either as of a date or over a period, not both).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@StatisticRules
public abstract class Statistic {

    Statistic() {
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
     * Gets what is counted.
     *
     * @return the measure, such as "health establishments", not null
     */
    @NotNull
    public abstract LocalizedText measure();

    /**
     * Gets the value.
     *
     * @return the value, zero or more, not null
     */
    @NotNull
    @PositiveOrZero
    @BoundedDecimal
    public abstract BigDecimal value();

    /**
     * Gets the unit the value is counted in.
     *
     * @return the unit, such as {@code establishments} or {@code people per year}, not blank
     */
    @NotBlank
    public abstract String unit();

    /**
     * Gets the date the figure holds at.
     *
     * @return the date, empty if not stated or if the figure covers a {@link #period()}
     */
    public abstract Optional<ReportedDate> asOf();

    /**
     * Gets the period the figure covers.
     *
     * @return the period, empty if not stated or if the figure holds at a date
     */
    public abstract Optional<Period> period();

    /**
     * Gets the sources of the figure.
     *
     * @return the citations, empty if the figure is cited by its owner only
     */
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, Statistic.class);
    }

    /**
     * Builds a {@link Statistic}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableStatistic.Builder {
        Builder() {
        }
    }
}
