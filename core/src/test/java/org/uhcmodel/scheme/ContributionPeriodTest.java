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

class ContributionPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "MONTH, month",
        "QUARTER, quarter",
        "YEAR, year",
    })
    void codesAreStableKebabCase(ContributionPeriod contributionPeriod, String code) {
        assertEquals(code, contributionPeriod.code());
    }

    @ParameterizedTest
    @EnumSource(ContributionPeriod.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(ContributionPeriod contributionPeriod) {
        assertSame(contributionPeriod, ContributionPeriod.fromCode(contributionPeriod.code()));
        assertFalse(contributionPeriod.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> ContributionPeriod.fromCode("MONTH"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: month, quarter, year", message);
    }
}
