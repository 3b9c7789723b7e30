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
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

class ContractTest {

    private static final EntityId ID = EntityId.of("ci-cnam-district-contract");
    private static final EntityId CNAM = EntityId.of("ci-cnam");
    private static final EntityId CMU = EntityId.of("ci-cmu");
    private static final EntityId CENTRE = EntityId.of("ci-mumap-cocody");

    private static Contract.Builder minimal() {
        return Contract.builder().id(ID).purchaser(CNAM).addProvider(CENTRE);
    }

    @Test
    void holdsPurchaserProvidersServicesPaymentAndAccreditation() {
        Place district = Place.of(LocalizedText.of("fr", "District sanitaire de Cocody"), CountryCode.of("CI"));
        PaymentMechanism capitation = PaymentMechanism.builder().method(PaymentMethod.CAPITATION)
            .rate(Money.of("300", "XOF")).rateBasis(AmountBasis.PERSON_MONTH).build();
        Accreditation accreditation = Accreditation.builder().body(EntityId.of("ci-ministry-of-health"))
            .reference("AGR-2023-114").validity(Period.of(PartialDate.of(2023), PartialDate.of(2027))).build();
        Period validity = Period.of(PartialDate.of(2024, 1), PartialDate.of(2026, 12));
        Citation source = Citation.of(EntityId.of("src-002"), "paragraph 4");
        Contract contract = minimal().title(LocalizedText.of("fr", "Convention de prestation de soins"))
            .addScheme(CMU).addProviderClass(ProviderClass.HP_3_4).addLevel(FacilityLevel.PRIMARY).area(district)
            .addService(ServiceCategory.OUTPATIENT).addPaymentMechanism(capitation).accreditation(accreditation)
            .status(AgreementStatus.IN_FORCE).signed(ReportedDate.stated(PartialDate.of(2023, 12, 15)))
            .validity(validity).addCitation(source).build();
        assertEquals(ID, contract.id());
        assertEquals(CNAM, contract.purchaser());
        assertEquals(List.of(CMU), contract.schemes());
        assertEquals(List.of(CENTRE), contract.providers());
        assertEquals(Set.of(ProviderClass.HP_3_4), contract.providerClasses());
        assertEquals(Set.of(FacilityLevel.PRIMARY), contract.levels());
        assertEquals(Optional.of(district), contract.area());
        assertEquals(Set.of(ServiceCategory.OUTPATIENT), contract.services());
        assertEquals(List.of(capitation), contract.paymentMechanisms());
        assertEquals(Optional.of(accreditation), contract.accreditation());
        assertEquals(Optional.of("AGR-2023-114"), accreditation.reference());
        assertEquals(Optional.of(AgreementStatus.IN_FORCE), contract.status());
        assertEquals(Optional.of(validity), contract.validity());
        assertEquals(List.of(source), contract.citations());
        assertTrue(contract.title().isPresent());
        assertTrue(contract.signed().isPresent());
    }

    @Test
    void aContractMayNameAClassOrALevelOfProvidersInsteadOfProviders() {
        assertEquals(Set.of(ProviderClass.HP_1), Contract.builder().id(ID).purchaser(CNAM)
            .addProviderClass(ProviderClass.HP_1).build().providerClasses());
        assertEquals(Set.of(FacilityLevel.PRIMARY), Contract.builder().id(ID).purchaser(CNAM)
            .addLevel(FacilityLevel.PRIMARY).build().levels());
    }

    @Test
    void aContractNamesItsProviders() {
        assertBroken(() -> Contract.builder().id(ID).purchaser(CNAM).addScheme(CMU).build(),
            "providers", "contract.no-provider");
    }

    @Test
    void isInForceWithinItsValidity() {
        Contract contract = minimal().validity(Period.of(PartialDate.of(2024), PartialDate.of(2026))).build();
        assertTrue(contract.isInForceOn(LocalDate.of(2025, 1, 1)));
        assertFalse(contract.isInForceOn(LocalDate.of(2027, 1, 1)));
        assertTrue(minimal().build().isInForceOn(LocalDate.of(1999, 1, 1)));
        assertNullRefused(() -> contract.isInForceOn(null), "date");
    }

    @Test
    void isAnEntityWhoseReferencesNameOrganisationsAndSchemes() {
        ModelType<Contract> type = ModelTypes.of(Contract.class);
        assertEquals(Optional.of(EntityKind.CONTRACT), type.entityKind());
        for (String organisation : List.of("purchaser", "providers")) {
            assertEquals(Set.of(EntityKind.ORGANIZATION), type.property(organisation).orElseThrow().references());
        }
        assertEquals(Set.of(EntityKind.SCHEME), type.property("schemes").orElseThrow().references());
        assertEquals(Set.of(EntityKind.ORGANIZATION),
            ModelTypes.of(Accreditation.class).property("body").orElseThrow().references());
    }

    @Test
    void requiredAttributesAreReportedTogether() {
        assertBrokenAll(() -> Contract.builder().build(),
            "id required", "providers contract.no-provider", "purchaser required");
        assertBroken(() -> Accreditation.builder().reference(" ").body(CNAM).build(), "reference", "not-blank");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> minimal().purchaser(null), "purchaser");
        assertNullRefused(() -> minimal().addScheme(null), "schemes");
    }
}
