package org.uhcmodel.json;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Adapts a {@link Codec} to Jackson's serializer and deserializer. */
final class CodecSerializer<T> extends ValueSerializer<T> {

    private final Class<T> type;
    private final Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
        this.type = type;
        this.codec = codec;
    }

    @Override
    public Class<?> handledType() {
        return type;
    }

    /**
     * Writes the value, after checking that every reader would read it back (whatever its limits, which are the
     * reading mapper's own).
     *
     * @param value  the value, not null
     * @param gen  the generator
     * @param ctxt  the context
     * @throws JsonWriteException if it would not; nothing of the value is written then
     */
    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        WriteCheck.check(codec, value, false);
        codec.write(new Encoder(gen, false), value);
    }

    /**
     * The deserializing side: reads the value from the caller's token stream with the strict codecs and throws every
     * problem at once, malformed JSON inside the value among them (after those found before it); a JSON null where a model value is expected, at the root or inside a collection, map or bean
     * of the caller's, is refused too.
     */
    static final class Deserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Codec<T> codec;

        Deserializer(Class<T> type, Codec<T> codec) {
            this.type = type;
            this.codec = codec;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            Problems problems = new Problems();
            T value = null;
            Decoder d = Decoder.ofValue(p, problems);
            try {
                JsonToken t = p.currentToken();
                if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    d.report("json.wrong-type", "expected a " + type.getSimpleName() + ", found " + t);
                } else {
                    value = codec.read(d);
                }
            } catch (Problems.Stop stop) {
                // The cap is reached.
            } catch (StreamReadException | StreamConstraintsException ex) {
                // Malformed JSON inside the value, or a limit of the caller's mapper: reported where the parser
                // stopped, after the problems found before it, without the parser's description of its source.
                malformed(d, p, ex);
            }
            if (!problems.isEmpty()) {
                throw new JsonReadException(problems.toList());
            }
            return value;
        }

        private static void malformed(Decoder d, JsonParser p, JacksonException ex) {
            TokenStreamLocation at = ex.getLocation() != null ? ex.getLocation() : p.currentTokenLocation();
            try {
                d.reportAt(d.pointer(), at, ex instanceof StreamConstraintsException ? "json.limit" : "json.syntax",
                    Source.clean(ex.getOriginalMessage()));
            } catch (Problems.Stop stop) {
                // The cap is reached.
            }
        }

        /**
         * Refuses JSON null where a model value is expected: a model value is never null.
         *
         * @param ctxt  the context
         * @return never
         * @throws JsonReadException with one {@code json.null} problem
         */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            TokenStreamLocation at = p == null ? null : p.currentTokenLocation();
            throw new JsonReadException(List.of(JsonProblem.of("", at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()), "json.null",
                "expected a " + type.getSimpleName() + ", found null; a model value is never null")));
        }

        /**
         * Leaves a property of the caller's that is absent from the document to the caller: nothing is read there.
         *
         * @param ctxt  the context
         * @return null
         */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
