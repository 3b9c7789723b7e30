package org.uhcmodel.value;

import java.math.BigDecimal;
import java.util.Currency;
import org.uhcmodel.internal.Rules;

/**
 * A non-negative amount of money in an ISO 4217 currency, held as a {@code BigDecimal}, never a floating-point number.
 * <p>
 * The amount is kept without trailing zeros, so {@code 1000.00 EUR} equals {@code 1000 EUR}; it may not have
 * more decimal places than the currency has minor units (two for EUR, none for XOF).
 * <p>
 * Rules: {@code required}, {@code money.negative}, {@code money.scale}, {@code money.currency}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Money {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains an amount of money.
     *
     * @param amount  the amount, zero or more, not null
     * @param currency  the currency, not null
     * @return the money, not null
     * @throws org.uhcmodel.validation.ModelViolationException if an argument is missing, the amount is negative
     *  or has more decimal places than the currency allows
     */
    public static Money of(BigDecimal amount, Currency currency) {
        if (currency == null) {
            throw Rules.failure(Money.class, "currency", "required", null);
        }
        if (amount == null) {
            throw Rules.failure(Money.class, "amount", "required", null);
        }
        if (amount.signum() < 0) {
            throw Rules.failure(Money.class, "amount", "money.negative", amount);
        }
        BigDecimal normal = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (normal.scale() < 0) {
            normal = normal.setScale(0);
        }
        int digits = currency.getDefaultFractionDigits();
        if (normal.scale() > Math.max(digits, 0)) {
            throw Rules.failure(Money.class, "amount", "money.scale", amount);
        }
        return new Money(normal, currency);
    }

    /**
     * Obtains an amount of money from text.
     *
     * @param amount  the decimal amount, such as {@code 1500000.50}, not null
     * @param currencyCode  the ISO 4217 code, such as {@code EUR}, not null
     * @return the money, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the amount is not a decimal number,
     *  the currency is unknown, or a rule of {@link #of(BigDecimal, Currency)} is broken
     */
    public static Money of(String amount, String currencyCode) {
        if (currencyCode == null) {
            throw Rules.failure(Money.class, "currency", "required", null);
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException ex) {
            throw Rules.failure(Money.class, "currency", "money.currency", currencyCode);
        }
        if (amount == null) {
            throw Rules.failure(Money.class, "amount", "required", null);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException ex) {
            throw Rules.failure(Money.class, "amount", "money.amount-format", amount);
        }
        return of(value, currency);
    }

    /**
     * Gets the amount, without trailing zeros.
     *
     * @return the amount, zero or more, not null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Gets the currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Checks if this equals another amount in the same currency.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money && amount.equals(((Money) obj).amount) && currency.equals(((Money) obj).currency);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return amount.hashCode() * 31 + currency.hashCode();
    }

    /**
     * Outputs the currency code and plain amount, such as {@code EUR 1500000}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
