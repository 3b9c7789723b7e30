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

class HonorificTest {

    private static final List<String> CODES = List.of("Dr", "M.", "Mme", "Pr");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(Honorific.values()).map(Honorific::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(Honorific.class)
    void everyTermIsFoundByItsCode(Honorific honorific) {
        assertSame(honorific, Honorific.fromCode(honorific.code()));
    }

    @ParameterizedTest
    @EnumSource(Honorific.class)
    void everyTermHasALabel(Honorific honorific) {
        assertTrue(!honorific.label().isBlank(), honorific::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Madam", Honorific.MADAM.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> Honorific.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> Honorific.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> Honorific.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> Honorific.fromCode(null), "code");
    }

    @Test
    void codeIsTheWrittenForm() {
        assertSame(Honorific.MISTER, Honorific.fromCode("M."));
        assertSame(Honorific.DOCTOR, Honorific.fromCode("Dr"));
        assertBroken(() -> Honorific.fromCode("M"), "", "unknown-code");
    }
}
