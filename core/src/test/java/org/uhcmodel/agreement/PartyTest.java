package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

class PartyTest {

    private static final EntityId CNAS = EntityId.of("dz-cnas");
    private static final EntityId CHU_BRUXELLES = EntityId.of("be-chu-bruxelles");

    @Test
    void holdsActorAndRole() {
        Party party = Party.of(CNAS, PartyRole.SIGNATORY);
        assertEquals(CNAS, party.actor());
        assertEquals(PartyRole.SIGNATORY, party.role());
    }

    @Test
    void builderAndFactoryAgree() {
        assertEquals(Party.of(CNAS, PartyRole.FUNDER), Party.builder().actor(CNAS).role(PartyRole.FUNDER).build());
    }

    @Test
    void equalsByValue() {
        Party party = Party.of(CNAS, PartyRole.SIGNATORY);
        assertEquals(party, Party.of(EntityId.of("dz-cnas"), PartyRole.SIGNATORY));
        assertEquals(party.hashCode(), Party.of(EntityId.of("dz-cnas"), PartyRole.SIGNATORY).hashCode());
        assertNotEquals(party, Party.of(CNAS, PartyRole.FUNDER));
        assertNotEquals(party, Party.of(CHU_BRUXELLES, PartyRole.SIGNATORY));
    }

    @Test
    void toStringNamesActorAndRole() {
        String text = Party.of(CNAS, PartyRole.BENEFICIARY).toString();
        assertTrue(text.contains("dz-cnas"), text);
        assertTrue(text.contains("BENEFICIARY"), text);
    }

    @Test
    void aBuilderCopiesAParty() {
        Party party = Party.of(CNAS, PartyRole.SIGNATORY);
        assertEquals(party, Party.builder().from(party).build());
        assertEquals(Party.of(CNAS, PartyRole.FUNDER), Party.builder().from(party).role(PartyRole.FUNDER).build());
    }

    @Test
    void theActorNamesAnOrganisationOrAPerson() {
        assertEquals(Set.of(EntityKind.ORGANIZATION, EntityKind.PERSON),
            ModelTypes.of(Party.class).property("actor").orElseThrow().references());
        assertWarned(Party.class, Party.of(CNAS, PartyRole.SIGNATORY));
    }

    @Test
    void actorIsRequired() {
        assertBroken(() -> Party.builder().role(PartyRole.SIGNATORY).build(), "actor", "required");
    }

    @Test
    void roleIsRequired() {
        assertBroken(() -> Party.builder().actor(CNAS).build(), "role", "required");
    }

    @Test
    void aNullIsRefusedAtOnceNamingTheParameter() {
        assertNullRefused(() -> Party.of(null, PartyRole.SIGNATORY), "actor");
        assertNullRefused(() -> Party.of(CNAS, null), "role");
        assertNullRefused(() -> Party.builder().actor(null), "actor");
        assertNullRefused(() -> Party.builder().role(null), "role");
        assertNullRefused(() -> Party.builder().from(null), "value");
    }

    @Test
    void missingActorAndRoleAreReportedTogether() {
        assertBrokenAll(() -> Party.builder().build(), "actor required", "role required");
    }
}
