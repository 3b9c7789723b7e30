package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

class PaymentMechanismTest {

    @Test
    void holdsTheMethodRateAndWhatItAppliesTo() {
        EntityId centre = EntityId.of("ci-mumap-cocody");
        Period since2023 = Period.starting(PartialDate.of(2023));
        PaymentMechanism capitation = PaymentMechanism.builder().method(PaymentMethod.CAPITATION)
            .rate(Money.of("300", "XOF")).rateBasis(AmountBasis.PERSON_MONTH).addService(ServiceCategory.OUTPATIENT)
            .addLevel(FacilityLevel.PRIMARY).addProviderClass(ProviderClass.HP_3_4).addProvider(centre)
            .validity(since2023).note(LocalizedText.of("fr", "ajustée selon l'âge")).build();
        assertEquals(PaymentMethod.CAPITATION, capitation.method());
        assertEquals(Optional.of(Money.of("300", "XOF")), capitation.rate());
        assertEquals(Optional.of(AmountBasis.PERSON_MONTH), capitation.rateBasis());
        assertEquals(Set.of(ServiceCategory.OUTPATIENT), capitation.services());
        assertEquals(Set.of(FacilityLevel.PRIMARY), capitation.levels());
        assertEquals(Set.of(ProviderClass.HP_3_4), capitation.providerClasses());
        assertEquals(List.of(centre), capitation.providers());
        assertEquals(Optional.of(since2023), capitation.validity());
        assertTrue(capitation.note().isPresent());
        assertWarned(PaymentMechanism.class, capitation);
    }

    @Test
    void aMethodAloneIsAMechanismForEveryProvider() {
        PaymentMechanism budget = PaymentMechanism.of(PaymentMethod.GLOBAL_BUDGET);
        assertTrue(budget.providers().isEmpty());
        assertTrue(budget.providerClasses().isEmpty());
        assertTrue(budget.rate().isEmpty());
    }

    @Test
    void isInForceWithinItsValidity() {
        PaymentMechanism dated = PaymentMechanism.builder().method(PaymentMethod.FEE_FOR_SERVICE)
            .validity(Period.ending(PartialDate.of(2019))).build();
        assertTrue(dated.isInForceOn(LocalDate.of(2019, 6, 1)));
        assertFalse(dated.isInForceOn(LocalDate.of(2020, 6, 1)));
        assertNullRefused(() -> dated.isInForceOn(null), "date");
    }

    @ParameterizedTest
    @CsvSource({
        "CAPITATION, PERSON_YEAR", "FEE_FOR_SERVICE, SERVICE", "FEE_FOR_SERVICE, PRESCRIPTION", "CASE_BASED, ADMISSION",
        "CASE_BASED, EPISODE", "PER_DIEM, DAY", "GLOBAL_BUDGET, YEAR", "LINE_ITEM_BUDGET, MONTH", "SALARY, MONTH",
        "RESULTS_BASED, SERVICE", "RESULTS_BASED, PERSON_YEAR",
    })
    void aRateCountedPerWhatTheMethodPaysForIsPlausible(PaymentMethod method, AmountBasis basis) {
        assertWarned(PaymentMechanism.class, PaymentMechanism.builder().method(method).rateBasis(basis).build());
    }

    @ParameterizedTest
    @CsvSource({
        "CAPITATION, ADMISSION", "FEE_FOR_SERVICE, PERSON_MONTH", "CASE_BASED, DAY", "PER_DIEM, ADMISSION",
        "GLOBAL_BUDGET, VISIT", "SALARY, SERVICE",
    })
    void aRateCountedPerSomethingElseIsBuiltWithAWarning(PaymentMethod method, AmountBasis basis) {
        assertWarned(PaymentMechanism.class, PaymentMechanism.builder().method(method).rateBasis(basis).build(),
            "rateBasis payment-mechanism.method-basis");
    }

    @Test
    void providersAreOrganisations() {
        assertEquals(Set.of(EntityKind.ORGANIZATION),
            ModelTypes.of(PaymentMechanism.class).property("providers").orElseThrow().references());
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> PaymentMechanism.of(null), "method");
        assertNullRefused(() -> PaymentMechanism.builder().addProvider(null), "providers");
    }
}
