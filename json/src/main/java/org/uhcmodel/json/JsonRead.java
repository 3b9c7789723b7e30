package org.uhcmodel.json;

import java.util.List;
import java.util.Objects;

/**
 * What a document read with {@link UhcJsonReader#readWithWarnings(String, Class)} holds: its value, and the warnings
 * of that value. A warning is a rule of the model of severity warning that the value breaks (an implausible figure,
 * such as more people enrolled than targeted): the value is built, and the warning says where it looks wrong, with
 * its JSON Pointer, line, column and rule code, as a {@link JsonProblem} of severity warning.
 * <p>
 * This class is immutable and thread-safe if the value is.
 *
 * @param <T>  the model type
 */
public final class JsonRead<T> {

    private final T value;
    private final List<JsonProblem> warnings;

    JsonRead(T value, List<JsonProblem> warnings) {
        this.value = Objects.requireNonNull(value, "value");
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Gets the value read.
     *
     * @return the value, not null
     */
    public T value() {
        return value;
    }

    /**
     * Gets the warnings of the value, in document order.
     *
     * @return the unmodifiable warnings, each of severity warning, empty if none, not null
     */
    public List<JsonProblem> warnings() {
        return warnings;
    }

    /**
     * Checks whether the value has warnings.
     *
     * @return true if it has none
     */
    public boolean hasNoWarnings() {
        return warnings.isEmpty();
    }

    /**
     * Gets the result as text: the value and the number of warnings.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value + " (" + warnings.size() + (warnings.size() == 1 ? " warning)" : " warnings)");
    }
}
