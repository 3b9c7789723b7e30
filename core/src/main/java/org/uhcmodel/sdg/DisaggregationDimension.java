package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import java.util.Arrays;
import java.util.List;
import org.uhcmodel.value.Coded;

/**
 * A way an indicator value is broken down by population group, such as by sex or by wealth quintile.
 */
public enum DisaggregationDimension implements Coded {
    /** By sex: female, male. */
    SEX("sex", "Sex"),
    /** By place of residence: urban, rural. */
    LOCATION("location", "Location"),
    /** By household wealth quintile, from the poorest (q1) to the richest (q5). */
    WEALTH_QUINTILE("wealth-quintile", "Wealth quintile");

    /** The vocabulary of disaggregation dimension terms. */
    public static final Vocabulary<DisaggregationDimension> VOCABULARY = Vocabulary.of(DisaggregationDimension.class,
        "uhc-model");

    private final String code;
    private final String label;

    DisaggregationDimension(String code, String label) {
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
     * Gets the groups of this dimension.
     *
     * @return the unmodifiable groups, in declaration order, not empty
     */
    public List<DisaggregationGroup> groups() {
        return Arrays.stream(DisaggregationGroup.values()).filter(g -> g.dimension() == this).toList();
    }

    /**
     * Obtains a dimension from its code.
     *
     * @param code  the code, such as {@code wealth-quintile}
     * @return the dimension, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static DisaggregationDimension fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
