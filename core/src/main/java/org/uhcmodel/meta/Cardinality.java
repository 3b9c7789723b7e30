package org.uhcmodel.meta;

/**
 * How many values a {@link Property} holds.
 */
public enum Cardinality {
    /** Exactly one value; a missing one is the violation {@code required}. */
    REQUIRED,
    /** At most one value; the accessor returns an {@code Optional}. */
    OPTIONAL,
    /** Values in order, repeats allowed; the accessor returns an unmodifiable {@code List}. */
    LIST,
    /** Distinct values; the accessor returns an unmodifiable {@code Set}. */
    SET;

    /**
     * Checks whether this cardinality holds several values.
     *
     * @return true for {@link #LIST} and {@link #SET}
     */
    public boolean isCollection() {
        return this == LIST || this == SET;
    }
}
