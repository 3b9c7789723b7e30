package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks how the population groups an indicator value may be restricted to fall into dimensions.
 */
class DisaggregationDimensionsTest {

    @Test
    void eachDimensionListsItsGroups() {
        assertEquals(List.of(DisaggregationGroup.FEMALE, DisaggregationGroup.MALE),
            DisaggregationDimension.SEX.groups());
        assertEquals(List.of(DisaggregationGroup.URBAN, DisaggregationGroup.RURAL),
            DisaggregationDimension.LOCATION.groups());
        assertEquals(List.of(DisaggregationGroup.Q1, DisaggregationGroup.Q2, DisaggregationGroup.Q3,
            DisaggregationGroup.Q4, DisaggregationGroup.Q5), DisaggregationDimension.WEALTH_QUINTILE.groups());
    }

    @ParameterizedTest
    @EnumSource(DisaggregationGroup.class)
    void everyGroupIsListedByItsDimension(DisaggregationGroup group) {
        assertTrue(group.dimension().groups().contains(group), group.code());
    }

    @Test
    void groupsBelongToTheirDimension() {
        assertSame(DisaggregationDimension.SEX, DisaggregationGroup.FEMALE.dimension());
        assertSame(DisaggregationDimension.LOCATION, DisaggregationGroup.RURAL.dimension());
        assertSame(DisaggregationDimension.WEALTH_QUINTILE, DisaggregationGroup.Q1.dimension());
    }
}
