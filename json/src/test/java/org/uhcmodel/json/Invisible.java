package org.uhcmodel.json;

/**
 * The characters the model counts as invisible on the running Java, as core documents blank text: white space,
 * space separators and format characters; and how the schema's own table of them ({@link Scalars#isInvisible(int)},
 * Unicode 13.0 as Java 17 has it) differs on a later Java.
 */
final class Invisible {

    private Invisible() {
    }

    /**
     * Checks whether the model, on the running Java, counts a character as invisible.
     *
     * @param codePoint  the character
     * @return true for white space, space separators and format characters
     */
    static boolean toTheModel(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
            || Character.getType(codePoint) == Character.FORMAT;
    }

    /**
     * Checks whether a character is one of those that Unicode made format characters after version 13.0, and that
     * {@code docs/wire-format.md} names as beyond the schema: U+0890, U+0891 (Unicode 14.0) and U+13439 to U+1343F
     * (Unicode 15.0), format characters in Java 25.
     *
     * @param codePoint  the character
     * @return true for those characters
     */
    static boolean sinceUnicode14(int codePoint) {
        return codePoint == 0x0890 || codePoint == 0x0891 || codePoint >= 0x13439 && codePoint <= 0x1343F;
    }

    /**
     * Checks whether text holds a character that the model, on the running Java, counts as invisible and the
     * schema does not.
     *
     * @param text  the text
     * @return true if the schema and the model may judge the text differently
     */
    static boolean beyondTheSchema(String text) {
        return text.codePoints().anyMatch(c -> toTheModel(c) && !Scalars.isInvisible(c));
    }

    /**
     * Checks whether text holds a character that the model, on the running Java, counts as visible.
     *
     * @param text  the text
     * @return true if the model does not find the text blank
     */
    static boolean notBlank(String text) {
        return text.codePoints().anyMatch(c -> !toTheModel(c));
    }
}
