package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.ModelViolationException;

class RoleKindTest {

    private static final List<String> CODES = List.of("minister", "vice-minister", "secretary-general", "director-general", "president", "rector", "director", "country-director", "coordinator", "special-envoy", "ambassador", "expert", "head-of-state", "head-of-government", "representative");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(RoleKind.values()).map(RoleKind::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(RoleKind.class)
    void everyTermIsFoundByItsCode(RoleKind role) {
        assertSame(role, RoleKind.fromCode(role.code()));
    }

    @ParameterizedTest
    @EnumSource(RoleKind.class)
    void everyTermHasALabel(RoleKind role) {
        assertTrue(!role.label().isBlank(), role::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Director-general", RoleKind.DIRECTOR_GENERAL.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> RoleKind.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> RoleKind.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> RoleKind.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> RoleKind.fromCode(null), "code");
    }
}
