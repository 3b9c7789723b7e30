package org.uhcmodel.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.uhcmodel.validation.Violation;

/**
 * Collects the violations of a class-level rule check, each with its own rule code, path and value.
 * <p>
 * Paths are written as in violations: {@code signatories[0].person}, {@code parties[1]}.
 */
public final class RuleSink {

    /** The violations of the value {@link Rules#check} is validating on this thread, if it is. */
    private static final ThreadLocal<List<Violation>> COLLECTED = new ThreadLocal<>();

    private final List<Violation> collected;
    private boolean valid = true;

    RuleSink(ConstraintValidatorContext context) {
        this.collected = COLLECTED.get();
        if (collected != null) {
            context.disableDefaultConstraintViolation();
        }
    }

    /**
     * Collects the violations reported on this thread into a list, until {@link #restore}.
     *
     * @param violations  the list to add to, not null
     * @return the list collected into before, to restore, null if none
     */
    static List<Violation> collectInto(List<Violation> violations) {
        List<Violation> outer = COLLECTED.get();
        COLLECTED.set(violations);
        return outer;
    }

    /**
     * Collects the violations reported on this thread into the list collected into before.
     *
     * @param outer  the list returned by {@link #collectInto}, null if none
     */
    static void restore(List<Violation> outer) {
        if (outer == null) {
            COLLECTED.remove();
        } else {
            COLLECTED.set(outer);
        }
    }

    /**
     * Reports a broken rule.
     *
     * @param rule  the rule code, with a message in the rule catalogue
     * @param path  the path of the offending property, empty for the whole object
     * @param value  the offending value, null if none
     */
    public void report(String rule, String path, Object value) {
        report(rule, path, value, Map.of());
    }

    /**
     * Reports a broken rule whose message names parameters, written {@code {name}} in the rule catalogue.
     *
     * @param rule  the rule code, with a message in the rule catalogue
     * @param path  the path of the offending property, empty for the whole object
     * @param value  the offending value, null if none
     * @param parameters  the values of the message's parameters, not null
     */
    public void report(String rule, String path, Object value, Map<String, Object> parameters) {
        valid = false;
        if (collected != null) {
            collected.add(Violation.of(path, rule, Rules.message(rule, parameters), value));
        }
    }

    /**
     * Tells Hibernate Validator whether the check passed. Violations collected for {@link Rules#check} are reported
     * there, so for Hibernate Validator the check passes; under another validator, which only ever meets values that
     * were valid when built, a broken rule would show as the constraint's default violation.
     */
    boolean valid() {
        return valid || collected != null;
    }
}
