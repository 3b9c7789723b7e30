package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;
import static org.uhcmodel.testing.Refusals.check;

import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Severity;

/** The catalogue of invalid variants covers every rule of the model's registry, errors and warnings, and no other. */
@AtLeastThousandTries
class InvalidVariantCatalogueTest {

    private static Set<String> registry() {
        Set<String> codes = new TreeSet<>();
        for (Rule rule : Rules.all()) {
            codes.add(rule.code());
        }
        check(codes.size() > 60 && codes.contains("agreement.signatory-not-party") && codes.contains("required"),
            "the registry lists too few rules: " + codes);
        return codes;
    }

    @Example
    void everyRuleOfTheRegistryHasInvalidVariants() {
        Set<String> missing = new TreeSet<>(registry());
        missing.removeAll(InvalidVariants.rules());
        check(missing.isEmpty(), "rules of the registry without invalid variants: " + missing);
        for (String rule : registry()) {
            InvalidVariant<?> sample = InvalidVariants.forRule(rule).sample();
            check(sample.rule().equals(rule), "forRule(" + rule + ") gave a variant of " + sample.rule());
        }
    }

    @Example
    void everyInvalidVariantIsOfARuleOfTheRegistry() {
        Set<String> unknown = new TreeSet<>(InvalidVariants.rules());
        unknown.removeAll(registry());
        check(unknown.isEmpty(), "invalid variants of rules the registry does not have: " + unknown);
    }

    @Example
    void aVariantOfARuleTheModelDoesNotHaveCannotBeMade() {
        try {
            InvalidVariant.of(String.class, "no-such.rule", "a rule the model does not have", () -> "");
        } catch (IllegalArgumentException expected) {
            check(expected.getMessage().contains("no-such.rule"), "unhelpful message: " + expected.getMessage());
            return;
        }
        throw new AssertionError("a variant of an unknown rule was made");
    }

    @Example
    void everyWarningOfTheRegistryHasVariantsThatBuild() {
        Set<String> warnings = new TreeSet<>();
        for (Rule rule : Rules.all()) {
            if (rule.severity() == Severity.WARNING) {
                warnings.add(rule.code());
                InvalidVariant<?> sample = InvalidVariants.forRule(rule.code()).sample();
                check(sample.severity() == Severity.WARNING, sample + " is not of a warning");
                check(sample.build() != null, sample + " built nothing");
            }
        }
        check(warnings.size() >= 10, "too few warnings in the registry: " + warnings);
    }

    /**
     * Every rule of the registry, error or warning, is reported with exactly its code by each of 100 of its variants:
     * a rule that stops being enforced, or is enforced under another code, fails here, with no test of its own.
     */
    @Example
    void everyRuleIsReportedByEachOfItsVariants() {
        for (String code : registry()) {
            InvalidVariants.forRule(code).sampleStream().limit(100).forEach(variant -> assertReportedAs(variant, code));
        }
    }

    @Property(tries = 1000)
    void anyInvalidVariantIsReportedWithExactlyItsRule(@ForAll InvalidVariant<?> variant) {
        Statistics.label("rule").collect(variant.rule());
        assertReportedAs(variant, variant.rule());
    }
}
