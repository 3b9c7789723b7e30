package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventKindTest {

    @Test
    void everyTermReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(EventKind.values(), EventKind::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(EventKind.values(), EventKind::fromCode);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        Vocabularies.assertLabelled(EventKind.values(), EventKind::label);
    }

    @Test
    void codeIsTheStableKebabWord() {
        assertEquals("backstopping-mission", EventKind.BACKSTOPPING_MISSION.code());
        assertEquals(EventKind.BACKSTOPPING_MISSION, EventKind.fromCode("backstopping-mission"));
    }
}
