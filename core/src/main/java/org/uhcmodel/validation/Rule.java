package org.uhcmodel.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the model: a stable code, a severity, a message, the type that enforces it and the properties it reads.
 * <p>
 * Every rule of the model is listed by {@link Rules#all()}. A rule's code is stable across releases and suitable for
 * programmatic handling; its message is for people and may be improved. A message may name parameters, written
 * {@code {name}}, that a violation fills in.
 * <p>
 * The rules every model type enforces on its properties are constants of this class: {@link #REQUIRED},
 * {@link #NOT_BLANK}, {@link #NOT_EMPTY}, {@link #POSITIVE_OR_ZERO}, {@link #DECIMAL_DIGITS} and {@link #UNKNOWN_CODE}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Rule {

    /** A required value is missing. */
    public static final Rule REQUIRED = general("required", "must be given");
    /** Text is blank: made only of invisible characters (see {@linkplain org.uhcmodel.validation blank text}). */
    public static final Rule NOT_BLANK = general("not-blank", "must not be blank");
    /** A collection that must hold at least one element is empty. */
    public static final Rule NOT_EMPTY = general("not-empty", "must hold at least one element");
    /** A count or figure is negative. */
    public static final Rule POSITIVE_OR_ZERO = general("positive-or-zero", "must be zero or more");
    /** A decimal has more than 30 digits before the point or 18 after it. */
    public static final Rule DECIMAL_DIGITS =
        general("decimal.digits", "must have at most 30 digits before the decimal point and 18 after it");
    /** A code is not a code of its vocabulary. */
    public static final Rule UNKNOWN_CODE = general("unknown-code", "is not a code of this vocabulary; allowed codes: {allowed}");

    private final String code;
    private final Severity severity;
    private final String message;
    private final Class<?> type;
    private final List<String> reads;

    private Rule(String code, Severity severity, String message, Class<?> type, List<String> reads) {
        this.code = code;
        this.severity = severity;
        this.message = message;
        this.type = type;
        this.reads = reads;
    }

    private static Rule general(String code, String message) {
        return new Rule(code, Severity.ERROR, message, null, List.of());
    }

    /**
     * Obtains a rule enforced by a type.
     *
     * @param code  the stable code, such as {@code agreement.signatory-not-party}, not null
     * @param severity  the severity, not null
     * @param message  the message, possibly with parameters written {@code {name}}, not null
     * @param type  the type that enforces the rule, not null
     * @param reads  the names of the properties of the type the rule reads, not null
     * @return the rule, not null
     */
    public static Rule of(String code, Severity severity, String message, Class<?> type, List<String> reads) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
        return new Rule(code, severity, message, type, List.copyOf(reads));
    }

    /**
     * Gets the stable code.
     *
     * @return the code, such as {@code agreement.signatory-not-party}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the severity: an error refuses the value, a warning is reported beside it.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Gets the message, with its parameters unfilled.
     *
     * @return the message template, not null
     */
    public String message() {
        return message;
    }

    /**
     * Gets the message with its parameters filled in.
     *
     * @param parameters  the values of the parameters, by name, not null
     * @return the message, not null
     */
    public String message(Map<String, ?> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        String text = message;
        for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
            text = text.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
        }
        return text;
    }

    /**
     * Gets the type that enforces the rule.
     *
     * @return the type, empty for the rules every type enforces on its properties, such as {@link #REQUIRED}
     */
    public Optional<Class<?>> type() {
        return Optional.ofNullable(type);
    }

    /**
     * Gets the properties of the enforcing type the rule reads, besides the one it is reported at.
     * <p>
     * A reader that could not read one of these properties skips the rule, so that one fault of the input gives one
     * problem.
     *
     * @return the unmodifiable property names, empty for a rule that reads only the property it is reported at
     */
    public List<String> reads() {
        return reads;
    }

    /**
     * Checks if this rule is an error.
     *
     * @return true if a broken rule refuses the value
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Rules are equal by code.
     *
     * @param obj  the other object, null returns false
     * @return true if the codes are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rule && code.equals(((Rule) obj).code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Outputs the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
