package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.SchemeType;

/**
 * The cross-field rules of {@link CoverageScheme}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = CoverageSchemeRules.Check.class)
public @interface CoverageSchemeRules {

    /** @return the message key */
    String message() default "{coverage-scheme.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code coverage-scheme.membership-financing}, {@code coverage-scheme.type-financing}
     * and {@code coverage-scheme.complements-itself}.
     */
    final class Check extends RuleCheck<CoverageSchemeRules, CoverageScheme> {
        @Override
        protected void check(CoverageScheme scheme, RuleSink sink) {
            FinancingScheme financing = scheme.financingClass();
            if (financing != null && scheme.membership() != null
                && !financing.isWithin(financingOf(scheme.membership()))) {
                sink.report("coverage-scheme.membership-financing", "financingClass", financing);
            }
            if (financing != null && scheme.type() != null) {
                FinancingScheme required = financingOf(scheme.type());
                if (required != null && !financing.isWithin(required)) {
                    sink.report("coverage-scheme.type-financing", "type", scheme.type());
                }
            }
            if (scheme.id() != null && scheme.complements().filter(scheme.id()::equals).isPresent()) {
                sink.report("coverage-scheme.complements-itself", "complements", scheme.id());
            }
        }

        /** The class a scheme with this membership lies within. */
        private static FinancingScheme financingOf(Membership membership) {
            return membership == Membership.VOLUNTARY ? FinancingScheme.HF_2 : FinancingScheme.HF_1;
        }

        /** The class a scheme of this type lies within, null if the type does not fix it. */
        private static FinancingScheme financingOf(SchemeType type) {
            switch (type) {
                case VOLUNTARY_PRIVATE:
                case MUTUAL_HEALTH_INSURANCE:
                    return FinancingScheme.HF_2;
                case SOCIAL_HEALTH_INSURANCE:
                    return FinancingScheme.HF_1_2;
                case TAX_FUNDED:
                    return FinancingScheme.HF_1_1;
                default:
                    return null;
            }
        }
    }
}
