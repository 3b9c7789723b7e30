package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ServiceCategory;

/**
 * The cross-field rules of {@link BenefitPackage}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = BenefitPackageRules.Check.class)
public @interface BenefitPackageRules {

    /** @return the message key */
    String message() default "{benefit-package.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code benefit-package.duplicate-category}. */
    final class Check extends RuleCheck<BenefitPackageRules, BenefitPackage> {
        @Override
        protected void check(BenefitPackage benefitPackage, RuleSink sink) {
            List<Benefit> benefits = benefitPackage.benefits();
            Set<ServiceCategory> seen = EnumSet.noneOf(ServiceCategory.class);
            for (int i = 0; i < benefits.size(); i++) {
                Benefit benefit = benefits.get(i);
                if (benefit != null && !seen.add(benefit.category())) {
                    sink.report("benefit-package.duplicate-category", "benefits[" + i + "].category", benefit.category());
                }
            }
        }
    }
}
