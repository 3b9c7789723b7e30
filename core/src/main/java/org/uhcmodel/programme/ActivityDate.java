package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.PartialDate;

/**
 * A date of a programme: its planned or actual start or end, from the IATI element activity-date.
 * <p>
 * The date keeps the precision the source gives: a strategy planned for 2023 to 2027 starts in {@code 2023}; IATI files
 * need a day, which the IATI writer of uhc-model derives and marks.
 * <p>
 * Rules: {@code required} (type, date).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ActivityDate extends ModelObject {

    private static final Shape<ActivityDate> SHAPE = Shape.of(ActivityDate.class, ActivityDate::new, Builder::new);
    private static final Prop<ActivityDateType> TYPE = SHAPE.required("type", ActivityDateType.class);
    private static final Prop<PartialDate> DATE = SHAPE.required("date", PartialDate.class);

    private ActivityDate(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a date.
     *
     * @param type  the kind of date, not null
     * @param date  the date, not null
     * @return the date, not null
     * @throws NullPointerException if an argument is null
     */
    public static ActivityDate of(ActivityDateType type, PartialDate date) {
        return SHAPE.make(TYPE, type, DATE, date);
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
     * Gets the kind of date.
     *
     * @return the type, not null
     */
    @NotNull
    public ActivityDateType type() {
        return value(TYPE);
    }

    /**
     * Gets the date.
     *
     * @return the date, to the year, month or day, not null
     */
    @NotNull
    public PartialDate date() {
        return value(DATE);
    }

    /**
     * Builds a {@link ActivityDate}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<ActivityDate, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the kind of date.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(ActivityDateType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the date.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder date(PartialDate date) {
            return set(DATE, date);
        }
    }
}
