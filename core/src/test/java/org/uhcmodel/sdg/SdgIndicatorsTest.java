package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.value.Direction;

/** The built-in indicators of SDG target 3.8, as the UN, WHO and the World Bank publish them. */
class SdgIndicatorsTest {

    private static final Indicator COVERAGE = SdgIndicators.SERVICE_COVERAGE;
    private static final Indicator PROTECTION = SdgIndicators.FINANCIAL_PROTECTION;

    @Test
    void serviceCoverageIsAnIndexFromZeroToOneHundredThatShouldRise() {
        assertEquals("3.8.1", COVERAGE.code().toString());
        assertEquals("Coverage of essential health services", COVERAGE.name().in("en").orElseThrow());
        assertSame(IndicatorUnit.INDEX, COVERAGE.unit());
        assertEquals(Optional.of(BigDecimal.ZERO), COVERAGE.minimum());
        assertEquals(Optional.of(BigDecimal.valueOf(100)), COVERAGE.maximum());
        assertEquals(Optional.of(Direction.INCREASE), COVERAGE.direction());
        assertEquals(Optional.of(SdgTarget.T3_8), COVERAGE.sdgTarget());
        assertEquals(List.of("2017", "2019", "2021", "2023", "2025"),
            COVERAGE.editions().stream().map(MethodEdition::code).collect(Collectors.toList()));
        assertFalse(COVERAGE.requiresSeries());
    }

    @ParameterizedTest
    @CsvSource({"SH_ACS_UNHC, UN_SDG_GLOBAL_DATABASE, ", "SH_ACS_UNHC_25, UN_SDG_GLOBAL_DATABASE, 2025",
        "UHC_INDEX_REPORTED, WHO_GHO, ", "SH.UHC.SRVS.CV.XD, WORLD_BANK_WDI, "})
    void serviceCoverageIsPublishedByTheUnWhoAndTheWorldBank(String code, SeriesPublisher publisher, String edition) {
        IndicatorSeries series = COVERAGE.findSeries(SeriesCode.of(code)).orElseThrow();
        assertSame(publisher, series.publisher());
        assertEquals(Optional.ofNullable(edition), series.edition());
        assertEquals(Optional.of(COVERAGE), SdgIndicators.findBySeries(SeriesCode.of(code)));
    }

    @Test
    void indicatorThreeEightTwoHasItsTwoDefinitions() {
        assertEquals("3.8.2", PROTECTION.code().toString());
        assertTrue(PROTECTION.name().in("en").orElseThrow().contains("exceeding 40 per cent of household "
            + "discretionary budget"));
        assertEquals(Optional.of(Direction.DECREASE), PROTECTION.direction());
        assertSame(IndicatorUnit.PERCENT, PROTECTION.unit());
        assertTrue(PROTECTION.findEdition("2017").orElseThrow().description()
            .contains("large household expenditures on health"));
        assertTrue(PROTECTION.findEdition("2025").orElseThrow().description().contains("discretionary budget"));
        assertTrue(PROTECTION.requiresSeries());
    }

    @ParameterizedTest
    @CsvSource({"SH_XPD_EARN10, 2017, TOTAL_EXPENDITURE_OR_INCOME, 10",
        "SH_XPD_EARN25, 2017, TOTAL_EXPENDITURE_OR_INCOME, 25", "SH_OOP_XPD_EARNNET40, 2025, DISCRETIONARY_BUDGET, 40",
        "FINPROTECTION_CATA_TOT_10_POP, 2017, TOTAL_EXPENDITURE_OR_INCOME, 10",
        "SH.UHC.OOPC.25.ZS, 2017, TOTAL_EXPENDITURE_OR_INCOME, 25"})
    void eachSeriesOfThreeEightTwoSaysItsDefinitionAndThreshold(String code, String edition, BudgetBasis basis,
                                                                 BigDecimal above) {
        IndicatorSeries series = PROTECTION.findSeries(SeriesCode.of(code)).orElseThrow();
        assertEquals(Optional.of(edition), series.edition());
        SpendingThreshold threshold = series.threshold().orElseThrow();
        assertSame(basis, threshold.basis());
        assertEquals(0, above.compareTo(threshold.above()));
        assertEquals(Optional.empty(), threshold.below());
    }

    @Test
    void theComponentsOfFinancialHardshipAreBandsOfTheDiscretionaryBudget() {
        SpendingThreshold impoverishing = SdgIndicators.IMPOVERISHING_SPENDING.threshold().orElseThrow();
        SpendingThreshold large = SdgIndicators.LARGE_NOT_IMPOVERISHING_SPENDING.threshold().orElseThrow();
        assertSame(BudgetBasis.DISCRETIONARY_BUDGET, impoverishing.basis());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(impoverishing.above()));
        assertEquals(0, BigDecimal.valueOf(40).compareTo(large.above()));
        assertEquals(0, BigDecimal.valueOf(100).compareTo(large.below().orElseThrow()));
        assertTrue(large.counts(new BigDecimal("55")));
        assertFalse(large.counts(new BigDecimal("120")));
        assertTrue(impoverishing.counts(new BigDecimal("120")));
        assertEquals(Optional.of(PROTECTION.code()), SdgIndicators.IMPOVERISHING_SPENDING.partOf());
        assertEquals("3.8.2/impoverishing", SdgIndicators.IMPOVERISHING_SPENDING.code().toString());
        assertEquals("3.8.2/large-not-impoverishing", SdgIndicators.LARGE_NOT_IMPOVERISHING_SPENDING.code().toString());
    }

    @ParameterizedTest
    @EnumSource(Tracer.class)
    void everyTracerIsABuiltInIndicatorPartOfTheIndex(Tracer tracer) {
        Indicator indicator = SdgIndicators.of(tracer);
        assertEquals("3.8.1/" + tracer.code(), indicator.code().toString());
        assertEquals(tracer.indicatorCode(), indicator.code());
        assertEquals(Optional.of(COVERAGE.code()), indicator.partOf());
        assertSame(tracer.unit(), indicator.unit());
        assertEquals(Optional.of(tracer), Tracer.fromIndicatorCode(indicator.code()));
        for (ServiceCoverageEdition edition : ServiceCoverageEdition.values()) {
            assertEquals(edition.tracers().contains(tracer), indicator.findEdition(edition.code()).isPresent(),
                tracer + " " + edition);
        }
    }

    @ParameterizedTest
    @EnumSource(HealthWorkforceCadre.class)
    void everyCadreIsAPartOfTheWorkforceTracer(HealthWorkforceCadre cadre) {
        Indicator indicator = SdgIndicators.of(cadre);
        assertEquals(cadre.indicatorCode(), indicator.code());
        assertEquals(Optional.of(Tracer.HEALTH_WORKFORCE.indicatorCode()), indicator.partOf());
        assertEquals(Optional.of(cadre), HealthWorkforceCadre.fromIndicatorCode(indicator.code()));
        assertEquals(Optional.empty(), indicator.maximum());
    }

    @Test
    void theBuiltInIndicatorsHaveCodesAndIdsOfTheirOwn() {
        List<Indicator> all = SdgIndicators.all();
        assertEquals(1 + Tracer.values().length + HealthWorkforceCadre.values().length + 3, all.size());
        Set<IndicatorCode> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Indicator indicator : all) {
            assertTrue(codes.add(indicator.code()), indicator.code().toString());
            assertTrue(ids.add(indicator.id().toString()), indicator.id().toString());
            assertTrue(SdgIndicators.isBuiltIn(indicator.code()));
            assertEquals(Optional.of(indicator), SdgIndicators.find(indicator.code()));
            assertEquals(Optional.of(SdgTarget.T3_8), indicator.sdgTarget());
        }
        assertFalse(SdgIndicators.isBuiltIn(IndicatorCode.of("3.8.3")));
        assertEquals(Optional.empty(), SdgIndicators.findBySeries(SeriesCode.of("SH_STA_MORT")));
        assertThrows(UnsupportedOperationException.class, () -> SdgIndicators.all().clear());
    }

    @Test
    void targetThreeEightIncludesQualityMedicines() {
        assertTrue(SdgTarget.T3_8.title().endsWith("access to safe, effective, quality and affordable essential "
            + "medicines and vaccines for all"));
    }
}
