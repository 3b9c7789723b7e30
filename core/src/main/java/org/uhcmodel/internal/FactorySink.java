package org.uhcmodel.internal;

import java.util.ArrayList;
import java.util.List;
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
