package org.uhcmodel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.uhcmodel.meta.Property;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;

/**
 * Collects the violations of one severity that the rules of a value report: errors when it is built, warnings when
 * they are asked for. A rule of the other severity is ignored, so a check reports every rule it breaks and the
 * checker keeps the ones wanted.
 * <p>
 * Paths are written as in violations: {@code signatories[0].person}, {@code parties[1]}; build them only when
 * reporting.
 */
public final class Checker {

    /** Orders violations by path, then rule, then message: the order every exception and list of warnings has. */
    static final Comparator<Violation> ORDER =
        Comparator.comparing(Violation::path).thenComparing(Violation::rule).thenComparing(Violation::message);

    private final Severity severity;
    private List<Violation> found;

    /**
     * Creates a checker.
     *
     * @param severity  the severity of the violations to keep, not null
     */
    public Checker(Severity severity) {
        this.severity = severity;
    }

    /**
     * Checks whether violations of a rule are kept: a check may skip work done only for rules that are not.
     *
     * @param rule  the rule, not null
     * @return true if the rule's severity is the one kept
     */
    public boolean wants(Rule rule) {
        return rule.severity() == severity;
    }

    /**
     * Reports a broken rule at a property.
     *
     * @param rule  the rule, not null
     * @param property  the property, not null
     * @param value  the offending value, null if missing
     */
    public void report(Rule rule, Property<?> property, Object value) {
        if (rule.severity() == severity) {
            add(Violation.of(property.name(), rule, value));
        }
    }

    /**
     * Reports a broken rule at a path.
     *
     * @param rule  the rule, not null
     * @param path  the path, empty for the whole value, not null
     * @param value  the offending value, null if missing
     */
    public void report(Rule rule, String path, Object value) {
        if (rule.severity() == severity) {
            add(Violation.of(path, rule, value));
        }
    }

    /**
     * Reports a broken rule whose message names parameters.
     *
     * @param rule  the rule, not null
     * @param path  the path, empty for the whole value, not null
     * @param value  the offending value, null if missing
     * @param parameters  the values of the message's parameters, not null
     */
    public void report(Rule rule, String path, Object value, Map<String, ?> parameters) {
        if (rule.severity() == severity) {
            add(Violation.of(path, rule, value, parameters));
        }
    }

    /**
     * Adds violations found elsewhere, such as those of a value held, under a path.
     *
     * @param violations  the violations, of the severity kept, not null
     * @param prefix  the path of the value they were found in, not null
     */
    public void addAll(List<Violation> violations, String prefix) {
        for (Violation violation : violations) {
            add(violation.under(prefix));
        }
    }

    private void add(Violation violation) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(violation);
    }

    /**
     * Checks whether anything was reported.
     *
     * @return true if no violation was kept
     */
    public boolean isEmpty() {
        return found == null;
    }

    /**
     * Throws the errors reported, if any: the end of a factory that checks its input.
     *
     * @param type  the type that could not be made, not null
     * @throws ModelViolationException listing every error reported, in the model's stable order
     */
    public void throwIfAny(Class<?> type) {
        if (found != null) {
            throw refusal(type, found);
        }
    }

    /**
     * Creates the exception listing errors, in the model's stable order.
     *
     * @param type  the type that could not be made, not null
     * @param errors  the errors, not empty
     * @return the exception to throw, not null
     */
    public static ModelViolationException refusal(Class<?> type, List<Violation> errors) {
        List<Violation> sorted = new ArrayList<>(errors);
        sorted.sort(ORDER);
        return new ModelViolationException(type.getSimpleName(), sorted);
    }

    /**
     * Creates the exception for a single broken rule of a factory.
     *
     * @param type  the type that could not be made, not null
     * @param rule  the rule, not null
     * @param path  the path of the offending input, empty for the whole input, not null
     * @param value  the offending value, null if missing
     * @return the exception to throw, not null
     */
    public static ModelViolationException refusal(Class<?> type, Rule rule, String path, Object value) {
        return new ModelViolationException(type.getSimpleName(), List.of(Violation.of(path, rule, value)));
    }

    /**
     * Gets the violations kept, in the order reported.
     *
     * @return the violations, a list the caller may keep, not null
     */
    public List<Violation> found() {
        return found == null ? new ArrayList<>(0) : found;
    }
}
