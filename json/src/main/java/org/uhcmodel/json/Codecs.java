package org.uhcmodel.json;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
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

    /**
     * The codecs made so far, by the model type they handle. A codec is made the first time its type is read or
     * written, so that a program reading organisations does not load and describe every type of the model.
     */
    private final Map<Class<?>, Codec<?>> byType = new ConcurrentHashMap<>();
    /** The classes found to have no wire form. */
    private final Set<Class<?>> without = ConcurrentHashMap.newKeySet();
    /** The codecs of whole numbers, by type and bounds. */
    private final Map<String, Codec<Object>> integers = new ConcurrentHashMap<>();
    /** Every codec, once asked for. */
    private volatile Map<Class<?>, Codec<?>> all;

    private Codecs() {
    }

    /**
     * Finds the codec of a type, making it the first time.
     *
     * @param type  the type
     * @return the codec, null if the type has no wire form of its own
     */
    Codec<?> find(Class<?> type) {
        Codec<?> codec = byType.get(type);
        if (codec != null || without.contains(type)) {
            return codec;
        }
        return make(type);
    }

    private synchronized Codec<?> make(Class<?> type) {
        Codec<?> codec = byType.get(type);
        if (codec != null || without.contains(type)) {
            return codec;
        }
        codec = describe(type);
        if (codec == null) {
            without.add(type);
        } else {
            byType.put(type, codec);
        }
        return codec;
    }

    /**
     * The codec of a type: of its vocabulary for a coded enum; of its properties for a type built from them (whose
     * properties get their codecs when first read or written); its scalar codec or text form for a type of the
     * model written as text.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Codec<?> describe(Class<?> type) {
        if (type.isEnum()) {
            Optional<Vocabulary<?>> vocabulary = (Optional) Vocabularies.find((Class) type);
            if (vocabulary.isPresent()) {
                return Scalars.vocabulary(vocabulary.get());
            }
        }
        if (!ModelTypes.classes().contains(type)) {
            return null;
        }
        Optional<? extends ModelType<?>> model = ModelTypes.find(type);
        if (model.isPresent()) {
            return type == Dataset.class ? new ObjectCodec<>(model.get(), SCHEMA_VERSION, UhcJson.SCHEMA_VERSION)
                : new ObjectCodec<>(model.get(), null, null);
        }
        Codec<?> scalar = SCALARS.get(type);
        if (scalar != null) {
            return scalar;
        }
        return ModelTypes.findText(type).map(Scalars::textType).orElse(null);
    }

    /** @return the codecs */
    static Codecs get() {
        return INSTANCE;
    }

    /**
     * Gets every codec, making those not made yet: types of the model written as text, then types built from
     * properties, in the catalogue's order, then vocabularies.
     *
     * @return every codec by the model type it handles, in a stable order
     */
    Map<Class<?>, Codec<?>> all() {
        Map<Class<?>, Codec<?>> found = all;
        if (found == null) {
            Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
            for (Class<?> type : ModelTypes.classes()) {
                if (ModelTypes.find(type).isEmpty()) {
                    Codec<?> codec = find(type);
                    if (codec != null) {
                        m.put(type, codec);
                    }
                }
            }
            for (ModelType<?> type : ModelTypes.all()) {
                m.put(type.javaType(), find(type.javaType()));
            }
            for (Vocabulary<?> vocabulary : Vocabularies.all()) {
                m.put(vocabulary.type(), find(vocabulary.type()));
            }
            found = Collections.unmodifiableMap(m);
            all = found;
        }
        return found;
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
        Codec<?> c = INSTANCE.find(type);
        if (c == null) {
            throw new IllegalArgumentException(type.getName() + " has no JSON wire form; supported types: "
                + INSTANCE.all().keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", ")));
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
            Codec<?> codec = INSTANCE.find(c);
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
        Codec<?> codec = find(type);
        if (codec == null) {
            codec = SCALARS.get(type);
        }
        if (codec == null) {
            throw new IllegalStateException("No wire form for " + type.getName() + ", the values of "
                + property.owner().name() + "." + property.name());
        }
        return (Codec<Object>) codec;
    }
}
