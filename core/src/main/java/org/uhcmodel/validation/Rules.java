package org.uhcmodel.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.meta.ModelTypes;

/**
 * The registry of the model's rules: every rule any type of the model enforces, with its code, severity, message,
 * enforcing type and the properties it reads.
 */
public final class Rules {

    private static volatile List<Rule> all;

    private Rules() {
    }

    /**
     * Gets every rule of the model.
     *
     * @return the unmodifiable rules, sorted by code, not null
     */
    public static List<Rule> all() {
        List<Rule> found = all;
        if (found == null) {
            for (Class<?> type : ModelTypes.classes()) {
                Shape.find(type);
            }
            found = List.copyOf(RuleBook.declared());
            all = found;
        }
        return found;
    }

    /**
     * Finds a rule by code.
     *
     * @param code  the code, such as {@code agreement.signatory-not-party}, not null
     * @return the rule, empty if the model has none with that code
     */
    public static Optional<Rule> find(String code) {
        Objects.requireNonNull(code, "code");
        // A rule of a type already in use is found without declaring those of every other type.
        Rule declared = RuleBook.find(code);
        if (declared != null) {
            return Optional.of(declared);
        }
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
