package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SchemeTypeTest {

    @ParameterizedTest
    @CsvSource({
        "SOCIAL_HEALTH_INSURANCE, social-health-insurance",
        "TAX_FUNDED, tax-funded",
        "UNIVERSAL_HEALTH_INSURANCE, universal-health-insurance",
        "MUTUAL_HEALTH_INSURANCE, mutual-health-insurance",
        "COMMUNITY_BASED_HEALTH_INSURANCE, community-based-health-insurance",
        "VOLUNTARY_PRIVATE, voluntary-private",
    })
    void codesAreStableKebabCase(SchemeType schemeType, String code) {
        assertEquals(code, schemeType.code());
    }

    @ParameterizedTest
    @EnumSource(SchemeType.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(SchemeType schemeType) {
        assertSame(schemeType, SchemeType.fromCode(schemeType.code()));
        assertFalse(schemeType.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> SchemeType.fromCode("SOCIAL-HEALTH-INSURANCE"), "", "unknown-code"))
            .message();
        assertEquals("is not a code of this vocabulary; allowed codes: social-health-insurance, "
            + "tax-funded, universal-health-insurance, mutual-health-insurance, "
            + "community-based-health-insurance, voluntary-private", message);
    }
}
