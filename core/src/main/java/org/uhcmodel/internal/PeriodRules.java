package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.uhcmodel.value.Period;

/**
 * The cross-field rules of {@link Period}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PeriodRules.Check.class)
public @interface PeriodRules {

    /** @return the message key */
    String message() default "{period.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code period.empty} and {@code period.end-before-start}. */
    final class Check extends RuleCheck<PeriodRules, Period> {
        @Override
        protected void check(Period period, RuleSink sink) {
            if (period.start().isEmpty() && period.end().isEmpty()) {
                sink.report("period.empty", "", null);
            }
            if (period.start().isPresent() && period.end().isPresent()
                && period.end().get().isDefinitelyBefore(period.start().get())) {
                sink.report("period.end-before-start", "end", period.end().get());
            }
        }
    }
}
