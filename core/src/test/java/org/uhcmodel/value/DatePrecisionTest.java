package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    @Test
    void precisionsGoFromCoarseToFine() {
        assertEquals(List.of(DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY), List.of(DatePrecision.values()));
    }

    @Test
    void eachPrecisionMatchesTheTextForm() {
        assertEquals(DatePrecision.YEAR, PartialDate.parse("2024").precision());
        assertEquals(DatePrecision.MONTH, PartialDate.parse("2024-04").precision());
        assertEquals(DatePrecision.DAY, PartialDate.parse("2024-11-04").precision());
    }
}
