package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;

/**
 * The cross-field rules of {@link Person}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PersonRules.Check.class)
public @interface PersonRules {

    /** @return the message key */
    String message() default "{person.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code person.duplicate-position}. */
    final class Check extends RuleCheck<PersonRules, Person> {
        @Override
        protected void check(Person person, RuleSink sink) {
            List<Position> positions = person.positions();
            Set<Position> seen = new HashSet<>();
            for (int i = 0; i < positions.size(); i++) {
                Position position = positions.get(i);
                if (position != null && !seen.add(position)) {
                    sink.report("person.duplicate-position", "positions[" + i + "]", position);
                }
            }
        }
    }
}
