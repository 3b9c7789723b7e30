package org.uhcmodel.value;

import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.FactorySink;
import org.uhcmodel.internal.PeriodRules;
import org.uhcmodel.internal.Rules;

/**
 * A span of time with a start, an end, or both, each a {@link PartialDate}.
 * <p>
 * An open end means the end is not known or not yet reached; an open start means only the end is known.
 * <p>
 * Rules: {@code period.empty} (neither start nor end), {@code period.end-before-start}
 * (the end lies entirely before the start).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@PeriodRules
public abstract class Period {

    Period() {
    }

    /**
     * Obtains a period with both bounds.
     *
     * @param start  the start, not null
     * @param end  the end, not before the start, not null
     * @return the period, not null
     * @throws org.uhcmodel.validation.ModelViolationException if either bound is missing (both are reported),
     *  or the end lies before the start
     */
    public static Period of(PartialDate start, PartialDate end) {
        new FactorySink(Period.class).require("start", start).require("end", end).throwIfAny();
        return builder().start(start).end(end).build();
    }

    /**
     * Obtains a period with only a start.
     *
     * @param start  the start, not null
     * @return the period, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the start is missing
     */
    public static Period starting(PartialDate start) {
        new FactorySink(Period.class).require("start", start).throwIfAny();
        return builder().start(start).build();
    }

    /**
     * Obtains a period with only an end.
     *
     * @param end  the end, not null
     * @return the period, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the end is missing
     */
    public static Period ending(PartialDate end) {
        new FactorySink(Period.class).require("end", end).throwIfAny();
        return builder().end(end).build();
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
     * Gets the start.
     *
     * @return the start, empty if only the end is known
     */
    public abstract Optional<PartialDate> start();

    /**
     * Gets the end.
     *
     * @return the end, empty if open
     */
    public abstract Optional<PartialDate> end();

    /**
     * Checks whether a day may fall within this period, taking partial bounds at their widest.
     *
     * @param date  the day, not null
     * @return true if the day is not certainly outside the period
     */
    public boolean mayContain(java.time.LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return start().map(s -> !date.isBefore(s.earliest())).orElse(true)
            && end().map(e -> !date.isAfter(e.latest())).orElse(true);
    }

    @Value.Check
    void check() {
        Rules.check(this, Period.class);
    }

    /**
     * Builds a {@link Period}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutablePeriod.Builder {
        Builder() {
        }
    }
}
