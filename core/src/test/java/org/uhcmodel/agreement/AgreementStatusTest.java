package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgreementStatusTest {

    @Test
    void everyTermReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(AgreementStatus.values(), AgreementStatus::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(AgreementStatus.values(), AgreementStatus::fromCode);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        Vocabularies.assertLabelled(AgreementStatus.values(), AgreementStatus::label);
    }

    @Test
    void codeIsTheStableKebabWord() {
        assertEquals("in-force", AgreementStatus.IN_FORCE.code());
        assertEquals(AgreementStatus.IN_FORCE, AgreementStatus.fromCode("in-force"));
    }
}
