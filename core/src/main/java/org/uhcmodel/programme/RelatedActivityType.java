package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * How a programme relates to another activity, from the IATI RelatedActivityType codelist. The code is the IATI code.
 */
public enum RelatedActivityType implements Coded {
    /** 1 Parent. The other activity contains this one. */
    PARENT("1", "Parent"),
    /** 2 Child. This programme contains the other activity. */
    CHILD("2", "Child"),
    /** 3 Sibling. Both activities have the same parent. */
    SIBLING("3", "Sibling"),
    /** 4 Co-funded. Another activity funding the same work. */
    CO_FUNDED("4", "Co-funded"),
    /** 5 Third Party. A report of the same activity by another organisation. */
    THIRD_PARTY("5", "Third Party");

    /** The vocabulary of related activity type terms. */
    public static final Vocabulary<RelatedActivityType> VOCABULARY = Vocabulary.of(RelatedActivityType.class,
        "IATI Standard 2.03, codelist RelatedActivityType");

    private final String code;
    private final String label;

    RelatedActivityType(String code, String label) {
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
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code 1}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static RelatedActivityType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
