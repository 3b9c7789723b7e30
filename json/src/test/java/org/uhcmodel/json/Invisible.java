package org.uhcmodel.json;

/**
 * The characters the model counts as invisible, as core documents blank text ({@code Blank}, one table on every
 * Java), which the schema states too.
 */
final class Invisible {

    private Invisible() {
    }

    /**
     * Checks whether the model counts a character as invisible.
     *
     * @param codePoint  the character
     * @return true for white space, separators and format characters
     */
    static boolean toTheModel(int codePoint) {
        return org.uhcmodel.validation.Blank.isBlankChar(codePoint);
    }

    /**
     * Checks whether text holds a character that the model counts as invisible and the schema does not: none, as
     * both read the same table.
     *
     * @param text  the text
     * @return false
     */
    static boolean beyondTheSchema(String text) {
        return text.codePoints().anyMatch(c -> toTheModel(c) && !Scalars.NOT_BLANK_PATTERN.isEmpty()
            && Character.toString(c).matches(Scalars.NOT_BLANK_PATTERN));
    }

    /**
     * Checks whether text holds a character that the model counts as visible.
     *
     * @param text  the text
     * @return true if the model does not find the text blank
     */
    static boolean notBlank(String text) {
        return text.codePoints().anyMatch(c -> !toTheModel(c));
    }
}
