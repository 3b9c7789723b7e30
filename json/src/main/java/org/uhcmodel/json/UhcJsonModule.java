package org.uhcmodel.json;

import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the uhc-model wire format: it registers an explicit serializer and deserializer for every
 * public model type, value and vocabulary, writing the format described in {@code docs/wire-format.md}.
 * <p>
 * The module is found by {@code JsonMapper.builder().findAndAddModules()} (it is registered in
 * {@code META-INF/services} and in {@code module-info}). Its deserializers are strict: a value with problems is
 * refused with one {@link JsonReadException} listing every problem, whose JSON Pointers are relative to that value;
 * when the value sits inside another type (a {@code Map<String, Money>}, a bean), Jackson reports it as a
 * {@code DatabindException} whose cause is the {@link JsonReadException}. Its serializers likewise refuse, with a
 * {@link JsonWriteException} and before writing any of it, a value that no reader would read back (text with an
 * unpaired surrogate, a period with no ISO 8601 form in the wire format); they leave sizes and nesting to the limits
 * of the mapper that reads. Every decimal of the model is written: the model bounds it to
 * 30 digits before the decimal point and 18 after it.
 * Limits on document size and nesting are those of the mapper's {@code JsonFactory}; {@link UhcJson#reader()} applies
 * hardened limits for you.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UhcJsonModule extends JacksonModule {

    /** Creates the module. */
    public UhcJsonModule() {
    }

    /**
     * Gets the module's name.
     *
     * @return "uhc-model", not null
     */
    @Override
    public String getModuleName() {
        return "uhc-model";
    }

    /**
     * Gets the module's version.
     *
     * @return the version of the wire format's schema, not null
     */
    @Override
    public Version version() {
        return new Version(1, 0, 0, null, "org.uhcmodel", "uhc-model-json");
    }

    /**
     * Registers the serializers and deserializers.
     *
     * @param context  the setup context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Map.Entry<Class<?>, Codec<?>> e : Codecs.get().all().entrySet()) {
            register(serializers, deserializers, e.getKey(), e.getValue());
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    @SuppressWarnings("unchecked")
    private static <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
                                     Codec<?> codec) {
        serializers.addSerializer(type, new CodecSerializer<>(type, (Codec<T>) codec));
        deserializers.addDeserializer(type, new CodecSerializer.Deserializer<>(type, (Codec<T>) codec));
    }
}
