package org.uhcmodel.meta;

import java.util.List;
import java.util.Optional;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.EntityKind;

/**
 * A type of the model built from properties, such as {@code Organization} or {@code Party}: its properties in order,
 * the rules it enforces and a builder. {@link ModelTypes} lists them all.
 * <p>
 * Implementations are immutable and thread-safe.
 *
 * @param <T>  the type described
 */
public interface ModelType<T> {

    /**
     * Gets the Java type.
     *
     * @return the class, not null
     */
    Class<T> javaType();

    /**
     * Gets the name, the simple name of the Java type.
     *
     * @return the name, such as {@code Organization}, not null
     */
    String name();

    /**
     * Gets a one-sentence description of what a value of the type is: the first sentence of the type's Javadoc.
     *
     * @return the description, not null
     */
    String description();

    /**
     * Gets the kind of entity, for a top-level record that a dataset holds and references name.
     *
     * @return the kind, empty for a type that is part of another
     */
    Optional<EntityKind> entityKind();

    /**
     * Gets the properties, in the order of the accessors.
     *
     * @return the unmodifiable properties, not null
     */
    List<Property<?>> properties();

    /**
     * Finds a property by name.
     *
     * @param name  the name, not null
     * @return the property, empty if the type has none of that name
     */
    Optional<Property<?>> property(String name);

    /**
     * Gets the rules this type enforces: the constraints of its properties and its own rules.
     *
     * @return the unmodifiable rules, not null
     */
    List<Rule> rules();

    /**
     * Creates an empty builder.
     *
     * @return a new builder, not null
     */
    ModelBuilder<T> builder();

    /**
     * Gets the warnings of a value: the rules of severity warning it breaks, its own and those of the values it holds,
     * each at its path from the value.
     *
     * @param value  the value, not null
     * @return the unmodifiable warnings, in a stable order, empty if none
     */
    List<Violation> warnings(T value);
}
