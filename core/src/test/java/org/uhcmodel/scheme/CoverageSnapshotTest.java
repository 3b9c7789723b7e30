package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.ReportedDate;

class CoverageSnapshotTest {

    private static final ReportedDate JULY_2024 = ReportedDate.stated(PartialDate.of(2024, 7));
    private static final Citation AIP_NOTE = Citation.of(EntityId.of("src-002"), "paragraph 2");

    private static CoverageSnapshot.Builder inJuly() {
        return CoverageSnapshot.builder().date(JULY_2024);
    }

    @Test
    void holdsEveryAttribute() {
        CoverageSnapshot snapshot =
            inJuly().enrolled(3_500_000L).targetPopulation(29_000_000L).addCitation(AIP_NOTE).build();
        assertEquals(JULY_2024, snapshot.date());
        assertEquals(Optional.of(3_500_000L), snapshot.enrolled());
        assertEquals(Optional.of(29_000_000L), snapshot.targetPopulation());
        assertEquals(List.of(AIP_NOTE), snapshot.citations());
        assertTrue(snapshot.toString().contains("3500000"), snapshot.toString());
    }

    @Test
    void isEqualByValue() {
        CoverageSnapshot one = inJuly().enrolled(100L).build();
        CoverageSnapshot same = CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.parse("2024-07")))
            .enrolled(100L).build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, inJuly().targetPopulation(100L).build());
    }

    @Test
    void eitherFigureAloneIsEnough() {
        assertEquals(Optional.empty(), inJuly().enrolled(0L).build().targetPopulation());
        assertEquals(Optional.empty(), inJuly().targetPopulation(0L).build().enrolled());
    }

    @Test
    void theWholeTargetPopulationMayBeEnrolled() {
        CoverageSnapshot snapshot = inJuly().enrolled(500L).targetPopulation(500L).build();
        assertEquals(Optional.of(500L), snapshot.enrolled());
        assertWarned(CoverageSnapshot.class, snapshot);
    }

    @Test
    void dateIsRequired() {
        assertBroken(() -> CoverageSnapshot.builder().enrolled(10L).build(), "date", "required");
    }

    @Test
    void enrolledIsNotNegative() {
        assertBroken(() -> inJuly().enrolled(-1L).build(), "enrolled", "positive-or-zero");
    }

    @Test
    void targetPopulationIsNotNegative() {
        assertBroken(() -> inJuly().targetPopulation(-1L).build(), "targetPopulation", "positive-or-zero");
    }

    @Test
    void moreEnrolledThanTheTargetPopulationIsBuiltWithAWarning() {
        CoverageSnapshot snapshot = inJuly().enrolled(501L).targetPopulation(500L).build();
        assertEquals(Optional.of(501L), snapshot.enrolled());
        List<Violation> warnings =
            assertWarned(CoverageSnapshot.class, snapshot, "enrolled coverage-snapshot.enrolled-exceeds-target");
        assertEquals(Optional.of(501L), warnings.get(0).invalidValue());
    }

    @Test
    void aSnapshotGivesAtLeastOneFigure() {
        assertBroken(() -> inJuly().addCitation(AIP_NOTE).build(), "", "coverage-snapshot.empty");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> inJuly().date(null), "date");
        assertNullRefused(() -> inJuly().addCitation(null), "citations");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertBrokenAll(() -> CoverageSnapshot.builder().enrolled(10L).targetPopulation(-5L).build(),
            "date required",
            "targetPopulation positive-or-zero");
    }
}
