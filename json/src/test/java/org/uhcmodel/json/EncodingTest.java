package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.value.LocalizedText;

/**
 * The reader reads bytes as UTF-8, strictly: bytes that are not well-formed UTF-8 and text that is not Unicode are
 * refused with {@code json.encoding} where they lie, never replaced; a byte-order mark is skipped at the very start
 * only.
 */
class EncodingTest {

    private static final String HEAD = "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"Caisse ";
    private static final String TAIL = "\"}, \"kind\": \"social-security-fund\"}";

    private static List<String> problems(JsonReadException ex) {
        return ex.problems().stream().map(p -> p.pointer() + " " + p.line() + ":" + p.column() + " " + p.rule())
            .collect(Collectors.toList());
    }

    private static JsonReadException refused(byte[] json) {
        return assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(new ByteArrayInputStream(json), Organization.class));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of(Named.of("a byte that starts no character", new int[] {0xFF})),
            Arguments.of(Named.of("a continuation byte alone", new int[] {0x80})),
            Arguments.of(Named.of("a sequence cut short", new int[] {0xC3})),
            Arguments.of(Named.of("an overlong form of U+0000", new int[] {0xC0, 0x80})),
            Arguments.of(Named.of("an overlong form in three bytes", new int[] {0xE0, 0x80, 0xA9})),
            Arguments.of(Named.of("an encoded surrogate", new int[] {0xED, 0xA0, 0x80})),
            Arguments.of(Named.of("a code point beyond U+10FFFF", new int[] {0xF4, 0x90, 0x80, 0x80})),
            Arguments.of(Named.of("a byte no UTF-8 uses", new int[] {0xF5, 0x80, 0x80, 0x80})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void bytesThatAreNotUtf8AreRefusedWhereTheyLie(int[] malformed) {
        JsonReadException ex = refused(Fixtures.bytes(HEAD, malformed, TAIL));
        assertEquals(List.of("/name/fr 1:" + (HEAD.length() + 1) + " json.encoding"), problems(ex));
        assertTrue(ex.problems().get(0).message().contains(String.format("0x%02X", malformed[0])), ex::getMessage);
    }

    @Test
    void theLineAndColumnAreThoseOfTheText() {
        String head = "{\n  \"id\": \"dz-cnas\",\r\n  \"name\": {\r    \"ar\": \"الصندوق ";
        JsonReadException ex = refused(Fixtures.bytes(head, new int[] {0xFF}, TAIL));
        assertEquals(List.of("/name/ar 4:20 json.encoding"), problems(ex));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedOutsideStringsToo() {
        assertEquals(List.of(" 1:19 json.encoding"), problems(refused(Fixtures.bytes("{\"id\": \"dz-cnas\", ", new int[] {0xFF},
            "\"kind\": \"ngo\"}"))));
        assertEquals(List.of(" 1:20 json.encoding"), problems(refused(Fixtures.bytes("{\"id\": \"dz-cnas\", \"", new int[] {0xE9},
            "\": 1}"))));
        byte[] document = UhcJson.writer().write(Fixtures.MINISTRY_ORG).getBytes(StandardCharsets.UTF_8);
        JsonReadException after = refused(Fixtures.bytes(new String(document, StandardCharsets.UTF_8) + "\n", new int[] {0xFF},
            ""));
        assertEquals(List.of(" 2:1 json.encoding"), problems(after));
    }

    @Test
    void aByteOrderMarkIsSkippedAtTheStartOnly() {
        String json = "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"}, \"kind\": \"fund\"}";
        int[] bom = {0xEF, 0xBB, 0xBF};
        JsonReadException withBom = refused(Fixtures.bytes("", bom, json));
        assertEquals(List.of("/kind 1:51 unknown-code"), problems(withBom));
        assertEquals(problems(withBom), problems(refused(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(problems(withBom), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read("\uFEFF" + json, Organization.class))));
        assertEquals(problems(withBom), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(new StringReader("\uFEFF" + json), Organization.class))));
        assertEquals(List.of(" 1:2 json.syntax"), problems(refused(Fixtures.bytes(" ", bom, json))));
        assertEquals(List.of(" 1:1 json.syntax"), problems(refused(Fixtures.bytes("", new int[] {0xEF, 0xBB, 0xBF, 0xEF, 0xBB,
            0xBF}, json))));
        assertEquals(List.of(" 1:2 json.syntax"), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(" \uFEFF" + json, Organization.class))));
    }

    @Test
    void utf16AndUtf32AreRefusedAtTheirStart() {
        String json = UhcJson.writer().write(Fixtures.MINISTRY_ORG);
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32LE"))) {
            JsonReadException ex = refused(json.getBytes(charset));
            assertEquals(List.of(" 1:1 json.encoding"), problems(ex), charset::name);
            assertTrue(ex.problems().get(0).message().contains("UTF-16"), ex::getMessage);
        }
    }

    @Test
    void anUnpairedSurrogateIsNotTextWhereverItComesFrom() {
        String escaped = HEAD + "\\ud800" + TAIL;
        assertEquals(List.of("/name/fr 1:34 json.encoding"), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(escaped, Organization.class))));
        assertEquals(List.of("/name/fr 1:34 json.encoding"), problems(refused(escaped.getBytes(StandardCharsets.UTF_8))));
        String raw = HEAD + "\uDC00" + TAIL;
        assertEquals(List.of("/name/fr 1:34 json.encoding"), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(raw, Organization.class))));
        String inAName = "{\"\uDBFF\": \"x\"}";
        assertEquals(List.of("/\uDBFF 1:2 json.encoding"), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(inAName, LocalizedText.class))));
        // Escaped in a name, it is refused at the key, as bytes or as text.
        String escapedName = "{\"en\": \"x\", \"\\udbffz\": \"x\"}";
        assertEquals(List.of("/\uDBFFz 1:13 json.encoding"), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(escapedName, LocalizedText.class))));
        assertEquals(List.of("/\uDBFFz 1:13 json.encoding"), problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(escapedName.getBytes(StandardCharsets.UTF_8), LocalizedText.class))));
        Organization pair = UhcJson.reader().read(HEAD + "\\ud83c\\udfe5" + TAIL, Organization.class);
        assertEquals("Caisse \uD83C\uDFE5", pair.name().entries().get("fr"));
    }
}
