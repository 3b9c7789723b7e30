package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.value.Money;

/**
 * The cross-field rules of {@link Benefit}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = BenefitRules.Check.class)
public @interface BenefitRules {

    /** @return the message key */
    String message() default "{benefit.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code benefit.negative-waiting-period} and {@code benefit.currency-mismatch}. */
    final class Check extends RuleCheck<BenefitRules, Benefit> {
        @Override
        protected void check(Benefit benefit, RuleSink sink) {
            benefit.waitingPeriod().filter(java.time.Period::isNegative)
                .ifPresent(p -> sink.report("benefit.negative-waiting-period", "waitingPeriod", p));
            if (benefit.copayment().isPresent() && benefit.ceiling().isPresent()) {
                Money ceiling = benefit.ceiling().get();
                if (!ceiling.currency().equals(benefit.copayment().get().currency())) {
                    sink.report("benefit.currency-mismatch", "ceiling", ceiling);
                }
            }
        }
    }
}
