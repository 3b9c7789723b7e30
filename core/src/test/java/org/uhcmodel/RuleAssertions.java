package org.uhcmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Severity;
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

    /**
     * Asserts that a value is built with exactly the given warnings, each given as {@code "path rule"}, in order.
     *
     * @param <T>  the value's type
     * @param type  the value's model type, such as {@code Organization.class}
     * @param value  the built value
     * @param expected  the expected warnings as {@code "path rule"}; none for a value without warnings
     * @return the warnings, for further assertions
     */
    public static <T> List<Violation> assertWarned(Class<T> type, T value, String... expected) {
        List<Violation> warnings = ModelTypes.of(type).warnings(value);
        assertEquals(List.of(expected), warnings.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()),
            warnings.toString());
        for (Violation warning : warnings) {
            assertEquals(Severity.WARNING, warning.severity(), warning.toString());
        }
        return warnings;
    }

    /**
     * Asserts that a null argument is refused at once with a {@code NullPointerException} naming it.
     *
     * @param call  the call given null
     * @param name  the name of the parameter or property the exception names
     */
    public static void assertNullRefused(Executable call, String name) {
        assertEquals(name, assertThrows(NullPointerException.class, call).getMessage());
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
