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

class ContributionBasisTest {

    @ParameterizedTest
    @CsvSource({
        "PERCENTAGE_OF_SALARY, percentage-of-salary",
        "FLAT_PREMIUM_PER_PERSON, flat-premium-per-person",
        "FLAT_PREMIUM_PER_HOUSEHOLD, flat-premium-per-household",
        "STATE_SUBSIDY, state-subsidy",
    })
    void codesAreStableKebabCase(ContributionBasis contributionBasis, String code) {
        assertEquals(code, contributionBasis.code());
    }

    @ParameterizedTest
    @EnumSource(ContributionBasis.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(ContributionBasis contributionBasis) {
        assertSame(contributionBasis, ContributionBasis.fromCode(contributionBasis.code()));
        assertFalse(contributionBasis.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> ContributionBasis.fromCode("PERCENTAGE-OF-SALARY"), "", "unknown-code"))
            .message();
        assertEquals("is not a code of this vocabulary; allowed codes: percentage-of-salary, "
            + "flat-premium-per-person, flat-premium-per-household, state-subsidy", message);
    }
}
