package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * How a purchaser pays health care providers: the provider payment methods of the WHO and World Bank literature,
 * as defined by the Joint Learning Network for UHC (Cashin C., ed., <i>Assessing Health Provider Payment Systems: A
 * Practical Guide for Countries Working Toward Universal Health Coverage</i>, 2015) and the World Bank's
 * <i>Designing and Implementing Health Care Provider Payment Systems: How-To Manuals</i> (Langenbrunner, Cashin and
 * O'Dougherty, eds., 2009); results-based financing as the World Bank's Health Results Innovation Trust Fund uses it.
 * <p>
 * No official code list exists: the codes are the model's own.
 */
public enum PaymentMethod implements Coded {
    /**
     * A fixed amount per registered or enrolled person for a period, paid in advance for a set of services, whatever
     * the care used.
     */
    CAPITATION("capitation", "Capitation"),
    /** A fee for each service or item delivered, set in advance; payment grows with the services. */
    FEE_FOR_SERVICE("fee-for-service", "Fee-for-service"),
    /**
     * A fixed amount per admission or case, by case group such as a diagnosis-related group, whatever the services of
     * the stay.
     */
    CASE_BASED("case-based", "Case-based payment (DRG)"),
    /**
     * A fixed total for a period to cover a provider's expenditure, which the provider may spend across inputs freely.
     */
    GLOBAL_BUDGET("global-budget", "Global budget"),
    /**
     * A fixed amount for each input category, such as staff or medicines, with little freedom to move money between
     * lines.
     */
    LINE_ITEM_BUDGET("line-item-budget", "Line-item budget"),
    /** A fixed amount for each day an admitted patient stays, whatever the services of that day. */
    PER_DIEM("per-diem", "Per diem"),
    /**
     * Payment, or a part of it, made once agreed outputs or outcomes are reached and verified, usually on top of
     * another method.
     */
    RESULTS_BASED("results-based", "Results-based financing"),
    /** A fixed amount per period of employment paid to health workers, whatever the patients or services. */
    SALARY("salary", "Salary");

    /** The vocabulary of payment method terms. */
    public static final Vocabulary<PaymentMethod> VOCABULARY = Vocabulary.of(PaymentMethod.class,
        "uhc-model, after the provider payment methods of Cashin (ed.) 2015, Joint Learning Network for UHC, and"
            + " Langenbrunner, Cashin and O'Dougherty (eds.) 2009, World Bank");

    private final String code;
    private final String label;

    PaymentMethod(String code, String label) {
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
     * @param code  the code, such as {@code capitation}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static PaymentMethod fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
