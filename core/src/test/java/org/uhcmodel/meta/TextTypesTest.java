package org.uhcmodel.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

/** The types written as text, as the model describes them. */
class TextTypesTest {

    /** A canonical form of each type, and a text the type refuses. */
    private static final Map<Class<?>, List<String>> SAMPLES = Map.of(
        EntityId.class, List.of("dz-cnas", "DZ CNAS"),
        CountryCode.class, List.of("XK", "ZZ"),
        CurrencyCode.class, List.of("XOF", "ABC"),
        PartialDate.class, List.of("2024-02-29", "2023-02-29"),
        Percentage.class, List.of("12.50", "100.01"),
        Area.class, List.of("WHO:AFR", "M49:012"),
        IndicatorCode.class, List.of("3.8.1/family-planning", "3.8.1/"),
        SeriesCode.class, List.of("SH.UHC.SRVS.CV.XD", "SH ACS"),
        ReferencePeriod.class, List.of("2014/2016", "2016/2014"),
        IatiIdentifier.class, List.of("XM-DAC-41114-PROJECT-00012345", "XM-DAC-41114 PROJECT"));

    @Test
    void everyTypeWrittenAsTextIsListed() {
        assertEquals(SAMPLES.keySet(),
            ModelTypes.textTypes().stream().map(TextType::javaType).collect(Collectors.toSet()));
    }

    @Test
    void eachTypeReadsBackWhatItWritesAndRefusesWhatItDoesNotRead() {
        for (TextType<?> type : ModelTypes.textTypes()) {
            String canonical = SAMPLES.get(type.javaType()).get(0);
            assertEquals(canonical, roundTrip(type, canonical), type.name());
            type.pattern().ifPresent(p -> assertTrue(Pattern.matches(p, canonical), type + " " + p));
            assertThrows(ModelViolationException.class, () -> type.parse(SAMPLES.get(type.javaType()).get(1)),
                type.name());
            assertTrue(!type.description().isBlank(), type.name());
        }
    }

    @Test
    void aTextTypeIsFoundByItsClassAndNoOtherIs() {
        assertEquals(CountryCode.class, ModelTypes.findText(CountryCode.class).orElseThrow().javaType());
        assertTrue(ModelTypes.findText(String.class).isEmpty());
    }

    private static <T> String roundTrip(TextType<T> type, String text) {
        return type.format(type.parse(text));
    }
}
