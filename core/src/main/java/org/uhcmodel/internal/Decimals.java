package org.uhcmodel.internal;

import java.math.BigDecimal;
import org.uhcmodel.validation.Rule;

/**
 * The one bound on every decimal of the model, and the plain notation decimals are read from.
 * <p>
 * A decimal has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and at most
 * {@value #MAX_FRACTION_DIGITS} after it, counted on the value as given: its scale is the number of digits after the
 * point, trailing zeros included, and {@code precision - scale} the number before it. The plain form of a decimal
 * within the bound is at most 50 characters long. Both counts are read without arithmetic on the value, so a
 * decimal such as {@code 1E+30000000} is refused at once.
 * <p>
 * Plain notation is what {@link BigDecimal#toPlainString()} writes: an optional minus sign, ASCII digits, and
 * optionally a point followed by ASCII digits ({@code -?[0-9]+(\.[0-9]+)?}); no exponent, no plus sign, no spaces,
 * no digits of other scripts.
 */
public final class Decimals {

    /** The most digits a decimal may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;
    /** The most digits a decimal may have after its decimal point. */
    public static final int MAX_FRACTION_DIGITS = 18;

    /** The most digits of an unscaled value read into a {@code long}. */
    private static final int LONG_DIGITS = 18;

    /** An unscaled value of more bits than this has more than 77 digits. */
    private static final int MAX_UNSCALED_BITS = 256;

    private Decimals() {
    }

    /**
     * Checks whether a decimal lies within the bound, without arithmetic on its digits.
     *
     * @param value  the decimal, not null
     * @return true if it has at most 30 digits before the point and 18 after it
     */
    public static boolean fits(BigDecimal value) {
        if (value.scale() > MAX_FRACTION_DIGITS) {
            return false;
        }
        if (value.signum() == 0) {
            return true;
        }
        // With a scale of at most 18, more than 77 digits leave more than 30 before the point. Checking the bit length
        // first keeps precision(), which compares with a power of ten, to small values.
        if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
            return false;
        }
        return (long) value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    }

    /**
     * Checks whether a text is a decimal in plain notation, {@code -?[0-9]+(\.[0-9]+)?} with ASCII digits.
     *
     * @param text  the text, not null
     * @return true if the text is in plain notation
     */
    public static boolean isPlain(CharSequence text) {
        int n = text.length();
        int i = text.length() > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = skipDigits(text, i);
        if (digits == i) {
            return false;
        }
        if (digits == n) {
            return true;
        }
        if (text.charAt(digits) != '.') {
            return false;
        }
        int end = skipDigits(text, digits + 1);
        return end > digits + 1 && end == n;
    }

    /**
     * Gives the rule a text that {@link #readPlain} refused breaks.
     *
     * @param text  the text refused, not null
     * @param format  the rule of format of the type the text was to be read as, not null
     * @return {@link Rule#DECIMAL_DIGITS} if the text is in plain notation, so beyond the bound; otherwise {@code format}
     */
    public static Rule refusal(CharSequence text, Rule format) {
        return isPlain(text) ? Rule.DECIMAL_DIGITS : format;
    }

    /**
     * Checks whether a text in plain notation is a decimal within the bound; leading zeros do not count.
     *
     * @param text  the text, in plain notation, not null
     * @return true if the decimal it writes has at most 30 digits before the point and 18 after it
     */
    public static boolean plainFits(CharSequence text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        int point = skipDigits(text, start);
        int significant = start;
        while (significant < point && text.charAt(significant) == '0') {
            significant++;
        }
        int fraction = point < text.length() ? text.length() - point - 1 : 0;
        return point - significant <= MAX_INTEGER_DIGITS && fraction <= MAX_FRACTION_DIGITS;
    }

    /**
     * Reads a decimal in plain notation within the bound, in one pass when it has at most 18 significant digits: what
     * {@link #isPlain}, {@link #plainFits} and {@link #parsePlain} do in turn.
     *
     * @param text  the text, not null
     * @return the decimal, with as many digits after the point as the text has; null if the text is not in plain
     *  notation or is beyond the bound
     */
    public static BigDecimal readPlain(CharSequence text) {
        // One kind of sequence in the loop below, the one nearly every caller gives.
        String chars = text.toString();
        int n = chars.length();
        boolean negative = n > 0 && chars.charAt(0) == '-';
        long unscaled = 0;
        int significant = 0;
        int integer = 0;
        int scale = -1;
        for (int i = negative ? 1 : 0; i < n; i++) {
            char c = chars.charAt(i);
            if (c >= '0' && c <= '9') {
                if (scale < 0) {
                    integer++;
                } else {
                    scale++;
                }
                if ((significant > 0 || c != '0') && ++significant > LONG_DIGITS) {
                    return isPlain(text) && plainFits(text) ? parsePlain(text) : null;
                }
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && scale < 0 && integer > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (integer == 0 || scale == 0 || scale > MAX_FRACTION_DIGITS) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /**
     * Reads a decimal in plain notation within the bound.
     *
     * @param text  the text, in plain notation and within the bound, not null
     * @return the decimal, with as many digits after the point as the text has, not null
     */
    public static BigDecimal parsePlain(CharSequence text) {
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int point = skipDigits(text, start);
        int significant = start;
        while (significant < point - 1 && text.charAt(significant) == '0') {
            significant++;
        }
        // Leading zeros are dropped first: their number is not bounded.
        String digits = text.subSequence(significant, text.length()).toString();
        return new BigDecimal(negative ? "-" + digits : digits);
    }

    private static int skipDigits(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
