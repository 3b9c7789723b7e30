package org.uhcmodel.value;

import java.util.Objects;
import org.uhcmodel.internal.FactorySink;

/**
 * A date as a source supports it: the {@link PartialDate} and whether it is stated, inferred or approximate.
 * <p>
 * Rules: {@code required} for a missing date or basis.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportedDate {

    private final PartialDate date;
    private final DateBasis basis;

    private ReportedDate(PartialDate date, DateBasis basis) {
        this.date = date;
        this.basis = basis;
    }

    /**
     * Obtains a reported date.
     *
     * @param date  the date, not null
     * @param basis  how the source supports the date, not null
     * @return the reported date, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every missing argument
     */
    public static ReportedDate of(PartialDate date, DateBasis basis) {
        FactorySink sink = new FactorySink(ReportedDate.class);
        if (date == null) {
            sink.report("required", "date", null);
        }
        if (basis == null) {
            sink.report("required", "basis", null);
        }
        sink.throwIfAny();
        return new ReportedDate(date, basis);
    }

    /**
     * Obtains a date the source states.
     *
     * @param date  the date, not null
     * @return the reported date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the date is missing
     */
    public static ReportedDate stated(PartialDate date) {
        return of(date, DateBasis.STATED);
    }

    /**
     * Obtains a date inferred from the context of the source.
     *
     * @param date  the date, not null
     * @return the reported date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the date is missing
     */
    public static ReportedDate inferred(PartialDate date) {
        return of(date, DateBasis.INFERRED);
    }

    /**
     * Obtains a date the source gives approximately.
     *
     * @param date  the date, not null
     * @return the reported date, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the date is missing
     */
    public static ReportedDate approximate(PartialDate date) {
        return of(date, DateBasis.APPROXIMATE);
    }

    /**
     * Gets the date.
     *
     * @return the date, not null
     */
    public PartialDate date() {
        return date;
    }

    /**
     * Gets how the source supports the date.
     *
     * @return the basis, not null
     */
    public DateBasis basis() {
        return basis;
    }

    /**
     * Checks if this equals another by date and basis.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportedDate && date.equals(((ReportedDate) obj).date) && basis == ((ReportedDate) obj).basis;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(date, basis);
    }

    /**
     * Outputs the date, followed by the basis unless it is stated: {@code 2024-07-23}, {@code 2024 (inferred)}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        return basis == DateBasis.STATED ? date.toString() : date + " (" + basis.code() + ")";
    }
}
