package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

/** An indicator a dataset declares, and the rules of every indicator. */
class IndicatorTest {

    /** A national indicator: the share of the population enrolled in Côte d'Ivoire's universal health cover (CMU). */
    static Indicator.Builder cmuEnrolment() {
        return Indicator.builder()
            .id(EntityId.of("ci-cmu-enrolment"))
            .code(IndicatorCode.of("CI-CMU-1"))
            .name(LocalizedText.of("fr", "Taux d'enrôlement à la Couverture maladie universelle"))
            .unit(IndicatorUnit.PERCENT)
            .minimum(BigDecimal.ZERO)
            .maximum(BigDecimal.valueOf(100))
            .direction(Direction.INCREASE)
            .addEdition(MethodEdition.of("2019", "Enrolment counted by the CNAM"))
            .addSeries(IndicatorSeries.builder().code(SeriesCode.of("CNAM_ENROLMENT"))
                .publisher(SeriesPublisher.NATIONAL)
                .description("Persons enrolled in the CMU over the population").edition("2019").build());
    }

    @Test
    void aDeclaredIndicatorKeepsItsDefinition() {
        Indicator indicator = cmuEnrolment().build();
        assertEquals(IndicatorCode.of("CI-CMU-1"), indicator.code());
        assertEquals(IndicatorUnit.PERCENT, indicator.unit());
        assertEquals(Optional.of(Direction.INCREASE), indicator.direction());
        assertEquals(Optional.empty(), indicator.partOf());
        assertEquals(Optional.empty(), indicator.sdgTarget());
        assertTrue(indicator.findSeries(SeriesCode.of("CNAM_ENROLMENT")).isPresent());
        assertEquals(Optional.empty(), indicator.findSeries(SeriesCode.of("SH_ACS_UNHC")));
        assertTrue(indicator.findEdition("2019").isPresent());
        assertEquals(Optional.empty(), indicator.findEdition("2017"));
        assertFalse(indicator.requiresSeries());
        assertEquals(indicator, Indicator.builder().from(indicator).build());
        assertEquals(Optional.of(EntityKind.INDICATOR), ModelTypes.of(Indicator.class).entityKind());
    }

    @Test
    void anIndicatorAcceptsTheValuesOfItsRange() {
        Indicator indicator = cmuEnrolment().build();
        assertTrue(indicator.accepts(new BigDecimal("0")));
        assertTrue(indicator.accepts(new BigDecimal("100.00")));
        assertFalse(indicator.accepts(new BigDecimal("-0.01")));
        assertFalse(indicator.accepts(new BigDecimal("100.01")));
        Indicator open = Indicator.builder().from(indicator).minimum(BigDecimal.ZERO).build();
        Indicator.Builder unbounded = Indicator.builder().id(EntityId.of("x")).code(IndicatorCode.of("X"))
            .name(LocalizedText.of("en", "Count")).unit(IndicatorUnit.NUMBER);
        assertTrue(unbounded.build().accepts(new BigDecimal("-1e9")));
        assertTrue(open.accepts(BigDecimal.ZERO));
        assertNullRefused(() -> indicator.accepts(null), "value");
    }

    @Test
    void aMaximumBelowTheMinimumIsRefused() {
        assertBroken(() -> cmuEnrolment().minimum(BigDecimal.TEN).maximum(BigDecimal.ONE).build(), "maximum",
            "indicator.range-order");
    }

    @Test
    void anIndicatorIsNoPartOfItself() {
        assertBroken(() -> cmuEnrolment().partOf(IndicatorCode.of("CI-CMU-1")).build(), "partOf",
            "indicator.part-of-itself");
    }

    @Test
    void editionsAndSeriesHaveCodesOfTheirOwn() {
        IndicatorSeries series = cmuEnrolment().build().series().get(0);
        assertBrokenAll(() -> cmuEnrolment().addEdition(MethodEdition.of("2019", "Again")).addSeries(series).build(),
            "editions[1].code indicator.duplicate-edition", "series[1].code indicator.duplicate-series");
    }

    @Test
    void aSeriesFollowsAnEditionOfItsIndicator() {
        IndicatorSeries series = IndicatorSeries.builder().code(SeriesCode.of("OTHER"))
            .publisher(SeriesPublisher.NATIONAL).description("Another count").edition("2017").build();
        assertBroken(() -> cmuEnrolment().addSeries(series).build(), "series[1].edition", "indicator.series-edition");
    }

    @Test
    void requiredValuesAreRefused() {
        assertBrokenAll(() -> Indicator.builder().build(), "code required", "id required", "name required",
            "unit required");
        assertBroken(() -> MethodEdition.of("2019", " "), "description", "not-blank");
        assertBrokenAll(() -> IndicatorSeries.builder().build(), "code required", "description required",
            "publisher required");
    }
}
