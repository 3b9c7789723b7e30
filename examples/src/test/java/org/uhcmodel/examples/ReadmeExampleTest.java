package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * The code shown in README's "A taste" section behaves as the README says.
 */
class ReadmeExampleTest {

    @Test
    void readmeTasteBehavesAsDocumented() {
        EntityId cnas = EntityId.of("dz-cnas");
        Organization fund = Organization.builder()
            .id(cnas)
            .name(LocalizedText.builder()
                .putEntry("fr", "Caisse nationale des assurances sociales des travailleurs salariés")
                .putEntry("ar", "الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء")
                .build())
            .acronym("CNAS")
            .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
            .country(CountryCode.of("DZ"))
            .build();
        assertEquals("15", fund.iatiType().code());
        assertEquals("الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء", fund.name().in("ar").orElseThrow());

        ModelViolationException ex = assertThrows(ModelViolationException.class, () -> Agreement.builder()
            .id(EntityId.of("cnas-chu-bruxelles-convention"))
            .kind(AgreementKind.PARTNERSHIP_CONVENTION)
            .title(LocalizedText.of("fr", "Convention de partenariat CNAS – CHU de Bruxelles"))
            .status(AgreementStatus.SIGNED)
            .addParty(Party.of(cnas, PartyRole.SIGNATORY))
            .build());
        assertEquals(List.of("agreement.too-few-parties"), ex.rules());
        assertEquals("parties", ex.violations().get(0).path());
    }

    @Test
    void seedDatasetBuilds() {
        assertEquals(SeedDataset.build(), SeedExamples.seedDataset());
        assertEquals(8, SeedExamples.seedDataset().agreements().size());
    }
}
