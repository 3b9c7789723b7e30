package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Decimals;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;

/**
 * An amount of money in an ISO 4217 currency, held as a {@code BigDecimal}, never a floating-point number.
 * <p>
 * The amount may be negative: a reimbursement, a decommitment or a correction of an earlier transaction is. Where a
 * negative amount cannot be, such as a budget, a premium or a ceiling, the type that holds the money enforces
 * {@code money.negative}, which this class declares (see {@link #isNegative()}).
 * <p>
 * The amount keeps the scale it was given ({@code 1000.00 EUR} stays so) and amounts are equal by value, so
 * {@code 1000.00 EUR} equals {@code 1000 EUR}. An amount may not have more significant decimal places than the
 * currency has minor units (two for EUR, none for XOF; trailing zeros do not count), nor more than 30 digits before
 * the decimal point and 18 after it, as given.
 * <p>
 * Rules: {@code required} (amount, currency), {@code money.scale} (at {@code amount}),
 * {@code decimal.digits} (too many digits), {@code money.amount-format} (text not in plain notation) and
 * {@code money.currency} (an unknown currency code) for amounts read from text.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Money extends ModelObject {

    private static final Shape<Money> SHAPE = Shape.of(Money.class, Money::new, Builder::new)
        .checkedBy(Money::check);
    private static final Prop<BigDecimal> AMOUNT = SHAPE.required("amount", BigDecimal.class);
    private static final Prop<CurrencyCode> CURRENCY = SHAPE.required("currency", CurrencyCode.class);

    private static final Rule SCALE = SHAPE.error("money.scale",
        "has more decimal places than the currency has minor units", CURRENCY);
    private static final Rule AMOUNT_FORMAT = SHAPE.error("money.amount-format",
        "is not a decimal number in plain notation, such as 1500000.50");
    /** Declared here, enforced by each type whose money may not be negative, such as a budget or a premium. */
    static final Rule NEGATIVE = RuleBook.error(Money.class, "money.negative", "must not be negative");

    private Money(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an amount of money.
     *
     * @param amount  the amount, negative, zero or positive, at most 30 digits before the decimal point and 18 after
     *  it, not null
     * @param currency  the currency, not null
     * @return the money, not null
     * @throws NullPointerException if the amount or the currency is null
     * @throws ModelViolationException listing every broken rule: the amount has too many digits or more decimal places
     *  than the currency allows
     */
    public static Money of(BigDecimal amount, CurrencyCode currency) {
        return SHAPE.make(AMOUNT, amount, CURRENCY, currency);
    }

    /**
     * Obtains an amount of money from text.
     *
     * @param amount  the amount in plain notation, such as {@code 1500000.50}, not null
     * @param currency  the ISO 4217 code, such as {@code EUR}, not null
     * @return the money, with as many digits after the point as the text has, not null
     * @throws NullPointerException if the amount or the currency is null
     * @throws ModelViolationException listing every broken rule: the amount is not in plain notation
     *  ({@code -?[0-9]+(\.[0-9]+)?}, ASCII digits), the currency is unknown, or a rule of
     *  {@link #of(BigDecimal, CurrencyCode)} is broken
     */
    public static Money of(String amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Checker checker = new Checker(Severity.ERROR);
        CurrencyCode code = null;
        try {
            code = CurrencyCode.of(currency);
        } catch (ModelViolationException ex) {
            checker.addAll(ex.violations(), "currency");
        }
        BigDecimal value = Decimals.readPlain(amount);
        if (value == null) {
            checker.report(Decimals.refusal(amount, AMOUNT_FORMAT), AMOUNT, amount);
        }
        checker.throwIfAny(Money.class);
        return of(value, code);
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
     * Gets the amount.
     *
     * @return the amount, negative for a reimbursement or a decommitment, with the scale given, not null
     */
    @NotNull
    @BoundedDecimal
    public BigDecimal amount() {
        return value(AMOUNT);
    }

    /**
     * Gets the currency.
     *
     * @return the currency, not null
     */
    @NotNull
    public CurrencyCode currency() {
        return value(CURRENCY);
    }

    /**
     * Checks whether the amount is below zero, as a reimbursement or a decommitment is.
     *
     * @return true if the amount is negative
     */
    public boolean isNegative() {
        return amount().signum() < 0;
    }

    private static void check(Money money, Checker checker) {
        BigDecimal amount = money.value(AMOUNT);
        CurrencyCode currency = money.value(CURRENCY);
        if (amount == null || currency == null || !checker.wants(SCALE)) {
            return;
        }
        if (scaleExceeds(amount, currency)) {
            checker.report(SCALE, AMOUNT, amount);
        }
    }

    private static boolean scaleExceeds(BigDecimal amount, CurrencyCode currency) {
        OptionalInt minorUnits = currency.minorUnits();
        // Bounded first: the trailing zeros of a decimal within the bound are few to strip.
        return minorUnits.isPresent() && amount.scale() > minorUnits.getAsInt() && Decimals.fits(amount)
            && amount.stripTrailingZeros().scale() > minorUnits.getAsInt();
    }

    /**
     * Outputs the currency code and the plain amount, as given, such as {@code EUR 1500000.50}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        BigDecimal amount = value(AMOUNT);
        return value(CURRENCY) + " " + (amount == null ? null : amount.toPlainString());
    }

    /**
     * Builds a {@link Money}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Money, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the amount.
         *
         * @param amount  the amount, negative for a reimbursement or a decommitment, not null
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            return set(AMOUNT, amount);
        }

        /**
         * Sets the currency.
         *
         * @param currency  the currency, not null
         * @return this builder
         */
        public Builder currency(CurrencyCode currency) {
            return set(CURRENCY, currency);
        }
    }
}
