package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Who pays a part of a contribution or of the cost of an exemption, in a {@link PayerShare}.
 */
public enum PayerType implements Coded {
    /** The employer of the member. */
    EMPLOYER("employer", "Employer"),
    /** The member as an employee, through a deduction from the salary. */
    EMPLOYEE("employee", "Employee"),
    /** The member, outside any employment. */
    MEMBER("member", "Member"),
    /** The state or a public body of central government. */
    STATE("state", "State"),
    /** A donor, such as a development agency or a charity. */
    DONOR("donor", "Donor"),
    /** A region, district or municipality. */
    LOCAL_GOVERNMENT("local-government", "Local government"),
    /** The scheme's own pooled funds, that is the other members, as for a cross-subsidised exemption. */
    SCHEME("scheme", "The scheme");

    /** The vocabulary of payer type terms. */
    public static final Vocabulary<PayerType> VOCABULARY = Vocabulary.of(PayerType.class,
        "uhc-model");

    private final String code;
    private final String label;

    PayerType(String code, String label) {
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
     * @param code  the code, such as {@code employer}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static PayerType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
