package org.uhcmodel.value;

import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.value.VocabularyAssertions.assertEveryCodeRoundTrips;
import static org.uhcmodel.value.VocabularyAssertions.assertUnknownCodeRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateBasisTest {

    @Test
    void everyCodeReadsBackToItsTerm() {
        assertEveryCodeRoundTrips(DateBasis.class, DateBasis::fromCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", " inferred", "INFERRED"})
    void unknownCodeIsRefusedNamingTheAllowedCodes(String code) {
        assertUnknownCodeRefused(DateBasis.class, DateBasis::fromCode, code);
    }

    @Test
    void codesAreStable() {
        org.junit.jupiter.api.Assertions.assertEquals("stated", DateBasis.STATED.code());
        org.junit.jupiter.api.Assertions.assertEquals("inferred", DateBasis.INFERRED.code());
        org.junit.jupiter.api.Assertions.assertEquals("approximate", DateBasis.APPROXIMATE.code());
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> DateBasis.fromCode(null), "code");
    }
}
