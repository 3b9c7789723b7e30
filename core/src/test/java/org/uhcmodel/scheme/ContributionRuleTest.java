package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

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
    void holdsItsBaseRangeCapsGroupsCategoriesValidityAndName() {
        Period from2020 = Period.starting(PartialDate.of(2020));
        ContributionRule rule = ContributionRule.builder()
            .basis(ContributionBasis.PERCENTAGE_OF_INCOME)
            .rate(Percentage.parse("3.5"))
            .base(LocalizedText.of("fr", "revenu déclaré"))
            .baseCeiling(Money.of("5000000", "XOF"))
            .minimum(Money.of("1000", "XOF"))
            .maximum(Money.of("20000", "XOF"))
            .period(ContributionPeriod.HALF_YEAR)
            .addGroup(PopulationGroup.INFORMAL_SECTOR)
            .addCategory("2")
            .validity(from2020)
            .name(LocalizedText.of("fr", "cotisation"))
            .build();
        assertEquals(Optional.of(LocalizedText.of("fr", "revenu déclaré")), rule.base());
        assertEquals(Optional.of(Money.of("5000000", "XOF")), rule.baseCeiling());
        assertEquals(Optional.of(Money.of("1000", "XOF")), rule.minimum());
        assertEquals(Optional.of(Money.of("20000", "XOF")), rule.maximum());
        assertEquals(Set.of(PopulationGroup.INFORMAL_SECTOR), rule.groups());
        assertEquals(List.of("2"), rule.categories());
        assertEquals(Optional.of(from2020), rule.validity());
        assertEquals(Optional.of(LocalizedText.of("fr", "cotisation")), rule.name());
    }

    @Test
    void aPremiumPerPersonMayBeCappedPerHousehold() {
        ContributionRule rule = ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
            .amount(PREMIUM).householdCap(Money.of("5000", "XOF")).build();
        assertEquals(Optional.of(Money.of("5000", "XOF")), rule.householdCap());
    }

    @Test
    void aPremiumPerFamilyMayCoverANumberOfMembers() {
        ContributionRule rule = ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_FAMILY)
            .amount(PREMIUM).membersCovered(6).build();
        assertEquals(Optional.of(6), rule.membersCovered());
    }

    @Test
    void aPremiumCoversAtLeastOneMember() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD)
                .amount(PREMIUM).membersCovered(0).build(),
            "membersCovered", "contribution-rule.members-covered");
    }

    @Test
    void aHouseholdCapAppliesOnlyToAPremiumPerPerson() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD)
                .amount(PREMIUM).householdCap(Money.of("5000", "XOF")).build(),
            "householdCap", "contribution-rule.cap-unit");
    }

    @Test
    void aNumberOfMembersCoveredAppliesOnlyToAPremiumPerHouseholdOrFamily() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(PREMIUM).membersCovered(5).build(),
            "membersCovered", "contribution-rule.cap-unit");
    }

    @Test
    void aFlatPremiumMayBeARange() {
        ContributionRule rule = ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
            .minimum(Money.of("1000", "XOF")).maximum(Money.of("3000", "XOF")).build();
        assertEquals(Optional.empty(), rule.amount());
        assertEquals(Optional.of(Money.of("3000", "XOF")), rule.maximum());
    }

    @Test
    void theMinimumLiesNotAboveTheMaximum() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .minimum(Money.of("3000", "XOF")).maximum(Money.of("1000", "XOF")).build(),
            "maximum", "contribution-rule.range-order");
    }

    @Test
    void theAmountLiesWithinTheRange() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(Money.of("500", "XOF")).minimum(Money.of("1000", "XOF")).build(),
            "amount", "contribution-rule.amount-outside-range");
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(Money.of("5000", "XOF")).maximum(Money.of("3000", "XOF")).build(),
            "amount", "contribution-rule.amount-outside-range");
        assertEquals(Optional.of(Money.of("1000", "XOF")), ContributionRule.builder()
            .basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON).amount(Money.of("1000", "XOF"))
            .minimum(Money.of("1000.00", "XOF")).maximum(Money.of("1000", "XOF")).build().amount());
    }

    @Test
    void theAmountsAreInOneCurrency() {
        assertBrokenAll(() -> onSalary().baseCeiling(Money.of("5000", "EUR")).minimum(Money.of("10", "XOF"))
                .householdCap(Money.of("50", "USD")).build(),
            "baseCeiling contribution-rule.currency-mismatch",
            "householdCap contribution-rule.cap-unit",
            "householdCap contribution-rule.currency-mismatch");
    }

    @Test
    void aRangeInTwoCurrenciesIsReportedOnceAsACurrencyMismatch() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .minimum(Money.of("3000", "XOF")).maximum(Money.of("1", "EUR")).build(),
            "maximum", "contribution-rule.currency-mismatch");
    }

    @ParameterizedTest
    @EnumSource(value = ContributionBasis.class, names = {"PERCENTAGE_OF_INCOME", "PERCENTAGE_OF_PENSION"})
    void everyPercentageNeedsARate(ContributionBasis basis) {
        assertBroken(() -> ContributionRule.builder().basis(basis).build(), "rate", "contribution-rule.rate-required");
    }

    @Test
    void aFlatPremiumPerFamilyNeedsAnAmount() {
        assertBroken(() -> ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_FAMILY).build(),
            "amount", "contribution-rule.amount-required");
    }

    @Test
    void isInForceWithinItsValidity() {
        ContributionRule until2019 = onSalary().validity(Period.of(PartialDate.of(2015), PartialDate.of(2019))).build();
        assertTrue(until2019.isInForceOn(LocalDate.of(2019, 12, 31)));
        assertFalse(until2019.isInForceOn(LocalDate.of(2020, 1, 1)));
        assertTrue(onSalary().build().isInForceOn(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void appliesToTheGroupsAndCategoriesItNamesOrToEveryoneWithoutThem() {
        ContributionRule informal = onSalary().addGroup(PopulationGroup.INFORMAL_SECTOR).addCategory("1").build();
        assertTrue(informal.appliesTo(PopulationGroup.INFORMAL_SECTOR));
        assertFalse(informal.appliesTo(PopulationGroup.CIVIL_SERVANTS));
        assertTrue(informal.appliesToCategory("1"));
        assertFalse(informal.appliesToCategory("2"));
        assertTrue(onSalary().build().appliesTo(PopulationGroup.CIVIL_SERVANTS));
        assertTrue(onSalary().build().appliesToCategory("2"));
    }

    @Test
    void aCategoryCodeIsNotBlank() {
        assertBroken(() -> onSalary().addCategory(" ").build(), "categories[0]", "not-blank");
    }

    @Test
    void queriesRefuseNull() {
        ContributionRule rule = onSalary().build();
        assertNullRefused(() -> rule.isInForceOn(null), "date");
        assertNullRefused(() -> rule.appliesTo(null), "group");
        assertNullRefused(() -> rule.appliesToCategory(null), "category");
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
