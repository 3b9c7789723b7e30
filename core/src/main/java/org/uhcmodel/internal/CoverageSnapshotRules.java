package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.uhcmodel.scheme.CoverageSnapshot;

/**
 * The cross-field rules of {@link CoverageSnapshot}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = CoverageSnapshotRules.Check.class)
public @interface CoverageSnapshotRules {

    /** @return the message key */
    String message() default "{coverage-snapshot.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code coverage-snapshot.enrolled-exceeds-target} and {@code coverage-snapshot.empty}. */
    final class Check extends RuleCheck<CoverageSnapshotRules, CoverageSnapshot> {
        @Override
        protected void check(CoverageSnapshot snapshot, RuleSink sink) {
            if (snapshot.enrolled().isEmpty() && snapshot.targetPopulation().isEmpty()) {
                sink.report("coverage-snapshot.empty", "", null);
            }
            if (snapshot.enrolled().isPresent() && snapshot.targetPopulation().isPresent()
                && snapshot.enrolled().get() > snapshot.targetPopulation().get()) {
                sink.report("coverage-snapshot.enrolled-exceeds-target", "enrolled", snapshot.enrolled().get());
            }
        }
    }
}
