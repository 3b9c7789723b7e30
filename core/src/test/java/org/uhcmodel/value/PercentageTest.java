package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.uhcmodel.validation.ModelViolationException;

class PercentageTest {

    private static final Percentage CO_INSURANCE = Percentage.of(new BigDecimal("12.5"));

    @Test
    void boundsAreIncluded() {
        assertEquals(BigDecimal.ZERO, Percentage.of(0).value());
        assertEquals(new BigDecimal("100"), Percentage.of(100).value());
        assertEquals(new BigDecimal("100.000"), Percentage.of(new BigDecimal("100.000")).value());
        assertEquals(Percentage.ZERO, Percentage.of(BigDecimal.ZERO));
        assertEquals(Percentage.HUNDRED_PERCENT, Percentage.of(new BigDecimal("100.000")));
    }

    @Test
    void theScaleGivenIsKeptAndTrailingZerosDoNotMatterToEquality() {
        Percentage eighty = Percentage.of(new BigDecimal("80.0"));
        assertEquals(Percentage.of(80), eighty);
        assertEquals(Percentage.of(80).hashCode(), eighty.hashCode());
        assertEquals(new BigDecimal("80.0"), eighty.value());
        assertEquals("80.0", eighty.toString());
        assertEquals(Percentage.of(100), Percentage.of(new BigDecimal("1E+2")));
        assertEquals(Percentage.of(100).hashCode(), Percentage.of(new BigDecimal("1E+2")).hashCode());
        assertEquals("100", Percentage.of(new BigDecimal("1E+2")).toString());
        assertEquals(Percentage.ZERO, Percentage.parse("0.000"));
        assertEquals(Percentage.ZERO.hashCode(), Percentage.parse("0.000").hashCode());
    }

    @ParameterizedTest
    @CsvSource({"12.5, 12.5", "80.0, 80.0", "0.00, 0.00", "100, 100", "0.01, 0.01", "99.99, 99.99", "010, 10",
        "-0, 0", "12.50, 12.50"})
    void parseAndToStringRoundTrip(String text, String canonical) {
        Percentage parsed = Percentage.parse(text);
        assertEquals(canonical, parsed.toString());
        assertEquals(parsed, Percentage.parse(parsed.toString()));
    }

    @Test
    void percentagesAreOrderedByValue() {
        assertTrue(Percentage.of(10).compareTo(CO_INSURANCE) < 0);
        assertEquals(0, Percentage.parse("12.50").compareTo(CO_INSURANCE));
        assertNotEquals(Percentage.of(12), CO_INSURANCE);
        assertNotEquals(CO_INSURANCE, new BigDecimal("12.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "-1", "101", "1000"})
    void valueOutsideZeroToHundredIsRefused(String value) {
        ModelViolationException ex = assertBroken(() -> Percentage.of(new BigDecimal(value)), "value", "percentage.range");
        assertEquals(Optional.of(new BigDecimal(value)), only(ex).invalidValue());
        assertBroken(() -> Percentage.parse(value), "value", "percentage.range");
    }

    @Test
    void wholeValueOutsideZeroToHundredIsRefused() {
        assertBroken(() -> Percentage.of(-1), "value", "percentage.range");
        assertBroken(() -> Percentage.of(101), "value", "percentage.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "12.5%", "", "abc", " 12", "1E+1", "+5E1", "5e1", "+50", "50.", ".5",
        "\u0665\u0660", "\u0665\u0660.\u0665", "\uFF15\uFF10", "NaN", "Infinity"})
    void malformedTextIsRefused(String text) {
        ModelViolationException ex = assertBroken(() -> Percentage.parse(text), "value", "percentage.format");
        assertEquals(Optional.of(text), only(ex).invalidValue());
    }

    @Test
    void nullIsRefusedAtOnce() {
        assertNullRefused(() -> Percentage.of((BigDecimal) null), "value");
        assertNullRefused(() -> Percentage.parse(null), "text");
    }

    @Test
    void parseReadsOnlyWhatToStringWrites() {
        for (String text : new String[] {"0", "12.5", "0.000000000000000001", "100", "80.0", "100.00"}) {
            assertEquals(text, Percentage.parse(text).toString());
        }
    }

    @Test
    void atMostEighteenDigitsAfterThePointAreAccepted() {
        assertEquals("99.999999999999999999", Percentage.parse("99.999999999999999999").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0000000000000000001", "50.0000000000000000000", "1E-30000000"})
    void moreDigitsAfterThePointAreRefused(String value) {
        ModelViolationException ex = assertBroken(() -> Percentage.of(new BigDecimal(value)), "value", "decimal.digits");
        assertEquals(Optional.of(new BigDecimal(value)), only(ex).invalidValue());
    }

    @Test
    void tooManyDigitsInTextAreRefusedWithoutReadingTheNumber() {
        String tiny = "0." + "0".repeat(3_000_000) + "1";
        ModelViolationException ex = assertBroken(() -> Percentage.parse(tiny), "value", "decimal.digits");
        assertEquals(Optional.of(tiny), only(ex).invalidValue());
    }

    @Test
    void aValueOutOfRangeWithTooManyDigitsBreaksBothRules() {
        assertBrokenAll(() -> Percentage.of(new BigDecimal("1E+30000000")), "value decimal.digits", "value percentage.range");
    }
}
