package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the DAC purpose codes against the CRS list (January 2023 update): each code in its category, the codes a
 * health programme needs present.
 */
class DacSectorTest {

    @Test
    void everyCodeBelongsToTheCategoryOfItsFirstThreeDigits() {
        for (DacSector sector : DacSector.values()) {
            assertEquals(sector.code().substring(0, 3), sector.category().code(), sector.code());
            assertEquals(5, sector.code().length(), sector.code());
        }
    }

    @Test
    void theFiveCategoriesHoldTheCodesOfTheCrsList() {
        Map<DacCategory, Integer> counts = new EnumMap<>(DacCategory.class);
        for (DacSector sector : DacSector.values()) {
            counts.merge(sector.category(), 1, Integer::sum);
        }
        assertEquals(Map.of(DacCategory.HEALTH_GENERAL, 5, DacCategory.BASIC_HEALTH, 9,
            DacCategory.NON_COMMUNICABLE_DISEASES, 6, DacCategory.POPULATION_AND_REPRODUCTIVE_HEALTH, 6,
            DacCategory.OTHER_SOCIAL_INFRASTRUCTURE, 18), counts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12262|Malaria control", "12263|Tuberculosis control", "12350|Other prevention and treatment of NCDs",
        "13040|STD control including HIV/AIDS", "12110|Health policy and administrative management",
        "12220|Basic health care", "16012|Social security (excl pensions)"})
    void theCodesHealthProgrammesNeedArePresentWithTheirCrsNames(String code, String name) {
        assertEquals(name, DacSector.fromCode(code).label());
    }

    @Test
    void theVocabularyStatesTheEditionOfTheList() {
        assertTrue(DacSector.VOCABULARY.source().contains("January 2023"), DacSector.VOCABULARY.source());
        assertTrue(DacCategory.VOCABULARY.source().contains("January 2023"), DacCategory.VOCABULARY.source());
    }
}
