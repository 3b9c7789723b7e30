package org.uhcmodel.meta;

import java.util.Collection;
import org.uhcmodel.validation.Violation;

/**
 * A builder of any model type, driven by its {@link Property properties}: what readers and generators use to build
 * values of a type they know only by its {@link ModelType}.
 * <p>
 * It follows the builder contract of the model (see {@link org.uhcmodel.validation}): a null argument is a
 * {@code NullPointerException} naming the property; {@code build()} checks every rule. A builder is not thread-safe.
 *
 * @param <T>  the type built
 */
public interface ModelBuilder<T> {

    /**
     * Sets a single value, replacing any value set before.
     *
     * @param <V>  the value type
     * @param property  a property of the built type, of cardinality required or optional, not null
     * @param value  the value, not null
     * @return this builder
     * @throws IllegalArgumentException if the property is not a single-valued property of the built type
     */
    <V> ModelBuilder<T> set(Property<V> property, V value);

    /**
     * Adds a value to a collection.
     *
     * @param <V>  the value type
     * @param property  a property of the built type, of cardinality list or set, not null
     * @param element  the value, not null
     * @return this builder
     * @throws IllegalArgumentException if the property is not a collection of the built type
     */
    <V> ModelBuilder<T> add(Property<V> property, V element);

    /**
     * Adds values to a collection.
     *
     * @param <V>  the value type
     * @param property  a property of the built type, of cardinality list or set, not null
     * @param elements  the values, none null, not null
     * @return this builder
     * @throws IllegalArgumentException if the property is not a collection of the built type
     */
    <V> ModelBuilder<T> addAll(Property<V> property, Iterable<? extends V> elements);

    /**
     * Replaces the values of a collection.
     *
     * @param <V>  the value type
     * @param property  a property of the built type, of cardinality list or set, not null
     * @param elements  the values, none null, not null
     * @return this builder
     * @throws IllegalArgumentException if the property is not a collection of the built type
     */
    <V> ModelBuilder<T> setAll(Property<V> property, Iterable<? extends V> elements);

    /**
     * Builds the value, checking every rule of its type.
     *
     * @return the value, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every error
     */
    T build();

    /**
     * Builds the value, or reports why it cannot be built without throwing.
     *
     * @param errors  where each error is added, not null
     * @return the value, or null if an error was added
     */
    T build(Collection<? super Violation> errors);
}
