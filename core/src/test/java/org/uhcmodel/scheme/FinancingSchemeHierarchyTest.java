package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the hierarchy of the SHA 2011 classes of health care financing schemes: each class's parent, and which
 * classes lie within which.
 */
class FinancingSchemeHierarchyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HF_1     |",
        "HF_1_1   | HF_1",
        "HF_1_2   | HF_1",
        "HF_1_2_1 | HF_1_2",
        "HF_1_2_2 | HF_1_2",
        "HF_1_3   | HF_1",
        "HF_2     |",
        "HF_2_1   | HF_2",
        "HF_2_2   | HF_2",
        "HF_2_3   | HF_2",
        "HF_3     |",
        "HF_3_1   | HF_3",
        "HF_3_2   | HF_3",
        "HF_4     |",
        "HF_4_1   | HF_4",
        "HF_4_2   | HF_4",
    })
    void parentsAreThoseOfSha2011(FinancingScheme scheme, FinancingScheme parent) {
        assertEquals(Optional.ofNullable(parent), scheme.parent());
    }

    @ParameterizedTest
    @EnumSource(FinancingScheme.class)
    void everyClassIsWithinItselfAndItsAncestors(FinancingScheme scheme) {
        assertTrue(scheme.isWithin(scheme));
        for (Optional<FinancingScheme> up = scheme.parent(); up.isPresent(); up = up.get().parent()) {
            assertTrue(scheme.isWithin(up.get()), scheme + " within " + up.get());
            assertFalse(up.get().isWithin(scheme), up.get() + " within " + scheme);
        }
    }

    @Test
    void nestingFollowsTheHierarchyNotTheText() {
        assertTrue(FinancingScheme.HF_1_2_1.isWithin(FinancingScheme.HF_1));
        assertTrue(FinancingScheme.HF_1_2_1.isWithin(FinancingScheme.HF_1_2));
        assertFalse(FinancingScheme.HF_1_2_1.isWithin(FinancingScheme.HF_1_1));
        assertFalse(FinancingScheme.HF_2_1.isWithin(FinancingScheme.HF_1));
        assertFalse(FinancingScheme.HF_1.isWithin(FinancingScheme.HF_1_2));
    }

    @Test
    void isWithinRefusesNull() {
        assertEquals("other", assertThrows(NullPointerException.class, () -> FinancingScheme.HF_1.isWithin(null))
            .getMessage());
    }
}
