package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * Who publishes a data series of an indicator.
 */
public enum SeriesPublisher implements Coded {
    /** The UN Statistics Division's Global SDG Indicators Database. */
    UN_SDG_GLOBAL_DATABASE("un-sdg", "UN SDG Global Database"),
    /** The World Health Organization's Global Health Observatory. */
    WHO_GHO("who-gho", "WHO Global Health Observatory"),
    /** The World Bank's World Development Indicators. */
    WORLD_BANK_WDI("world-bank-wdi", "World Bank World Development Indicators"),
    /** A country's own statistical or monitoring system. */
    NATIONAL("national", "National statistics");

    /** The vocabulary of publishers of series. */
    public static final Vocabulary<SeriesPublisher> VOCABULARY = Vocabulary.of(SeriesPublisher.class,
        "uhc-model");

    private final String code;
    private final String label;

    SeriesPublisher(String code, String label) {
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
     * @param code  the code, such as {@code un-sdg}, not null
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static SeriesPublisher fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
