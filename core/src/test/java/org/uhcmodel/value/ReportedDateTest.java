package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import org.junit.jupiter.api.Test;

class ReportedDateTest {

    private static final PartialDate JULY_23_2024 = PartialDate.of(2024, 7, 23);
    private static final PartialDate YEAR_2024 = PartialDate.of(2024);

    @Test
    void statedDate() {
        ReportedDate date = ReportedDate.stated(JULY_23_2024);
        assertEquals(JULY_23_2024, date.date());
        assertEquals(DateBasis.STATED, date.basis());
        assertEquals("2024-07-23", date.toString());
    }

    @Test
    void inferredDate() {
        ReportedDate date = ReportedDate.inferred(YEAR_2024);
        assertEquals(DateBasis.INFERRED, date.basis());
        assertEquals("2024 (inferred)", date.toString());
    }

    @Test
    void approximateDate() {
        ReportedDate date = ReportedDate.approximate(PartialDate.of(2024, 6));
        assertEquals(DateBasis.APPROXIMATE, date.basis());
        assertEquals("2024-06 (approximate)", date.toString());
        assertEquals(date, ReportedDate.of(PartialDate.of(2024, 6), DateBasis.APPROXIMATE));
    }

    @Test
    void reportedDatesAreEqualByDateAndBasis() {
        assertEquals(ReportedDate.stated(JULY_23_2024), ReportedDate.of(PartialDate.parse("2024-07-23"), DateBasis.STATED));
        assertEquals(ReportedDate.stated(JULY_23_2024).hashCode(), ReportedDate.stated(JULY_23_2024).hashCode());
        assertNotEquals(ReportedDate.stated(YEAR_2024), ReportedDate.inferred(YEAR_2024));
        assertNotEquals(ReportedDate.stated(YEAR_2024), ReportedDate.stated(PartialDate.of(2024, 1)));
        assertNotEquals(ReportedDate.stated(YEAR_2024), YEAR_2024);
    }

    @Test
    void nullArgumentsAreRefusedAtOnce() {
        assertNullRefused(() -> ReportedDate.stated(null), "date");
        assertNullRefused(() -> ReportedDate.inferred(null), "date");
        assertNullRefused(() -> ReportedDate.approximate(null), "date");
        assertNullRefused(() -> ReportedDate.of(null, DateBasis.INFERRED), "date");
        assertNullRefused(() -> ReportedDate.of(YEAR_2024, null), "basis");
    }

    @Test
    void missingDateIsRefused() {
        assertBroken(() -> ReportedDate.builder().basis(DateBasis.STATED).build(), "date", "required");
    }

    @Test
    void everyMissingValueIsReportedAtOnce() {
        assertBrokenAll(() -> ReportedDate.builder().build(), "basis required", "date required");
    }
}
