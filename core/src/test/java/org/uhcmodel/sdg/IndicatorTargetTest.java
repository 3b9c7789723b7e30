package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.area.Area;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

class IndicatorTargetTest {

    private static final Citation STRATEGY = Citation.of(EntityId.of("dz-national-health-strategy"), "section 3");

    /** An illustrative 3.8.1 target for Algeria: from 74 in 2021 to 80 by 2030, through 77 in 2025. */
    static IndicatorTarget.Builder algeriaCoverage() {
        return IndicatorTarget.builder()
            .id(EntityId.of("dz-uhc-sci-target-2030"))
            .indicator(SdgIndicators.SERVICE_COVERAGE)
            .area(Area.of("DZ"))
            .kind(TargetKind.LEVEL)
            .targetValue(new BigDecimal("80"))
            .targetYear(2030)
            .baseline(DatedValue.of(2021, new BigDecimal("74")))
            .addMilestone(DatedValue.of(2025, new BigDecimal("77")))
            .setBy(EntityId.of("dz-national-health-strategy"))
            .addCitation(STRATEGY);
    }

    /** An illustrative ceiling: at most 5% of Ivorians facing financial hardship (3.8.2, 2025) by 2030. */
    static IndicatorTarget.Builder hardshipCeiling() {
        return IndicatorTarget.builder()
            .id(EntityId.of("ci-financial-hardship-ceiling-2030"))
            .indicator(SdgIndicators.FINANCIAL_PROTECTION)
            .series(SeriesCode.of("SH_OOP_XPD_EARNNET40"))
            .area(Area.of("CI"))
            .kind(TargetKind.CEILING)
            .targetValue(new BigDecimal("5"))
            .targetYear(2030);
    }

    @Test
    void aTargetKeepsItsKindBaselineMilestonesAndPlan() {
        IndicatorTarget target = algeriaCoverage().build();
        assertEquals(IndicatorCode.of("3.8.1"), target.indicator());
        assertEquals(TargetKind.LEVEL, target.kind());
        assertEquals(Optional.of(DatedValue.of(2021, new BigDecimal("74"))), target.baseline());
        assertEquals(List.of(DatedValue.of(2025, new BigDecimal("77"))), target.milestones());
        assertEquals(Optional.of(EntityId.of("dz-national-health-strategy")), target.setBy());
        assertEquals(target, IndicatorTarget.builder().from(target).build());
        assertWarned(IndicatorTarget.class, target);
    }

    @Test
    void aCeilingOnFinancialHardshipIsATarget() {
        IndicatorTarget ceiling = hardshipCeiling().build();
        assertEquals(TargetKind.CEILING, ceiling.kind());
        assertWarned(IndicatorTarget.class, ceiling);
    }

    @Test
    void targetsMayBeSetOnAnyIndicatorAndForAnyBreakdown() {
        IndicatorTarget floor = IndicatorTarget.builder().id(EntityId.of("mr-dtp3-floor"))
            .indicator(SdgIndicators.of(Tracer.CHILD_IMMUNISATION)).area(Area.of("MR")).kind(TargetKind.FLOOR)
            .targetValue(new BigDecimal("90")).targetYear(2027)
            .addDimension(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.RURAL)).build();
        assertEquals(Set.of(Disaggregation.of("location", "rural")), floor.dimensions());
        IndicatorTarget national = IndicatorTarget.builder().id(EntityId.of("ci-cmu-2030"))
            .indicator(IndicatorCode.of("CI-CMU-1")).area(Area.of("CI")).kind(TargetKind.LEVEL)
            .targetValue(new BigDecimal("90")).targetYear(2030).build();
        assertEquals(IndicatorCode.of("CI-CMU-1"), national.indicator());
    }

    @Test
    void aChangeIsMeasuredFromTheBaseline() {
        IndicatorTarget fall = hardshipCeiling().kind(TargetKind.CHANGE).targetValue(new BigDecimal("-5"))
            .baseline(DatedValue.of(2019, new BigDecimal("12.3"))).build();
        assertWarned(IndicatorTarget.class, fall);
        assertWarned(IndicatorTarget.class, hardshipCeiling().kind(TargetKind.CHANGE).targetValue(new BigDecimal("-5"))
            .build(), "baseline indicator-target.change-without-baseline");
        assertBroken(() -> hardshipCeiling().kind(TargetKind.CHANGE).targetValue(new BigDecimal("-120")).build(),
            "targetValue", "indicator-target.value-range");
    }

    @Test
    void aTargetWorseThanItsBaselineIsBuiltWithAWarning() {
        assertWarned(IndicatorTarget.class, algeriaCoverage().targetValue(new BigDecimal("70")).milestones(List.of())
            .build(), "targetValue indicator-target.target-against-direction");
        assertWarned(IndicatorTarget.class, hardshipCeiling().kind(TargetKind.CHANGE).targetValue(new BigDecimal("2"))
            .baseline(DatedValue.of(2019, new BigDecimal("12.3"))).build(),
            "targetValue indicator-target.target-against-direction");
        assertWarned(IndicatorTarget.class, algeriaCoverage().targetValue(new BigDecimal("74")).milestones(List.of())
            .build());
    }

    @Test
    void aCeilingOnAnIndicatorThatShouldRiseIsBuiltWithAWarning() {
        assertWarned(IndicatorTarget.class, algeriaCoverage().kind(TargetKind.CEILING).build(),
            "kind indicator-target.kind-against-direction");
        assertWarned(IndicatorTarget.class, hardshipCeiling().kind(TargetKind.FLOOR).build(),
            "kind indicator-target.kind-against-direction");
    }

    @Test
    void theTargetYearComesAfterTheBaseline() {
        assertBrokenAll(() -> algeriaCoverage().targetYear(2021).build(),
            "milestones[0].year indicator-target.milestone-order",
            "targetYear indicator-target.target-before-baseline");
    }

    @Test
    void milestonesComeInOrderBetweenTheBaselineAndTheTargetYear() {
        assertBroken(() -> algeriaCoverage().addMilestone(DatedValue.of(2024, new BigDecimal("76"))).build(),
            "milestones[1].year", "indicator-target.milestone-order");
        assertBroken(() -> algeriaCoverage().milestones(List.of(DatedValue.of(2020, new BigDecimal("73")))).build(),
            "milestones[0].year", "indicator-target.milestone-order");
        assertBroken(() -> algeriaCoverage().milestones(List.of(DatedValue.of(2030, new BigDecimal("80")))).build(),
            "milestones[0].year", "indicator-target.milestone-order");
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101})
    void aTargetYearOutsideNineteenHundredToTwentyOneHundredIsRefused(int year) {
        assertBroken(() -> hardshipCeiling().targetYear(year).build(), "targetYear", "indicator-target.year-range");
    }

    @Test
    void valuesOutsideTheRangeAreRefusedWhereverTheyAre() {
        assertBrokenAll(() -> algeriaCoverage().targetValue(new BigDecimal("101"))
                .baseline(DatedValue.of(2021, new BigDecimal("-1")))
                .milestones(List.of(DatedValue.of(2025, new BigDecimal("150")))).build(),
            "baseline.value indicator-target.value-range", "milestones[0].value indicator-target.value-range",
            "targetValue indicator-target.value-range");
    }

    @Test
    void aTargetOfThreeEightTwoNamesItsSeries() {
        assertBroken(() -> IndicatorTarget.builder().from(hardshipCeiling().build()).series(SeriesCode.of("X"))
            .build(), "series", "indicator-target.unknown-series");
        IndicatorTarget.Builder withoutSeries = IndicatorTarget.builder().id(EntityId.of("x"))
            .indicator(SdgIndicators.FINANCIAL_PROTECTION).area(Area.of("CI")).kind(TargetKind.CEILING)
            .targetValue(BigDecimal.ONE).targetYear(2030);
        assertBroken(withoutSeries::build, "series", "indicator-target.series-required");
    }

    @Test
    void oneCategoryPerDimensionAndSubnationalAreasInACountry() {
        assertBroken(() -> hardshipCeiling().addDimension(Disaggregation.of("sex", "female"))
            .addDimension(Disaggregation.of("sex", "male")).build(), "dimensions",
            "indicator-target.dimension-repeated");
        assertBroken(() -> hardshipCeiling().area(Area.WORLD).subnationalArea(EntityId.of("ci-abidjan")).build(),
            "subnationalArea", "indicator-target.subnational-area-country");
    }

    @Test
    void aDeclaredIndicatorIsCheckedAgainstItsDefinition() {
        Indicator cmu = IndicatorTest.cmuEnrolment().build();
        IndicatorTarget target = IndicatorTarget.builder().id(EntityId.of("ci-cmu-2030")).indicator(cmu)
            .area(Area.of("CI")).kind(TargetKind.CEILING).targetValue(new BigDecimal("120")).targetYear(2030)
            .build();
        assertEquals(List.of("targetValue indicator-target.value-range"), target.conformity(cmu).stream()
            .map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()));
        assertEquals(List.of("kind indicator-target.kind-against-direction"), target.warningsAgainst(cmu).stream()
            .map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()));
        assertNullRefused(() -> target.conformity(null), "indicator");
    }

    @Test
    void requiredValuesAreReportedAtOnce() {
        assertBrokenAll(() -> IndicatorTarget.builder().build(), "area required", "id required",
            "indicator required", "kind required", "targetValue required", "targetYear required");
    }

    @Test
    void aTargetIsAnEntitySetByAProgrammeOrAnAgreement() {
        assertEquals(Optional.of(EntityKind.TARGET), ModelTypes.of(IndicatorTarget.class).entityKind());
        assertEquals(Set.of(EntityKind.PROGRAMME, EntityKind.AGREEMENT),
            ModelTypes.of(IndicatorTarget.class).property("setBy").orElseThrow().references());
        assertTrue(ModelTypes.of(IndicatorTarget.class).property("subnationalArea").orElseThrow().references()
            .contains(EntityKind.AREA));
    }
}
