package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks which areas of cooperation are medical specialties.
 */
class MedicalSpecialtiesTest {

    /** The clinical areas among the areas of cooperation. */
    static final Set<CooperationArea> SPECIALTIES = EnumSet.of(
        CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE, CooperationArea.NEUROSURGERY,
        CooperationArea.CARDIAC_SURGERY, CooperationArea.VASCULAR_SURGERY, CooperationArea.PAEDIATRIC_CARDIAC_SURGERY,
        CooperationArea.OPHTHALMOLOGY, CooperationArea.NEUROLOGY, CooperationArea.OBSTETRICS_GYNAECOLOGY,
        CooperationArea.ONCOLOGY, CooperationArea.REHABILITATION, CooperationArea.PSYCHOMOTRICITY,
        CooperationArea.REPRODUCTIVE_HEALTH, CooperationArea.MEDICAL_IMAGING);

    @Test
    void medicalSpecialtiesAreTheFourteenClinicalAreas() {
        for (CooperationArea area : CooperationArea.values()) {
            assertEquals(SPECIALTIES.contains(area), area.isMedicalSpecialty(), area.code());
        }
        assertEquals(14, SPECIALTIES.size());
    }

    @Test
    void systemDomainsAreNoSpecialties() {
        assertFalse(CooperationArea.HEALTH_FINANCING.isMedicalSpecialty());
        assertFalse(CooperationArea.ARTIFICIAL_INTELLIGENCE.isMedicalSpecialty());
    }
}
