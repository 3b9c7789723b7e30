package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * How an observed value was obtained, as the UN SDG Global Database states it in its {@code Nature} attribute.
 * <p>
 * The codes are the UN's. The UN's {@code NA}, "data nature not available", is the absence of a nature.
 */
public enum ObservationNature implements Coded {
    /** Produced and disseminated by the country. */
    COUNTRY_DATA("C", "Country data"),
    /** Produced by the country, adjusted by the international agency for comparability. */
    COUNTRY_ADJUSTED("CA", "Country adjusted data"),
    /** Estimated by the international agency from national data. */
    ESTIMATED("E", "Estimated data"),
    /** Produced by the agency for global monitoring. */
    GLOBAL_MONITORING("G", "Global monitoring data"),
    /** Modelled by the agency where no national data exist. */
    MODELLED("M", "Modeled data"),
    /** Nature not relevant, such as an aggregate of regions. */
    NON_RELEVANT("N", "Non-relevant");

    /** The vocabulary of natures of data. */
    public static final Vocabulary<ObservationNature> VOCABULARY = Vocabulary.of(ObservationNature.class,
        "UN SDG Global Database attribute Nature (code list NATURE_SDG, API of 2025.Q4)");

    private final String code;
    private final String label;

    ObservationNature(String code, String label) {
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
     * @param code  the code, such as {@code E}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static ObservationNature fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
