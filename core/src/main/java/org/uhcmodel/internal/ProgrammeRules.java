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
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.value.EntityId;

/**
 * The cross-field rules of {@link Programme}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ProgrammeRules.Check.class)
public @interface ProgrammeRules {

    /** @return the message key */
    String message() default "{programme.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code programme.duplicate-participant}, {@code programme.related-to-itself}
     * and {@code programme.closed-without-end}.
     */
    final class Check extends RuleCheck<ProgrammeRules, Programme> {
        @Override
        protected void check(Programme programme, RuleSink sink) {
            List<ProgrammeParticipant> participants = programme.participants();
            Set<ProgrammeParticipant> seen = new HashSet<>();
            for (int i = 0; i < participants.size(); i++) {
                if (participants.get(i) != null && !seen.add(participants.get(i))) {
                    sink.report("programme.duplicate-participant", "participants[" + i + "]", participants.get(i));
                }
            }
            EntityId id = programme.id();
            List<EntityId> related = programme.related();
            for (int i = 0; i < related.size(); i++) {
                if (id != null && id.equals(related.get(i))) {
                    sink.report("programme.related-to-itself", "related[" + i + "]", id);
                }
            }
            if (programme.status().orElse(null) == ActivityStatus.CLOSED
                && programme.period().isPresent() && programme.period().get().end().isEmpty()) {
                sink.report("programme.closed-without-end", "period", programme.period().get());
            }
        }
    }
}
