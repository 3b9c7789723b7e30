package org.uhcmodel.validation;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.uhcmodel.internal.Decimals;

/**
 * A decimal of the model: at most 30 digits before the decimal point and 18 after it, rule {@code decimal.digits}.
 * Every decimal property of the model carries it.
 */
@Documented
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = BoundedDecimal.Check.class)
public @interface BoundedDecimal {

    /**
     * Gets the message key, the rule code.
     *
     * @return the message key
     */
    String message() default "{decimal.digits}";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Judges the constraint for a Jakarta validator; null is valid. */
    final class Check implements ConstraintValidator<BoundedDecimal, BigDecimal> {

        /** Creates the validator. */
        public Check() {
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || Decimals.fits(value);
        }
    }
}
