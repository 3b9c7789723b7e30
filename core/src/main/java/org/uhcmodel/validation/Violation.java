package org.uhcmodel.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule of the model: where it broke, which rule, and why.
 * <p>
 * The {@linkplain #path() path} names the offending property relative to the object being built,
 * in the form {@code signatories[0].person} or {@code entries[ar-DZ]}; an empty path means the
 * object as a whole. The {@linkplain #rule() rule code} is stable across releases and suitable for
 * programmatic handling; the {@linkplain #message() message} is for people and may change.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Violation {

    private final String path;
    private final String rule;
    private final String message;
    private final Object invalidValue;

    private Violation(String path, String rule, String message, Object invalidValue) {
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.message = Objects.requireNonNull(message, "message");
        this.invalidValue = invalidValue;
    }

    /**
     * Obtains a violation.
     *
     * @param path  the property path, empty for the whole object, not null
     * @param rule  the stable rule code, such as {@code agreement.signatory-not-party}, not null
     * @param message  the readable explanation, not null
     * @param invalidValue  the offending value, null if there is none (a missing value)
     * @return the violation, not null
     * @throws ModelViolationException listing every missing argument, each with the rule {@code required}
     */
    public static Violation of(String path, String rule, String message, Object invalidValue) {
        if (path == null || rule == null || message == null) {
            List<Violation> missing = new ArrayList<>(3);
            if (message == null) {
                missing.add(new Violation("message", "required", "must not be null", null));
            }
            if (path == null) {
                missing.add(new Violation("path", "required", "must not be null", null));
            }
            if (rule == null) {
                missing.add(new Violation("rule", "required", "must not be null", null));
            }
            throw new ModelViolationException(Violation.class.getSimpleName(), missing);
        }
        return new Violation(path, rule, message, invalidValue);
    }

    /**
     * Gets the path of the offending property, relative to the object being built.
     *
     * @return the path, empty for the object as a whole, not null
     */
    public String path() {
        return path;
    }

    /**
     * Gets the stable code of the broken rule.
     *
     * @return the rule code, such as {@code period.end-before-start}, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Gets the readable explanation of the violation.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Gets the offending value.
     *
     * @return the value, empty when the value is missing
     */
    public Optional<Object> invalidValue() {
        return Optional.ofNullable(invalidValue);
    }

    /**
     * Returns a copy of this violation whose path is placed under the given prefix.
     * <p>
     * This lets a container report the violations of a nested object at their full path,
     * for example {@code agreements[3]} and {@code parties[0].role} give {@code agreements[3].parties[0].role}.
     *
     * @param prefix  the path of the nested object, not null
     * @return the violation with the combined path, not null
     */
    public Violation under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        String combined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(combined, rule, message, invalidValue);
    }

    /**
     * Checks if this violation equals another by path, rule, message and value.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Violation)) {
            return false;
        }
        Violation other = (Violation) obj;
        return path.equals(other.path) && rule.equals(other.rule) && message.equals(other.message)
            && Objects.equals(invalidValue, other.invalidValue);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(path, rule, message, invalidValue);
    }

    /**
     * Outputs the violation as {@code path [rule]: message (value: v)}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder();
        buf.append(path.isEmpty() ? "(object)" : path).append(" [").append(rule).append("]: ").append(message);
        if (invalidValue != null) {
            buf.append(" (value: ").append(invalidValue).append(')');
        }
        return buf.toString();
    }
}
