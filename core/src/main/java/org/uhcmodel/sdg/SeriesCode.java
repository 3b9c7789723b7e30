package org.uhcmodel.sdg;

import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;

/**
 * The code of a data series that publishes an indicator, as its publisher writes it: a series of the UN SDG Global
 * Database ({@code SH_ACS_UNHC}, {@code SH_XPD_EARN10}), an indicator of the WHO Global Health Observatory
 * ({@code UHC_INDEX_REPORTED}) or of the World Bank's World Development Indicators ({@code SH.UHC.SRVS.CV.XD}).
 * <p>
 * A code is one or more groups of ASCII letters and digits joined by single dots, hyphens or underscores, at most 100
 * characters. Codes are compared exactly, case included.
 * <p>
 * Rules: {@code series-code.format}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SeriesCode implements Comparable<SeriesCode> {

    private static final TextType<SeriesCode> TEXT = TextType.of(SeriesCode.class, SeriesCode::parse,
        SeriesCode::toString,
        "Groups of ASCII letters and digits joined by single dots, hyphens or underscores, at most 100 characters, "
            + "such as SH_ACS_UNHC or SH.UHC.SRVS.CV.XD.",
        "^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$");

    private static final Rule FORMAT = RuleBook.error(SeriesCode.class, "series-code.format",
        "must be groups of ASCII letters and digits joined by single dots, hyphens or underscores, "
            + "at most 100 characters");

    private final String value;

    private SeriesCode(String value) {
        this.value = value;
    }

    /**
     * Obtains a code.
     *
     * @param value  the code, such as {@code SH_ACS_UNHC}, not null
     * @return the code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not of the form of a series code
     */
    public static SeriesCode of(String value) {
        if (!Codes.isCode(Objects.requireNonNull(value, "value"), false)) {
            throw Checker.refusal(SeriesCode.class, FORMAT, "", value);
        }
        return new SeriesCode(value);
    }

    /**
     * Parses a code; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not of the form of a series code
     */
    public static SeriesCode parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Compares by text.
     *
     * @param other  the other code, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(SeriesCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks if this equals another code.
     *
     * @param obj  the other object, null returns false
     * @return true if the texts are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SeriesCode && value.equals(((SeriesCode) obj).value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Outputs the code.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
