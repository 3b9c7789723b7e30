package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of another identifier of a programme, from the IATI OtherIdentifierType codelist. The code is the IATI code.
 */
public enum OtherIdentifierType implements Coded {
    /**
     * A1 Reporting Organisation's internal activity identifier. The reporting organisation's own code of the activity.
     */
    REPORTING_ORGANISATION_INTERNAL("A1", "Reporting Organisation's internal activity identifier"),
    /** A2 CRS Activity identifier. */
    CRS_ACTIVITY("A2", "CRS Activity identifier"),
    /**
     * A3 Previous Activity Identifier. An identifier the activity was published under before, in the rare case it
     * had to change.
     */
    PREVIOUS_ACTIVITY("A3", "Previous Activity Identifier"),
    /** A4 FTS Flow ID. The identifier UN-OCHA gives a flow in its Financial Tracking Service. */
    FTS_FLOW("A4", "FTS Flow ID"),
    /** A9 Other Activity Identifier. */
    OTHER_ACTIVITY("A9", "Other Activity Identifier"),
    /** B1 Previous Reporting Organisation Identifier. */
    PREVIOUS_REPORTING_ORGANISATION("B1", "Previous Reporting Organisation Identifier"),
    /** B9 Other Organisation Identifier. */
    OTHER_ORGANISATION("B9", "Other Organisation Identifier");

    /** The vocabulary of other identifier type terms. */
    public static final Vocabulary<OtherIdentifierType> VOCABULARY = Vocabulary.of(OtherIdentifierType.class,
        "IATI Standard 2.03, codelist OtherIdentifierType (non-embedded, as of 2026-02-27, A4 FTS Flow ID included)");

    private final String code;
    private final String label;

    OtherIdentifierType(String code, String label) {
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
     * @param code  the code, such as {@code A1}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static OtherIdentifierType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
