package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

class ObjectiveTest {

    private static final LocalizedText FEWER_TRANSFERS = LocalizedText.of("fr", "R\u00e9duire les transferts de malades \u00e0 l'\u00e9tranger");
    private static final LocalizedText ENROL = LocalizedText.of("en", "Enrol the informal sector");
    private static final LocalizedText PEOPLE_ENROLLED = LocalizedText.of("en", "people enrolled");
    private static final BigDecimal BASELINE = new BigDecimal("50000");
    private static final BigDecimal TARGET = new BigDecimal("100000");

    private static Objective.Builder measured(Direction direction, String baseline, String target) {
        return Objective.builder().description(ENROL).metric(PEOPLE_ENROLLED).direction(direction)
            .baseline(new BigDecimal(baseline)).target(new BigDecimal(target));
    }

    @Test
    void objectiveWithADescriptionOnly() {
        Objective objective = Objective.of(ENROL);
        assertEquals(ENROL, objective.description());
        assertEquals(Optional.empty(), objective.direction());
        assertEquals(Optional.empty(), objective.metric());
        assertEquals(Optional.empty(), objective.baseline());
        assertEquals(Optional.empty(), objective.target());
        assertEquals(Optional.empty(), objective.targetDate());
    }

    @Test
    void decreaseObjectiveWithNoNumberIsValid() {
        Objective objective = Objective.builder().description(FEWER_TRANSFERS).direction(Direction.DECREASE).build();
        assertEquals(Optional.of(Direction.DECREASE), objective.direction());
        assertEquals(Optional.empty(), objective.target());
    }

    @Test
    void measuredObjectiveKeepsEveryAttribute() {
        Objective objective = Objective.builder().description(ENROL).metric(PEOPLE_ENROLLED).direction(Direction.INCREASE)
            .baseline(BASELINE).target(TARGET).targetDate(PartialDate.of(2025)).build();
        assertEquals(Optional.of(PEOPLE_ENROLLED), objective.metric());
        assertEquals(Optional.of(BASELINE), objective.baseline());
        assertEquals(Optional.of(TARGET), objective.target());
        assertEquals(Optional.of(PartialDate.of(2025)), objective.targetDate());
        assertTrue(objective.toString().contains("100000"), objective.toString());
    }

    @Test
    void objectivesAreEqualByValue() {
        Objective one = measured(Direction.INCREASE, "50000", "100000").build();
        Objective two = measured(Direction.INCREASE, "50000", "100000").build();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertNotEquals(Objective.of(ENROL), one);
    }

    @Test
    void targetWithoutAMetricIsRefused() {
        ModelViolationException ex = assertBroken(() -> Objective.builder().description(ENROL).target(TARGET).build(),
            "target", "objective.target-without-metric");
        assertEquals(Optional.of(TARGET), only(ex).invalidValue());
    }

    @Test
    void baselineWithoutAMetricIsRefused() {
        assertBroken(() -> Objective.builder().description(ENROL).baseline(BASELINE).build(),
            "baseline", "objective.target-without-metric");
    }

    @Test
    void baselineAndTargetWithoutAMetricAreBothReported() {
        assertBrokenAll(() -> Objective.builder().description(ENROL).baseline(BASELINE).target(TARGET).build(),
            "baseline objective.target-without-metric", "target objective.target-without-metric");
    }

    @ParameterizedTest
    @CsvSource({"INCREASE, 100, 50", "INCREASE, 100, 100", "DECREASE, 50, 100", "DECREASE, 50, 50.0",
        "MAINTAIN, 80, 81", "MAINTAIN, 80, 79"})
    void targetOnTheWrongSideOfTheBaselineIsBuiltWithAWarning(Direction direction, String baseline, String target) {
        Objective objective = measured(direction, baseline, target).build();
        assertEquals(Optional.of(new BigDecimal(target)), objective.target());
        List<Violation> warnings =
            assertWarned(Objective.class, objective, "target objective.target-against-direction");
        assertEquals(Optional.of(new BigDecimal(target)), warnings.get(0).invalidValue());
    }

    @ParameterizedTest
    @CsvSource({"INCREASE, 50, 100", "DECREASE, 100, 50", "MAINTAIN, 80, 80.0"})
    void targetOnTheRightSideOfTheBaselineIsAcceptedWithoutWarning(Direction direction, String baseline,
            String target) {
        Objective objective = measured(direction, baseline, target).build();
        assertEquals(Optional.of(new BigDecimal(target)), objective.target());
        assertWarned(Objective.class, objective);
    }

    @Test
    void aWarningIsNotAnErrorButTheErrorsOfTheValueStillAre() {
        assertBrokenAll(() -> Objective.builder().description(ENROL).direction(Direction.INCREASE)
                .baseline(TARGET).target(BASELINE).build(),
            "baseline objective.target-without-metric", "target objective.target-without-metric");
    }

    @Test
    void theWarningOfAnObjectiveIsReportedAtItsPathInAnAgreement() {
        org.uhcmodel.agreement.Agreement agreement = org.uhcmodel.agreement.Agreement.builder()
            .id(EntityId.of("dz-cnas-chu-convention")).kind(org.uhcmodel.agreement.AgreementKind.PARTNERSHIP_CONVENTION)
            .title(ENROL).status(org.uhcmodel.agreement.AgreementStatus.SIGNED)
            .addParty(org.uhcmodel.agreement.Party.of(EntityId.of("dz-cnas"),
                org.uhcmodel.agreement.PartyRole.SIGNATORY))
            .addParty(org.uhcmodel.agreement.Party.of(EntityId.of("be-chu"),
                org.uhcmodel.agreement.PartyRole.SIGNATORY))
            .addObjective(Objective.of(ENROL)).addObjective(measured(Direction.DECREASE, "50", "100").build()).build();
        assertWarned(org.uhcmodel.agreement.Agreement.class, agreement,
            "objectives[1].target objective.target-against-direction");
    }

    @Test
    void targetWithoutDirectionIsNotComparedWithTheBaseline() {
        Objective objective = Objective.builder().description(ENROL).metric(PEOPLE_ENROLLED).baseline(TARGET)
            .target(BASELINE).build();
        assertEquals(Optional.empty(), objective.direction());
    }

    @Test
    void missingDescriptionIsRefused() {
        assertBroken(() -> Objective.builder().direction(Direction.DECREASE).build(), "description", "required");
    }

    @Test
    void baselineAndTargetAreBoundedDecimals() {
        assertEquals(Optional.of(new BigDecimal("999999999999999999999999999999")),
            measured(Direction.INCREASE, "1", "999999999999999999999999999999").build().target());
        assertBrokenAll(() -> measured(Direction.INCREASE, "1E-19", "1E+30").build(),
            "baseline decimal.digits", "target decimal.digits");
    }
}
