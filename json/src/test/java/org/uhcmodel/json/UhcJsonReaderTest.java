package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.value.Money;

/** The strict reader: what it accepts around a value, and that it reports every problem at once, in order. */
class UhcJsonReaderTest {

    private static final String FUND = UhcJson.writer().write(Fixtures.MINISTRY_ORG);

    @Test
    void whitespaceAroundTheValueIsAccepted() {
        assertEquals(Fixtures.MINISTRY_ORG, UhcJson.reader().read("\n\t " + FUND + " \r\n", Organization.class));
        assertEquals(Fixtures.MINISTRY_ORG, UhcJson.reader().read(new StringReader(FUND), Organization.class));
    }

    @Test
    void utf8WithAByteOrderMarkIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = FUND.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        assertEquals(Fixtures.MINISTRY_ORG, UhcJson.reader().read(new ByteArrayInputStream(all), Organization.class));
    }

    @Test
    void readingFromAStreamOrAReaderLeavesItOpen() {
        boolean[] closed = {false, false};
        java.io.InputStream bytes = new ByteArrayInputStream(FUND.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        java.io.Reader chars = new StringReader(FUND) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        assertEquals(Fixtures.MINISTRY_ORG, UhcJson.reader().read(bytes, Organization.class));
        assertEquals(Fixtures.MINISTRY_ORG, UhcJson.reader().read(chars, Organization.class));
        assertEquals(List.of(false, false), List.of(closed[0], closed[1]));
    }

    @Test
    void commentsAndSingleQuotesAreNotJson() {
        assertEquals(List.of("json.syntax"), assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read("// a fund\n" + FUND, Organization.class)).rules());
        assertEquals(List.of("json.syntax"), assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read("{'amount': '1', 'currency': 'EUR'}", Money.class)).rules());
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnceInDocumentOrder() {
        String json = "{\n"
            + "  \"id\": \"DZ\",\n"
            + "  \"name\": {\"fr\": \"\"},\n"
            + "  \"kind\": \"fund\",\n"
            + "  \"country\": \"XX\",\n"
            + "  \"identifiers\": [{\"scheme\": \"wikidata\", \"value\": \"nope\"}, null],\n"
            + "  \"colour\": \"red\",\n"
            + "  \"colour\": \"blue\"\n"
            + "} []";
        JsonReadException ex = assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(json, Organization.class));
        assertEquals(List.of(
                "/id (line 2, column 9) [entity-id.format]",
                "/name/fr (line 3, column 18) [not-blank]",
                "/kind (line 4, column 11) [unknown-code]",
                "/country (line 5, column 14) [country-code.unassigned]",
                "/identifiers/0/value (line 6, column 51) [identifier.format]",
                "/identifiers/1 (line 6, column 60) [json.null]",
                "/colour (line 7, column 13) [json.unknown-property]",
                "/colour (line 8, column 3) [json.duplicate-key]",
                " (line 9, column 3) [json.trailing-content]"),
            ex.problems().stream().map(p -> p.pointer() + " (line " + p.line() + ", column " + p.column() + ") ["
                + p.rule() + "]").collect(Collectors.toList()));
    }
}
