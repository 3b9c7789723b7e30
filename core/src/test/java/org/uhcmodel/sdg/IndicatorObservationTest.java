package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;

class IndicatorObservationTest {

    static final Citation UN_SDG = Citation.of(EntityId.of("un-sdg-global-database"), "release 2025.Q4.G.01");
    static final Citation WDI = Citation.of(EntityId.of("wdi-2025-01-28"), "SH.UHC.SRVS.CV.XD");

    /** The UHC service coverage index of Algeria in 2021, 74 in the World Bank's release of 2025-01-28. */
    static IndicatorObservation.Builder algeria2021() {
        return IndicatorObservation.builder()
            .indicator(SdgIndicators.SERVICE_COVERAGE)
            .series(SeriesCode.of("SH.UHC.SRVS.CV.XD"))
            .area(Area.of("DZ"))
            .period(ReferencePeriod.ofYear(2021))
            .value(new BigDecimal("74"))
            .addCitation(WDI);
    }

    /** Financial hardship (3.8.2, 2025) in rural Afghanistan in 2016, 37.59%, as the UN SDG API shows it. */
    static IndicatorObservation.Builder ruralAfghanistan() {
        return IndicatorObservation.builder()
            .indicator(SdgIndicators.FINANCIAL_PROTECTION)
            .series(SeriesCode.of("SH_OOP_XPD_EARNNET40"))
            .area(Area.of("AF"))
            .period(ReferencePeriod.ofYear(2016))
            .value(new BigDecimal("37.59"))
            .unit(IndicatorUnit.PERCENT)
            .addDimension(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.RURAL))
            .nature(ObservationNature.COUNTRY_ADJUSTED)
            .reportingType(ReportingType.GLOBAL)
            .povertyLine(SocietalPovertyLine.of(new BigDecimal("2.15"), 2017))
            .footnote("Survey-based estimate, using household total consumption expenditure in the denominator")
            .release("2025.Q4.G.01")
            .addCitation(UN_SDG);
    }

    @Test
    void anObservationKeepsWhatItWasBuiltWith() {
        IndicatorObservation observation = algeria2021().build();
        assertEquals(IndicatorCode.of("3.8.1"), observation.indicator());
        assertEquals(Optional.of(SeriesCode.of("SH.UHC.SRVS.CV.XD")), observation.series());
        assertEquals(Area.of("DZ"), observation.area());
        assertEquals(Optional.empty(), observation.subnationalArea());
        assertEquals(ReferencePeriod.ofYear(2021), observation.period());
        assertEquals(new BigDecimal("74"), observation.value());
        assertEquals(Set.of(), observation.dimensions());
        assertEquals(List.of(WDI), observation.citations());
        assertEquals(observation, IndicatorObservation.builder().from(observation).build());
    }

    @Test
    void anObservationOfRevisedThreeEightTwoCarriesItsAttributes() {
        IndicatorObservation observation = ruralAfghanistan().build();
        assertEquals("37.59", observation.value().toPlainString());
        assertEquals(Optional.of("rural"), observation.category("location"));
        assertEquals(Optional.empty(), observation.category("sex"));
        assertEquals(Optional.of(ObservationNature.COUNTRY_ADJUSTED), observation.nature());
        assertEquals(Optional.of(ReportingType.GLOBAL), observation.reportingType());
        assertEquals(2017, observation.povertyLine().orElseThrow().pppYear());
        assertEquals(Optional.of("2025.Q4.G.01"), observation.release());
        assertEquals(Optional.of(IndicatorUnit.PERCENT), observation.unit());
    }

    @Test
    void anObservationHoldsAnyCombinationOfDimensions() {
        IndicatorObservation observation = ruralAfghanistan()
            .addDimension(Disaggregation.of(DisaggregationDimension.CONSUMPTION_QUINTILE, Quintile.Q1))
            .addDimension(Disaggregation.of(DisaggregationDimension.HOUSEHOLD_HEAD_SEX, Sex.FEMALE))
            .build();
        assertEquals(3, observation.dimensions().size());
        assertEquals(Optional.of("female"), observation.category("household-head-sex"));
        assertEquals(Optional.of("q1"), observation.category("consumption-quintile"));
    }

    @Test
    void aSecondCategoryOfOneDimensionIsRefusedNotKeptInPlaceOfTheFirst() {
        assertBroken(() -> ruralAfghanistan()
                .addDimension(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.URBAN)).build(),
            "dimensions", "indicator-observation.dimension-repeated");
    }

    @Test
    void theValuesOfATracerAndOfARegionAreObservations() {
        IndicatorObservation beds = IndicatorObservation.builder().indicator(SdgIndicators.of(Tracer.HOSPITAL_BEDS))
            .area(Area.of("MR")).period(ReferencePeriod.ofYear(2017)).value(new BigDecimal("4.0"))
            .unit(IndicatorUnit.PER_10000_POPULATION).addCitation(WDI).build();
        assertEquals(IndicatorCode.of("3.8.1/hospital-beds"), beds.indicator());
        IndicatorObservation africa = algeria2021().series(SeriesCode.of("UHC_INDEX_REPORTED"))
            .area(Area.of("WHO:AFR")).value(new BigDecimal("44")).build();
        assertEquals(Area.of("WHO:AFR"), africa.area());
        IndicatorObservation kosovo = algeria2021().area(Area.of("XK")).build();
        assertEquals("XK", kosovo.area().code());
    }

    @Test
    void aSpanOfYearsAndAYearBefore2000AreAccepted() {
        IndicatorObservation pooled = ruralAfghanistan().period(ReferencePeriod.of(2014, 2016)).build();
        assertEquals("2014/2016", pooled.period().toString());
        IndicatorObservation early = IndicatorObservation.builder().indicator(SdgIndicators.FINANCIAL_PROTECTION)
            .series(SeriesCode.of("SH_XPD_EARN10")).area(Area.of("KZ")).period(ReferencePeriod.ofYear(1996))
            .value(new BigDecimal("3.1")).addCitation(UN_SDG).build();
        assertEquals(1996, early.period().startYear());
    }

    @Test
    void decimalsAreComparedByValueAndKeepTheirScale() {
        IndicatorObservation written = algeria2021().value(new BigDecimal("4.50")).build();
        IndicatorObservation read = algeria2021().value(new BigDecimal("4.5")).build();
        assertEquals(written, read);
        assertEquals(written.hashCode(), read.hashCode());
        assertEquals("4.50", written.value().toPlainString());
        assertNotEquals(written, algeria2021().value(new BigDecimal("4.51")).build());
    }

    @Test
    void theKeyIgnoresTheValueAndTheOrderOfCategoriesButNotTheRelease() {
        Disaggregation rural = Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.RURAL);
        Disaggregation poorest = Disaggregation.of(DisaggregationDimension.CONSUMPTION_QUINTILE, Quintile.Q1);
        IndicatorObservation one = ruralAfghanistan().dimensions(List.of(rural, poorest)).build();
        IndicatorObservation two = ruralAfghanistan().dimensions(List.of(poorest, rural))
            .value(new BigDecimal("30")).build();
        assertEquals(one.key(), two.key());
        assertEquals(one.key().hashCode(), two.key().hashCode());
        assertNotEquals(one.key(), ruralAfghanistan().release("2026.Q1.G.01").build().key());
        assertNotEquals(one.key(), ruralAfghanistan().build().key());
        assertEquals("3.8.2 SH_OOP_XPD_EARNNET40 AF 2016 location=rural release 2025.Q4.G.01",
            ruralAfghanistan().build().key().toString());
        assertEquals(Optional.of(SeriesCode.of("SH_OOP_XPD_EARNNET40")), one.key().series());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.1", "1000"})
    void aValueOutsideTheIndicatorsRangeIsRefused(String value) {
        assertBroken(() -> algeria2021().value(new BigDecimal(value)).build(), "value",
            "indicator-observation.value-range");
    }

    @Test
    void theBoundsLieAroundTheValueAndWithinTheRange() {
        IndicatorObservation bounded = ruralAfghanistan().lowerBound(new BigDecimal("33.1"))
            .upperBound(new BigDecimal("41.4")).build();
        assertEquals(Optional.of(new BigDecimal("33.1")), bounded.lowerBound());
        assertBrokenAll(() -> ruralAfghanistan().lowerBound(new BigDecimal("38")).upperBound(new BigDecimal("36"))
            .build(), "lowerBound indicator-observation.bounds-order", "upperBound indicator-observation.bounds-order");
        assertBroken(() -> ruralAfghanistan().upperBound(new BigDecimal("101")).build(), "upperBound",
            "indicator-observation.value-range");
    }

    @Test
    void aUnitOtherThanTheIndicatorsIsRefused() {
        assertBroken(() -> algeria2021().unit(IndicatorUnit.PERCENT).build(), "unit",
            "indicator-observation.unit-mismatch");
    }

    @Test
    void aSeriesTheIndicatorDoesNotListIsRefused() {
        assertBroken(() -> algeria2021().series(SeriesCode.of("SH_XPD_EARN10")).build(), "series",
            "indicator-observation.unknown-series");
    }

    @Test
    void aValueOfThreeEightTwoNamesItsSeriesWhichSaysItsThreshold() {
        IndicatorObservation.Builder withoutSeries = IndicatorObservation.builder()
            .indicator(SdgIndicators.FINANCIAL_PROTECTION).area(Area.of("AF")).period(ReferencePeriod.ofYear(2016))
            .value(BigDecimal.TEN).addCitation(UN_SDG);
        assertBroken(withoutSeries::build, "series", "indicator-observation.series-required");
        assertEquals(Optional.of(SeriesCode.of("SH_XPD_EARN25")),
            withoutSeries.series(SeriesCode.of("SH_XPD_EARN25")).build().series());
    }

    @Test
    void aSubnationalAreaLiesInACountry() {
        assertBroken(() -> algeria2021().area(Area.of("WHO:AFR")).subnationalArea(EntityId.of("dz-wilaya-16"))
            .build(), "subnationalArea", "indicator-observation.subnational-area-country");
        assertEquals(Optional.of(EntityId.of("dz-wilaya-16")),
            algeria2021().subnationalArea(EntityId.of("dz-wilaya-16")).build().subnationalArea());
    }

    @Test
    void anObservationWithoutASourceIsBuiltWithAWarning() {
        IndicatorObservation unsourced = algeria2021().citations(List.of()).build();
        assertWarned(IndicatorObservation.class, unsourced, "citations indicator-observation.source-missing");
        assertWarned(IndicatorObservation.class, algeria2021().build());
    }

    @Test
    void anIndicatorOfADatasetIsCheckedAgainstItsDefinition() {
        Indicator cmu = IndicatorTest.cmuEnrolment().build();
        IndicatorObservation observation = IndicatorObservation.builder().indicator(cmu).area(Area.of("CI"))
            .period(ReferencePeriod.ofYear(2023)).value(new BigDecimal("120")).unit(IndicatorUnit.NUMBER)
            .series(SeriesCode.of("OTHER")).addCitation(UN_SDG).build();
        List<String> found = observation.conformity(cmu).stream().map(v -> v.path() + " " + v.rule())
            .collect(Collectors.toList());
        assertEquals(List.of("series indicator-observation.unknown-series", "unit indicator-observation.unit-mismatch",
            "value indicator-observation.value-range"), found);
        assertTrue(algeria2021().build().conformity(SdgIndicators.SERVICE_COVERAGE).isEmpty());
        assertNullRefused(() -> observation.conformity(null), "indicator");
    }

    @Test
    void theRangeIsNamedInTheMessage() {
        Violation violation = assertBroken(() -> algeria2021().value(new BigDecimal("101")).build(), "value",
            "indicator-observation.value-range").violations().get(0);
        assertTrue(violation.message().contains("from 0 to 100"), violation.message());
    }

    @Test
    void everyMissingValueIsReportedAtOnce() {
        assertBrokenAll(() -> IndicatorObservation.builder().build(), "area required", "indicator required",
            "period required", "value required");
        assertBroken(() -> algeria2021().source(" ").build(), "source", "not-blank");
        assertNullRefused(() -> algeria2021().area(null), "area");
        assertNullRefused(() -> algeria2021().indicator((Indicator) null), "indicator");
    }

    @Test
    void aValueIsReadFromPlainDecimalText() {
        assertEquals("4.50", IndicatorObservation.parseValue("4.50").toPlainString());
        assertEquals(new BigDecimal("-3"), IndicatorObservation.parseValue("-3"));
        for (String text : List.of("<5", "1E+1", "+3", "", " 4", "4,5", "٤")) {
            assertBroken(() -> IndicatorObservation.parseValue(text), "", "indicator-observation.value-format");
        }
        assertBroken(() -> IndicatorObservation.parseValue("0." + "1".repeat(19)), "", "decimal.digits");
        assertNullRefused(() -> IndicatorObservation.parseValue(null), "text");
    }

    @Test
    void collectionsCannotBeModified() {
        IndicatorObservation observation = ruralAfghanistan().build();
        assertThrows(UnsupportedOperationException.class, () -> observation.dimensions().clear());
        assertThrows(UnsupportedOperationException.class, () -> observation.citations().clear());
    }

    @Test
    void anObservationIsAValueNotAnEntity() {
        assertEquals(Optional.empty(), ModelTypes.of(IndicatorObservation.class).entityKind());
    }
}
