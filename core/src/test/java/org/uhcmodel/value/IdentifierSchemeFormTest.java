package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.Blank;

/** The forms of identifier values each scheme accepts, and the regular expression each publishes. */
class IdentifierSchemeFormTest {

    @Test
    void eachSchemeAcceptsItsOwnForm() {
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.IATI_ORGANISATION.accepts("XI-IATI-EC_INTPA"));
        org.junit.jupiter.api.Assertions.assertFalse(IdentifierScheme.WIKIDATA.accepts("XI-IATI-EC_INTPA"));
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.WIKIDATA.accepts("Q1232926"));
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.WEBSITE.accepts("https://www.enabel.be"));
        org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.NATIONAL_REGISTRY.accepts("0264.814.354"));
    }

    @Test
    void acceptsRefusesANullValue() {
        NullPointerException ex = assertThrows(NullPointerException.class, () -> IdentifierScheme.WIKIDATA.accepts(null));
        assertEquals("value", ex.getMessage());
    }

    /**
     * The forms of the schemes as Java regular expressions, which a value matches with visible ends; an IATI
     * organisation identifier is judged on its own (see {@link #isIatiToken(String)}).
     */
    private static final String[] FORMER_FORMS = {
        "",
        "Q[1-9][0-9]*",
        "\\S(?:.*\\S)?",
        "https?://[^\\s/?#]+\\.[^\\s/?#]+(?:[/?#]\\S*)?",
    };

    /** Characters that the forms tell apart: separators, line ends, invisible and visible ones, a surrogate pair. */
    private static final String[] PIECES = {
        "A", "Z", "b", "Q", "0", "1", "9", "-", "_", ".", "/", "?", "#", ":", "&", " ", "\t", "\n", "\r", "\u000B",
        "\u0085", "\u00A0", "\u200B", "\u2028", "\u2029", "\u3000", "\uFEFF", "\u0890", "\u00E9", "\u0635",
        "\uD80D\uDC39", "\uD83D\uDE00", "\uD800", "\uDC00", "http://", "https://", "x.org", "BE-", "Q12",
    };

    private static List<String> samples(long seed) {
        Random random = new Random(seed);
        List<String> samples = new ArrayList<>(List.of("", "BE-1", "Q1", "0264.814.354", "https://x.org",
            "https://x.org/", "https://x.org?", "https://x.org#a b", "https://.org", "https://x.", "a\u0085",
            "\u0085", "a\u0085b", "\uD83D\uDE00", "https://x.org/\u0085"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder buf = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                buf.append(PIECES[random.nextInt(PIECES.length)]);
            }
            samples.add(buf.toString());
        }
        return samples;
    }

    @ParameterizedTest
    @EnumSource(IdentifierScheme.class)
    void acceptsJudgesAsTheStatedFormDoes(IdentifierScheme scheme) {
        Pattern former = Pattern.compile(FORMER_FORMS[scheme.ordinal()]);
        for (String value : samples(scheme.ordinal())) {
            boolean expected = scheme == IdentifierScheme.IATI_ORGANISATION ? isIatiToken(value)
                : former.matcher(value).matches() && Blank.hasVisibleEnds(value);
            assertEquals(expected, scheme.accepts(value), () -> scheme + " " + escape(value));
        }
    }

    /** One or more characters, each visible and none a line end. */
    private static boolean isIatiToken(String value) {
        return !value.isEmpty() && value.codePoints().noneMatch(cp -> Blank.isBlankChar(cp) || cp == '\n'
            || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029);
    }

    @Test
    void anIatiOrganisationIdentifierIsAnyTokenOfVisibleCharacters() {
        for (String value : List.of("44000", "DAC-1601", "XI-IATI-EC_INTPA", "N/A", "\u00C9T-1", "\uD83D\uDE00")) {
            org.junit.jupiter.api.Assertions.assertTrue(IdentifierScheme.IATI_ORGANISATION.accepts(value), value);
        }
        for (String value : List.of("", "BE 1", "BE-1\n", "\u200BBE-1", "BE-\u00A01")) {
            org.junit.jupiter.api.Assertions.assertFalse(IdentifierScheme.IATI_ORGANISATION.accepts(value), value);
        }
    }

    @ParameterizedTest
    @EnumSource(IdentifierScheme.class)
    void thePatternMatchesExactlyTheValuesAccepted(IdentifierScheme scheme) {
        Pattern pattern = Pattern.compile(scheme.pattern());
        for (String value : samples(100 + scheme.ordinal())) {
            assertEquals(scheme.accepts(value), pattern.matcher(value).matches(), () -> scheme + " " + escape(value));
        }
    }

    @Test
    void thePatternsAreAnchoredAndTheSimpleOnesReadable() {
        assertEquals("^Q[1-9][0-9]*$", IdentifierScheme.WIKIDATA.pattern());
        for (IdentifierScheme scheme : IdentifierScheme.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(scheme.pattern().startsWith("^"), scheme::name);
            org.junit.jupiter.api.Assertions.assertTrue(scheme.pattern().endsWith("$"), scheme::name);
            org.junit.jupiter.api.Assertions.assertFalse(scheme.pattern().contains("\\s"), scheme::name);
        }
    }

    private static String escape(String value) {
        StringBuilder buf = new StringBuilder();
        for (char c : value.toCharArray()) {
            buf.append(c >= 0x21 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return buf.toString();
    }
}
