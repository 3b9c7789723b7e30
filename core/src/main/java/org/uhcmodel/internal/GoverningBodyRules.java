package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.value.EntityId;

/**
 * The cross-field rules of {@link GoverningBody}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = GoverningBodyRules.Check.class)
public @interface GoverningBodyRules {

    /** @return the message key */
    String message() default "{governing-body.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code governing-body.duplicate-member}. */
    final class Check extends RuleCheck<GoverningBodyRules, GoverningBody> {
        @Override
        protected void check(GoverningBody body, RuleSink sink) {
            Set<EntityId> seen = new HashSet<>();
            for (int i = 0; i < body.members().size(); i++) {
                EntityId member = body.members().get(i);
                if (member != null && !seen.add(member)) {
                    sink.report("governing-body.duplicate-member", "members[" + i + "]", member);
                }
            }
        }
    }
}
