package org.uhcmodel.value;

import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.value.VocabularyAssertions.assertEveryCodeRoundTrips;
import static org.uhcmodel.value.VocabularyAssertions.assertUnknownCodeRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DacSectorTest {

    @Test
    void everyCodeReadsBackToItsTerm() {
        assertEveryCodeRoundTrips(DacSector.class, DacSector::fromCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", " 12220", "12220.0", "1222", "12200"})
    void unknownCodeIsRefusedNamingTheAllowedCodes(String code) {
        assertUnknownCodeRefused(DacSector.class, DacSector::fromCode, code);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "12110|Health policy and administrative management", "12181|Medical education/training",
        "12182|Medical research", "12191|Medical services", "12196|Health statistics and data",
        "12220|Basic health care", "12230|Basic health infrastructure", "12240|Basic nutrition",
        "12250|Infectious disease control", "12261|Health education", "12281|Health personnel development",
        "13020|Reproductive health care", "13030|Family planning", "16010|Social protection",
        "16011|Social protection and welfare services policy, planning and administration",
        "16012|Social security (excl. pensions)"})
    void everyOfficialCodeHasItsOfficialLabel(String code, String label) {
        org.junit.jupiter.api.Assertions.assertEquals(label, DacSector.fromCode(code).label());
    }

    @Test
    void everyCodeIsFiveDigits() {
        for (DacSector sector : DacSector.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(sector.code().matches("\\d{5}"), sector.name());
        }
        org.junit.jupiter.api.Assertions.assertEquals(16, DacSector.values().length);
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> DacSector.fromCode(null), "code");
    }
}
