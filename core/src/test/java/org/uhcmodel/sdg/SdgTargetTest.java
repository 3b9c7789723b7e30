package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.ModelViolationException;

class SdgTargetTest {

    @ParameterizedTest
    @EnumSource(SdgTarget.class)
    void everyTargetIsFoundByItsCode(SdgTarget target) {
        assertSame(target, SdgTarget.fromCode(target.code()));
    }

    @ParameterizedTest
    @EnumSource(SdgTarget.class)
    void everyTargetBelongsToGoalThreeAndHasATitle(SdgTarget target) {
        assertEquals(3, target.goal());
        assertTrue(target.code().startsWith("3."), target.code());
        assertTrue(!target.title().isBlank());
    }

    @Test
    void targetThreePointEightIsUniversalHealthCoverage() {
        assertEquals("3.8", SdgTarget.T3_8.code());
        assertTrue(SdgTarget.T3_8.title().startsWith("Achieve universal health coverage, including financial risk protection"));
    }

    @Test
    void lettersAreLowerCaseAsTheUnWritesThem() {
        assertSame(SdgTarget.T3_A, SdgTarget.fromCode("3.a"));
        assertEquals("3.d", SdgTarget.T3_D.code());
    }

    @Test
    void goalThreeHasThirteenTargets() {
        assertEquals(13, SdgTarget.values().length);
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> SdgTarget.fromCode("3.10"), "", "unknown-code");
        String message = only(ex).message();
        Arrays.stream(SdgTarget.values()).forEach(t -> assertTrue(message.contains(t.code()), message));
        assertEquals("3.10", only(ex).invalidValue().orElseThrow());
    }

    @Test
    void anUpperCaseLetterOrANullCodeIsRefused() {
        assertBroken(() -> SdgTarget.fromCode("3.A"), "", "unknown-code");
        assertBroken(() -> SdgTarget.fromCode(null), "", "unknown-code");
    }
}
