package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class StatisticTest {

    private static final LocalizedText ESTABLISHMENTS = LocalizedText.of("fr", "\u00e9tablissements de sant\u00e9");
    private static final Citation AIP_NOTE = Citation.of(EntityId.of("aip-2024-07-23"), "paragraphe 4");
    private static final Citation ENABEL_PAGE = Citation.of(EntityId.of("enabel-ai-pass2"));
    private static final ReportedDate JULY_2024 = ReportedDate.stated(PartialDate.of(2024, 7, 23));
    private static final Period YEAR_2023 = Period.of(PartialDate.of(2023), PartialDate.of(2023));

    private static Statistic.Builder establishments() {
        return Statistic.builder().measure(ESTABLISHMENTS).value(BigDecimal.valueOf(145)).unit("establishments");
    }

    @Test
    void statisticAsOfADate() {
        Statistic statistic = establishments().asOf(JULY_2024).addCitation(AIP_NOTE).build();
        assertEquals(ESTABLISHMENTS, statistic.measure());
        assertEquals(BigDecimal.valueOf(145), statistic.value());
        assertEquals("establishments", statistic.unit());
        assertEquals(Optional.of(JULY_2024), statistic.asOf());
        assertEquals(Optional.empty(), statistic.period());
        assertEquals(List.of(AIP_NOTE), statistic.citations());
        assertTrue(statistic.toString().contains("145") && statistic.toString().contains("establishments"),
            statistic.toString());
    }

    @Test
    void statisticOverAPeriod() {
        Statistic statistic = Statistic.builder().measure(LocalizedText.of("en", "people treated"))
            .value(new BigDecimal("1000000")).unit("people per year").period(YEAR_2023).build();
        assertEquals(Optional.of(YEAR_2023), statistic.period());
        assertEquals(Optional.empty(), statistic.asOf());
        assertEquals(List.of(), statistic.citations());
    }

    @Test
    void zeroIsAValue() {
        assertEquals(BigDecimal.ZERO, establishments().value(BigDecimal.ZERO).build().value());
    }

    @Test
    void statisticsAreEqualByValue() {
        Statistic one = establishments().asOf(JULY_2024).addCitation(AIP_NOTE).build();
        Statistic two = establishments().asOf(JULY_2024).citations(List.of(AIP_NOTE)).build();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertNotEquals(establishments().build(), one);
    }

    @Test
    void asOfDateAndPeriodTogetherAreRefused() {
        ModelViolationException ex = assertBroken(() -> establishments().asOf(JULY_2024).period(YEAR_2023).build(),
            "period", "statistic.as-of-and-period");
        assertEquals(Optional.of(YEAR_2023), only(ex).invalidValue());
        assertEquals(Optional.of(YEAR_2023), establishments().period(YEAR_2023).build().period());
    }

    @Test
    void negativeValueIsRefused() {
        ModelViolationException ex = assertBroken(() -> establishments().value(new BigDecimal("-1")).build(),
            "value", "positive-or-zero");
        assertEquals(Optional.of(new BigDecimal("-1")), only(ex).invalidValue());
    }

    @Test
    void missingValueIsRefused() {
        assertBroken(() -> Statistic.builder().measure(ESTABLISHMENTS).unit("establishments").build(), "value", "required");
    }

    @Test
    void missingMeasureIsRefused() {
        assertBroken(() -> Statistic.builder().value(BigDecimal.ONE).unit("establishments").build(), "measure", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u00A0", "\u200B", "\u3000"})
    void blankUnitIsRefused(String unit) {
        assertBroken(() -> establishments().unit(unit).build(), "unit", "not-blank");
    }

    @Test
    void missingUnitIsRefused() {
        assertBroken(() -> Statistic.builder().measure(ESTABLISHMENTS).value(BigDecimal.ONE).build(), "unit",
            "required");
    }

    @Test
    void everyMissingRequiredAttributeIsReportedAtOnce() {
        ModelViolationException ex = assertBrokenAll(() -> Statistic.builder().build(),
            "measure required", "unit required", "value required");
        assertEquals("Statistic", ex.typeName());
        assertEquals(List.of("required", "required", "required"), ex.rules());
    }

    @Test
    void aNullCitationIsRefusedAtOnceAndNothingOfItsListIsAdded() {
        List<Citation> withNull = new ArrayList<>();
        withNull.add(AIP_NOTE);
        withNull.add(null);
        Statistic.Builder builder = establishments();
        assertNullRefused(() -> builder.citations(withNull), "citations");
        assertNullRefused(() -> builder.addAllCitations(withNull), "citations");
        assertNullRefused(() -> builder.addCitation(null), "citations");
        assertEquals(List.of(), builder.build().citations());
    }

    @Test
    void nullValuesAreRefusedAtOnce() {
        assertNullRefused(() -> Statistic.builder().unit(null), "unit");
        assertNullRefused(() -> Statistic.builder().period(null), "period");
    }

    @Test
    void citationsCannotBeChanged() {
        Statistic statistic = establishments().addCitation(AIP_NOTE).build();
        assertThrows(UnsupportedOperationException.class, () -> statistic.citations().add(ENABEL_PAGE));
        assertThrows(UnsupportedOperationException.class, () -> statistic.citations().clear());
    }

    @Test
    void changingTheGivenListLaterDoesNotChangeTheStatistic() {
        List<Citation> given = new ArrayList<>(List.of(AIP_NOTE));
        Statistic.Builder builder = establishments().addAllCitations(given);
        given.add(ENABEL_PAGE);
        Statistic statistic = builder.build();
        given.clear();
        assertEquals(List.of(AIP_NOTE), statistic.citations());
    }

    @Test
    void buildingAgainFromTheSameBuilderGivesAnIndependentValue() {
        Statistic.Builder builder = establishments().addCitation(AIP_NOTE);
        Statistic first = builder.build();
        builder.addCitation(ENABEL_PAGE);
        assertEquals(List.of(AIP_NOTE), first.citations());
        assertEquals(List.of(AIP_NOTE, ENABEL_PAGE), builder.build().citations());
    }

    @Test
    void aValueOfMoreThanThirtyDigitsBeforeThePointIsRefused() {
        BigDecimal huge = new BigDecimal("1E+30");
        ModelViolationException ex = assertBroken(() -> establishments().value(huge).build(), "value", "decimal.digits");
        assertEquals(Optional.of(huge), only(ex).invalidValue());
        assertBroken(() -> establishments().value(new BigDecimal("1E+30000000")).build(), "value", "decimal.digits");
    }

    @Test
    void aValueOfMoreThanEighteenDigitsAfterThePointIsRefused() {
        assertEquals(new BigDecimal("0.000000000000000001"),
            establishments().value(new BigDecimal("0.000000000000000001")).build().value());
        assertBroken(() -> establishments().value(new BigDecimal("1E-19")).build(), "value", "decimal.digits");
        assertBroken(() -> establishments().value(new BigDecimal("145.0000000000000000000")).build(), "value",
            "decimal.digits");
    }
}
