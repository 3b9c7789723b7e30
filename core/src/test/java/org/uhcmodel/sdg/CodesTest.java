package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The codes of indicators and series, written as text. */
class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"3.8.1", "3.8.1/family-planning", "3.8.2/large-not-impoverishing", "CI-CMU-1", "a",
        "IND_3.8.1"})
    void indicatorCodesOfLettersAndDigitsJoinedBySeparatorsAreRead(String text) {
        assertEquals(text, IndicatorCode.of(text).toString());
        assertEquals(IndicatorCode.of(text), IndicatorCode.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3..8", ".3", "3.8.", "3 8 1", "3.8.1/", "é", "3.8.1//x"})
    void malformedIndicatorCodesAreRefused(String text) {
        assertBroken(() -> IndicatorCode.of(text), "", "indicator-code.format");
    }

    @Test
    void anIndicatorCodeHasAtMostOneHundredCharacters() {
        assertEquals(100, IndicatorCode.of("a".repeat(100)).toString().length());
        assertBroken(() -> IndicatorCode.of("a".repeat(101)), "", "indicator-code.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SH_ACS_UNHC", "SH.UHC.SRVS.CV.XD", "UHC_INDEX_REPORTED", "M_Est_smk_curr_std",
        "SH_ACS_UNHC_25"})
    void seriesCodesOfThePublishersAreRead(String text) {
        assertEquals(text, SeriesCode.of(text).toString());
        assertEquals(SeriesCode.of(text), SeriesCode.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SH ACS", "SH__ACS", "SH/ACS", "_SH"})
    void malformedSeriesCodesAreRefused(String text) {
        assertBroken(() -> SeriesCode.of(text), "", "series-code.format");
    }

    @Test
    void codesAreComparedExactly() {
        assertNotEquals(IndicatorCode.of("a"), IndicatorCode.of("A"));
        assertEquals(IndicatorCode.of("3.8.1").hashCode(), IndicatorCode.of("3.8.1").hashCode());
        assertTrue(IndicatorCode.of("3.8.1").compareTo(IndicatorCode.of("3.8.2")) < 0);
        assertTrue(SeriesCode.of("SH_XPD_EARN10").compareTo(SeriesCode.of("SH_XPD_EARN25")) < 0);
        assertNotEquals(SeriesCode.of("X"), IndicatorCode.of("X"));
        assertNotEquals(IndicatorCode.of("X"), "X");
    }

    @Test
    void nullsAreRefused() {
        assertNullRefused(() -> IndicatorCode.of(null), "value");
        assertNullRefused(() -> IndicatorCode.parse(null), "text");
        assertNullRefused(() -> SeriesCode.of(null), "value");
        assertNullRefused(() -> SeriesCode.parse(null), "text");
    }
}
