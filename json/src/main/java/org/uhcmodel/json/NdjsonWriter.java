package org.uhcmodel.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a stream of model values as NDJSON: one compact JSON document per line, each line ended by {@code \n}, in
 * constant memory. Each line is exactly what {@link UhcJson#writer()} writes for the value, and reaches the stream
 * whole, flushed, when {@link #write} returns; a value that cannot be written is refused before any of its line is
 * written, and the stream stays a valid NDJSON stream.
 * <pre>
 * try (NdjsonWriter&lt;IndicatorObservation&gt; out = NdjsonWriter.of(IndicatorObservation.class, stream)) {
 *     observations.forEach(out::write);
 * }
 * </pre>
 * <p>
 * This class is not thread-safe.
 *
 * @param <T>  the model type of every line
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {

    private final Class<T> type;
    private final Writer out;
    private final OutputStream bytes;
    private long lines;

    private NdjsonWriter(Class<T> type, Writer out, OutputStream bytes) {
        this.type = type;
        this.out = out;
        this.bytes = bytes;
    }

    /**
     * Creates a writer to a character stream; closing this writer closes the stream.
     *
     * @param type  the model type of every line, not null
     * @param out  the stream, not null
     * @param <T>  the model type
     * @return the writer, not null
     * @throws IllegalArgumentException if the type has no wire form
     */
    public static <T> NdjsonWriter<T> of(Class<T> type, Writer out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(out, "out");
        Codecs.codec(type);
        return new NdjsonWriter<>(type, out, null);
    }

    /**
     * Creates a writer to a byte stream, in UTF-8; closing this writer closes the stream.
     *
     * @param type  the model type of every line, not null
     * @param out  the stream, not null
     * @param <T>  the model type
     * @return the writer, not null
     * @throws IllegalArgumentException if the type has no wire form
     */
    public static <T> NdjsonWriter<T> of(Class<T> type, OutputStream out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(out, "out");
        Codecs.codec(type);
        return new NdjsonWriter<>(type, null, out);
    }

    /**
     * Writes one value as one line, and flushes the stream.
     *
     * @param value  the value, not null
     * @throws JsonWriteException if the value cannot be written so that it reads back; nothing is written then
     * @throws UncheckedIOException if writing fails
     */
    public void write(T value) {
        Objects.requireNonNull(value, "value");
        try {
            if (bytes != null) {
                UhcJson.writer().writeLine(type.cast(value), bytes);
            } else {
                UhcJson.writer().writeLine(type.cast(value), out);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        lines++;
    }

    /**
     * Gets the number of lines written so far.
     *
     * @return the number of lines
     */
    public long lines() {
        return lines;
    }

    /**
     * Flushes the underlying stream.
     *
     * @throws UncheckedIOException if flushing fails
     */
    @Override
    public void flush() {
        try {
            if (bytes != null) {
                bytes.flush();
            } else {
                out.flush();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Flushes and closes the underlying stream.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        try {
            if (bytes != null) {
                bytes.close();
            } else {
                out.close();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
