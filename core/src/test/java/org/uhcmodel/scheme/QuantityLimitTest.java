package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuantityLimitTest {

    @Test
    void holdsTheMaximumWhatIsCountedAndWhatPer() {
        QuantityLimit antenatal = QuantityLimit.of(4, AmountBasis.VISIT, AmountBasis.EPISODE);
        assertEquals(4, antenatal.maximum());
        assertEquals(AmountBasis.VISIT, antenatal.unit());
        assertEquals(Optional.of(AmountBasis.EPISODE), antenatal.per());
        assertEquals(Optional.empty(), QuantityLimit.builder().maximum(30).unit(AmountBasis.DAY).build().per());
    }

    @ParameterizedTest
    @EnumSource(value = AmountBasis.class, names = {"SERVICE", "VISIT", "PRESCRIPTION", "DAY", "ADMISSION", "EPISODE"})
    void countsEventsOfCare(AmountBasis unit) {
        assertTrue(unit.isCountable());
        assertEquals(unit, QuantityLimit.of(2, unit, AmountBasis.PERSON_YEAR).unit());
    }

    @ParameterizedTest
    @EnumSource(value = AmountBasis.class,
        names = {"MONTH", "YEAR", "PERSON_MONTH", "PERSON_YEAR", "HOUSEHOLD_YEAR", "PERSON_LIFETIME"})
    void doesNotCountSpansOfTime(AmountBasis unit) {
        assertFalse(unit.isCountable());
        assertBroken(() -> QuantityLimit.of(2, unit, AmountBasis.EPISODE), "unit", "quantity-limit.uncountable-unit");
    }

    @Test
    void theMaximumIsNotNegativeAndTheUnitIsRequired() {
        assertBrokenAll(() -> QuantityLimit.builder().maximum(-1).build(), "maximum positive-or-zero",
            "unit required");
        assertEquals(0, QuantityLimit.of(0, AmountBasis.ADMISSION, AmountBasis.PERSON_YEAR).maximum());
        assertNullRefused(() -> QuantityLimit.of(1, null, AmountBasis.EPISODE), "unit");
    }
}
