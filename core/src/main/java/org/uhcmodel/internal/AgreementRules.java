package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.value.EntityId;

/**
 * The cross-field rules of {@link Agreement}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = AgreementRules.Check.class)
public @interface AgreementRules {

    /** @return the message key */
    String message() default "{agreement.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code agreement.too-few-parties}, {@code agreement.duplicate-party},
     * {@code agreement.signatory-not-party}, {@code agreement.in-force-before-signing},
     * {@code agreement.own-framework}, {@code agreement.signed-while-proposed} and
     * {@code agreement.commitment-party-not-party}.
     */
    final class Check extends RuleCheck<AgreementRules, Agreement> {
        @Override
        protected void check(Agreement agreement, RuleSink sink) {
            // Null elements are reported as required by the element constraints; they are skipped here.
            Set<EntityId> actors = new LinkedHashSet<>();
            for (Party party : agreement.parties()) {
                if (party != null) {
                    actors.add(party.actor());
                }
            }
            // A missing kind is reported as required; only the weakest minimum is certain then.
            int minimum = agreement.kind() == null || agreement.kind() == AgreementKind.CHARTER ? 1 : 2;
            if (actors.size() < minimum) {
                sink.report("agreement.too-few-parties", "parties", actors.size());
            }
            Set<Party> seen = new HashSet<>();
            for (int i = 0; i < agreement.parties().size(); i++) {
                Party party = agreement.parties().get(i);
                if (party != null && !seen.add(party)) {
                    sink.report("agreement.duplicate-party", "parties[" + i + "]", party);
                }
            }
            for (int i = 0; i < agreement.signatories().size(); i++) {
                Signatory signatory = agreement.signatories().get(i);
                if (signatory != null && !actors.contains(signatory.party())) {
                    sink.report("agreement.signatory-not-party", "signatories[" + i + "].party", signatory.party());
                }
            }
            if (agreement.inForce().isPresent() && agreement.signed().isPresent()
                && agreement.inForce().get().isDefinitelyBefore(agreement.signed().get().date())) {
                sink.report("agreement.in-force-before-signing", "inForce", agreement.inForce().get());
            }
            if (agreement.framework().isPresent() && agreement.framework().get().equals(agreement.id())) {
                sink.report("agreement.own-framework", "framework", agreement.framework().get());
            }
            if (agreement.status() == AgreementStatus.PROPOSED
                && (agreement.signed().isPresent() || !agreement.signatories().isEmpty())) {
                sink.report("agreement.signed-while-proposed", "status", agreement.status());
            }
            for (int i = 0; i < agreement.commitments().size(); i++) {
                Commitment commitment = agreement.commitments().get(i);
                if (commitment != null && commitment.party().isPresent()
                    && !actors.contains(commitment.party().get())) {
                    sink.report("agreement.commitment-party-not-party", "commitments[" + i + "].party",
                        commitment.party().get());
                }
            }
        }
    }
}
