package org.uhcmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.Violation;

/**
 * Reads JSON documents of the wire format into model values, strictly, reporting every problem of a document at
 * once. Obtain one from {@link UhcJson#reader()}.
 * <p>
 * A document is decoded from its tokens straight into the model's builders, without building a tree of it: a value
 * that cannot be read is passed over without being held, and the reading costs time and memory in proportion to the
 * document's size, whatever its shape. A document given as a stream is first read whole into memory (up to the
 * reader's limit on its length), so that its problems can be placed exactly.
 * <p>
 * Bytes are read as UTF-8, strictly: bytes that are not well-formed UTF-8 are refused with {@code json.encoding} at
 * their line and column, never replaced, and reading stops there. Text is read as Unicode: a string holding an
 * unpaired surrogate (which a JSON escape such as <code>"&#92;ud800"</code> can write, but no UTF-8 can carry) is
 * refused with {@code json.encoding} too. A byte-order mark at the very start of the input, as bytes or as the
 * character U+FEFF, is skipped; anywhere else it is a syntax error. Lines and columns count from 1 and are the same
 * whether the document is given as bytes or as text: a column counts UTF-16 code units from the start of its line,
 * so that a character outside the Basic Multilingual Plane, such as an emoji, counts two.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UhcJsonReader {

    private final long maxDocumentLength;

    UhcJsonReader(long maxDocumentLength) {
        this.maxDocumentLength = maxDocumentLength;
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
        return readWithWarnings(json, type, false).value();
    }

    /**
     * Reads one document, encoded in UTF-8, holding one value of a model type.
     * <p>
     * Bytes that are not well-formed UTF-8 are a problem ({@code json.encoding}); so is a document that starts like
     * UTF-16 or UTF-32, which JSON exchanged between systems is not (RFC 8259): decode it and read the text instead.
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value, not null
     * @throws JsonReadException listing every problem of the document
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> T read(byte[] json, Class<T> type) {
        return readWithWarnings(json, type, false).value();
    }

    /**
     * Reads one document holding one value of a model type; the reader is read to its end and not closed.
     * <p>
     * The characters are decoded by the caller's reader: an {@code InputStreamReader} replaces bytes that are not
     * UTF-8 with U+FFFD, so give bytes to {@link #read(InputStream, Class)} to have them checked.
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value, not null
     * @throws JsonReadException listing every problem of the document
     * @throws UncheckedIOException if reading the underlying reader fails
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> T read(Reader json, Class<T> type) {
        return readWithWarnings(json, type, false).value();
    }

    /**
     * Reads one document, encoded in UTF-8, holding one value of a model type; the stream is read to its end and
     * not closed.
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
     * @throws UncheckedIOException if reading the underlying stream fails
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> T read(InputStream json, Class<T> type) {
        return readWithWarnings(json, type, false).value();
    }

    /**
     * Reads one document holding one value of a model type, with the warnings of that value: the rules of the
     * model of severity warning that it breaks, each a {@link JsonProblem} of severity warning with its pointer,
     * line and column. Warnings do not refuse the document; errors do, as with {@link #read(String, Class)}.
     *
     * @param json  the document, not null
     * @param type  the model type, such as {@code Dataset.class}, not null
     * @param <T>  the model type
     * @return the value and its warnings, not null
     * @throws JsonReadException listing every error of the document
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> JsonRead<T> readWithWarnings(String json, Class<T> type) {
        return readWithWarnings(json, type, true);
    }

    /**
     * Reads one document, encoded in UTF-8, with the warnings of its value (see
     * {@link #readWithWarnings(String, Class)}).
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value and its warnings, not null
     * @throws JsonReadException listing every error of the document
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> JsonRead<T> readWithWarnings(byte[] json, Class<T> type) {
        return readWithWarnings(json, type, true);
    }

    /**
     * Reads one document from a character stream, read to its end and not closed, with the warnings of its value
     * (see {@link #readWithWarnings(String, Class)}).
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value and its warnings, not null
     * @throws JsonReadException listing every error of the document
     * @throws UncheckedIOException if reading the underlying reader fails
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> JsonRead<T> readWithWarnings(Reader json, Class<T> type) {
        return readWithWarnings(json, type, true);
    }

    /**
     * Reads one document, encoded in UTF-8, from a byte stream, read to its end and not closed, with the warnings of
     * its value (see {@link #readWithWarnings(String, Class)}).
     *
     * @param json  the document, not null
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the value and its warnings, not null
     * @throws JsonReadException listing every error of the document
     * @throws UncheckedIOException if reading the underlying stream fails
     * @throws IllegalArgumentException if the type has no wire form
     */
    public <T> JsonRead<T> readWithWarnings(InputStream json, Class<T> type) {
        return readWithWarnings(json, type, true);
    }

    private <T> JsonRead<T> readWithWarnings(String json, Class<T> type, boolean warnings) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Codecs.codec(type);
        Source source = Source.ofString(json);
        if (source.length() > maxDocumentLength) {
            throw tooLong();
        }
        return read(source, codec, type, warnings);
    }

    private <T> JsonRead<T> readWithWarnings(byte[] json, Class<T> type, boolean warnings) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Codecs.codec(type);
        Source source = Source.ofBytes(json, 0, json.length, 0, true);
        if (source.length() > maxDocumentLength && Utf8.utf16Length(json, json.length - source.length(),
            json.length) > maxDocumentLength) {
            throw tooLong();
        }
        return read(source, codec, type, warnings);
    }

    private <T> JsonRead<T> readWithWarnings(Reader json, Class<T> type, boolean warnings) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Codecs.codec(type);
        char[] buf = new char[8192];
        int n = 0;
        try {
            while (true) {
                if (n == buf.length) {
                    if (n > maxDocumentLength + 1) {
                        throw tooLong();
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buf.length * 2L, 8192)));
                }
                int r = json.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Source source = Source.ofChars(buf, 0, n, 0, true);
        if (source.length() > maxDocumentLength) {
            throw tooLong();
        }
        return read(source, codec, type, warnings);
    }

    private <T> JsonRead<T> readWithWarnings(InputStream json, Class<T> type, boolean warnings) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = Codecs.codec(type);
        int n = 0;
        long characters = -1;
        byte[] buf;
        try {
            // The stream's estimate of its length sizes the buffer (one byte more, to meet its end without growing),
            // within what a document of the longest length can take: at most 3 bytes a character, and a BOM.
            long most = Math.min(Integer.MAX_VALUE - 8, 3L * maxDocumentLength + 4);
            buf = new byte[(int) Math.max(8192, Math.min(json.available() + 1L, most))];
            while (true) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buf.length * 2L, 8192)));
                }
                int r = json.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
                // Characters are counted only once the bytes, which are at least as many, exceed the limit.
                if (n > maxDocumentLength + 3) {
                    characters = characters < 0 ? Utf8.utf16Length(buf, 0, n - r) : characters;
                    characters += Utf8.utf16Length(buf, n - r, n);
                    if (characters > maxDocumentLength + 1) {
                        throw tooLong();
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Source source = Source.ofBytes(buf, 0, n, 0, true);
        if (source.length() > maxDocumentLength
            && Utf8.utf16Length(buf, n - source.length(), n) > maxDocumentLength) {
            throw tooLong();
        }
        return read(source, codec, type, warnings);
    }

    private JsonReadException tooLong() {
        return new JsonReadException(List.of(JsonProblem.of("", 1, 1, "json.limit",
            "the document is longer than " + maxDocumentLength + " characters")));
    }

    /**
     * Reads one document given whole, such as a line of NDJSON.
     *
     * @param source  the document
     * @param codec  the wire form of the model type
     * @param type  the model type
     * @param warnings  true to find the warnings of the value
     * @param <T>  the model type
     * @return the value and its warnings
     * @throws JsonReadException listing every problem of the document
     */
    static <T> JsonRead<T> read(Source source, Codec<T> codec, Class<T> type, boolean warnings) {
        Problems problems = new Problems();
        T value = source.decode(UhcJson.readFactory(), codec, problems);
        if (!problems.isEmpty()) {
            throw new JsonReadException(problems.toList());
        }
        if (value == null) {
            // Every path that returns null reports a problem first; this guards the contract.
            throw new IllegalStateException("No value and no problem reported");
        }
        if (!warnings) {
            return new JsonRead<>(value, List.of());
        }
        Optional<ModelType<T>> model = ModelTypes.find(type);
        if (model.isEmpty()) {
            return new JsonRead<>(value, List.of());
        }
        List<Violation> found = model.get().warnings(value);
        if (found.isEmpty()) {
            return new JsonRead<>(value, List.of());
        }
        Problems placed = new Problems(Integer.MAX_VALUE);
        for (Violation v : found) {
            placed.add(new Problems.Found(Pointers.below("", v.path()), v.rule(), v.message(), v.severity(), true));
        }
        source.place(UhcJson.readFactory(), placed);
        return new JsonRead<>(value, placed.toList());
    }
}
