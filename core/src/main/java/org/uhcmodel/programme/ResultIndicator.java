package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.LocalizedText;

/**
 * An indicator of a result of a programme: what is measured and how, its baseline, and its target and actual values
 * period by period, from the IATI element result/indicator; it may name the SDG indicators it follows (IATI indicator
 * vocabulary 9).
 * <p>
 * Rules: {@code required} (measure, title); warnings, which IATI counts as errors of data it publishes (rules 8.8.1,
 * 8.9.1 and 8.10.1 of the IATI rulesets) or as warnings (8.8.3, 8.9.3, 8.10.3):
 * {@code result-indicator.baseline-without-value} (a baseline with no value for a quantitative measure, at
 * {@code baseline.value}), {@code result-indicator.comment-without-value} (a target or an actual stated in words only
 * for a quantitative measure, at {@code periods[i].target} or {@code periods[i].actual}),
 * {@code result-indicator.qualitative-value} (a value for a qualitative measure, at the value).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ResultIndicator extends ModelObject {

    private static final Shape<ResultIndicator> SHAPE = Shape.of(ResultIndicator.class, ResultIndicator::new, Builder::new)
        .checkedBy(ResultIndicator::check);
    private static final Prop<IndicatorMeasure> MEASURE = SHAPE.required("measure", IndicatorMeasure.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.required("title", LocalizedText.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<Direction> DIRECTION = SHAPE.optional("direction", Direction.class);
    private static final Prop<IndicatorCode> SDG_INDICATORS = SHAPE.set("sdgIndicators", IndicatorCode.class);
    private static final Prop<IndicatorBaseline> BASELINE = SHAPE.optional("baseline", IndicatorBaseline.class);
    private static final Prop<IndicatorPeriod> PERIODS = SHAPE.list("periods", IndicatorPeriod.class);

    private static final Rule BASELINE_WITHOUT_VALUE = SHAPE.warning("result-indicator.baseline-without-value",
        "a baseline of a quantitative indicator usually has a value", MEASURE);
    private static final Rule COMMENT_WITHOUT_VALUE = SHAPE.warning("result-indicator.comment-without-value",
        "a target or an actual of a quantitative indicator usually has a value, not words alone", MEASURE);
    private static final Rule QUALITATIVE_VALUE = SHAPE.warning("result-indicator.qualitative-value",
        "a qualitative indicator is stated in words, without a value", MEASURE);

    private ResultIndicator(Object[] values) {
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
     * Gets how the indicator is measured.
     *
     * @return the measure, not null
     */
    @NotNull
    public IndicatorMeasure measure() {
        return value(MEASURE);
    }

    /**
     * Gets the title.
     *
     * @return the title, such as public hospitals computerised, not null
     */
    @NotNull
    public LocalizedText title() {
        return value(TITLE);
    }

    /**
     * Gets a description.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets whether a higher or a lower value is better.
     *
     * @return the direction, {@link Direction#INCREASE} for an ascending indicator, empty if not stated
     */
    public Optional<Direction> direction() {
        return optional(DIRECTION);
    }

    /**
     * Gets the SDG indicators the indicator follows, by code (such as 3.8.1).
     *
     * @return the unmodifiable codes of the SDG indicators, empty if none
     */
    public Set<@NotNull IndicatorCode> sdgIndicators() {
        return set(SDG_INDICATORS);
    }

    /**
     * Gets the value before the programme.
     *
     * @return the baseline, empty if not stated
     */
    public Optional<IndicatorBaseline> baseline() {
        return optional(BASELINE);
    }

    /**
     * Gets the periods with their targets and actual values.
     *
     * @return the unmodifiable periods, empty if none
     */
    public List<@NotNull IndicatorPeriod> periods() {
        return list(PERIODS);
    }

    private static void check(ResultIndicator indicator, Checker checker) {
        IndicatorMeasure measure = indicator.value(MEASURE);
        if (measure == null || !checker.wants(QUALITATIVE_VALUE)) {
            return;
        }
        boolean quantitative = measure.isQuantitative();
        Optional<IndicatorBaseline> baseline = indicator.baseline();
        if (baseline.isPresent()) {
            Optional<BigDecimal> value = baseline.get().value();
            if (quantitative && value.isEmpty()) {
                checker.report(BASELINE_WITHOUT_VALUE, "baseline.value", null);
            } else if (!quantitative && value.isPresent()) {
                checker.report(QUALITATIVE_VALUE, "baseline.value", value.get());
            }
        }
        List<IndicatorPeriod> periods = indicator.periods();
        for (int i = 0; i < periods.size(); i++) {
            IndicatorPeriod period = periods.get(i);
            checkValue(quantitative, period.target(), period.targetComment(), "periods[" + i + "].target", checker);
            checkValue(quantitative, period.actual(), period.actualComment(), "periods[" + i + "].actual", checker);
        }
    }

    private static void checkValue(boolean quantitative, Optional<BigDecimal> value, Optional<LocalizedText> comment,
                                   String path, Checker checker) {
        if (quantitative && value.isEmpty() && comment.isPresent()) {
            checker.report(COMMENT_WITHOUT_VALUE, path, null);
        } else if (!quantitative && value.isPresent()) {
            checker.report(QUALITATIVE_VALUE, path, value.get());
        }
    }

    /**
     * Builds a {@link ResultIndicator}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<ResultIndicator, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets how the indicator is measured.
         *
         * @param measure  the value, not null
         * @return this builder
         */
        public Builder measure(IndicatorMeasure measure) {
            return set(MEASURE, measure);
        }

        /**
         * Sets the title.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets a description.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets whether a higher or a lower value is better.
         *
         * @param direction  the value, not null
         * @return this builder
         */
        public Builder direction(Direction direction) {
            return set(DIRECTION, direction);
        }

        /**
         * Adds one of the SDG indicators the indicator follows.
         *
         * @param sdgIndicator  the value, not null
         * @return this builder
         */
        public Builder addSdgIndicator(IndicatorCode sdgIndicator) {
            return add(SDG_INDICATORS, sdgIndicator);
        }

        /**
         * Adds, in order, the SDG indicators the indicator follows.
         *
         * @param sdgIndicators  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSdgIndicators(Iterable<? extends IndicatorCode> sdgIndicators) {
            return addAll(SDG_INDICATORS, sdgIndicators);
        }

        /**
         * Replaces the SDG indicators the indicator follows.
         *
         * @param sdgIndicators  the values, none null, not null
         * @return this builder
         */
        public Builder sdgIndicators(Iterable<? extends IndicatorCode> sdgIndicators) {
            return setAll(SDG_INDICATORS, sdgIndicators);
        }

        /**
         * Sets the value before the programme.
         *
         * @param baseline  the value, not null
         * @return this builder
         */
        public Builder baseline(IndicatorBaseline baseline) {
            return set(BASELINE, baseline);
        }

        /**
         * Adds one of the periods with their targets and actual values.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder addPeriod(IndicatorPeriod period) {
            return add(PERIODS, period);
        }

        /**
         * Adds, in order, the periods with their targets and actual values.
         *
         * @param periods  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPeriods(Iterable<? extends IndicatorPeriod> periods) {
            return addAll(PERIODS, periods);
        }

        /**
         * Replaces the periods with their targets and actual values.
         *
         * @param periods  the values, none null, not null
         * @return this builder
         */
        public Builder periods(Iterable<? extends IndicatorPeriod> periods) {
            return setAll(PERIODS, periods);
        }
    }
}
