package org.uhcmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * Base of the class-level validators that enforce a type's cross-field rules.
 *
 * @param <A>  the constraint annotation
 * @param <T>  the validated model type
 */
public abstract class RuleCheck<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** Creates the check. */
    protected RuleCheck() {
    }

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        RuleSink sink = new RuleSink(context);
        check(value, sink);
        return sink.valid();
    }

    /**
     * Checks every cross-field rule of the value, reporting each broken one to the sink.
     * The value's own property constraints may have failed too: a check must tolerate null properties.
     *
     * @param value  the value, not null
     * @param sink  where broken rules are reported, not null
     */
    protected abstract void check(T value, RuleSink sink);
}
