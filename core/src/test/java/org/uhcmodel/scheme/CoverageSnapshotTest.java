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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Sex;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Place;
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
    void holdsActiveMembersRateDenominatorSourceAndRestrictions() {
        Citation census = Citation.of(EntityId.of("src-census"), "table 3");
        Place region = Place.of(LocalizedText.of("fr", "Abidjan"), CountryCode.of("CI"));
        CoverageSnapshot snapshot = inJuly().enrolled(1000L).active(600L).targetPopulation(2000L)
            .targetPopulationSource(census).rate(Percentage.of(30)).group(PopulationGroup.INFORMAL_SECTOR)
            .category("2").area(region).addDisaggregation(Disaggregation.of(DisaggregationDimension.SEX, Sex.FEMALE))
            .addDisaggregation(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.URBAN)).build();
        assertEquals(Optional.of(600L), snapshot.active());
        assertEquals(Optional.of(census), snapshot.targetPopulationSource());
        assertEquals(Optional.of(Percentage.of(30)), snapshot.rate());
        assertEquals(Optional.of(PopulationGroup.INFORMAL_SECTOR), snapshot.group());
        assertEquals(Optional.of("2"), snapshot.category());
        assertEquals(Optional.of(region), snapshot.area());
        assertEquals(Set.of(Disaggregation.of(DisaggregationDimension.SEX, Sex.FEMALE),
            Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.URBAN)), snapshot.disaggregation());
        assertWarned(CoverageSnapshot.class, snapshot);
    }

    @Test
    void aRateAloneIsAFigure() {
        assertEquals(Optional.of(Percentage.of(42)), inJuly().rate(Percentage.of(42)).build().rate());
        assertEquals(Optional.of(5L), inJuly().active(5L).build().active());
    }

    @Test
    void activeIsNotNegative() {
        assertBroken(() -> inJuly().active(-1L).build(), "active", "positive-or-zero");
    }

    @Test
    void aCategoryCodeIsNotBlank() {
        assertBroken(() -> inJuly().enrolled(1L).category("").build(), "category", "not-blank");
    }

    @Test
    void figuresAreRestrictedToOneGroupOfEachDimension() {
        assertBroken(() -> inJuly().enrolled(1L)
                .addDisaggregation(Disaggregation.of(DisaggregationDimension.SEX, Sex.FEMALE))
                .addDisaggregation(Disaggregation.of(DisaggregationDimension.SEX, Sex.MALE)).build(),
            "disaggregation", "coverage-snapshot.disaggregation-dimension");
    }

    @Test
    void moreActiveThanEnrolledIsBuiltWithAWarning() {
        CoverageSnapshot snapshot = inJuly().enrolled(100L).active(101L).build();
        assertWarned(CoverageSnapshot.class, snapshot, "active coverage-snapshot.active-exceeds-enrolled");
    }

    @Test
    void aRateFarFromTheFiguresIsBuiltWithAWarning() {
        CoverageSnapshot snapshot = inJuly().enrolled(1000L).active(500L).targetPopulation(10_000L)
            .rate(Percentage.of(25)).build();
        assertWarned(CoverageSnapshot.class, snapshot, "rate coverage-snapshot.rate-disagrees");
    }

    @Test
    void aRateWithinOnePointOfTheEnrolledOrTheActiveAgrees() {
        assertWarned(CoverageSnapshot.class, inJuly().enrolled(1000L).active(500L).targetPopulation(10_000L)
            .rate(Percentage.parse("10.9")).build());
        assertWarned(CoverageSnapshot.class, inJuly().enrolled(1000L).active(500L).targetPopulation(10_000L)
            .rate(Percentage.of(4)).build());
        assertWarned(CoverageSnapshot.class, inJuly().active(0L).targetPopulation(0L).rate(Percentage.of(4)).build());
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
