package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest
    @EnumSource(ServiceCoverageEdition.class)
    void eachEditionTakesFourFourThreeAndThreeTracers(ServiceCoverageEdition edition) {
        assertEquals(14, edition.tracers().size());
        assertEquals(List.of(4, 4, 3, 3), List.of(TracerCategory.values()).stream()
            .map(c -> (int) edition.tracers().stream().filter(t -> t.category() == c).count())
            .collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of(Tracer.FAMILY_PLANNING, Tracer.ANTENATAL_CARE, Tracer.CHILD_IMMUNISATION,
            Tracer.CHILD_PNEUMONIA_CARE), edition.tracers().subList(0, 4));
    }

    @Test
    void theTracersFollowTheEditionsOfTheMethod() {
        assertEquals(List.of(Tracer.NON_RAISED_BLOOD_PRESSURE, Tracer.MEAN_FASTING_PLASMA_GLUCOSE,
            Tracer.TOBACCO_NON_SMOKING), ServiceCoverageEdition.E2019.tracers().subList(8, 11));
        assertEquals(List.of(Tracer.NON_RAISED_BLOOD_PRESSURE, Tracer.MEAN_FASTING_PLASMA_GLUCOSE,
            Tracer.TOBACCO_NON_USE), ServiceCoverageEdition.E2021.tracers().subList(8, 11));
        assertEquals(List.of(Tracer.HYPERTENSION_TREATMENT, Tracer.MEAN_FASTING_PLASMA_GLUCOSE,
            Tracer.TOBACCO_NON_USE), ServiceCoverageEdition.E2023.tracers().subList(8, 11));
        assertTrue(ServiceCoverageEdition.E2019.tracers().contains(Tracer.TUBERCULOSIS_EFFECTIVE_TREATMENT));
        assertTrue(ServiceCoverageEdition.E2021.tracers().contains(Tracer.TUBERCULOSIS_TREATMENT));
        assertEquals(ServiceCoverageEdition.E2017.tracers(), ServiceCoverageEdition.E2019.tracers());
    }

    @Test
    void theTracersOfACategoryCannotBeModified() {
        assertThrows(UnsupportedOperationException.class,
            () -> TracerCategory.INFECTIOUS_DISEASES.tracers().clear());
    }
}
