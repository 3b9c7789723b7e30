package org.uhcmodel.json;

import java.io.IOException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes model values as JSON documents of the wire format. Output is deterministic: the same value always gives
 * the same bytes (properties in the order of the model's accessors, sets sorted by code, absent values and empty
 * collections left out). Output is UTF-8 with {@code \n} line ends when pretty. Obtain one from
 * {@link UhcJson#writer()}.
 * <p>
 * The writer writes only what {@link UhcJson#reader()} reads back. A value the model accepts but the wire format
 * cannot carry (text with an unpaired surrogate, a period with no ISO 8601 form in the wire format, a string,
 * language tag or nesting beyond the reader's limits) is refused with a {@link JsonWriteException} naming each such
 * value, before anything is written. Every decimal of the model is written: the model bounds it to 30 digits before
 * the decimal point and 18 after it, at most 50 characters in plain notation. The size of a whole document is
 * not checked: the reader's limit on it is the reader's own setting, see
 * {@link UhcJsonReader#withMaxDocumentLength(long)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UhcJsonWriter {

    private final boolean pretty;
    private final ObjectWriter writer;

    UhcJsonWriter(boolean pretty) {
        this.pretty = pretty;
        ObjectWriter w = UhcJson.writeMapper().writer();
        if (pretty) {
            w = w.with(prettyPrinter());
        }
        this.writer = w;
    }

    /** @return the pretty printer: two spaces, {@code \n} line ends, {@code ": "} between name and value */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    }

    /**
     * Returns a writer that indents its output by two spaces, one property or element per line.
     *
     * @return the pretty writer, not null
     */
    public UhcJsonWriter pretty() {
        return pretty ? this : new UhcJsonWriter(true);
    }

    /**
     * Returns a writer that writes everything on one line, with no space.
     *
     * @return the compact writer, not null
     */
    public UhcJsonWriter compact() {
        return pretty ? new UhcJsonWriter(false) : this;
    }

    /**
     * Checks if this writer indents its output.
     *
     * @return true if pretty
     */
    public boolean isPretty() {
        return pretty;
    }

    /**
     * Writes a value as a JSON document.
     *
     * @param value  a model value (an entity, a part of one, a value or a vocabulary constant), not null
     * @return the document, not null
     * @throws JsonWriteException if the value cannot be written so that it reads back
     * @throws IllegalArgumentException if the value's type has no wire form
     */
    public String write(Object value) {
        Codec<Object> codec = codecOf(value);
        SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
        try (JsonGenerator g = writer.createGenerator(out)) {
            encode(codec, value, g);
        }
        return out.getAndClear();
    }

    /**
     * Writes a value with one generator, checking as it goes only what can fail; if something did, names every
     * value that would not read back.
     *
     * @throws JsonWriteException if something written would not read back; the output is then to be thrown away
     */
    private static void encode(Codec<Object> codec, Object value, JsonGenerator g) {
        Encoder e = new Encoder(g, true);
        try {
            codec.write(e, value);
        } catch (StreamConstraintsException ex) {
            e.refused = true;
        }
        if (e.refused) {
            WriteCheck.check(codec, value, true);
            throw new IllegalStateException("The value was refused while written, but no check names why");
        }
    }

    /**
     * Writes a value as a JSON document to a character stream, which is flushed and not closed. The document is
     * written whole once it is known to read back: nothing of a value refused reaches the stream.
     *
     * @param value  a model value, not null
     * @param out  the stream, not null
     * @throws JsonWriteException if the value cannot be written so that it reads back; nothing is written then
     * @throws IllegalArgumentException if the value's type has no wire form
     * @throws tools.jackson.core.JacksonException if writing fails
     */
    public void write(Object value, Writer out) {
        Objects.requireNonNull(out, "out");
        String text = write(value);
        try {
            out.write(text);
            out.flush();
        } catch (IOException ex) {
            throw JacksonIOException.construct(ex);
        }
    }

    /**
     * Writes a value as a JSON document in UTF-8 to a byte stream, which is flushed and not closed. The document is
     * written whole once it is known to read back: nothing of a value refused reaches the stream.
     *
     * @param value  a model value, not null
     * @param out  the stream, not null
     * @throws JsonWriteException if the value cannot be written so that it reads back; nothing is written then
     * @throws IllegalArgumentException if the value's type has no wire form
     * @throws tools.jackson.core.JacksonException if writing fails
     */
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Codec<Object> codec = codecOf(value);
        Bytes buffer = new Bytes();
        try (JsonGenerator g = writer.createGenerator(buffer, JsonEncoding.UTF8)) {
            encode(codec, value, g);
        }
        try {
            buffer.writeTo(out);
            out.flush();
        } catch (IOException ex) {
            throw JacksonIOException.construct(ex);
        }
    }

    /**
     * Writes a value as one compact line ended by {@code \n}, and flushes the stream once the whole line is in it.
     *
     * @param value  a model value, not null
     * @param out  the stream, not null, not closed
     * @throws JsonWriteException if the value cannot be written so that it reads back; nothing is written then
     * @throws IOException if writing fails
     */
    void writeLine(Object value, Writer out) throws IOException {
        String line = write(value);
        out.write(line);
        out.write('\n');
        out.flush();
    }

    /**
     * Writes a value as one compact line of UTF-8 ended by {@code \n}, and flushes the stream once the whole line
     * is in it.
     *
     * @param value  a model value, not null
     * @param out  the stream, not null, not closed
     * @throws JsonWriteException if the value cannot be written so that it reads back; nothing is written then
     * @throws IOException if writing fails
     */
    void writeLine(Object value, OutputStream out) throws IOException {
        Codec<Object> codec = codecOf(value);
        Bytes buffer = new Bytes();
        try (JsonGenerator g = writer.createGenerator(buffer, JsonEncoding.UTF8)) {
            encode(codec, value, g);
        }
        buffer.write('\n');
        buffer.writeTo(out);
        out.flush();
    }

    /** A buffer of bytes in chunks that grow, which is never copied as it grows and hands its chunks over. */
    private static final class Bytes extends OutputStream {
        private final java.util.List<byte[]> full = new java.util.ArrayList<>();
        private byte[] chunk = new byte[4096];
        private int used;

        @Override
        public void write(int b) {
            if (used == chunk.length) {
                next();
            }
            chunk[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == chunk.length) {
                    next();
                }
                int n = Math.min(len, chunk.length - used);
                System.arraycopy(b, off, chunk, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void next() {
            full.add(chunk);
            chunk = new byte[Math.min(chunk.length * 2, 1 << 20)];
            used = 0;
        }

        void writeTo(OutputStream out) throws IOException {
            for (byte[] b : full) {
                out.write(b);
            }
            out.write(chunk, 0, used);
        }
    }

    /**
     * Finds the codec of a value's model type.
     *
     * @param value  the value, not null
     * @return the codec
     * @throws IllegalArgumentException if the value's type has no wire form
     */
    static Codec<Object> codecOf(Object value) {
        Objects.requireNonNull(value, "value");
        return Codecs.codecOf(value);
    }
}
