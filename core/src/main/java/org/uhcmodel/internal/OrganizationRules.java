package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Identifier;

/**
 * The cross-field rules of {@link Organization}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = OrganizationRules.Check.class)
public @interface OrganizationRules {

    /** @return the message key */
    String message() default "{organization.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code organization.multilateral-country}, {@code organization.facility-profile-kind},
     * {@code organization.own-parent}, {@code organization.place-country} and {@code organization.duplicate-identifier}.
     */
    final class Check extends RuleCheck<OrganizationRules, Organization> {
        @Override
        protected void check(Organization organization, RuleSink sink) {
            OrganizationKind kind = organization.kind();
            if (kind == OrganizationKind.MULTILATERAL && organization.country().isPresent()) {
                sink.report("organization.multilateral-country", "country", organization.country().get());
            }
            if (kind != null && kind != OrganizationKind.HEALTH_FACILITY && organization.facility().isPresent()) {
                sink.report("organization.facility-profile-kind", "facility", organization.facility().get());
            }
            if (organization.parent().isPresent() && organization.parent().get().equals(organization.id())) {
                sink.report("organization.own-parent", "parent", organization.parent().get());
            }
            if (organization.place().isPresent() && organization.country().isPresent()) {
                CountryCode placeCountry = organization.place().get().country();
                if (!placeCountry.equals(organization.country().get())) {
                    sink.report("organization.place-country", "place.country", placeCountry);
                }
            }
            List<Identifier> identifiers = organization.identifiers();
            Set<Identifier> seen = new HashSet<>();
            for (int i = 0; i < identifiers.size(); i++) {
                Identifier identifier = identifiers.get(i);
                if (identifier != null && !seen.add(identifier)) {
                    sink.report("organization.duplicate-identifier", "identifiers[" + i + "]", identifier);
                }
            }
        }
    }
}
