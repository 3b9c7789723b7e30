package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;

class IndicatorObservationTest {

    private static final Citation WHO_VIA_OWID = Citation.of(EntityId.of("owid-uhc-service-coverage-index"),
        "UHC service coverage index, 2021");
    private static final CountryCode ALGERIA = CountryCode.of("DZ");
    private static final CountryCode MAURITANIA = CountryCode.of("MR");
    private static final CountryCode COTE_D_IVOIRE = CountryCode.of("CI");
    private static final CountryCode KAZAKHSTAN = CountryCode.of("KZ");
    private static final Place ALGIERS = Place.of(
        LocalizedText.builder().putEntry("fr", "Wilaya d'Alger").putEntry("ar", "ولاية الجزائر").build(), ALGERIA);
    private static final Place ALMATY = Place.of(LocalizedText.of("ru", "Алматы"), KAZAKHSTAN);
    private static final Place NOUAKCHOTT = Place.of(LocalizedText.of("fr", "Nouakchott"), MAURITANIA);

    /** 3.8.1 for Algeria in 2021: 74.1 (WHO, via Our World in Data). */
    private static IndicatorObservation.Builder algeria2021() {
        return IndicatorObservation.builder()
            .id(EntityId.of("dz-uhc-sci-2021"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE)
            .country(ALGERIA)
            .year(2021)
            .value(new BigDecimal("74.1"))
            .addCitation(WHO_VIA_OWID);
    }

    /** 3.8.2 for Mauritania in 2019, an illustrative value, yet without the threshold it is measured at. */
    private static IndicatorObservation.Builder mauritaniaSpendingWithoutThreshold() {
        return IndicatorObservation.builder()
            .id(EntityId.of("mr-large-health-spending-10-2019"))
            .indicator(SdgIndicator.CATASTROPHIC_SPENDING)
            .country(MAURITANIA)
            .year(2019)
            .value(new BigDecimal("7.5"))
            .addCitation(WHO_VIA_OWID);
    }

    /** 3.8.2 at 10% for Mauritania in 2019, an illustrative value. */
    private static IndicatorObservation.Builder mauritaniaSpending() {
        return mauritaniaSpendingWithoutThreshold().threshold(SpendingThreshold.ABOVE_10_PERCENT);
    }

    @Test
    void anObservationKeepsWhatItWasBuiltWith() {
        IndicatorObservation observation = algeria2021().build();
        assertEquals(EntityId.of("dz-uhc-sci-2021"), observation.id());
        assertSame(SdgIndicator.UHC_SERVICE_COVERAGE, observation.indicator());
        assertEquals(Optional.empty(), observation.threshold());
        assertEquals(ALGERIA, observation.country());
        assertEquals(Optional.empty(), observation.place());
        assertEquals(2021, observation.year());
        assertEquals(new BigDecimal("74.1"), observation.value());
        assertEquals(Optional.empty(), observation.disaggregation());
        assertEquals(List.of(WHO_VIA_OWID), observation.citations());
    }

    @Test
    void realServiceCoverageValuesOf2021Build() {
        IndicatorObservation mauritania = algeria2021().id(EntityId.of("mr-uhc-sci-2021")).country(MAURITANIA)
            .value(new BigDecimal("40.1")).build();
        IndicatorObservation coteDIvoire = algeria2021().id(EntityId.of("ci-uhc-sci-2021")).country(COTE_D_IVOIRE)
            .value(new BigDecimal("42.8")).build();
        assertEquals(new BigDecimal("40.1"), mauritania.value());
        assertEquals(COTE_D_IVOIRE, coteDIvoire.country());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(algeria2021().build(), algeria2021().build());
        assertEquals(algeria2021().build().hashCode(), algeria2021().build().hashCode());
        assertNotEquals(algeria2021().build(), algeria2021().year(2022).build());
    }

    @Test
    void toStringNamesTheKeyData() {
        String text = algeria2021().build().toString();
        assertTrue(text.contains("dz-uhc-sci-2021") && text.contains("DZ") && text.contains("2021")
            && text.contains("74.1") && text.contains("UHC_SERVICE_COVERAGE"), text);
    }

    @Test
    void anObservationIsAnEntityWithoutWarnings() {
        assertEquals(Optional.of(EntityKind.OBSERVATION), ModelTypes.of(IndicatorObservation.class).entityKind());
        assertWarned(IndicatorObservation.class, algeria2021().place(ALGIERS).build());
        assertWarned(IndicatorObservation.class, mauritaniaSpending().build());
    }

    @Test
    void aBuilderCopiesAnObservation() {
        IndicatorObservation observation = mauritaniaSpending().place(NOUAKCHOTT).build();
        assertEquals(observation, IndicatorObservation.builder().from(observation).build());
        assertEquals(2020, IndicatorObservation.builder().from(observation).year(2020).build().year());
    }

    @Test
    void citationsCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> algeria2021().build().citations().clear());
    }

    @Test
    void spendingIsObservedAtAThreshold() {
        IndicatorObservation observation = mauritaniaSpending().build();
        assertEquals(Optional.of(SpendingThreshold.ABOVE_10_PERCENT), observation.threshold());
        assertEquals(Optional.of("SH_XPD_EARN10"), observation.indicator().unSeriesCode(observation.threshold()));
        assertEquals(SpendingThreshold.ABOVE_25_PERCENT,
            mauritaniaSpending().threshold(SpendingThreshold.ABOVE_25_PERCENT).build().threshold().orElseThrow());
    }

    @Test
    void aValueMayCoverASubNationalPlaceAndOnePopulationGroup() {
        IndicatorObservation observation = algeria2021().place(ALGIERS).disaggregation(DisaggregationGroup.RURAL)
            .build();
        assertEquals("ولاية الجزائر", observation.place().orElseThrow().name().in("ar").orElseThrow());
        assertEquals(Optional.of(DisaggregationGroup.RURAL), observation.disaggregation());
    }

    @Test
    void cyrillicPlaceNamesRoundTrip() {
        IndicatorObservation observation = algeria2021().country(KAZAKHSTAN).place(ALMATY).build();
        assertEquals("Алматы", observation.place().orElseThrow().name().first());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "100.0"})
    void theBoundsOfTheRangeAreAccepted(String value) {
        assertEquals(new BigDecimal(value), algeria2021().value(new BigDecimal(value)).build().value());
        assertEquals(new BigDecimal(value), mauritaniaSpending().value(new BigDecimal(value)).build().value());
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void theBoundsOfTheYearRangeAreAccepted(int year) {
        assertEquals(year, algeria2021().year(year).build().year());
    }

    @Test
    void anIdIsRequired() {
        assertBroken(() -> IndicatorObservation.builder().indicator(SdgIndicator.UHC_SERVICE_COVERAGE)
            .country(ALGERIA).year(2021).value(new BigDecimal("74.1")).addCitation(WHO_VIA_OWID).build(), "id",
            "required");
    }

    @Test
    void anIndicatorIsRequired() {
        assertBroken(() -> IndicatorObservation.builder().id(EntityId.of("dz-uhc-sci-2021")).country(ALGERIA)
            .year(2021).value(new BigDecimal("74.1")).addCitation(WHO_VIA_OWID).build(), "indicator", "required");
    }

    @Test
    void aCountryIsRequired() {
        assertBroken(() -> IndicatorObservation.builder().id(EntityId.of("dz-uhc-sci-2021"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE).year(2021).value(new BigDecimal("74.1"))
            .addCitation(WHO_VIA_OWID).build(), "country", "required");
    }

    @Test
    void aYearIsRequired() {
        assertBroken(() -> IndicatorObservation.builder().id(EntityId.of("dz-uhc-sci-2021"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE).country(ALGERIA).value(new BigDecimal("74.1"))
            .addCitation(WHO_VIA_OWID).build(), "year", "required");
    }

    @Test
    void aValueIsRequired() {
        assertBroken(() -> IndicatorObservation.builder().id(EntityId.of("dz-uhc-sci-2021"))
            .indicator(SdgIndicator.UHC_SERVICE_COVERAGE).country(ALGERIA).year(2021).addCitation(WHO_VIA_OWID)
            .build(), "value", "required");
    }

    @Test
    void aNullIsRefusedAtOnceNamingTheProperty() {
        assertNullRefused(() -> algeria2021().id(null), "id");
        assertNullRefused(() -> algeria2021().indicator(null), "indicator");
        assertNullRefused(() -> algeria2021().threshold(null), "threshold");
        assertNullRefused(() -> algeria2021().country(null), "country");
        assertNullRefused(() -> algeria2021().place(null), "place");
        assertNullRefused(() -> algeria2021().year(null), "year");
        assertNullRefused(() -> algeria2021().value(null), "value");
        assertNullRefused(() -> algeria2021().disaggregation(null), "disaggregation");
        assertNullRefused(() -> algeria2021().addCitation(null), "citations");
        assertNullRefused(() -> algeria2021().addAllCitations(null), "citations");
        assertNullRefused(() -> algeria2021().addAllCitations(Arrays.asList(WHO_VIA_OWID, null)), "citations");
        assertNullRefused(() -> algeria2021().citations(null), "citations");
        assertNullRefused(() -> IndicatorObservation.builder().from(null), "value");
    }

    @Test
    void aListWithANullCitationAddsNone() {
        IndicatorObservation.Builder builder = algeria2021();
        assertNullRefused(() -> builder.addAllCitations(Arrays.asList(WHO_VIA_OWID, null)), "citations");
        assertEquals(List.of(WHO_VIA_OWID), builder.build().citations());
    }

    @Test
    void aYearBefore2000IsRefused() {
        assertBroken(() -> algeria2021().year(1999).build(), "year", "indicator-observation.year-range");
    }

    @Test
    void aYearAfter2100IsRefused() {
        ModelViolationException ex = assertBroken(() -> algeria2021().year(2101).build(), "year",
            "indicator-observation.year-range");
        assertEquals("year must be from 2000 to 2100", only(ex).message());
    }

    @Test
    void everyObservationNamesItsSource() {
        ModelViolationException ex = assertBroken(() -> algeria2021().citations(List.of()).build(), "citations",
            "indicator-observation.source-missing");
        assertEquals("must cite at least one source", only(ex).message());
    }

    @Test
    void catastrophicSpendingNeedsAThreshold() {
        ModelViolationException ex = assertBroken(() -> mauritaniaSpendingWithoutThreshold().build(),
            "threshold", "indicator-observation.threshold-required");
        assertEquals(Optional.empty(), only(ex).invalidValue(), "the missing threshold, not the observation");
        assertEquals("indicator 3.8.2 is reported at a spending threshold, 10 or 25 percent", only(ex).message());
    }

    @Test
    void serviceCoverageTakesNoThreshold() {
        ModelViolationException ex = assertBroken(
            () -> algeria2021().threshold(SpendingThreshold.ABOVE_25_PERCENT).build(), "threshold",
            "indicator-observation.threshold-not-applicable");
        assertEquals(SpendingThreshold.ABOVE_25_PERCENT, only(ex).invalidValue().orElseThrow());
        assertEquals("this indicator takes no spending threshold", only(ex).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.1"})
    void anIndexOutsideZeroToOneHundredIsRefused(String value) {
        ModelViolationException ex = assertBroken(() -> algeria2021().value(new BigDecimal(value)).build(), "value",
            "indicator-observation.value-range");
        assertEquals(new BigDecimal(value), only(ex).invalidValue().orElseThrow());
        assertEquals("must lie within the indicator's range, from 0 to 100", only(ex).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.1"})
    void aPercentOutsideZeroToOneHundredIsRefused(String value) {
        assertBroken(() -> mauritaniaSpending().value(new BigDecimal(value)).build(), "value",
            "indicator-observation.value-range");
    }

    @Test
    void aPlaceMustLieInTheObservationsCountry() {
        ModelViolationException ex = assertBroken(() -> algeria2021().place(NOUAKCHOTT).build(), "place.country",
            "indicator-observation.place-country");
        assertEquals(MAURITANIA, only(ex).invalidValue().orElseThrow());
        assertEquals("the place must lie in the observation's country", only(ex).message());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertBrokenAll(() -> mauritaniaSpendingWithoutThreshold().place(ALGIERS).year(1999)
                .value(new BigDecimal("100.1")).citations(List.of()).build(),
            "citations indicator-observation.source-missing",
            "place.country indicator-observation.place-country",
            "threshold indicator-observation.threshold-required",
            "value indicator-observation.value-range",
            "year indicator-observation.year-range");
    }

    @Test
    void anEmptyBuilderReportsEveryMissingAttribute() {
        assertBrokenAll(() -> IndicatorObservation.builder().build(),
            "citations indicator-observation.source-missing",
            "country required",
            "id required",
            "indicator required",
            "value required",
            "year required");
    }

    @Test
    void aValueOfMoreThanEighteenDigitsAfterThePointIsRefused() {
        BigDecimal precise = new BigDecimal("74.1000000000000000001");
        ModelViolationException ex = assertBroken(() -> algeria2021().value(precise).build(), "value",
            "decimal.digits");
        assertEquals(precise, only(ex).invalidValue().orElseThrow());
    }

    @Test
    void aValueFarOutOfRangeBreaksTheRangeAndTheBound() {
        assertBrokenAll(() -> algeria2021().value(new BigDecimal("1E+30000000")).build(),
            "value decimal.digits", "value indicator-observation.value-range");
    }
}
