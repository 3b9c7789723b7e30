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

class MembershipTest {

    @ParameterizedTest
    @CsvSource({
        "COMPULSORY, compulsory",
        "VOLUNTARY, voluntary",
        "AUTOMATIC, automatic",
    })
    void codesAreStableKebabCase(Membership membership, String code) {
        assertEquals(code, membership.code());
    }

    @ParameterizedTest
    @EnumSource(Membership.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(Membership membership) {
        assertSame(membership, Membership.fromCode(membership.code()));
        assertFalse(membership.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> Membership.fromCode("COMPULSORY"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: compulsory, voluntary, automatic", message);
    }
}
