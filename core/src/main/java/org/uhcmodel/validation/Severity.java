package org.uhcmodel.validation;

/**
 * How much a broken {@link Rule} weighs.
 */
public enum Severity {
    /** The data is impossible: the value is refused, with a {@link ModelViolationException}. */
    ERROR,
    /**
     * The data is implausible but may be true: the value is built, and the warning is reported by
     * {@link org.uhcmodel.meta.ModelType#warnings(Object)}, {@code Dataset.warnings()} and the JSON reader.
     */
    WARNING
}
