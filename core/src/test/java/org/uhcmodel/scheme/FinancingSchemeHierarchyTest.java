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
        "HF_1_1_1   | HF_1_1",
        "HF_1_1_2   | HF_1_1",
        "HF_2_1_1 | HF_2_1",
        "HF_2_1_1_1 | HF_2_1_1",
        "HF_2_1_1_2 | HF_2_1_1",
        "HF_2_1_1_3 | HF_2_1_1",
        "HF_2_1_2 | HF_2_1",
        "HF_2_1_2_1 | HF_2_1_2",
        "HF_2_1_2_2 | HF_2_1_2",
        "HF_2_2_1 | HF_2_2",
        "HF_2_2_2 | HF_2_2",
        "HF_2_3_1 | HF_2_3",
        "HF_2_3_2 | HF_2_3",
        "HF_3_2_1 | HF_3_2",
        "HF_3_2_2 | HF_3_2",
        "HF_4_1_1 | HF_4_1",
        "HF_4_1_2 | HF_4_1",
        "HF_4_2_1 | HF_4_2",
        "HF_4_2_2 | HF_4_2",
        "HF_4_2_2_1 | HF_4_2_2",
        "HF_4_2_2_2 | HF_4_2_2",
        "HF_4_2_2_3 | HF_4_2_2",
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
    void theDeepestClassesOfSha2011HaveTheirCodes() {
        assertEquals(FinancingScheme.HF_2_1_1_2, FinancingScheme.fromCode("HF.2.1.1.2"));
        assertEquals("Government-based voluntary insurance", FinancingScheme.HF_2_1_1_2.label());
        assertTrue(FinancingScheme.HF_2_1_1_2.isWithin(FinancingScheme.HF_2));
        assertEquals(FinancingScheme.HF_4_2_2_2, FinancingScheme.fromCode("HF.4.2.2.2"));
        assertEquals(38, FinancingScheme.values().length);
    }

    @Test
    void everyParentIsAClassOfTheList() {
        for (FinancingScheme scheme : FinancingScheme.values()) {
            scheme.parent().ifPresent(parent -> assertEquals(parent, FinancingScheme.fromCode(parent.code())));
        }
        for (RevenueClass revenue : RevenueClass.values()) {
            assertEquals(revenue.code().indexOf('.') == revenue.code().lastIndexOf('.'), revenue.parent().isEmpty(),
                revenue.code());
        }
        for (ProviderClass provider : ProviderClass.values()) {
            assertEquals(provider.code().indexOf('.') == provider.code().lastIndexOf('.'), provider.parent().isEmpty(),
                provider.code());
        }
    }

    @Test
    void revenueAndProviderClassesNestByCode() {
        assertEquals(Optional.of(RevenueClass.FS_3), RevenueClass.FS_3_2.parent());
        assertTrue(RevenueClass.FS_3_2.isWithin(RevenueClass.FS_3));
        assertFalse(RevenueClass.FS_3.isWithin(RevenueClass.FS_3_2));
        assertFalse(RevenueClass.FS_1_1.isWithin(RevenueClass.FS_1_2));
        assertEquals(Optional.of(ProviderClass.HP_3), ProviderClass.HP_3_4.parent());
        assertTrue(ProviderClass.HP_1_1.isWithin(ProviderClass.HP_1));
        assertFalse(ProviderClass.HP_1.isWithin(ProviderClass.HP_1_1));
        assertEquals("other", assertThrows(NullPointerException.class, () -> RevenueClass.FS_1.isWithin(null))
            .getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> ProviderClass.HP_1.isWithin(null))
            .getMessage());
    }

    @Test
    void isWithinRefusesNull() {
        assertEquals("other", assertThrows(NullPointerException.class, () -> FinancingScheme.HF_1.isWithin(null))
            .getMessage());
    }
}
