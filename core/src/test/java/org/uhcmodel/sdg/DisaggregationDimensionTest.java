package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisaggregationDimensionTest {

    @ParameterizedTest
    @EnumSource(DisaggregationDimension.class)
    void everyDimensionIsFoundByItsCode(DisaggregationDimension dimension) {
        assertSame(dimension, DisaggregationDimension.fromCode(dimension.code()));
        assertTrue(!dimension.label().isBlank());
    }

    @Test
    void eachDimensionListsItsGroups() {
        assertEquals(List.of(DisaggregationGroup.FEMALE, DisaggregationGroup.MALE), DisaggregationDimension.SEX.groups());
        assertEquals(List.of(DisaggregationGroup.URBAN, DisaggregationGroup.RURAL),
            DisaggregationDimension.LOCATION.groups());
        assertEquals(List.of(DisaggregationGroup.Q1, DisaggregationGroup.Q2, DisaggregationGroup.Q3,
            DisaggregationGroup.Q4, DisaggregationGroup.Q5), DisaggregationDimension.WEALTH_QUINTILE.groups());
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> DisaggregationDimension.fromCode("age"), "", "unknown-code"))
            .message();
        assertTrue(message.contains("sex, location, wealth-quintile"), message);
    }
}
