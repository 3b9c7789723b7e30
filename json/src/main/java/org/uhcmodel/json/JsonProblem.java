package org.uhcmodel.json;

import java.util.Objects;

import org.uhcmodel.validation.Severity;

/**
 * One problem found while reading a JSON document: where it is (a JSON Pointer, a line and a column), which rule it
 * breaks (a stable code) and a message for people. A problem found in a value that cannot be written (see
 * {@link JsonWriteException}) has the pointer the value would have had, and line and column 0.
 * <p>
 * Rule codes starting with {@code json.} are problems of the JSON itself (for example {@code json.unknown-property});
 * every other code is the rule code of the model (for example {@code agreement.signatory-not-party} or
 * {@code unknown-code}), exactly as the core module reports it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JsonProblem implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the value in error. */
    private final String pointer;
    /** The line of the value, from 1, or 0 if unknown. */
    private final int line;
    /** The column of the value, from 1, or 0 if unknown. */
    private final int column;
    /** The stable rule code. */
    private final String rule;
    /** The message for people. */
    private final String message;
    /** Whether the problem refuses the document or is reported beside its value. */
    private final Severity severity;

    private JsonProblem(String pointer, int line, int column, String rule, String message, Severity severity) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.message = Objects.requireNonNull(message, "message");
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    /**
     * Obtains a problem.
     *
     * @param pointer  the JSON Pointer (RFC 6901) of the value in error, "" for the whole document, not null
     * @param line  the line of the value, starting at 1, or 0 if unknown
     * @param column  the column of the value, starting at 1, or 0 if unknown
     * @param rule  the stable rule code, not null
     * @param message  the message for people, not null
     * @return the problem, not null
     * @throws NullPointerException if a text argument is null
     */
    public static JsonProblem of(String pointer, int line, int column, String rule, String message) {
        return new JsonProblem(pointer, line, column, rule, message, Severity.ERROR);
    }

    /**
     * Obtains a problem of a given severity: an error refuses the document, a warning (a rule of the model of
     * severity warning that the value read breaks) is reported beside the value.
     *
     * @param pointer  the JSON Pointer (RFC 6901) of the value, "" for the whole document, not null
     * @param line  the line of the value, starting at 1, or 0 if unknown
     * @param column  the column of the value, starting at 1, or 0 if unknown
     * @param rule  the stable rule code, not null
     * @param message  the message for people, not null
     * @param severity  the severity, not null
     * @return the problem, not null
     * @throws NullPointerException if an argument is null
     */
    public static JsonProblem of(String pointer, int line, int column, String rule, String message,
                                 Severity severity) {
        return new JsonProblem(pointer, line, column, rule, message, severity);
    }

    /**
     * Gets the severity: {@link Severity#ERROR} for a problem that refuses the document, {@link Severity#WARNING} for
     * a rule of the model of severity warning broken by a value that was read.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Gets the JSON Pointer of the value in error; for a missing property, the pointer of the property it would have.
     *
     * @return the pointer, "" for the whole document, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Gets the line of the value in error (for a missing property, of the object that lacks it).
     *
     * @return the line, starting at 1, or 0 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * Gets the column of the value in error (for a missing property, of the object that lacks it), counted in UTF-16
     * code units from the start of its line, so that a character outside the Basic Multilingual Plane (an emoji)
     * counts two; the same whether the document was read from text or from UTF-8 bytes by {@link UhcJson#reader()}
     * or {@link NdjsonReader}.
     *
     * @return the column, starting at 1, or 0 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * Gets the stable rule code: {@code json.*} for a problem of the JSON, otherwise the model's rule code.
     *
     * @return the rule code, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Gets the message for people.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Checks if this problem equals another: same pointer, position, rule, message and severity.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof JsonProblem)) {
            return false;
        }
        JsonProblem other = (JsonProblem) obj;
        return pointer.equals(other.pointer) && line == other.line && column == other.column
            && rule.equals(other.rule) && message.equals(other.message) && severity == other.severity;
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(pointer, line, column, rule, message, severity);
    }

    /**
     * Gets the problem as text, such as {@code /parties/0/role (line 4, column 17) [unknown-code]: ...}; a warning
     * as {@code ... [coverage-snapshot.enrolled-exceeds-target, warning]: ...}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + " (line " + line + ", column " + column + ") ["
            + rule + (severity == Severity.WARNING ? ", warning" : "") + "]: " + message;
    }
}
