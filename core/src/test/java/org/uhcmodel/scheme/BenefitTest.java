package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

class BenefitTest {

    private static final Money COPAYMENT = Money.of("1000", "XOF");
    private static final Money CEILING = Money.of("500000", "XOF");
    private static final Period THREE_MONTHS = Period.ofMonths(3);
    private static final org.uhcmodel.value.Period YEARS_2020_ON =
        org.uhcmodel.value.Period.starting(PartialDate.of(2020));

    @Test
    void holdsTheCategoryAndItsCostSharing() {
        Benefit benefit = Benefit.builder()
            .category(ServiceCategory.INPATIENT)
            .coinsurance(Percentage.of(30))
            .copayment(COPAYMENT)
            .ceiling(CEILING)
            .waitingPeriod(THREE_MONTHS)
            .build();
        assertEquals(ServiceCategory.INPATIENT, benefit.category());
        assertEquals(Optional.of(Percentage.of(30)), benefit.coinsurance());
        assertEquals(Optional.of(COPAYMENT), benefit.copayment());
        assertEquals(Optional.of(CEILING), benefit.ceiling());
        assertEquals(Optional.of(THREE_MONTHS), benefit.waitingPeriod());
        assertTrue(benefit.toString().contains("INPATIENT"), benefit.toString());
    }

    @Test
    void holdsTheLevelAccessDeductibleCeilingBasisLimitsAndValidity() {
        QuantityLimit visits = QuantityLimit.of(4, AmountBasis.VISIT, AmountBasis.EPISODE);
        Benefit benefit = Benefit.builder()
            .category(ServiceCategory.MATERNITY)
            .level(FacilityLevel.SECONDARY)
            .access(AccessCondition.ON_REFERRAL)
            .copayment(COPAYMENT)
            .copaymentBasis(AmountBasis.VISIT)
            .deductible(Money.of("2000", "XOF"))
            .deductibleBasis(AmountBasis.PERSON_YEAR)
            .ceiling(CEILING)
            .ceilingBasis(AmountBasis.EPISODE)
            .addQuantityLimit(visits)
            .validity(YEARS_2020_ON)
            .build();
        assertEquals(Optional.of(FacilityLevel.SECONDARY), benefit.level());
        assertEquals(Optional.of(AccessCondition.ON_REFERRAL), benefit.access());
        assertEquals(Optional.of(AmountBasis.VISIT), benefit.copaymentBasis());
        assertEquals(Optional.of(Money.of("2000", "XOF")), benefit.deductible());
        assertEquals(Optional.of(AmountBasis.PERSON_YEAR), benefit.deductibleBasis());
        assertEquals(Optional.of(AmountBasis.EPISODE), benefit.ceilingBasis());
        assertEquals(List.of(visits), benefit.quantityLimits());
        assertEquals(Optional.of(YEARS_2020_ON), benefit.validity());
    }

    @Test
    void isInForceWithinItsValidityOrAlwaysWithoutOne() {
        Benefit dated = Benefit.builder().category(ServiceCategory.OUTPATIENT).validity(YEARS_2020_ON).build();
        assertTrue(dated.isInForceOn(LocalDate.of(2020, 1, 1)));
        assertFalse(dated.isInForceOn(LocalDate.of(2019, 12, 31)));
        assertTrue(Benefit.of(ServiceCategory.OUTPATIENT).isInForceOn(LocalDate.of(1990, 1, 1)));
        assertNullRefused(() -> dated.isInForceOn(null), "date");
    }

    @Test
    void theDeductibleIsInTheCurrencyOfTheCoPayment() {
        assertBroken(() -> Benefit.builder().category(ServiceCategory.INPATIENT).copayment(COPAYMENT)
                .deductible(Money.of("20", "EUR")).ceiling(CEILING).build(),
            "deductible", "benefit.currency-mismatch");
    }

    @Test
    void theCeilingIsInTheCurrencyOfTheDeductibleWhenThereIsNoCoPayment() {
        assertBroken(() -> Benefit.builder().category(ServiceCategory.INPATIENT).deductible(Money.of("20", "EUR"))
                .ceiling(CEILING).build(),
            "ceiling", "benefit.currency-mismatch");
    }

    @Test
    void needsOnlyACategory() {
        Benefit benefit = Benefit.of(ServiceCategory.MATERNITY);
        assertEquals(ServiceCategory.MATERNITY, benefit.category());
        assertTrue(benefit.coinsurance().isEmpty());
        assertTrue(benefit.copayment().isEmpty());
        assertTrue(benefit.ceiling().isEmpty());
        assertTrue(benefit.waitingPeriod().isEmpty());
        assertTrue(benefit.level().isEmpty());
        assertTrue(benefit.access().isEmpty());
        assertTrue(benefit.deductible().isEmpty());
        assertTrue(benefit.quantityLimits().isEmpty());
        assertTrue(benefit.validity().isEmpty());
    }

    @Test
    void isEqualByValue() {
        Benefit one = Benefit.builder().category(ServiceCategory.MEDICINES).coinsurance(Percentage.of(20)).build();
        Benefit same =
            Benefit.builder().category(ServiceCategory.MEDICINES).coinsurance(Percentage.parse("20.0")).build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, Benefit.of(ServiceCategory.MEDICINES));
    }

    @Test
    void coinsuranceMayBeNoneOrAll() {
        assertEquals(Optional.of(Percentage.ZERO),
            Benefit.builder().category(ServiceCategory.PREVENTION).coinsurance(Percentage.of(0)).build().coinsurance());
        assertEquals(Optional.of(Percentage.HUNDRED_PERCENT),
            Benefit.builder().category(ServiceCategory.DENTAL).coinsurance(Percentage.of(100)).build().coinsurance());
    }

    @Test
    void categoryIsRequired() {
        assertBroken(() -> Benefit.builder().coinsurance(Percentage.of(20)).build(), "category", "required");
    }

    @Test
    void aZeroWaitingPeriodIsAllowed() {
        assertEquals(Optional.of(Period.ZERO),
            Benefit.builder().category(ServiceCategory.OUTPATIENT).waitingPeriod(Period.ZERO).build().waitingPeriod());
    }

    @Test
    void waitingPeriodIsNotNegative() {
        assertBroken(
            () -> Benefit.builder().category(ServiceCategory.MATERNITY).waitingPeriod(Period.of(0, 9, -1)).build(),
            "waitingPeriod", "benefit.negative-waiting-period");
    }

    @Test
    void ceilingIsInTheCurrencyOfTheCopayment() {
        assertBroken(() -> Benefit.builder()
                .category(ServiceCategory.INPATIENT)
                .copayment(COPAYMENT)
                .ceiling(Money.of("800", "EUR"))
                .build(),
            "ceiling", "benefit.currency-mismatch");
    }

    @Test
    void neitherTheCopaymentNorTheCeilingMayBeNegative() {
        assertBrokenAll(() -> Benefit.builder()
                .category(ServiceCategory.OUTPATIENT)
                .copayment(Money.of("-500", "XOF"))
                .ceiling(Money.of("-1", "XOF"))
                .build(),
            "ceiling.amount money.negative", "copayment.amount money.negative");
        assertEquals(Optional.of(Money.of("0", "XOF")),
            Benefit.builder().category(ServiceCategory.OUTPATIENT).copayment(Money.of("0", "XOF")).build()
                .copayment());
    }

    @Test
    void aCeilingAloneMayBeInAnyCurrency() {
        assertEquals(Optional.of(Money.of("800", "EUR")),
            Benefit.builder().category(ServiceCategory.TREATMENT_ABROAD).ceiling(Money.of("800", "EUR")).build()
                .ceiling());
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> Benefit.of(null), "category");
        assertNullRefused(() -> Benefit.builder().copayment(null), "copayment");
        assertNullRefused(() -> Benefit.builder().waitingPeriod(null), "waitingPeriod");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertBrokenAll(() -> Benefit.builder()
                .copayment(COPAYMENT)
                .ceiling(Money.of("800", "EUR"))
                .waitingPeriod(Period.ofDays(-30))
                .build(),
            "category required",
            "ceiling benefit.currency-mismatch",
            "waitingPeriod benefit.negative-waiting-period");
    }
}
