package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.uhcmodel.sdg.IndicatorTarget;

/**
 * The cross-field rules of {@link IndicatorTarget}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = IndicatorTargetRules.Check.class)
public @interface IndicatorTargetRules {

    /** @return the message key */
    String message() default "{indicator-target.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code indicator-target.threshold-required}, {@code indicator-target.threshold-not-applicable},
     * {@code indicator-target.value-range}, {@code indicator-target.place-country},
     * {@code indicator-target.baseline-incomplete}, {@code indicator-target.target-before-baseline} and
     * {@code indicator-target.target-against-direction}.
     */
    final class Check extends RuleCheck<IndicatorTargetRules, IndicatorTarget> {
        @Override
        protected void check(IndicatorTarget target, RuleSink sink) {
            String type = "indicator-target";
            IndicatorObservationRules.Check.checkThreshold(type, target.indicator(), target.threshold(), sink);
            target.baselineValue().ifPresent(
                b -> IndicatorObservationRules.Check.checkValue(type, target.indicator(), "baselineValue", b, sink));
            IndicatorObservationRules.Check.checkValue(type, target.indicator(), "targetValue", target.targetValue(), sink);
            IndicatorObservationRules.Check.checkPlace(type, target.country(), target.place(), sink);

            if (target.baselineYear().isPresent() && target.baselineValue().isEmpty()) {
                sink.report("indicator-target.baseline-incomplete", "baselineYear", target.baselineYear().get());
            }
            if (target.baselineValue().isPresent() && target.baselineYear().isEmpty()) {
                sink.report("indicator-target.baseline-incomplete", "baselineValue", target.baselineValue().get());
            }
            if (target.baselineYear().isPresent() && target.targetYear() != null
                && target.targetYear() <= target.baselineYear().get()) {
                sink.report("indicator-target.target-before-baseline", "targetYear", target.targetYear());
            }
            BigDecimal targetValue = target.targetValue();
            if (target.indicator() != null && targetValue != null && target.baselineValue().isPresent()) {
                int cmp = targetValue.compareTo(target.baselineValue().get());
                if (target.indicator().higherIsBetter() ? cmp < 0 : cmp > 0) {
                    sink.report("indicator-target.target-against-direction", "targetValue", targetValue);
                }
            }
        }
    }
}
