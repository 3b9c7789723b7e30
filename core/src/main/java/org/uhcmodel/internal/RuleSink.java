package org.uhcmodel.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the violations of a class-level rule check, each with its own rule code, path and value.
 * <p>
 * Paths are written as in violations: {@code signatories[0].person}, {@code parties[1]}.
 */
public final class RuleSink {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    RuleSink(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
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

    boolean valid() {
        return valid;
    }

    /**
     * The offending value of a reported rule, as the violation's dynamic payload.
     *
     * @param value  the value, null if missing
     */
    record Reported(Object value) {
    }
}
