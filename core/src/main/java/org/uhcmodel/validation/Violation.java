package org.uhcmodel.validation;

import java.util.Map;
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
    private final Severity severity;
    private final String message;
    private final Object invalidValue;

    private Violation(String path, String rule, Severity severity, String message, Object invalidValue) {
        this.path = path;
        this.rule = rule;
        this.severity = severity;
        this.message = message;
        this.invalidValue = invalidValue;
    }

    /**
     * Obtains a violation of a rule, with the rule's message.
     *
     * @param path  the property path, empty for the whole object, not null
     * @param rule  the broken rule, not null
     * @param invalidValue  the offending value, null if there is none (a missing value)
     * @return the violation, not null
     */
    public static Violation of(String path, Rule rule, Object invalidValue) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        return new Violation(path, rule.code(), rule.severity(), rule.message(), invalidValue);
    }

    /**
     * Obtains a violation of a rule whose message names parameters.
     *
     * @param path  the property path, empty for the whole object, not null
     * @param rule  the broken rule, not null
     * @param invalidValue  the offending value, null if there is none (a missing value)
     * @param parameters  the values of the message's parameters, by name, not null
     * @return the violation, not null
     */
    public static Violation of(String path, Rule rule, Object invalidValue, Map<String, ?> parameters) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        return new Violation(path, rule.code(), rule.severity(), rule.message(parameters), invalidValue);
    }

    /**
     * Obtains an error with a code and message of its own, such as a reader's problem that no rule of the model names.
     *
     * @param path  the property path, empty for the whole object, not null
     * @param rule  the stable rule code, not null
     * @param message  the readable explanation, not null
     * @param invalidValue  the offending value, null if there is none (a missing value)
     * @return the violation, of severity {@link Severity#ERROR}, not null
     */
    public static Violation of(String path, String rule, String message, Object invalidValue) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        return new Violation(path, rule, Severity.ERROR, message, invalidValue);
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
     * Gets the severity of the broken rule.
     *
     * @return {@link Severity#ERROR} for a refused value, {@link Severity#WARNING} for one built with a warning
     */
    public Severity severity() {
        return severity;
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
        return new Violation(combined, rule, severity, message, invalidValue);
    }

    /**
     * Checks if this violation equals another by path, rule, severity, message and value.
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
        return path.equals(other.path) && rule.equals(other.rule) && severity == other.severity
            && message.equals(other.message) && Objects.equals(invalidValue, other.invalidValue);
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
     * Outputs the violation as {@code path [rule]: message (value: v)}, a warning as {@code path [rule, warning]: …}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder();
        buf.append(path.isEmpty() ? "(object)" : path).append(" [").append(rule)
            .append(severity == Severity.WARNING ? ", warning]: " : "]: ").append(message);
        if (invalidValue != null) {
            buf.append(" (value: ").append(invalidValue).append(')');
        }
        return buf.toString();
    }
}
