package org.uhcmodel.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
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
        codec.write(gen, value);
    }

    /** The deserializing side: reads the value with the strict reader and throws every problem at once. */
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
            return Documents.decode(p, codec, false);
        }
    }
}
