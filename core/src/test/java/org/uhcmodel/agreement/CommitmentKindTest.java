package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommitmentKindTest {

    @Test
    void everyTermReadsBackFromItsCode() {
        Vocabularies.assertRoundTrips(CommitmentKind.values(), CommitmentKind::fromCode);
    }

    @Test
    void unknownCodeIsRefusedListingTheAllowedCodes() {
        Vocabularies.assertUnknownRefused(CommitmentKind.values(), CommitmentKind::fromCode);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        Vocabularies.assertLabelled(CommitmentKind.values(), CommitmentKind::label);
    }

    @Test
    void codeIsTheStableKebabWord() {
        assertEquals("patient-care-and-referral", CommitmentKind.PATIENT_CARE_AND_REFERRAL.code());
        assertEquals(CommitmentKind.PATIENT_CARE_AND_REFERRAL, CommitmentKind.fromCode("patient-care-and-referral"));
    }
}
