package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.DacSector;

/**
 * Checks the DAC sector each area of cooperation is classed in.
 */
class CooperationAreaDacSectorTest {

    @Test
    void specialtiesMapToMedicalServicesOrReproductiveHealthCare() {
        for (CooperationArea area : MedicalSpecialtiesTest.SPECIALTIES) {
            DacSector sector = area.dacSector().orElseThrow();
            assertTrue(sector == DacSector.MEDICAL_SERVICES || sector == DacSector.REPRODUCTIVE_HEALTH_CARE,
                area.code());
        }
        assertEquals(Optional.of(DacSector.REPRODUCTIVE_HEALTH_CARE),
            CooperationArea.OBSTETRICS_GYNAECOLOGY.dacSector());
        assertEquals(Optional.of(DacSector.REPRODUCTIVE_HEALTH_CARE), CooperationArea.REPRODUCTIVE_HEALTH.dacSector());
        assertEquals("12191", CooperationArea.NUCLEAR_MEDICINE.dacSector().orElseThrow().code());
    }

    @Test
    void systemDomainsMapToTheirDacSector() {
        assertEquals("12220", CooperationArea.PRIMARY_HEALTH_CARE.dacSector().orElseThrow().code());
        assertEquals("12110", CooperationArea.HEALTH_FINANCING.dacSector().orElseThrow().code());
        assertEquals("16012", CooperationArea.SOCIAL_HEALTH_PROTECTION.dacSector().orElseThrow().code());
        assertEquals("12196", CooperationArea.DIGITAL_HEALTH.dacSector().orElseThrow().code());
        assertEquals("12191", CooperationArea.TELEMEDICINE.dacSector().orElseThrow().code());
        assertEquals("12181", CooperationArea.HEALTH_WORKFORCE_TRAINING.dacSector().orElseThrow().code());
        assertEquals("12191", CooperationArea.MEDICAL_TECHNOLOGY.dacSector().orElseThrow().code());
        assertEquals("12110", CooperationArea.GOVERNANCE.dacSector().orElseThrow().code());
        assertEquals("12230", CooperationArea.INFRASTRUCTURE.dacSector().orElseThrow().code());
        assertEquals("12182", CooperationArea.MEDICAL_RESEARCH.dacSector().orElseThrow().code());
    }

    @Test
    void onlyArtificialIntelligenceHasNoDacSector() {
        assertEquals(Optional.empty(), CooperationArea.ARTIFICIAL_INTELLIGENCE.dacSector());
        for (CooperationArea area : CooperationArea.values()) {
            if (area != CooperationArea.ARTIFICIAL_INTELLIGENCE) {
                assertTrue(area.dacSector().isPresent(), area.code());
            }
        }
    }
}
