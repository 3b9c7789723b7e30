package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of a financial transaction of a programme, from the IATI TransactionType codelist: the thirteen types of
 * money coming into, committed by or going out of an activity. The code is the IATI code.
 */
public enum TransactionType implements Coded {
    /** 1 Incoming Funds. Funds received for use on the programme. */
    INCOMING_FUNDS("1", "Incoming Funds"),
    /** 2 Outgoing Commitment. A firm obligation to provide funds, made by the programme. */
    OUTGOING_COMMITMENT("2", "Outgoing Commitment"),
    /** 3 Disbursement. Funds put at the disposal of another organisation. */
    DISBURSEMENT("3", "Disbursement"),
    /** 4 Expenditure. Funds spent on goods and services for the programme. */
    EXPENDITURE("4", "Expenditure"),
    /** 5 Interest Payment. Interest paid on a loan. */
    INTEREST_PAYMENT("5", "Interest Payment"),
    /** 6 Loan Repayment. Repayment of the principal of a loan. */
    LOAN_REPAYMENT("6", "Loan Repayment"),
    /** 7 Reimbursement. Funds paid back for expenditure already made. */
    REIMBURSEMENT("7", "Reimbursement"),
    /** 8 Purchase of Equity. An outgoing purchase of equity. */
    PURCHASE_OF_EQUITY("8", "Purchase of Equity"),
    /** 9 Sale of Equity. An incoming sale of equity. */
    SALE_OF_EQUITY("9", "Sale of Equity"),
    /** 10 Credit Guarantee. A guarantee of a credit. */
    CREDIT_GUARANTEE("10", "Credit Guarantee"),
    /** 11 Incoming Commitment. A firm obligation of a funder to provide funds, as the programme receives it. */
    INCOMING_COMMITMENT("11", "Incoming Commitment"),
    /** 12 Outgoing Pledge. An intention to provide funds, short of a commitment. */
    OUTGOING_PLEDGE("12", "Outgoing Pledge"),
    /** 13 Incoming Pledge. An intention of a funder to provide funds, as the programme receives it. */
    INCOMING_PLEDGE("13", "Incoming Pledge");

    /** The vocabulary of transaction type terms. */
    public static final Vocabulary<TransactionType> VOCABULARY = Vocabulary.of(TransactionType.class,
        "IATI Standard 2.03, codelist TransactionType");

    private final String code;
    private final String label;

    TransactionType(String code, String label) {
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
     * Checks whether a transaction of this type brings money or a promise of money into the programme from a
     * funder: incoming funds, an incoming commitment or an incoming pledge.
     *
     * @return true for {@link #INCOMING_FUNDS}, {@link #INCOMING_COMMITMENT} and {@link #INCOMING_PLEDGE}
     */
    public boolean isIncoming() {
        return this == INCOMING_FUNDS || this == INCOMING_COMMITMENT || this == INCOMING_PLEDGE;
    }

    /**
     * Checks whether a transaction of this type commits, pledges or passes money on from the programme to another
     * organisation: an outgoing commitment, a disbursement or an outgoing pledge.
     *
     * @return true for {@link #OUTGOING_COMMITMENT}, {@link #DISBURSEMENT} and {@link #OUTGOING_PLEDGE}
     */
    public boolean isOutgoing() {
        return this == OUTGOING_COMMITMENT || this == DISBURSEMENT || this == OUTGOING_PLEDGE;
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code 3}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static TransactionType fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
