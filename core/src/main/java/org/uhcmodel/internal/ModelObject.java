package org.uhcmodel.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state every value of a {@link Shape} shares: the values of its properties, in order, from which its accessors,
 * equality, hash code and text follow.
 * <p>
 * Decimals are equal by value ({@code 4.50} equals {@code 4.5}), as are lists holding them; each value keeps the
 * scale it was given.
 */
public abstract class ModelObject {

    private final Shape<?> shape;
    private final Object[] values;
    private int hash;

    /**
     * Creates a value.
     *
     * @param shape  the shape of the concrete type, not null
     * @param values  the values by property index, collections unmodifiable, not to be changed after
     */
    protected ModelObject(Shape<?> shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /**
     * Gets a required value.
     *
     * @param <V>  the value type
     * @param property  a property of this type, not null
     * @return the value, not null once built
     */
    @SuppressWarnings("unchecked")
    protected final <V> V value(Prop<V> property) {
        return (V) values[property.index()];
    }

    /**
     * Gets an optional value.
     *
     * @param <V>  the value type
     * @param property  a property of this type, not null
     * @return the value, empty if absent
     */
    @SuppressWarnings("unchecked")
    protected final <V> Optional<V> optional(Prop<V> property) {
        return Optional.ofNullable((V) values[property.index()]);
    }

    /**
     * Gets a list.
     *
     * @param <V>  the element type
     * @param property  a property of this type, not null
     * @return the unmodifiable list, not null
     */
    @SuppressWarnings("unchecked")
    protected final <V> List<V> list(Prop<V> property) {
        return (List<V>) values[property.index()];
    }

    /**
     * Gets a set.
     *
     * @param <V>  the element type
     * @param property  a property of this type, not null
     * @return the unmodifiable set, not null
     */
    @SuppressWarnings("unchecked")
    protected final <V> Set<V> set(Prop<V> property) {
        return (Set<V>) values[property.index()];
    }

    /** The value held at a property index, as held. */
    final Object raw(int index) {
        return values[index];
    }

    /** The values, for a builder to copy. */
    final Object[] values() {
        return values;
    }

    /** The shape of this value's type. */
    final Shape<?> shape() {
        return shape;
    }

    /**
     * Checks if this value equals another: of the same type, with equal values of every property, decimals compared
     * by value.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public final boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        Object[] other = ((ModelObject) obj).values;
        for (int i = 0; i < values.length; i++) {
            if (!same(values[i], other[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!same(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        int hash = this.hash;
        if (hash == 0) {
            // Computed once: the value and everything it holds are immutable. A race computes the same number twice.
            hash = getClass().hashCode();
            for (Object value : values) {
                hash = 31 * hash + hash(value);
            }
            this.hash = hash;
        }
        return hash;
    }

    private static int hash(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).stripTrailingZeros().hashCode();
        }
        if (value instanceof List) {
            int hash = 1;
            for (Object item : (List<?>) value) {
                hash = 31 * hash + hash(item);
            }
            return hash;
        }
        return value.hashCode();
    }

    /**
     * Outputs the type and its values present, such as {@code Party{actor=dz-cnas, role=signatory}}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(shape.name()).append('{');
        boolean first = true;
        for (Prop<?> prop : shape.props()) {
            Object value = values[prop.index()];
            if (value == null || value instanceof Collection && ((Collection<?>) value).isEmpty()) {
                continue;
            }
            if (!first) {
                buf.append(", ");
            }
            first = false;
            buf.append(prop.name()).append('=');
            buf.append(value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value);
        }
        return buf.append('}').toString();
    }
}
