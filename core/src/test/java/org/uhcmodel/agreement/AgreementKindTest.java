package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgreementKindTest {

    @Test
    void everyTermReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(AgreementKind.values(), AgreementKind::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(AgreementKind.values(), AgreementKind::fromCode);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        Vocabularies.assertLabelled(AgreementKind.values(), AgreementKind::label);
    }

    @Test
    void codeIsTheStableKebabWord() {
        assertEquals("memorandum-of-understanding", AgreementKind.MEMORANDUM_OF_UNDERSTANDING.code());
        assertEquals(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementKind.fromCode("memorandum-of-understanding"));
    }

    @Test
    void coversEveryInstrumentOfTheSeeds() {
        assertEquals(7, AgreementKind.values().length);
        assertEquals("Declaration of intent", AgreementKind.DECLARATION_OF_INTENT.label());
        assertEquals(AgreementKind.CHARTER, AgreementKind.fromCode("charter"));
        assertEquals(AgreementKind.PARTNERSHIP_CONVENTION, AgreementKind.fromCode("partnership-convention"));
    }
}
