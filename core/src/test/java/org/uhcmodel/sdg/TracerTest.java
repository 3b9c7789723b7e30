package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TracerTest {

    @ParameterizedTest
    @EnumSource(Tracer.class)
    void everyTracerIsFoundByItsKebabCode(Tracer tracer) {
        assertSame(tracer, Tracer.fromCode(tracer.code()));
        assertEquals(tracer.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), tracer.code());
        assertTrue(!tracer.label().isBlank());
    }

    @Test
    void indicatorThreePointEightPointOneHasFourteenTracers() {
        assertEquals(14, Tracer.values().length);
    }

    @Test
    void eachTracerSitsInItsWhoCategory() {
        assertSame(TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, Tracer.CHILD_IMMUNISATION.category());
        assertSame(TracerCategory.INFECTIOUS_DISEASES, Tracer.BASIC_SANITATION.category());
        assertSame(TracerCategory.INFECTIOUS_DISEASES, Tracer.HIV_TREATMENT.category());
        assertSame(TracerCategory.NONCOMMUNICABLE_DISEASES, Tracer.TOBACCO_NON_USE.category());
        assertSame(TracerCategory.SERVICE_CAPACITY_AND_ACCESS, Tracer.IHR_CORE_CAPACITY.category());
    }

    @Test
    void labelsNameTheMeasuredTracer() {
        assertTrue(Tracer.ANTENATAL_CARE.label().contains("four or more visits"));
        assertTrue(Tracer.CHILD_IMMUNISATION.label().contains("DTP3"));
        assertTrue(Tracer.HIV_TREATMENT.label().contains("ART"));
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheAllowedCodes() {
        String message = only(assertBroken(() -> Tracer.fromCode("malaria"), "", "unknown-code")).message();
        assertTrue(message.contains("family-planning") && message.contains("ihr-core-capacity"), message);
    }
}
