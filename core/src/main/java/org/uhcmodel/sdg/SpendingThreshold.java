package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import java.math.BigDecimal;
import org.uhcmodel.value.Coded;

/**
 * The share of total household expenditure or income above which health spending counts as large for
 * indicator 3.8.2 ({@link SdgIndicator#CATASTROPHIC_SPENDING}).
 * <p>
 * The code is the threshold in percent; each threshold has its own UN SDG series.
 */
public enum SpendingThreshold implements Coded {
    /** Health spending above 10% of total household expenditure or income (UN series {@code SH_XPD_EARN10}). */
    ABOVE_10_PERCENT("10", "SH_XPD_EARN10"),
    /** Health spending above 25% of total household expenditure or income (UN series {@code SH_XPD_EARN25}). */
    ABOVE_25_PERCENT("25", "SH_XPD_EARN25");

    /** The vocabulary of spending threshold terms. */
    public static final Vocabulary<SpendingThreshold> VOCABULARY = Vocabulary.of(SpendingThreshold.class,
        "UN SDG indicator 3.8.2, 2017 definition (SH_XPD_EARN10, SH_XPD_EARN25)");

    private final String code;
    private final BigDecimal percent;
    private final String unSeriesCode;

    SpendingThreshold(String code, String unSeriesCode) {
        this.code = code;
        this.percent = new BigDecimal(code);
        this.unSeriesCode = unSeriesCode;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Gets the threshold as a percentage of total household expenditure or income.
     *
     * @return the percentage, 10 or 25, not null
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * Gets the code of the UN SDG Global Database series that reports indicator 3.8.2 at this threshold.
     *
     * @return the series code, such as {@code SH_XPD_EARN10}, not null
     */
    public String unSeriesCode() {
        return unSeriesCode;
    }

    @Override
    public String label() {
        return "Above " + code + "% of household expenditure or income";
    }

    /**
     * Obtains a threshold from its code.
     *
     * @param code  the threshold in percent, {@code 10} or {@code 25}
     * @return the threshold, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is unknown
     */
    public static SpendingThreshold fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}
