package org.uhcmodel.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.CountryCode;

class AreaTest {

    @ParameterizedTest
    @CsvSource({"DZ, COUNTRY", "XK, COUNTRY", "M49:001, WORLD", "M49:202, M49_REGION", "M49:143, M49_REGION",
        "WHO:AFR, WHO_REGION", "WHO:SEAR, WHO_REGION", "WB:SSF, WORLD_BANK_REGION", "WB:HIC, WORLD_BANK_INCOME_GROUP",
        "WB:IDA, WORLD_BANK_LENDING_GROUP", "WB:FCS, WORLD_BANK_OTHER_GROUP", "WB:CHI, WORLD_BANK_ECONOMY"})
    void eachFormOfCodeNamesAnAreaOfItsKindAndIsWrittenBack(String code, AreaKind kind) {
        Area area = Area.of(code);
        assertSame(kind, area.kind());
        assertEquals(code, area.code());
        assertEquals(code, area.toString());
        assertSame(area, Area.parse(area.toString()));
        assertEquals(kind.isAggregate(), area.isAggregate());
    }

    @Test
    void aCountryIsTheAreaOfItsCountryCode() {
        Area algeria = Area.of(CountryCode.of("DZ"));
        assertEquals(Area.of("DZ"), algeria);
        assertEquals(Optional.of(CountryCode.of("DZ")), algeria.country());
        assertEquals(Optional.of("012"), algeria.m49Code());
        assertEquals("Algeria", algeria.name());
        assertEquals(Optional.empty(), Area.WORLD.country());
    }

    @Test
    void theWorldIsM49AreaOneAndTheWorldBanksWorld() {
        assertEquals("M49:001", Area.WORLD.code());
        assertEquals("World", Area.WORLD.name());
        assertEquals(Optional.of(Area.WORLD), Area.fromWorldBankCode("WLD"));
        assertEquals(Optional.of("WLD"), Area.WORLD.worldBankCode());
        assertEquals(Optional.of(Area.WORLD), Area.fromM49("1"));
        assertEquals(Optional.empty(), Area.WORLD.parent());
    }

    @ParameterizedTest
    @CsvSource({"4, AF", "012, DZ", "384, CI", "202, M49:202", "001, M49:001", "150, M49:150"})
    void anAreaIsFoundByItsM49CodeWithOrWithoutLeadingZeros(String m49, String code) {
        assertEquals(Optional.of(Area.of(code)), Area.fromM49(m49));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0000", "999", "158", "x1"})
    void anM49CodeOfNoAreaFindsNothing(String m49) {
        assertEquals(Optional.empty(), Area.fromM49(m49));
    }

    @ParameterizedTest
    @CsvSource({"DZA, DZ", "CIV, CI", "XKX, XK", "SSF, WB:SSF", "HIC, WB:HIC", "LMY, WB:LMY", "CHI, WB:CHI",
        "WLD, M49:001", "AFR, WB:AFR"})
    void anAreaIsFoundByItsWorldBankCode(String code, String area) {
        assertEquals(Optional.of(Area.of(area)), Area.fromWorldBankCode(code));
    }

    @Test
    void whoRegionsAreFoundByTheirCodesAndNotConfusedWithTheWorldBanksAfrica() {
        assertEquals(Optional.of(Area.of("WHO:AFR")), Area.fromWhoCode("AFR"));
        assertEquals("African Region", Area.of("WHO:AFR").name());
        assertNotEquals(Area.of("WHO:AFR"), Area.of("WB:AFR"));
        assertEquals(Optional.empty(), Area.fromWhoCode("XYZ"));
        assertEquals(6, Area.all().stream().filter(a -> a.kind() == AreaKind.WHO_REGION).count());
    }

    @Test
    void aCountryIsFoundByItsAlpha3Code() {
        assertEquals(Optional.of(Area.of("MR")), Area.fromAlpha3("MRT"));
        assertEquals(Optional.empty(), Area.fromAlpha3("HIC"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Türkiye|TR", "Viet Nam|VN", "Bosnia and Herzegovina|BA",
        "Republic of Korea|KR", "Côte d\u2019Ivoire|CI", "Algérie (l')|DZ", "World|M49:001",
        "Sub-Saharan Africa|M49:202", "Africa|M49:002", "Central Asia|M49:143", "African Region|WHO:AFR",
        "High income|WB:HIC", "Europe & Central Asia|WB:ECS", "Channel Islands|WB:CHI"})
    void anAreaIsFoundByAnOfficialNameUnNamesFirst(String name, String code) {
        assertEquals(Optional.of(Area.of(code)), Area.fromName(name));
    }

    @Test
    void namesSharedByTheUnAndTheWorldBankListBothUnFirst() {
        assertEquals(List.of(Area.of("M49:002"), Area.of("WB:AFR")), Area.allNamed("Africa"));
        assertEquals(List.of(Area.of("M49:202"), Area.of("WB:SSF")), Area.allNamed("Sub-Saharan Africa"));
        assertEquals(List.of(Area.WORLD), Area.allNamed("World"));
        assertEquals(List.of(), Area.allNamed("Atlantis"));
        assertEquals(Optional.empty(), Area.fromName("Atlantis"));
    }

    @Test
    void aCountryLiesInItsM49RegionsAndItsWhoRegion() {
        Area coteDIvoire = Area.of("CI");
        assertEquals(List.of(Area.of("M49:011"), Area.of("M49:202"), Area.of("M49:002"), Area.WORLD),
            coteDIvoire.m49Regions());
        assertEquals(Optional.of(Area.of("WHO:AFR")), coteDIvoire.whoRegion());
        assertEquals(Optional.of(Area.of("WHO:AFR")), Area.of("MR").whoRegion());
        assertEquals(Optional.of(Area.of("WHO:EMR")), Area.of("AF").whoRegion());
        assertEquals(Optional.of(Area.of("WHO:EUR")), Area.of("KZ").whoRegion());
    }

    @Test
    void indonesiaIsInTheWesternPacificSince2025() {
        assertEquals(Optional.of(Area.of("WHO:WPR")), Area.of("ID").whoRegion());
    }

    @Test
    void areasThatAreNotWhoMemberStatesHaveNoWhoRegion() {
        assertEquals(Optional.empty(), Area.of("XK").whoRegion());
        assertEquals(Optional.empty(), Area.of("PR").whoRegion());
        assertEquals(Optional.empty(), Area.of("WHO:AFR").whoRegion());
    }

    @Test
    void anM49RegionLiesInItsParents() {
        Area westernAfrica = Area.of("M49:011");
        assertEquals(Optional.of(Area.of("M49:202")), westernAfrica.parent());
        assertEquals(List.of(Area.of("M49:202"), Area.of("M49:002"), Area.WORLD), westernAfrica.m49Regions());
        assertEquals(List.of(), Area.WORLD.m49Regions());
        assertEquals(List.of(Area.WORLD), Area.of("AQ").m49Regions());
    }

    @Test
    void taiwanAndKosovoHaveNoM49Code() {
        assertEquals(Optional.empty(), Area.of("TW").m49Code());
        assertEquals(Optional.empty(), Area.of("XK").m49Code());
        assertEquals(List.of(), Area.of("TW").m49Regions());
    }

    @Test
    void theTablesHoldEveryCountryAndGroup() {
        List<Area> all = Area.all();
        assertEquals(250, all.stream().filter(a -> a.kind() == AreaKind.COUNTRY).count());
        assertEquals(30, all.stream().filter(a -> a.kind() == AreaKind.M49_REGION || a == Area.WORLD).count());
        assertEquals(79, all.stream().filter(a -> a.worldBankCode().isPresent() && a != Area.WORLD).count());
        Set<String> codes = new HashSet<>();
        for (Area area : all) {
            assertTrue(codes.add(area.code()), area.code());
            assertSame(area, Area.of(area.code()));
        }
        assertThrows(UnsupportedOperationException.class, () -> Area.all().clear());
    }

    @Test
    void areasAreEqualByCodeAndOrderedByCode() {
        assertEquals(Area.of("DZ"), Area.parse("DZ"));
        assertEquals(Area.of("DZ").hashCode(), Area.parse("DZ").hashCode());
        assertNotEquals(Area.of("DZ"), "DZ");
        assertTrue(Area.of("DZ").compareTo(Area.of("WHO:AFR")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dz", "D", "DZA", "M49:", "M49:1", "M49:0001", "WHO:", "WHO:af", "WB:", "WB:HICX",
        "UN:001", " DZ", "DZ "})
    void textOfNoFormIsRefused(String text) {
        assertBroken(() -> Area.of(text), "", "area.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "M49:999", "WHO:XYZ", "WB:ZZZ"})
    void aCodeOfTheRightFormThatNamesNoAreaIsRefused(String text) {
        assertBroken(() -> Area.of(text), "", "area.unknown");
    }

    @ParameterizedTest
    @CsvSource({"M49:012, DZ", "WB:WLD, M49:001", "WB:DZA, DZ", "WB:XKX, XK"})
    void anotherCodeOfAnAreaIsRefusedNamingItsOwnCode(String text, String canonical) {
        ModelViolationException ex = assertBroken(() -> Area.of(text), "", "area.not-canonical");
        assertTrue(ex.violations().get(0).message().contains(canonical), ex.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DZ|012|Algeria|DZ", "|4||AF", "||Türkiye|TR",
        "WHO:AFR||African Region|WHO:AFR",
        "|M49:202|Sub-Saharan Africa|M49:202", "WB:SSF||Sub-Saharan Africa|WB:SSF", "|001|World|M49:001"})
    void theColumnsOfATableIdentifyOneArea(String code, String m49, String name, String area) {
        assertEquals(Optional.of(Area.of(area)), Area.identify(text(code), text(m49), text(name)));
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }

    @Test
    void columnsNamingDifferentAreasAreRefusedAndEmptyColumnsNameNone() {
        assertEquals(Optional.empty(), Area.identify("", "", ""));
        assertBroken(() -> Area.identify("DZ", "478", ""), "", "area.conflict");
        assertBroken(() -> Area.identify("DZ", "", "Mauritania"), "", "area.conflict");
        assertBroken(() -> Area.identify("", "999", ""), "", "area.unknown");
        assertBroken(() -> Area.identify("", "", "Atlantis"), "", "area.unknown");
        assertBroken(() -> Area.identify("", "M49:012", ""), "", "area.not-canonical");
        assertNullRefused(() -> Area.identify(null, "", ""), "code");
    }

    @Test
    void nullsAreRefused() {
        assertNullRefused(() -> Area.of((String) null), "code");
        assertNullRefused(() -> Area.of((CountryCode) null), "country");
        assertNullRefused(() -> Area.parse(null), "text");
        assertNullRefused(() -> Area.fromM49(null), "m49");
        assertNullRefused(() -> Area.fromAlpha3(null), "alpha3");
        assertNullRefused(() -> Area.fromWhoCode(null), "code");
        assertNullRefused(() -> Area.fromWorldBankCode(null), "code");
        assertNullRefused(() -> Area.fromName(null), "name");
        assertNullRefused(() -> Area.allNamed(null), "name");
    }

    @Test
    void areaIsATypeWrittenAsText() {
        assertEquals("^([A-Z]{2}|M49:[0-9]{3}|WHO:[A-Z]{3,4}|WB:[A-Z0-9]{3})$",
            ModelTypes.findText(Area.class).orElseThrow().pattern().orElseThrow());
        assertFalse(ModelTypes.findText(Area.class).orElseThrow().description().isBlank());
    }
}
