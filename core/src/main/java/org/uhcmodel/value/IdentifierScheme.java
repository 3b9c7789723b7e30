package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;
import java.util.Objects;
import java.util.regex.Pattern;
import org.uhcmodel.validation.Blank;

/**
 * The registry an {@link Identifier} belongs to, with the form its values take.
 */
public enum IdentifierScheme implements Coded {
    /**
     * An IATI organisation identifier: a registration-agency prefix and the number in that registry,
     * joined by a hyphen, with no spaces or reserved characters, such as {@code BE-BCE_KBO-0264814354} or {@code XI-IATI-EC_INTPA}.
     */
    IATI_ORGANISATION("iati-organisation", "IATI organisation identifier", "[A-Z]{2}-[A-Za-z0-9_.]+(?:-[A-Za-z0-9_.]+)*"),
    /** A Wikidata item: {@code Q} followed by digits, such as {@code Q1232926}. */
    WIKIDATA("wikidata", "Wikidata item", "Q[1-9][0-9]*"),
    /** A number in a national company or organisation registry, written as the registry writes it. */
    NATIONAL_REGISTRY("national-registry", "National registry number", "\\S(?:.*\\S)?"),
    /** An official website, as an absolute http or https address. */
    WEBSITE("website", "Website", "https?://[^\\s/?#]+\\.[^\\s/?#]+(?:[/?#]\\S*)?");

    /** The vocabulary of identifier scheme terms. */
    public static final Vocabulary<IdentifierScheme> VOCABULARY = Vocabulary.of(IdentifierScheme.class,
        "uhc-model");

    private final String code;
    private final String label;
    private final Pattern format;

    IdentifierScheme(String code, String label, String format) {
        this.code = code;
        this.label = label;
        this.format = Pattern.compile(format);
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
     * Checks whether a value has the form this scheme requires; no value starts or ends with an invisible character
     * (whitespace, a space separator such as a no-break space, or a format character such as a zero-width space).
     *
     * @param value  the value, not null
     * @return true if well-formed
     */
    public boolean accepts(String value) {
        Objects.requireNonNull(value, "value");
        return format.matcher(value).matches() && Blank.hasVisibleEnds(value);
    }

    /**
     * Obtains a scheme from its code.
     *
     * @param code  the code, such as {@code wikidata}
     * @return the scheme, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static IdentifierScheme fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
