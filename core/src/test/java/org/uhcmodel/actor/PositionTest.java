package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

class PositionTest {

    private static final EntityId PASS = EntityId.of("ci-pass");
    private static final LocalizedText DG_TITLE = LocalizedText.of("fr", "directeur général du PASS");
    private static final Period AS_OF_NOTE = Period.starting(PartialDate.of(2024, 7, 23));

    private static Position directorGeneral() {
        return Position.builder().role(RoleKind.DIRECTOR_GENERAL).title(DG_TITLE).organization(PASS).period(AS_OF_NOTE).build();
    }

    @Test
    void buildsWithEveryAttribute() {
        Position position = directorGeneral();
        assertEquals(RoleKind.DIRECTOR_GENERAL, position.role());
        assertEquals(Optional.of(DG_TITLE), position.title());
        assertEquals(Optional.of(PASS), position.organization());
        assertEquals(Optional.of(AS_OF_NOTE), position.period());
    }

    @Test
    void factoryGivesARoleInAnOrganisation() {
        Position position = Position.of(RoleKind.MINISTER, EntityId.of("dz-ministere-sante"));
        assertEquals(RoleKind.MINISTER, position.role());
        assertEquals(Optional.of(EntityId.of("dz-ministere-sante")), position.organization());
        assertEquals(Optional.empty(), position.title());
        assertEquals(Optional.empty(), position.period());
    }

    @Test
    void positionMayBelongToNoOrganisation() {
        Position envoy = Position.builder().role(RoleKind.SPECIAL_ENVOY).build();
        assertEquals(Optional.empty(), envoy.organization());
    }

    @Test
    void asOfDateIsAPeriodStartingThen() {
        assertEquals(Optional.of(PartialDate.of(2024, 7, 23)), directorGeneral().period().flatMap(Period::start));
        assertEquals(Optional.empty(), directorGeneral().period().flatMap(Period::end));
    }

    @Test
    void cyrillicAndArabicTitlesRoundTrip() {
        LocalizedText title = LocalizedText.builder()
            .putEntry("ru", "Министр здравоохранения Республики Беларусь")
            .putEntry("ar", "وزير الصحة")
            .build();
        Position position = Position.builder().role(RoleKind.MINISTER).title(title).build();
        assertEquals("Министр здравоохранения Республики Беларусь", position.title().orElseThrow().in("ru").orElseThrow());
        assertEquals("وزير الصحة", position.title().orElseThrow().in("ar").orElseThrow());
    }

    @Test
    void equalsAndHashCodeByValue() {
        assertEquals(directorGeneral(), directorGeneral());
        assertEquals(directorGeneral().hashCode(), directorGeneral().hashCode());
        assertNotEquals(directorGeneral(), Position.of(RoleKind.DIRECTOR_GENERAL, PASS));
    }

    @Test
    void toStringShowsRoleAndOrganisation() {
        String text = directorGeneral().toString();
        assertTrue(text.contains("DIRECTOR_GENERAL") && text.contains("ci-pass"), text);
    }

    @Test
    void roleIsRequired() {
        assertBroken(() -> Position.builder().organization(PASS).build(), "role", "required");
    }

    @Test
    void theFactoryRefusesNullArgumentsAtOnce() {
        assertNullRefused(() -> Position.of(null, PASS), "role");
        assertNullRefused(() -> Position.of(RoleKind.MINISTER, null), "organization");
    }

    @Test
    void everyMissingValueIsReportedAtOnceByTheBuilder() {
        assertBrokenAll(() -> Position.builder().title(DG_TITLE).build(), "role required");
    }

    @Test
    void theOrganisationIsAReferenceToAnOrganisation() {
        assertEquals(java.util.Set.of(org.uhcmodel.value.EntityKind.ORGANIZATION),
            org.uhcmodel.meta.ModelTypes.of(Position.class).property("organization").orElseThrow().references());
    }
}
