package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The role an organisation plays in a programme, from the IATI OrganisationRole codelist.
 * The code is the IATI code.
 */
public enum IatiOrganisationRole implements Coded {
    /** 1 Funding: the government or organisation which provides funds to the programme. */
    FUNDING("1", "Funding"),
    /** 2 Accountable: the organisation responsible for oversight of the programme and its outcomes. */
    ACCOUNTABLE("2", "Accountable"),
    /** 3 Extending: the organisation that manages the budget and direction of the programme on behalf of the funder. */
    EXTENDING("3", "Extending"),
    /** 4 Implementing: the organisation that physically carries out the programme. */
    IMPLEMENTING("4", "Implementing");

    /** The vocabulary of iati organisation role terms. */
    public static final Vocabulary<IatiOrganisationRole> VOCABULARY = Vocabulary.of(IatiOrganisationRole.class,
        "IATI Standard 2.03, codelist OrganisationRole");

    private final String code;
    private final String label;

    IatiOrganisationRole(String code, String label) {
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
     * Obtains a role from its IATI code.
     *
     * @param code  the code, such as {@code 1}
     * @return the role, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static IatiOrganisationRole fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
