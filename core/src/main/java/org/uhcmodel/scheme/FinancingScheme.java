package org.uhcmodel.scheme;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The classes of health care financing schemes of the System of Health Accounts 2011 (ICHA-HF), to their deepest
 * level. The code is the SHA 2011 code, such as {@code HF.1.2.1}; classes nest by code, {@code HF.1.2.1} lying within
 * {@code HF.1.2}, which lies within {@code HF.1}.
 * <p>
 * A class says how a scheme is financed and who decides on entitlement, not how people join it: a scheme that covers
 * people automatically may be a government scheme (HF.1.1), a non-profit scheme (HF.2.2) or an enterprise scheme
 * (HF.2.3), and a mutual may run compulsory social health insurance (HF.1.2.1).
 * <p>
 * Source: OECD, Eurostat and WHO, <i>A System of Health Accounts 2011: Revised edition</i>, OECD Publishing, 2017,
 * Table 7.1. The labels of HF.1, HF.1.1, HF.2.1, HF.2.2 and HF.2.3 are those of Statistics Denmark's ICHA-HF
 * classification file, those of HF.1.2.1, HF.1.2.2 and HF.3 also those of Commission Regulation (EU) 2021/1901; the
 * others follow the labels of the OECD's health expenditure database and of health accounts tools, and those below
 * the second level could not be read in the manual itself.
 */
public enum FinancingScheme implements Coded {
    /** HF.1 Government schemes and compulsory contributory health care financing schemes. */
    HF_1("HF.1", "Government schemes and compulsory contributory health care financing schemes"),
    /** HF.1.1 Government schemes. */
    HF_1_1("HF.1.1", "Government schemes"),
    /** HF.1.1.1 Central government schemes. */
    HF_1_1_1("HF.1.1.1", "Central government schemes"),
    /** HF.1.1.2 State/regional/local government schemes. */
    HF_1_1_2("HF.1.1.2", "State/regional/local government schemes"),
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
    /** HF.2.1 Voluntary health insurance schemes. */
    HF_2_1("HF.2.1", "Voluntary health insurance schemes"),
    /** HF.2.1.1 Primary/substitutory health insurance schemes. */
    HF_2_1_1("HF.2.1.1", "Primary/substitutory health insurance schemes"),
    /** HF.2.1.1.1 Employer-based insurance (other than enterprises schemes). */
    HF_2_1_1_1("HF.2.1.1.1", "Employer-based insurance (other than enterprises schemes)"),
    /** HF.2.1.1.2 Government-based voluntary insurance. */
    HF_2_1_1_2("HF.2.1.1.2", "Government-based voluntary insurance"),
    /** HF.2.1.1.3 Other primary coverage schemes. */
    HF_2_1_1_3("HF.2.1.1.3", "Other primary coverage schemes"),
    /** HF.2.1.2 Complementary/supplementary insurance schemes. */
    HF_2_1_2("HF.2.1.2", "Complementary/supplementary insurance schemes"),
    /** HF.2.1.2.1 Community-based insurance. */
    HF_2_1_2_1("HF.2.1.2.1", "Community-based insurance"),
    /** HF.2.1.2.2 Other complementary/supplementary insurance. */
    HF_2_1_2_2("HF.2.1.2.2", "Other complementary/supplementary insurance"),
    /** HF.2.2 NPISH financing schemes. */
    HF_2_2("HF.2.2", "NPISH financing schemes"),
    /** HF.2.2.1 NPISH financing schemes (excluding HF.2.2.2). */
    HF_2_2_1("HF.2.2.1", "NPISH financing schemes (excluding HF.2.2.2)"),
    /** HF.2.2.2 Resident foreign agencies schemes. */
    HF_2_2_2("HF.2.2.2", "Resident foreign agencies schemes"),
    /** HF.2.3 Enterprise financing schemes. */
    HF_2_3("HF.2.3", "Enterprise financing schemes"),
    /** HF.2.3.1 Enterprises (except health care providers) financing schemes. */
    HF_2_3_1("HF.2.3.1", "Enterprises (except health care providers) financing schemes"),
    /** HF.2.3.2 Health care providers financing schemes. */
    HF_2_3_2("HF.2.3.2", "Health care providers financing schemes"),
    /** HF.3 Household out-of-pocket payment. */
    HF_3("HF.3", "Household out-of-pocket payment"),
    /** HF.3.1 Out-of-pocket excluding cost-sharing. */
    HF_3_1("HF.3.1", "Out-of-pocket excluding cost-sharing"),
    /** HF.3.2 Cost sharing with third-party payers. */
    HF_3_2("HF.3.2", "Cost sharing with third-party payers"),
    /** HF.3.2.1 Cost sharing with government schemes and compulsory contributory health insurance schemes. */
    HF_3_2_1("HF.3.2.1", "Cost sharing with government schemes and compulsory contributory health insurance schemes"),
    /** HF.3.2.2 Cost sharing with voluntary insurance schemes. */
    HF_3_2_2("HF.3.2.2", "Cost sharing with voluntary insurance schemes"),
    /** HF.4 Rest of the world financing schemes (non-resident). */
    HF_4("HF.4", "Rest of the world financing schemes (non-resident)"),
    /** HF.4.1 Compulsory schemes (non-resident). */
    HF_4_1("HF.4.1", "Compulsory schemes (non-resident)"),
    /** HF.4.1.1 Compulsory health insurance schemes (non-resident). */
    HF_4_1_1("HF.4.1.1", "Compulsory health insurance schemes (non-resident)"),
    /** HF.4.1.2 Other compulsory schemes (non-resident). */
    HF_4_1_2("HF.4.1.2", "Other compulsory schemes (non-resident)"),
    /** HF.4.2 Voluntary schemes (non-resident). */
    HF_4_2("HF.4.2", "Voluntary schemes (non-resident)"),
    /** HF.4.2.1 Voluntary health insurance schemes (non-resident). */
    HF_4_2_1("HF.4.2.1", "Voluntary health insurance schemes (non-resident)"),
    /** HF.4.2.2 Other schemes (non-resident). */
    HF_4_2_2("HF.4.2.2", "Other schemes (non-resident)"),
    /** HF.4.2.2.1 Philanthropy/international NGOs schemes. */
    HF_4_2_2_1("HF.4.2.2.1", "Philanthropy/international NGOs schemes"),
    /** HF.4.2.2.2 Foreign development agencies schemes. */
    HF_4_2_2_2("HF.4.2.2.2", "Foreign development agencies schemes"),
    /** HF.4.2.2.3 Schemes of enterprises (non-resident). */
    HF_4_2_2_3("HF.4.2.2.3", "Schemes of enterprises (non-resident)");

    /** The vocabulary of health care financing scheme classes. */
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
