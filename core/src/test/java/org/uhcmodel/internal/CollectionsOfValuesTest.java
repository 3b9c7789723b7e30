package org.uhcmodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/** The collections a value holds: its own, unmodifiable, never shared with a builder. */
class CollectionsOfValuesTest {

    private static ProgrammeParticipant participant(int i) {
        return ProgrammeParticipant.of(EntityId.of("org-" + i), IatiOrganisationRole.FUNDING);
    }

    private static Programme.Builder programme() {
        return Programme.builder().id(EntityId.of("programme")).name(LocalizedText.of("fr", "Programme"))
            .kind(ProgrammeKind.values()[0]);
    }

    @Test
    void aListOfAnySizeIsUnmodifiableAndKeepsItsElementsWhenTheBuilderGoesOn() {
        for (int size = 0; size <= 5; size++) {
            Programme.Builder builder = programme();
            for (int i = 0; i < size; i++) {
                builder.addParticipant(participant(i));
            }
            Programme first = builder.build();
            builder.addParticipant(participant(99));
            Programme second = builder.build();
            builder.participants(List.of());
            Programme third = builder.build();

            assertEquals(size, first.participants().size());
            assertEquals(size + 1, second.participants().size());
            assertEquals(0, third.participants().size());
            assertEquals(participant(99), second.participants().get(size));
            assertThrows(UnsupportedOperationException.class, () -> first.participants().add(participant(7)));
            assertThrows(UnsupportedOperationException.class, () -> second.participants().clear());
            // Lists of every size are of one kind: a query for null is refused alike.
            assertThrows(NullPointerException.class, () -> first.participants().contains(null));
            assertThrows(NullPointerException.class, () -> second.participants().indexOf(null));
        }
    }

    @Test
    void aBuilderCopyingAValueChangesACopyOfItsLists() {
        Programme value = programme().addParticipant(participant(1)).addParticipant(participant(2))
            .addParticipant(participant(3)).build();
        Programme changed = Programme.builder().from(value).addParticipant(participant(4)).build();
        assertEquals(3, value.participants().size());
        assertEquals(4, changed.participants().size());
    }

    @Test
    void aSetOfConstantsIsInTheOrderOfTheirDeclarationAndUnmodifiable() {
        Commitment.Builder builder = Commitment.builder().kind(CommitmentKind.values()[0])
            .addArea(CooperationArea.NEUROSURGERY).addArea(CooperationArea.PAEDIATRICS)
            .addArea(CooperationArea.NEUROSURGERY);
        Commitment first = builder.build();
        builder.addArea(CooperationArea.NUCLEAR_MEDICINE);
        Commitment second = builder.build();

        assertEquals(List.of(CooperationArea.PAEDIATRICS, CooperationArea.NEUROSURGERY), List.copyOf(first.areas()));
        assertEquals(List.of(CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE,
            CooperationArea.NEUROSURGERY), List.copyOf(second.areas()));
        assertThrows(UnsupportedOperationException.class, () -> first.areas().add(CooperationArea.PAEDIATRICS));
        Commitment copied = Commitment.builder().from(second).addArea(CooperationArea.values()[5]).build();
        assertEquals(3, second.areas().size());
        assertEquals(4, copied.areas().size());
    }

    @Test
    void aFactoryRefusesANullAtOnceNamingTheProperty() {
        NullPointerException thrown = assertThrows(NullPointerException.class,
            () -> ActivityDate.of(null, org.uhcmodel.value.PartialDate.parse("2024")));
        assertEquals("type", thrown.getMessage());
    }
}
