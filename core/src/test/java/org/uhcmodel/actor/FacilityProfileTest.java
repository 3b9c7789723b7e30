package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FacilityProfileTest {

    private static final FacilityProfile MUTUALIST_CENTRE = FacilityProfile.builder()
        .type(FacilityType.HEALTH_CENTRE).level(FacilityLevel.PRIMARY).ownership(FacilityOwnership.MUTUALIST).build();

    @Test
    void buildsWithEveryAttribute() {
        assertEquals(FacilityType.HEALTH_CENTRE, MUTUALIST_CENTRE.type());
        assertEquals(Optional.of(FacilityLevel.PRIMARY), MUTUALIST_CENTRE.level());
        assertEquals(Optional.of(FacilityOwnership.MUTUALIST), MUTUALIST_CENTRE.ownership());
    }

    @Test
    void typeAloneIsEnough() {
        FacilityProfile profile = FacilityProfile.of(FacilityType.UNIVERSITY_HOSPITAL);
        assertEquals(FacilityType.UNIVERSITY_HOSPITAL, profile.type());
        assertEquals(Optional.empty(), profile.level());
        assertEquals(Optional.empty(), profile.ownership());
    }

    @Test
    void equalsAndHashCodeByValue() {
        FacilityProfile same = FacilityProfile.builder()
            .type(FacilityType.HEALTH_CENTRE).level(FacilityLevel.PRIMARY).ownership(FacilityOwnership.MUTUALIST).build();
        assertEquals(MUTUALIST_CENTRE, same);
        assertEquals(MUTUALIST_CENTRE.hashCode(), same.hashCode());
        assertNotEquals(MUTUALIST_CENTRE, FacilityProfile.of(FacilityType.HEALTH_CENTRE));
    }

    @Test
    void toStringShowsTheType() {
        assertTrue(MUTUALIST_CENTRE.toString().contains("HEALTH_CENTRE"), MUTUALIST_CENTRE::toString);
    }

    @Test
    void typeIsRequired() {
        assertBroken(() -> FacilityProfile.builder().level(FacilityLevel.SECONDARY).build(), "type", "required");
    }

    @Test
    void theFactoryRefusesANullTypeAtOnce() {
        assertNullRefused(() -> FacilityProfile.of(null), "type");
        assertNullRefused(() -> FacilityProfile.builder().level(null), "level");
    }
}
