package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpendingThresholdTest {

    @ParameterizedTest
    @EnumSource(SpendingThreshold.class)
    void everyThresholdIsFoundByItsCode(SpendingThreshold threshold) {
        assertSame(threshold, SpendingThreshold.fromCode(threshold.code()));
        assertEquals(0, threshold.percent().compareTo(new BigDecimal(threshold.code())));
        assertTrue(threshold.label().contains(threshold.code() + "%"), threshold.label());
    }

    @Test
    void thresholdsAreTenAndTwentyFivePercentWithTheirUnSeries() {
        assertEquals("10", SpendingThreshold.ABOVE_10_PERCENT.code());
        assertEquals(BigDecimal.TEN, SpendingThreshold.ABOVE_10_PERCENT.percent());
        assertEquals("SH_XPD_EARN10", SpendingThreshold.ABOVE_10_PERCENT.unSeriesCode());
        assertEquals("25", SpendingThreshold.ABOVE_25_PERCENT.code());
        assertEquals(new BigDecimal("25"), SpendingThreshold.ABOVE_25_PERCENT.percent());
        assertEquals("SH_XPD_EARN25", SpendingThreshold.ABOVE_25_PERCENT.unSeriesCode());
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> SpendingThreshold.fromCode("40"), "", "unknown-code")).message();
        assertTrue(message.contains("10, 25"), message);
    }

    @Test
    void aPercentSignIsNotPartOfTheCode() {
        assertBroken(() -> SpendingThreshold.fromCode("10%"), "", "unknown-code");
    }
}
