package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.DacSector;

class CooperationAreaTest {

    private static final Set<CooperationArea> SPECIALTIES = EnumSet.of(
        CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE, CooperationArea.NEUROSURGERY,
        CooperationArea.CARDIAC_SURGERY, CooperationArea.VASCULAR_SURGERY, CooperationArea.PAEDIATRIC_CARDIAC_SURGERY,
        CooperationArea.OPHTHALMOLOGY, CooperationArea.NEUROLOGY, CooperationArea.OBSTETRICS_GYNAECOLOGY,
        CooperationArea.ONCOLOGY, CooperationArea.REHABILITATION, CooperationArea.PSYCHOMOTRICITY,
        CooperationArea.REPRODUCTIVE_HEALTH, CooperationArea.MEDICAL_IMAGING);

    @Test
    void everyAreaReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(CooperationArea.values(), CooperationArea::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(CooperationArea.values(), CooperationArea::fromCode);
    }

    @Test
    void everyAreaHasAnEnglishLabel() {
        Vocabularies.assertLabelled(CooperationArea.values(), CooperationArea::label);
        assertEquals("Medical imaging and radiology", CooperationArea.MEDICAL_IMAGING.label());
    }

    @Test
    void medicalSpecialtiesAreTheFourteenClinicalAreas() {
        for (CooperationArea area : CooperationArea.values()) {
            assertEquals(SPECIALTIES.contains(area), area.isMedicalSpecialty(), area.code());
        }
        assertEquals(14, SPECIALTIES.size());
        assertEquals(25, CooperationArea.values().length);
    }

    @Test
    void specialtiesMapToMedicalServicesOrReproductiveHealthCare() {
        for (CooperationArea area : SPECIALTIES) {
            DacSector sector = area.dacSector().orElseThrow();
            assertTrue(sector == DacSector.MEDICAL_SERVICES || sector == DacSector.REPRODUCTIVE_HEALTH_CARE, area.code());
        }
        assertEquals(Optional.of(DacSector.REPRODUCTIVE_HEALTH_CARE), CooperationArea.OBSTETRICS_GYNAECOLOGY.dacSector());
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
    void artificialIntelligenceHasNoDacSector() {
        assertEquals(Optional.empty(), CooperationArea.ARTIFICIAL_INTELLIGENCE.dacSector());
        assertFalse(CooperationArea.ARTIFICIAL_INTELLIGENCE.isMedicalSpecialty());
        for (CooperationArea area : CooperationArea.values()) {
            if (area != CooperationArea.ARTIFICIAL_INTELLIGENCE) {
                assertTrue(area.dacSector().isPresent(), area.code());
            }
        }
    }

    @Test
    void codesAreTheCuratedKebabWords() {
        assertEquals(CooperationArea.PAEDIATRIC_CARDIAC_SURGERY, CooperationArea.fromCode("paediatric-cardiac-surgery"));
        assertEquals(CooperationArea.OBSTETRICS_GYNAECOLOGY, CooperationArea.fromCode("obstetrics-gynaecology"));
        assertEquals("artificial-intelligence", CooperationArea.ARTIFICIAL_INTELLIGENCE.code());
    }
}
