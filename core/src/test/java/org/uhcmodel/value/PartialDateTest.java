package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class PartialDateTest {

    private static final PartialDate YEAR_2024 = PartialDate.of(2024);
    private static final PartialDate FEBRUARY_2024 = PartialDate.of(2024, 2);
    private static final PartialDate JULY_23_2024 = PartialDate.of(2024, 7, 23);

    @Test
    void aYearHasYearPrecisionAndNoMonthOrDay() {
        assertEquals(DatePrecision.YEAR, YEAR_2024.precision());
        assertEquals(2024, YEAR_2024.year());
        assertEquals(Optional.empty(), YEAR_2024.month());
        assertEquals(Optional.empty(), YEAR_2024.day());
        assertEquals("2024", YEAR_2024.toString());
    }

    @Test
    void aMonthHasMonthPrecisionAndNoDay() {
        assertEquals(DatePrecision.MONTH, FEBRUARY_2024.precision());
        assertEquals(2024, FEBRUARY_2024.year());
        assertEquals(Optional.of(2), FEBRUARY_2024.month());
        assertEquals(Optional.empty(), FEBRUARY_2024.day());
        assertEquals("2024-02", FEBRUARY_2024.toString());
    }

    @Test
    void aDayHasDayPrecisionAndEveryField() {
        assertEquals(DatePrecision.DAY, JULY_23_2024.precision());
        assertEquals(2024, JULY_23_2024.year());
        assertEquals(Optional.of(7), JULY_23_2024.month());
        assertEquals(Optional.of(23), JULY_23_2024.day());
        assertEquals("2024-07-23", JULY_23_2024.toString());
    }

    @Test
    void localDateAndYearMonthGiveDayAndMonthPrecision() {
        assertEquals(JULY_23_2024, PartialDate.of(LocalDate.of(2024, 7, 23)));
        assertEquals(FEBRUARY_2024, PartialDate.of(YearMonth.of(2024, 2)));
    }

    @Test
    void parseReadsEachPrecision() {
        assertEquals(YEAR_2024, PartialDate.parse("2024"));
        assertEquals(FEBRUARY_2024, PartialDate.parse("2024-02"));
        assertEquals(JULY_23_2024, PartialDate.parse("2024-07-23"));
    }

    @Test
    void yearsArePaddedToFourDigits() {
        assertEquals("0001", PartialDate.of(1).toString());
        assertEquals("0987-03", PartialDate.of(987, 3).toString());
        assertEquals("9999-12-31", PartialDate.of(9999, 12, 31).toString());
    }

    @Test
    void equalDatesHaveEqualHashCodes() {
        assertEquals(PartialDate.of(2024, 7, 23), JULY_23_2024);
        assertEquals(PartialDate.of(2024, 7, 23).hashCode(), JULY_23_2024.hashCode());
        assertNotEquals(PartialDate.of(2024, 7, 24), JULY_23_2024);
        assertNotEquals(PartialDate.of(2023), YEAR_2024);
        assertNotEquals(JULY_23_2024, null);
        assertNotEquals(JULY_23_2024, "2024-07-23");
    }

    @Test
    void aYearIsNotItsFirstMonthNorItsFirstDay() {
        assertNotEquals(PartialDate.of(2024), PartialDate.of(2024, 1));
        assertNotEquals(PartialDate.of(2024, 1), PartialDate.of(2024, 1, 1));
        assertNotEquals(PartialDate.of(2024), PartialDate.of(2024, 1, 1));
    }

    static Stream<PartialDate> roundTripTable() {
        return Stream.of(PartialDate.of(1), PartialDate.of(1, 1), PartialDate.of(1, 1, 1), PartialDate.of(999),
            PartialDate.of(1900, 2, 28), PartialDate.of(2000, 2, 29), PartialDate.of(2023, 11), PartialDate.of(2024),
            PartialDate.of(2024, 2, 29), PartialDate.of(2024, 12, 31), PartialDate.of(9999), PartialDate.of(9999, 12),
            PartialDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @MethodSource("roundTripTable")
    void parseReadsBackWhatToStringWrites(PartialDate date) {
        assertEquals(date, PartialDate.parse(date.toString()));
        assertEquals(date.toString(), PartialDate.parse(date.toString()).toString());
    }

    @Test
    void leapDayOfALeapYearExists() {
        assertEquals("2024-02-29", PartialDate.of(2024, 2, 29).toString());
        assertEquals("2024-02-29", PartialDate.parse("2024-02-29").toString());
    }

    @Test
    void leapDayOfACommonYearIsRefused() {
        ModelViolationException ex = assertBroken(() -> PartialDate.of(2023, 2, 29), "day", "partial-date.invalid-day");
        assertEquals("PartialDate", ex.typeName());
        assertEquals(Optional.of("2023-02-29"), only(ex).invalidValue());
        assertBroken(() -> PartialDate.parse("2023-02-29"), "day", "partial-date.invalid-day");
    }

    @Test
    void centuriesAreLeapOnlyWhenDivisibleBy400() {
        assertBroken(() -> PartialDate.of(1900, 2, 29), "day", "partial-date.invalid-day");
        assertEquals("2000-02-29", PartialDate.of(2000, 2, 29).toString());
    }

    @Test
    void dayBeyondTheMonthIsRefused() {
        assertBroken(() -> PartialDate.of(2024, 4, 31), "day", "partial-date.invalid-day");
        assertBroken(() -> PartialDate.parse("2024-01-32"), "day", "partial-date.invalid-day");
        assertBroken(() -> PartialDate.parse("2024-01-00"), "day", "partial-date.invalid-day");
    }

    @Test
    void monthZeroIsRefused() {
        assertBroken(() -> PartialDate.of(2024, 0), "month", "partial-date.month-range");
        assertBroken(() -> PartialDate.of(2024, 0, 1), "month", "partial-date.month-range");
        assertBroken(() -> PartialDate.parse("2024-00"), "month", "partial-date.month-range");
    }

    @Test
    void monthThirteenIsRefused() {
        assertBroken(() -> PartialDate.of(2024, 13), "month", "partial-date.month-range");
        assertBroken(() -> PartialDate.of(2024, 13, 1), "month", "partial-date.month-range");
        assertBroken(() -> PartialDate.parse("2024-13"), "month", "partial-date.month-range");
    }

    @Test
    void yearZeroIsRefused() {
        ModelViolationException ex = assertBroken(() -> PartialDate.of(0), "year", "partial-date.year-range");
        assertEquals(Optional.of(0), only(ex).invalidValue());
        assertBroken(() -> PartialDate.parse("0000"), "year", "partial-date.year-range");
        assertBroken(() -> PartialDate.of(0, 1, 1), "year", "partial-date.year-range");
    }

    @Test
    void yearTenThousandIsRefused() {
        assertBroken(() -> PartialDate.of(10000), "year", "partial-date.year-range");
        assertBroken(() -> PartialDate.of(10000, 1), "year", "partial-date.year-range");
        assertBroken(() -> PartialDate.of(LocalDate.of(10000, 1, 1)), "year", "partial-date.year-range");
    }

    @Test
    void negativeYearIsRefused() {
        assertBroken(() -> PartialDate.of(-1), "year", "partial-date.year-range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-1", "24", "2024-01-01T00:00", " 2024", "2024 ", "2024/01", "", "02024",
        "2024-01-1", "2024-", "+2024", "-2024", "2024-W01", "\u0662\u0660\u0662\u0664"})
    void malformedTextIsRefused(String text) {
        ModelViolationException ex = assertBroken(() -> PartialDate.parse(text), "", "partial-date.format");
        assertEquals(Optional.of(text), only(ex).invalidValue());
    }

    static Stream<Arguments> bounds() {
        return Stream.of(
            Arguments.of("2024", "2024-01-01", "2024-12-31"),
            Arguments.of("2024-02", "2024-02-01", "2024-02-29"),
            Arguments.of("2023-02", "2023-02-01", "2023-02-28"),
            Arguments.of("2024-04", "2024-04-01", "2024-04-30"),
            Arguments.of("2024-12", "2024-12-01", "2024-12-31"),
            Arguments.of("2024-07-23", "2024-07-23", "2024-07-23"));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void earliestAndLatestSpanEveryDayTheDateCanMean(String text, String earliest, String latest) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(LocalDate.parse(earliest), date.earliest());
        assertEquals(LocalDate.parse(latest), date.latest());
    }

    @Test
    void isDefinitelyBeforeOnlyWhenEveryDayIsEarlier() {
        assertTrue(PartialDate.of(2023).isDefinitelyBefore(YEAR_2024));
        assertTrue(PartialDate.of(2024, 1).isDefinitelyBefore(FEBRUARY_2024));
        assertTrue(PartialDate.of(2024, 1, 31).isDefinitelyBefore(FEBRUARY_2024));
        assertFalse(YEAR_2024.isDefinitelyBefore(FEBRUARY_2024));
        assertFalse(FEBRUARY_2024.isDefinitelyBefore(YEAR_2024));
        assertFalse(YEAR_2024.isDefinitelyBefore(YEAR_2024));
        assertFalse(PartialDate.of(2024, 2, 1).isDefinitelyBefore(FEBRUARY_2024));
        assertFalse(PartialDate.of(2024, 3).isDefinitelyBefore(FEBRUARY_2024));
        assertTrue(FEBRUARY_2024.isDefinitelyBefore(PartialDate.of(2024, 3, 1)));
    }

    @Test
    void containsEveryDayBetweenEarliestAndLatest() {
        assertTrue(FEBRUARY_2024.contains(LocalDate.of(2024, 2, 1)));
        assertTrue(FEBRUARY_2024.contains(LocalDate.of(2024, 2, 29)));
        assertFalse(FEBRUARY_2024.contains(LocalDate.of(2024, 1, 31)));
        assertFalse(FEBRUARY_2024.contains(LocalDate.of(2024, 3, 1)));
        assertTrue(YEAR_2024.contains(LocalDate.of(2024, 12, 31)));
        assertFalse(YEAR_2024.contains(LocalDate.of(2025, 1, 1)));
        assertTrue(JULY_23_2024.contains(LocalDate.of(2024, 7, 23)));
        assertFalse(JULY_23_2024.contains(LocalDate.of(2024, 7, 24)));
    }

    @Test
    void nullInputsAreRefusedAtOnce() {
        assertNullRefused(() -> PartialDate.parse(null), "text");
        assertNullRefused(() -> PartialDate.of((LocalDate) null), "date");
        assertNullRefused(() -> PartialDate.of((YearMonth) null), "yearMonth");
    }

    @Test
    void anInvalidDayIsReportedAsGiven() {
        assertEquals(Optional.of("2024-01-00"), only(assertBroken(() -> PartialDate.parse("2024-01-00"), "day",
            "partial-date.invalid-day")).invalidValue());
        assertEquals(Optional.of("0987-04-31"), only(assertBroken(() -> PartialDate.of(987, 4, 31), "day",
            "partial-date.invalid-day")).invalidValue());
        assertEquals(Optional.of(13), only(assertBroken(() -> PartialDate.parse("2024-13-01"), "month",
            "partial-date.month-range")).invalidValue());
    }

    @Test
    void isDefinitelyBeforeAgreesWithTheCalendarDaysEachDateCanMean() {
        PartialDate[] dates = {PartialDate.of(2023), PartialDate.of(2024), PartialDate.of(2024, 2),
            PartialDate.of(2024, 2, 29), PartialDate.of(2024, 3), PartialDate.of(2024, 3, 1),
            PartialDate.of(2023, 12, 31), PartialDate.of(2024, 12), PartialDate.of(2025, 1, 1)};
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                assertEquals(a.latest().isBefore(b.earliest()), a.isDefinitelyBefore(b), a + " " + b);
            }
        }
    }

    @Test
    void comparisonsRefuseNull() {
        assertEquals("other", assertThrows(NullPointerException.class,
            () -> PartialDate.of(2024).isDefinitelyBefore(null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> PartialDate.of(2024).contains(null))
            .getMessage());
    }
}
