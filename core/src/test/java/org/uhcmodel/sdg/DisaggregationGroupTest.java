package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisaggregationGroupTest {

    @ParameterizedTest
    @EnumSource(DisaggregationGroup.class)
    void everyGroupIsFoundByItsCodeAndListedByItsDimension(DisaggregationGroup group) {
        assertSame(group, DisaggregationGroup.fromCode(group.code()));
        assertTrue(group.dimension().groups().contains(group));
        assertTrue(!group.label().isBlank());
    }

    @Test
    void groupsBelongToTheirDimension() {
        assertSame(DisaggregationDimension.SEX, DisaggregationGroup.FEMALE.dimension());
        assertSame(DisaggregationDimension.LOCATION, DisaggregationGroup.RURAL.dimension());
        assertSame(DisaggregationDimension.WEALTH_QUINTILE, DisaggregationGroup.fromCode("q1").dimension());
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> DisaggregationGroup.fromCode("Q1"), "", "unknown-code")).message();
        assertTrue(message.contains("female, male, urban, rural, q1, q2, q3, q4, q5"), message);
    }
}
