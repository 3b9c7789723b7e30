package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

class ExemptionTest {

    private static final PayerShare STATE = PayerShare.builder().payer(PayerType.STATE)
        .share(Percentage.HUNDRED_PERCENT).organization(EntityId.of("ml-ministry-of-health")).build();

    private static Exemption.Builder childrenUnderFive() {
        return Exemption.builder().addGroup(PopulationGroup.CHILDREN).ageBelow(5).addScope(ExemptionScope.COST_SHARING)
            .waived(Percentage.HUNDRED_PERCENT);
    }

    @Test
    void holdsWhoIsExemptFromWhatAndWhoPays() {
        Period since2012 = Period.starting(PartialDate.of(2012));
        Exemption exemption = childrenUnderFive().addGroup(PopulationGroup.PREGNANT_WOMEN)
            .addScope(ExemptionScope.CONTRIBUTIONS).addPayer(STATE).validity(since2012)
            .description(LocalizedText.of("fr", "gratuité des soins pour les enfants de moins de cinq ans")).build();
        assertEquals(Set.of(PopulationGroup.CHILDREN, PopulationGroup.PREGNANT_WOMEN), exemption.groups());
        assertEquals(Optional.of(5), exemption.ageBelow());
        assertEquals(Optional.empty(), exemption.ageFrom());
        assertEquals(Set.of(ExemptionScope.COST_SHARING, ExemptionScope.CONTRIBUTIONS), exemption.scope());
        assertEquals(Percentage.HUNDRED_PERCENT, exemption.waived());
        assertEquals(List.of(STATE), exemption.paidBy());
        assertEquals(Optional.of(since2012), exemption.validity());
        assertTrue(exemption.description().isPresent());
    }

    @Test
    void anExemptionMayBePartialAndNameACategoryOrAnAgeAlone() {
        assertEquals(Percentage.of(50), Exemption.builder().addCategory("1").addScope(ExemptionScope.CONTRIBUTIONS)
            .waived(Percentage.of(50)).build().waived());
        assertEquals(Optional.of(65), Exemption.builder().ageFrom(65).addScope(ExemptionScope.COST_SHARING)
            .waived(Percentage.HUNDRED_PERCENT).build().ageFrom());
    }

    @Test
    void isInForceWithinItsValidity() {
        Exemption exemption = childrenUnderFive().validity(Period.of(PartialDate.of(2012), PartialDate.of(2016)))
            .build();
        assertTrue(exemption.isInForceOn(LocalDate.of(2016, 12, 31)));
        assertFalse(exemption.isInForceOn(LocalDate.of(2017, 1, 1)));
        assertNullRefused(() -> exemption.isInForceOn(null), "date");
    }

    @Test
    void anExemptionNamesWhoIsExempt() {
        assertBroken(() -> Exemption.builder().addScope(ExemptionScope.CONTRIBUTIONS).waived(Percentage.of(100))
            .build(), "", "exemption.nobody");
    }

    @Test
    void anExemptionSparesSomething() {
        assertBroken(() -> Exemption.builder().addGroup(PopulationGroup.INDIGENT).waived(Percentage.of(100)).build(),
            "scope", "not-empty");
    }

    @Test
    void theAgesFormARange() {
        assertBroken(() -> childrenUnderFive().ageFrom(5).build(), "ageBelow", "exemption.age-range");
        assertEquals(Optional.of(0), childrenUnderFive().ageFrom(0).build().ageFrom());
    }

    @Test
    void agesAreNotNegative() {
        assertBroken(() -> childrenUnderFive().ageFrom(-1).build(), "ageFrom", "positive-or-zero");
        assertBroken(() -> childrenUnderFive().ageFrom(2).ageBelow(-1).build(), "ageBelow", "positive-or-zero");
    }

    @Test
    void thePayersSharesAddUpToAHundredEachPayerOnce() {
        assertBroken(() -> childrenUnderFive().addPayer(PayerShare.of(PayerType.STATE, Percentage.of(60))).build(),
            "paidBy", "exemption.shares-sum");
        assertBroken(() -> childrenUnderFive().addPayer(PayerShare.of(PayerType.STATE, Percentage.of(50)))
                .addPayer(PayerShare.of(PayerType.STATE, Percentage.of(50))).build(),
            "paidBy[1].payer", "exemption.duplicate-payer");
    }

    @Test
    void waivedIsRequiredAndEveryBrokenRuleIsReported() {
        assertBrokenAll(() -> Exemption.builder().ageFrom(10).ageBelow(5).addCategory(" ").build(),
            "ageBelow exemption.age-range",
            "categories[0] not-blank",
            "scope not-empty",
            "waived required");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> Exemption.builder().addGroup(null), "groups");
        assertNullRefused(() -> Exemption.builder().waived(null), "waived");
    }
}
