package org.uhcmodel.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.uhcmodel.validation.Violation;

/**
 * Collects the violations of a class-level rule check, each with its own rule code, path and value.
 * <p>
 * Paths are written as in violations: {@code signatories[0].person}, {@code parties[1]}.
 */
public final class RuleSink {

    /** The violations of the value {@link Rules#check} is validating on this thread, if it is. */
    private static final ThreadLocal<List<Violation>> COLLECTED = new ThreadLocal<>();

    private final ConstraintValidatorContext context;
    private final List<Violation> collected;
    private boolean valid = true;

    RuleSink(ConstraintValidatorContext context) {
        this.context = context;
        this.collected = COLLECTED.get();
        context.disableDefaultConstraintViolation();
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
            return;
        }
        // Validated by another validator than the model's: reported as a Hibernate Validator violation.
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        // Wrapped, so that a reported null (a missing value) is not mistaken for no report at all.
        hibernate.withDynamicPayload(new Reported(value));
        parameters.forEach(hibernate::addMessageParameter);
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate("{" + rule + "}");
        if (path.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext open = null;
        NodeBuilderDefinedContext indexed = null;
        Integer pendingIndex = null;
        for (String segment : path.split("\\.")) {
            String name = segment;
            Integer index = null;
            int bracket = segment.indexOf('[');
            if (bracket >= 0) {
                name = segment.substring(0, bracket);
                index = Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
            }
            NodeBuilderCustomizableContext next = open != null ? open.addPropertyNode(name)
                : indexed != null ? indexed.addPropertyNode(name) : builder.addPropertyNode(name);
            if (pendingIndex != null) {
                indexed = next.inIterable().atIndex(pendingIndex);
                open = null;
            } else {
                open = next;
                indexed = null;
            }
            pendingIndex = index;
        }
        if (pendingIndex != null) {
            (open != null ? open.addBeanNode() : indexed.addBeanNode()).inIterable().atIndex(pendingIndex)
                .addConstraintViolation();
        } else if (open != null) {
            open.addConstraintViolation();
        } else {
            indexed.addConstraintViolation();
        }
        hibernate.withDynamicPayload(null);
    }

    /**
     * Tells Hibernate Validator whether the check passed; violations collected for {@link Rules#check} are not
     * its own, so for it the check passes.
     */
    boolean valid() {
        return valid || collected != null;
    }

    /**
     * The offending value of a reported rule, as the violation's dynamic payload.
     *
     * @param value  the value, null if missing
     */
    record Reported(Object value) {
    }
}
