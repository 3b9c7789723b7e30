package org.uhcmodel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/**
 * Collects the violations of a static factory, so that it reports every broken rule of its input at once.
 * <p>
 * Reports are written as with {@link RuleSink}: rule code, path, offending value.
 */
public final class FactorySink {

    private final Class<?> type;
    private final List<Violation> found = new ArrayList<>(2);

    /**
     * Creates a sink for a factory of the given type.
     *
     * @param type  the public model type the factory builds, not null
     */
    public FactorySink(Class<?> type) {
        this.type = type;
    }

    /**
     * Reports a broken rule.
     *
     * @param rule  the rule code, with a message in the rule catalogue
     * @param path  the path of the offending input, empty for the whole input
     * @param value  the offending value, null if missing
     */
    public void report(String rule, String path, Object value) {
        found.add(Violation.of(path, rule, Rules.message(rule), value));
    }

    /**
     * Reports an argument that must not be null as {@code required} at its path, if it is null.
     *
     * @param path  the path of the argument, empty for the whole input
     * @param argument  the argument
     * @return this sink
     */
    public FactorySink require(String path, Object argument) {
        if (argument == null) {
            report("required", path, null);
        }
        return this;
    }

    /**
     * Builds the value, then throws the violations reported with those of the build, if any.
     *
     * @param <T>  the built type
     * @param build  builds the value, leaving out the null arguments, not null
     * @return the value, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every violation, reported or of the build
     */
    public <T> T build(Supplier<T> build) {
        T built = null;
        try {
            built = build.get();
        } catch (ModelViolationException ex) {
            found.addAll(ex.violations());
        }
        throwIfAny();
        return built;
    }

    /**
     * Throws the violations reported, if any.
     *
     * @throws org.uhcmodel.validation.ModelViolationException listing every violation reported, if there is one
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw Rules.failure(type, found);
        }
    }
}
