package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartyRoleTest {

    @Test
    void everyTermReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(PartyRole.values(), PartyRole::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(PartyRole.values(), PartyRole::fromCode);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        Vocabularies.assertLabelled(PartyRole.values(), PartyRole::label);
    }

    @Test
    void codeIsTheStableKebabWord() {
        assertEquals("funder", PartyRole.FUNDER.code());
        assertEquals(PartyRole.FUNDER, PartyRole.fromCode("funder"));
    }
}
