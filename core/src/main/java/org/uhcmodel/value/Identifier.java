package org.uhcmodel.value;

import java.util.Objects;
import org.uhcmodel.internal.FactorySink;

/**
 * An identifier of an organisation in an external registry: a {@link IdentifierScheme scheme} and a value.
 * <p>
 * Rules: {@code required} for a missing scheme or value, {@code identifier.format} when the value does not
 * have the form of its scheme.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Identifier {

    private final IdentifierScheme scheme;
    private final String value;

    private Identifier(IdentifierScheme scheme, String value) {
        this.scheme = scheme;
        this.value = value;
    }

    /**
     * Obtains an identifier.
     *
     * @param scheme  the registry, not null
     * @param value  the value in that registry, in the scheme's form, not null
     * @return the identifier, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every missing argument, or if the value is
     *  malformed
     */
    public static Identifier of(IdentifierScheme scheme, String value) {
        FactorySink sink = new FactorySink(Identifier.class);
        if (scheme == null) {
            sink.report("required", "scheme", null);
        }
        if (value == null) {
            sink.report("required", "value", null);
        } else if (scheme != null && !scheme.accepts(value)) {
            sink.report("identifier.format", "value", value);
        }
        sink.throwIfAny();
        return new Identifier(scheme, value);
    }

    /**
     * Obtains an IATI organisation identifier.
     *
     * @param value  the identifier, such as {@code XI-IATI-EC_INTPA}, not null
     * @return the identifier, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is malformed
     */
    public static Identifier iati(String value) {
        return of(IdentifierScheme.IATI_ORGANISATION, value);
    }

    /**
     * Obtains a Wikidata item identifier.
     *
     * @param value  the item, such as {@code Q1232926}, not null
     * @return the identifier, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is malformed
     */
    public static Identifier wikidata(String value) {
        return of(IdentifierScheme.WIKIDATA, value);
    }

    /**
     * Gets the registry.
     *
     * @return the scheme, not null
     */
    public IdentifierScheme scheme() {
        return scheme;
    }

    /**
     * Gets the value in the registry.
     *
     * @return the value, not null
     */
    public String value() {
        return value;
    }

    /**
     * Checks if this equals another by scheme and value.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Identifier && scheme == ((Identifier) obj).scheme && value.equals(((Identifier) obj).value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(scheme, value);
    }

    /**
     * Outputs {@code scheme:value}, such as {@code wikidata:Q1232926}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        return scheme.code() + ":" + value;
    }
}
