package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

class PersonTest {

    private static final EntityId BENTALEB_ID = EntityId.of("dz-faycal-bentaleb");
    private static final EntityId LABOUR_MINISTRY = EntityId.of("dz-mtess");
    private static final EntityId HEALTH_MINISTRY = EntityId.of("dz-ministere-sante");
    private static final EntityId SOURCE = EntityId.of("src-jeune-independant-cnas-chu-bruxelles");
    private static final Position LABOUR_MINISTER = Position.builder().role(RoleKind.MINISTER)
        .title(LocalizedText.of("fr", "ministre du Travail, de l'Emploi et de la Sécurité sociale"))
        .organization(LABOUR_MINISTRY).build();
    private static final Position FORMER_HEALTH_MINISTER = Position.builder().role(RoleKind.MINISTER)
        .organization(HEALTH_MINISTRY).period(Period.of(PartialDate.of(2019), PartialDate.of(2020))).build();

    private static Person.Builder minimal() {
        return Person.builder().id(BENTALEB_ID).name("Fayçal Bentaleb");
    }

    private static Person bentaleb() {
        return minimal().honorific(Honorific.MISTER).addPosition(LABOUR_MINISTER)
            .addCitation(Citation.of(SOURCE, "paragraph 3")).build();
    }

    @Test
    void buildsWithEveryAttribute() {
        Person person = bentaleb();
        assertEquals(BENTALEB_ID, person.id());
        assertEquals("Fayçal Bentaleb", person.name());
        assertEquals(Optional.of(Honorific.MISTER), person.honorific());
        assertEquals(List.of(LABOUR_MINISTER), person.positions());
        assertEquals(List.of(Citation.of(SOURCE, "paragraph 3")), person.citations());
    }

    @Test
    void optionalAttributesAreEmptyWhenAbsent() {
        Person person = minimal().build();
        assertEquals(Optional.empty(), person.honorific());
        assertEquals(List.of(), person.positions());
        assertEquals(List.of(), person.citations());
    }

    @Test
    void arabicNameIsKeptAsGiven() {
        Person saihi = Person.builder().id(EntityId.of("dz-abdelhak-saihi")).name("عبد الحق سايحي")
            .addPosition(Position.of(RoleKind.MINISTER, HEALTH_MINISTRY)).build();
        assertEquals("عبد الحق سايحي", saihi.name());
    }

    @Test
    void cyrillicNameIsKeptAsGiven() {
        Person pinevich = Person.builder().id(EntityId.of("by-dmitry-pinevich")).name("Дмитрий Пиневич")
            .addPosition(Position.of(RoleKind.MINISTER, EntityId.of("by-minzdrav"))).build();
        assertEquals("Дмитрий Пиневич", pinevich.name());
        assertTrue(pinevich.toString().contains("Дмитрий Пиневич"), pinevich::toString);
    }

    @Test
    void positionsAtGivesThePositionsInOneOrganisationInOrder() {
        Position adviser = Position.of(RoleKind.EXPERT, HEALTH_MINISTRY);
        Person person = minimal().addPosition(FORMER_HEALTH_MINISTER).addPosition(LABOUR_MINISTER).addPosition(adviser).build();
        assertEquals(List.of(FORMER_HEALTH_MINISTER, adviser), person.positionsAt(HEALTH_MINISTRY));
        assertEquals(List.of(LABOUR_MINISTER), person.positionsAt(LABOUR_MINISTRY));
        assertEquals(List.of(), person.positionsAt(EntityId.of("be-chu-bruxelles")));
    }

    @Test
    void positionsAtIgnoresPositionsWithoutOrganisation() {
        Person person = minimal().addPosition(Position.builder().role(RoleKind.SPECIAL_ENVOY).build()).build();
        assertEquals(List.of(), person.positionsAt(LABOUR_MINISTRY));
    }

    @Test
    void positionsAtIsUnmodifiable() {
        List<Position> positions = bentaleb().positionsAt(LABOUR_MINISTRY);
        assertThrows(UnsupportedOperationException.class, () -> positions.add(FORMER_HEALTH_MINISTER));
    }

    @Test
    void positionsAtRefusesANullOrganisation() {
        NullPointerException ex = assertThrows(NullPointerException.class, () -> bentaleb().positionsAt(null));
        assertEquals("organization", ex.getMessage());
    }

    @Test
    void equalsAndHashCodeByValue() {
        assertEquals(bentaleb(), bentaleb());
        assertEquals(bentaleb().hashCode(), bentaleb().hashCode());
        assertNotEquals(bentaleb(), minimal().build());
    }

    @Test
    void toStringShowsIdAndName() {
        String text = bentaleb().toString();
        assertTrue(text.contains("dz-faycal-bentaleb") && text.contains("Fayçal Bentaleb"), text);
    }

    @Test
    void idIsRequired() {
        assertBroken(() -> Person.builder().name("Fayçal Bentaleb").build(), "id", "required");
    }

    @Test
    void nameIsRequired() {
        assertBroken(() -> Person.builder().id(BENTALEB_ID).build(), "name", "required");
    }

    @Test
    void nameMustNotBeBlank() {
        assertBroken(() -> minimal().name(" \t").build(), "name", "not-blank");
        assertBroken(() -> minimal().name("\u00A0\u200B").build(), "name", "not-blank");
    }

    @Test
    void positionIsNotGivenTwice() {
        Position same = Position.builder().role(RoleKind.MINISTER)
            .title(LocalizedText.of("fr", "ministre du Travail, de l'Emploi et de la Sécurité sociale"))
            .organization(LABOUR_MINISTRY).build();
        assertBroken(() -> minimal().addPosition(LABOUR_MINISTER).addPosition(FORMER_HEALTH_MINISTER).addPosition(same).build(),
            "positions[2]", "person.duplicate-position");
    }

    @Test
    void sameRoleInAnotherPeriodIsAnotherPosition() {
        Position later = Position.builder().role(RoleKind.MINISTER).organization(HEALTH_MINISTRY)
            .period(Period.starting(PartialDate.of(2024, 11))).build();
        assertEquals(2, minimal().addPosition(FORMER_HEALTH_MINISTER).addPosition(later).build().positions().size());
    }

    @Test
    void nullPositionIsRefusedAtOnce() {
        assertNullRefused(() -> minimal().addPosition(null), "positions");
        assertNullRefused(() -> minimal().name(null), "name");
    }

    @Test
    void aPersonIsAnEntityOfKindPerson() {
        assertEquals(java.util.Optional.of(org.uhcmodel.value.EntityKind.PERSON),
            org.uhcmodel.meta.ModelTypes.of(Person.class).entityKind());
    }
}
