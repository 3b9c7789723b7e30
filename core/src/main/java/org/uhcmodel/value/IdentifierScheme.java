package org.uhcmodel.value;

import java.util.Objects;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.validation.Blank;

/**
 * The registry an {@link Identifier} belongs to, with the form its values take.
 * <p>
 * No value of any scheme starts or ends with an invisible character (whitespace, a space separator such as a
 * no-break space, or a format character such as a zero-width space: see {@link Blank}).
 * {@link #accepts(String)} judges a value by hand; {@link #pattern()} gives the same form as a regular expression,
 * for schemas and other validators.
 */
public enum IdentifierScheme implements Coded {
    /**
     * An IATI organisation identifier, as IATI data carries it: one token of visible characters, with no whitespace
     * or line break, such as {@code BE-BCE_KBO-0264814354} (Enabel), {@code XM-DAC-41114} (UNDP) or
     * {@code XI-IATI-EC_INTPA} (the European Commission's Directorate-General for International Partnerships, which
     * publishes for the Commission's international partnerships; the European Union as a whole has no IATI
     * identifier).
     * <p>
     * The IATI Standard asks for a registration-agency prefix of the OrganisationRegistrationAgency codelist and the
     * number that agency issued, joined by a hyphen ({@code {agency}-{number}}), and gives no further form; identifiers
     * from before that rule are in real use, such as {@code 44000} (the World Bank) and {@code DAC-1601} (the Bill
     * &amp; Melinda Gates Foundation). Such a value is accepted, with the warning {@code identifier.iati-agency-prefix}
     * that {@link Identifier} reports, as the IATI rulesets do.
     */
    IATI_ORGANISATION("iati-organisation", "IATI organisation identifier"),
    /** A Wikidata item: {@code Q} followed by digits, such as {@code Q1232926}. */
    WIKIDATA("wikidata", "Wikidata item"),
    /**
     * A number in a national company or organisation registry, written as the registry writes it: text of one line
     * with visible first and last characters.
     */
    NATIONAL_REGISTRY("national-registry", "National registry number"),
    /**
     * An official website, as an absolute http or https address: {@code http://} or {@code https://}, a host with a
     * dot inside it, then optionally a path, query or fragment, with no whitespace.
     */
    WEBSITE("website", "Website");

    /** The vocabulary of identifier scheme terms. */
    public static final Vocabulary<IdentifierScheme> VOCABULARY = Vocabulary.of(IdentifierScheme.class,
        "uhc-model");

    private final String code;
    private final String label;

    IdentifierScheme(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Checks whether a value has the form this scheme requires; no value starts or ends with an invisible character.
     *
     * @param value  the value, not null
     * @return true if well-formed
     */
    public boolean accepts(String value) {
        Objects.requireNonNull(value, "value");
        switch (this) {
            case IATI_ORGANISATION:
                return isToken(value);
            case WIKIDATA:
                return isWikidataItem(value);
            case NATIONAL_REGISTRY:
                return Blank.hasVisibleEnds(value) && isOneLineInside(value);
            default:
                return isWebsite(value) && Blank.hasVisibleEnds(value);
        }
    }

    /**
     * Gets the form of a value of this scheme as a regular expression: the values whose whole text it matches are
     * exactly those {@link #accepts(String)} accepts.
     * <p>
     * It is anchored ({@code ^…$}) and written so that it means the same in Java's regular expressions (match the
     * whole value, with {@code Matcher.matches()}) and in ECMAScript's with Unicode support (the {@code u} flag, as
     * JSON Schema asks): character classes are explicit, never {@code \s} or {@code .}, whose meanings differ; a
     * visible character is any character but the invisible ones of {@link Blank}, each written as an escape
     * (<code>&#92;u00A0</code>) within the Basic Multilingual Plane and as itself beyond it. The pattern of
     * {@link #WIKIDATA} admits ASCII characters only.
     *
     * @return the regular expression, such as {@code ^Q[1-9][0-9]*$} for {@link #WIKIDATA}, not null
     */
    public String pattern() {
        return Forms.PATTERNS[ordinal()];
    }

    /**
     * Obtains a scheme from its code.
     *
     * @param code  the code, such as {@code wikidata}, not null
     * @return the scheme, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static IdentifierScheme fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }

    /** One or more visible characters, none of them a line end. */
    private static boolean isToken(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            if (Blank.isBlankChar(cp) || isLineEnd(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Checks whether an IATI organisation identifier starts with a registration-agency prefix as the codelist
     * OrganisationRegistrationAgency writes them, two upper-case letters (or a subdivision such as {@code CA_AB}), a
     * hyphen and the agency's code in upper-case letters, digits and underscores, then a hyphen and at least one
     * character: {@code XM-DAC-41114} does, {@code 44000} and {@code DAC-1601} do not.
     *
     * @param value  the identifier, not null
     * @return true if the value has the prefix
     */
    static boolean hasAgencyPrefix(String value) {
        int n = value.length();
        if (n < 2 || !isUpper(value.charAt(0)) || !isUpper(value.charAt(1))) {
            return false;
        }
        int i = 2;
        if (i + 2 < n && value.charAt(i) == '_' && isUpper(value.charAt(i + 1)) && isUpper(value.charAt(i + 2))) {
            i += 3;
        }
        if (i >= n || value.charAt(i) != '-') {
            return false;
        }
        int agency = ++i;
        while (i < n && (isUpper(value.charAt(i)) || isDigit(value.charAt(i)) || value.charAt(i) == '_')) {
            i++;
        }
        return i > agency && i < n - 1 && value.charAt(i) == '-';
    }

    /** {@code Q}, then a number without leading zeros. */
    private static boolean isWikidataItem(String value) {
        int n = value.length();
        if (n < 2 || value.charAt(0) != 'Q' || value.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that no character between the first and the last is one of the line terminators of Java's regular
     * expressions; the first and last are visible, which leaves out every one of them but U+0085.
     */
    private static boolean isOneLineInside(String value) {
        int n = value.length();
        int end = n - Character.charCount(value.codePointBefore(n));
        for (int i = Character.charCount(value.codePointAt(0)); i < end; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** {@code http://} or {@code https://}, a host with an inner dot, then optionally a path, query or fragment. */
    private static boolean isWebsite(String value) {
        int start = value.startsWith("https://") ? 8 : value.startsWith("http://") ? 7 : -1;
        if (start < 0) {
            return false;
        }
        int n = value.length();
        int end = start;
        while (end < n && "/?#".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        int dot = value.indexOf('.', start + 1);
        if (dot < 0 || dot > end - 2) {
            return false;
        }
        for (int i = start; i < n; i++) {
            char c = value.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The patterns of the schemes, made the first time one is asked for. */
    private static final class Forms {

        static final String[] PATTERNS;

        static {
            String visible = visibleClass("");
            String notSpace = "[^\\t\\n\\u000B\\f\\r ]";
            String hostPart = "[^\\t\\n\\u000B\\f\\r /?#]";
            PATTERNS = new String[] {
                "^" + visibleClass("\\n\\r\\u0085\\u2028\\u2029") + "+$",
                "^Q[1-9][0-9]*$",
                // One visible character, or two with any characters of a line between them.
                "^" + visible + "([^\\n\\r\\u0085\\u2028\\u2029]*" + visible + ")?$",
                // The host ends with a visible character, or the address goes on with a path, a query or a
                // fragment, which ends with one (a lone "/", "?" or "#" is visible).
                "^https?://" + hostPart + "+\\." + "(" + hostPart + "*" + visibleClass("/?#") + "|" + hostPart
                    + "+[/?#](" + notSpace + "*" + visible + ")?)$",
            };
        }

        /** A class of one visible character, other than those given, written as they go in a class. */
        private static String visibleClass(String alsoExcluded) {
            StringBuilder cls = new StringBuilder("[^");
            int first = -1;
            for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
                boolean blank = cp <= Character.MAX_CODE_POINT && Blank.isBlankChar(cp);
                if (blank && first < 0) {
                    first = cp;
                } else if (!blank && first >= 0) {
                    append(cls, first);
                    if (cp - 1 > first) {
                        append(cls.append('-'), cp - 1);
                    }
                    first = -1;
                }
            }
            return cls.append(alsoExcluded).append(']').toString();
        }

        private static void append(StringBuilder cls, int codePoint) {
            if (Character.isBmpCodePoint(codePoint)) {
                String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
                cls.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                cls.appendCodePoint(codePoint);
            }
        }
    }
}
