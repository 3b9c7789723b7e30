package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class IdentifierTest {

    private static final String ENABEL_IATI = "BE-BCE_KBO-0264814354";
    /** The European Commission's Directorate-General for International Partnerships, not the European Union. */
    private static final String INTPA_IATI = "XI-IATI-EC_INTPA";
    private static final Identifier ENABEL = Identifier.iati(ENABEL_IATI);

    @Test
    void iatiIdentifiersOfTheSeedOrganisationsAreAccepted() {
        assertEquals(IdentifierScheme.IATI_ORGANISATION, ENABEL.scheme());
        assertEquals(ENABEL_IATI, ENABEL.value());
        assertEquals("iati-organisation:" + ENABEL_IATI, ENABEL.toString());
        assertEquals(INTPA_IATI, Identifier.of(IdentifierScheme.IATI_ORGANISATION, INTPA_IATI).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB-COH-01234567", "FR-RCS-123456789", "XM-DAC-41114", "BE-BCE_KBO-0264.814.354",
        "XM-DAC-1-8", "CA_AB-ABT-1", "XI-IATI-EC_DEVCO"})
    void iatiIdentifiersWithAnAgencyPrefixAreAcceptedWithoutWarning(String value) {
        Identifier identifier = Identifier.iati(value);
        assertEquals(value, identifier.value());
        assertWarned(Identifier.class, identifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"44000", "DAC-1601", "60000", "N/A", "be-bce_kbo-0264814354", "DZ-1", "BEL-1", "BE-",
        "BE--1", "-BE-1", "EU-1", "41114", "\u00C9T-1"})
    void iatiIdentifiersInRealUseWithoutAnAgencyPrefixAreAcceptedWithAWarning(String value) {
        Identifier identifier = Identifier.iati(value);
        assertEquals(value, identifier.value());
        List<String> expected = new ArrayList<>(List.of("value identifier.iati-agency-prefix"));
        if (value.contains("/")) {
            expected.add("value identifier.iati-reserved-character");
        }
        assertWarned(Identifier.class, identifier, expected.toArray(new String[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE-BCE_KBO-12/34", "XM-DAC-1&2", "GB-COH-1|2", "GB-COH-1?"})
    void iatiIdentifiersWithAReservedCharacterAreAcceptedWithAWarning(String value) {
        assertWarned(Identifier.class, Identifier.iati(value), "value identifier.iati-reserved-character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"be bce", "BE BCE_KBO 0264814354", " BE-1", "BE-1 ", "", "BE-1\n2", "BE-\u200B1",
        "BE-1\u00A02", "BE-1\u20282"})
    void anIatiIdentifierWithWhitespaceOrAnInvisibleCharacterIsRefused(String value) {
        ModelViolationException ex = assertBroken(() -> Identifier.iati(value), "value", "identifier.format");
        assertEquals(Optional.of(value), only(ex).invalidValue());
    }

    @Test
    void wikidataItemIsAccepted() {
        Identifier item = Identifier.wikidata("Q1232926");
        assertEquals(IdentifierScheme.WIKIDATA, item.scheme());
        assertEquals("wikidata:Q1232926", item.toString());
        assertEquals(item, Identifier.of(IdentifierScheme.WIKIDATA, "Q1232926"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q", "Q0", "Q012", "q1232926", "P31", "Q12a", "1232926", "Q 1"})
    void malformedWikidataItemIsRefused(String value) {
        assertBroken(() -> Identifier.wikidata(value), "value", "identifier.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.enabel.be", "http://cnas.dz", "https://www.mutualite.fr/", "https://x.org/a/b?c=d#e"})
    void websiteIsAccepted(String value) {
        assertEquals(value, Identifier.of(IdentifierScheme.WEBSITE, value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.enabel.be", "ftp://enabel.be", "https://localhost", "https://enabel .be", "https://", ""})
    void malformedWebsiteIsRefused(String value) {
        assertBroken(() -> Identifier.of(IdentifierScheme.WEBSITE, value), "value", "identifier.format");
    }

    @Test
    void nationalRegistryNumberIsKeptAsWritten() {
        assertEquals("RC 16/00-0012345 B 99", Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, "RC 16/00-0012345 B 99").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " 123", "123 ", "\u00A0", "\u200B", "\u3000", "\u00A0123", "123\u200B", "123\uFEFF"})
    void blankOrPaddedRegistryNumberIsRefused(String value) {
        assertBroken(() -> Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, value), "value", "identifier.format");
    }

    @Test
    void aWebsiteEndingInAnInvisibleCharacterIsRefused() {
        assertBroken(() -> Identifier.of(IdentifierScheme.WEBSITE, "https://www.enabel.be\u200B"), "value",
            "identifier.format");
    }

    @Test
    void identifiersAreEqualBySchemeAndValue() {
        assertEquals(Identifier.of(IdentifierScheme.IATI_ORGANISATION, ENABEL_IATI), ENABEL);
        assertEquals(Identifier.iati(ENABEL_IATI).hashCode(), ENABEL.hashCode());
        assertNotEquals(Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, ENABEL_IATI), ENABEL);
        assertNotEquals(Identifier.iati(INTPA_IATI), ENABEL);
        assertNotEquals(ENABEL, ENABEL_IATI);
    }

    @Test
    void nullArgumentsAreRefusedAtOnce() {
        assertNullRefused(() -> Identifier.of(null, ENABEL_IATI), "scheme");
        assertNullRefused(() -> Identifier.of(IdentifierScheme.WIKIDATA, null), "value");
        assertNullRefused(() -> Identifier.iati(null), "value");
        assertNullRefused(() -> Identifier.wikidata(null), "value");
    }

    @Test
    void everyMissingValueIsReportedAtOnceByTheBuilder() {
        ModelViolationException ex = assertBrokenAll(() -> Identifier.builder().build(), "scheme required",
            "value required");
        assertEquals("Identifier", ex.typeName());
        assertBroken(() -> Identifier.builder().value(ENABEL_IATI).build(), "scheme", "required");
    }

    @Test
    void theBuilderChecksTheFormOfTheValue() {
        assertEquals(ENABEL,
            Identifier.builder().scheme(IdentifierScheme.IATI_ORGANISATION).value(ENABEL_IATI).build());
        assertBroken(() -> Identifier.builder().scheme(IdentifierScheme.WIKIDATA).value(ENABEL_IATI).build(), "value",
            "identifier.format");
    }
}
