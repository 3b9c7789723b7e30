package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;

/**
 * A data series that publishes an {@link Indicator}: its code at its publisher, what it measures, the edition of
 * the method it follows and, for indicator 3.8.2, the spending threshold it is measured at, such as the UN series
 * {@code SH_XPD_EARN10}, large household health spending above 10% of total household expenditure or income.
 * <p>
 * Rules: {@code required} (code, publisher, description), {@code not-blank} (description, edition).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorSeries extends ModelObject {

    private static final Shape<IndicatorSeries> SHAPE = Shape.of(IndicatorSeries.class,
            IndicatorSeries::new, Builder::new);
    private static final Prop<SeriesCode> CODE = SHAPE.required("code", SeriesCode.class);
    private static final Prop<SeriesPublisher> PUBLISHER = SHAPE.required("publisher", SeriesPublisher.class);
    private static final Prop<String> DESCRIPTION = SHAPE.required("description", String.class);
    private static final Prop<String> EDITION = SHAPE.optional("edition", String.class);
    private static final Prop<SpendingThreshold> THRESHOLD = SHAPE.optional("threshold", SpendingThreshold.class);

    private IndicatorSeries(Object[] values) {
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
     * Gets the code of the series at its publisher.
     *
     * @return the code, such as {@code SH_XPD_EARN10}, not null
     */
    @NotNull
    public SeriesCode code() {
        return value(CODE);
    }

    /**
     * Gets who publishes the series.
     *
     * @return the publisher, not null
     */
    @NotNull
    public SeriesPublisher publisher() {
        return value(PUBLISHER);
    }

    /**
     * Gets what the series measures, in its publisher's title where the model has it.
     *
     * @return the description, not null
     */
    @NotNull
    @NotBlank
    public String description() {
        return value(DESCRIPTION);
    }

    /**
     * Gets the code of the edition of the indicator's method the series follows.
     *
     * @return the code of one of the indicator's {@linkplain Indicator#editions() editions}, empty if the series
     *  follows whichever edition was current at each release
     */
    public Optional<@NotBlank String> edition() {
        return optional(EDITION);
    }

    /**
     * Gets the spending threshold the series is measured at.
     *
     * @return the threshold, empty for a series that is not one of indicator 3.8.2
     */
    public Optional<SpendingThreshold> threshold() {
        return optional(THRESHOLD);
    }

    /**
     * Builds an {@link IndicatorSeries}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<IndicatorSeries, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the code of the series at its publisher.
         *
         * @param code  the value, not null
         * @return this builder
         */
        public Builder code(SeriesCode code) {
            return set(CODE, code);
        }

        /**
         * Sets who publishes the series.
         *
         * @param publisher  the value, not null
         * @return this builder
         */
        public Builder publisher(SeriesPublisher publisher) {
            return set(PUBLISHER, publisher);
        }

        /**
         * Sets what the series measures, in its publisher's title where the model has it.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(String description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets the code of the edition of the indicator's method the series follows.
         *
         * @param edition  the value, not null
         * @return this builder
         */
        public Builder edition(String edition) {
            return set(EDITION, edition);
        }

        /**
         * Sets the spending threshold the series is measured at.
         *
         * @param threshold  the value, not null
         * @return this builder
         */
        public Builder threshold(SpendingThreshold threshold) {
            return set(THRESHOLD, threshold);
        }
    }
}
