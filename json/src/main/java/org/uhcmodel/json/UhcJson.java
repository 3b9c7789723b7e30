package org.uhcmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point to the uhc-model wire format with safe defaults, for users who do not want to configure Jackson.
 * <pre>
 * String json = UhcJson.writer().pretty().write(dataset);
 * Dataset back = UhcJson.reader().read(json, Dataset.class);
 * </pre>
 * The reader is strict (it refuses unknown properties, duplicate keys, nulls, trailing content, numbers where a
 * decimal string is required, unknown codes, bytes that are not UTF-8, text that is not Unicode and every rule of the
 * model) and reports every problem of a document at once in one {@link JsonReadException}. It enforces these limits,
 * checked while the document is parsed:
 * <ul>
 * <li>{@value #MAX_DOCUMENT_LENGTH} characters per document by default (bytes are counted once decoded), see
 *     {@link UhcJsonReader#withMaxDocumentLength(long)};</li>
 * <li>{@value #MAX_NESTING_DEPTH} levels of nested objects and arrays;</li>
 * <li>{@value #MAX_STRING_LENGTH} characters per string value, {@value #MAX_NAME_LENGTH} per property name;</li>
 * <li>{@value #MAX_NUMBER_LENGTH} characters per JSON number, and 64 per decimal
 *     string (the model's own bound, rule {@code decimal.digits}, is 30 digits before the
 *     decimal point and 18 after it).</li>
 * </ul>
 * No type information is ever read from the document: there is no polymorphic typing and no class name on the wire.
 * <p>
 * The writer writes only what the reader reads back: a value that the model accepts but the wire format cannot
 * carry (text with an unpaired surrogate, a period with no form in the wire format, a string, language tag or
 * nesting beyond the reader's limits) is refused with a {@link JsonWriteException} before anything is written.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UhcJson {

    /** The version of the wire format written in the {@code schemaVersion} of every dataset document. */
    public static final String SCHEMA_VERSION = "1.0";
    /** The default largest document, in characters (bytes are counted once decoded): 64 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** The deepest nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The longest JSON number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /**
     * Where the JSON Schema of the wire format lies, as a resource of the jar that any code can read, on the class
     * path or the module path (its package is open to every module): with
     * {@code UhcJson.class.getResourceAsStream(UhcJson.SCHEMA_RESOURCE)}, or a class loader's {@code getResource}
     * given the name without its leading slash. (A class of another named module looks in its own module only.)
     * {@link #schema()} reads it for you.
     */
    public static final String SCHEMA_RESOURCE = "/org/uhcmodel/json/schema/uhc-model.schema.json";

    /** The default reader, made when first asked for. */
    private static final class DefaultReader {
        static final UhcJsonReader READER = new UhcJsonReader(MAX_DOCUMENT_LENGTH);
    }

    /** The default writer, made when first asked for: a program that only reads does not load Jackson's databind. */
    private static final class DefaultWriter {
        static final UhcJsonWriter WRITER = new UhcJsonWriter(false);
    }

    private UhcJson() {
    }

    /**
     * Gets the strict reader with the default limits.
     *
     * @return the reader, not null
     */
    public static UhcJsonReader reader() {
        return DefaultReader.READER;
    }

    /**
     * Gets the compact, deterministic writer.
     *
     * @return the writer, not null
     */
    public static UhcJsonWriter writer() {
        return DefaultWriter.WRITER;
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of the wire format, as shipped in this jar.
     *
     * @return the schema text, not null
     * @throws UncheckedIOException if the schema cannot be read from the class path
     */
    public static String schema() {
        try (InputStream in = UhcJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing resource " + SCHEMA_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static final JsonFactory READ_FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(-1)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        // Names are looked up in the model's tables: interning them would only fill the JVM's string table.
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // Buffers are kept per thread: a stream of many small documents, one parser each, reuses them.
        .recyclerPool(JsonRecyclerPools.threadLocalPool())
        .build();

    /**
     * Gets the factory of the strict reader's parsers, with its limits; documents are measured before parsing.
     *
     * @return the factory
     */
    static JsonFactory readFactory() {
        return READ_FACTORY;
    }

    /**
     * Creates a mapper that writes with the nesting the strict reader reads.
     *
     * @return the mapper
     */
    static JsonMapper writeMapper() {
        JsonFactory factory = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            // The caller's stream stays the caller's: writers never close what they are given.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
        return JsonMapper.builder(factory).build();
    }
}
