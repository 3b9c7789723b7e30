package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Locale;
import org.uhcmodel.source.SourceDocument;

/**
 * The cross-field rules of {@link SourceDocument}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = SourceDocumentRules.Check.class)
public @interface SourceDocumentRules {

    /** @return the message key */
    String message() default "{source-document.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces {@code source-document.url}. */
    final class Check extends RuleCheck<SourceDocumentRules, SourceDocument> {
        @Override
        protected void check(SourceDocument document, RuleSink sink) {
            document.url().filter(url -> !isWebAddress(url))
                .ifPresent(url -> sink.report("source-document.url", "url", url));
        }

        private static boolean isWebAddress(URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return url.isAbsolute() && !url.isOpaque() && (scheme.equals("http") || scheme.equals("https"))
                && url.getRawAuthority() != null && !url.getRawAuthority().isEmpty();
        }
    }
}
