package org.uhcmodel.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.testing.internal.Catalogue;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;

/**
 * The catalogue of invalid variants: for each rule of the model's registry ({@link Rules#all()}), errors and warnings
 * alike, an arbitrary of inputs breaking exactly that rule.
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
        return Catalogue.rules();
    }

    /**
     * Gets the invalid variants of one rule, each type the rule is broken in as likely as any other.
     *
     * @param rule  a rule code of {@link #rules()}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException  if the catalogue has no variant of that rule
     */
    public static Arbitrary<InvalidVariant<?>> forRule(String rule) {
        return Catalogue.forRule(rule);
    }

    /**
     * Gets the invalid variants of one rule built into one type.
     *
     * @param <T>  the type
     * @param rule  a rule code of {@link #rules()}, not null
     * @param type  a type the rule is broken in, such as {@code Organization.class} for {@code required}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException  if the catalogue has no variant of that rule built into that type
     */
    @SuppressWarnings("unchecked")
    public static <T> Arbitrary<InvalidVariant<T>> forRule(String rule, Class<T> type) {
        return Catalogue.forType(type, Set.of(rule)).map(a -> a.map(v -> (InvalidVariant<T>) v))
            .orElseThrow(() -> new IllegalArgumentException("No invalid variant breaks rule " + rule + " in "
                + type.getName()));
    }

    /**
     * Gets the invalid variants of every rule of the registry, each rule as likely as any other.
     *
     * @return the arbitrary, not null
     * @throws IllegalArgumentException  if a rule of the registry has no variant
     */
    public static Arbitrary<InvalidVariant<?>> all() {
        return Catalogue.all();
    }

    /**
     * Gets the variants of every rule of one severity: inputs the model refuses, or inputs it builds with exactly one
     * warning.
     *
     * @param severity  the severity, not null
     * @return the arbitrary, each rule as likely as any other, not null
     */
    public static Arbitrary<InvalidVariant<?>> ofSeverity(Severity severity) {
        List<Arbitrary<InvalidVariant<?>>> each = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (rule.severity() == severity) {
                each.add(forRule(rule.code()));
            }
        }
        return Arbitraries.oneOf(each);
    }

    /**
     * Gets the refusals of the invalid variants of every error: the exceptions the model throws, as code that reports
     * them to people or over the wire receives them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ModelViolationException> refusals() {
        return ofSeverity(Severity.ERROR).map(InvalidVariant::refusal);
    }

    /**
     * Gets the violations the model reports on the invalid variants of every rule: the errors of refusals and the
     * warnings of values built.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Violation> violations() {
        return all().flatMap(variant -> Arbitraries.of(variant.violations()));
    }
}
