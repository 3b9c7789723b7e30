package org.uhcmodel.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.uhcmodel.validation.Violation;

/** Assertions shared by the properties: refusal with a rule code, and equality by value. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Asserts that the variant names the expected rule and that the model reports that rule and no other: an error in
     * the refusal of the input, a warning on the value built from it; once, or, when the variant states its paths,
     * exactly once at each of them (a cycle is reported once per entity on it).
     */
    static void assertReportedAs(InvalidVariant<?> variant, String rule) {
        if (!variant.rule().equals(rule)) {
            throw new AssertionError(variant + ": labelled " + variant.rule() + ", expected " + rule);
        }
        List<Violation> violations = variant.violations();
        List<String> rules = new ArrayList<>();
        for (Violation v : violations) {
            rules.add(v.rule());
            if (v.severity() != variant.severity()) {
                throw new AssertionError(variant + ": " + v + " is not of severity " + variant.severity());
            }
        }
        List<String> expectedRules = Collections.nCopies(Math.max(1, variant.paths().size()), rule);
        if (!rules.equals(expectedRules)) {
            throw new AssertionError(variant + ": reported " + rules + ", expected exactly " + expectedRules + "\n"
                + violations);
        }
        if (!variant.paths().isEmpty()) {
            List<String> paths = new ArrayList<>();
            for (Violation v : violations) {
                paths.add(v.path());
            }
            List<String> expected = new ArrayList<>(variant.paths());
            Collections.sort(paths);
            Collections.sort(expected);
            if (!paths.equals(expected)) {
                throw new AssertionError(variant + ": reported at " + paths + ", expected at " + expected + "\n"
                    + violations);
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
