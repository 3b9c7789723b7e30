package org.uhcmodel.sdg;

import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;

/**
 * The code of an {@link Indicator}, by which observations and targets name it: the UN number of an SDG indicator
 * ({@code 3.8.1}), the code of a part of one ({@code 3.8.1/family-planning}, {@code 3.8.2/impoverishing}), or the code
 * a dataset gives an indicator of its own ({@code CI-CMU-1}).
 * <p>
 * A code is one or more groups of ASCII letters and digits joined by single dots, hyphens, underscores or slashes, at
 * most 100 characters. Codes are compared exactly, case included.
 * <p>
 * Rules: {@code indicator-code.format}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorCode implements Comparable<IndicatorCode> {

    private static final TextType<IndicatorCode> TEXT = TextType.of(IndicatorCode.class, IndicatorCode::parse,
        IndicatorCode::toString,
        "Groups of ASCII letters and digits joined by single dots, hyphens, underscores or slashes, at most 100 "
            + "characters, such as 3.8.1 or 3.8.1/family-planning.",
        "^[A-Za-z0-9]+([./_-][A-Za-z0-9]+)*$");

    private static final Rule FORMAT = RuleBook.error(IndicatorCode.class, "indicator-code.format",
        "must be groups of ASCII letters and digits joined by single dots, hyphens, underscores or slashes, "
            + "at most 100 characters");

    private final String value;

    private IndicatorCode(String value) {
        this.value = value;
    }

    /**
     * Obtains a code.
     *
     * @param value  the code, such as {@code 3.8.1}, not null
     * @return the code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not of the form of a code
     */
    public static IndicatorCode of(String value) {
        if (!Codes.isCode(Objects.requireNonNull(value, "value"), true)) {
            throw Checker.refusal(IndicatorCode.class, FORMAT, "", value);
        }
        return new IndicatorCode(value);
    }

    /**
     * Parses a code; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not of the form of a code
     */
    public static IndicatorCode parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Compares by text.
     *
     * @param other  the other code, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(IndicatorCode other) {
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
        return obj instanceof IndicatorCode && value.equals(((IndicatorCode) obj).value);
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
