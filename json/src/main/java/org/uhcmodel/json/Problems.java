package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, up to a bound so that a hostile document cannot exhaust memory. */
final class Problems {

    /** At most this many problems are kept per document; one more says that the rest were dropped. */
    static final int MAX_PROBLEMS = 1000;
    /** At most this many problems are listed in an exception's message; all are in its list. */
    static final int SHOWN = 20;

    private final List<JsonProblem> list = new ArrayList<>();
    private boolean truncated;

    void add(String pointer, int line, int column, String rule, String message) {
        if (list.size() < MAX_PROBLEMS) {
            list.add(JsonProblem.of(pointer, line, column, rule, message));
        } else if (!truncated) {
            truncated = true;
            list.add(JsonProblem.of("", 0, 0, "json.too-many-problems",
                "more than " + MAX_PROBLEMS + " problems; the rest are not reported"));
        }
    }

    void add(Node at, String rule, String message) {
        add(at.pointer, at.line, at.column, rule, message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<JsonProblem> list() {
        return list;
    }

    /**
     * Describes problems as an exception message: a title, the count, then one line a problem, the first
     * {@value #SHOWN} of them.
     *
     * @param exception  the name of the exception, for the error when there is no problem
     * @param title  the first words of the message
     * @param problems  the problems
     * @param line  how a problem is written on its line
     * @return the message
     * @throws IllegalArgumentException if there is no problem
     */
    static String describe(String exception, String title, List<JsonProblem> problems,
            java.util.function.Function<JsonProblem, String> line) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A " + exception + " needs at least one problem");
        }
        StringBuilder buf = new StringBuilder(title).append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            buf.append("\n  ").append(line.apply(problems.get(i)));
        }
        if (problems.size() > SHOWN) {
            buf.append("\n  … and ").append(problems.size() - SHOWN).append(" more");
        }
        return buf.toString();
    }

    /** Throws the problems, if any, in document order (by line, then column; stable otherwise). */
    void throwIfAny() {
        if (!list.isEmpty()) {
            List<JsonProblem> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
            throw new JsonReadException(sorted);
        }
    }
}
