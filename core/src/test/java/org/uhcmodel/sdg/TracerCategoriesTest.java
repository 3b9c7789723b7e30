package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks how the tracers of indicator 3.8.1 fall into the four WHO categories.
 */
class TracerCategoriesTest {

    @ParameterizedTest
    @EnumSource(TracerCategory.class)
    void everyCategoryListsOnlyItsOwnTracers(TracerCategory category) {
        assertFalse(category.tracers().isEmpty());
        category.tracers().forEach(t -> assertSame(category, t.category()));
    }

    @ParameterizedTest
    @EnumSource(Tracer.class)
    void everyTracerIsListedByItsCategory(Tracer tracer) {
        assertEquals(1, tracer.category().tracers().stream().filter(t -> t == tracer).count(), tracer.code());
    }

    @Test
    void eachTracerSitsInItsWhoCategory() {
        assertSame(TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, Tracer.CHILD_IMMUNISATION.category());
        assertSame(TracerCategory.INFECTIOUS_DISEASES, Tracer.BASIC_SANITATION.category());
        assertSame(TracerCategory.INFECTIOUS_DISEASES, Tracer.HIV_TREATMENT.category());
        assertSame(TracerCategory.NONCOMMUNICABLE_DISEASES, Tracer.TOBACCO_NON_USE.category());
        assertSame(TracerCategory.SERVICE_CAPACITY_AND_ACCESS, Tracer.IHR_CORE_CAPACITY.category());
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
    void theTracersOfACategoryCannotBeModified() {
        assertThrows(UnsupportedOperationException.class,
            () -> TracerCategory.INFECTIOUS_DISEASES.tracers().clear());
    }
}
