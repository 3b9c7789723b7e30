package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;
import static org.uhcmodel.testing.Refusals.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
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

    /** The facades whose {@code with...} methods name the invalid variants of each rule. */
    private static final List<Class<?>> FACADES = List.of(Values.class, Sources.class, Actors.class, Agreements.class,
        Programmes.class, CoverageSchemes.class, Sdg.class, Datasets.class);

    @Example
    void everyRuleHasANamedArbitraryOnAFacade() throws ReflectiveOperationException {
        Set<String> named = new TreeSet<>();
        for (Class<?> facade : FACADES) {
            for (Method m : facade.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getName().startsWith("with")
                    && m.getGenericReturnType().getTypeName().startsWith(
                        "net.jqwik.api.Arbitrary<" + InvalidVariant.class.getName() + "<")) {
                    Arbitrary<?> variants = (Arbitrary<?>) m.invoke(null);
                    named.add(((InvalidVariant<?>) variants.sample()).rule());
                }
            }
        }
        Set<String> unnamed = new TreeSet<>(registry());
        unnamed.removeAll(named);
        check(unnamed.isEmpty(), "rules without a with... method on a facade: " + unnamed);
    }

    @Example
    void everyRuleHasAPropertyAssertingItsCode() {
        Set<String> asserted = new TreeSet<>();
        for (Class<?> container : List.of(ValuesRefusalProperties.class, SourcesRefusalProperties.class,
                ActorsRefusalProperties.class, AgreementsRefusalProperties.class, ProgrammesRefusalProperties.class,
                CoverageSchemesRefusalProperties.class, SdgRefusalProperties.class, DatasetsRefusalProperties.class)) {
            for (Method m : container.getDeclaredMethods()) {
                for (String marker : List.of("IsRefusedAs_", "IsWarnedAs_")) {
                    int at = m.getName().indexOf(marker);
                    if (m.isAnnotationPresent(Property.class) && at >= 0) {
                        asserted.add(marker + m.getName().substring(at + marker.length()));
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Rule rule : Rules.all()) {
            String marker = rule.isError() ? "IsRefusedAs_" : "IsWarnedAs_";
            if (!asserted.contains(marker + rule.code().replace('.', '_').replace('-', '_'))) {
                missing.add(rule.code());
            }
        }
        check(missing.isEmpty(), "rules without a property ...IsRefusedAs_<rule> or ...IsWarnedAs_<rule>: "
            + missing);
    }

    @Property(tries = 1000)
    void anyInvalidVariantIsReportedWithExactlyItsRule(@ForAll InvalidVariant<?> variant) {
        Statistics.label("rule").collect(variant.rule());
        assertReportedAs(variant, variant.rule());
    }
}
