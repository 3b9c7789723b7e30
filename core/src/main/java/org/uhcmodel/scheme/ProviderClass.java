package org.uhcmodel.scheme;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The classes of health care providers of the System of Health Accounts 2011 (ICHA-HP), to their second level, such as
 * hospitals (HP.1) or ambulatory health care centres (HP.3.4): the provider classes a payment mechanism or a contract
 * applies to. Classes nest by code, {@code HP.3.4} lying within {@code HP.3}.
 * <p>
 * Source: OECD, Eurostat and WHO, <i>A System of Health Accounts 2011: Revised edition</i>, OECD Publishing, 2017,
 * Chapter 6. The labels follow those of the OECD's health expenditure database and of health accounts tools; they
 * could not be read in the manual itself.
 */
public enum ProviderClass implements Coded {
    /** HP.1 Hospitals. */
    HP_1("HP.1", "Hospitals"),
    /** HP.1.1 General hospitals. */
    HP_1_1("HP.1.1", "General hospitals"),
    /** HP.1.2 Mental health hospitals. */
    HP_1_2("HP.1.2", "Mental health hospitals"),
    /** HP.1.3 Specialised hospitals (other than mental health hospitals). */
    HP_1_3("HP.1.3", "Specialised hospitals (other than mental health hospitals)"),
    /** HP.2 Residential long-term care facilities. */
    HP_2("HP.2", "Residential long-term care facilities"),
    /** HP.2.1 Long-term nursing care facilities. */
    HP_2_1("HP.2.1", "Long-term nursing care facilities"),
    /** HP.2.2 Mental health and substance abuse facilities. */
    HP_2_2("HP.2.2", "Mental health and substance abuse facilities"),
    /** HP.2.9 Other residential long-term care facilities. */
    HP_2_9("HP.2.9", "Other residential long-term care facilities"),
    /** HP.3 Providers of ambulatory health care. */
    HP_3("HP.3", "Providers of ambulatory health care"),
    /** HP.3.1 Medical practices. */
    HP_3_1("HP.3.1", "Medical practices"),
    /** HP.3.2 Dental practice. */
    HP_3_2("HP.3.2", "Dental practice"),
    /** HP.3.3 Other health care practitioners. */
    HP_3_3("HP.3.3", "Other health care practitioners"),
    /** HP.3.4 Ambulatory health care centres. */
    HP_3_4("HP.3.4", "Ambulatory health care centres"),
    /** HP.3.5 Providers of home health care services. */
    HP_3_5("HP.3.5", "Providers of home health care services"),
    /** HP.4 Providers of ancillary services. */
    HP_4("HP.4", "Providers of ancillary services"),
    /** HP.4.1 Providers of patient transportation and emergency rescue. */
    HP_4_1("HP.4.1", "Providers of patient transportation and emergency rescue"),
    /** HP.4.2 Medical and diagnostic laboratories. */
    HP_4_2("HP.4.2", "Medical and diagnostic laboratories"),
    /** HP.4.9 Other providers of ancillary services. */
    HP_4_9("HP.4.9", "Other providers of ancillary services"),
    /** HP.5 Retailers and other providers of medical goods. */
    HP_5("HP.5", "Retailers and other providers of medical goods"),
    /** HP.5.1 Pharmacies. */
    HP_5_1("HP.5.1", "Pharmacies"),
    /** HP.5.2 Retail sellers and other suppliers of durable medical goods and medical appliances. */
    HP_5_2("HP.5.2", "Retail sellers and other suppliers of durable medical goods and medical appliances"),
    /** HP.5.9 All other miscellaneous sellers and other suppliers of pharmaceuticals and medical goods. */
    HP_5_9("HP.5.9", "All other miscellaneous sellers and other suppliers of pharmaceuticals and medical goods"),
    /** HP.6 Providers of preventive care. */
    HP_6("HP.6", "Providers of preventive care"),
    /** HP.7 Providers of health care system administration and financing. */
    HP_7("HP.7", "Providers of health care system administration and financing"),
    /** HP.7.1 Government health administration agencies. */
    HP_7_1("HP.7.1", "Government health administration agencies"),
    /** HP.7.2 Social health insurance agencies. */
    HP_7_2("HP.7.2", "Social health insurance agencies"),
    /** HP.7.3 Private health insurance administration agencies. */
    HP_7_3("HP.7.3", "Private health insurance administration agencies"),
    /** HP.7.9 Other administration agencies. */
    HP_7_9("HP.7.9", "Other administration agencies"),
    /** HP.8 Rest of economy. */
    HP_8("HP.8", "Rest of economy"),
    /** HP.8.1 Households as providers of home health care. */
    HP_8_1("HP.8.1", "Households as providers of home health care"),
    /** HP.8.2 All other industries as secondary providers of health care. */
    HP_8_2("HP.8.2", "All other industries as secondary providers of health care"),
    /** HP.8.9 Other industries n.e.c.. */
    HP_8_9("HP.8.9", "Other industries n.e.c."),
    /** HP.9 Rest of the world. */
    HP_9("HP.9", "Rest of the world");

    /** The vocabulary of health care provider classes. */
    public static final Vocabulary<ProviderClass> VOCABULARY = Vocabulary.of(ProviderClass.class,
        "SHA 2011 (revised edition 2017), ICHA-HP classification of health care providers, second level");

    private final String code;
    private final String label;

    ProviderClass(String code, String label) {
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
     * Gets the class this one lies directly within, such as {@code HP.3} for {@code HP.3.4}.
     *
     * @return the parent class, empty for a top class ({@code HP.1} to {@code HP.9})
     */
    public Optional<ProviderClass> parent() {
        int dot = code.lastIndexOf('.');
        return dot == code.indexOf('.') ? Optional.empty() : Optional.of(fromCode(code.substring(0, dot)));
    }

    /**
     * Checks whether this class is the given class or lies within it, at any depth.
     *
     * @param other  the class that may contain this one, not null
     * @return true if this class is {@code other} or one of its subclasses
     */
    public boolean isWithin(ProviderClass other) {
        Objects.requireNonNull(other, "other");
        return code.equals(other.code) || code.startsWith(other.code + ".");
    }

    /**
     * Obtains a class from its SHA 2011 code.
     *
     * @param code  the code, such as {@code HP.3.4}
     * @return the class, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static ProviderClass fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
