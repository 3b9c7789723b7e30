package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IndicatorUnitTest {

    @ParameterizedTest
    @EnumSource(IndicatorUnit.class)
    void everyUnitIsFoundByItsCode(IndicatorUnit unit) {
        assertSame(unit, IndicatorUnit.fromCode(unit.code()));
        assertTrue(!unit.label().isBlank());
    }

    @Test
    void codesAreIndexAndPercent() {
        assertEquals("index", IndicatorUnit.INDEX.code());
        assertEquals("percent", IndicatorUnit.PERCENT.code());
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> IndicatorUnit.fromCode("ratio"), "", "unknown-code")).message();
        assertTrue(message.contains("index, percent"), message);
    }
}
