package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;

/**
 * A date as a source supports it: the {@link PartialDate} and whether it is stated, inferred or approximate.
 * <p>
 * Rules: {@code required} (date, basis).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportedDate extends ModelObject {

    private static final Shape<ReportedDate> SHAPE = Shape.of(ReportedDate.class, ReportedDate::new, Builder::new);
    private static final Prop<PartialDate> DATE = SHAPE.required("date", PartialDate.class);
    private static final Prop<DateBasis> BASIS = SHAPE.required("basis", DateBasis.class);

    private ReportedDate(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a reported date.
     *
     * @param date  the date, not null
     * @param basis  how the source supports the date, not null
     * @return the reported date, not null
     * @throws NullPointerException if the date or the basis is null
     */
    public static ReportedDate of(PartialDate date, DateBasis basis) {
        return SHAPE.make(DATE, date, BASIS, basis);
    }

    /**
     * Obtains a date the source states.
     *
     * @param date  the date, not null
     * @return the reported date, not null
     * @throws NullPointerException if the date is null
     */
    public static ReportedDate stated(PartialDate date) {
        return of(date, DateBasis.STATED);
    }

    /**
     * Obtains a date inferred from the context of the source.
     *
     * @param date  the date, not null
     * @return the reported date, not null
     * @throws NullPointerException if the date is null
     */
    public static ReportedDate inferred(PartialDate date) {
        return of(date, DateBasis.INFERRED);
    }

    /**
     * Obtains a date the source gives approximately.
     *
     * @param date  the date, not null
     * @return the reported date, not null
     * @throws NullPointerException if the date is null
     */
    public static ReportedDate approximate(PartialDate date) {
        return of(date, DateBasis.APPROXIMATE);
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
     * Gets the date.
     *
     * @return the date, not null
     */
    @NotNull
    public PartialDate date() {
        return value(DATE);
    }

    /**
     * Gets how the source supports the date.
     *
     * @return the basis, not null
     */
    @NotNull
    public DateBasis basis() {
        return value(BASIS);
    }

    /**
     * Outputs the date, followed by the basis unless it is stated: {@code 2024-07-23}, {@code 2024 (inferred)}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        DateBasis basis = value(BASIS);
        return basis == DateBasis.STATED ? String.valueOf(value(DATE))
            : value(DATE) + " (" + (basis == null ? null : basis.code()) + ")";
    }

    /**
     * Builds a {@link ReportedDate}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<ReportedDate, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the date.
         *
         * @param date  the date, not null
         * @return this builder
         */
        public Builder date(PartialDate date) {
            return set(DATE, date);
        }

        /**
         * Sets how the source supports the date.
         *
         * @param basis  the basis, not null
         * @return this builder
         */
        public Builder basis(DateBasis basis) {
            return set(BASIS, basis);
        }
    }
}
