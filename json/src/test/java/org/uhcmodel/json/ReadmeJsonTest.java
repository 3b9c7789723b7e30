package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/** The code of README's "JSON" section behaves as the README says. */
class ReadmeJsonTest {

    @Test
    void readmeJsonSectionBehavesAsDocumented() {
        Organization fund = Organization.builder()
            .id(EntityId.of("dz-cnas"))
            .name(LocalizedText.builder()
                .putEntry("fr", "Caisse nationale des assurances sociales des travailleurs salariés")
                .putEntry("ar", "الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء")
                .build())
            .acronym("CNAS")
            .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
            .country(CountryCode.of("DZ"))
            .build();

        Dataset dataset = Dataset.builder().addOrganization(fund).build();
        String json = UhcJson.writer().pretty().write(dataset);
        Dataset back = UhcJson.reader().read(json, Dataset.class);
        assertEquals(dataset, back);
        assertTrue(json.startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"organizations\": ["), json);

        JsonReadException ex = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(
            "{\"schemaVersion\": \"1.0\", \"persons\": [{\"id\": \"Dr X\", \"age\": 40}]}", Dataset.class));
        assertEquals(List.of("/persons/0/name", "/persons/0/id", "/persons/0/age"),
            ex.problems().stream().map(JsonProblem::pointer).collect(Collectors.toList()));
        assertEquals(List.of("required", "entity-id.format", "json.unknown-property"), ex.rules());
        assertEquals(38, ex.problems().get(0).column());
        assertEquals(45, ex.problems().get(1).column());
    }
}
