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

class PayerTypeTest {

    @ParameterizedTest
    @CsvSource({
        "EMPLOYER, employer",
        "EMPLOYEE, employee",
        "MEMBER, member",
        "STATE, state",
        "DONOR, donor",
    })
    void codesAreStableKebabCase(PayerType payerType, String code) {
        assertEquals(code, payerType.code());
    }

    @ParameterizedTest
    @EnumSource(PayerType.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(PayerType payerType) {
        assertSame(payerType, PayerType.fromCode(payerType.code()));
        assertFalse(payerType.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> PayerType.fromCode("EMPLOYER"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: employer, employee, member, state, "
            + "donor", message);
    }
}
