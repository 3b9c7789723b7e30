package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public type reads back equal to what was written, in compact and pretty form, byte for byte stable. */
class RoundTripTest {

    static Stream<Arguments> values() {
        return Fixtures.all().entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    private static Object readBack(String json, Object value) {
        return UhcJson.reader().read(json, UhcJsonWriter.codecOf(value) == null ? null : typeOf(value));
    }

    static Class<?> typeOf(Object value) {
        Class<?> type = value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
        while (!Codecs.get().all().containsKey(type)) {
            type = type.getSuperclass();
        }
        return type;
    }

    @ParameterizedTest
    @MethodSource("values")
    void compactOutputReadsBackEqual(Object value) {
        String json = UhcJson.writer().write(value);
        assertEquals(value, readBack(json, value), json);
        assertFalse(json.contains("null"), json);
    }

    @ParameterizedTest
    @MethodSource("values")
    void prettyOutputReadsBackEqual(Object value) {
        String json = UhcJson.writer().pretty().write(value);
        assertEquals(value, readBack(json, value), json);
    }

    @ParameterizedTest
    @MethodSource("values")
    void theSameValueIsWrittenByteForByteTheSame(Object value) {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        UhcJson.writer().pretty().write(value, a);
        UhcJson.writer().pretty().write(value, b);
        assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8));
        assertEquals(UhcJson.writer().pretty().write(value), a.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("values")
    void readingFromBytesGivesTheSameValue(Object value) {
        byte[] bytes = UhcJson.writer().write(value).getBytes(StandardCharsets.UTF_8);
        assertEquals(value, UhcJson.reader().read(new java.io.ByteArrayInputStream(bytes), typeOf(value)));
    }
}
