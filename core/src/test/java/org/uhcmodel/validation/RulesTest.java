package org.uhcmodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;

/**
 * Checks the registry of the model's rules: that every rule is described whole, is enforced by a type of the model
 * and reads properties that type has, and that the rules each model type enforces are all registered.
 */
class RulesTest {

    /** The rules every model type enforces on its properties; they belong to no one type. */
    private static final List<Rule> GENERAL = List.of(Rule.REQUIRED, Rule.NOT_BLANK, Rule.NOT_EMPTY,
        Rule.POSITIVE_OR_ZERO, Rule.DECIMAL_DIGITS, Rule.UNKNOWN_CODE);

    /** The rules that real, true data may break: they are warnings, every other rule is an error. */
    private static final Set<String> WARNINGS = Set.of(
        "organization.multilateral-country", "organization.place-country", "agreement.in-force-before-signing",
        "coverage-snapshot.enrolled-exceeds-target", "coverage-scheme.membership-financing",
        "coverage-scheme.type-financing", "programme.closed-without-end", "objective.target-against-direction",
        "indicator-target.target-against-direction", "dataset.charter-party-not-collective",
        "indicator-observation.source-missing", "indicator-target.kind-against-direction",
        "indicator-target.change-without-baseline",
        "identifier.iati-agency-prefix", "identifier.iati-reserved-character",
        "programme.recipient-percentage-missing", "programme.sector-percentage-missing",
        "programme.incoming-provider-role", "programme.outgoing-receiver-role", "transaction.provider-is-receiver",
        "budget.longer-than-a-year", "result-indicator.baseline-without-value",
        "result-indicator.comment-without-value", "result-indicator.qualitative-value",
        "coverage-scheme.closed-without-end", "coverage-scheme.contributions-overlap",
        "coverage-scheme.revenue-shares-exceed", "coverage-snapshot.active-exceeds-enrolled",
        "coverage-snapshot.rate-disagrees", "payment-mechanism.method-basis", "dataset.legal-basis-kind");

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    static Stream<ModelType<?>> modelTypes() {
        return ModelTypes.all().stream();
    }

    @Test
    void everyRuleHasAUniqueCode() {
        Set<String> codes = new HashSet<>();
        for (Rule rule : Rules.all()) {
            assertTrue(codes.add(rule.code()), "two rules have the code " + rule.code());
        }
    }

    @Test
    void theRulesAreSortedByCodeAndCannotBeModified() {
        List<String> codes = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            codes.add(rule.code());
        }
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes);
        assertThrows(UnsupportedOperationException.class, () -> Rules.all().clear());
        assertSame(Rules.all(), Rules.all());
    }

    @Test
    void theGeneralRulesAreRegistered() {
        for (Rule general : GENERAL) {
            assertEquals(Optional.of(general), Rules.find(general.code()), general.code());
            assertEquals(Severity.ERROR, general.severity(), general.code());
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void everyRuleHasACodeAMessageAndASeverity(Rule rule) {
        assertFalse(rule.code().isBlank());
        assertFalse(rule.message().isBlank(), rule.code());
        assertNotNull(rule.severity(), rule.code());
        assertEquals(rule.severity() == Severity.ERROR, rule.isError(), rule.code());
        assertEquals(rule.code(), rule.toString());
        assertEquals(Optional.of(rule), Rules.find(rule.code()));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void onlyTheRulesThatTrueDataMayBreakAreWarnings(Rule rule) {
        assertEquals(WARNINGS.contains(rule.code()) ? Severity.WARNING : Severity.ERROR, rule.severity(),
            rule.code());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void everyRuleButTheGeneralOnesNamesItsEnforcingTypeOfTheModel(Rule rule) {
        if (GENERAL.contains(rule)) {
            assertEquals(Optional.empty(), rule.type(), rule.code());
            assertEquals(List.of(), rule.reads(), rule.code());
            return;
        }
        Class<?> type = rule.type().orElseThrow(() -> new AssertionError(rule.code() + " names no enforcing type"));
        assertTrue(ModelTypes.classes().contains(type), rule.code() + " is enforced by " + type.getName()
            + ", which is not a type of the model");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void everyPropertyARuleReadsIsAPropertyOfItsEnforcingType(Rule rule) {
        assertEquals(rule.reads().size(), new HashSet<>(rule.reads()).size(), rule.code() + " reads a property twice");
        Optional<? extends ModelType<?>> type = rule.type().flatMap(ModelTypes::find);
        if (type.isEmpty()) {
            assertEquals(List.of(), rule.reads(), rule.code() + " reads properties of a type that has none");
            return;
        }
        for (String read : rule.reads()) {
            assertTrue(type.get().property(read).isPresent(),
                rule.code() + " reads " + read + ", which is not a property of " + type.get().name());
        }
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void theRulesOfEveryModelTypeAreRegistered(ModelType<?> type) {
        for (Rule rule : type.rules()) {
            assertEquals(Optional.of(rule), Rules.find(rule.code()), type.name() + " enforces " + rule.code());
            assertSame(Rules.find(rule.code()).orElseThrow().severity(), rule.severity(), rule.code());
        }
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void theRulesOfAModelTypeAreItsOwnOrThoseOfAValueItReadsFromTextOrHolds(ModelType<?> type) {
        for (Rule rule : type.rules()) {
            if (!GENERAL.contains(rule) && !rule.type().equals(Optional.of(type.javaType()))) {
                Class<?> owner = rule.type().orElseThrow();
                // A value read from text, or a value that declares a rule for the types holding it to enforce, as
                // Money declares money.negative for the budgets and premiums that may not be negative.
                boolean declaredForHolders = ModelTypes.find(owner).map(o -> !o.rules().contains(rule)).orElse(true);
                assertTrue(ModelTypes.classes().contains(owner) && declaredForHolders,
                    type.name() + " enforces " + rule.code() + " of " + owner.getSimpleName());
            }
        }
    }

    @Test
    void findRefusesNullAndFindsNoUnknownCode() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> Rules.find(null)).getMessage());
        assertEquals(Optional.empty(), Rules.find("no-such-rule"));
    }
}
