package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class CountryCodeTest {

    private static final CountryCode ALGERIA = CountryCode.of("DZ");

    @ParameterizedTest
    @ValueSource(strings = {"DZ", "MR", "CI", "BE", "FR", "KZ", "BY", "BI"})
    void assignedCodesOfTheSeedCountriesAreAccepted(String code) {
        CountryCode country = CountryCode.of(code);
        assertEquals(code, country.code());
        assertEquals(code, country.toString());
        assertEquals(country, CountryCode.parse(country.toString()));
    }

    @ParameterizedTest
    @CsvSource({"DZ, Algeria", "MR, Mauritania", "BE, Belgium", "FR, France", "KZ, Kazakhstan", "BY, Belarus"})
    void englishNameComesFromTheCode(String code, String name) {
        assertEquals(name, CountryCode.of(code).englishName());
    }

    @Test
    void ivoryCoastHasAnEnglishName() {
        assertTrue(CountryCode.of("CI").englishName().contains("Ivoire"), CountryCode.of("CI").englishName());
    }

    @Test
    void equalCodesAreEqualAndOrderedByCode() {
        assertEquals(CountryCode.of("DZ"), ALGERIA);
        assertEquals(CountryCode.of("DZ").hashCode(), ALGERIA.hashCode());
        assertNotEquals(CountryCode.of("MR"), ALGERIA);
        assertNotEquals(ALGERIA, "DZ");
        assertTrue(CountryCode.of("BE").compareTo(ALGERIA) < 0);
        assertEquals(0, CountryCode.of("DZ").compareTo(ALGERIA));
    }

    @Test
    void assignedCodesListTheJdkCodesAndCannotBeChanged() {
        assertTrue(CountryCode.assignedCodes().contains("DZ"));
        assertTrue(CountryCode.assignedCodes().size() > 240);
        assertThrows(UnsupportedOperationException.class, () -> CountryCode.assignedCodes().add("EU"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dz", "Dz", "DZA", "D", "", " DZ", "D1", "12"})
    void codeNotTwoUpperCaseLettersIsMalformed(String code) {
        ModelViolationException ex = assertBroken(() -> CountryCode.of(code), "", "country-code.format");
        assertEquals(Optional.of(code), only(ex).invalidValue());
        assertBroken(() -> CountryCode.parse(code), "", "country-code.format");
    }

    @Test
    void missingCodeIsMalformed() {
        assertBroken(() -> CountryCode.of(null), "", "country-code.format");
        assertBroken(() -> CountryCode.parse(null), "", "country-code.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU", "XK", "ZZ", "AA", "QO", "UK"})
    void unassignedOrUserAssignedCodeIsRefused(String code) {
        ModelViolationException ex = assertBroken(() -> CountryCode.of(code), "", "country-code.unassigned");
        assertEquals(Optional.of(code), only(ex).invalidValue());
    }
}
