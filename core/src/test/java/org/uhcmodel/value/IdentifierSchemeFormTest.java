package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks the form of identifier each identifier scheme accepts.
 */
class IdentifierSchemeFormTest {

    @Test
    void eachSchemeAcceptsItsOwnForm() {
        assertTrue(IdentifierScheme.IATI_ORGANISATION.accepts("XI-IATI-EC_INTPA"));
        assertFalse(IdentifierScheme.WIKIDATA.accepts("XI-IATI-EC_INTPA"));
        assertTrue(IdentifierScheme.WIKIDATA.accepts("Q1232926"));
        assertTrue(IdentifierScheme.WEBSITE.accepts("https://www.enabel.be"));
        assertTrue(IdentifierScheme.NATIONAL_REGISTRY.accepts("0264.814.354"));
    }

    @Test
    void acceptsRefusesANullValue() {
        NullPointerException ex = assertThrows(NullPointerException.class,
            () -> IdentifierScheme.WIKIDATA.accepts(null));
        assertEquals("value", ex.getMessage());
    }
}
