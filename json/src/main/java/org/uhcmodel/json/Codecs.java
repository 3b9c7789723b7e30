package org.uhcmodel.json;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

/**
 * The codecs of the wire format, derived from the model's description: an object codec for every {@link ModelType},
 * a codec for every vocabulary of {@link Vocabularies}, a codec for each kind of scalar, by Java type, and one for
 * every other type written as text ({@link ModelTypes#textTypes()}), from its own parser, form and pattern. A new
 * property or type of the model needs no change here; only a new kind of scalar does.
 */
final class Codecs {

    /** The wire format's own property of a dataset document, written first. */
    static final String SCHEMA_VERSION = "schemaVersion";

    /** The codecs of the scalars read from text or numbers, by Java type. */
    private static final Map<Class<?>, Codec<?>> SCALARS = Map.of(
        EntityId.class, Scalars.ENTITY_ID,
        CountryCode.class, Scalars.COUNTRY,
        CurrencyCode.class, Scalars.CURRENCY,
        PartialDate.class, Scalars.PARTIAL_DATE,
        Percentage.class, Scalars.PERCENTAGE,
        LocalizedText.class, Scalars.LOCALIZED_TEXT,
        BigDecimal.class, Scalars.DECIMAL,
        URI.class, Scalars.URL,
        java.time.Period.class, Scalars.PERIOD);

    private static final Codecs INSTANCE = new Codecs();

    /** Every codec by the model type it handles: types of the model in the catalogue's order, then vocabularies. */
    private final Map<Class<?>, Codec<?>> byType;
    /** The codecs of whole numbers, by type and bounds. */
    private final Map<String, Codec<Object>> integers = new ConcurrentHashMap<>();

    private Codecs() {
        Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
        for (Class<?> type : ModelTypes.classes()) {
            Codec<?> scalar = SCALARS.get(type);
            if (scalar != null) {
                m.put(type, scalar);
            } else {
                ModelTypes.findText(type).ifPresent(t -> m.put(type, Scalars.textType(t)));
            }
        }
        // A type written as text that has no scalar codec of its own is read and written by its description.
        for (TextType<?> text : ModelTypes.textTypes()) {
            if (!m.containsKey(text.javaType()) && !SCALARS.containsKey(text.javaType())) {
                m.put(text.javaType(), textual(text));
            }
        }
        Map<Class<?>, ObjectCodec<?>> objects = new LinkedHashMap<>();
        for (ModelType<?> type : ModelTypes.all()) {
            ObjectCodec<?> codec = type.javaType() == Dataset.class
                ? new ObjectCodec<>(type, SCHEMA_VERSION, UhcJson.SCHEMA_VERSION)
                : new ObjectCodec<>(type, null, null);
            objects.put(type.javaType(), codec);
            m.put(type.javaType(), codec);
        }
        for (Vocabulary<?> vocabulary : Vocabularies.all()) {
            m.put(vocabulary.type(), Scalars.vocabulary(vocabulary));
        }
        this.byType = Collections.unmodifiableMap(m);
        for (ObjectCodec<?> codec : objects.values()) {
            codec.resolve(this);
        }
    }

    /**
     * The codec of a type written as text, from its description: its parser, its formatter and its pattern; the
     * schema describes it by its Javadoc, as every type of the model.
     */
    private static <T> Codec<T> textual(TextType<T> text) {
        String description = text.description();
        String expected = description.endsWith(".") ? description.substring(0, description.length() - 1)
            : description;
        return Scalars.textual(text.name(), text::parse, text::format, expected,
            s -> text.pattern().ifPresent(p -> s.put("pattern", p)));
    }

    /** @return the codecs */
    static Codecs get() {
        return INSTANCE;
    }

    /** @return every codec by the model type it handles, in a stable order */
    Map<Class<?>, Codec<?>> all() {
        return byType;
    }

    /**
     * Gets the codec of a model type.
     *
     * @param type  the type
     * @param <T>  the type
     * @return the codec
     * @throws IllegalArgumentException if the type has no wire form
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> codec(Class<T> type) {
        Codec<?> c = INSTANCE.byType.get(type);
        if (c == null) {
            throw new IllegalArgumentException(type.getName() + " has no JSON wire form; supported types: "
                + INSTANCE.byType.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", ")));
        }
        return (Codec<T>) c;
    }

    /**
     * Finds the codec of a value's model type.
     *
     * @param value  the value, not null
     * @return the codec
     * @throws IllegalArgumentException if the value's type has no wire form
     */
    @SuppressWarnings("unchecked")
    static Codec<Object> codecOf(Object value) {
        Class<?> type = value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Codec<?> codec = INSTANCE.byType.get(c);
            if (codec != null) {
                return (Codec<Object>) codec;
            }
        }
        return (Codec<Object>) codec(type);
    }

    /**
     * Gets the codec of the values of a property: by the property's value type, and for text and whole numbers by
     * its constraints.
     *
     * @param property  the property
     * @return the codec
     * @throws IllegalStateException if the value type is a kind of scalar the wire format does not know
     */
    @SuppressWarnings("unchecked")
    Codec<Object> forProperty(Property<?> property) {
        Class<?> type = property.valueType();
        if (type == String.class) {
            return (Codec<Object>) (Codec<?>) (property.notBlank() ? Scalars.TEXT : Scalars.STRING);
        }
        if (type == Integer.class || type == Long.class) {
            BigDecimal min = property.minimum().orElse(null);
            BigDecimal max = property.maximum().orElse(null);
            return integers.computeIfAbsent(type.getSimpleName() + ":" + min + ":" + max,
                k -> Scalars.integer(type, min, max));
        }
        Codec<?> codec = byType.containsKey(type) ? byType.get(type) : SCALARS.get(type);
        if (codec == null) {
            throw new IllegalStateException("No wire form for " + type.getName() + ", the values of "
                + property.owner().name() + "." + property.name());
        }
        return (Codec<Object>) codec;
    }
}
