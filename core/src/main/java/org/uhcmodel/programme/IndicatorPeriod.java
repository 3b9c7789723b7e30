package org.uhcmodel.programme;

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
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/**
 * A period of a result indicator, with the value targeted and the value reached in it, from the IATI element
 * result/indicator/period.
 * <p>
 * Rules: {@code required} (start, end), {@code indicator-period.end-before-start} (at {@code end}),
 * {@code decimal.digits} (target, actual).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorPeriod extends ModelObject {

    private static final Shape<IndicatorPeriod> SHAPE = Shape.of(IndicatorPeriod.class, IndicatorPeriod::new, Builder::new)
        .checkedBy(IndicatorPeriod::check);
    private static final Prop<PartialDate> START = SHAPE.required("start", PartialDate.class);
    private static final Prop<PartialDate> END = SHAPE.required("end", PartialDate.class);
    private static final Prop<BigDecimal> TARGET = SHAPE.optional("target", BigDecimal.class);
    private static final Prop<LocalizedText> TARGET_COMMENT = SHAPE.optional("targetComment", LocalizedText.class);
    private static final Prop<BigDecimal> ACTUAL = SHAPE.optional("actual", BigDecimal.class);
    private static final Prop<LocalizedText> ACTUAL_COMMENT = SHAPE.optional("actualComment", LocalizedText.class);

    private static final Rule END_BEFORE_START = SHAPE.error("indicator-period.end-before-start",
        "the end of the period may not lie before its start", START);

    private IndicatorPeriod(Object[] values) {
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
     * Gets the start of the period.
     *
     * @return the start, not null
     */
    @NotNull
    public PartialDate start() {
        return value(START);
    }

    /**
     * Gets the end of the period.
     *
     * @return the end, not null
     */
    @NotNull
    public PartialDate end() {
        return value(END);
    }

    /**
     * Gets the value targeted.
     *
     * @return the target, empty if none is set or the indicator is qualitative
     */
    public Optional<@BoundedDecimal BigDecimal> target() {
        return optional(TARGET);
    }

    /**
     * Gets a comment on the target, the target itself for a qualitative indicator.
     *
     * @return the comment, empty if none
     */
    public Optional<LocalizedText> targetComment() {
        return optional(TARGET_COMMENT);
    }

    /**
     * Gets the value reached.
     *
     * @return the actual value, empty if not yet known or the indicator is qualitative
     */
    public Optional<@BoundedDecimal BigDecimal> actual() {
        return optional(ACTUAL);
    }

    /**
     * Gets a comment on the value reached, the result itself for a qualitative indicator.
     *
     * @return the comment, empty if none
     */
    public Optional<LocalizedText> actualComment() {
        return optional(ACTUAL_COMMENT);
    }

    private static void check(IndicatorPeriod period, Checker checker) {
        PartialDate start = period.value(START);
        PartialDate end = period.value(END);
        if (start != null && end != null && end.isDefinitelyBefore(start)) {
            checker.report(END_BEFORE_START, END, end);
        }
    }

    /**
     * Builds a {@link IndicatorPeriod}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<IndicatorPeriod, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the start of the period.
         *
         * @param start  the value, not null
         * @return this builder
         */
        public Builder start(PartialDate start) {
            return set(START, start);
        }

        /**
         * Sets the end of the period.
         *
         * @param end  the value, not null
         * @return this builder
         */
        public Builder end(PartialDate end) {
            return set(END, end);
        }

        /**
         * Sets the value targeted.
         *
         * @param target  the value, not null
         * @return this builder
         */
        public Builder target(BigDecimal target) {
            return set(TARGET, target);
        }

        /**
         * Sets a comment on the target.
         *
         * @param targetComment  the value, not null
         * @return this builder
         */
        public Builder targetComment(LocalizedText targetComment) {
            return set(TARGET_COMMENT, targetComment);
        }

        /**
         * Sets the value reached.
         *
         * @param actual  the value, not null
         * @return this builder
         */
        public Builder actual(BigDecimal actual) {
            return set(ACTUAL, actual);
        }

        /**
         * Sets a comment on the value reached.
         *
         * @param actualComment  the value, not null
         * @return this builder
         */
        public Builder actualComment(LocalizedText actualComment) {
            return set(ACTUAL_COMMENT, actualComment);
        }
    }
}
