package org.uhcmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * What blank text is in the model: text made only of invisible characters.
 * <p>
 * A character is invisible if it is whitespace ({@link Character#isWhitespace(int)}), a space separator of any width,
 * the no-break spaces and U+3000 included ({@link Character#isSpaceChar(int)}), or a format character
 * ({@link Character#FORMAT}: zero-width space, joiners, the byte order mark). Text that holds anything else,
 * such as Arabic words joined by a zero-width non-joiner, is not blank.
 * <p>
 * Jakarta's {@code @NotBlank}, rule {@code not-blank}, is enforced with this definition throughout the model.
 */
public final class Blank {

    private Blank() {
    }

    /**
     * Checks whether a character is invisible.
     *
     * @param codePoint  the character
     * @return true for whitespace, space separators and format characters
     */
    public static boolean isBlankChar(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
            || Character.getType(codePoint) == Character.FORMAT;
    }

    /**
     * Checks whether text is made only of invisible characters; the empty text is blank.
     *
     * @param text  the text, not null
     * @return true if blank
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (!isBlankChar(c)) {
                return false;
            }
            i += Character.charCount(c);
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
        if (text.length() == 0) {
            return false;
        }
        String s = text.toString();
        return !isBlankChar(s.codePointAt(0)) && !isBlankChar(s.codePointBefore(s.length()));
    }

    /** Validates Jakarta's {@link NotBlank} with the model's definition of blank; null is refused too. */
    public static final class NotBlankCheck implements ConstraintValidator<NotBlank, CharSequence> {

        /** Creates the check. */
        public NotBlankCheck() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !isBlank(value);
        }
    }
}
