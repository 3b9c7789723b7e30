package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferencePeriodTest {

    @Test
    void aYearIsAPeriodOfOneYear() {
        ReferencePeriod year = ReferencePeriod.parse("2021");
        assertEquals(2021, year.startYear());
        assertEquals(2021, year.endYear());
        assertTrue(year.isYear());
        assertEquals("2021", year.toString());
        assertEquals(ReferencePeriod.ofYear(2021), year);
    }

    @Test
    void aSpanOfSurveyYearsIsWrittenStartSlashEnd() {
        ReferencePeriod span = ReferencePeriod.parse("2014/2016");
        assertEquals(2014, span.startYear());
        assertEquals(2016, span.endYear());
        assertFalse(span.isYear());
        assertTrue(span.contains(2015));
        assertFalse(span.contains(2017));
        assertEquals("2014/2016", span.toString());
        assertEquals(ReferencePeriod.of(2014, 2016), span);
    }

    @Test
    void aValueOfHouseholdSpendingBefore2000IsAccepted() {
        assertEquals(1995, ReferencePeriod.ofYear(1995).startYear());
        assertEquals(1900, ReferencePeriod.ofYear(1900).startYear());
        assertEquals(2100, ReferencePeriod.ofYear(2100).startYear());
    }

    @Test
    void periodsAreOrderedByStartThenEnd() {
        assertTrue(ReferencePeriod.ofYear(2014).compareTo(ReferencePeriod.of(2014, 2016)) < 0);
        assertTrue(ReferencePeriod.of(2014, 2016).compareTo(ReferencePeriod.ofYear(2015)) < 0);
        assertNotEquals(ReferencePeriod.ofYear(2014), ReferencePeriod.of(2014, 2016));
        assertEquals(ReferencePeriod.ofYear(2014).hashCode(), ReferencePeriod.parse("2014").hashCode());
        assertNotEquals(ReferencePeriod.ofYear(2014), "2014");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "21", "2021-2022", "2021/22", "2021/", "/2021", "20x1", "2021.0", " 2021"})
    void textOfNeitherFormIsRefused(String text) {
        assertBroken(() -> ReferencePeriod.parse(text), "", "reference-period.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899", "2101", "1899/1905"})
    void yearsOutsideNineteenHundredToTwentyOneHundredAreRefused(String text) {
        assertBroken(() -> ReferencePeriod.parse(text), "", "reference-period.year-range");
    }

    @Test
    void aSpanMustEndAfterItStarts() {
        assertBroken(() -> ReferencePeriod.parse("2016/2014"), "", "reference-period.order");
        assertBroken(() -> ReferencePeriod.of(2016, 2016), "", "reference-period.order");
        assertBrokenAll(() -> ReferencePeriod.of(2200, 2100), " reference-period.order",
            " reference-period.year-range");
    }

    @Test
    void nullIsRefused() {
        assertNullRefused(() -> ReferencePeriod.parse(null), "text");
    }
}
