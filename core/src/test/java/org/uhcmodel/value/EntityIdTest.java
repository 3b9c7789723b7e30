package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class EntityIdTest {

    private static final EntityId CNAS = EntityId.of("dz-cnas");
    private static final String HUNDRED_CHARS = "a".repeat(50) + "-" + "b".repeat(49);

    @ParameterizedTest
    @ValueSource(strings = {"dz-cnas", "a", "0", "enabel", "ai-pass2", "2024-07-23-charter", "x1-y2-z3"})
    void lowerCaseSlugsAreAccepted(String slug) {
        EntityId id = EntityId.of(slug);
        assertEquals(slug, id.value());
        assertEquals(slug, id.toString());
        assertEquals(id, EntityId.parse(id.toString()));
    }

    @Test
    void hundredCharactersAreAccepted() {
        assertEquals(100, HUNDRED_CHARS.length());
        assertEquals(HUNDRED_CHARS, EntityId.of(HUNDRED_CHARS).value());
    }

    @Test
    void hundredAndOneCharactersAreRefused() {
        String tooLong = HUNDRED_CHARS + "c";
        assertEquals(101, tooLong.length());
        ModelViolationException ex = assertBroken(() -> EntityId.of(tooLong), "", "entity-id.format");
        assertEquals(Optional.of(tooLong), only(ex).invalidValue());
    }

    @Test
    void idsAreEqualBySlugAndOrderedBySlug() {
        assertEquals(EntityId.of("dz-cnas"), CNAS);
        assertEquals(EntityId.of("dz-cnas").hashCode(), CNAS.hashCode());
        assertNotEquals(EntityId.of("mr-cnass"), CNAS);
        assertNotEquals(CNAS, "dz-cnas");
        assertTrue(EntityId.of("be-enabel").compareTo(CNAS) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DZ-CNAS", "dz-Cnas", "dz cnas", " dz-cnas", "-dz-cnas", "dz-cnas-", "dz--cnas", "",
        "-", "dz_cnas", "dz.cnas", "dz/cnas", "sant\u00e9", "\u0635\u062d\u0629"})
    void anythingButALowerCaseSlugIsRefused(String value) {
        assertBroken(() -> EntityId.of(value), "", "entity-id.format");
        assertBroken(() -> EntityId.parse(value), "", "entity-id.format");
    }

    @Test
    void nullIsRefusedAtOnce() {
        assertNullRefused(() -> EntityId.of(null), "value");
        assertNullRefused(() -> EntityId.parse(null), "text");
    }

    @Test
    void isSlugJudgesAsTheFactoryDoes() {
        assertTrue(EntityId.isSlug("dz-cnas"));
        assertTrue(EntityId.isSlug(HUNDRED_CHARS));
        org.junit.jupiter.api.Assertions.assertFalse(EntityId.isSlug(HUNDRED_CHARS + "c"));
        org.junit.jupiter.api.Assertions.assertFalse(EntityId.isSlug("dz--cnas"));
        org.junit.jupiter.api.Assertions.assertFalse(EntityId.isSlug(""));
    }
}
