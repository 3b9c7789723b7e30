package org.uhcmodel.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.testing.internal.InvalidArbitraries;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/**
 * The catalogue of invalid variants: for each rule code of the model, an arbitrary of inputs breaking exactly that rule.
 * <p>
 * The same arbitraries are offered by name on the facades of each area, such as
 * {@link Agreements#withSignatoryOutsideParties()}.
 */
public final class InvalidVariants {

    private InvalidVariants() {
    }

    /**
     * Gets the rule codes the catalogue has invalid variants for.
     *
     * @return the rule codes, sorted, unmodifiable, not null
     */
    public static Set<String> rules() {
        return InvalidArbitraries.rules();
    }

    /**
     * Gets the invalid variants of one rule.
     *
     * @param rule  a rule code of {@link #rules()}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException  if the catalogue has no variant of that rule
     */
    public static Arbitrary<InvalidVariant> forRule(String rule) {
        return InvalidArbitraries.forRule(rule);
    }

    /**
     * Gets the invalid variants of every rule, each rule as likely as any other.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> all() {
        List<Arbitrary<InvalidVariant>> each = new ArrayList<>();
        for (String rule : rules()) {
            each.add(forRule(rule));
        }
        return Arbitraries.oneOf(each);
    }

    /**
     * Gets the refusals of the invalid variants of every rule: the exceptions the model throws, as code that reports
     * them to people or over the wire receives them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ModelViolationException> refusals() {
        return all().map(InvalidVariant::refusal);
    }

    /**
     * Gets the violations the refusals of every rule list.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Violation> violations() {
        return refusals().flatMap(refusal -> Arbitraries.of(refusal.violations()));
    }
}
