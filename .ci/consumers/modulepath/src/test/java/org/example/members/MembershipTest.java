package org.example.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.json.JsonReadException;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/** What a user does with the artifacts on the module path: plain Jackson, UhcJson and the schema. */
class MembershipTest {

    private static final Organization FUND = Organization.builder()
        .id(EntityId.of("dz-cnas"))
        .name(LocalizedText.of("fr", "Caisse nationale des assurances sociales"))
        .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
        .country(CountryCode.of("DZ"))
        .build();

    @Test
    void theTestsRunInTheNamedModule() {
        assertEquals("org.example.members", MembershipTest.class.getModule().getName());
        assertEquals("org.uhcmodel.json", UhcJson.class.getModule().getName());
    }

    @Test
    void plainJacksonWritesAndReadsAModelValueInsideARecordAsUhcJsonDoes() {
        String json = Membership.MAPPER.writeValueAsString(new Membership("member", FUND));
        assertEquals("{\"role\":\"member\",\"organization\":" + UhcJson.writer().write(FUND) + "}", json);
        assertEquals(new Membership("member", FUND), Membership.MAPPER.readValue(json, Membership.class));
        assertEquals(FUND, UhcJson.reader().read(UhcJson.writer().write(FUND), Organization.class));
    }

    @Test
    void anInvalidModelValueInsideARecordIsRefused() {
        JsonReadException ex = assertThrows(JsonReadException.class, () -> Membership.MAPPER.readValue(
            "{\"role\": \"member\", \"organization\": {\"id\": \"dz-cnas\", \"kind\": \"fund\"}}", Membership.class));
        assertEquals(List.of("required", "unknown-code"), ex.rules());
    }

    @Test
    void theSchemaIsReadFromAnotherModule() throws Exception {
        assertEquals(UhcJson.schema(), Membership.schema());
        assertEquals(UhcJson.schema(), Membership.schemaFromClassLoader());
    }
}
