package org.uhcmodel.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Strict UTF-8, as RFC 8259 requires of JSON exchanged between systems: the well-formed byte sequences of Unicode's
 * table 3-7, and nothing else (no overlong form, no encoded surrogate, nothing beyond U+10FFFF).
 */
final class Utf8 {

    /** Reads eight bytes at once, to pass over ASCII quickly. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Finds the first byte that starts no well-formed character.
     *
     * @param b  the bytes
     * @param from  the first byte to check
     * @param to  the end of the bytes to check, exclusive
     * @return the offset of the first byte of the first ill-formed sequence, or -1 if all are well-formed
     */
    static int firstMalformed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /**
     * Finds the first line feed.
     *
     * @param b  the bytes
     * @param from  the first byte to look at
     * @param to  the end, exclusive
     * @return the offset of the first {@code \n}, or -1
     */
    static int indexOfLineFeed(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long found = (x - 0x0101010101010101L) & ~x & HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks one multi-byte sequence.
     *
     * @return its length, or 0 if it is ill-formed
     */
    private static int sequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
            return i + 1 < to && isTrail(b[i + 1]) ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= to) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            boolean second = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F
                : c1 >= 0x80 && c1 <= 0xBF;
            return second && isTrail(b[i + 2]) ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= to) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            boolean second = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F
                : c1 >= 0x80 && c1 <= 0xBF;
            return second && isTrail(b[i + 2]) && isTrail(b[i + 3]) ? 4 : 0;
        }
        return 0;
    }

    private static boolean isTrail(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * Checks whether bytes start like UTF-16 or UTF-32 rather than UTF-8: a byte-order mark of theirs, or a zero
     * byte among the first four.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  the end, exclusive
     * @return true if they do
     */
    static boolean startsLikeUtf16Or32(byte[] b, int from, int to) {
        if (to - from >= 2 && (b[from] == (byte) 0xFE && b[from + 1] == (byte) 0xFF
            || b[from] == (byte) 0xFF && b[from + 1] == (byte) 0xFE)) {
            return true;
        }
        for (int i = from; i < Math.min(to, from + 4); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The message for a stream that starts like UTF-16 or UTF-32. */
    static final String NOT_UTF8_AT_ALL = "the bytes are not UTF-8: they start like UTF-16 or UTF-32 (a byte-order "
        + "mark or a zero byte), and JSON exchanged between systems is UTF-8";

    /**
     * Checks whether bytes start with the UTF-8 byte-order mark.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  the end, exclusive
     * @return true if {@code EF BB BF} starts them
     */
    static boolean startsWithByteOrderMark(byte[] b, int from, int to) {
        return to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF;
    }

    /**
     * Describes the ill-formed sequence at an offset: the bytes that start it, up to the one that breaks it.
     *
     * @param b  the bytes
     * @param at  the offset of the ill-formed sequence
     * @param to  the end of the bytes, exclusive
     * @return the message
     */
    static String describe(byte[] b, int at, int to) {
        int c = b[at] & 0xFF;
        int expected = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 1;
        int length = 1;
        while (length < expected && at + length < to && isTrail(b[at + length])) {
            length++;
        }
        if (length < expected && at + length < to) {
            length++;
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b[at + i] & 0xFF));
        }
        return "the byte" + (length == 1 ? " " : "s ") + hex + (length == 1 ? " is" : " are")
            + " not well-formed UTF-8";
    }

    /**
     * Counts the UTF-16 code units of well-formed UTF-8 bytes.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  the end, exclusive
     * @return the number of code units
     */
    static int utf16Length(byte[] b, int from, int to) {
        int units = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                units += c >= 0xF0 ? 2 : 1;
            }
        }
        return units;
    }
}
