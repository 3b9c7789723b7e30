package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks how each SDG 3.8 indicator is measured: its unit, range and direction, the spending thresholds it is
 * reported at, its tracers and the codes of its series in the UN, WHO and World Bank databases.
 */
class IndicatorMeasurementTest {

    private static final SdgIndicator COVERAGE = SdgIndicator.UHC_SERVICE_COVERAGE;
    private static final SdgIndicator SPENDING = SdgIndicator.CATASTROPHIC_SPENDING;

    @ParameterizedTest
    @EnumSource(SdgIndicator.class)
    void everyIndicatorMeasuresTargetThreePointEight(SdgIndicator indicator) {
        assertSame(SdgTarget.T3_8, indicator.target());
        assertTrue(indicator.code().startsWith(indicator.target().code() + "."), indicator.code());
        assertEquals(indicator.label(), indicator.title());
    }

    @Test
    void serviceCoverageIsAnIndexWhereHigherIsBetter() {
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
        assertEquals(Optional.of("SH_XPD_EARN10"),
            SPENDING.unSeriesCode(Optional.of(SpendingThreshold.ABOVE_10_PERCENT)));
        assertEquals(Optional.of("SH_XPD_EARN25"),
            SPENDING.unSeriesCode(Optional.of(SpendingThreshold.ABOVE_25_PERCENT)));
        assertEquals(Optional.empty(), SPENDING.unSeriesCode(Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(SpendingThreshold.class)
    void aThresholdIsTheShareOfSpendingItsCodeNames(SpendingThreshold threshold) {
        assertEquals(0, threshold.percent().compareTo(new BigDecimal(threshold.code())));
        assertTrue(threshold.label().contains(threshold.code() + "%"), threshold.label());
    }

    @Test
    void thresholdsAreTenAndTwentyFivePercentWithTheirUnSeries() {
        assertEquals(BigDecimal.TEN, SpendingThreshold.ABOVE_10_PERCENT.percent());
        assertEquals("SH_XPD_EARN10", SpendingThreshold.ABOVE_10_PERCENT.unSeriesCode());
        assertEquals(new BigDecimal("25"), SpendingThreshold.ABOVE_25_PERCENT.percent());
        assertEquals("SH_XPD_EARN25", SpendingThreshold.ABOVE_25_PERCENT.unSeriesCode());
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
    void queriesRefuseNull() {
        assertEquals("value", assertThrows(NullPointerException.class, () -> COVERAGE.accepts(null)).getMessage());
        assertEquals("threshold", assertThrows(NullPointerException.class, () -> SPENDING.unSeriesCode(null))
            .getMessage());
    }
}
