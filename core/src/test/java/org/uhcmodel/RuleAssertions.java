package org.uhcmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/**
 * Assertions on the violations a builder or factory reports.
 */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    /**
     * Asserts that building fails with exactly one violation, of the given rule at the given path.
     *
     * @param build  the code that builds the value
     * @param path  the expected path
     * @param rule  the expected rule code
     * @return the exception, for further assertions
     */
    public static ModelViolationException assertBroken(Executable build, String path, String rule) {
        ModelViolationException ex = assertThrows(ModelViolationException.class, build);
        assertEquals(List.of(path + " " + rule), describe(ex), ex.getMessage());
        return ex;
    }

    /**
     * Asserts that building fails with exactly the given violations, each given as {@code "path rule"}, in order.
     *
     * @param build  the code that builds the value
     * @param expected  the expected violations as {@code "path rule"}
     * @return the exception, for further assertions
     */
    public static ModelViolationException assertBrokenAll(Executable build, String... expected) {
        ModelViolationException ex = assertThrows(ModelViolationException.class, build);
        assertEquals(List.of(expected), describe(ex), ex.getMessage());
        return ex;
    }

    private static List<String> describe(ModelViolationException ex) {
        return ex.violations().stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList());
    }

    /**
     * Gets the single violation of an exception.
     *
     * @param ex  the exception
     * @return its only violation
     */
    public static Violation only(ModelViolationException ex) {
        assertEquals(1, ex.violations().size(), ex.getMessage());
        return ex.violations().get(0);
    }
}
