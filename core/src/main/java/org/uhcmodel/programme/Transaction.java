package org.uhcmodel.programme;

import jakarta.validation.constraints.NotBlank;
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
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;

/**
 * A financial transaction of a programme, of one of the thirteen IATI types: funds coming in, a commitment, a
 * disbursement, an expenditure, a reimbursement, a pledge; from the IATI element transaction.
 * <p>
 * The value is signed: a negative value corrects or reverses an earlier transaction, as a decommitment or a
 * reimbursement does. The value date is the date of the exchange rate of the value. The organisations are named by id;
 * a dataset checks that they resolve to organisations, and the programme that their roles in it agree with the type.
 * <p>
 * Rules: {@code required} (type, date, value, valueDate), {@code not-blank} (reference); warning
 * {@code transaction.provider-is-receiver} (the same organisation provides and receives the money, at
 * {@code receiver}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Transaction extends ModelObject {

    private static final Shape<Transaction> SHAPE = Shape.of(Transaction.class, Transaction::new, Builder::new)
        .checkedBy(Transaction::check);
    private static final Prop<String> REFERENCE = SHAPE.optional("reference", String.class);
    private static final Prop<TransactionType> TYPE = SHAPE.required("type", TransactionType.class);
    private static final Prop<PartialDate> DATE = SHAPE.required("date", PartialDate.class);
    private static final Prop<Money> VALUE = SHAPE.required("value", Money.class);
    private static final Prop<PartialDate> VALUE_DATE = SHAPE.required("valueDate", PartialDate.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<EntityId> PROVIDER = SHAPE.optional("provider", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<IatiIdentifier> PROVIDER_ACTIVITY =
        SHAPE.optional("providerActivity", IatiIdentifier.class);
    private static final Prop<EntityId> RECEIVER = SHAPE.optional("receiver", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<IatiIdentifier> RECEIVER_ACTIVITY =
        SHAPE.optional("receiverActivity", IatiIdentifier.class);

    private static final Rule PROVIDER_IS_RECEIVER = SHAPE.warning("transaction.provider-is-receiver",
        "the same organisation usually does not both provide and receive the money of a transaction", PROVIDER);

    private Transaction(Object[] values) {
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
     * Gets the reference the reporting organisation gives the transaction.
     *
     * @return the reference, empty if none
     */
    public Optional<@NotBlank String> reference() {
        return optional(REFERENCE);
    }

    /**
     * Gets the kind of transaction.
     *
     * @return the type, not null
     */
    @NotNull
    public TransactionType type() {
        return value(TYPE);
    }

    /**
     * Gets the date of the transaction.
     *
     * @return the date, not null
     */
    @NotNull
    public PartialDate date() {
        return value(DATE);
    }

    /**
     * Gets the amount.
     *
     * @return the amount, negative for a correction or a reversal, not null
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
     * Gets a description of the transaction.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets the organisation the money comes from.
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
     * Gets the organisation the money goes to.
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

    private static void check(Transaction transaction, Checker checker) {
        Optional<EntityId> provider = transaction.provider();
        if (provider.isPresent() && provider.equals(transaction.receiver())) {
            checker.report(PROVIDER_IS_RECEIVER, RECEIVER, provider.get());
        }
    }

    /**
     * Builds a {@link Transaction}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Transaction, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the reference the reporting organisation gives the transaction.
         *
         * @param reference  the value, not null
         * @return this builder
         */
        public Builder reference(String reference) {
            return set(REFERENCE, reference);
        }

        /**
         * Sets the kind of transaction.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(TransactionType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the date of the transaction.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder date(PartialDate date) {
            return set(DATE, date);
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
         * Sets a description of the transaction.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets the organisation the money comes from.
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
         * Sets the organisation the money goes to.
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
