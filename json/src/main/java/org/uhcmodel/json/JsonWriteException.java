package org.uhcmodel.json;

import java.util.List;

/**
 * Thrown when a model value cannot be written as JSON that a reader would read back, before anything is written;
 * it carries every problem of the value, not just the first.
 * <p>
 * The model accepts some values that the wire format cannot carry: text holding an unpaired surrogate
 * ({@code json.encoding}), a period with no form in the wire format ({@code json.period}), and, for the writers of
 * {@link UhcJson}, a string, a language tag or a nesting of places beyond the limits of {@link UhcJson#reader()}
 * ({@code json.limit}). Decimals are never refused: the model bounds every decimal to 30 digits before the decimal
 * point and 18 after it (rule {@code decimal.digits}), whose plain notation the reader reads. Each
 * {@link JsonProblem} names the JSON Pointer the value would have had in the document and the rule it breaks; its
 * line and column are 0, as nothing was written.
 * <p>
 * This exception is unchecked and immutable.
 */
public final class JsonWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, in the order of the document that was not written; an unmodifiable, serializable list. */
    private final List<JsonProblem> problems;

    /**
     * Creates an exception.
     *
     * @param problems  the problems, not empty, not null
     * @throws IllegalArgumentException if there is no problem
     */
    public JsonWriteException(List<JsonProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<JsonProblem> problems) {
        return Problems.describe("JsonWriteException", "Cannot write the value as JSON: ", problems,
            p -> (p.pointer().isEmpty() ? "(value)" : p.pointer()) + " [" + p.rule() + "]: " + p.message());
    }

    /**
     * Gets every problem found, in document order.
     *
     * @return the problems, not empty, unmodifiable, not null
     */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * Gets the rule code of every problem, in the order of {@link #problems()}.
     *
     * @return the rule codes, not empty, unmodifiable, not null
     */
    public List<String> rules() {
        return problems.stream().map(JsonProblem::rule).collect(java.util.stream.Collectors.toUnmodifiableList());
    }
}
