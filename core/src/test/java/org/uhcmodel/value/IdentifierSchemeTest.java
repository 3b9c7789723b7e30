package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.uhcmodel.value.VocabularyAssertions.assertEveryCodeRoundTrips;
import static org.uhcmodel.value.VocabularyAssertions.assertUnknownCodeRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSchemeTest {

    @Test
    void everyCodeReadsBackToItsTerm() {
        assertEveryCodeRoundTrips(IdentifierScheme.class, IdentifierScheme::fromCode);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "unknown", " wikidata", "WIKIDATA"})
    void unknownCodeIsRefusedNamingTheAllowedCodes(String code) {
        assertUnknownCodeRefused(IdentifierScheme.class, IdentifierScheme::fromCode, code);
    }

    @Test
    void codesAreStable() {
        org.junit.jupiter.api.Assertions.assertEquals(
            java.util.List.of("iati-organisation", "wikidata", "national-registry", "website"),
            java.util.Arrays.stream(IdentifierScheme.values()).map(IdentifierScheme::code).toList());
    }

    @Test
    void eachSchemeAcceptsItsOwnForm() {
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.IATI_ORGANISATION.accepts("XI-IATI-EC_INTPA"));
        org.junit.jupiter.api.Assertions.assertFalse(IdentifierScheme.WIKIDATA.accepts("XI-IATI-EC_INTPA"));
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.WIKIDATA.accepts("Q1232926"));
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.WEBSITE.accepts("https://www.enabel.be"));
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.NATIONAL_REGISTRY.accepts("0264.814.354"));
    }

    @Test
    void acceptsRefusesANullValue() {
        NullPointerException ex = assertThrows(NullPointerException.class, () -> IdentifierScheme.WIKIDATA.accepts(null));
        assertEquals("value", ex.getMessage());
    }
}
