package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityStatusTest {

    @ParameterizedTest
    @CsvSource({
        "PIPELINE, 1, Pipeline/identification",
        "IMPLEMENTATION, 2, Implementation",
        "FINALISATION, 3, Finalisation",
        "CLOSED, 4, Closed",
        "CANCELLED, 5, Cancelled",
        "SUSPENDED, 6, Suspended",
    })
    void codesAndLabelsAreThoseOfIati(ActivityStatus status, String code, String label) {
        assertEquals(code, status.code());
        assertEquals(label, status.label());
    }

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void everyStatusIsReadBackFromItsCode(ActivityStatus status) {
        assertSame(status, ActivityStatus.fromCode(status.code()));
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> ActivityStatus.fromCode("closed"), "", "unknown-code")).message();
        assertEquals("is not a code of this vocabulary; allowed codes: 1, 2, 3, 4, 5, 6", message);
    }
}
