package org.uhcmodel.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
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
 * value, before anything is written. Every decimal of the model is written: the model bounds it to
 * {@value Scalars#MAX_INTEGER_DIGITS} digits before the decimal point and {@value Scalars#MAX_FRACTION_DIGITS} after
 * it, at most {@value Scalars#MAX_PLAIN_LENGTH} characters in plain notation. The size of a whole document is
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
        JsonMapper mapper = UhcJson.mapper(UhcJson.MAX_DOCUMENT_LENGTH);
        ObjectWriter w = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
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
        StringWriter out = new StringWriter();
        write(value, out);
        return out.toString();
    }

    /**
     * Writes a value as a JSON document to a character stream, which is flushed and not closed.
     *
     * @param value  a model value, not null
     * @param out  the stream, not null
     * @throws JsonWriteException if the value cannot be written so that it reads back; nothing is written then
     * @throws IllegalArgumentException if the value's type has no wire form
     * @throws tools.jackson.core.JacksonException if writing fails
     */
    public void write(Object value, Writer out) {
        Objects.requireNonNull(out, "out");
        Codec<Object> codec = codecOf(value);
        WriteCheck.check(codec, value, true);
        try (JsonGenerator g = writer.createGenerator(out)) {
            codec.write(g, value);
        }
    }

    /**
     * Writes a value as a JSON document in UTF-8 to a byte stream, which is flushed and not closed.
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
        WriteCheck.check(codec, value, true);
        try (JsonGenerator g = writer.createGenerator(out, JsonEncoding.UTF8)) {
            codec.write(g, value);
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
        Codec<Object> codec = codecOf(value);
        WriteCheck.check(codec, value, true);
        // The generator hands its buffer to the stream when closed; the stream is flushed once the line is whole.
        try (JsonGenerator g = writer.without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM).createGenerator(out)) {
            codec.write(g, value);
        } catch (tools.jackson.core.exc.JacksonIOException ex) {
            throw ex.getCause();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Finds the codec of a value's model type (the generated implementation classes are subclasses of it).
     */
    @SuppressWarnings("unchecked")
    static Codec<Object> codecOf(Object value) {
        Objects.requireNonNull(value, "value");
        Class<?> type = value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Codec<?> codec = Model.BY_TYPE.get(c);
            if (codec != null) {
                return (Codec<Object>) codec;
            }
        }
        return (Codec<Object>) Model.codec(type);
    }
}
