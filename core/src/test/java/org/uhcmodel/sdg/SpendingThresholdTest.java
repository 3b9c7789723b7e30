package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendingThresholdTest {

    @Test
    void aThresholdCountsSpendingAboveItsShare() {
        SpendingThreshold above10 = SpendingThreshold.above(BudgetBasis.TOTAL_EXPENDITURE_OR_INCOME, BigDecimal.TEN);
        assertEquals(Optional.empty(), above10.below());
        assertTrue(above10.counts(new BigDecimal("10.01")));
        assertFalse(above10.counts(BigDecimal.TEN));
        assertEquals(above10, SpendingThreshold.above(BudgetBasis.TOTAL_EXPENDITURE_OR_INCOME, new BigDecimal("10.0")));
        assertNullRefused(() -> above10.counts(null), "share");
    }

    @Test
    void aBandMustEndAboveItsStart() {
        assertBroken(() -> SpendingThreshold.between(BudgetBasis.DISCRETIONARY_BUDGET, BigDecimal.valueOf(40),
            BigDecimal.valueOf(40)), "below", "spending-threshold.order");
    }

    @Test
    void aNegativeShareIsRefused() {
        assertBroken(() -> SpendingThreshold.above(BudgetBasis.DISCRETIONARY_BUDGET, BigDecimal.valueOf(-1)),
            "above", "positive-or-zero");
    }
}
