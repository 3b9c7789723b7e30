package org.uhcmodel.sdg;

import java.util.Arrays;
import java.util.List;
import org.uhcmodel.internal.Codes;
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

    /**
     * Gets the English name of the dimension.
     *
     * @return the name, not null
     */
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
        return Codes.fromCode(DisaggregationDimension.class, code);
    }
}
