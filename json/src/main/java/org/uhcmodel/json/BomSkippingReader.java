package org.uhcmodel.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through, but for a byte-order mark (U+FEFF) as the very first character, which it skips, as
 * {@link Utf8Reader} skips one in bytes. The first character is read only when the first read asks for it.
 */
final class BomSkippingReader extends FilterReader {

    private boolean started;

    /**
     * Creates a reader.
     *
     * @param in  the characters
     */
    BomSkippingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!started) {
            started = true;
            int first = in.read();
            if (first < 0) {
                return -1;
            }
            if (first != '\uFEFF') {
                cbuf[off] = (char) first;
                return 1;
            }
        }
        return in.read(cbuf, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The caller's reader stays open.
    }
}
