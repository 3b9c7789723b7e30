package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyKindTest {

    @Test
    void everyTermReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(BodyKind.values(), BodyKind::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(BodyKind.values(), BodyKind::fromCode);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        Vocabularies.assertLabelled(BodyKind.values(), BodyKind::label);
    }

    @Test
    void codeIsTheStableKebabWord() {
        assertEquals("joint-commission", BodyKind.JOINT_COMMISSION.code());
        assertEquals(BodyKind.JOINT_COMMISSION, BodyKind.fromCode("joint-commission"));
    }
}
