package org.uhcmodel.json;

import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uhcmodel.value.IdentifierScheme;

/**
 * The patterns of the JSON Schema agree with the reader (see {@link SchemaAgreement}) on strings generated from the
 * characters each form is made of, near misses included.
 */
class SchemaAgreementProperties {

    private static Arbitrary<String> over(String chars, int maxLength) {
        return Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(maxLength);
    }

    /** Strings of the given characters, taken whole: a character beyond the BMP is never split into halves. */
    private static Arbitrary<String> overCharacters(String chars, int maxLength) {
        return Arbitraries.of(chars.codePoints().boxed().collect(Collectors.toList())).list().ofMaxSize(maxLength)
            .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }

    private static Arbitrary<String> digits(int min, int max) {
        return Arbitraries.strings().withCharRange('0', '9').ofMinLength(min).ofMaxLength(max);
    }

    @Provide
    Arbitrary<String> periods() {
        Arbitrary<String> part = digits(0, 11);
        Arbitrary<String> built = Combinators.combine(part, part, part, part)
            .as((y, m, w, d) -> "P" + (y.isEmpty() ? "" : y + "Y") + (m.isEmpty() ? "" : m + "M")
                + (w.isEmpty() ? "" : w + "W") + (d.isEmpty() ? "" : d + "D"));
        return Arbitraries.oneOf(built, over("PYMWDT0123456789-+p .", 14));
    }

    @Property(tries = 1000)
    void periods(@ForAll("periods") String value) {
        SchemaAgreement.ISO_PERIOD.agreeOn(value);
    }

    @Provide
    Arbitrary<String> decimals() {
        // Near the model's bound too: leading zeros, then about 30 digits before the point and 18 after it.
        Arbitrary<String> nearTheBound = Combinators.combine(Arbitraries.of("", "-"), over("0", 4), digits(28, 32),
                Arbitraries.of("", "."), digits(16, 20))
            .as((sign, zeros, before, point, after) -> sign + zeros + before + (point.isEmpty() ? "" : point + after));
        return Arbitraries.oneOf(over("0123456789.-+eE ", 10), digits(60, 70),
            Combinators.combine(digits(1, 40), digits(1, 40)).as((a, b) -> a + "." + b), nearTheBound);
    }

    @Property(tries = 1000)
    void decimals(@ForAll("decimals") String value) {
        SchemaAgreement.DECIMAL.agreeOn(value);
    }

    @Property(tries = 1000)
    void percentages(@ForAll("decimals") String value) {
        SchemaAgreement.PERCENTAGE.agreeOn(value);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(over("ab09-A_ .", 10), over("a-", 105));
    }

    @Property(tries = 1000)
    void ids(@ForAll("ids") String value) {
        SchemaAgreement.ENTITY_ID.agreeOn(value);
    }

    @Property(tries = 1000)
    void countryCodes(@ForAll("countryCodes") String value) {
        SchemaAgreement.COUNTRY_CODE.agreeOn(value);
    }

    @Provide
    Arbitrary<String> countryCodes() {
        return Arbitraries.oneOf(over("ADZzdXU1 ", 3), Arbitraries.strings().withCharRange('A', 'Z').ofLength(2));
    }

    @Provide
    Arbitrary<String> partialDates() {
        Arbitrary<String> built = Combinators.combine(digits(3, 5), digits(0, 3), digits(0, 3))
            .as((y, m, d) -> y + (m.isEmpty() ? "" : "-" + m + (d.isEmpty() ? "" : "-" + d)));
        return Arbitraries.oneOf(built, over("0123456789-", 11));
    }

    @Property(tries = 1000)
    void partialDates(@ForAll("partialDates") String value) {
        SchemaAgreement.PARTIAL_DATE.agreeOn(value);
    }

    @Property(tries = 1000)
    void currencyCodes(@ForAll("currencyCodes") String value) {
        SchemaAgreement.CURRENCY_CODE.agreeOn(value);
    }

    @Provide
    Arbitrary<String> currencyCodes() {
        return Arbitraries.oneOf(over("AEURXYZDe1 ", 4), Arbitraries.strings().withCharRange('A', 'Z').ofLength(3));
    }

    /**
     * Invisible characters of every kind (white space, space separators, format characters of the BMP and beyond it)
     * and visible ones among them, some at the edges of the ranges of invisible ones.
     */
    static final String INVISIBLE_AND_NEAR = "\t\n\u000B\f\r\u001C\u001F \u0085\u00A0\u00AD\u0600\u0605\u0606"
        + "\u061C\u1680\u180E\u2000\u2007\u200A\u200B\u200C\u200D\u200F\u2010\u2028\u2029\u202F\u205F\u2060"
        + "\u2065\u2066\u3000\uFEFF\uFFF9\uFFFC\u0000\uD804\uDCBD\uD80D\uDC38\uD80D\uDC39\uD834\uDD73"
        + "\uDB40\uDC01\uDB40\uDC20\uDB40\uDC7F\uDB40\uDD00\uD83C\uDFE5";

    @Provide
    Arbitrary<String> texts() {
        return overCharacters("a" + INVISIBLE_AND_NEAR, 5);
    }

    @Property(tries = 1000)
    void texts(@ForAll("texts") String value) {
        SchemaAgreement.TEXT.agreeOn(value);
    }

    @Provide
    Arbitrary<String> identifierValues() {
        Arbitrary<String> host = overCharacters("ab.é\u2003\u200B\u00AD\uDB40\uDC01 /?#", 6);
        Arbitrary<String> website = Combinators.combine(Arbitraries.of("http://", "https://", "HTTPS://", "ftp://",
                "https:/", ""), host, host, overCharacters("/?#a \u2003\t\u200B\uFEFF\uDB40\uDC7F", 4))
            .as((scheme, a, b, rest) -> scheme + a + "." + b + rest);
        return Arbitraries.oneOf(website, over("Q0123456789AZaz-_.:/ \t\n\r\u000B\f\u2003\u0085\u2028\u00A0", 12),
            overCharacters("1a.:/" + INVISIBLE_AND_NEAR, 6));
    }

    @Property(tries = 1000)
    void identifiers(@ForAll IdentifierScheme scheme, @ForAll("identifierValues") String value) {
        SchemaAgreement.agreeOnIdentifier(scheme, value);
    }
}
