package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.Percentage;

class BenefitPackageTest {

    private static final Benefit OUTPATIENT =
        Benefit.builder().category(ServiceCategory.OUTPATIENT).coinsurance(Percentage.of(30)).build();
    private static final Benefit INPATIENT =
        Benefit.builder().category(ServiceCategory.INPATIENT).coinsurance(Percentage.of(10)).build();

    @Test
    void holdsItsBenefitsInOrder() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).addBenefit(INPATIENT).build();
        assertEquals(List.of(OUTPATIENT, INPATIENT), benefits.benefits());
        assertTrue(benefits.toString().contains("OUTPATIENT"), benefits.toString());
        assertThrows(UnsupportedOperationException.class, () -> benefits.benefits().add(OUTPATIENT));
    }

    @Test
    void findsTheBenefitOfACategory() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).addBenefit(INPATIENT).build();
        assertEquals(Optional.of(INPATIENT), benefits.benefitFor(ServiceCategory.INPATIENT));
        assertEquals(Optional.empty(), benefits.benefitFor(ServiceCategory.DENTAL));
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
    void benefitForRefusesANullCategory() {
        BenefitPackage benefits = BenefitPackage.builder().addBenefit(OUTPATIENT).build();
        assertNullRefused(() -> benefits.benefitFor(null), "category");
    }
}
