package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

class ProgrammeParticipantTest {

    private static final EntityId ENABEL = EntityId.of("be-enabel");

    @Test
    void holdsTheOrganisationAndItsRole() {
        ProgrammeParticipant participant = ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING);
        assertEquals(ENABEL, participant.organization());
        assertEquals(IatiOrganisationRole.IMPLEMENTING, participant.role());
        assertTrue(participant.toString().contains("be-enabel"), participant.toString());
    }

    @Test
    void isEqualByValue() {
        assertEquals(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING),
            ProgrammeParticipant.builder().organization(EntityId.of("be-enabel"))
                .role(IatiOrganisationRole.IMPLEMENTING).build());
        assertEquals(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING).hashCode(),
            ProgrammeParticipant.of(EntityId.of("be-enabel"), IatiOrganisationRole.IMPLEMENTING).hashCode());
        assertNotEquals(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING),
            ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.EXTENDING));
    }

    @Test
    void organisationIsRequired() {
        assertBroken(() -> ProgrammeParticipant.builder().role(IatiOrganisationRole.FUNDING).build(),
            "organization", "required");
    }

    @Test
    void roleIsRequired() {
        assertBroken(() -> ProgrammeParticipant.builder().organization(ENABEL).build(), "role", "required");
    }

    @Test
    void bothMissingAreReportedTogether() {
        assertBrokenAll(() -> ProgrammeParticipant.builder().build(), "organization required", "role required");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> ProgrammeParticipant.of(null, IatiOrganisationRole.FUNDING), "organization");
        assertNullRefused(() -> ProgrammeParticipant.of(ENABEL, null), "role");
    }

    @Test
    void theOrganisationIsResolvedByTheDataset() {
        assertEquals(Set.of(EntityKind.ORGANIZATION),
            ModelTypes.of(ProgrammeParticipant.class).property("organization").orElseThrow().references());
    }
}
