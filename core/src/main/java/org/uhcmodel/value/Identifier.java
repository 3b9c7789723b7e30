package org.uhcmodel.value;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * An identifier of an organisation in an external registry: a {@link IdentifierScheme scheme} and a value.
 * <p>
 * Rules: {@code required} (scheme, value), {@code identifier.format} (the value does not have the form of its scheme,
 * at {@code value}); warnings, for an IATI organisation identifier, as the IATI rulesets give them (rules 1.14.8 and
 * 1.14.13 of the IATI Standard 2.03 rulesets): {@code identifier.iati-agency-prefix} (the value does not start with a
 * registration-agency prefix, as {@code 44000} and {@code DAC-1601}, identifiers from before the prefix rule, do not),
 * {@code identifier.iati-reserved-character} (the value holds {@code /}, {@code &}, {@code |} or {@code ?}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Identifier extends ModelObject {

    private static final Shape<Identifier> SHAPE = Shape.of(Identifier.class, Identifier::new, Builder::new)
        .checkedBy(Identifier::check);
    private static final Prop<IdentifierScheme> SCHEME = SHAPE.required("scheme", IdentifierScheme.class);
    private static final Prop<String> VALUE = SHAPE.required("value", String.class);

    private static final Rule FORMAT = SHAPE.error("identifier.format",
        "does not have the form its identifier scheme requires", SCHEME);
    private static final Rule IATI_AGENCY_PREFIX = SHAPE.warning("identifier.iati-agency-prefix",
        "an IATI organisation identifier usually starts with a registration-agency prefix and a hyphen, such as "
            + "XM-DAC-", SCHEME);
    private static final Rule IATI_RESERVED_CHARACTER = SHAPE.warning("identifier.iati-reserved-character",
        "an IATI organisation identifier should not hold the characters / & | or ?", SCHEME);

    private Identifier(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an identifier.
     *
     * @param scheme  the registry, not null
     * @param value  the value in that registry, in the scheme's form, not null
     * @return the identifier, not null
     * @throws NullPointerException if the scheme or the value is null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is malformed
     */
    public static Identifier of(IdentifierScheme scheme, String value) {
        return SHAPE.make(SCHEME, scheme, VALUE, value);
    }

    /**
     * Obtains an IATI organisation identifier.
     *
     * @param value  the identifier, such as {@code BE-BCE_KBO-0264814354}, not null
     * @return the identifier, not null
     * @throws NullPointerException if the value is null
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
     * @throws NullPointerException if the value is null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is malformed
     */
    public static Identifier wikidata(String value) {
        return of(IdentifierScheme.WIKIDATA, value);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the registry.
     *
     * @return the scheme, not null
     */
    @NotNull
    public IdentifierScheme scheme() {
        return value(SCHEME);
    }

    /**
     * Gets the value in the registry.
     *
     * @return the value, in the scheme's form, not null
     */
    @NotNull
    public String value() {
        return value(VALUE);
    }

    private static void check(Identifier identifier, Checker checker) {
        IdentifierScheme scheme = identifier.value(SCHEME);
        String value = identifier.value(VALUE);
        if (scheme == null || value == null) {
            return;
        }
        if (checker.wants(FORMAT)) {
            if (!scheme.accepts(value)) {
                checker.report(FORMAT, VALUE, value);
            }
            return;
        }
        if (scheme == IdentifierScheme.IATI_ORGANISATION && scheme.accepts(value)) {
            if (!IdentifierScheme.hasAgencyPrefix(value)) {
                checker.report(IATI_AGENCY_PREFIX, VALUE, value);
            }
            if (hasReservedCharacter(value)) {
                checker.report(IATI_RESERVED_CHARACTER, VALUE, value);
            }
        }
    }

    private static boolean hasReservedCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '&' || c == '|' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /**
     * Outputs {@code scheme:value}, such as {@code wikidata:Q1232926}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        IdentifierScheme scheme = value(SCHEME);
        return (scheme == null ? null : scheme.code()) + ":" + value(VALUE);
    }

    /**
     * Builds an {@link Identifier}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Identifier, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the registry.
         *
         * @param scheme  the scheme, not null
         * @return this builder
         */
        public Builder scheme(IdentifierScheme scheme) {
            return set(SCHEME, scheme);
        }

        /**
         * Sets the value in the registry.
         *
         * @param value  the value, in the scheme's form, not null
         * @return this builder
         */
        public Builder value(String value) {
            return set(VALUE, value);
        }
    }
}
