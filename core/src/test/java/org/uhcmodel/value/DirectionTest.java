package org.uhcmodel.value;

import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.value.VocabularyAssertions.assertEveryCodeRoundTrips;
import static org.uhcmodel.value.VocabularyAssertions.assertUnknownCodeRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionTest {

    @Test
    void everyCodeReadsBackToItsTerm() {
        assertEveryCodeRoundTrips(Direction.class, Direction::fromCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", " decrease", "DECREASE"})
    void unknownCodeIsRefusedNamingTheAllowedCodes(String code) {
        assertUnknownCodeRefused(Direction.class, Direction::fromCode, code);
    }

    @Test
    void codesAreStable() {
        org.junit.jupiter.api.Assertions.assertEquals("increase", Direction.INCREASE.code());
        org.junit.jupiter.api.Assertions.assertEquals("decrease", Direction.DECREASE.code());
        org.junit.jupiter.api.Assertions.assertEquals("maintain", Direction.MAINTAIN.code());
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> Direction.fromCode(null), "code");
    }
}
