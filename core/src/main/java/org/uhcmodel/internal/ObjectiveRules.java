package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.Objective;

/**
 * The cross-field rules of {@link Objective}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ObjectiveRules.Check.class)
public @interface ObjectiveRules {

    /** @return the message key */
    String message() default "{objective.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code objective.target-without-metric} and {@code objective.target-against-direction}. */
    final class Check extends RuleCheck<ObjectiveRules, Objective> {
        @Override
        protected void check(Objective objective, RuleSink sink) {
            if (objective.metric().isEmpty()) {
                objective.baseline().ifPresent(b -> sink.report("objective.target-without-metric", "baseline", b));
                objective.target().ifPresent(t -> sink.report("objective.target-without-metric", "target", t));
            }
            if (objective.baseline().isPresent() && objective.target().isPresent() && objective.direction().isPresent()) {
                int cmp = objective.target().get().compareTo(objective.baseline().get());
                Direction direction = objective.direction().get();
                boolean wrong = direction == Direction.INCREASE ? cmp <= 0
                    : direction == Direction.DECREASE ? cmp >= 0 : cmp != 0;
                BigDecimal target = objective.target().get();
                if (wrong) {
                    sink.report("objective.target-against-direction", "target", target);
                }
            }
        }
    }
}
