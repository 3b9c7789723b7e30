package org.uhcmodel.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;

/**
 * A figure reported by a source: what is counted, how many, in which unit, when, and where it comes from,
 * such as 145 establishments, or 1,000,000 people a year.
 * <p>
 * Rules: {@code required} (measure, value, unit), {@code positive-or-zero} (value), {@code decimal.digits} (a value
 * of more than 30 digits before the decimal point or 18 after it), {@code not-blank} (unit),
 * {@code statistic.as-of-and-period} (a figure is either as of a date or over a period, not both; at
 * {@code period}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Statistic extends ModelObject {

    private static final Shape<Statistic> SHAPE = Shape.of(Statistic.class, Statistic::new, Builder::new)
        .checkedBy(Statistic::check);
    private static final Prop<LocalizedText> MEASURE = SHAPE.required("measure", LocalizedText.class);
    private static final Prop<BigDecimal> VALUE = SHAPE.required("value", BigDecimal.class);
    private static final Prop<String> UNIT = SHAPE.required("unit", String.class);
    private static final Prop<ReportedDate> AS_OF = SHAPE.optional("asOf", ReportedDate.class);
    private static final Prop<Period> PERIOD = SHAPE.optional("period", Period.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule AS_OF_AND_PERIOD = SHAPE.error("statistic.as-of-and-period",
        "a figure holds either as of a date or over a period, not both", AS_OF);

    private Statistic(Object[] values) {
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
     * Gets what is counted.
     *
     * @return the measure, such as "health establishments", not null
     */
    @NotNull
    public LocalizedText measure() {
        return value(MEASURE);
    }

    /**
     * Gets the value.
     *
     * @return the value, zero or more, not null
     */
    @NotNull
    @PositiveOrZero
    @BoundedDecimal
    public BigDecimal value() {
        return value(VALUE);
    }

    /**
     * Gets the unit the value is counted in.
     *
     * @return the unit, such as {@code establishments} or {@code people per year}, not blank
     */
    @NotNull
    @NotBlank
    public String unit() {
        return value(UNIT);
    }

    /**
     * Gets the date the figure holds at.
     *
     * @return the date, empty if not stated or if the figure covers a {@link #period()}
     */
    public Optional<ReportedDate> asOf() {
        return optional(AS_OF);
    }

    /**
     * Gets the period the figure covers.
     *
     * @return the period, empty if not stated or if the figure holds at a date
     */
    public Optional<Period> period() {
        return optional(PERIOD);
    }

    /**
     * Gets the sources of the figure.
     *
     * @return the citations, empty if the figure is cited by its owner only
     */
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(Statistic statistic, Checker checker) {
        if (statistic.value(AS_OF) != null && statistic.value(PERIOD) != null) {
            checker.report(AS_OF_AND_PERIOD, PERIOD, statistic.value(PERIOD));
        }
    }

    /**
     * Builds a {@link Statistic}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Statistic, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets what is counted.
         *
         * @param measure  the value, not null
         * @return this builder
         */
        public Builder measure(LocalizedText measure) {
            return set(MEASURE, measure);
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
         * Sets the unit the value is counted in.
         *
         * @param unit  the value, not null
         * @return this builder
         */
        public Builder unit(String unit) {
            return set(UNIT, unit);
        }

        /**
         * Sets the date the figure holds at.
         *
         * @param asOf  the value, not null
         * @return this builder
         */
        public Builder asOf(ReportedDate asOf) {
            return set(AS_OF, asOf);
        }

        /**
         * Sets the period the figure covers.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(Period period) {
            return set(PERIOD, period);
        }

        /**
         * Adds one of the sources of the figure.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the sources of the figure.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the sources of the figure.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}
