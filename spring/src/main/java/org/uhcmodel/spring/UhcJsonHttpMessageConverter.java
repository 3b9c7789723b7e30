package org.uhcmodel.spring;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.uhcmodel.json.JsonReadException;
import org.uhcmodel.json.JsonWriteException;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;

/**
 * Reads and writes the values of the model's types, such as {@code Organization}, {@code Agreement} or
 * {@code Dataset}, as JSON in the uhc-model wire format, with {@link UhcJson#reader()} and {@link UhcJson#writer()}.
 * <p>
 * Reading is strict: a document with problems is refused with an {@link HttpMessageNotReadableException} whose cause
 * is the {@link JsonReadException} listing every problem, which {@link JsonReadExceptionHandler} answers with HTTP 400
 * and a problem detail. Bodies of other types, including a user's own types holding model values, are left to the
 * other converters (Jackson reads the model values inside them with the same strict codecs, through
 * {@code UhcJsonModule}).
 * <p>
 * It handles {@code application/json} and {@code application/*+json}. A body is read as UTF-8 unless its content type
 * names another character set. This class is thread-safe.
 */
public final class UhcJsonHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

    /** The model's types, values and vocabularies: those the reader and writer of the wire format handle. */
    private static final Set<Class<?>> MODEL_TYPES = modelTypes();

    /**
     * Creates a converter for {@code application/json} and {@code application/*+json}; it writes UTF-8, with no
     * {@code charset} parameter (JSON has none, RFC 8259).
     */
    public UhcJsonHttpMessageConverter() {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    private static Set<Class<?>> modelTypes() {
        Set<Class<?>> types = new HashSet<>(ModelTypes.classes());
        for (Vocabulary<?> vocabulary : Vocabularies.all()) {
            types.add(vocabulary.type());
        }
        return Set.copyOf(types);
    }

    /**
     * Checks whether a class is one of the model's types, values or vocabularies.
     *
     * @param clazz  the class, not null
     * @return true if values of the class are read and written by this converter
     */
    @Override
    protected boolean supports(Class<?> clazz) {
        return MODEL_TYPES.contains(clazz);
    }

    /**
     * Reads a value with the strict reader.
     *
     * @param clazz  the model type, not null
     * @param inputMessage  the request, not null
     * @return the value, not null
     * @throws IOException if the body cannot be read
     * @throws HttpMessageNotReadableException if the document has problems; its cause is the
     *  {@link JsonReadException} listing them all
     */
    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        MediaType contentType = inputMessage.getHeaders().getContentType();
        Charset charset = contentType == null ? null : contentType.getCharset();
        try {
            if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
                return UhcJson.reader().read(inputMessage.getBody(), clazz);
            }
            // The reader leaves the body open, as the container owns it.
            return UhcJson.reader().read(new InputStreamReader(inputMessage.getBody(), charset), clazz);
        } catch (JsonReadException ex) {
            int count = ex.problems().size();
            throw new HttpMessageNotReadableException("Invalid " + clazz.getSimpleName() + " document: " + count
                + (count == 1 ? " problem" : " problems"), ex, inputMessage);
        }
    }

    /**
     * Writes a value with the compact writer, in UTF-8.
     *
     * @param value  the value, not null
     * @param outputMessage  the response, not null
     * @throws IOException if the body cannot be written
     * @throws HttpMessageNotWritableException if the value cannot be written in the wire format (see
     *  {@link JsonWriteException}); nothing is written then
     */
    @Override
    protected void writeInternal(Object value, HttpOutputMessage outputMessage) throws IOException {
        try {
            UhcJson.writer().write(value, outputMessage.getBody());
        } catch (JsonWriteException ex) {
            throw new HttpMessageNotWritableException("Cannot write " + value.getClass().getSimpleName() + " as "
                + "JSON: " + ex.getMessage(), ex);
        }
    }
}
