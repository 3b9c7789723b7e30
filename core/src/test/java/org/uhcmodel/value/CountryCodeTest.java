package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
    void assignedCodesListThePinnedTableAndCannotBeChanged() {
        assertTrue(CountryCode.assignedCodes().contains("DZ"));
        assertTrue(CountryCode.assignedCodes().contains("XK"));
        assertEquals(250, CountryCode.assignedCodes().size());
        assertEquals(250, CountryCode.all().size());
        assertEquals(List.copyOf(CountryCode.assignedCodes()),
            CountryCode.all().stream().map(CountryCode::code).collect(Collectors.toList()));
        assertThrows(UnsupportedOperationException.class, () -> CountryCode.assignedCodes().add("EU"));
        assertThrows(UnsupportedOperationException.class, () -> CountryCode.all().clear());
    }

    @Test
    void everyCodeOfTheTableIsInAlphabeticalOrderAndHasItsThreeCodesAndTwoNames() {
        String previous = "";
        for (CountryCode country : CountryCode.all()) {
            assertTrue(country.code().compareTo(previous) > 0, country::code);
            previous = country.code();
            assertTrue(country.alpha3().matches("[A-Z]{3}"), country::code);
            assertTrue(country.numeric().map(n -> n.matches("[0-9]{3}")).orElse(country.isUserAssigned()),
                country::code);
            assertFalse(country.englishName().isBlank(), country::code);
            assertFalse(country.frenchName().isBlank(), country::code);
            assertEquals(Optional.of(country), CountryCode.fromAlpha3(country.alpha3()));
            assertEquals(country, CountryCode.of(country.code()));
        }
    }

    @ParameterizedTest
    @CsvSource({"DZ, DZA, 012", "MR, MRT, 478", "CI, CIV, 384", "BE, BEL, 056", "FR, FRA, 250", "KZ, KAZ, 398"})
    void alpha3AndNumericCodesComeFromTheCode(String code, String alpha3, String numeric) {
        CountryCode country = CountryCode.of(code);
        assertEquals(alpha3, country.alpha3());
        assertEquals(Optional.of(numeric), country.numeric());
        assertEquals(Optional.of(country), CountryCode.fromAlpha3(alpha3));
    }

    @Test
    void frenchNameComesFromTheCode() {
        assertEquals("Alg\u00e9rie (l')", ALGERIA.frenchName());
        assertEquals("C\u00f4te d'Ivoire (la)", CountryCode.of("CI").frenchName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dza", "DZ", "XXX", "", "EUR"})
    void anUnknownAlpha3CodeFindsNothing(String alpha3) {
        assertEquals(Optional.empty(), CountryCode.fromAlpha3(alpha3));
    }

    @Test
    void kosovoIsAUserAssignedCodeOfTheTable() {
        CountryCode kosovo = CountryCode.of("XK");
        assertTrue(kosovo.isUserAssigned());
        assertEquals("XKX", kosovo.alpha3());
        assertEquals(Optional.empty(), kosovo.numeric());
        assertEquals("Kosovo", kosovo.englishName());
        assertEquals(Optional.of(kosovo), CountryCode.fromAlpha3("XKX"));
        assertFalse(ALGERIA.isUserAssigned());
        assertEquals(1, CountryCode.all().stream().filter(CountryCode::isUserAssigned).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dz", "Dz", "DZA", "D", "", " DZ", "D1", "12"})
    void codeNotTwoUpperCaseLettersIsMalformed(String code) {
        ModelViolationException ex = assertBroken(() -> CountryCode.of(code), "", "country-code.format");
        assertEquals(Optional.of(code), only(ex).invalidValue());
        assertBroken(() -> CountryCode.parse(code), "", "country-code.format");
    }

    @Test
    void nullIsRefusedAtOnce() {
        assertNullRefused(() -> CountryCode.of(null), "code");
        assertNullRefused(() -> CountryCode.parse(null), "text");
        assertNullRefused(() -> CountryCode.fromAlpha3(null), "alpha3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU", "ZZ", "AA", "QO", "UK", "XA", "XZ"})
    void unassignedCodeOrAnotherUserAssignedOneIsRefused(String code) {
        ModelViolationException ex = assertBroken(() -> CountryCode.of(code), "", "country-code.unassigned");
        assertEquals(Optional.of(code), only(ex).invalidValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Türkiye|TR", "Viet Nam|VN", "Bosnia and Herzegovina|BA", "Republic of Moldova|MD",
        "United Kingdom of Great Britain and Northern Ireland|GB", "Netherlands (Kingdom of the)|NL",
        "Côte d'Ivoire|CI", "Côte d’Ivoire|CI", "Algérie (l')|DZ", "Côte d'Ivoire (la)|CI", "Kosovo|XK"})
    void aCountryIsFoundByItsIsoEnglishOrFrenchNameOrItsUnName(String name, String code) {
        assertEquals(Optional.of(CountryCode.of(code)), CountryCode.fromName(name));
    }

    @Test
    void aNameNoCountryHasFindsNothing() {
        assertEquals(Optional.empty(), CountryCode.fromName("Turkey"));
        assertEquals(Optional.empty(), CountryCode.fromName("algeria"));
        assertEquals(Optional.empty(), CountryCode.fromName("Algérie"));
        assertNullRefused(() -> CountryCode.fromName(null), "name");
    }

    @Test
    void aCountryIsFoundByItsNumericCode() {
        assertEquals(Optional.of(ALGERIA), CountryCode.fromNumeric("012"));
        assertEquals(Optional.empty(), CountryCode.fromNumeric("12"));
        assertEquals(Optional.empty(), CountryCode.fromNumeric("001"));
        assertNullRefused(() -> CountryCode.fromNumeric(null), "numeric");
    }

    @Test
    void theUnNameIsTheNameOfM49() {
        assertEquals(Optional.of("Viet Nam"), CountryCode.of("VN").unName());
        assertEquals(Optional.of("Republic of Korea"), CountryCode.of("KR").unName());
        assertEquals(Optional.empty(), CountryCode.of("XK").unName());
        assertEquals(Optional.empty(), CountryCode.of("TW").unName());
    }
}
