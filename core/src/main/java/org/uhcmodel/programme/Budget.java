package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;

/**
 * An amount a programme plans to spend over a period of at most a year, as first agreed or revised, indicative or
 * committed, from the IATI element budget.
 * <p>
 * IATI asks for budgets of one year or less, quarter by quarter or year by year; a longer period, as a source stating
 * the whole budget of a project gives, is a warning. The value date is the date of the exchange rate of the value.
 * <p>
 * Rules: {@code required} (start, end, value, valueDate), {@code budget.end-before-start} (at {@code end}),
 * {@code money.negative} (at {@code value.amount}); warning {@code budget.longer-than-a-year} (the period is longer
 * than a year, at {@code end}, as IATI rule 7.5.3 sees it: from the first day of the start to the last day of the end).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Budget extends ModelObject {

    private static final Shape<Budget> SHAPE = Shape.of(Budget.class, Budget::new, Builder::new)
        .checkedBy(Budget::check);
    private static final Prop<BudgetType> TYPE = SHAPE.optional("type", BudgetType.class);
    private static final Prop<BudgetStatus> STATUS = SHAPE.optional("status", BudgetStatus.class);
    private static final Prop<PartialDate> START = SHAPE.required("start", PartialDate.class);
    private static final Prop<PartialDate> END = SHAPE.required("end", PartialDate.class);
    private static final Prop<Money> VALUE = SHAPE.required("value", Money.class);
    private static final Prop<PartialDate> VALUE_DATE = SHAPE.required("valueDate", PartialDate.class);

    private static final Rule END_BEFORE_START = SHAPE.error("budget.end-before-start",
        "the end of a budget period may not lie before its start", START);
    private static final Rule LONGER_THAN_A_YEAR = SHAPE.warning("budget.longer-than-a-year",
        "a budget period is usually a year or less, as IATI asks", START);
    private static final Rule NEGATIVE = SHAPE.enforces(Money.class, "money.negative");

    private Budget(Object[] values) {
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
     * Gets whether the budget is the original one or a revision.
     *
     * @return the type, empty if not stated (IATI reads an original budget then)
     */
    public Optional<BudgetType> type() {
        return optional(TYPE);
    }

    /**
     * Gets whether the budget is indicative or committed.
     *
     * @return the status, empty if not stated (IATI reads an indicative budget then)
     */
    public Optional<BudgetStatus> status() {
        return optional(STATUS);
    }

    /**
     * Gets the first day of the period.
     *
     * @return the start, not null
     */
    @NotNull
    public PartialDate start() {
        return value(START);
    }

    /**
     * Gets the last day of the period.
     *
     * @return the end, not null
     */
    @NotNull
    public PartialDate end() {
        return value(END);
    }

    /**
     * Gets the amount.
     *
     * @return the amount, zero or more, not null
     */
    @NotNull
    public Money value() {
        return value(VALUE);
    }

    /**
     * Gets the date of the exchange rate of the value.
     *
     * @return the value date, not null
     */
    @NotNull
    public PartialDate valueDate() {
        return value(VALUE_DATE);
    }

    private static void check(Budget budget, Checker checker) {
        PartialDate start = budget.value(START);
        PartialDate end = budget.value(END);
        if (start != null && end != null) {
            if (end.isDefinitelyBefore(start)) {
                checker.report(END_BEFORE_START, END, end);
            } else if (checker.wants(LONGER_THAN_A_YEAR) && end.latest().isAfter(start.earliest().plusYears(1))) {
                checker.report(LONGER_THAN_A_YEAR, END, end);
            }
        }
        Money value = budget.value(VALUE);
        if (value != null && value.isNegative()) {
            checker.report(NEGATIVE, "value.amount", value.amount());
        }
    }

    /**
     * Builds a {@link Budget}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Budget, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets whether the budget is the original one or a revision.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(BudgetType type) {
            return set(TYPE, type);
        }

        /**
         * Sets whether the budget is indicative or committed.
         *
         * @param status  the value, not null
         * @return this builder
         */
        public Builder status(BudgetStatus status) {
            return set(STATUS, status);
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
         * Sets the amount.
         *
         * @param value  the value, not null
         * @return this builder
         */
        public Builder value(Money value) {
            return set(VALUE, value);
        }

        /**
         * Sets the date of the exchange rate of the value.
         *
         * @param valueDate  the value, not null
         * @return this builder
         */
        public Builder valueDate(PartialDate valueDate) {
            return set(VALUE_DATE, valueDate);
        }
    }
}
