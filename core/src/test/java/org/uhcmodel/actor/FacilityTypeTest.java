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

class FacilityTypeTest {

    private static final List<String> CODES = List.of("health-centre", "district-hospital", "regional-hospital", "university-hospital", "clinic", "health-post");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(FacilityType.values()).map(FacilityType::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(FacilityType.class)
    void everyTermIsFoundByItsCode(FacilityType type) {
        assertSame(type, FacilityType.fromCode(type.code()));
    }

    @ParameterizedTest
    @EnumSource(FacilityType.class)
    void everyTermHasALabel(FacilityType type) {
        assertTrue(!type.label().isBlank(), type::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("University hospital", FacilityType.UNIVERSITY_HOSPITAL.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> FacilityType.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> FacilityType.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> FacilityType.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> FacilityType.fromCode(null), "code");
    }
}
