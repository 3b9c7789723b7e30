package org.uhcmodel.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/** Assertions shared by the properties: refusal with a rule code, and equality by value. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Asserts that the variant names the expected rule and is refused with that rule code and no other: once, or, when
     * the variant states its paths, exactly once at each of them (a cycle is reported once per entity on it).
     */
    static void assertRefusedWith(InvalidVariant variant, String rule) {
        if (!variant.rule().equals(rule)) {
            throw new AssertionError(variant + ": labelled " + variant.rule() + ", expected " + rule);
        }
        ModelViolationException refusal = variant.refusal();
        List<String> rules = refusal.rules();
        List<String> expectedRules = Collections.nCopies(Math.max(1, variant.paths().size()), rule);
        if (!rules.equals(expectedRules)) {
            throw new AssertionError(variant + ": refused with " + rules + ", expected exactly " + expectedRules + "\n"
                + refusal.getMessage());
        }
        if (!variant.paths().isEmpty()) {
            List<String> paths = new ArrayList<>();
            for (Violation v : refusal.violations()) {
                paths.add(v.path());
            }
            List<String> expected = new ArrayList<>(variant.paths());
            Collections.sort(paths);
            Collections.sort(expected);
            if (!paths.equals(expected)) {
                throw new AssertionError(variant + ": reported at " + paths + ", expected at " + expected + "\n"
                    + refusal.getMessage());
            }
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
