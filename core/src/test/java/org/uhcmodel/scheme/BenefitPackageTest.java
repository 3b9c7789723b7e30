package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

class BenefitPackageTest {

    private static final Benefit OUTPATIENT =
        Benefit.builder().category(ServiceCategory.OUTPATIENT).coinsurance(Percentage.of(30)).build();
    private static final Benefit INPATIENT =
        Benefit.builder().category(ServiceCategory.INPATIENT).coinsurance(Percentage.of(10)).build();
    private static final Benefit AT_HEALTH_CENTRES = Benefit.builder().category(ServiceCategory.OUTPATIENT)
        .level(FacilityLevel.PRIMARY).copayment(Money.of("200", "XOF")).copaymentBasis(AmountBasis.VISIT).build();
    private static final Benefit AT_HOSPITALS = Benefit.builder().category(ServiceCategory.OUTPATIENT)
        .level(FacilityLevel.SECONDARY).copayment(Money.of("1000", "XOF")).copaymentBasis(AmountBasis.VISIT).build();

    @Test
    void holdsItsBenefitsInOrder() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).addBenefit(INPATIENT).build();
        assertEquals(List.of(OUTPATIENT, INPATIENT), benefits.benefits());
        assertTrue(benefits.toString().contains("OUTPATIENT"), benefits.toString());
        assertThrows(UnsupportedOperationException.class, () -> benefits.benefits().add(OUTPATIENT));
    }

    @Test
    void findsTheBenefitsOfACategory() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).addBenefit(INPATIENT)
            .addBenefit(AT_HOSPITALS).build();
        assertEquals(List.of(INPATIENT), benefits.benefitsFor(ServiceCategory.INPATIENT));
        assertEquals(List.of(OUTPATIENT, AT_HOSPITALS), benefits.benefitsFor(ServiceCategory.OUTPATIENT));
        assertEquals(List.of(), benefits.benefitsFor(ServiceCategory.DENTAL));
    }

    @Test
    void aCategoryMayBeCoveredAtEachLevelOfCareWithItsOwnCoPayment() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(AT_HEALTH_CENTRES).addBenefit(AT_HOSPITALS)
            .build();
        assertEquals(List.of(Optional.of(Money.of("200", "XOF")), Optional.of(Money.of("1000", "XOF"))),
            benefits.benefitsFor(ServiceCategory.OUTPATIENT).stream().map(Benefit::copayment)
                .collect(Collectors.toList()));
    }

    @Test
    void aCategoryMayBeCoveredUnderEachAccessCondition() {
        Benefit onReferral = Benefit.builder().category(ServiceCategory.INPATIENT).access(AccessCondition.ON_REFERRAL)
            .coinsurance(Percentage.of(10)).build();
        Benefit bypassing = Benefit.builder().category(ServiceCategory.INPATIENT)
            .access(AccessCondition.WITHOUT_REFERRAL).coinsurance(Percentage.of(50)).build();
        assertEquals(List.of(onReferral, bypassing),
            BenefitPackage.builder().addBenefit(onReferral).addBenefit(bypassing).build().benefits());
    }

    @Test
    void aCoPaymentThatChangedIsTwoBenefitsWithTheirPeriods() {
        Benefit before = Benefit.builder().from(AT_HEALTH_CENTRES)
            .validity(Period.of(PartialDate.of(2015), PartialDate.of(2019))).build();
        Benefit after = Benefit.builder().category(ServiceCategory.OUTPATIENT).level(FacilityLevel.PRIMARY)
            .copayment(Money.of("300", "XOF")).validity(Period.starting(PartialDate.of(2020))).build();
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(before).addBenefit(after).build();
        assertEquals(List.of(before), benefits.benefitsInForce(LocalDate.of(2018, 5, 1)));
        assertEquals(List.of(after), benefits.benefitsInForce(LocalDate.of(2021, 5, 1)));
    }

    @Test
    void aCategoryIsCoveredOnceAtALevelAtATime() {
        Benefit overlapping = Benefit.builder().category(ServiceCategory.OUTPATIENT).level(FacilityLevel.PRIMARY)
            .copayment(Money.of("300", "XOF")).validity(Period.starting(PartialDate.of(2019))).build();
        assertBroken(() -> BenefitPackage.builder()
                .addBenefit(Benefit.builder().from(AT_HEALTH_CENTRES)
                    .validity(Period.of(PartialDate.of(2015), PartialDate.of(2019))).build())
                .addBenefit(overlapping)
                .build(),
            "benefits[1].category", "benefit-package.duplicate-category");
    }

    @Test
    void holdsItsExclusions() {
        Exclusion cosmetic = Exclusion.builder().description(LocalizedText.of("fr", "chirurgie esthétique"))
            .category(ServiceCategory.SURGERY).build();
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).addExclusion(cosmetic).build();
        assertEquals(List.of(cosmetic), benefits.exclusions());
        assertTrue(BenefitPackage.builder().addBenefit(OUTPATIENT).build().exclusions().isEmpty());
    }

    @Test
    void isEqualByValue() {
        BenefitPackage one = BenefitPackage.builder().addBenefit(OUTPATIENT).build();
        BenefitPackage same = BenefitPackage.builder()
            .addBenefit(Benefit.builder().category(ServiceCategory.OUTPATIENT).coinsurance(Percentage.of(30)).build())
            .build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, BenefitPackage.builder().addBenefit(INPATIENT).build());
    }

    @Test
    void aPackageCoversAtLeastOneCategory() {
        assertBroken(() -> BenefitPackage.builder().build(), "benefits", "not-empty");
    }

    @Test
    void missingBenefitIsRefusedAtOnce() {
        assertNullRefused(() -> BenefitPackage.builder().addBenefit(OUTPATIENT).addBenefit(null), "benefits");
        assertNullRefused(() -> BenefitPackage.builder().benefits(Arrays.asList(OUTPATIENT, null)), "benefits");
    }

    @Test
    void theBenefitsCanBeReplaced() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).benefits(List.of(INPATIENT)).build();
        assertEquals(List.of(INPATIENT), benefits.benefits());
    }

    @Test
    void aCategoryIsCoveredOnlyOnce() {
        assertBroken(() -> BenefitPackage.builder()
                .addBenefit(OUTPATIENT)
                .addBenefit(INPATIENT)
                .addBenefit(Benefit.of(ServiceCategory.OUTPATIENT))
                .build(),
            "benefits[2].category", "benefit-package.duplicate-category");
    }

    @Test
    void reportsEveryRepetition() {
        assertBrokenAll(() -> BenefitPackage.builder()
                .addBenefit(OUTPATIENT)
                .addBenefit(OUTPATIENT)
                .addBenefit(INPATIENT)
                .addBenefit(INPATIENT)
                .build(),
            "benefits[1].category benefit-package.duplicate-category",
            "benefits[3].category benefit-package.duplicate-category");
    }

    @Test
    void queriesRefuseNull() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).build();
        assertNullRefused(() -> benefits.benefitsFor(null), "category");
        assertNullRefused(() -> benefits.benefitsInForce(null), "date");
    }
}
