package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;

/**
 * A problem's line and column are the same whether the document is read from a string, a reader or UTF-8 bytes: a
 * column counts UTF-16 code units from the start of its line, so that Arabic letters (two bytes each in UTF-8) count
 * one and an emoji (four bytes) counts two.
 */
class PositionsTest {

    private static List<String> positions(JsonReadException ex) {
        return ex.problems().stream().map(p -> p.pointer() + " " + p.line() + ":" + p.column() + " " + p.rule())
            .collect(Collectors.toList());
    }

    private static List<List<String>> everyWay(String json) {
        return List.of(
            positions(assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, Organization.class))),
            positions(assertThrows(JsonReadException.class,
                () -> UhcJson.reader().read(new StringReader(json), Organization.class))),
            positions(assertThrows(JsonReadException.class, () -> UhcJson.reader()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Organization.class))));
    }

    @Test
    void aColumnAfterArabicTextCountsCharactersNotBytes() {
        String json = "{\"id\": \"dz-cnas\", \"name\": {\"ar\": \"الصندوق الوطني للتأمينات\"}, \"kind\": \"fund\"}";
        String expected = "/kind 1:" + (json.indexOf("\"fund\"") + 1) + " unknown-code";
        assertEquals(List.of(List.of(expected), List.of(expected), List.of(expected)), everyWay(json));
    }

    @Test
    void aColumnAfterAnEmojiCountsItsTwoUtf16Units() {
        String json = "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"\uD83C\uDFE5 CNAS\"}, \"kind\": \"fund\"}";
        assertEquals(2, "\uD83C\uDFE5".length());
        String expected = "/kind 1:" + (json.indexOf("\"fund\"") + 1) + " unknown-code";
        assertEquals(List.of(List.of(expected), List.of(expected), List.of(expected)), everyWay(json));
    }

    @Test
    void linesEndAtLineFeedsCarriageReturnsOrBoth() {
        String json = "{\r\n  \"id\": \"dz-cnas\",\r  \"name\": {\"ar\": \"الصندوق\"},\n  \"kind\": \"fund\"\n}";
        List<String> expected = List.of("/kind 4:11 unknown-code");
        assertEquals(List.of(expected, expected, expected), everyWay(json));
    }

    @Test
    void ndjsonLinesGiveTheSameColumnsFromBytesAsFromText() {
        String stream = UhcJson.writer().write(Fixtures.CNAS_ORG) + "\n"
            + "{\"id\": \"dz-cnas\", \"name\": {\"ar\": \"الصندوق\", \"fr\": \"\uD83C\uDFE5\"}, \"kind\": \"fund\"}\n";
        List<String> fromText = new ArrayList<>();
        List<String> fromBytes = new ArrayList<>();
        NdjsonReader.of(Organization.class).read(new StringReader(stream), o -> { }, (line, ex) -> {
            fromText.addAll(positions(ex));
            return NdjsonReader.Decision.CONTINUE;
        });
        NdjsonReader.of(Organization.class).read(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)),
            o -> { }, (line, ex) -> {
                fromBytes.addAll(positions(ex));
                return NdjsonReader.Decision.CONTINUE;
            });
        String second = stream.substring(stream.indexOf('\n') + 1);
        assertEquals(List.of("/kind 2:" + (second.indexOf("\"fund\"") + 1) + " unknown-code"), fromText);
        assertEquals(fromText, fromBytes);
    }
}
