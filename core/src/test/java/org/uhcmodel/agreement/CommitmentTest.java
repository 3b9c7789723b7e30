package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

class CommitmentTest {

    private static final EntityId CHU_BRUXELLES = EntityId.of("be-chu-bruxelles");
    private static final LocalizedText TRAINING_FR = LocalizedText.of("fr",
        "Formation des praticiens algériens en pédiatrie, médecine nucléaire et neurochirurgie");
    private static final LocalizedText TRAINING_RU = LocalizedText.of("ru", "Подготовка медицинских кадров");

    private static Commitment training() {
        return Commitment.builder()
            .kind(CommitmentKind.TRAINING)
            .party(CHU_BRUXELLES)
            .description(TRAINING_FR)
            .addArea(CooperationArea.PAEDIATRICS)
            .addArea(CooperationArea.NUCLEAR_MEDICINE)
            .addArea(CooperationArea.NEUROSURGERY)
            .build();
    }

    @Test
    void holdsWhatIsUndertakenByWhomAndInWhichAreas() {
        Commitment commitment = training();
        assertEquals(CommitmentKind.TRAINING, commitment.kind());
        assertEquals(Optional.of(CHU_BRUXELLES), commitment.party());
        assertEquals(Optional.of(TRAINING_FR), commitment.description());
        assertEquals(
            Set.of(CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE, CooperationArea.NEUROSURGERY),
            commitment.areas());
    }

    @Test
    void kindAloneIsEnough() {
        Commitment commitment = Commitment.of(CommitmentKind.FUNDING);
        assertEquals(CommitmentKind.FUNDING, commitment.kind());
        assertEquals(Optional.empty(), commitment.party());
        assertEquals(Optional.empty(), commitment.description());
        assertTrue(commitment.areas().isEmpty());
    }

    @Test
    void keepsCyrillicDescription() {
        Commitment commitment = Commitment.builder().kind(CommitmentKind.TRAINING).description(TRAINING_RU).build();
        assertEquals(Optional.of("Подготовка медицинских кадров"), commitment.description().orElseThrow().in("ru"));
    }

    @Test
    void repeatedAreaIsKeptOnce() {
        Commitment commitment = Commitment.builder().kind(CommitmentKind.RESEARCH)
            .addArea(CooperationArea.ONCOLOGY).addArea(CooperationArea.ONCOLOGY).build();
        assertEquals(Set.of(CooperationArea.ONCOLOGY), commitment.areas());
    }

    @Test
    void areasAreUnmodifiable() {
        Commitment commitment = training();
        assertThrows(UnsupportedOperationException.class, () -> commitment.areas().add(CooperationArea.ONCOLOGY));
    }

    @Test
    void equalsByValue() {
        assertEquals(training(), training());
        assertEquals(training().hashCode(), training().hashCode());
        assertNotEquals(training(), Commitment.of(CommitmentKind.TRAINING));
    }

    @Test
    void toStringNamesKindAndParty() {
        String text = training().toString();
        assertTrue(text.contains("TRAINING"), text);
        assertTrue(text.contains("be-chu-bruxelles"), text);
    }

    @Test
    void kindIsRequired() {
        assertBroken(() -> Commitment.builder().party(CHU_BRUXELLES).build(), "kind", "required");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> Commitment.of(null), "kind");
        assertNullRefused(() -> Commitment.builder().kind(CommitmentKind.TRAINING).addArea(null), "areas");
        assertNullRefused(() -> Commitment.builder().party(null), "party");
    }

    @Test
    void thePartyIsCheckedByTheAgreementNotByTheDataset() {
        assertEquals(Set.of(), ModelTypes.of(Commitment.class).property("party").orElseThrow().references());
    }
}
