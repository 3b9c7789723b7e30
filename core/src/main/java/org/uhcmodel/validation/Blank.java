package org.uhcmodel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * What blank text is in the model: text made only of invisible characters, judged by one fixed table, the same on
 * every Java version.
 * <p>
 * A character is invisible if, in Unicode 16.0, it is whitespace as {@link Character#isWhitespace(int)} defines it
 * (tab, line feed, vertical tab, form feed, carriage return, U+001C to U+001F, and the separators below but the
 * no-break spaces), a separator of category Zs, Zl or Zp (the no-break spaces and U+3000 included), or a format
 * character of category Cf (the soft hyphen, the zero-width space and joiners, the byte order mark, bidirectional
 * marks, tags, among them U+0890, U+0891 and U+13439 to U+1343F, which Java 17's older tables do not know). Text that
 * holds anything else, such as Arabic words joined by a zero-width non-joiner, is not blank.
 * <p>
 * Jakarta's {@link NotBlank}, rule {@code not-blank}, means this throughout the model; {@link NotBlankText} lets
 * a Jakarta validator judge it the same way.
 */
public final class Blank {

    /** The invisible characters of Unicode 16.0: pairs of first and last code point of each range, in order. */
    private static final int[] RANGES = {
        0x0009, 0x000D,
        0x001C, 0x0020,
        0x00A0, 0x00A0,
        0x00AD, 0x00AD,
        0x0600, 0x0605,
        0x061C, 0x061C,
        0x06DD, 0x06DD,
        0x070F, 0x070F,
        0x0890, 0x0891,
        0x08E2, 0x08E2,
        0x1680, 0x1680,
        0x180E, 0x180E,
        0x2000, 0x200F,
        0x2028, 0x202F,
        0x205F, 0x2064,
        0x2066, 0x206F,
        0x3000, 0x3000,
        0xFEFF, 0xFEFF,
        0xFFF9, 0xFFFB,
        0x110BD, 0x110BD,
        0x110CD, 0x110CD,
        0x13430, 0x1343F,
        0x1BCA0, 0x1BCA3,
        0x1D173, 0x1D17A,
        0xE0001, 0xE0001,
        0xE0020, 0xE007F,
    };

    /** The Unicode version of the table. */
    public static final String UNICODE_VERSION = "16.0";

    private Blank() {
    }

    /**
     * Checks whether a character is invisible.
     *
     * @param codePoint  the character
     * @return true for whitespace, separators and format characters of Unicode 16.0
     */
    public static boolean isBlankChar(int codePoint) {
        if (codePoint > 0x20 && codePoint < 0xA0) {
            return false;
        }
        for (int i = 0; i < RANGES.length; i += 2) {
            if (codePoint < RANGES[i]) {
                return false;
            }
            if (codePoint <= RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks whether text is made only of invisible characters; the empty text is blank.
     *
     * @param text  the text, not null
     * @return true if blank
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0xA0) {
                return false;
            }
            int cp = Character.codePointAt(text, i);
            if (!isBlankChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Checks whether text neither starts nor ends with an invisible character, nor is empty.
     *
     * @param text  the text, not null
     * @return true if the first and last characters are visible
     */
    public static boolean hasVisibleEnds(CharSequence text) {
        int n = text.length();
        return n > 0 && !isBlankChar(Character.codePointAt(text, 0)) && !isBlankChar(Character.codePointBefore(text, n));
    }

    /**
     * Judges Jakarta's {@link NotBlank} as the model does; register it with a Jakarta validator (for Hibernate
     * Validator, as the validator of {@code NotBlank} in a constraint mapping) to have it agree with the model.
     * Null is refused, as {@code NotBlank} requires.
     */
    public static final class NotBlankText implements ConstraintValidator<NotBlank, CharSequence> {

        /** Creates the validator. */
        public NotBlankText() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !isBlank(value);
        }
    }
}
