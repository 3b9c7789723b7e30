package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.uhcmodel.value.Place;

/**
 * The cross-field rules of {@link Place}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PlaceRules.Check.class)
public @interface PlaceRules {

    /** @return the message key */
    String message() default "{place.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code place.parent-country}. */
    final class Check extends RuleCheck<PlaceRules, Place> {
        @Override
        protected void check(Place place, RuleSink sink) {
            if (place.country() != null && place.parent().isPresent()
                && !place.parent().get().country().equals(place.country())) {
                sink.report("place.parent-country", "parent.country", place.parent().get().country());
            }
        }
    }
}
