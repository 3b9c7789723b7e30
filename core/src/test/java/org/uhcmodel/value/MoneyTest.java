package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;

class MoneyTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");
    private static final CurrencyCode XOF = CurrencyCode.of("XOF");
    private static final Money BUDGET = Money.of(new BigDecimal("1500000.50"), EUR);

    @Test
    void amountAndCurrencyAreKept() {
        assertEquals(EUR, BUDGET.currency());
        assertEquals(new BigDecimal("1500000.50"), BUDGET.amount());
        assertEquals("EUR 1500000.50", BUDGET.toString());
    }

    @Test
    void textFactoryReadsAmountAndCurrencyCode() {
        assertEquals(BUDGET, Money.of("1500000.50", "EUR"));
        assertEquals(Money.of(new BigDecimal("2500"), XOF), Money.of("2500", "XOF"));
    }

    @Test
    void theScaleGivenIsKeptAndTrailingZerosDoNotMatterToEquality() {
        Money plain = Money.of("1000", "EUR");
        Money withCents = Money.of("1000.00", "EUR");
        assertEquals(plain, withCents);
        assertEquals(plain.hashCode(), withCents.hashCode());
        assertEquals(new BigDecimal("1000.00"), withCents.amount());
        assertEquals("EUR 1000.00", withCents.toString());
        assertEquals(plain, Money.of(new BigDecimal("1E+3"), EUR));
        assertEquals(plain.hashCode(), Money.of(new BigDecimal("1E+3"), EUR).hashCode());
        assertEquals(Money.of("2500", "XOF"), Money.of("2500.000", "XOF"));
        assertEquals(new BigDecimal("2500.000"), Money.of("2500.000", "XOF").amount());
    }

    @Test
    void zeroIsAnAmount() {
        assertEquals(0, BigDecimal.ZERO.compareTo(Money.of("0.00", "EUR").amount()));
        assertEquals(Money.of("0", "EUR"), Money.of("-0", "EUR"));
    }

    @Test
    void sameAmountInAnotherCurrencyIsNotEqual() {
        assertNotEquals(Money.of("1000", "XOF"), Money.of("1000", "EUR"));
        assertNotEquals(Money.of("1000.01", "EUR"), Money.of("1000", "EUR"));
        assertNotEquals(Money.of("1000", "EUR"), new BigDecimal("1000"));
    }

    @ParameterizedTest
    @CsvSource({"1.005, EUR", "0.001, EUR", "1.5, XOF", "1.05, XOF", "1.0005, KWD", "1.1, JPY"})
    void moreDecimalPlacesThanTheCurrencyHasAreRefused(String amount, String currency) {
        ModelViolationException ex = assertBroken(() -> Money.of(amount, currency), "amount", "money.scale");
        assertEquals(Optional.of(new BigDecimal(amount)), only(ex).invalidValue());
    }

    @ParameterizedTest
    @CsvSource({"1.05, EUR", "1.5, EUR", "1.005, KWD", "15, XOF", "15.00, XOF", "100, JPY", "100.00, JPY",
        "1.5000, EUR"})
    void decimalPlacesUpToTheMinorUnitsAreAcceptedAndTrailingZerosDoNotCount(String amount, String currency) {
        assertEquals(new BigDecimal(amount), Money.of(amount, currency).amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XDR"})
    void anyScaleIsAcceptedInACurrencyWithoutMinorUnits(String currency) {
        assertEquals(new BigDecimal("1.123456789"), Money.of("1.123456789", currency).amount());
    }

    @Test
    void aNegativeAmountIsMoneyAsAReimbursementOrADecommitmentIs() {
        Money reimbursement = Money.of("-0.01", "EUR");
        assertEquals(new BigDecimal("-0.01"), reimbursement.amount());
        assertTrue(reimbursement.isNegative());
        assertEquals("EUR -0.01", reimbursement.toString());
        assertTrue(Money.of(new BigDecimal("-1000"), XOF).isNegative());
        assertFalse(Money.of("0.00", "EUR").isNegative());
        assertFalse(Money.of("1500000.50", "EUR").isNegative());
    }

    @Test
    void moneyDeclaresTheRuleOfNonNegativityButLeavesItToTheTypesThatHoldIt() {
        Rule negative = Rules.find("money.negative").orElseThrow();
        assertEquals(Optional.of(Money.class), negative.type());
        assertFalse(ModelTypes.of(Money.class).rules().contains(negative));
        assertEquals(Optional.empty(), ModelTypes.of(Money.class).property("amount").orElseThrow().minimum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "eur", "EURO", "", "E"})
    void unknownCurrencyCodeIsRefused(String code) {
        ModelViolationException ex = assertBroken(() -> Money.of("1000", code), "currency", "money.currency");
        assertEquals(Optional.of(code), only(ex).invalidValue());
    }

    @Test
    void nullArgumentsAreRefusedAtOnce() {
        assertNullRefused(() -> Money.of("1000", null), "currency");
        assertNullRefused(() -> Money.of(null, "EUR"), "amount");
        assertNullRefused(() -> Money.of((BigDecimal) null, EUR), "amount");
        assertNullRefused(() -> Money.of(BigDecimal.TEN, null), "currency");
        assertNullRefused(() -> Money.builder().amount(null), "amount");
    }

    @Test
    void everyMissingValueIsReportedAtOnceByTheBuilder() {
        assertBrokenAll(() -> Money.builder().build(), "amount required", "currency required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1 000", "abc", "", "1.5.0", "EUR 10", "0x10", "1E+3", "1e3", "+5", "1.", ".5", "-",
        "\u0661\u0660\u0660", "\uFF11\uFF10", " 10", "10 "})
    void malformedAmountIsRefused(String amount) {
        ModelViolationException ex = assertBroken(() -> Money.of(amount, "EUR"), "amount", "money.amount-format");
        assertEquals(Optional.of(amount), only(ex).invalidValue());
    }

    @Test
    void everyProblemOfTheTextIsReportedAtOnce() {
        assertBrokenAll(() -> Money.of("ten", "EURO"), "amount money.amount-format", "currency money.currency");
        assertBroken(() -> Money.of("-1.005", "EUR"), "amount", "money.scale");
        assertBroken(() -> Money.of("-5", "EURO"), "currency", "money.currency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999999999999999999999999.99", "0.01", "1.000000000000000000"})
    void amountsWithinThirtyDigitsBeforeThePointAndEighteenAfterAreAccepted(String amount) {
        assertEquals(new BigDecimal(amount), Money.of(new BigDecimal(amount), EUR).amount());
        assertEquals(new BigDecimal(amount), Money.of(amount, "EUR").amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000000000000000", "0.0000000000000000001", "1.0000000000000000000"})
    void amountsWithMoreDigitsAreRefused(String amount) {
        ModelViolationException ex = assertBroken(() -> Money.of(new BigDecimal(amount), EUR), "amount", "decimal.digits");
        assertEquals(Optional.of(new BigDecimal(amount)), only(ex).invalidValue());
        ModelViolationException fromText = assertBroken(() -> Money.of(amount, "EUR"), "amount", "decimal.digits");
        assertEquals(Optional.of(amount), only(fromText).invalidValue());
    }

    @Test
    void leadingZerosOfTheTextDoNotCount() {
        assertEquals(Money.of("12.5", "EUR"), Money.of("0".repeat(40) + "12.5", "EUR"));
    }

    @Test
    void hugeExponentsAreRefusedBeforeAnyArithmetic() {
        assertBroken(() -> Money.of(new BigDecimal("1E+30000000"), EUR), "amount", "decimal.digits");
        assertBroken(() -> Money.of(new BigDecimal("1E-30000000"), EUR), "amount", "decimal.digits");
        assertBroken(() -> Money.of("1E+30000000", "EUR"), "amount", "money.amount-format");
        assertBroken(() -> Money.of("1" + "0".repeat(100_000), "EUR"), "amount", "decimal.digits");
    }

    @Test
    void aZeroWithANegativeScaleIsZero() {
        assertEquals(Money.of("0", "EUR"), Money.of(new BigDecimal("0E+40"), EUR));
    }

    @Test
    void theCurrencyIsACodeOfThePinnedTable() {
        assertEquals(CurrencyCode.of("XOF"), Money.of("1000", "XOF").currency());
        assertEquals("XOF 1000", Money.of("1000", "XOF").toString());
    }
}
