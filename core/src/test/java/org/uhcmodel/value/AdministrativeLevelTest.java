package org.uhcmodel.value;

import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.value.VocabularyAssertions.assertEveryCodeRoundTrips;
import static org.uhcmodel.value.VocabularyAssertions.assertUnknownCodeRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdministrativeLevelTest {

    @Test
    void everyCodeReadsBackToItsTerm() {
        assertEveryCodeRoundTrips(AdministrativeLevel.class, AdministrativeLevel::fromCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", " city", "CITY"})
    void unknownCodeIsRefusedNamingTheAllowedCodes(String code) {
        assertUnknownCodeRefused(AdministrativeLevel.class, AdministrativeLevel::fromCode, code);
    }

    @Test
    void codesAreStable() {
        org.junit.jupiter.api.Assertions.assertEquals(
            java.util.List.of("region", "district", "city", "commune", "locality"),
            java.util.Arrays.stream(AdministrativeLevel.values()).map(AdministrativeLevel::code).toList());
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> AdministrativeLevel.fromCode(null), "code");
    }
}
