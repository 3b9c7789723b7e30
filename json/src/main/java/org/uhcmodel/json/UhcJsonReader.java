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
     * @param maxDocumentLength  the largest document in bytes or characters, positive
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
     * @return the length in bytes or characters
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
        return decode(() -> mapper.createParser(json), codec);
    }

    /**
     * Reads one document holding one value of a model type; the reader is not closed.
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
        return decode(() -> mapper.createParser(json), codec);
    }

    /**
     * Reads one document, encoded in UTF-8, UTF-16 or UTF-32, holding one value of a model type; the stream is not
     * closed.
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
        return decode(() -> mapper.createParser(json), codec);
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
