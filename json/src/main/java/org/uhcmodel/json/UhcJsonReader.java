package org.uhcmodel.json;

import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON documents of the wire format into model values, strictly, reporting every problem of a document at
 * once. Obtain one from {@link UhcJson#reader()}.
 * <p>
 * Bytes are read as UTF-8, strictly: bytes that are not well-formed UTF-8 are refused with {@code json.encoding} at
 * their line and column, never replaced. Text is read as Unicode: a string holding an unpaired surrogate (which a
 * JSON escape such as <code>"&#92;ud800"</code> can write, but no UTF-8 can carry) is refused with
 * {@code json.encoding} too; either problem ends the reading. A byte-order mark at the very start of the input, as bytes or as the
 * character U+FEFF, is skipped; anywhere else it is a syntax error. Lines and columns count from 1 and are the same
 * whether the document is given as bytes or as text: a column counts UTF-16 code units from the start of its line,
 * so that a character outside the Basic Multilingual Plane, such as an emoji, counts two.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UhcJsonReader {

    private final long maxDocumentLength;
    private final JsonMapper mapper;

    UhcJsonReader(long maxDocumentLength) {
        this.maxDocumentLength = maxDocumentLength;
        this.mapper = UhcJson.mapper(maxDocumentLength);
    }

    /**
     * Returns a reader that accepts documents up to another length.
     *
     * @param maxDocumentLength  the largest document in characters (bytes are counted once decoded), positive
     * @return the reader, not null
     * @throws IllegalArgumentException if the length is not positive
     */
    public UhcJsonReader withMaxDocumentLength(long maxDocumentLength) {
        if (maxDocumentLength <= 0) {
            throw new IllegalArgumentException("maxDocumentLength must be positive: " + maxDocumentLength);
        }
        return new UhcJsonReader(maxDocumentLength);
    }

    /**
     * Gets the largest document this reader accepts.
     *
     * @return the length in characters
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Reads one document holding one value of a model type.
     *
     * @param json  the document, not null
     * @param type  the model type, such as {@code Organization.class}, not null
     * @param <T>  the model type
     * @return the value, not null
     * @throws JsonReadException listing every problem of the document
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Model.codec(type);
        return read(json.startsWith("\uFEFF") ? json.substring(1) : json, codec);
    }

    /**
     * Reads one document given whole, such as a line of NDJSON, as it is (a byte-order mark included).
     *
     * @param json  the document
     * @param codec  the wire form of the model type
     * @return the value
     * @throws JsonReadException listing every problem of the document
     */
    <T> T read(String json, Codec<T> codec) {
        return decode(() -> mapper.createParser(json), codec);
    }

    /**
     * Reads one document holding one value of a model type; the reader is not closed.
     * <p>
     * The characters are decoded by the caller's reader: an {@code InputStreamReader} replaces bytes that are not
     * UTF-8 with U+FFFD, so give bytes to {@link #read(InputStream, Class)} to have them checked.
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value, not null
     * @throws JsonReadException listing every problem of the document
     * @throws JacksonException if reading the underlying reader fails
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> T read(Reader json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Model.codec(type);
        return decode(() -> mapper.createParser(new BomSkippingReader(json)), codec);
    }

    /**
     * Reads one document, encoded in UTF-8, holding one value of a model type; the stream is not closed.
     * <p>
     * Bytes that are not well-formed UTF-8 are a problem ({@code json.encoding}); so is a document that starts like
     * UTF-16 or UTF-32, which JSON exchanged between systems is not (RFC 8259): decode it and read the text instead.
     * The limit on the document's length counts the characters decoded.
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value, not null
     * @throws JsonReadException listing every problem of the document
     * @throws JacksonException if reading the underlying stream fails
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Model.codec(type);
        return decode(() -> mapper.createParser(new Utf8Reader(json)), codec);
    }

    private static <T> T decode(java.util.function.Supplier<JsonParser> open, Codec<T> codec) {
        JsonParser opened;
        try {
            opened = open.get();
        } catch (tools.jackson.core.exc.StreamConstraintsException ex) {
            // A document given whole is measured before parsing starts.
            throw new JsonReadException(List.of(JsonProblem.of("", 1, 1, "json.limit", ex.getOriginalMessage())));
        }
        try (JsonParser parser = opened) {
            return Documents.decode(parser, codec, true);
        }
    }

    /** @return the mapper with this reader's limits */
    JsonMapper mapper() {
        return mapper;
    }
}
