package org.uhcmodel.sdg;

import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The unit an {@link Indicator}'s values are given in.
 * <p>
 * Three units are those of the UN SDG Global Database ({@code INDEX}, {@code PERCENT}, {@code NUMBER}); the others
 * are the units of the tracer indicators of the UHC service coverage index.
 */
public enum IndicatorUnit implements Coded {
    /** A unitless index, such as the UHC service coverage index of indicator 3.8.1, from 0 to 100. */
    INDEX("index", "Index", "INDEX"),
    /** A percentage of a population, from 0 to 100, such as indicator 3.8.2. */
    PERCENT("percent", "Percent", "PERCENT"),
    /** A count, such as a number of people. */
    NUMBER("number", "Number", "NUMBER"),
    /** A density per 1,000 population, such as physicians. */
    PER_1000_POPULATION("per-1000-population", "Per 1,000 population", null),
    /** A density per 10,000 population, such as hospital beds. */
    PER_10000_POPULATION("per-10000-population", "Per 10,000 population", null),
    /** A density per 100,000 population, such as psychiatrists or surgeons. */
    PER_100000_POPULATION("per-100000-population", "Per 100,000 population", null),
    /** A concentration in millimoles per litre, such as mean fasting plasma glucose. */
    MILLIMOLES_PER_LITRE("mmol-per-l", "Millimoles per litre", null);

    /** The vocabulary of units. */
    public static final Vocabulary<IndicatorUnit> VOCABULARY = Vocabulary.of(IndicatorUnit.class,
        "uhc-model, with the UN SDG Global Database units INDEX, PERCENT and NUMBER (code list UNIT_SDG)");

    private final String code;
    private final String label;
    private final String unCode;

    IndicatorUnit(String code, String label, String unCode) {
        this.code = code;
        this.label = label;
        this.unCode = unCode;
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
     * Gets the code of the unit in the UN SDG Global Database.
     *
     * @return the code, such as {@code PERCENT}, empty for a unit the model's sources do not show there
     */
    public Optional<String> unCode() {
        return Optional.ofNullable(unCode);
    }

    /**
     * Finds a unit by its code in the UN SDG Global Database.
     *
     * @param code  the code, such as {@code INDEX}, not null
     * @return the unit, empty if no unit has that UN code
     */
    public static Optional<IndicatorUnit> fromUnCode(String code) {
        Objects.requireNonNull(code, "code");
        for (IndicatorUnit unit : values()) {
            if (code.equals(unit.unCode)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a unit from its code.
     *
     * @param code  the code, such as {@code index}, not null
     * @return the unit, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static IndicatorUnit fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
