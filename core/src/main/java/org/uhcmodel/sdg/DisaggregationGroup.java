package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import static org.uhcmodel.sdg.DisaggregationDimension.LOCATION;
import static org.uhcmodel.sdg.DisaggregationDimension.SEX;
import static org.uhcmodel.sdg.DisaggregationDimension.WEALTH_QUINTILE;

import org.uhcmodel.value.Coded;

/**
 * The population group an indicator value is restricted to, within one {@link DisaggregationDimension}.
 */
public enum DisaggregationGroup implements Coded {
    /** Women and girls. */
    FEMALE("female", SEX, "Female"),
    /** Men and boys. */
    MALE("male", SEX, "Male"),
    /** People living in urban areas. */
    URBAN("urban", LOCATION, "Urban"),
    /** People living in rural areas. */
    RURAL("rural", LOCATION, "Rural"),
    /** The poorest fifth of households. */
    Q1("q1", WEALTH_QUINTILE, "Poorest quintile"),
    /** The second-poorest fifth of households. */
    Q2("q2", WEALTH_QUINTILE, "Second quintile"),
    /** The middle fifth of households. */
    Q3("q3", WEALTH_QUINTILE, "Middle quintile"),
    /** The second-richest fifth of households. */
    Q4("q4", WEALTH_QUINTILE, "Fourth quintile"),
    /** The richest fifth of households. */
    Q5("q5", WEALTH_QUINTILE, "Richest quintile");

    /** The vocabulary of disaggregation group terms. */
    public static final Vocabulary<DisaggregationGroup> VOCABULARY = Vocabulary.of(DisaggregationGroup.class,
        "uhc-model");

    private final String code;
    private final DisaggregationDimension dimension;
    private final String label;

    DisaggregationGroup(String code, DisaggregationDimension dimension, String label) {
        this.code = code;
        this.dimension = dimension;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Gets the dimension the group belongs to.
     *
     * @return the dimension, not null
     */
    public DisaggregationDimension dimension() {
        return dimension;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Obtains a group from its code.
     *
     * @param code  the code, such as {@code rural} or {@code q1}
     * @return the group, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static DisaggregationGroup fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
