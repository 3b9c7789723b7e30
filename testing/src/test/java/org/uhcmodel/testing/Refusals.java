package org.uhcmodel.testing;

import java.util.List;
import java.util.Set;
import org.uhcmodel.validation.ModelViolationException;

/** Assertions shared by the properties: refusal with a rule code, and equality by value. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Asserts that the variant names the expected rule and is refused with that rule code and no other.
     * Most variants break their rule once; a cycle is reported once per entity on it.
     */
    static void assertRefusedWith(InvalidVariant variant, String rule) {
        if (!variant.rule().equals(rule)) {
            throw new AssertionError(variant + ": labelled " + variant.rule() + ", expected " + rule);
        }
        ModelViolationException refusal = variant.refusal();
        List<String> rules = refusal.rules();
        boolean cycle = rule.endsWith("-cycle");
        if (cycle ? !Set.copyOf(rules).equals(Set.of(rule)) : !rules.equals(List.of(rule))) {
            throw new AssertionError(variant + ": refused with " + rules + ", expected exactly " + rule + "\n"
                + refusal.getMessage());
        }
    }

    static void assertEqualValues(Object a, Object b) {
        if (!a.equals(b) || !b.equals(a)) {
            throw new AssertionError("not equal:\n  " + a + "\n  " + b);
        }
        if (a.hashCode() != b.hashCode()) {
            throw new AssertionError("equal values with different hashes: " + a);
        }
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
