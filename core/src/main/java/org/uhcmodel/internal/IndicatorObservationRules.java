package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Optional;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.SdgIndicator;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Place;

/**
 * The cross-field rules of {@link IndicatorObservation}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = IndicatorObservationRules.Check.class)
public @interface IndicatorObservationRules {

    /** @return the message key */
    String message() default "{indicator-observation.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code indicator-observation.threshold-required}, {@code indicator-observation.threshold-not-applicable},
     * {@code indicator-observation.value-range} and {@code indicator-observation.place-country}.
     */
    final class Check extends RuleCheck<IndicatorObservationRules, IndicatorObservation> {
        @Override
        protected void check(IndicatorObservation observation, RuleSink sink) {
            String type = "indicator-observation";
            checkThreshold(type, observation.indicator(), observation.threshold(), sink);
            checkValue(type, observation.indicator(), "value", observation.value(), sink);
            checkPlace(type, observation.country(), observation.place(), sink);
        }

        /** Reports {@code <type>.threshold-required} and {@code <type>.threshold-not-applicable}, shared with targets. */
        static void checkThreshold(String type, SdgIndicator indicator, Optional<SpendingThreshold> threshold,
                                   RuleSink sink) {
            if (indicator == null) {
                return;
            }
            if (threshold.isEmpty()) {
                if (indicator.requiresThreshold()) {
                    sink.report(type + ".threshold-required", "threshold", null);
                }
            } else if (!indicator.thresholds().contains(threshold.get())) {
                sink.report(type + ".threshold-not-applicable", "threshold", threshold.get());
            }
        }

        /** Reports {@code <type>.value-range} for a value outside the indicator's range, shared with targets. */
        static void checkValue(String type, SdgIndicator indicator, String path, BigDecimal value, RuleSink sink) {
            if (indicator != null && value != null && !indicator.accepts(value)) {
                sink.report(type + ".value-range", path, value);
            }
        }

        /** Reports {@code <type>.place-country} for a place outside the country, shared with targets. */
        static void checkPlace(String type, CountryCode country, Optional<Place> place, RuleSink sink) {
            if (country != null && place.isPresent() && !place.get().country().equals(country)) {
                sink.report(type + ".place-country", "place.country", place.get().country());
            }
        }
    }
}
