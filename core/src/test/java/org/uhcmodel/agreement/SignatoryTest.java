package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

class SignatoryTest {

    private static final EntityId DIRECTOR = EntityId.of("dz-cnas-director-general");
    private static final EntityId CNAS = EntityId.of("dz-cnas");
    private static final LocalizedText TITLE_AR = LocalizedText.builder()
        .putEntry("fr", "Directeur général de la CNAS")
        .putEntry("ar", "المدير العام للصندوق الوطني للتأمينات الاجتماعية")
        .build();
    private static final LocalizedText TITLE_RU = LocalizedText.of("ru", "Министр здравоохранения Республики Беларусь");

    @Test
    void holdsPersonAndPartySignedFor() {
        Signatory signatory = Signatory.of(DIRECTOR, CNAS);
        assertEquals(DIRECTOR, signatory.person());
        assertEquals(CNAS, signatory.party());
        assertEquals(Optional.empty(), signatory.title());
    }

    @Test
    void keepsTheCapacityAsGivenInArabic() {
        Signatory signatory = Signatory.builder().person(DIRECTOR).party(CNAS).title(TITLE_AR).build();
        assertEquals(Optional.of("المدير العام للصندوق الوطني للتأمينات الاجتماعية"),
            signatory.title().orElseThrow().in("ar"));
        assertEquals("Directeur général de la CNAS", signatory.title().orElseThrow().first());
    }

    @Test
    void keepsTheCapacityAsGivenInCyrillic() {
        Signatory signatory = Signatory.builder().person(EntityId.of("by-minister-of-health"))
            .party(EntityId.of("by-ministry-of-health")).title(TITLE_RU).build();
        assertEquals("Министр здравоохранения Республики Беларусь", signatory.title().orElseThrow().first());
    }

    @Test
    void equalsByValue() {
        Signatory signatory = Signatory.builder().person(DIRECTOR).party(CNAS).title(TITLE_AR).build();
        Signatory same = Signatory.builder().person(DIRECTOR).party(CNAS).title(TITLE_AR).build();
        assertEquals(signatory, same);
        assertEquals(signatory.hashCode(), same.hashCode());
        assertNotEquals(signatory, Signatory.of(DIRECTOR, CNAS));
    }

    @Test
    void toStringNamesPersonAndParty() {
        String text = Signatory.of(DIRECTOR, CNAS).toString();
        assertTrue(text.contains("dz-cnas-director-general"), text);
        assertTrue(text.contains("dz-cnas"), text);
    }

    @Test
    void personIsRequired() {
        assertBroken(() -> Signatory.builder().party(CNAS).build(), "person", "required");
    }

    @Test
    void partySignedForIsRequired() {
        assertBroken(() -> Signatory.builder().person(DIRECTOR).build(), "party", "required");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> Signatory.of(null, CNAS), "person");
        assertNullRefused(() -> Signatory.of(DIRECTOR, null), "party");
        assertNullRefused(() -> Signatory.builder().title(null), "title");
    }

    @Test
    void theDatasetResolvesThePersonButTheAgreementChecksTheParty() {
        ModelType<Signatory> type = ModelTypes.of(Signatory.class);
        assertEquals(Set.of(EntityKind.PERSON), type.property("person").orElseThrow().references());
        assertEquals(Set.of(), type.property("party").orElseThrow().references());
    }

    @Test
    void missingPersonAndPartyAreReportedTogether() {
        assertBrokenAll(() -> Signatory.builder().title(TITLE_RU).build(), "party required", "person required");
    }
}
