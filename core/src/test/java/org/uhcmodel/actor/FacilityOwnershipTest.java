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

class FacilityOwnershipTest {

    private static final List<String> CODES = List.of("public", "mutualist", "private-non-profit", "private-for-profit", "faith-based");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(FacilityOwnership.values()).map(FacilityOwnership::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(FacilityOwnership.class)
    void everyTermIsFoundByItsCode(FacilityOwnership ownership) {
        assertSame(ownership, FacilityOwnership.fromCode(ownership.code()));
    }

    @ParameterizedTest
    @EnumSource(FacilityOwnership.class)
    void everyTermHasALabel(FacilityOwnership ownership) {
        assertTrue(!ownership.label().isBlank(), ownership::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Private for-profit", FacilityOwnership.PRIVATE_FOR_PROFIT.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> FacilityOwnership.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> FacilityOwnership.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> FacilityOwnership.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> FacilityOwnership.fromCode(null), "code");
    }
}
