package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProgrammeKindTest {

    @ParameterizedTest
    @CsvSource({
        "DEVELOPMENT_PROJECT, development-project",
        "NATIONAL_STRATEGY, national-strategy",
        "SUPPORT_PROGRAMME, support-programme",
        "INTERNATIONAL_INITIATIVE, international-initiative",
    })
    void codesAreStableKebabCase(ProgrammeKind kind, String code) {
        assertEquals(code, kind.code());
    }

    @ParameterizedTest
    @EnumSource(ProgrammeKind.class)
    void everyKindIsReadBackFromItsCodeAndHasALabel(ProgrammeKind kind) {
        assertSame(kind, ProgrammeKind.fromCode(kind.code()));
        assertEquals(false, kind.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> ProgrammeKind.fromCode("project"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: development-project, national-strategy, "
            + "support-programme, international-initiative", message);
    }
}
