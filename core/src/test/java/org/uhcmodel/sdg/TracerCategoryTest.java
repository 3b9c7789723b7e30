package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TracerCategoryTest {

    @ParameterizedTest
    @EnumSource(TracerCategory.class)
    void everyCategoryIsFoundByItsCode(TracerCategory category) {
        assertSame(category, TracerCategory.fromCode(category.code()));
        assertTrue(category.code().matches("[a-z]+(-[a-z]+)*"), category.code());
        assertTrue(!category.label().isBlank());
    }

    @ParameterizedTest
    @EnumSource(TracerCategory.class)
    void everyCategoryListsOnlyItsOwnTracers(TracerCategory category) {
        assertTrue(!category.tracers().isEmpty());
        category.tracers().forEach(t -> assertSame(category, t.category()));
    }

    @Test
    void theFourCategoriesHoldFourFourThreeAndThreeTracers() {
        assertEquals(List.of(Tracer.FAMILY_PLANNING, Tracer.ANTENATAL_CARE, Tracer.CHILD_IMMUNISATION,
                Tracer.CHILD_PNEUMONIA_CARE),
            TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH.tracers());
        assertEquals(4, TracerCategory.INFECTIOUS_DISEASES.tracers().size());
        assertEquals(List.of(Tracer.NORMAL_BLOOD_PRESSURE, Tracer.MEAN_FASTING_PLASMA_GLUCOSE, Tracer.TOBACCO_NON_USE),
            TracerCategory.NONCOMMUNICABLE_DISEASES.tracers());
        assertEquals(3, TracerCategory.SERVICE_CAPACITY_AND_ACCESS.tracers().size());
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> TracerCategory.fromCode("mental-health"), "", "unknown-code"))
            .message();
        assertTrue(message.contains("reproductive-maternal-newborn-child-health, infectious-diseases, "
            + "noncommunicable-diseases, service-capacity-and-access"), message);
    }
}
