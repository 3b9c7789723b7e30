package org.uhcmodel.json;

import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.exc.StreamReadException;

/**
 * Thrown when a JSON document cannot be read into the model; it carries every problem found in the document, not
 * just the first, as a list of {@link JsonProblem}s, which is its API: each has a JSON Pointer, a line, a column, a
 * stable rule code and a message.
 * <p>
 * It is a Jackson {@link StreamReadException}, the exception of input that cannot be read, so that frameworks built
 * on Jackson treat it as bad input (an HTTP 400, not a 500). It carries no location of its own (each problem has
 * its own) and its message lists the problems, without anything of the parser's internals.
 * <p>
 * This exception is unchecked and immutable.
 */
public final class JsonReadException extends StreamReadException {

    private static final long serialVersionUID = 1L;

    /** The problems, in document order; an unmodifiable, serializable list. */
    private final List<JsonProblem> problems;

    /**
     * Creates an exception.
     *
     * @param problems  the problems, not empty, not null
     * @throws IllegalArgumentException if there is no problem
     */
    public JsonReadException(List<JsonProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<JsonProblem> problems) {
        return Problems.describe("JsonReadException", "Invalid JSON document: ", problems, JsonProblem::toString);
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
        return problems.stream().map(JsonProblem::rule).collect(Collectors.toUnmodifiableList());
    }
}
