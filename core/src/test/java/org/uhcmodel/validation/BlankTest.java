package org.uhcmodel.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blank text has the same verdict on every Java version: the characters whose Unicode category changed between the
 * tables of Java 17 and those of Java 25 are judged by the model's own table, not by {@link Character}.
 */
class BlankTest {

    /** Format characters (Cf) that Java 17's tables do not know: U+0890, U+0891 and U+13439 to U+1343F. */
    private static final int[] NEWER_FORMAT_CHARACTERS = {
        0x0890, 0x0891, 0x13439, 0x1343A, 0x1343B, 0x1343C, 0x1343D, 0x1343E, 0x1343F,
    };

    private static String text(int... codePoints) {
        StringBuilder buf = new StringBuilder();
        for (int codePoint : codePoints) {
            buf.appendCodePoint(codePoint);
        }
        return buf.toString();
    }

    @Test
    void theFormatCharactersOfNewerUnicodeVersionsAreBlankOnEveryJavaVersion() {
        for (int codePoint : NEWER_FORMAT_CHARACTERS) {
            String hex = Integer.toHexString(codePoint);
            assertTrue(Blank.isBlankChar(codePoint), hex);
            assertTrue(Blank.isBlank(text(codePoint)), hex);
            assertTrue(Blank.isBlank(text(' ', codePoint, 0x00A0)), hex);
            assertFalse(Blank.hasVisibleEnds(text(codePoint, 'a')), hex);
            assertFalse(Blank.hasVisibleEnds(text('a', codePoint)), hex);
        }
        assertTrue(Blank.isBlank(text(NEWER_FORMAT_CHARACTERS)));
    }

    @Test
    void textHoldingOneOfThemBesideAVisibleCharacterIsNotBlank() {
        for (int codePoint : NEWER_FORMAT_CHARACTERS) {
            assertFalse(Blank.isBlank(text(codePoint, 0x0627)), Integer.toHexString(codePoint));
            assertFalse(Blank.isBlank(text(0x13000, codePoint)), Integer.toHexString(codePoint));
            assertTrue(Blank.hasVisibleEnds(text(0x0627, codePoint, 0x0628)), Integer.toHexString(codePoint));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {'a', 'Z', '0', '-', '~', 0x00E9, 0x00A1, 0x0627, 0x0635, 0x08A0, 0x0416, 0x044F, 0x4E2D,
        0x3042, 0x13000, 0x1F600, 0x20BB7, 0x05D0, 0x0E01})
    void aVisibleCharacterIsNotBlank(int codePoint) {
        assertFalse(Blank.isBlankChar(codePoint), Integer.toHexString(codePoint));
        assertFalse(Blank.isBlank(text(codePoint)), Integer.toHexString(codePoint));
        assertFalse(Blank.isBlank(text(' ', codePoint, 0x200B)), Integer.toHexString(codePoint));
        assertTrue(Blank.hasVisibleEnds(text(codePoint)), Integer.toHexString(codePoint));
    }

    @ParameterizedTest
    @ValueSource(ints = {' ', '\t', '\n', 0x000B, '\f', '\r', 0x001C, 0x00A0, 0x00AD, 0x2007, 0x200B, 0x200C, 0x200D,
        0x2028, 0x202F, 0x2060, 0x3000, 0xFEFF, 0xE0001, 0xE007F})
    void anInvisibleCharacterIsBlank(int codePoint) {
        assertTrue(Blank.isBlankChar(codePoint), Integer.toHexString(codePoint));
        assertTrue(Blank.isBlank(text(codePoint, codePoint)), Integer.toHexString(codePoint));
    }

    @Test
    void emptyTextIsBlankAndHasNoVisibleEnds() {
        assertTrue(Blank.isBlank(""));
        assertFalse(Blank.hasVisibleEnds(""));
    }
}
