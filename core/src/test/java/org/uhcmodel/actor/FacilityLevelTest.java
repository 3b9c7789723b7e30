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

class FacilityLevelTest {

    private static final List<String> CODES = List.of("primary", "secondary", "tertiary");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(FacilityLevel.values()).map(FacilityLevel::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(FacilityLevel.class)
    void everyTermIsFoundByItsCode(FacilityLevel level) {
        assertSame(level, FacilityLevel.fromCode(level.code()));
    }

    @ParameterizedTest
    @EnumSource(FacilityLevel.class)
    void everyTermHasALabel(FacilityLevel level) {
        assertTrue(!level.label().isBlank(), level::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Tertiary", FacilityLevel.TERTIARY.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> FacilityLevel.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> FacilityLevel.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> FacilityLevel.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> FacilityLevel.fromCode(null), "code");
    }
}
