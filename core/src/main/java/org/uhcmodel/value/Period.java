package org.uhcmodel.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * A span of time with a start, an end, or both, each a {@link PartialDate}.
 * <p>
 * An open end means the end is not known or not yet reached; an open start means only the end is known.
 * <p>
 * Rules: {@code period.empty} (neither start nor end, at the empty path), {@code period.end-before-start}
 * (the end lies entirely before the start, at {@code end}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Period extends ModelObject {

    private static final Shape<Period> SHAPE = Shape.of(Period.class, Period::new, Builder::new)
        .checkedBy(Period::check);
    private static final Prop<PartialDate> START = SHAPE.optional("start", PartialDate.class);
    private static final Prop<PartialDate> END = SHAPE.optional("end", PartialDate.class);

    private static final Rule EMPTY = SHAPE.error("period.empty", "must have a start, an end, or both", START, END);
    private static final Rule END_BEFORE_START = SHAPE.error("period.end-before-start",
        "must not lie before the start", START);

    private Period(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a period with both bounds.
     *
     * @param start  the start, not null
     * @param end  the end, not before the start, not null
     * @return the period, not null
     * @throws NullPointerException if either bound is null
     * @throws org.uhcmodel.validation.ModelViolationException if the end lies before the start
     */
    public static Period of(PartialDate start, PartialDate end) {
        return SHAPE.make(START, start, END, end);
    }

    /**
     * Obtains a period with only a start.
     *
     * @param start  the start, not null
     * @return the period, not null
     * @throws NullPointerException if the start is null
     */
    public static Period starting(PartialDate start) {
        return SHAPE.make(START, start);
    }

    /**
     * Obtains a period with only an end.
     *
     * @param end  the end, not null
     * @return the period, not null
     * @throws NullPointerException if the end is null
     */
    public static Period ending(PartialDate end) {
        return SHAPE.make(END, end);
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
    public Optional<PartialDate> start() {
        return optional(START);
    }

    /**
     * Gets the end.
     *
     * @return the end, empty if open
     */
    public Optional<PartialDate> end() {
        return optional(END);
    }

    /**
     * Checks whether a day may fall within this period, taking partial bounds at their widest.
     *
     * @param date  the day, not null
     * @return true if the day is not certainly outside the period
     */
    public boolean mayContain(LocalDate date) {
        Objects.requireNonNull(date, "date");
        PartialDate start = value(START);
        PartialDate end = value(END);
        return (start == null || !date.isBefore(start.earliest())) && (end == null || !date.isAfter(end.latest()));
    }

    private static void check(Period period, Checker checker) {
        PartialDate start = period.value(START);
        PartialDate end = period.value(END);
        if (start == null && end == null) {
            checker.report(EMPTY, "", null);
        } else if (start != null && end != null && end.isDefinitelyBefore(start)) {
            checker.report(END_BEFORE_START, END, end);
        }
    }

    /**
     * Builds a {@link Period}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Period, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the start.
         *
         * @param start  the start, not null
         * @return this builder
         */
        public Builder start(PartialDate start) {
            return set(START, start);
        }

        /**
         * Sets the end.
         *
         * @param end  the end, not before the start, not null
         * @return this builder
         */
        public Builder end(PartialDate end) {
            return set(END, end);
        }
    }
}
