package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.value.EntityId;

/** IATI identifiers, other identifiers, related activities and the types of participations. */
class IdentifiersOfProgrammesTest {

    @ParameterizedTest
    @ValueSource(strings = {"XM-DAC-41114-PROJECT-00012345", "44000-P163328", "DAC-1601-INV-002", "GB-1-201243",
        "XI-IATI-EC_ECHO-ECHO/-AF/BUD/2019/91013"})
    void iatiIdentifiersInRealUseAreAccepted(String value) {
        IatiIdentifier identifier = IatiIdentifier.of(value);
        assertEquals(value, identifier.toString());
        assertEquals(identifier, IatiIdentifier.parse(value));
        assertEquals(identifier.hashCode(), IatiIdentifier.parse(value).hashCode());
        assertEquals(0, identifier.compareTo(IatiIdentifier.of(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " XM-DAC-1", "XM DAC 1", "XM-DAC-1\n", "XM-\u200BDAC"})
    void anIatiIdentifierIsOneTokenOfVisibleCharacters(String value) {
        assertBroken(() -> IatiIdentifier.of(value), "", "iati-identifier.format");
    }

    @Test
    void anActivityIdentifierStartsWithTheIdentifierOfItsReportingOrganisation() {
        IatiIdentifier activity = IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT21001");
        assertTrue(activity.startsWith("BE-BCE_KBO-0264814354"));
        assertFalse(activity.startsWith("BE-BCE_KBO-026481435"));
        assertFalse(IatiIdentifier.of("BE-BCE_KBO-0264814354-").startsWith("BE-BCE_KBO-0264814354"));
        assertNullRefused(() -> activity.startsWith(null), "prefix");
        assertNullRefused(() -> IatiIdentifier.of(null), "value");
    }

    @Test
    void anotherIdentifierHasATypeAndMayNameItsOwner() {
        OtherIdentifier internal = OtherIdentifier.of(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL,
            IatiIdentifier.of("MRT21001"));
        assertEquals(Optional.empty(), internal.owner());
        assertEquals("A1", internal.type().code());
        assertNotEquals(internal, OtherIdentifier.builder().from(internal).owner(EntityId.of("be-enabel")).build());
    }

    @Test
    void aRelatedActivityIsAProgrammeOfTheDatasetOrAnIatiIdentifier() {
        RelatedActivity parent = RelatedActivity.of(RelatedActivityType.PARENT, EntityId.of("mr-pass"));
        assertEquals(Optional.of(EntityId.of("mr-pass")), parent.programme());
        RelatedActivity outside = RelatedActivity.of(RelatedActivityType.CO_FUNDED, IatiIdentifier.of("44000-P1"));
        assertEquals(Optional.of(IatiIdentifier.of("44000-P1")), outside.iatiIdentifier());
        assertBroken(() -> RelatedActivity.builder().type(RelatedActivityType.CHILD).build(), "programme",
            "related-activity.target");
        assertBroken(() -> RelatedActivity.builder().from(parent).iatiIdentifier(IatiIdentifier.of("44000-P1"))
            .build(), "programme", "related-activity.target");
    }

    @Test
    void aParticipationMayStateItsIatiType() {
        ProgrammeParticipant participant = ProgrammeParticipant.builder().organization(EntityId.of("ci-aip"))
            .role(IatiOrganisationRole.IMPLEMENTING).iatiType(IatiOrganisationType.OTHER_PUBLIC_SECTOR).build();
        assertEquals(Optional.of(IatiOrganisationType.OTHER_PUBLIC_SECTOR), participant.iatiType());
        assertEquals(Optional.empty(),
            ProgrammeParticipant.of(EntityId.of("ci-aip"), IatiOrganisationRole.FUNDING).iatiType());
    }
}
