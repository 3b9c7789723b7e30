package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdgIndicatorTest {

    private static final SdgIndicator COVERAGE = SdgIndicator.UHC_SERVICE_COVERAGE;
    private static final SdgIndicator SPENDING = SdgIndicator.CATASTROPHIC_SPENDING;

    @ParameterizedTest
    @EnumSource(SdgIndicator.class)
    void everyIndicatorIsFoundByItsCodeAndMeasuresTargetThreePointEight(SdgIndicator indicator) {
        assertSame(indicator, SdgIndicator.fromCode(indicator.code()));
        assertSame(SdgTarget.T3_8, indicator.target());
        assertTrue(indicator.code().startsWith(indicator.target().code() + "."), indicator.code());
    }

    @Test
    void serviceCoverageIsAnIndexWhereHigherIsBetter() {
        assertEquals("3.8.1", COVERAGE.code());
        assertEquals("Coverage of essential health services", COVERAGE.title());
        assertSame(IndicatorUnit.INDEX, COVERAGE.unit());
        assertEquals(BigDecimal.ZERO, COVERAGE.minimum());
        assertEquals(BigDecimal.valueOf(100), COVERAGE.maximum());
        assertTrue(COVERAGE.higherIsBetter());
        assertFalse(COVERAGE.requiresThreshold());
        assertEquals(Set.of(), COVERAGE.thresholds());
        assertEquals(Optional.of("UHC_INDEX_REPORTED"), COVERAGE.whoGhoCode());
        assertEquals(Optional.of("SH.UHC.SRVS.CV.XD"), COVERAGE.worldBankCode());
        assertEquals(List.of(Tracer.values()), COVERAGE.tracers());
    }

    @Test
    void catastrophicSpendingIsAPercentWhereLowerIsBetterAtBothThresholds() {
        assertEquals("3.8.2", SPENDING.code());
        assertTrue(SPENDING.title().startsWith("Proportion of population with large household expenditures on health"));
        assertSame(IndicatorUnit.PERCENT, SPENDING.unit());
        assertEquals(BigDecimal.ZERO, SPENDING.minimum());
        assertEquals(BigDecimal.valueOf(100), SPENDING.maximum());
        assertFalse(SPENDING.higherIsBetter());
        assertTrue(SPENDING.requiresThreshold());
        assertEquals(Set.of(SpendingThreshold.ABOVE_10_PERCENT, SpendingThreshold.ABOVE_25_PERCENT),
            SPENDING.thresholds());
        assertEquals(Optional.empty(), SPENDING.whoGhoCode());
        assertEquals(Optional.empty(), SPENDING.worldBankCode());
        assertEquals(List.of(), SPENDING.tracers());
    }

    @Test
    void theUnSeriesDependsOnTheThreshold() {
        assertEquals(Optional.of("SH_ACS_UNHC"), COVERAGE.unSeriesCode(Optional.empty()));
        assertEquals(Optional.empty(), COVERAGE.unSeriesCode(Optional.of(SpendingThreshold.ABOVE_10_PERCENT)));
        assertEquals(Optional.of("SH_XPD_EARN10"), SPENDING.unSeriesCode(Optional.of(SpendingThreshold.ABOVE_10_PERCENT)));
        assertEquals(Optional.of("SH_XPD_EARN25"), SPENDING.unSeriesCode(Optional.of(SpendingThreshold.ABOVE_25_PERCENT)));
        assertEquals(Optional.empty(), SPENDING.unSeriesCode(Optional.empty()));
    }

    @Test
    void collectionsCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> SPENDING.thresholds().clear());
        assertThrows(UnsupportedOperationException.class, () -> COVERAGE.tracers().clear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "42.8", "74.1", "100", "100.00"})
    void valuesFromZeroToOneHundredAreAccepted(String value) {
        for (SdgIndicator indicator : SdgIndicator.values()) {
            assertTrue(indicator.accepts(new BigDecimal(value)), indicator + " " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "-1", "100.1", "100.0001", "1000"})
    void valuesOutsideZeroToOneHundredAreRefused(String value) {
        for (SdgIndicator indicator : SdgIndicator.values()) {
            assertFalse(indicator.accepts(new BigDecimal(value)), indicator + " " + value);
        }
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> SdgIndicator.fromCode("3.8.3"), "", "unknown-code")).message();
        assertTrue(message.contains("3.8.1, 3.8.2"), message);
    }

    @Test
    void queriesRefuseNull() {
        assertEquals("value", assertThrows(NullPointerException.class, () -> COVERAGE.accepts(null)).getMessage());
        assertEquals("threshold", assertThrows(NullPointerException.class, () -> SPENDING.unSeriesCode(null))
            .getMessage());
    }
}
