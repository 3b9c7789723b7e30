package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;

import org.uhcmodel.validation.Severity;

/**
 * Collects the problems of one document as they are found, up to a cap: the problem past the cap ends the reading, so
 * that a hostile document costs no more work once {@value #MAX_PROBLEMS} problems are known.
 * <p>
 * A problem is kept with the JSON Pointer of its value and either its position (a line and column, or an offset in
 * the input that a {@link Source} turns into one) or the instruction to locate it: a problem that a builder reports
 * below the object it builds is placed at the deepest value of the document along its pointer.
 */
final class Problems {

    /** At most this many problems are kept per document; the next one ends the reading. */
    static final int MAX_PROBLEMS = 1000;
    /** At most this many problems are listed in an exception's message; all are in its list. */
    static final int SHOWN = 20;

    /** Ends the reading of a document: the cap is reached, or the token stream cannot go on. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** One problem as found. */
    static final class Found {
        final String pointer;
        final String rule;
        final String message;
        final Severity severity;
        /** The offset of the value in the input, or -1 if the position is given as a line and column. */
        long offset;
        int line;
        int column;
        /** True to place the problem at the deepest value along its pointer, once the document is read. */
        final boolean locate;
        /** The order in which it was found, which breaks ties of position. */
        int sequence;

        Found(String pointer, String rule, String message, Severity severity, boolean locate) {
            this.pointer = pointer;
            this.rule = rule;
            this.message = message;
            this.severity = severity;
            this.locate = locate;
            this.offset = -1;
        }
    }

    private static final Stop STOP = new Stop();

    private final List<Found> found = new ArrayList<>();
    private final int cap;
    private boolean truncated;

    Problems() {
        this(MAX_PROBLEMS);
    }

    Problems(int cap) {
        this.cap = cap;
    }

    /**
     * Adds a problem; past the cap, ends the reading.
     *
     * @param problem  the problem
     * @throws Stop if the cap was reached before it
     */
    void add(Found problem) {
        if (found.size() >= cap) {
            truncated = true;
            throw STOP;
        }
        problem.sequence = found.size();
        found.add(problem);
    }

    /** @return a stop of the reading, to throw */
    static Stop stop() {
        return STOP;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<Found> found() {
        return found;
    }

    /** @return true if problems past the cap were not reported */
    boolean truncated() {
        return truncated;
    }

    /**
     * Turns the problems, once placed, into their public form, in document order (by line, then column, then the
     * order found), followed by {@code json.too-many-problems} if the cap was reached.
     *
     * @return the problems
     */
    List<JsonProblem> toList() {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line)
            : a.column != b.column ? Integer.compare(a.column, b.column) : Integer.compare(a.sequence, b.sequence));
        List<JsonProblem> out = new ArrayList<>(sorted.size() + 1);
        for (Found f : sorted) {
            out.add(JsonProblem.of(f.pointer, f.line, f.column, f.rule, f.message, f.severity));
        }
        if (truncated) {
            out.add(JsonProblem.of("", 0, 0, "json.too-many-problems", "more than " + MAX_PROBLEMS
                + " problems: reading stopped at the next one; these are the first found"));
        }
        return out;
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
}
