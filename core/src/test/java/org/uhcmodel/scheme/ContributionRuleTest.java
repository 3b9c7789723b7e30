package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;

class ContributionRuleTest {

    private static final PayerShare EMPLOYER_TWO_THIRDS = PayerShare.of(PayerType.EMPLOYER, Percentage.parse("66.67"));
    private static final PayerShare EMPLOYEE_ONE_THIRD = PayerShare.of(PayerType.EMPLOYEE, Percentage.parse("33.33"));
    private static final Money PREMIUM = Money.of("1000", "XOF");

    private static ContributionRule.Builder onSalary() {
        return ContributionRule.builder().basis(ContributionBasis.PERCENTAGE_OF_SALARY).rate(Percentage.of(9));
    }

    @Test
    void holdsEveryAttribute() {
        ContributionRule rule = onSalary()
            .period(ContributionPeriod.MONTH)
            .addShare(EMPLOYER_TWO_THIRDS)
            .addShare(EMPLOYEE_ONE_THIRD)
            .build();
        assertEquals(ContributionBasis.PERCENTAGE_OF_SALARY, rule.basis());
        assertEquals(Optional.of(Percentage.of(9)), rule.rate());
        assertEquals(Optional.empty(), rule.amount());
        assertEquals(Optional.of(ContributionPeriod.MONTH), rule.period());
        assertEquals(List.of(EMPLOYER_TWO_THIRDS, EMPLOYEE_ONE_THIRD), rule.shares());
        assertTrue(rule.toString().contains("PERCENTAGE_OF_SALARY"), rule.toString());
    }

    @Test
    void isEqualByValue() {
        ContributionRule one = onSalary().build();
        ContributionRule same = ContributionRule.builder().basis(ContributionBasis.PERCENTAGE_OF_SALARY)
            .rate(Percentage.parse("9.0")).build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, onSalary().rate(Percentage.of(10)).build());
    }

    @Test
    void aStateSubsidyNeedsNeitherRateNorAmount() {
        ContributionRule rule = ContributionRule.builder().basis(ContributionBasis.STATE_SUBSIDY)
            .addShare(PayerShare.of(PayerType.STATE, Percentage.of(100))).build();
        assertTrue(rule.rate().isEmpty());
        assertTrue(rule.amount().isEmpty());
    }

    @Test
    void aFlatPremiumPerHouseholdHoldsItsAmount() {
        ContributionRule rule = ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD)
            .amount(PREMIUM).period(ContributionPeriod.YEAR).build();
        assertEquals(Optional.of(PREMIUM), rule.amount());
    }

    @Test
    void aPremiumMayNotBeNegative() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(Money.of("-1000", "XOF")).build(),
            "amount.amount", "money.negative");
    }

    @Test
    void rateMayBeZeroOrAHundred() {
        assertEquals(Optional.of(Percentage.ZERO), onSalary().rate(Percentage.of(0)).build().rate());
        assertEquals(Optional.of(Percentage.HUNDRED_PERCENT), onSalary().rate(Percentage.of(100)).build().rate());
    }

    @Test
    void basisIsRequired() {
        assertBroken(() -> ContributionRule.builder().rate(Percentage.of(9)).build(), "basis", "required");
    }

    @Test
    void aPercentageOfSalaryNeedsARate() {
        ModelViolationException ex = assertBroken(() -> ContributionRule.builder()
                .basis(ContributionBasis.PERCENTAGE_OF_SALARY).amount(PREMIUM).build(),
            "rate", "contribution-rule.rate-required");
        assertEquals(Optional.empty(), only(ex).invalidValue(), "the missing rate, not the rule");
    }

    @Test
    void aFlatPremiumPerPersonNeedsAnAmount() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .rate(Percentage.of(5)).build(),
            "amount", "contribution-rule.amount-required");
    }

    @Test
    void aFlatPremiumPerHouseholdNeedsAnAmount() {
        ModelViolationException ex = assertBroken(() -> ContributionRule.builder()
                .basis(ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD).build(),
            "amount", "contribution-rule.amount-required");
        assertEquals(Optional.empty(), only(ex).invalidValue(), "the missing amount, not the rule");
    }

    @Test
    void sharesAddUpToExactlyAHundred() {
        assertBroken(() -> onSalary().addShare(EMPLOYER_TWO_THIRDS)
                .addShare(PayerShare.of(PayerType.EMPLOYEE, Percentage.parse("33.32"))).build(),
            "shares", "contribution-rule.shares-sum");
    }

    @Test
    void sharesDoNotAddUpToMoreThanAHundred() {
        assertBroken(() -> onSalary().addShare(PayerShare.of(PayerType.EMPLOYER, Percentage.of(100)))
                .addShare(PayerShare.of(PayerType.EMPLOYEE, Percentage.of(1))).build(),
            "shares", "contribution-rule.shares-sum");
    }

    @Test
    void aSingleShareOfAHundredIsAllowed() {
        assertEquals(1, onSalary().addShare(PayerShare.of(PayerType.EMPLOYER, Percentage.HUNDRED_PERCENT)).build()
            .shares().size());
    }

    @Test
    void aPayerHasOnlyOneShare() {
        assertBroken(() -> onSalary()
                .addShare(PayerShare.of(PayerType.EMPLOYEE, Percentage.of(50)))
                .addShare(PayerShare.of(PayerType.EMPLOYER, Percentage.of(0)))
                .addShare(PayerShare.of(PayerType.EMPLOYEE, Percentage.of(50)))
                .build(),
            "shares[2].payer", "contribution-rule.duplicate-payer");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> onSalary().addShare(null), "shares");
        assertNullRefused(() -> onSalary().rate(null), "rate");
        assertNullRefused(() -> onSalary().amount(null), "amount");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertBrokenAll(() -> ContributionRule.builder()
                .basis(ContributionBasis.PERCENTAGE_OF_SALARY)
                .addShare(EMPLOYER_TWO_THIRDS)
                .addShare(EMPLOYER_TWO_THIRDS)
                .build(),
            "rate contribution-rule.rate-required",
            "shares contribution-rule.shares-sum",
            "shares[1].payer contribution-rule.duplicate-payer");
    }
}
