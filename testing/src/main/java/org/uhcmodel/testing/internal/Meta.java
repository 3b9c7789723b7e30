package org.uhcmodel.testing.internal;

import java.util.Collection;
import java.util.function.Predicate;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;

/**
 * Reads and copies values through the description of the model, so that generators name properties without restating
 * what they are.
 */
public final class Meta {

    private Meta() {
    }

    /**
     * Finds a property of a model type.
     *
     * @param type  the model type
     * @param name  the name of the property
     * @return the property
     * @throws IllegalStateException if the type has no such property
     */
    public static Property<?> property(Class<?> type, String name) {
        return ModelTypes.of(type).property(name)
            .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no property " + name));
    }

    /**
     * A builder holding the values of a value's properties, but those left out.
     *
     * @param <T>  the type
     * @param type  the model type
     * @param value  the value to copy
     * @param keep  the properties to copy
     * @return a new builder
     */
    public static <T> ModelBuilder<T> copy(ModelType<T> type, T value, Predicate<Property<?>> keep) {
        ModelBuilder<T> builder = type.builder();
        for (Property<?> property : type.properties()) {
            if (keep.test(property)) {
                copyInto(builder, property, property.get(value));
            }
        }
        return builder;
    }

    /**
     * A builder holding the values of a value's properties.
     *
     * @param <T>  the type
     * @param type  the model type
     * @param value  the value to copy
     * @return a new builder
     */
    public static <T> ModelBuilder<T> copy(ModelType<T> type, T value) {
        return copy(type, value, p -> true);
    }

    /**
     * Sets a property's value as held, a single value or a collection; nothing for an absent value.
     *
     * @param <T>  the type built
     * @param builder  the builder
     * @param property  a property of the built type
     * @param held  the value as held, null if absent
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> void copyInto(ModelBuilder<T> builder, Property<?> property, Object held) {
        if (held == null) {
            return;
        }
        if (property.cardinality().isCollection()) {
            builder.setAll((Property) property, (Collection<?>) held);
        } else {
            builder.set((Property) property, held);
        }
    }

    /**
     * Checks whether a property holds one value at most.
     *
     * @param property  the property
     * @return true for required and optional properties
     */
    public static boolean isSingle(Property<?> property) {
        return property.cardinality() == Cardinality.REQUIRED || property.cardinality() == Cardinality.OPTIONAL;
    }

    /**
     * Makes a value of a builder's input without checking it, as core would before checking.
     *
     * @param <T>  the type
     * @param type  the model type
     * @param builder  a builder of that type
     * @return the value, which may break rules
     */
    @SuppressWarnings("unchecked")
    public static <T> T unchecked(ModelType<T> type, ModelBuilder<T> builder) {
        return ((Shape<T>) type).unchecked(builder);
    }
}
