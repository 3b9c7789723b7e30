package org.uhcmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes a byte stream as UTF-8, strictly: bytes that are not well-formed UTF-8 (an invalid or truncated sequence,
 * an overlong form, an encoded surrogate, a code point beyond U+10FFFF) are reported with a {@link Malformed}
 * exception saying where they lie, never replaced by U+FFFD. A UTF-8 byte-order mark at the very start is skipped;
 * a stream that starts like UTF-16 or UTF-32 is refused once, at its start.
 * <p>
 * The characters before malformed bytes are all delivered first: the exception comes with the read that would
 * deliver the first character after them, so that it stands where a parser is. Reading may go on after it, with
 * the characters that follow the malformed bytes. Positions are those of the delivered text: lines end at
 * {@code \n}, {@code \r\n} or {@code \r}, and columns count UTF-16 code units, both from 1, as Jackson counts them in
 * text.
 * <p>
 * Read-ahead is bounded: at most {@value #BUFFER} bytes and {@value #BUFFER} characters are held.
 */
final class Utf8Reader extends Reader {

    /** The size of the byte and character buffers. */
    static final int BUFFER = 8192;

    /** Thrown by a read that reaches bytes that are not UTF-8. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;
        private final String problem;

        Malformed(int line, int column, String problem) {
            super(problem + " (line " + line + ", column " + column + ")");
            this.line = line;
            this.column = column;
            this.problem = problem;
        }

        /** @return the line of the malformed bytes, from 1 */
        int line() {
            return line;
        }

        /** @return the column at which the malformed bytes stand, from 1 */
        int column() {
            return column;
        }

        /** @return what is wrong, for people, without the position */
        String problem() {
            return problem;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read and not yet decoded, in read mode. */
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** Characters decoded and not yet delivered, in read mode. */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean started;
    private boolean endOfBytes;
    private boolean flushed;
    /** A stream that is not UTF-8 at all ends after its one problem. */
    private boolean notUtf8;
    /** Malformed bytes found after characters still to deliver: reported once those are delivered. */
    private String pending;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    /**
     * Creates a reader.
     *
     * @param in  the bytes, which this reader never closes
     */
    Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read() throws IOException {
        if (!chars.hasRemaining() && fill() < 0) {
            return -1;
        }
        char c = chars.get();
        track(c);
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && fill() < 0) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        for (int i = off; i < off + n; i++) {
            track(cbuf[i]);
        }
        return n;
    }

    private void track(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            column = 1;
            afterCr = false;
        } else if (c == '\r') {
            line++;
            column = 1;
            afterCr = true;
        } else {
            column++;
            afterCr = false;
        }
    }

    /**
     * Decodes more characters, once every character decoded before has been delivered.
     *
     * @return the number of characters now available, or -1 at the end of the stream
     * @throws Malformed if the next bytes are not UTF-8
     */
    private int fill() throws IOException {
        if (pending != null) {
            String problem = pending;
            pending = null;
            throw new Malformed(line, column, problem);
        }
        if (notUtf8 || flushed) {
            return -1;
        }
        if (!started) {
            start();
        }
        chars.clear();
        try {
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    String problem = describe(result.length());
                    bytes.position(bytes.position() + result.length());
                    if (chars.position() == 0) {
                        throw new Malformed(line, column, problem);
                    }
                    pending = problem;
                    break;
                }
                if (result.isOverflow() || chars.position() > 0) {
                    // Deliver what there is before reading further: a stream is read no further than needed.
                    break;
                }
                if (endOfBytes) {
                    if (!flushed) {
                        flushed = true;
                        decoder.flush(chars);
                    }
                    break;
                }
                readBytes();
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining() ? chars.remaining() : -1;
    }

    /** Reads more bytes into the free space of the byte buffer. */
    private void readBytes() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    /** Skips a byte-order mark, and refuses a stream that starts like UTF-16 or UTF-32. */
    private void start() throws IOException {
        started = true;
        while (bytes.remaining() < 4 && !endOfBytes) {
            readBytes();
        }
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
        int b2 = n > 2 ? bytes.get(2) & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(3);
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 || b1 == 0) {
            notUtf8 = true;
            throw new Malformed(1, 1, "the bytes are not UTF-8: they start like UTF-16 or UTF-32 (a byte-order mark "
                + "or a zero byte), and JSON exchanged between systems is UTF-8");
        }
    }

    private String describe(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
                bytes.get(bytes.position() + i) & 0xFF));
        }
        return "the byte" + (length == 1 ? " " : "s ") + hex + (length == 1 ? " is" : " are")
            + " not well-formed UTF-8";
    }

    /** Leaves the caller's stream open. */
    @Override
    public void close() {
        // The caller's stream stays the caller's.
    }
}
