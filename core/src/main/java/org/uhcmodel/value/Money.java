package org.uhcmodel.value;

import java.math.BigDecimal;
import java.util.Currency;
import org.uhcmodel.internal.Decimals;
import org.uhcmodel.internal.FactorySink;

/**
 * A non-negative amount of money in an ISO 4217 currency, held as a {@code BigDecimal}, never a floating-point number.
 * <p>
 * The amount is kept without trailing zeros, so {@code 1000.00 EUR} equals {@code 1000 EUR}; it may not have
 * more decimal places than the currency has minor units (two for EUR, none for XOF), nor more than 30 digits before
 * the decimal point and 18 after it, as given.
 * <p>
 * Rules: {@code required}, {@code money.negative}, {@code money.scale}, {@code money.currency},
 * {@code money.amount-format} (text not in plain notation), {@code decimal.digits} (too many digits).
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
     * @param amount  the amount, zero or more, at most 30 digits before the decimal point and 18 after it, not null
     * @param currency  the currency, not null
     * @return the money, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule: an argument is missing,
     *  the amount is negative, has too many digits or more decimal places than the currency allows
     */
    public static Money of(BigDecimal amount, Currency currency) {
        FactorySink sink = new FactorySink(Money.class);
        if (currency == null) {
            sink.report("required", "currency", null);
        }
        if (amount == null) {
            sink.report("required", "amount", null);
        }
        BigDecimal normal = amount == null ? null : checkAmount(amount, currency, sink);
        sink.throwIfAny();
        return new Money(normal, currency);
    }

    /**
     * Obtains an amount of money from text.
     *
     * @param amount  the amount in plain notation, such as {@code 1500000.50}, not null
     * @param currencyCode  the ISO 4217 code, such as {@code EUR}, not null
     * @return the money, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule: an argument is missing,
     *  the amount is not in plain notation ({@code -?[0-9]+(\.[0-9]+)?}, ASCII digits), the currency is unknown,
     *  or a rule of {@link #of(BigDecimal, Currency)} is broken
     */
    public static Money of(String amount, String currencyCode) {
        FactorySink sink = new FactorySink(Money.class);
        Currency currency = null;
        if (currencyCode == null) {
            sink.report("required", "currency", null);
        } else {
            try {
                currency = Currency.getInstance(currencyCode);
            } catch (IllegalArgumentException ex) {
                sink.report("money.currency", "currency", currencyCode);
            }
        }
        BigDecimal normal = null;
        if (amount == null) {
            sink.report("required", "amount", null);
        } else if (!Decimals.isPlain(amount)) {
            sink.report("money.amount-format", "amount", amount);
        } else if (!Decimals.plainFits(amount)) {
            sink.report("decimal.digits", "amount", amount);
        } else {
            normal = checkAmount(Decimals.parsePlain(amount), currency, sink);
        }
        sink.throwIfAny();
        return new Money(normal, currency);
    }

    /**
     * Checks an amount and normalises it; the digits are bounded before any arithmetic.
     *
     * @return the amount without trailing zeros, null if a rule is broken
     */
    private static BigDecimal checkAmount(BigDecimal amount, Currency currency, FactorySink sink) {
        boolean valid = true;
        if (amount.signum() < 0) {
            sink.report("money.negative", "amount", amount);
            valid = false;
        }
        if (!Decimals.fits(amount)) {
            sink.report("decimal.digits", "amount", amount);
            return null;
        }
        BigDecimal normal = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (normal.scale() < 0) {
            normal = normal.setScale(0);
        }
        if (currency != null && normal.scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
            sink.report("money.scale", "amount", amount);
            valid = false;
        }
        return valid ? normal : null;
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
