package org.uhcmodel.testing.internal;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.value.IdentifierScheme;

/**
 * Malformed texts, each malformed by construction: curated edge cases and texts built at random from the alphabet of
 * the well-formed ones, then broken in a way the form never allows. The spaces they are drawn from are far larger
 * than a thousand, so that jqwik generates them at random rather than exhaustively.
 */
final class Malformed {

    private Malformed() {
    }

    private static Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    }

    /** @return texts of digits, with a sign and a decimal point now and then: decimal numbers */
    private static Arbitrary<String> decimals() {
        return Combinators.combine(Arbitraries.of("", "", "-", "+"), digits(), digits().optional(0.5))
            .as((sign, whole, fraction) -> sign + whole + fraction.map(f -> "." + f).orElse(""));
    }

    /**
     * Texts that are not decimal numbers: a decimal number with a character inserted that no decimal number has
     * (neither a digit of any script, nor a sign, point or exponent), or a decimal number whose signs, points or
     * exponent are misplaced, or a curated case.
     *
     * @return the texts
     */
    static Arbitrary<String> nonDecimals() {
        Arbitrary<String> withForeignCharacter = Combinators.combine(decimals(),
                Arbitraries.of(',', '%', ' ', '_', '/', '\'', 'x', 'O', 'k', '$', '½', '\u066B', '\u00A0', '\t', '€'),
                Arbitraries.integers().between(0, 20))
            .as((text, c, at) -> {
                int i = at % (text.length() + 1);
                return text.substring(0, i) + c + text.substring(i);
            });
        Arbitrary<String> misplaced = Combinators.combine(Arbitraries.integers().between(0, 9), digits(), digits(),
                digits())
            .as((shape, a, b, c) -> switch (shape) {
                case 0 -> a + "." + b + "." + c;
                case 1 -> "--" + a;
                case 2 -> "+-" + a;
                case 3 -> a + "e";
                case 4 -> a + "E+";
                case 5 -> "e" + a;
                case 6 -> a + "e" + b + "." + c;
                case 7 -> a + "." + b + "-";
                case 8 -> a + "-" + b;
                default -> "." + "e" + a;
            });
        Arbitrary<String> curated = Arbitraries.of("", " ", ".", "+", "-", "e", "1,5", "ten", "fifty", "12 000",
            "1_000", "50%", "½", "١٢٫٥", "\u0661\u0660\u0660", "NaN", "Infinity", "0x10", "1E+3", "5E1", "+5", "+50",
            "1.", "50.", ".5");
        return Arbitraries.frequencyOf(Tuple.of(1, curated), Tuple.of(3, withForeignCharacter), Tuple.of(3, misplaced));
    }

    /**
     * Country codes that are not two upper-case Latin letters: upper-case letters too few or too many, two
     * characters one of which is not an upper-case Latin letter, or a curated case.
     *
     * @return the codes
     */
    static Arbitrary<String> countryCodes() {
        Arbitrary<String> wrongLength = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(5));
        Arbitrary<Character> notUpperLatin = Arbitraries.chars().range('a', 'z').range('0', '9')
            .range('\u0410', '\u044F').range('\u0621', '\u064A').with(' ', '-', '_', '.', 'É');
        Arbitrary<String> wrongCharacter = Combinators.combine(Arbitraries.chars().range('A', 'Z'), notUpperLatin,
                Arbitraries.of(true, false))
            .as((letter, other, otherFirst) -> otherFirst ? "" + other + letter : "" + letter + other);
        Arbitrary<String> curated = Arbitraries.of("", "dz", "Dz", "DZA", "D", "D1", "12", "ДЗ", "ال", " DZ", "DZ ");
        return Arbitraries.frequencyOf(Tuple.of(1, curated), Tuple.of(2, wrongLength), Tuple.of(3, wrongCharacter));
    }

    /**
     * Identifier values not of the form of their scheme, each built from a well-formed value of the scheme broken
     * in a way the scheme's form never allows, or a curated case.
     *
     * @return pairs of a scheme and a value
     */
    static Arbitrary<Tuple.Tuple2<IdentifierScheme, String>> identifiers() {
        Arbitrary<String> upper = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0',
                '9').withChars('_', '.')
            .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> iati = Combinators.combine(Arbitraries.integers().between(0, 6), upper, segment, digits(),
                Arbitraries.of(' ', '/', '#', ',', 'é', ':', '&', '+', '\t'), Arbitraries.integers().between(0, 20))
            .as((shape, cc, seg, n, c, at) -> {
                String rest = seg + "-" + n;
                return switch (shape) {
                    case 0 -> cc.toLowerCase(Locale.ROOT) + "-" + rest;
                    case 1 -> cc + cc.charAt(0) + "-" + rest;
                    case 2 -> cc + rest;
                    case 3 -> cc + "-" + rest + "-";
                    case 4 -> cc + "--" + rest;
                    case 5 -> {
                        int i = at % (rest.length() + 1);
                        yield cc + "-" + rest.substring(0, i) + c + rest.substring(i);
                    }
                    default -> cc + (at % 2 == 0 ? "" : "-");
                };
            });
        Arbitrary<String> wikidata = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(1, 999_999_999), Arbitraries.of(' ', 'a', 'Q', '-', '.'))
            .as((shape, n, c) -> switch (shape) {
                case 0 -> "q" + n;
                case 1 -> String.valueOf(n);
                case 2 -> "Q0" + n;
                case 3 -> "Q" + n + c;
                case 4 -> "Q-" + n;
                case 5 -> " Q" + n;
                default -> "Q";
            });
        Arbitrary<String> blank = Arbitraries.strings().withChars(' ', '\t', '\n').ofMinLength(0).ofMaxLength(3);
        Arbitrary<String> registry = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of("RC", "NIF", "ОГРН", "رقم"), Arbitraries.longs().between(1, 9_999_999_999L),
                blank.filter(b -> !b.isEmpty()), blank)
            .as((shape, kind, n, space, more) -> switch (shape) {
                case 0 -> more;
                case 1 -> space + kind + " " + n;
                default -> kind + " " + n + space;
            });
        Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> website = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of("http",
                "https"),
                host, Arbitraries.of("dz", "org", "int", "fr", "by", "sn"), Arbitraries.of("", "/", "/fr/accueil"),
                Arbitraries.of("ftp", "file", "ws", "htp", "httpss"))
            .as((shape, scheme, h, tld, path, other) -> switch (shape) {
                case 0 -> other + "://www." + h + "." + tld + path;
                case 1 -> "www." + h + "." + tld + path;
                case 2 -> scheme + "://" + h + path;
                case 3 -> scheme + "://www." + h + " " + h + "." + tld + path;
                case 4 -> scheme + ":///" + h + "." + tld + path;
                default -> scheme + "://www." + h + "." + tld + "/" + h + " " + h;
            });
        Arbitrary<Tuple.Tuple2<IdentifierScheme, String>> curated = Arbitraries.of(
            Tuple.of(IdentifierScheme.IATI_ORGANISATION, "dz-coa-1"), Tuple.of(IdentifierScheme.IATI_ORGANISATION,
                    "DZ"),
            Tuple.of(IdentifierScheme.IATI_ORGANISATION, "DZA-1"), Tuple.of(IdentifierScheme.WIKIDATA, "q42"),
            Tuple.of(IdentifierScheme.WIKIDATA, "Q0"), Tuple.of(IdentifierScheme.WIKIDATA, "42"),
            Tuple.of(IdentifierScheme.NATIONAL_REGISTRY, ""), Tuple.of(IdentifierScheme.NATIONAL_REGISTRY, " RC 1"),
            Tuple.of(IdentifierScheme.WEBSITE, "www.cnas.dz"), Tuple.of(IdentifierScheme.WEBSITE, "ftp://cnas.dz"),
            Tuple.of(IdentifierScheme.WEBSITE, "https://localhost"));
        return Arbitraries.frequencyOf(Tuple.of(1, curated),
            Tuple.of(2, iati.map(v -> Tuple.of(IdentifierScheme.IATI_ORGANISATION, v))),
            Tuple.of(2, wikidata.map(v -> Tuple.of(IdentifierScheme.WIKIDATA, v))),
            Tuple.of(2, registry.map(v -> Tuple.of(IdentifierScheme.NATIONAL_REGISTRY, v))),
            Tuple.of(2, website.map(v -> Tuple.of(IdentifierScheme.WEBSITE, v))));
    }
}
