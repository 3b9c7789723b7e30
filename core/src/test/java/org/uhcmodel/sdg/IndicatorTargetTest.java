package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;

class IndicatorTargetTest {

    private static final Citation STRATEGY = Citation.of(EntityId.of("dz-national-health-strategy"), "section 3");
    private static final CountryCode ALGERIA = CountryCode.of("DZ");
    private static final CountryCode MAURITANIA = CountryCode.of("MR");
    private static final Place ORAN = Place.of(
        LocalizedText.builder().putEntry("fr", "Wilaya d'Oran").putEntry("ar", "ولاية وهران").build(), ALGERIA);
    private static final Place NOUAKCHOTT = Place.of(LocalizedText.of("fr", "Nouakchott"), MAURITANIA);

    /** An illustrative 3.8.1 target for Algeria: from the 2021 value of 74.1 to 80 by 2030. */
    private static IndicatorTarget.Builder algeriaCoverage() {
        return IndicatorTarget.builder()
            .id(EntityId.of("dz-uhc-sci-target-2030"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE)
            .country(ALGERIA)
            .baselineYear(2021)
            .baselineValue(new BigDecimal("74.1"))
            .targetValue(new BigDecimal("80"))
            .targetYear(2030)
            .addCitation(STRATEGY);
    }

    /** An illustrative 3.8.2 target for Mauritania, 5% by 2030, with neither threshold nor baseline yet. */
    private static IndicatorTarget.Builder spendingTarget() {
        return IndicatorTarget.builder()
            .id(EntityId.of("mr-large-health-spending-10-target-2030"))
            .indicator(SdgIndicator.CATASTROPHIC_SPENDING)
            .country(MAURITANIA)
            .targetValue(new BigDecimal("5"))
            .targetYear(2030);
    }

    /** An illustrative 3.8.2 target at 10% for Mauritania: from 7.5% in 2019 down to 5% by 2030. */
    private static IndicatorTarget.Builder mauritaniaSpending() {
        return spendingTarget()
            .threshold(SpendingThreshold.ABOVE_10_PERCENT)
            .baselineYear(2019)
            .baselineValue(new BigDecimal("7.5"));
    }

    /** A 3.8.1 target with no baseline. */
    private static IndicatorTarget.Builder withoutBaseline() {
        return IndicatorTarget.builder()
            .id(EntityId.of("dz-uhc-sci-target-2030"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE)
            .country(ALGERIA)
            .targetValue(new BigDecimal("80"))
            .targetYear(2030);
    }

    @Test
    void aTargetKeepsWhatItWasBuiltWith() {
        IndicatorTarget target = algeriaCoverage().build();
        assertEquals(EntityId.of("dz-uhc-sci-target-2030"), target.id());
        assertSame(SdgIndicator.UHC_SERVICE_COVERAGE, target.indicator());
        assertEquals(Optional.empty(), target.threshold());
        assertEquals(ALGERIA, target.country());
        assertEquals(Optional.empty(), target.place());
        assertEquals(Optional.of(2021), target.baselineYear());
        assertEquals(Optional.of(new BigDecimal("74.1")), target.baselineValue());
        assertEquals(new BigDecimal("80"), target.targetValue());
        assertEquals(2030, target.targetYear());
        assertEquals(List.of(STRATEGY), target.citations());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(algeriaCoverage().build(), algeriaCoverage().build());
        assertEquals(algeriaCoverage().build().hashCode(), algeriaCoverage().build().hashCode());
        assertNotEquals(algeriaCoverage().build(), algeriaCoverage().targetYear(2029).build());
    }

    @Test
    void toStringNamesTheKeyData() {
        String text = algeriaCoverage().build().toString();
        assertTrue(text.contains("dz-uhc-sci-target-2030") && text.contains("DZ") && text.contains("74.1")
            && text.contains("80") && text.contains("2030"), text);
    }

    @Test
    void aTargetIsAnEntityWithoutWarningsWhenItAimsBetterThanTheBaseline() {
        assertEquals(Optional.of(EntityKind.TARGET), ModelTypes.of(IndicatorTarget.class).entityKind());
        assertWarned(IndicatorTarget.class, algeriaCoverage().build());
        assertWarned(IndicatorTarget.class, mauritaniaSpending().build());
        assertWarned(IndicatorTarget.class, withoutBaseline().targetValue(BigDecimal.ZERO).build());
    }

    @Test
    void aBuilderCopiesATarget() {
        IndicatorTarget target = algeriaCoverage().place(ORAN).build();
        assertEquals(target, IndicatorTarget.builder().from(target).build());
        assertEquals(2031, IndicatorTarget.builder().from(target).targetYear(2031).build().targetYear());
    }

    @Test
    void aLowerSpendingTargetAtAThresholdBuilds() {
        IndicatorTarget target = mauritaniaSpending().build();
        assertEquals(Optional.of(SpendingThreshold.ABOVE_10_PERCENT), target.threshold());
        assertEquals(List.of(), target.citations());
    }

    @Test
    void aBaselineIsOptional() {
        IndicatorTarget target = withoutBaseline().build();
        assertEquals(Optional.empty(), target.baselineYear());
        assertEquals(Optional.empty(), target.baselineValue());
    }

    @Test
    void aTargetMayHoldTheBaselineLevel() {
        IndicatorTarget coverage = algeriaCoverage().targetValue(new BigDecimal("74.10")).build();
        assertEquals("74.10", coverage.targetValue().toPlainString(), "the scale given is kept");
        assertWarned(IndicatorTarget.class, coverage);
        IndicatorTarget spending = mauritaniaSpending().targetValue(new BigDecimal("7.5")).build();
        assertEquals(new BigDecimal("7.5"), spending.targetValue());
        assertWarned(IndicatorTarget.class, spending);
    }

    @Test
    void aTargetMayCoverASubNationalPlace() {
        IndicatorTarget target = algeriaCoverage().place(ORAN).build();
        assertEquals("ولاية وهران", target.place().orElseThrow().name().in("ar").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100"})
    void theBoundsOfTheRangeAreAccepted(String value) {
        BigDecimal bound = new BigDecimal(value);
        assertEquals(bound, withoutBaseline().targetValue(bound).build().targetValue());
        assertEquals(Optional.of(bound),
            withoutBaseline().baselineYear(2021).baselineValue(bound).targetValue(bound).build().baselineValue());
    }

    @Test
    void theBoundsOfTheYearRangeAreAccepted() {
        IndicatorTarget target = algeriaCoverage().baselineYear(2000).targetYear(2100).build();
        assertEquals(Optional.of(2000), target.baselineYear());
        assertEquals(2100, target.targetYear());
    }

    @Test
    void anIdIsRequired() {
        assertBroken(() -> IndicatorTarget.builder().indicator(SdgIndicator.UHC_SERVICE_COVERAGE).country(ALGERIA)
            .targetValue(new BigDecimal("80")).targetYear(2030).build(), "id", "required");
    }

    @Test
    void anIndicatorIsRequired() {
        assertBroken(() -> IndicatorTarget.builder().id(EntityId.of("dz-uhc-sci-target-2030")).country(ALGERIA)
            .targetValue(new BigDecimal("80")).targetYear(2030).build(), "indicator", "required");
    }

    @Test
    void aCountryIsRequired() {
        assertBroken(() -> IndicatorTarget.builder().id(EntityId.of("dz-uhc-sci-target-2030"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE).targetValue(new BigDecimal("80")).targetYear(2030).build(),
            "country", "required");
    }

    @Test
    void aTargetValueIsRequired() {
        assertBroken(() -> IndicatorTarget.builder().id(EntityId.of("dz-uhc-sci-target-2030"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE).country(ALGERIA).targetYear(2030).build(),
            "targetValue", "required");
    }

    @Test
    void aTargetYearIsRequired() {
        assertBroken(() -> IndicatorTarget.builder().id(EntityId.of("dz-uhc-sci-target-2030"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE).country(ALGERIA).targetValue(new BigDecimal("80")).build(),
            "targetYear", "required");
    }

    @Test
    void aNullIsRefusedAtOnceNamingTheProperty() {
        assertNullRefused(() -> algeriaCoverage().id(null), "id");
        assertNullRefused(() -> algeriaCoverage().indicator(null), "indicator");
        assertNullRefused(() -> algeriaCoverage().threshold(null), "threshold");
        assertNullRefused(() -> algeriaCoverage().country(null), "country");
        assertNullRefused(() -> algeriaCoverage().place(null), "place");
        assertNullRefused(() -> algeriaCoverage().baselineYear(null), "baselineYear");
        assertNullRefused(() -> algeriaCoverage().baselineValue(null), "baselineValue");
        assertNullRefused(() -> algeriaCoverage().targetValue(null), "targetValue");
        assertNullRefused(() -> algeriaCoverage().targetYear(null), "targetYear");
        assertNullRefused(() -> algeriaCoverage().addCitation(null), "citations");
        assertNullRefused(() -> algeriaCoverage().addAllCitations(null), "citations");
        assertNullRefused(() -> algeriaCoverage().citations(null), "citations");
    }

    @Test
    void aTargetYearBefore2000IsRefused() {
        assertBroken(() -> withoutBaseline().targetYear(1999).build(), "targetYear", "indicator-target.year-range");
    }

    @Test
    void aTargetYearAfter2100IsRefused() {
        assertBroken(() -> algeriaCoverage().targetYear(2101).build(), "targetYear", "indicator-target.year-range");
    }

    @Test
    void aBaselineYearBefore2000IsRefused() {
        assertBroken(() -> algeriaCoverage().baselineYear(1999).build(), "baselineYear", "indicator-target.year-range");
    }

    @Test
    void aYearOutOfRangeIsReportedWithTheRulesMessage() {
        ModelViolationException ex = assertBroken(() -> withoutBaseline().targetYear(1999).build(), "targetYear",
            "indicator-target.year-range");
        assertEquals("year must be from 2000 to 2100", only(ex).message());
    }

    @Test
    void aBaselineYearAfter2100IsRefused() {
        assertBrokenAll(() -> algeriaCoverage().baselineYear(2101).build(),
            "baselineYear indicator-target.year-range",
            "targetYear indicator-target.target-before-baseline");
    }

    @Test
    void catastrophicSpendingNeedsAThreshold() {
        ModelViolationException ex = assertBroken(() -> spendingTarget().build(),
            "threshold", "indicator-target.threshold-required");
        assertEquals(Optional.empty(), only(ex).invalidValue(), "the missing threshold, not the target");
        assertEquals("indicator 3.8.2 is reported at a spending threshold, 10 or 25 percent", only(ex).message());
    }

    @Test
    void serviceCoverageTakesNoThreshold() {
        ModelViolationException ex = assertBroken(
            () -> algeriaCoverage().threshold(SpendingThreshold.ABOVE_10_PERCENT).build(), "threshold",
            "indicator-target.threshold-not-applicable");
        assertEquals("this indicator takes no spending threshold", only(ex).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.1"})
    void aTargetValueOutsideTheRangeIsRefused(String value) {
        assertBroken(() -> withoutBaseline().targetValue(new BigDecimal(value)).build(), "targetValue",
            "indicator-target.value-range");
        ModelViolationException ex = assertBroken(() -> spendingTarget().threshold(SpendingThreshold.ABOVE_10_PERCENT)
            .targetValue(new BigDecimal(value)).build(), "targetValue", "indicator-target.value-range");
        assertEquals("must lie within the indicator's range, from 0 to 100", only(ex).message());
    }

    @Test
    void aBaselineValueBelowZeroIsRefused() {
        ModelViolationException ex = assertBroken(() -> withoutBaseline().baselineYear(2021)
            .baselineValue(new BigDecimal("-0.1")).targetValue(BigDecimal.ZERO).build(), "baselineValue",
            "indicator-target.value-range");
        assertEquals(new BigDecimal("-0.1"), only(ex).invalidValue().orElseThrow());
    }

    @Test
    void aBaselineValueAboveOneHundredIsRefused() {
        assertBroken(() -> mauritaniaSpending().baselineValue(new BigDecimal("100.1"))
            .targetValue(new BigDecimal("100")).build(), "baselineValue", "indicator-target.value-range");
    }

    @Test
    void aPlaceMustLieInTheTargetsCountry() {
        ModelViolationException ex = assertBroken(() -> algeriaCoverage().place(NOUAKCHOTT).build(), "place.country",
            "indicator-target.place-country");
        assertEquals(MAURITANIA, only(ex).invalidValue().orElseThrow());
        assertEquals("the place must lie in the target's country", only(ex).message());
    }

    @Test
    void aBaselineYearNeedsAValue() {
        ModelViolationException ex = assertBroken(() -> withoutBaseline().baselineYear(2021).build(), "baselineYear",
            "indicator-target.baseline-incomplete");
        assertEquals("a baseline needs both a year and a value", only(ex).message());
    }

    @Test
    void aBaselineValueNeedsAYear() {
        assertBroken(() -> withoutBaseline().baselineValue(new BigDecimal("74.1")).build(), "baselineValue",
            "indicator-target.baseline-incomplete");
    }

    @ParameterizedTest
    @ValueSource(ints = {2021, 2020})
    void theTargetYearMustComeAfterTheBaselineYear(int targetYear) {
        ModelViolationException ex = assertBroken(() -> algeriaCoverage().targetYear(targetYear).build(),
            "targetYear", "indicator-target.target-before-baseline");
        assertEquals("the target year must come after the baseline year", only(ex).message());
    }

    @Test
    void aCoverageTargetBelowTheBaselineIsBuiltWithAWarning() {
        IndicatorTarget target = algeriaCoverage().targetValue(new BigDecimal("74.0")).build();
        Violation warning = assertWarned(IndicatorTarget.class, target,
            "targetValue indicator-target.target-against-direction").get(0);
        assertEquals(Optional.of(new BigDecimal("74.0")), warning.invalidValue());
        assertEquals("the target is worse than the baseline for the indicator's direction", warning.message());
    }

    @Test
    void aSpendingTargetAboveTheBaselineIsBuiltWithAWarning() {
        assertWarned(IndicatorTarget.class, mauritaniaSpending().targetValue(new BigDecimal("7.6")).build(),
            "targetValue indicator-target.target-against-direction");
    }

    @Test
    void aTargetAgainstTheDirectionIsNoErrorBesideAnother() {
        assertBroken(() -> algeriaCoverage().targetValue(new BigDecimal("74.0")).place(NOUAKCHOTT).build(),
            "place.country", "indicator-target.place-country");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertBrokenAll(() -> spendingTarget().place(ORAN).baselineYear(2030)
                .baselineValue(new BigDecimal("-1")).targetValue(new BigDecimal("100.1")).build(),
            "baselineValue indicator-target.value-range",
            "place.country indicator-target.place-country",
            "targetValue indicator-target.value-range",
            "targetYear indicator-target.target-before-baseline",
            "threshold indicator-target.threshold-required");
    }

    @Test
    void anEmptyBuilderReportsEveryMissingAttribute() {
        assertBrokenAll(() -> IndicatorTarget.builder().build(),
            "country required",
            "id required",
            "indicator required",
            "targetValue required",
            "targetYear required");
    }

    @Test
    void baselineAndTargetValuesAreBoundedDecimals() {
        assertBrokenAll(() -> algeriaCoverage().baselineValue(new BigDecimal("74.1000000000000000001"))
                .targetValue(new BigDecimal("80.0000000000000000000")).build(),
            "baselineValue decimal.digits", "targetValue decimal.digits");
    }
}
