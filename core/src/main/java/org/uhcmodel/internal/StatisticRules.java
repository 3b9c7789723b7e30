package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.uhcmodel.value.Statistic;

/**
 * The cross-field rules of {@link Statistic}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = StatisticRules.Check.class)
public @interface StatisticRules {

    /** @return the message key */
    String message() default "{statistic.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code statistic.as-of-and-period}. */
    final class Check extends RuleCheck<StatisticRules, Statistic> {
        @Override
        protected void check(Statistic statistic, RuleSink sink) {
            if (statistic.asOf().isPresent() && statistic.period().isPresent()) {
                sink.report("statistic.as-of-and-period", "period", statistic.period().get());
            }
        }
    }
}
