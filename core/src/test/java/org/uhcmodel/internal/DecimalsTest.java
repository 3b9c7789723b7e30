package org.uhcmodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.Rule;

class DecimalsTest {

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** What the three steps read: the decimal if the text is plain and within the bound, null otherwise. */
    private static BigDecimal expected(String text) {
        if (!PLAIN.matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return Decimals.fits(value) ? value : null;
    }

    private static void check(String text) {
        BigDecimal expected = expected(text);
        BigDecimal read = Decimals.readPlain(text);
        // equals, not compareTo: the scale must be the text's.
        assertEquals(expected, read, text);
        if (expected != null) {
            assertEquals(expected, Decimals.parsePlain(text), text);
            assertEquals(expected.scale(), read.scale(), text);
        }
    }

    @Test
    void readsWhatTheRegularExpressionAndBigDecimalRead() {
        for (String text : List.of("0", "-0", "0.00", "-0.00", "00012.50", "1250000.00", "-7", "1.", ".5", "-", "",
            "1.2.3", "+1", "1e5", "1E5", " 1", "1 ", "٣", "999999999999999999", "9999999999999999999",
            "-999999999999999999.5", "0.000000000000000001", "0.0000000000000000001",
            "123456789012345678901234567890", "1234567890123456789012345678901", "000000000000000000000000000000001",
            "1.123456789012345678", "1.1234567890123456789", "92233720368547758.07", "-9223372036854775808")) {
            check(text);
        }
    }

    @Test
    void readsRandomTextOfDigitsSignsAndPoints() {
        Random random = new Random(38);
        char[] alphabet = {'0', '0', '1', '5', '9', '.', '-', 'x'};
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(random.nextInt(10) < 8 ? 5 : alphabet.length)]);
            }
            if (random.nextBoolean() && text.length() > 3) {
                text.setCharAt(random.nextInt(text.length() - 1) + 1, '.');
            }
            check(text.toString());
        }
    }

    @Test
    void refusesTheFormsOfAnotherNotation() {
        for (String text : List.of("1e5", "+1", "1.", ".1", "--1", "1-", "0x10", "1,5", "NaN", "Infinity")) {
            assertNull(Decimals.readPlain(text), text);
            assertSame(Rule.NOT_BLANK, Decimals.refusal(text, Rule.NOT_BLANK), text);
        }
    }

    @Test
    void aTextInPlainNotationBeyondTheBoundBreaksTheRuleOfDigits() {
        for (String text : List.of("1" + "0".repeat(30), "-0." + "1".repeat(19))) {
            assertNull(Decimals.readPlain(text), text);
            assertSame(Rule.DECIMAL_DIGITS, Decimals.refusal(text, Rule.NOT_BLANK), text);
        }
    }
}
