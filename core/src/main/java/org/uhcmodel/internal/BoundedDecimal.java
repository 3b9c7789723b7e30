package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A decimal within the model's one bound: at most 30 digits before the decimal point and 18 after it
 * (rule {@code decimal.digits}, see {@link Decimals}). A missing value is left to {@code @NotNull}.
 */
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = BoundedDecimal.Check.class)
public @interface BoundedDecimal {

    /** @return the rule code */
    String message() default "{decimal.digits}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Validates {@link BoundedDecimal}. */
    final class Check implements ConstraintValidator<BoundedDecimal, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || Decimals.fits(value);
        }
    }
}
