package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PopulationGroupTest {

    @ParameterizedTest
    @CsvSource({
        "FORMAL_SECTOR_EMPLOYEES, formal-sector-employees",
        "CIVIL_SERVANTS, civil-servants",
        "INFORMAL_SECTOR, informal-sector",
        "RURAL_WORKERS, rural-workers",
        "INDIGENT, indigent",
        "STUDENTS, students",
        "RETIREES, retirees",
        "DEPENDANTS, dependants",
        "WHOLE_POPULATION, whole-population",
        "EMPLOYER_STAFF, employer-staff",
    })
    void codesAreStableKebabCase(PopulationGroup populationGroup, String code) {
        assertEquals(code, populationGroup.code());
    }

    @ParameterizedTest
    @EnumSource(PopulationGroup.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(PopulationGroup populationGroup) {
        assertSame(populationGroup, PopulationGroup.fromCode(populationGroup.code()));
        assertFalse(populationGroup.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> PopulationGroup.fromCode("FORMAL-SECTOR-EMPLOYEES"), "", "unknown-code"))
            .message();
        assertEquals("is not a code of this vocabulary; allowed codes: formal-sector-employees, "
            + "civil-servants, informal-sector, rural-workers, indigent, students, retirees, dependants, "
            + "whole-population, employer-staff", message);
    }
}
