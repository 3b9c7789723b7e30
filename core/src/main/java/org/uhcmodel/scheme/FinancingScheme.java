package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.value.Coded;

/**
 * The classes of health care financing schemes of the System of Health Accounts 2011 (ICHA-HF), to the depth
 * the model uses. The code is the SHA 2011 code, such as {@code HF.1.2.1}; classes nest by code,
 * {@code HF.1.2.1} lying within {@code HF.1.2}, which lies within {@code HF.1}.
 */
public enum FinancingScheme implements Coded {
    /** HF.1 Government schemes and compulsory contributory health care financing schemes. */
    HF_1("HF.1", "Government schemes and compulsory contributory health care financing schemes"),
    /** HF.1.1 Government schemes. */
    HF_1_1("HF.1.1", "Government schemes"),
    /** HF.1.2 Compulsory contributory health insurance schemes. */
    HF_1_2("HF.1.2", "Compulsory contributory health insurance schemes"),
    /** HF.1.2.1 Social health insurance schemes. */
    HF_1_2_1("HF.1.2.1", "Social health insurance schemes"),
    /** HF.1.2.2 Compulsory private insurance schemes. */
    HF_1_2_2("HF.1.2.2", "Compulsory private insurance schemes"),
    /** HF.1.3 Compulsory Medical Saving Accounts (CMSA). */
    HF_1_3("HF.1.3", "Compulsory Medical Saving Accounts (CMSA)"),
    /** HF.2 Voluntary health care payment schemes. */
    HF_2("HF.2", "Voluntary health care payment schemes"),
    /** HF.2.1 Voluntary health insurance schemes, where voluntary mutuelles sit. */
    HF_2_1("HF.2.1", "Voluntary health insurance schemes"),
    /** HF.2.2 NPISH financing schemes (including development agencies). */
    HF_2_2("HF.2.2", "NPISH financing schemes (including development agencies)"),
    /** HF.2.3 Enterprise financing schemes. */
    HF_2_3("HF.2.3", "Enterprise financing schemes"),
    /** HF.3 Household out-of-pocket payment. */
    HF_3("HF.3", "Household out-of-pocket payment"),
    /** HF.3.1 Out-of-pocket excluding cost-sharing. */
    HF_3_1("HF.3.1", "Out-of-pocket excluding cost-sharing"),
    /** HF.3.2 Cost sharing with third-party payers. */
    HF_3_2("HF.3.2", "Cost sharing with third-party payers"),
    /** HF.4 Rest of the world financing schemes (non-resident). */
    HF_4("HF.4", "Rest of the world financing schemes (non-resident)"),
    /** HF.4.1 Compulsory schemes (non-resident). */
    HF_4_1("HF.4.1", "Compulsory schemes (non-resident)"),
    /** HF.4.2 Voluntary schemes (non-resident). */
    HF_4_2("HF.4.2", "Voluntary schemes (non-resident)");

    /** The vocabulary of financing scheme terms. */
    public static final Vocabulary<FinancingScheme> VOCABULARY = Vocabulary.of(FinancingScheme.class,
        "SHA 2011 (revised edition 2017), ICHA-HF classification of health care financing schemes");

    private final String code;
    private final String label;

    FinancingScheme(String code, String label) {
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
     * Gets the class this one lies directly within, such as {@code HF.1.2} for {@code HF.1.2.1}.
     *
     * @return the parent class, empty for a top class ({@code HF.1} to {@code HF.4})
     */
    public Optional<FinancingScheme> parent() {
        int dot = code.lastIndexOf('.');
        return dot == code.indexOf('.') ? Optional.empty() : Optional.of(fromCode(code.substring(0, dot)));
    }

    /**
     * Checks whether this class is the given class or lies within it, at any depth.
     * <p>
     * {@code HF_1_2_1.isWithin(HF_1)} and {@code HF_1.isWithin(HF_1)} are true; {@code HF_1.isWithin(HF_1_2)} is false.
     *
     * @param other  the class that may contain this one, not null
     * @return true if this class is {@code other} or one of its subclasses
     */
    public boolean isWithin(FinancingScheme other) {
        Objects.requireNonNull(other, "other");
        return code.equals(other.code) || code.startsWith(other.code + ".");
    }

    /**
     * Obtains a class from its SHA 2011 code.
     *
     * @param code  the code, such as {@code HF.1.2.1}
     * @return the class, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static FinancingScheme fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
