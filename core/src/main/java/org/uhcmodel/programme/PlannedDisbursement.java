package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;

/**
 * An amount a programme plans to pay out, or expects to receive, in a period, with who provides it and who receives it,
 * from the IATI element planned-disbursement.
 * <p>
 * The organisations are named by id; a dataset checks that they resolve to organisations.
 * <p>
 * Rules: {@code required} (start, value, valueDate), {@code planned-disbursement.end-before-start} (at {@code end}),
 * {@code money.negative} (at {@code value.amount}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlannedDisbursement extends ModelObject {

    private static final Shape<PlannedDisbursement> SHAPE = Shape.of(PlannedDisbursement.class, PlannedDisbursement::new, Builder::new)
        .checkedBy(PlannedDisbursement::check);
    private static final Prop<BudgetType> TYPE = SHAPE.optional("type", BudgetType.class);
    private static final Prop<PartialDate> START = SHAPE.required("start", PartialDate.class);
    private static final Prop<PartialDate> END = SHAPE.optional("end", PartialDate.class);
    private static final Prop<Money> VALUE = SHAPE.required("value", Money.class);
    private static final Prop<PartialDate> VALUE_DATE = SHAPE.required("valueDate", PartialDate.class);
    private static final Prop<EntityId> PROVIDER = SHAPE.optional("provider", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<IatiIdentifier> PROVIDER_ACTIVITY =
        SHAPE.optional("providerActivity", IatiIdentifier.class);
    private static final Prop<EntityId> RECEIVER = SHAPE.optional("receiver", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<IatiIdentifier> RECEIVER_ACTIVITY =
        SHAPE.optional("receiverActivity", IatiIdentifier.class);

    private static final Rule END_BEFORE_START = SHAPE.error("planned-disbursement.end-before-start",
        "the end of the period may not lie before its start", START);
    private static final Rule NEGATIVE = SHAPE.enforces(Money.class, "money.negative");

    private PlannedDisbursement(Object[] values) {
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
     * Gets whether the plan is the original one or a revision.
     *
     * @return the type, empty if not stated
     */
    public Optional<BudgetType> type() {
        return optional(TYPE);
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
     * @return the end, empty if not stated
     */
    public Optional<PartialDate> end() {
        return optional(END);
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

    /**
     * Gets the organisation that provides the money.
     *
     * @return the id of the organisation, empty if not stated
     */
    public Optional<EntityId> provider() {
        return optional(PROVIDER);
    }

    /**
     * Gets the IATI identifier of the activity of the provider that the money comes from.
     *
     * @return the identifier, empty if not stated
     */
    public Optional<IatiIdentifier> providerActivity() {
        return optional(PROVIDER_ACTIVITY);
    }

    /**
     * Gets the organisation that receives the money.
     *
     * @return the id of the organisation, empty if not stated
     */
    public Optional<EntityId> receiver() {
        return optional(RECEIVER);
    }

    /**
     * Gets the IATI identifier of the activity of the receiver that the money goes to.
     *
     * @return the identifier, empty if not stated
     */
    public Optional<IatiIdentifier> receiverActivity() {
        return optional(RECEIVER_ACTIVITY);
    }

    private static void check(PlannedDisbursement disbursement, Checker checker) {
        PartialDate start = disbursement.value(START);
        Optional<PartialDate> end = disbursement.end();
        if (start != null && end.isPresent() && end.get().isDefinitelyBefore(start)) {
            checker.report(END_BEFORE_START, END, end.get());
        }
        Money value = disbursement.value(VALUE);
        if (value != null && value.isNegative()) {
            checker.report(NEGATIVE, "value.amount", value.amount());
        }
    }

    /**
     * Builds a {@link PlannedDisbursement}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<PlannedDisbursement, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets whether the plan is the original one or a revision.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(BudgetType type) {
            return set(TYPE, type);
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

        /**
         * Sets the organisation that provides the money.
         *
         * @param provider  the id of the organisation, not null
         * @return this builder
         */
        public Builder provider(EntityId provider) {
            return set(PROVIDER, provider);
        }

        /**
         * Sets the IATI identifier of the activity of the provider that the money comes from.
         *
         * @param providerActivity  the value, not null
         * @return this builder
         */
        public Builder providerActivity(IatiIdentifier providerActivity) {
            return set(PROVIDER_ACTIVITY, providerActivity);
        }

        /**
         * Sets the organisation that receives the money.
         *
         * @param receiver  the id of the organisation, not null
         * @return this builder
         */
        public Builder receiver(EntityId receiver) {
            return set(RECEIVER, receiver);
        }

        /**
         * Sets the IATI identifier of the activity of the receiver that the money goes to.
         *
         * @param receiverActivity  the value, not null
         * @return this builder
         */
        public Builder receiverActivity(IatiIdentifier receiverActivity) {
            return set(RECEIVER_ACTIVITY, receiverActivity);
        }
    }
}
