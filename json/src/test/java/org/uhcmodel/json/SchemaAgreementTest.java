package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.value.IdentifierScheme;

/**
 * The patterns of the JSON Schema agree with the reader on strings chosen at the edges of each form (see
 * {@link SchemaAgreement}); {@link SchemaAgreementProperties} tries generated ones.
 */
class SchemaAgreementTest {

    static Stream<Arguments> edges() {
        return Stream.<Stream<Arguments>>of(
            cases(SchemaAgreement.ISO_PERIOD, "P", "P3M", "P1Y6M", "P1Y2M3W4D", "P2W", "P0D", "P0Y", "P30D",
                "p3m", "P3m", "-P3M", "+P3M", "P-3M", "P+3M", "PT3H", "P1DT2H", "P3D2M", "P1Y1Y", "P3.5M", "P3,5M",
                " P3M", "P3M ", "P3M\n", "", "3M", "P999999999Y", "P1000000000Y", "P0000000001Y", "P99999999W",
                "P100000000W", "P99999999W999999999D", "P2147483647D", "P\u0663M"),
            cases(SchemaAgreement.DECIMAL, "0", "12.5", "-12.5", "-0", "007", "1.", ".5", "1e3", "1E3", "+1", "1 ",
                " 1", "1,5", "\u0661", "", "-", "1.2.3", "1".repeat(64), "1".repeat(65), "0." + "1".repeat(62),
                "-" + "1".repeat(63), "12.5\n", "9".repeat(30), "9".repeat(31), "1" + "0".repeat(30),
                "-" + "9".repeat(30) + "." + "9".repeat(18), "-" + "9".repeat(30) + "." + "9".repeat(19),
                "-" + "9".repeat(31) + "." + "9".repeat(18), "0." + "0".repeat(17) + "1", "0." + "0".repeat(18) + "1",
                "0." + "0".repeat(18), "0." + "0".repeat(19), "-0." + "0".repeat(19), "0".repeat(34) + "9".repeat(30),
                "0".repeat(35) + "9".repeat(30), "0".repeat(33) + "9".repeat(31), "000.5", "1" + "0".repeat(29) + ".5"),
            cases(SchemaAgreement.PERCENTAGE, "0", "100", "100.0", "100.01", "-0", "-1", "12.5", "1e2", "",
                "0." + "0".repeat(61) + "1", "0." + "0".repeat(62) + "1", "100." + "0".repeat(18),
                "100." + "0".repeat(19), "0." + "0".repeat(17) + "1", "0." + "0".repeat(18) + "1",
                "0".repeat(60) + "100"),
            cases(SchemaAgreement.ENTITY_ID, "dz-cnas", "a", "0", "dz--cnas", "-dz", "dz-", "Dz-cnas", "dz_cnas",
                "dz cnas", "", "é", "a".repeat(100), "a".repeat(101), "a-".repeat(49) + "ab", "dz-cnas\n"),
            cases(SchemaAgreement.COUNTRY_CODE, "DZ", "dz", "Dz", "DZA", "D", "", "XX", "EU", "UK", "GB", "D1",
                "DZ\n"),
            cases(SchemaAgreement.PARTIAL_DATE, "2024", "2024-07", "2024-07-15", "0000", "0001", "9999", "10000",
                "999", "2024-00", "2024-13", "2024-1", "2024-7-15", "2024-07-00", "2024-07-32", "2024-02-29",
                "2023-02-29", "2024-04-31", "2024-02-30", "24-07-2024", "2024/07/15", "2024-07-15T00:00", "",
                "2024\n", "\u0662\u0660\u0662\u0664"),
            cases(SchemaAgreement.CURRENCY_CODE, "EUR", "DZD", "XOF", "eur", "EU", "EURO", "", "XXY", "ZZZ",
                "E1R"),
            cases(SchemaAgreement.TEXT, "a", " a ", "", " ", "\t", "\u00A0", "\u2003", "\u001F", "\u0000",
                "\u0085", "\uFEFF", "\u200B", "\u180E", "\u3000", "\u2028", "\uD83C\uDFE5", " \uD83C\uDFE5",
                "\u00A0\u00A0", "\u00AD", "\u061C", "\u200C\u200D", "\u2060", "\u2066\u2069", "\u0600",
                "\u0890", "\u200C\u0628", "\uDB40\uDC01", "\uDB40\uDC20\uDB40\uDC7F", "\uD804\uDCBD", "\uD834\uDD73",
                "\uD80D\uDC30\uD82F\uDCA0", "\uDB40\uDD00", "a\uDB40\uDC01", "\u200B\uD83C\uDFE5",
                "\uD80D\uDC39", "\uD80D\uDC3F", "\uD80D\uDC40"))
            .flatMap(s -> s);
    }

    private static Stream<Arguments> cases(SchemaAgreement form, String... values) {
        return Stream.of(values).map(v -> Arguments.of(form, v));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("edges")
    void theSchemaAndTheReaderAgree(SchemaAgreement form, String value) {
        form.agreeOn(value);
    }

    @Test
    void theSchemaAndTheReaderAgreeOnTextOfEveryOneCharacter() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            SchemaAgreement.TEXT.agreeOn(String.valueOf(c));
        }
        for (int c = Character.MAX_SURROGATE + 1; c <= Character.MAX_VALUE; c++) {
            SchemaAgreement.TEXT.agreeOn(String.valueOf((char) c));
        }
        // Beyond the BMP: every character either counts as invisible, and those next to them.
        for (int c = Character.MIN_SUPPLEMENTARY_CODE_POINT; c <= Character.MAX_CODE_POINT; c++) {
            if (nearInvisible(c)) {
                SchemaAgreement.TEXT.agreeOn(Character.toString(c));
            }
        }
    }

    private static boolean nearInvisible(int c) {
        for (int near = c - 1; near <= c + 1; near++) {
            if (Invisible.toTheModel(near)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSchemasVisibleCharactersAreExactlyThoseTheModelDoesNotFindBlank() {
        java.util.regex.Pattern visible = java.util.regex.Pattern.compile(Scalars.NOT_BLANK_PATTERN);
        for (int i = 0; i <= Character.MAX_CODE_POINT; i++) {
            if (i >= Character.MIN_SURROGATE && i <= Character.MAX_SURROGATE) {
                continue;
            }
            int c = i;
            assertEquals(!org.uhcmodel.validation.Blank.isBlankChar(c),
                visible.matcher(Character.toString(c)).matches(), () -> "U+" + Integer.toHexString(c));
        }
    }

    static Stream<Arguments> identifiers() {
        return Stream.<Stream<Arguments>>of(
            id(IdentifierScheme.IATI_ORGANISATION, "BE-BCE_KBO-0264814354", "XI-IATI-EC_INTPA", "be-bce_kbo-1", "BE",
                "BE-", "BE--1", "BE-1-", "BE-1 2", "BE-1.2", "BEL-1", "B1-1", ""),
            id(IdentifierScheme.WIKIDATA, "Q1232926", "Q1", "Q0", "Q01", "q42", "Q", "Q42 ", "P42", ""),
            id(IdentifierScheme.NATIONAL_REGISTRY, "RC 16/00-0123456 B 09", "1", " 1", "1 ", "1\t", "1\n2", "1\u00852",
                "1\u20282", "\u2003", "\u00A0", "\u001F", "1\u2003 \u20032", "", " ", "\uD83C\uDFE5",
                "\u00A01", "1\u00A0", "\u200B1", "1\u200B", "1\u200B2", "\uFEFF1", "1\u00AD", "1\u00AD2",
                "\uDB40\uDC011", "1\uDB40\uDC01", "1\uDB40\uDC012", "\u0085", "\u00851", "1\u0085", "\u200B",
                "\uD83C\uDFE5\u200D\uD83C\uDFE5", "1\u0890"),
            id(IdentifierScheme.WEBSITE, "https://www.enabel.be", "http://cnas.dz/fr", "https://a.b?x=1", "https://a.b#x",
                "https://a.b/c d", "https://ab", "https://.b", "https://a./", "HTTPS://a.b", "ftp://a.b", "https:/a.b",
                "https://a b.c", "https://a.b/\u2003", "https://\u00E9.dz", "https://a.b\n", "", "https://a.b\u200B",
                "https://a.b\u00A0", "https://a.b\uDB40\uDC01", "https://a.\u200B", "https://a.\u200Bb", "https://a.b/",
                "https://a.b?", "https://a.b#", "https://a.b/\u200B", "https://a.b/c\u00AD", "https://a.b/c\u00ADd",
                "https://a.b?\uFEFF", "https://a.b/\uDB40\uDC7F", "https://a.b/\u0085", "https://a.b/\u2060x"))
            .flatMap(s -> s);
    }

    private static Stream<Arguments> id(IdentifierScheme scheme, String... values) {
        return Stream.of(values).map(v -> Arguments.of(scheme, v));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("identifiers")
    void theSchemaAndTheReaderAgreeOnIdentifiers(IdentifierScheme scheme, String value) {
        SchemaAgreement.agreeOnIdentifier(scheme, value);
    }
}
