package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.value.EntityId;

/**
 * The cross-field rules of {@link Event}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = EventRules.Check.class)
public @interface EventRules {

    /** @return the message key */
    String message() default "{event.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code event.date-and-period} and {@code event.duplicate-participant}. */
    final class Check extends RuleCheck<EventRules, Event> {
        @Override
        protected void check(Event event, RuleSink sink) {
            if (event.date().isPresent() && event.period().isPresent()) {
                sink.report("event.date-and-period", "period", event.period().get());
            }
            Set<EntityId> seen = new HashSet<>();
            for (int i = 0; i < event.participants().size(); i++) {
                EntityId participant = event.participants().get(i);
                if (participant != null && !seen.add(participant)) {
                    sink.report("event.duplicate-participant", "participants[" + i + "]", participant);
                }
            }
        }
    }
}
