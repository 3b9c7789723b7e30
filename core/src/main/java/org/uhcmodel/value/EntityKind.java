package org.uhcmodel.value;

import org.uhcmodel.meta.Vocabulary;

/**
 * The kinds of {@link Entity}: the top-level records a dataset holds and references name.
 */
public enum EntityKind implements Coded {
    /** A source document. */
    SOURCE("source", "Source document"),
    /** An organisation. */
    ORGANIZATION("organization", "Organisation"),
    /** A person. */
    PERSON("person", "Person"),
    /** An agreement. */
    AGREEMENT("agreement", "Agreement"),
    /** A governing body. */
    BODY("body", "Governing body"),
    /** An event. */
    EVENT("event", "Event"),
    /** A programme. */
    PROGRAMME("programme", "Programme"),
    /** A coverage scheme. */
    SCHEME("scheme", "Coverage scheme"),
    /** An indicator target. */
    TARGET("target", "Indicator target"),
    /** A purchaser-provider contract. */
    CONTRACT("contract", "Contract"),
    /** A sub-national area. */
    AREA("area", "Sub-national area"),
    /** An indicator a dataset declares. */
    INDICATOR("indicator", "Indicator"),
    /** A dimension of disaggregation a dataset declares. */
    DIMENSION("dimension", "Declared dimension");

    /** The vocabulary of entity kinds. */
    public static final Vocabulary<EntityKind> VOCABULARY = Vocabulary.of(EntityKind.class, "uhc-model");

    private final String code;
    private final String label;

    EntityKind(String code, String label) {
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
     * Obtains a kind from its code.
     *
     * @param code  the code, such as {@code organization}, not null
     * @return the kind, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static EntityKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
