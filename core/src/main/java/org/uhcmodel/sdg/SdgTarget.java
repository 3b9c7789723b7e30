package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The targets of Sustainable Development Goal 3, "Ensure healthy lives and promote well-being for all at all ages",
 * that programmes, agreements and schemes are tagged with.
 * <p>
 * The code is the UN target number ({@code 3.8}); in IATI it is a tag of vocabulary 3, and the goal {@code 3}
 * a tag of vocabulary 2.
 */
public enum SdgTarget implements Coded {
    /** 3.1 Reduce maternal mortality. */
    T3_1("3.1", "Reduce the global maternal mortality ratio"),
    /** 3.2 End preventable deaths of newborns and children under 5. */
    T3_2("3.2", "End preventable deaths of newborns and children under 5 years of age"),
    /** 3.3 End the epidemics of AIDS, tuberculosis, malaria and neglected tropical diseases. */
    T3_3("3.3", "End the epidemics of AIDS, tuberculosis, malaria and neglected tropical diseases and combat "
        + "hepatitis, water-borne diseases and other communicable diseases"),
    /** 3.4 Reduce premature mortality from non-communicable diseases. */
    T3_4("3.4", "Reduce by one third premature mortality from non-communicable diseases and promote mental "
        + "health and well-being"),
    /** 3.5 Prevention and treatment of substance abuse. */
    T3_5("3.5", "Strengthen the prevention and treatment of substance abuse"),
    /** 3.6 Halve deaths and injuries from road traffic accidents. */
    T3_6("3.6", "Halve the number of global deaths and injuries from road traffic accidents"),
    /** 3.7 Universal access to sexual and reproductive health-care services. */
    T3_7("3.7", "Ensure universal access to sexual and reproductive health-care services"),
    /** 3.8 Achieve universal health coverage. */
    T3_8("3.8", "Achieve universal health coverage, including financial risk protection, access to quality "
        + "essential health-care services and access to safe, effective, quality and affordable essential medicines "
        + "and vaccines for all"),
    /** 3.9 Reduce deaths and illnesses from hazardous chemicals and pollution. */
    T3_9("3.9", "Substantially reduce the number of deaths and illnesses from hazardous chemicals and air, "
        + "water and soil pollution and contamination"),
    /** 3.a Implementation of the WHO Framework Convention on Tobacco Control. */
    T3_A("3.a", "Strengthen the implementation of the World Health Organization Framework Convention on "
        + "Tobacco Control"),
    /** 3.b Research, development and access to vaccines and medicines. */
    T3_B("3.b", "Support the research and development of vaccines and medicines and provide access to "
        + "affordable essential medicines and vaccines"),
    /** 3.c Health financing and the health workforce in developing countries. */
    T3_C("3.c", "Substantially increase health financing and the recruitment, development, training and "
        + "retention of the health workforce in developing countries"),
    /** 3.d Early warning, risk reduction and management of health risks. */
    T3_D("3.d", "Strengthen the capacity of all countries for early warning, risk reduction and management of "
        + "national and global health risks");

    /** The vocabulary of sdg target terms. */
    public static final Vocabulary<SdgTarget> VOCABULARY = Vocabulary.of(SdgTarget.class,
        "UN global indicator framework for the SDGs (A/RES/71/313), Goal 3 targets");

    private final String code;
    private final String title;

    SdgTarget(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return title;
    }

    /**
     * Gets the goal the target belongs to.
     *
     * @return the goal number, 3
     */
    public int goal() {
        return 3;
    }

    /**
     * Gets the target's text.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Obtains a target from its UN number.
     *
     * @param code  the code, such as {@code 3.8}
     * @return the target, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is not a target of goal 3
     */
    public static SdgTarget fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
