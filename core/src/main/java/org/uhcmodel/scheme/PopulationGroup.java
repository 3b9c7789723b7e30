package org.uhcmodel.scheme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * A group of people a {@link CoverageScheme} targets, or that a contribution, an exemption or an enrolment figure
 * concerns: the population dimension of the UHC cube.
 */
public enum PopulationGroup implements Coded {
    /** Employees of the formal private sector. */
    FORMAL_SECTOR_EMPLOYEES("formal-sector-employees", "Formal-sector employees"),
    /** Civil servants and other public-sector staff. */
    CIVIL_SERVANTS("civil-servants", "Civil servants"),
    /** Workers of the informal sector and the self-employed. */
    INFORMAL_SECTOR("informal-sector", "Informal sector"),
    /** Farmers and other rural workers. */
    RURAL_WORKERS("rural-workers", "Rural workers"),
    /** People too poor to contribute. */
    INDIGENT("indigent", "Indigent"),
    /** Students. */
    STUDENTS("students", "Students"),
    /** Retired people and pensioners. */
    RETIREES("retirees", "Retirees"),
    /** Spouses, children and other dependants of members. */
    DEPENDANTS("dependants", "Dependants"),
    /** Every resident. */
    WHOLE_POPULATION("whole-population", "Whole population"),
    /** The staff of one employer, such as a company scheme. */
    EMPLOYER_STAFF("employer-staff", "Staff of one employer"),
    /** Children, of an age the scheme sets, such as under five. */
    CHILDREN("children", "Children"),
    /** Elderly people, of an age the scheme sets, such as 65 and over. */
    ELDERLY("elderly", "Elderly people"),
    /** Pregnant women, and women in childbirth and after it as the scheme sets. */
    PREGNANT_WOMEN("pregnant-women", "Pregnant women"),
    /** People with disabilities. */
    PEOPLE_WITH_DISABILITIES("people-with-disabilities", "People with disabilities");

    /** The vocabulary of population group terms. */
    public static final Vocabulary<PopulationGroup> VOCABULARY = Vocabulary.of(PopulationGroup.class,
        "uhc-model");

    private final String code;
    private final String label;

    PopulationGroup(String code, String label) {
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
     * @param code  the code, such as {@code informal-sector}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static PopulationGroup fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
