package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/** Results, their indicators, baselines and periods, as IATI records them. */
class ResultTest {

    private static final LocalizedText TITLE = LocalizedText.of("fr", "Centres de santé informatisés");
    private static final IndicatorPeriod PERIOD_2023 = IndicatorPeriod.builder().start(PartialDate.of(2023, 1, 1))
        .end(PartialDate.of(2023, 12, 31)).target(BigDecimal.valueOf(30)).actual(BigDecimal.valueOf(30)).build();

    private static ResultIndicator.Builder indicator(IndicatorMeasure measure) {
        return ResultIndicator.builder().measure(measure).title(TITLE);
    }

    @Test
    void aResultIsMeasuredByAtLeastOneIndicator() {
        Result result = Result.builder().type(ResultType.OUTPUT).title(TITLE)
            .addIndicator(indicator(IndicatorMeasure.UNIT).addPeriod(PERIOD_2023).build()).build();
        assertEquals(List.of(PERIOD_2023), result.indicators().get(0).periods());
        assertBroken(() -> Result.builder().type(ResultType.OUTCOME).title(TITLE).build(), "indicators",
            "not-empty");
    }

    @Test
    void aQuantitativeBaselineHasAValue() {
        assertWarned(ResultIndicator.class, indicator(IndicatorMeasure.PERCENTAGE)
            .baseline(IndicatorBaseline.builder().year(2020).comment(LocalizedText.of("fr", "inconnu")).build())
            .build(), "baseline.value result-indicator.baseline-without-value");
        assertWarned(ResultIndicator.class, indicator(IndicatorMeasure.PERCENTAGE)
            .baseline(IndicatorBaseline.of(2020, new BigDecimal("42.8"))).build());
    }

    @Test
    void aQuantitativeTargetOrActualIsNotWordsAlone() {
        IndicatorPeriod words = IndicatorPeriod.builder().start(PartialDate.of(2023)).end(PartialDate.of(2023))
            .targetComment(LocalizedText.of("fr", "à déterminer")).actualComment(LocalizedText.of("fr", "en cours"))
            .build();
        assertWarned(ResultIndicator.class, indicator(IndicatorMeasure.UNIT).addPeriod(words).build(),
            "periods[0].actual result-indicator.comment-without-value",
            "periods[0].target result-indicator.comment-without-value");
        assertWarned(ResultIndicator.class, indicator(IndicatorMeasure.QUALITATIVE).addPeriod(words).build());
    }

    @Test
    void aQualitativeIndicatorHasNoValue() {
        assertWarned(ResultIndicator.class, indicator(IndicatorMeasure.QUALITATIVE)
                .baseline(IndicatorBaseline.of(2020, BigDecimal.ONE)).addPeriod(PERIOD_2023).build(),
            "baseline.value result-indicator.qualitative-value",
            "periods[0].actual result-indicator.qualitative-value",
            "periods[0].target result-indicator.qualitative-value");
        assertFalse(IndicatorMeasure.QUALITATIVE.isQuantitative());
        assertTrue(IndicatorMeasure.ORDINAL.isQuantitative());
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        assertBroken(() -> IndicatorPeriod.builder().start(PartialDate.of(2024)).end(PartialDate.of(2023)).build(),
            "end", "indicator-period.end-before-start");
    }

    @Test
    void aBaselineHasAYearItsDateLiesIn() {
        assertBroken(() -> IndicatorBaseline.builder().year(0).build(), "year", "indicator-baseline.year-range");
        assertBroken(() -> IndicatorBaseline.builder().year(10000).build(), "year", "indicator-baseline.year-range");
        assertBroken(() -> IndicatorBaseline.builder().year(2020).date(PartialDate.of(2021, 3)).build(), "date",
            "indicator-baseline.date-year");
        assertEquals(Optional.of(PartialDate.of(2020, 3)),
            IndicatorBaseline.builder().year(2020).date(PartialDate.of(2020, 3)).build().date());
    }
}
