package org.uhcmodel.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * The value of a result indicator before a programme, in a year, from the IATI element result/indicator/baseline.
 * <p>
 * Rules: {@code required} (year), {@code indicator-baseline.year-range} (a year outside 1..9999),
 * {@code indicator-baseline.date-year} (a date in another year than the year, at {@code date}), {@code decimal.digits}
 * (value).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorBaseline extends ModelObject {

    private static final Shape<IndicatorBaseline> SHAPE = Shape.of(IndicatorBaseline.class, IndicatorBaseline::new, Builder::new)
        .checkedBy(IndicatorBaseline::check);
    private static final Prop<Integer> YEAR = SHAPE.required("year", Integer.class);
    private static final Prop<PartialDate> DATE = SHAPE.optional("date", PartialDate.class);
    private static final Prop<BigDecimal> VALUE = SHAPE.optional("value", BigDecimal.class);
    private static final Prop<LocalizedText> COMMENT = SHAPE.optional("comment", LocalizedText.class);

    private static final Rule YEAR_RANGE = SHAPE.error("indicator-baseline.year-range",
        "the year must be from 1 to 9999");
    private static final Rule DATE_YEAR = SHAPE.error("indicator-baseline.date-year",
        "the date must lie in the year of the baseline", YEAR);

    private IndicatorBaseline(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a baseline with a value.
     *
     * @param year  the year, from 1 to 9999
     * @param value  the value, not null
     * @return the baseline, not null
     * @throws NullPointerException if the value is null
     * @throws org.uhcmodel.validation.ModelViolationException if the year is out of range or the value has too many
     *  digits
     */
    public static IndicatorBaseline of(int year, BigDecimal value) {
        return SHAPE.make(YEAR, year, VALUE, value);
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
     * Gets the year of the baseline.
     *
     * @return the year, not null
     */
    @NotNull
    @Min(value = 1, message = "{indicator-baseline.year-range}")
    @Max(value = 9999, message = "{indicator-baseline.year-range}")
    public Integer year() {
        return value(YEAR);
    }

    /**
     * Gets the date of the baseline within its year.
     *
     * @return the date, empty if not stated
     */
    public Optional<PartialDate> date() {
        return optional(DATE);
    }

    /**
     * Gets the value.
     *
     * @return the value, empty for a qualitative indicator or if not stated
     */
    public Optional<@BoundedDecimal BigDecimal> value() {
        return optional(VALUE);
    }

    /**
     * Gets a comment on the baseline, the baseline itself for a qualitative indicator.
     *
     * @return the comment, empty if none
     */
    public Optional<LocalizedText> comment() {
        return optional(COMMENT);
    }

    private static void check(IndicatorBaseline baseline, Checker checker) {
        Integer year = baseline.value(YEAR);
        Optional<PartialDate> date = baseline.date();
        if (year != null && date.isPresent() && date.get().year() != year) {
            checker.report(DATE_YEAR, DATE, date.get());
        }
    }

    /**
     * Builds a {@link IndicatorBaseline}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<IndicatorBaseline, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the year of the baseline.
         *
         * @param year  the value, not null
         * @return this builder
         */
        public Builder year(Integer year) {
            return set(YEAR, year);
        }

        /**
         * Sets the date of the baseline within its year.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder date(PartialDate date) {
            return set(DATE, date);
        }

        /**
         * Sets the value.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            return set(VALUE, value);
        }

        /**
         * Sets a comment on the baseline.
         *
         * @param comment  the value, not null
         * @return this builder
         */
        public Builder comment(LocalizedText comment) {
            return set(COMMENT, comment);
        }
    }
}
