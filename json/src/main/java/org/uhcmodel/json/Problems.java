package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, up to a bound so that a hostile document cannot exhaust memory. */
final class Problems {

    /** At most this many problems are kept per document; one more says that the rest were dropped. */
    static final int MAX_PROBLEMS = 1000;

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

    /** Throws the problems, if any, in document order (by line, then column; stable otherwise). */
    void throwIfAny() {
        if (!list.isEmpty()) {
            List<JsonProblem> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
            throw new JsonReadException(sorted);
        }
    }
}
