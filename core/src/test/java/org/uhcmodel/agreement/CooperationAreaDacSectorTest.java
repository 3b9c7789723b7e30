package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uhcmodel.value.DacCategory;
import org.uhcmodel.value.DacSector;

/**
 * Checks the DAC sector each area of cooperation is classed in, against the CRS clarifications of the purpose codes:
 * 12191 medical services excludes non-communicable diseases (123xx); 12350 holds cardiovascular disease and cancer;
 * 12110 holds medical insurance programmes; 16012 is sickness cash benefits; 12220 holds work towards universal health
 * coverage.
 */
class CooperationAreaDacSectorTest {

    /** The specialties that treat non-communicable diseases: cardiovascular disease and cancer. */
    private static final Set<CooperationArea> NCD_SPECIALTIES = EnumSet.of(CooperationArea.CARDIAC_SURGERY,
        CooperationArea.VASCULAR_SURGERY, CooperationArea.PAEDIATRIC_CARDIAC_SURGERY, CooperationArea.ONCOLOGY);

    @ParameterizedTest
    @CsvSource({
        "paediatrics, 12191", "nuclear-medicine, 12191", "neurosurgery, 12191", "cardiac-surgery, 12350",
        "vascular-surgery, 12350", "paediatric-cardiac-surgery, 12350", "ophthalmology, 12191", "neurology, 12191",
        "obstetrics-gynaecology, 13020", "oncology, 12350", "rehabilitation, 12191", "psychomotricity, 12191",
        "reproductive-health, 13020", "medical-imaging, 12191", "primary-health-care, 12220",
        "health-financing, 12110", "social-health-protection, 12110", "digital-health, 12110", "telemedicine, 12191",
        "health-workforce-training, 12181", "medical-technology, 12191", "governance, 12110",
        "infrastructure, 12230", "medical-research, 12182", "universal-health-coverage, 12220"})
    void everyAreaMapsToItsDacSector(String area, String sector) {
        assertEquals(Optional.of(DacSector.fromCode(sector)), CooperationArea.fromCode(area).dacSector());
    }

    @Test
    void noSpecialtyOfNonCommunicableDiseasesIsAMedicalServiceWhich12191Excludes() {
        for (CooperationArea area : NCD_SPECIALTIES) {
            DacSector sector = area.dacSector().orElseThrow();
            assertNotEquals(DacSector.MEDICAL_SERVICES, sector, area.code());
            assertEquals(DacSector.OTHER_NCD_PREVENTION_AND_TREATMENT, sector, area.code());
            assertEquals(DacCategory.NON_COMMUNICABLE_DISEASES, sector.category(), area.code());
        }
    }

    @Test
    void socialHealthProtectionIsHealthInsuranceNotSicknessCashBenefits() {
        assertEquals(Optional.of(DacSector.HEALTH_POLICY), CooperationArea.SOCIAL_HEALTH_PROTECTION.dacSector());
        for (CooperationArea area : CooperationArea.values()) {
            assertNotEquals(Optional.of(DacSector.SOCIAL_SECURITY), area.dacSector(), area.code());
        }
    }

    @Test
    void universalHealthCoverageIsBasicHealthCareAndDigitalHealthIsNotHealthStatistics() {
        assertEquals(Optional.of(DacSector.BASIC_HEALTH_CARE), CooperationArea.UNIVERSAL_HEALTH_COVERAGE.dacSector());
        assertEquals(Optional.of(DacSector.HEALTH_POLICY), CooperationArea.DIGITAL_HEALTH.dacSector());
    }

    @Test
    void theOtherSpecialtiesAreMedicalServicesOrReproductiveHealthCare() {
        for (CooperationArea area : MedicalSpecialtiesTest.SPECIALTIES) {
            if (!NCD_SPECIALTIES.contains(area)) {
                DacSector sector = area.dacSector().orElseThrow();
                assertTrue(sector == DacSector.MEDICAL_SERVICES || sector == DacSector.REPRODUCTIVE_HEALTH_CARE,
                    area.code());
            }
        }
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
