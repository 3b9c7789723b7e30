package org.uhcmodel.json;

import java.util.Locale;

/** Checks of text that the wire format makes beyond the model: Unicode text, and the forms of decimals and periods. */
final class Text {

    /** The longest decimal string read, in characters. */
    static final int MAX_DECIMAL_LENGTH = 64;

    private Text() {
    }

    /**
     * Finds the first unpaired surrogate of a text, which a JSON escape can write but no UTF-8 can carry.
     *
     * @param text  the text
     * @return its index, or -1 if the text is Unicode text
     */
    static int unpairedSurrogate(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Describes the first unpaired surrogate of a text.
     *
     * @param text  the text
     * @param what  what the text is, such as {@code string} or {@code property name}
     * @return the description, or null if the text is Unicode text
     */
    static String surrogateProblem(CharSequence text, String what) {
        int i = unpairedSurrogate(text);
        if (i < 0) {
            return null;
        }
        return "the " + what + " holds an unpaired surrogate (U+"
            + Integer.toHexString(text.charAt(i)).toUpperCase(Locale.ROOT) + ") at index " + i
            + ": it is not Unicode text, and no UTF-8 can carry it";
    }

    /**
     * Checks whether a text is a decimal in the one plain notation the writer writes: an optional minus sign, a zero
     * or digits not starting with zero, and optionally a point followed by digits; no exponent, no plus sign, no
     * leading zero, and no minus sign before a zero (a negative zero has no value of its own).
     *
     * @param text  the text
     * @return true if so
     */
    static boolean isCanonicalDecimal(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits || text.charAt(digits) == '0' && i - digits > 1) {
            return false;
        }
        boolean nonZero = text.charAt(digits) != '0';
        if (i < n) {
            if (text.charAt(i) != '.' || i + 1 == n) {
                return false;
            }
            for (int j = i + 1; j < n; j++) {
                char c = text.charAt(j);
                if (!isDigit(c)) {
                    return false;
                }
                nonZero |= c != '0';
            }
        }
        return digits == 0 || nonZero;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Checks whether a text is a period in the one form the writer writes, {@link java.time.Period#toString()} of a
     * period of no negative part: {@code P}, then years ({@code Y}), months ({@code M}) and days ({@code D}) in that
     * order, each a number of 1 to 9 digits not starting with zero, at least one of them; or {@code P0D}.
     *
     * @param text  the text
     * @return true if so
     */
    static boolean isCanonicalPeriod(String text) {
        if ("P0D".equals(text)) {
            return true;
        }
        int n = text.length();
        if (n < 3 || text.charAt(0) != 'P') {
            return false;
        }
        int i = 1;
        int unit = 0;
        String units = "YMD";
        while (i < n) {
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9 || text.charAt(start) == '0' || i == n) {
                return false;
            }
            int found = units.indexOf(text.charAt(i), unit);
            if (found < 0) {
                return false;
            }
            unit = found + 1;
            i++;
        }
        return true;
    }
}
