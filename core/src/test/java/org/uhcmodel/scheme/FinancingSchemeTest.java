package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FinancingSchemeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HF_1     | HF.1     | Government schemes and compulsory contributory health care financing schemes |",
        "HF_1_1   | HF.1.1   | Government schemes                                         | HF_1",
        "HF_1_2   | HF.1.2   | Compulsory contributory health insurance schemes           | HF_1",
        "HF_1_2_1 | HF.1.2.1 | Social health insurance schemes                            | HF_1_2",
        "HF_1_2_2 | HF.1.2.2 | Compulsory private insurance schemes                       | HF_1_2",
        "HF_1_3   | HF.1.3   | Compulsory Medical Saving Accounts (CMSA)                  | HF_1",
        "HF_2     | HF.2     | Voluntary health care payment schemes                      |",
        "HF_2_1   | HF.2.1   | Voluntary health insurance schemes                         | HF_2",
        "HF_2_2   | HF.2.2   | NPISH financing schemes (including development agencies)   | HF_2",
        "HF_2_3   | HF.2.3   | Enterprise financing schemes                               | HF_2",
        "HF_3     | HF.3     | Household out-of-pocket payment                            |",
        "HF_3_1   | HF.3.1   | Out-of-pocket excluding cost-sharing                       | HF_3",
        "HF_3_2   | HF.3.2   | Cost sharing with third-party payers                       | HF_3",
        "HF_4     | HF.4     | Rest of the world financing schemes (non-resident)         |",
        "HF_4_1   | HF.4.1   | Compulsory schemes (non-resident)                          | HF_4",
        "HF_4_2   | HF.4.2   | Voluntary schemes (non-resident)                           | HF_4",
    })
    void codesLabelsAndParentsAreThoseOfSha2011(FinancingScheme scheme, String code, String label, FinancingScheme parent) {
        assertEquals(code, scheme.code());
        assertEquals(label, scheme.label());
        assertEquals(Optional.ofNullable(parent), scheme.parent());
    }

    @ParameterizedTest
    @EnumSource(FinancingScheme.class)
    void everyClassIsReadBackFromItsCode(FinancingScheme scheme) {
        assertSame(scheme, FinancingScheme.fromCode(scheme.code()));
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
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> FinancingScheme.fromCode("HF.1.1.1"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: HF.1, HF.1.1, HF.1.2, HF.1.2.1, HF.1.2.2, "
            + "HF.1.3, HF.2, HF.2.1, HF.2.2, HF.2.3, HF.3, HF.3.1, HF.3.2, HF.4, HF.4.1, HF.4.2", message);
    }

    @Test
    void isWithinRefusesNull() {
        assertEquals("other", assertThrows(NullPointerException.class, () -> FinancingScheme.HF_1.isWithin(null))
            .getMessage());
    }
}
