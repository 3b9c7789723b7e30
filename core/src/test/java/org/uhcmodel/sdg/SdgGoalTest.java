package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the goal each SDG target belongs to.
 */
class SdgGoalTest {

    @ParameterizedTest
    @EnumSource(SdgTarget.class)
    void everyTargetBelongsToGoalThree(SdgTarget target) {
        assertEquals(3, target.goal());
        assertTrue(target.code().startsWith(target.goal() + "."), target.code());
        assertEquals(target.label(), target.title());
    }
}
