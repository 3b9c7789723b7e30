package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class CurrencyCodeTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @ParameterizedTest
    @CsvSource({"EUR, 978, 2, Euro", "XOF, 952, 0, CFA Franc BCEAO", "DZD, 012, 2, Algerian Dinar",
        "JPY, 392, 0, Yen", "KWD, 414, 3, Kuwaiti Dinar"})
    void aCurrencyHasItsNumericCodeMinorUnitsAndName(String code, String numeric, int minorUnits, String name) {
        CurrencyCode currency = CurrencyCode.of(code);
        assertEquals(code, currency.code());
        assertEquals(numeric, currency.numeric());
        assertEquals(OptionalInt.of(minorUnits), currency.minorUnits());
        assertEquals(name, currency.englishName());
        assertEquals(code, currency.toString());
        assertEquals(currency, CurrencyCode.parse(currency.toString()));
    }

    @Test
    void minorUnitsOfTheEuroTheCfaFrancAndGold() {
        assertEquals(OptionalInt.of(2), EUR.minorUnits());
        assertEquals(OptionalInt.of(0), CurrencyCode.of("XOF").minorUnits());
        assertEquals(OptionalInt.empty(), CurrencyCode.of("XAU").minorUnits());
    }

    @Test
    void codesAreEqualByCodeAndOrderedByCode() {
        assertSame(EUR, CurrencyCode.of("EUR"));
        assertEquals(EUR.hashCode(), CurrencyCode.parse("EUR").hashCode());
        assertNotEquals(CurrencyCode.of("XOF"), EUR);
        assertNotEquals(EUR, "EUR");
        assertTrue(CurrencyCode.of("DZD").compareTo(EUR) < 0);
    }

    @Test
    void theTableIsInAlphabeticalOrderAndCannotBeChanged() {
        String previous = "";
        for (CurrencyCode currency : CurrencyCode.all()) {
            assertTrue(currency.code().compareTo(previous) > 0, currency::code);
            assertTrue(currency.code().matches("[A-Z]{3}"), currency::code);
            assertTrue(currency.numeric().matches("[0-9]{3}"), currency::code);
            previous = currency.code();
        }
        assertTrue(CurrencyCode.all().size() > 150);
        assertThrows(UnsupportedOperationException.class, () -> CurrencyCode.all().clear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "eur", "EURO", "", "E", " EUR", "FRF"})
    void anUnknownCodeIsRefused(String code) {
        ModelViolationException ex = assertBroken(() -> CurrencyCode.of(code), "", "money.currency");
        assertEquals(Optional.of(code), only(ex).invalidValue());
        assertEquals("CurrencyCode", ex.typeName());
        assertBroken(() -> CurrencyCode.parse(code), "", "money.currency");
    }

    @Test
    void nullIsRefusedAtOnce() {
        assertNullRefused(() -> CurrencyCode.of(null), "code");
        assertNullRefused(() -> CurrencyCode.parse(null), "text");
    }
}
