package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;

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
    void missingDateIsRefused() {
        assertBroken(() -> ReportedDate.stated(null), "date", "required");
        assertBroken(() -> ReportedDate.of(null, DateBasis.INFERRED), "date", "required");
    }

    @Test
    void missingBasisIsRefused() {
        assertBroken(() -> ReportedDate.of(YEAR_2024, null), "basis", "required");
    }

    @Test
    void everyMissingArgumentIsReportedAtOnce() {
        assertBrokenAll(() -> ReportedDate.of(null, null), "basis required", "date required");
    }
}
