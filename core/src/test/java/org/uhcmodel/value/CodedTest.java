package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void everyVocabularyOfTheSharedValuesIsCoded() {
        List<Coded> terms = List.of(DateBasis.STATED, Direction.DECREASE, AdministrativeLevel.COMMUNE,
            IdentifierScheme.IATI_ORGANISATION, DacSector.BASIC_HEALTH_CARE);
        assertEquals(List.of("stated", "decrease", "commune", "iati-organisation", "12220"),
            terms.stream().map(Coded::code).toList());
    }
}
