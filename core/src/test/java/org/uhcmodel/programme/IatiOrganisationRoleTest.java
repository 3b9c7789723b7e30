package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IatiOrganisationRoleTest {

    @ParameterizedTest
    @CsvSource({
        "FUNDING, 1, Funding",
        "ACCOUNTABLE, 2, Accountable",
        "EXTENDING, 3, Extending",
        "IMPLEMENTING, 4, Implementing",
    })
    void codesAndLabelsAreThoseOfIati(IatiOrganisationRole role, String code, String label) {
        assertEquals(code, role.code());
        assertEquals(label, role.label());
    }

    @ParameterizedTest
    @EnumSource(IatiOrganisationRole.class)
    void everyRoleIsReadBackFromItsCode(IatiOrganisationRole role) {
        assertSame(role, IatiOrganisationRole.fromCode(role.code()));
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> IatiOrganisationRole.fromCode("5"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: 1, 2, 3, 4", message);
    }

    @Test
    void missingCodeIsRefusedAtOnce() {
        assertNullRefused(() -> IatiOrganisationRole.fromCode(null), "code");
    }
}
