package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.ModelViolationException;

class PeriodTest {

    private static final PartialDate YEAR_2024 = PartialDate.of(2024);
    private static final PartialDate JUNE_2024 = PartialDate.of(2024, 6);
    private static final PartialDate JULY_23_2024 = PartialDate.of(2024, 7, 23);
    private static final PartialDate YEAR_2026 = PartialDate.of(2026);

    @Test
    void periodWithBothBounds() {
        Period period = Period.of(YEAR_2024, YEAR_2026);
        assertEquals(Optional.of(YEAR_2024), period.start());
        assertEquals(Optional.of(YEAR_2026), period.end());
        assertEquals(period, Period.builder().start(YEAR_2024).end(YEAR_2026).build());
        assertEquals(period.hashCode(), Period.of(YEAR_2024, YEAR_2026).hashCode());
        assertTrue(period.toString().contains("2024") && period.toString().contains("2026"), period.toString());
    }

    @Test
    void periodWithOnlyAStart() {
        Period period = Period.starting(JULY_23_2024);
        assertEquals(Optional.of(JULY_23_2024), period.start());
        assertEquals(Optional.empty(), period.end());
        assertEquals(period, Period.builder().start(JULY_23_2024).build());
    }

    @Test
    void periodWithOnlyAnEnd() {
        Period period = Period.ending(YEAR_2026);
        assertEquals(Optional.empty(), period.start());
        assertEquals(Optional.of(YEAR_2026), period.end());
        assertNotEquals(Period.starting(YEAR_2026), period);
    }

    @Test
    void sameDateAsStartAndEndIsAllowed() {
        assertEquals(Optional.of(JULY_23_2024), Period.of(JULY_23_2024, JULY_23_2024).end());
        assertEquals(Optional.of(YEAR_2024), Period.of(YEAR_2024, YEAR_2024).end());
    }

    @Test
    void overlappingPartialBoundsAreAllowed() {
        assertEquals(Optional.of(JUNE_2024), Period.of(YEAR_2024, JUNE_2024).end());
        assertEquals(Optional.of(YEAR_2024), Period.of(JUNE_2024, YEAR_2024).end());
        assertEquals(Optional.of(JUNE_2024), Period.of(PartialDate.of(2024, 6, 30), JUNE_2024).end());
    }

    @Test
    void periodWithNeitherBoundIsRefused() {
        ModelViolationException ex = assertBroken(() -> Period.builder().build(), "", "period.empty");
        assertEquals("Period", ex.typeName());
        assertEquals(Optional.empty(), only(ex).invalidValue());
    }

    @Test
    void endBeforeStartIsRefused() {
        ModelViolationException ex = assertBroken(() -> Period.of(YEAR_2026, YEAR_2024), "end", "period.end-before-start");
        assertEquals(Optional.of(YEAR_2024), only(ex).invalidValue());
        assertBroken(() -> Period.of(PartialDate.of(2024, 7, 24), JULY_23_2024), "end", "period.end-before-start");
        assertBroken(() -> Period.of(PartialDate.of(2024, 7), JUNE_2024), "end", "period.end-before-start");
    }

    @Test
    void mayContainTakesPartialBoundsAtTheirWidest() {
        Period period = Period.of(YEAR_2024, JUNE_2024);
        assertTrue(period.mayContain(LocalDate.of(2024, 1, 1)));
        assertTrue(period.mayContain(LocalDate.of(2024, 6, 30)));
        assertFalse(period.mayContain(LocalDate.of(2023, 12, 31)));
        assertFalse(period.mayContain(LocalDate.of(2024, 7, 1)));
    }

    @Test
    void openBoundsMayContainAnyDayOnTheirSide() {
        assertTrue(Period.starting(JULY_23_2024).mayContain(LocalDate.of(9999, 12, 31)));
        assertFalse(Period.starting(JULY_23_2024).mayContain(LocalDate.of(2024, 7, 22)));
        assertTrue(Period.ending(YEAR_2024).mayContain(LocalDate.of(1, 1, 1)));
        assertFalse(Period.ending(YEAR_2024).mayContain(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void factoriesRefuseANullBoundAtOnce() {
        assertNullRefused(() -> Period.of(null, PartialDate.of(2024)), "start");
        assertNullRefused(() -> Period.of(PartialDate.of(2024), null), "end");
        assertNullRefused(() -> Period.starting(null), "start");
        assertNullRefused(() -> Period.ending(null), "end");
    }

    @Test
    void theEmptyPeriodAndABackwardPeriodAreDistinctFaults() {
        assertBrokenAll(() -> Period.builder().from(Period.starting(YEAR_2026)).end(YEAR_2024).build(),
            "end period.end-before-start");
    }

    @Test
    void mayContainRefusesANullDay() {
        NullPointerException ex = assertThrows(NullPointerException.class,
            () -> Period.starting(PartialDate.of(2024)).mayContain(null));
        assertEquals("date", ex.getMessage());
    }
}
