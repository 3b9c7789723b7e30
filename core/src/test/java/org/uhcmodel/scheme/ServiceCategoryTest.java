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

class ServiceCategoryTest {

    @ParameterizedTest
    @CsvSource({
        "OUTPATIENT, outpatient",
        "INPATIENT, inpatient",
        "MATERNITY, maternity",
        "MEDICINES, medicines",
        "DIAGNOSTICS, diagnostics",
        "PREVENTION, prevention",
        "DENTAL, dental",
        "OPTICAL, optical",
        "TREATMENT_ABROAD, treatment-abroad",
    })
    void codesAreStableKebabCase(ServiceCategory serviceCategory, String code) {
        assertEquals(code, serviceCategory.code());
    }

    @ParameterizedTest
    @EnumSource(ServiceCategory.class)
    void everyTermIsReadBackFromItsCodeAndHasALabel(ServiceCategory serviceCategory) {
        assertSame(serviceCategory, ServiceCategory.fromCode(serviceCategory.code()));
        assertFalse(serviceCategory.label().isBlank());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> ServiceCategory.fromCode("OUTPATIENT"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: outpatient, inpatient, maternity, "
            + "medicines, diagnostics, prevention, dental, optical, treatment-abroad", message);
    }
}
