package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

class GoverningBodyTest {

    private static final EntityId COMMISSION = EntityId.of("dz-by-joint-health-commission");
    private static final EntityId DZ_MINISTRY = EntityId.of("dz-ministry-of-health");
    private static final EntityId BY_MINISTRY = EntityId.of("by-ministry-of-health");
    private static final EntityId MEETING = EntityId.of("dz-by-health-ministers-meeting");
    private static final LocalizedText NAME = LocalizedText.builder()
        .putEntry("fr", "Commission mixte algéro-biélorusse de la santé")
        .putEntry("ru", "Совместная алжирско-белорусская комиссия по здравоохранению")
        .putEntry("ar", "اللجنة المشتركة الجزائرية البيلاروسية للصحة")
        .build();
    private static final LocalizedText ROADMAP = LocalizedText.of("fr",
        "Élaborer une feuille de route : numérisation, télémédecine, imagerie assistée par l'IA");
    private static final Citation SEED_001 = Citation.of(EntityId.of("seed-001"), "paragraph 3");

    private static GoverningBody.Builder commission() {
        return GoverningBody.builder()
            .id(COMMISSION)
            .name(NAME)
            .kind(BodyKind.JOINT_COMMISSION)
            .addMember(DZ_MINISTRY)
            .addMember(BY_MINISTRY);
    }

    @Test
    void holdsTheJointCommissionOfSeed001() {
        GoverningBody body = commission().addMandate(ROADMAP).establishedBy(MEETING).addCitation(SEED_001).build();
        assertEquals(COMMISSION, body.id());
        assertEquals(BodyKind.JOINT_COMMISSION, body.kind());
        assertEquals(List.of(DZ_MINISTRY, BY_MINISTRY), body.members());
        assertEquals(List.of(ROADMAP), body.mandate());
        assertEquals(Optional.of(MEETING), body.establishedBy());
        assertEquals(List.of(SEED_001), body.citations());
    }

    @Test
    void keepsCyrillicAndArabicNames() {
        GoverningBody body = commission().build();
        assertEquals(Optional.of("Совместная алжирско-белорусская комиссия по здравоохранению"), body.name().in("ru"));
        assertEquals(Optional.of("اللجنة المشتركة الجزائرية البيلاروسية للصحة"), body.name().in("ar"));
    }

    @Test
    void onlyIdNameAndKindAreNeeded() {
        GoverningBody body = GoverningBody.builder().id(COMMISSION).name(NAME).kind(BodyKind.WORKING_GROUP).build();
        assertTrue(body.members().isEmpty());
        assertTrue(body.mandate().isEmpty());
        assertEquals(Optional.empty(), body.establishedBy());
        assertTrue(body.citations().isEmpty());
    }

    @Test
    void equalsByValue() {
        assertEquals(commission().build(), commission().build());
        assertEquals(commission().build().hashCode(), commission().build().hashCode());
        assertNotEquals(commission().build(), commission().kind(BodyKind.STEERING_COMMITTEE).build());
    }

    @Test
    void toStringNamesIdAndMembers() {
        String text = commission().build().toString();
        assertTrue(text.contains("dz-by-joint-health-commission"), text);
        assertTrue(text.contains("by-ministry-of-health"), text);
    }

    @Test
    void collectionsAreUnmodifiable() {
        GoverningBody body = commission().addMandate(ROADMAP).build();
        assertThrows(UnsupportedOperationException.class, () -> body.members().add(MEETING));
        assertThrows(UnsupportedOperationException.class, () -> body.mandate().clear());
        assertThrows(UnsupportedOperationException.class, () -> body.citations().add(SEED_001));
    }

    @Test
    void requiredAttributesAreReportedTogether() {
        assertBrokenAll(() -> GoverningBody.builder().build(), "id required", "kind required", "name required");
    }

    @Test
    void nameIsRequired() {
        assertBroken(() -> GoverningBody.builder().id(COMMISSION).kind(BodyKind.WORKING_GROUP).build(),
            "name", "required");
    }

    @Test
    void memberMayNotBeListedTwice() {
        ModelViolationException ex = assertBroken(() -> commission().addMember(DZ_MINISTRY).build(),
            "members[2]", "governing-body.duplicate-member");
        assertEquals(Optional.of(DZ_MINISTRY), only(ex).invalidValue());
        assertNotEquals("governing-body.duplicate-member", only(ex).message());
    }

    @Test
    void severalBrokenRulesAreReportedTogether() {
        assertBrokenAll(() -> GoverningBody.builder().id(COMMISSION).kind(BodyKind.JOINT_COMMISSION)
                .addAllMembers(List.of(DZ_MINISTRY, BY_MINISTRY, BY_MINISTRY, DZ_MINISTRY)).build(),
            "members[2] governing-body.duplicate-member", "members[3] governing-body.duplicate-member",
            "name required");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> commission().name(null), "name");
        assertNullRefused(() -> commission().addMember(null), "members");
        assertNullRefused(() -> commission().members(Arrays.asList(DZ_MINISTRY, null)), "members");
    }

    @Test
    void referencesNameTheKindsTheDatasetResolves() {
        ModelType<GoverningBody> type = ModelTypes.of(GoverningBody.class);
        assertEquals(Set.of(EntityKind.ORGANIZATION, EntityKind.PERSON),
            type.property("members").orElseThrow().references());
        assertEquals(Set.of(EntityKind.AGREEMENT, EntityKind.EVENT),
            type.property("establishedBy").orElseThrow().references());
        assertEquals(Optional.of(EntityKind.BODY), type.entityKind());
    }
}
