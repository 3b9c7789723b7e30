package org.example.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.json.JsonReadException;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/** What a user does with the artifacts on the class path: plain Jackson, UhcJson, the schema, generated values. */
class MembershipTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private static final Organization FUND = Organization.builder()
        .id(EntityId.of("dz-cnas"))
        .name(LocalizedText.of("fr", "Caisse nationale des assurances sociales"))
        .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
        .country(CountryCode.of("DZ"))
        .build();

    @Test
    void plainJacksonWritesAndReadsAModelValueInsideARecordAsUhcJsonDoes() {
        String json = MAPPER.writeValueAsString(new Membership("member", FUND));
        assertEquals("{\"role\":\"member\",\"organization\":" + UhcJson.writer().write(FUND) + "}", json);
        assertEquals(new Membership("member", FUND), MAPPER.readValue(json, Membership.class));
        assertEquals(FUND, UhcJson.reader().read(UhcJson.writer().write(FUND), Organization.class));
    }

    @Test
    void anInvalidModelValueInsideARecordIsRefusedAsBadInput() {
        JsonReadException ex = assertThrows(JsonReadException.class, () -> MAPPER.readValue(
            "{\"role\": \"member\", \"organization\": {\"id\": \"dz-cnas\", \"kind\": \"fund\"}}", Membership.class));
        assertInstanceOf(StreamReadException.class, ex);
        assertEquals(List.of("required", "unknown-code"), ex.rules());
    }

    @Test
    void theSchemaIsReadFromTheJar() throws Exception {
        try (InputStream in = MembershipTest.class.getResourceAsStream(UhcJson.SCHEMA_RESOURCE)) {
            assertNotNull(in, UhcJson.SCHEMA_RESOURCE);
            assertEquals(UhcJson.schema(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(UhcJson.schema().contains("\"title\" : \"Organization\"")
            || UhcJson.schema().contains("\"title\": \"Organization\""));
    }

    @Property(tries = 200)
    void everyGeneratedOrganizationReadsBackInsideARecord(@ForAll Organization organization) {
        Membership membership = new Membership("member", organization);
        assertEquals(membership, MAPPER.readValue(MAPPER.writeValueAsString(membership), Membership.class));
    }
}
