package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Statistic;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The faults a hostile corpus found in the reader, each closed. */
class FindingsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new UhcJsonModule()).build();

    private static List<String> problems(JsonReadException ex) {
        return ex.problems().stream().map(p -> p.pointer() + " " + p.line() + ":" + p.column() + " " + p.rule())
            .collect(Collectors.toList());
    }

    /** @return the column, from 1, where a text first appears in a one-line document */
    private static int column(String json, String text) {
        return json.indexOf(text) + 1;
    }

    private static List<String> refused(String json, Class<?> type) {
        List<String> asText = problems(assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, type)));
        List<String> asBytes = problems(assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(json.getBytes(StandardCharsets.UTF_8), type)));
        assertEquals(asText, asBytes);
        return asText;
    }

    @Test
    void anUnpairedSurrogateEscapedInAKeyIsAnEncodingProblemAtTheKey() {
        String text = "{\"en\": \"x\", \"\\ud800\": \"y\"}";
        assertEquals(List.of("/\uD800 1:" + column(text, "\"\\ud800") + " json.encoding"),
            refused(text, LocalizedText.class));
        String org = "{\"id\": \"a\", \"name\": {\"fr\": \"x\"}, \"\\udc00a\": 1, \"kind\": \"ngo\"}";
        assertEquals(List.of("/\uDC00a 1:" + column(org, "\"\\udc00a") + " json.encoding"),
            refused(org, Organization.class));
    }

    @Test
    void aKeyThatAPointerMustEscapeIsReportedAtItsWholePointer() {
        String head = "{\"id\": \"a\", \"kind\": \"ngo\", \"name\": {";
        int key = head.length() + 1;
        assertEquals(List.of("/name/x]y 1:" + key + " language-tag.format"),
            refused(head + "\"x]y\": \"T\"}}", Organization.class));
        assertEquals(List.of("/name/ 1:" + key + " not-blank"), refused(head + "\"\": \"T\"}}", Organization.class));
        assertEquals(List.of("/name/a~1b~0c 1:" + key + " language-tag.format"),
            refused(head + "\"a/b~c\": \"T\"}}", Organization.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://@/x", "http://:8080/", "https://", "http://@:80"})
    void aUrlWithAnAuthorityButNoHostIsRefused(String url) {
        String json = "{\"id\": \"s\", \"title\": {\"fr\": \"T\"}, \"publisher\": \"P\", \"language\": \"fr\", "
            + "\"kind\": \"report\", \"url\": \"" + url + "\"}";
        List<String> problems = refused(json, SourceDocument.class);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("/url ") && problems.get(0).endsWith(" json.uri"), problems::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2W", "P1Y0M", "P0Y", "P03M", "P1W999999999D", "P1M2Y", "P1234567890D", "P"})
    void aWaitingPeriodNotInTheFormWrittenIsRefused(String period) {
        String head = "{\"category\": \"outpatient\", \"waitingPeriod\": ";
        assertEquals(List.of("/waitingPeriod 1:" + (head.length() + 1) + " json.period"),
            refused(head + "\"" + period + "\"}", Benefit.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P14D", "P1Y", "P1Y6M", "P3M", "P0D", "P999999999Y999999999M999999999D"})
    void aWaitingPeriodIsWrittenBackAsItWasRead(String period) {
        String json = "{\"category\":\"outpatient\",\"waitingPeriod\":\"" + period + "\"}";
        assertEquals(json, UhcJson.writer().write(UhcJson.reader().read(json, Benefit.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0", "-0.00", "-0.0", "007", "00.5", "-01", "1.", ".5", "+1", "1e3", "1E3", "0x10"})
    void aDecimalNotInTheOneNotationWrittenIsRefused(String decimal) {
        String head = "{\"measure\": {\"fr\": \"m\"}, \"value\": ";
        assertEquals(List.of("/value 1:" + (head.length() + 1) + " json.decimal"),
            refused(head + "\"" + decimal + "\", \"unit\": \"u\"}", Statistic.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "12.50", "1500000.50", "-0.5", "-12", "0.000000000000000001"})
    void aDecimalIsWrittenBackAsItWasRead(String decimal) {
        String json = "{\"measure\":{\"fr\":\"m\"},\"value\":\"" + decimal + "\",\"unit\":\"u\"}";
        if (decimal.startsWith("-")) {
            // A statistic is not negative: a decimal of the wire format may be, as an objective's baseline.
            String objective = "{\"description\":{\"fr\":\"d\"},\"metric\":{\"fr\":\"m\"},\"baseline\":\"" + decimal
                + "\"}";
            assertEquals(objective, UhcJson.writer().write(UhcJson.reader().read(objective,
                org.uhcmodel.value.Objective.class)));
        } else {
            assertEquals(json, UhcJson.writer().write(UhcJson.reader().read(json, Statistic.class)));
        }
        String money = "{\"amount\":\"12.50\",\"currency\":\"EUR\"}";
        assertEquals(money, UhcJson.writer().write(UhcJson.reader().read(money, Money.class)));
        assertEquals(new BigDecimal("12.50"), UhcJson.reader().read(money, Money.class).amount());
    }

    /** Reads NDJSON bytes and text, which must agree, and gives each refused line's problems. */
    private static List<String> ndjson(String stream) {
        List<String> fromBytes = new ArrayList<>();
        List<String> fromText = new ArrayList<>();
        NdjsonReader.of(Organization.class).read(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)),
            o -> fromBytes.add(o.id().value()), (line, ex) -> {
                fromBytes.addAll(problems(ex));
                return NdjsonReader.Decision.CONTINUE;
            });
        NdjsonReader.of(Organization.class).read(new StringReader(stream), o -> fromText.add(o.id().value()),
            (line, ex) -> {
                fromText.addAll(problems(ex));
                return NdjsonReader.Decision.CONTINUE;
            });
        assertEquals(fromBytes, fromText);
        return fromBytes;
    }

    @Test
    void aCarriageReturnInsideAnNdjsonLineShiftsNoLineNumber() {
        String first = "{\"id\": \"a\",\r \"name\": {\"fr\": \"A\"},\r\r \"kind\": \"x\"}";
        String second = "{\"id\": \"a\", \"name\": {\"fr\": \"A\"}, \"kind\": \"y\"}";
        String third = "{\"id\": \"a\",\r\"name\": {\"fr\": \"A\"}, \"kind\": \"ngo\", \"x\": 1}";
        assertEquals(List.of("/kind 1:" + column(first, "\"x\"") + " unknown-code",
                "/kind 2:" + column(second, "\"y\"") + " unknown-code",
                "/x 3:" + column(third, "1}") + " json.unknown-property"),
            ndjson(first + "\n" + second + "\r\n" + third + "\n"));
    }

    @Test
    void aLineOfOnlySpacesIsSkippedLikeAnEmptyLine() {
        String org = "{\"id\": \"a\", \"name\": {\"fr\": \"A\"}, \"kind\": \"ngo\"}";
        String bad = org.replace("ngo", "xx");
        assertEquals(List.of("a", "a", "/kind 6:" + column(bad, "\"xx\"") + " unknown-code"),
            ndjson(org + "\n   \n\t\r\n\n" + org + "\n" + bad + "\n"));
    }

    @Test
    void aTopLevelNullIsRefusedThroughTheJacksonModule() {
        JsonReadException ex = assertThrows(JsonReadException.class,
            () -> MAPPER.readValue("null", Organization.class));
        assertEquals(List.of("json.null"), ex.rules());
    }

    @Test
    void aNullInsideACallersListMapOrBeanIsRefused() {
        assertEquals(List.of("json.null"), assertThrows(JsonReadException.class,
            () -> MAPPER.readValue("[null]", new TypeReference<List<Organization>>() { })).rules());
        assertEquals(List.of("json.null"), assertThrows(JsonReadException.class,
            () -> MAPPER.readValue("{\"a\": null}", new TypeReference<Map<String, Money>>() { })).rules());
        assertEquals(List.of("json.null"), assertThrows(JsonReadException.class,
            () -> MAPPER.readValue("{\"price\": null}", Priced.class)).rules());
        // An absent property of the caller's bean is the caller's to judge.
        assertEquals(null, MAPPER.readValue("{}", Priced.class).price);
    }

    /** A bean of a user's, holding a model value. */
    static final class Priced {
        /** The price. */
        public Money price;
    }

    @Test
    void duplicateKeysThroughTheTreeModelAreRefusedByTheSafeWayToRead() {
        String json = "{\"amount\": \"1\", \"currency\": \"EUR\", \"currency\": \"USD\"}";
        // The strict reader refuses them.
        assertEquals(List.of("/currency 1:" + (json.lastIndexOf("\"currency") + 1) + " json.duplicate-key"),
            refused(json, Money.class));
        // Through a mapper's tree, as docs/wire-format.md says: detect duplicates when the tree is read.
        JsonMapper strict = JsonMapper.builder().addModule(new UhcJsonModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        assertThrows(tools.jackson.core.exc.StreamReadException.class, () -> strict.readTree(json));
        JsonMapper failOnDup = JsonMapper.builder().addModule(new UhcJsonModule())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
        assertThrows(tools.jackson.databind.DatabindException.class, () -> failOnDup.readTree(json));
        // A tree read without either keeps the last key, before any deserializer sees it.
        JsonNode tree = MAPPER.readTree(json);
        assertEquals("USD", MAPPER.treeToValue(tree, Money.class).currency().code());
    }

    @Test
    void anEscapeWhoseDigitsAreNotAsciiIsMalformedAsTextAndAsBytes() {
        // The parser of text reads U+0644 as the digit D: the reader stops at it, as the parser of bytes does.
        String json = "{\"id\": \"a\", \"acronym\": \"\\udf\u0644\u0635\", \"kind\": \"ngo\"}";
        assertEquals(List.of("/acronym 1:" + column(json, "\u0644") + " json.syntax"),
            refused(json, Organization.class));
        String inAKey = "{\"\\u00\u0644\u0635\": \"x\"}";
        assertEquals(List.of(" 1:" + column(inAKey, "\u0644") + " json.syntax"), refused(inAKey, LocalizedText.class));
    }

    @Test
    void anNdjsonLineStartingLikeUcs4IsRefusedAndReadingGoesOn() {
        String org = "{\"id\": \"a\", \"name\": {\"fr\": \"A\"}, \"kind\": \"ngo\"}";
        byte[] line = {0, 0, (byte) 0xFE, (byte) 0xFF, '{', '}'};
        byte[] head = (org + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\n" + org + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] stream = new byte[head.length + line.length + tail.length];
        System.arraycopy(head, 0, stream, 0, head.length);
        System.arraycopy(line, 0, stream, head.length, line.length);
        System.arraycopy(tail, 0, stream, head.length + line.length, tail.length);
        List<String> read = new ArrayList<>();
        NdjsonReader.Result result = NdjsonReader.of(Organization.class).read(new ByteArrayInputStream(stream),
            o -> read.add(o.id().value()), (n, ex) -> {
                read.addAll(problems(ex));
                return NdjsonReader.Decision.CONTINUE;
            });
        assertEquals(List.of("a", " 2:1 json.encoding", "a"), read);
        assertEquals(1, result.refused());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": tru}", "{\"id\": \"a\"", "{\"id\": \"a\" \"b\": 1}", "{\"a\": [1, 2}",
        "{\"id\": 123456789012345678901234567890123}", "{\"id\": \"\\q\"}", "{} x", "\u0001"})
    void problemsOfMalformedJsonCarryNoParserInternals(String json) {
        for (Object input : List.of(json, json.getBytes(StandardCharsets.UTF_8))) {
            JsonReadException ex = assertThrows(JsonReadException.class, () -> {
                if (input instanceof String) {
                    UhcJson.reader().read((String) input, Organization.class);
                } else {
                    UhcJson.reader().read((byte[]) input, Organization.class);
                }
            });
            for (String text : List.of(ex.getMessage(), ex.problems().toString())) {
                for (String noise : List.of("[Source", "REDACTED", "(for ", "StreamReadConstraints", "byte offset")) {
                    assertTrue(!text.contains(noise), () -> noise + " in " + text);
                }
            }
        }
        String deep = "{\"a\": " + "[".repeat(100) + "]".repeat(100) + "}";
        JsonReadException ex = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(deep,
            Organization.class));
        assertTrue(!ex.getMessage().contains("StreamReadConstraints"), ex::getMessage);
    }
}
