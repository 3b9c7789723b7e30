package org.uhcmodel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.Property;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;

/**
 * The state and methods every builder of a {@link Shape} shares; each type's public {@code Builder} adds its typed
 * setters and adders.
 *
 * @param <T>  the type built
 * @param <B>  the concrete builder
 */
public abstract class Draft<T, B extends Draft<T, B>> implements ModelBuilder<T> {

    private final Shape<T> shape;
    /** The values by property index; collections set by this builder are its own mutable ones. */
    private Object[] values;
    /** Whether a value built (or copied with {@code from}) holds {@link #values}: then it is copied before a change. */
    private boolean shared;

    /**
     * Creates an empty builder.
     *
     * @param shape  the shape of the type built, not null
     */
    protected Draft(Shape<T> shape) {
        this.shape = shape;
        this.values = new Object[shape.size()];
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    private Prop<?> own(Property<?> property, boolean collection) {
        if (property instanceof Prop && ((Prop<?>) property).owner() == shape
            && ((Prop<?>) property).cardinality().isCollection() == collection) {
            return (Prop<?>) property;
        }
        if (Objects.requireNonNull(property, "property").owner() != shape) {
            throw new IllegalArgumentException(property + " is not a property of " + shape.name());
        }
        if (property.cardinality().isCollection() != collection) {
            throw new IllegalArgumentException(property + " is " + property.cardinality()
                + (collection ? ": set it, do not add to it" : ": add to it, do not set it"));
        }
        return (Prop<?>) property;
    }

    /**
     * Sets a single value, replacing any value set before.
     *
     * @param <V>  the value type
     * @param property  a required or optional property of the built type, not null
     * @param value  the value, not null
     * @return this builder
     * @throws NullPointerException if the value is null, naming the property
     * @throws IllegalArgumentException if the property is not a single-valued property of the built type
     */
    @Override
    public final <V> B set(Property<V> property, V value) {
        Prop<?> prop = own(property, false);
        Object checked = prop.valueType().cast(Objects.requireNonNull(value, prop.name()));
        writable()[prop.index()] = checked;
        return self();
    }

    /**
     * Adds a value to a list or set.
     *
     * @param <V>  the element type
     * @param property  a list or set property of the built type, not null
     * @param element  the value, not null
     * @return this builder
     * @throws NullPointerException if the element is null, naming the property
     * @throws IllegalArgumentException if the property is not a collection of the built type
     */
    @Override
    public final <V> B add(Property<V> property, V element) {
        Prop<?> prop = own(property, true);
        collection(prop).add(prop.valueType().cast(Objects.requireNonNull(element, prop.name())));
        return self();
    }

    /**
     * Adds values to a list or set, in order.
     *
     * @param <V>  the element type
     * @param property  a list or set property of the built type, not null
     * @param elements  the values, none null, not null
     * @return this builder
     * @throws NullPointerException if the values or one of them is null, naming the property; none is added then
     * @throws IllegalArgumentException if the property is not a collection of the built type
     */
    @Override
    public final <V> B addAll(Property<V> property, Iterable<? extends V> elements) {
        Prop<?> prop = own(property, true);
        Objects.requireNonNull(elements, prop.name());
        List<Object> checked = new ArrayList<>(elements instanceof Collection ? ((Collection<?>) elements).size() : 10);
        for (V element : elements) {
            checked.add(prop.valueType().cast(Objects.requireNonNull(element, prop.name())));
        }
        collection(prop).addAll(checked);
        return self();
    }

    /**
     * Replaces the values of a list or set.
     *
     * @param <V>  the element type
     * @param property  a list or set property of the built type, not null
     * @param elements  the values, none null, not null
     * @return this builder
     * @throws NullPointerException if the values or one of them is null, naming the property; nothing changes then
     * @throws IllegalArgumentException if the property is not a collection of the built type
     */
    @Override
    public final <V> B setAll(Property<V> property, Iterable<? extends V> elements) {
        Prop<?> prop = own(property, true);
        Objects.requireNonNull(elements, prop.name());
        // Filled before it replaces the old values, so that nothing changes if an element is null.
        Collection<Object> mine = newCollection(prop,
            elements instanceof Collection ? ((Collection<?>) elements).size() : 4);
        for (V element : elements) {
            mine.add(prop.valueType().cast(Objects.requireNonNull(element, prop.name())));
        }
        writable()[prop.index()] = mine;
        return self();
    }

    /** The values, copied first if a value holds them. */
    private Object[] writable() {
        if (shared) {
            values = values.clone();
            shared = false;
        }
        return values;
    }

    /**
     * Gets this builder's own, modifiable collection of a property: an {@code ArrayList} for a list, an
     * {@code EnumSet} for a set of constants (in the order of their declaration, as the built value holds them), a
     * {@code LinkedHashSet} for another set. It is made, from the values held if there are some, the first time.
     */
    @SuppressWarnings("unchecked")
    private Collection<Object> collection(Prop<?> prop) {
        Object[] own = writable();
        Object held = own[prop.index()];
        if (held instanceof ArrayList || held instanceof LinkedHashSet || held instanceof EnumSet) {
            return (Collection<Object>) held;
        }
        Collection<Object> mine = newCollection(prop, 4);
        if (held != null) {
            // The unmodifiable collection of a value built or copied: this builder changes a copy.
            mine.addAll((Collection<?>) held);
        }
        own[prop.index()] = mine;
        return mine;
    }

    /** A new, empty modifiable collection of a property, of the kind {@link #collection} describes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Collection<Object> newCollection(Prop<?> prop, int capacity) {
        if (prop.cardinality() == Cardinality.LIST) {
            return new ArrayList<>(capacity);
        }
        if (prop.valueType().isEnum()) {
            return EnumSet.noneOf((Class) prop.valueType());
        }
        return new LinkedHashSet<>(Math.max(8, (int) (capacity / 0.75f) + 1));
    }

    /**
     * Replaces every value of this builder with those of a value of the built type.
     *
     * @param value  the value to copy, not null
     * @return this builder
     */
    public final B from(T value) {
        values = ((ModelObject) shape.javaType().cast(Objects.requireNonNull(value, "value"))).values();
        shared = true;
        return self();
    }

    /**
     * Builds the value, checking every rule of its type. The builder is left as it was, to be changed and built
     * again.
     *
     * @return the value, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every error
     */
    @Override
    public final T build() {
        Checker checker = new Checker(Severity.ERROR);
        T value = shape.create(values, checker);
        shared = true;
        if (!checker.isEmpty()) {
            throw Checker.refusal(shape.javaType(), checker.found());
        }
        return value;
    }

    /**
     * Builds the value, or reports why it cannot be built without throwing.
     *
     * @param errors  where each error is added, in a stable order, not null
     * @return the value, or null if an error was added
     */
    @Override
    public final T build(Collection<? super Violation> errors) {
        Objects.requireNonNull(errors, "errors");
        Checker checker = new Checker(Severity.ERROR);
        T value = shape.create(values, checker);
        shared = true;
        if (!checker.isEmpty()) {
            List<Violation> found = checker.found();
            found.sort(Checker.ORDER);
            errors.addAll(found);
            return null;
        }
        return value;
    }

    /** The values set, for the shape to make a value of. */
    final Object[] values() {
        return values;
    }
}
