package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.EntityId;

/** A document under {@code src/test/resources/valid} that the reader accepts, that is valid against the JSON Schema,
 * and that is written back byte for byte. */
class ValidDocumentsTest {

    private static String read(String file) throws IOException {
        try (InputStream in = ValidDocumentsTest.class.getResourceAsStream("/valid/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPersonMayBeThePartyOfAnAgreement() throws IOException {
        String json = read("dataset-person-as-party.json");
        Dataset dataset = UhcJson.reader().read(json, Dataset.class);
        EntityId expert = EntityId.of("be-health-financing-expert");
        Agreement agreement = dataset.agreements().get(0);
        assertEquals(List.of(Party.of(EntityId.of("dz-cnas"), PartyRole.BENEFICIARY),
            Party.of(expert, PartyRole.IMPLEMENTER)), agreement.parties());
        assertTrue(dataset.find(expert, Person.class).isPresent());
        assertTrue(dataset.find(EntityId.of("dz-cnas"), Organization.class).isPresent());
        assertEquals(List.of(agreement), dataset.agreementsOf(expert));
        assertEquals(json, UhcJson.writer().pretty().write(dataset));
        assertEquals(dataset, UhcJson.reader().read(UhcJson.writer().write(dataset), Dataset.class));
        assertEquals(List.of(), SchemaTest.validate(json, "Dataset"));
    }
}
