package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values an observation or a target carries: a societal poverty line, a value in a year. */
class AttributesTest {

    @Test
    void aPovertyLineIsADailyAmountAtThePurchasingPowerParitiesOfAYear() {
        SocietalPovertyLine line = SocietalPovertyLine.of(new BigDecimal("2.15"), 2017);
        assertEquals(new BigDecimal("2.15"), line.dailyAmount());
        assertEquals(2017, line.pppYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2.15"})
    void aPovertyLineIsAboveZero(String amount) {
        assertBroken(() -> SocietalPovertyLine.of(new BigDecimal(amount), 2017), "dailyAmount",
            "societal-poverty-line.amount");
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2101})
    void purchasingPowerParitiesAreOfAYearFrom1990(int year) {
        assertBroken(() -> SocietalPovertyLine.of(new BigDecimal("2.15"), year), "pppYear",
            "societal-poverty-line.ppp-year-range");
    }

    @Test
    void aDatedValueKeepsItsScale() {
        DatedValue baseline = DatedValue.of(2021, new BigDecimal("74.10"));
        assertEquals(2021, baseline.year());
        assertEquals("74.10", baseline.value().toPlainString());
        assertEquals(DatedValue.of(2021, new BigDecimal("74.1")), baseline);
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101})
    void aDatedValueIsOfAYearFrom1900To2100(int year) {
        assertBroken(() -> DatedValue.of(year, BigDecimal.ONE), "year", "dated-value.year-range");
    }
}
