package org.uhcmodel.scheme;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The classes of revenues of health care financing schemes of the System of Health Accounts 2011 (ICHA-FS): where the
 * money of a scheme comes from, such as transfers from government domestic revenue (FS.1) or social insurance
 * contributions from employers (FS.3.2). Classes nest by code, {@code FS.3.2} lying within {@code FS.3}.
 * <p>
 * Source: OECD, Eurostat and WHO, <i>A System of Health Accounts 2011: Revised edition</i>, OECD Publishing, 2017,
 * Table 8.1, to its second level. The labels of FS.1 to FS.6 and of their subclasses down to FS.5.3 are those of
 * Eurostat's classification of revenues of health care financing schemes (icha11_fs); the others follow the manual's
 * table as transcribed by health accounts tools and could not be read in the manual itself.
 */
public enum RevenueClass implements Coded {
    /** FS.1 Transfers from government domestic revenue. */
    FS_1("FS.1", "Transfers from government domestic revenue"),
    /** FS.1.1 Internal transfers and grants. */
    FS_1_1("FS.1.1", "Internal transfers and grants"),
    /** FS.1.2 Transfers by government on behalf of specific groups. */
    FS_1_2("FS.1.2", "Transfers by government on behalf of specific groups"),
    /** FS.1.3 Subsidies. */
    FS_1_3("FS.1.3", "Subsidies"),
    /** FS.1.4 Other transfers from government domestic revenue. */
    FS_1_4("FS.1.4", "Other transfers from government domestic revenue"),
    /** FS.2 Transfers distributed by government from foreign origin. */
    FS_2("FS.2", "Transfers distributed by government from foreign origin"),
    /** FS.3 Social insurance contributions. */
    FS_3("FS.3", "Social insurance contributions"),
    /** FS.3.1 Social insurance contributions from employees. */
    FS_3_1("FS.3.1", "Social insurance contributions from employees"),
    /** FS.3.2 Social insurance contributions from employers. */
    FS_3_2("FS.3.2", "Social insurance contributions from employers"),
    /** FS.3.3 Social insurance contributions from self-employed. */
    FS_3_3("FS.3.3", "Social insurance contributions from self-employed"),
    /** FS.3.4 Other social insurance contributions. */
    FS_3_4("FS.3.4", "Other social insurance contributions"),
    /** FS.4 Compulsory prepayment (other than FS.3). */
    FS_4("FS.4", "Compulsory prepayment (other than FS.3)"),
    /** FS.4.1 Compulsory prepayment from individuals/households. */
    FS_4_1("FS.4.1", "Compulsory prepayment from individuals/households"),
    /** FS.4.2 Compulsory prepayment from employers. */
    FS_4_2("FS.4.2", "Compulsory prepayment from employers"),
    /** FS.4.3 Other compulsory prepaid revenues. */
    FS_4_3("FS.4.3", "Other compulsory prepaid revenues"),
    /** FS.5 Voluntary prepayment. */
    FS_5("FS.5", "Voluntary prepayment"),
    /** FS.5.1 Voluntary prepayment from individuals/households. */
    FS_5_1("FS.5.1", "Voluntary prepayment from individuals/households"),
    /** FS.5.2 Voluntary prepayment from employers. */
    FS_5_2("FS.5.2", "Voluntary prepayment from employers"),
    /** FS.5.3 Other voluntary prepaid revenues. */
    FS_5_3("FS.5.3", "Other voluntary prepaid revenues"),
    /** FS.6 Other domestic revenues n.e.c.. */
    FS_6("FS.6", "Other domestic revenues n.e.c."),
    /** FS.6.1 Other revenues from households n.e.c.. */
    FS_6_1("FS.6.1", "Other revenues from households n.e.c."),
    /** FS.6.2 Other revenues from corporations n.e.c.. */
    FS_6_2("FS.6.2", "Other revenues from corporations n.e.c."),
    /** FS.6.3 Other revenues from NPISH n.e.c.. */
    FS_6_3("FS.6.3", "Other revenues from NPISH n.e.c."),
    /** FS.7 Direct foreign transfers. */
    FS_7("FS.7", "Direct foreign transfers"),
    /** FS.7.1 Direct foreign financial transfers. */
    FS_7_1("FS.7.1", "Direct foreign financial transfers"),
    /** FS.7.2 Direct foreign aid in kind. */
    FS_7_2("FS.7.2", "Direct foreign aid in kind"),
    /** FS.7.3 Other direct foreign transfers (n.e.c.). */
    FS_7_3("FS.7.3", "Other direct foreign transfers (n.e.c.)");

    /** The vocabulary of revenue classes. */
    public static final Vocabulary<RevenueClass> VOCABULARY = Vocabulary.of(RevenueClass.class,
        "SHA 2011 (revised edition 2017), ICHA-FS classification of revenues of health care financing schemes,"
            + " second level");

    private final String code;
    private final String label;

    RevenueClass(String code, String label) {
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
     * Gets the class this one lies directly within, such as {@code FS.3} for {@code FS.3.1}.
     *
     * @return the parent class, empty for a top class ({@code FS.1} to {@code FS.7})
     */
    public Optional<RevenueClass> parent() {
        int dot = code.lastIndexOf('.');
        return dot == code.indexOf('.') ? Optional.empty() : Optional.of(fromCode(code.substring(0, dot)));
    }

    /**
     * Checks whether this class is the given class or lies within it, at any depth.
     *
     * @param other  the class that may contain this one, not null
     * @return true if this class is {@code other} or one of its subclasses
     */
    public boolean isWithin(RevenueClass other) {
        Objects.requireNonNull(other, "other");
        return code.equals(other.code) || code.startsWith(other.code + ".");
    }

    /**
     * Obtains a class from its SHA 2011 code.
     *
     * @param code  the code, such as {@code FS.3.1}
     * @return the class, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static RevenueClass fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
