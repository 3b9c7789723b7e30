package org.uhcmodel.programme;

import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.IdentifierScheme;

/**
 * An identifier as the IATI Standard writes it: of an activity, such as {@code XM-DAC-41114-PROJECT-00012345}, or of
 * the organisation an identifier of an activity belongs to.
 * <p>
 * The IATI Standard builds an activity identifier from the identifier of the organisation that reports it, a hyphen
 * and the organisation's own code of the activity, and asks that it never change once published; it gives no further
 * form. This type holds any token of visible characters, with no whitespace or line break, the form that
 * {@link IdentifierScheme#IATI_ORGANISATION} also gives organisation identifiers, since identifiers of both kinds
 * found in real data, such as {@code 44000-P163328}, do not all follow the rule.
 * <p>
 * Rules: {@code iati-identifier.format}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IatiIdentifier implements Comparable<IatiIdentifier> {

    private static final TextType<IatiIdentifier> TEXT = TextType.of(IatiIdentifier.class, IatiIdentifier::parse,
        IatiIdentifier::toString, "An IATI identifier: one token of visible characters with no whitespace, such as "
            + "XM-DAC-41114-PROJECT-00012345.", IdentifierScheme.IATI_ORGANISATION.pattern());

    private static final Rule FORMAT = RuleBook.error(IatiIdentifier.class, "iati-identifier.format",
        "must be one token of visible characters, with no whitespace or line break");

    private final String value;

    private IatiIdentifier(String value) {
        this.value = value;
    }

    /**
     * Obtains an identifier.
     *
     * @param value  the identifier, such as {@code BE-BCE_KBO-0264814354-MRT21001}, not null
     * @return the identifier, not null
     * @throws NullPointerException if the value is null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is empty, or holds whitespace, a line
     *  break or an invisible character
     */
    public static IatiIdentifier of(String value) {
        if (!IdentifierScheme.IATI_ORGANISATION.accepts(Objects.requireNonNull(value, "value"))) {
            throw Checker.refusal(IatiIdentifier.class, FORMAT, "", value);
        }
        return new IatiIdentifier(value);
    }

    /**
     * Parses an identifier; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the identifier, not null
     * @throws NullPointerException if the text is null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not a token of visible characters
     */
    public static IatiIdentifier parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Checks whether the identifier starts with another identifier and a hyphen, as an activity identifier starts
     * with the identifier of the organisation that reports it.
     *
     * @param prefix  the identifier expected in front, such as {@code BE-BCE_KBO-0264814354}, not null
     * @return true if this identifier is the prefix, a hyphen and at least one more character
     */
    public boolean startsWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return value.length() > prefix.length() + 1 && value.startsWith(prefix) && value.charAt(prefix.length()) == '-';
    }

    /**
     * Compares identifiers by their text.
     *
     * @param other  the other identifier, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(IatiIdentifier other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks if this equals another identifier.
     *
     * @param obj  the other object, null returns false
     * @return true if the texts are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof IatiIdentifier && value.equals(((IatiIdentifier) obj).value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Outputs the identifier.
     *
     * @return the identifier, which {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
