package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;

/**
 * The cross-field rules of {@link ContributionRule}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ContributionRuleRules.Check.class)
public @interface ContributionRuleRules {

    /** @return the message key */
    String message() default "{contribution-rule.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Enforces {@code contribution-rule.rate-required}, {@code contribution-rule.amount-required},
     * {@code contribution-rule.shares-sum} and {@code contribution-rule.duplicate-payer}.
     */
    final class Check extends RuleCheck<ContributionRuleRules, ContributionRule> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        protected void check(ContributionRule rule, RuleSink sink) {
            ContributionBasis basis = rule.basis();
            if (basis == ContributionBasis.PERCENTAGE_OF_SALARY && rule.rate().isEmpty()) {
                sink.report("contribution-rule.rate-required", "rate", null);
            }
            if ((basis == ContributionBasis.FLAT_PREMIUM_PER_PERSON || basis == ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD)
                && rule.amount().isEmpty()) {
                sink.report("contribution-rule.amount-required", "amount", null);
            }
            List<PayerShare> shares = rule.shares();
            BigDecimal sum = BigDecimal.ZERO;
            Set<PayerType> payers = EnumSet.noneOf(PayerType.class);
            for (int i = 0; i < shares.size(); i++) {
                PayerShare share = shares.get(i);
                if (share == null) {
                    continue;
                }
                sum = sum.add(share.share().value());
                if (!payers.add(share.payer())) {
                    sink.report("contribution-rule.duplicate-payer", "shares[" + i + "].payer", share.payer());
                }
            }
            if (!shares.isEmpty() && sum.compareTo(HUNDRED) != 0) {
                sink.report("contribution-rule.shares-sum", "shares", sum);
            }
        }
    }
}
