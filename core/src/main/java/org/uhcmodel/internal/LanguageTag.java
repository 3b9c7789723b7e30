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
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.uhcmodel.validation.Blank;

/**
 * The annotated string is a well-formed BCP 47 language tag in its canonical case ({@code fr}, {@code ar-DZ}).
 * A blank string is left to {@code @NotBlank}, so that it is reported once.
 */
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = LanguageTag.Check.class)
public @interface LanguageTag {

    /** @return the rule code */
    String message() default "{language-tag.format}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Validates {@link LanguageTag}. */
    final class Check implements ConstraintValidator<LanguageTag, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Blank.isBlank(value) || isCanonical(value);
        }

        /**
         * Checks whether a tag is well-formed BCP 47 and written in canonical case.
         *
         * @param tag  the tag, not null
         * @return true if well-formed and canonical
         */
        public static boolean isCanonical(String tag) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                return !tag.isEmpty() && locale.toLanguageTag().equals(tag);
            } catch (IllformedLocaleException ex) {
                return false;
            }
        }
    }

}
