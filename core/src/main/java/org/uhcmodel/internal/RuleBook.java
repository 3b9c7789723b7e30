package org.uhcmodel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;

/**
 * Where the rules of the model are declared: each type declares its own, here, as it is initialised.
 */
public final class RuleBook {

    private static final Map<String, Rule> RULES = new ConcurrentHashMap<>();

    static {
        for (Rule general : List.of(Rule.REQUIRED, Rule.NOT_BLANK, Rule.NOT_EMPTY, Rule.POSITIVE_OR_ZERO,
                Rule.DECIMAL_DIGITS, Rule.UNKNOWN_CODE)) {
            RULES.put(general.code(), general);
        }
    }

    private RuleBook() {
    }

    /**
     * Declares an error enforced by a type.
     *
     * @param type  the enforcing type, not null
     * @param code  the stable code, not null
     * @param message  the message, not null
     * @param reads  the properties the rule reads besides the one it is reported at
     * @return the rule, not null
     * @throws IllegalStateException if a rule with that code is already declared
     */
    public static Rule error(Class<?> type, String code, String message, String... reads) {
        return declare(Rule.of(code, Severity.ERROR, message, type, List.of(reads)));
    }

    /**
     * Declares a warning enforced by a type.
     *
     * @param type  the enforcing type, not null
     * @param code  the stable code, not null
     * @param message  the message, not null
     * @param reads  the properties the rule reads besides the one it is reported at
     * @return the rule, not null
     * @throws IllegalStateException if a rule with that code is already declared
     */
    public static Rule warning(Class<?> type, String code, String message, String... reads) {
        return declare(Rule.of(code, Severity.WARNING, message, type, List.of(reads)));
    }

    static Rule declare(Rule rule) {
        Rule previous = RULES.putIfAbsent(rule.code(), rule);
        if (previous != null) {
            throw new IllegalStateException("Rule " + rule.code() + " is declared twice");
        }
        return rule;
    }

    /**
     * Finds a declared rule.
     *
     * @param code  the code, not null
     * @return the rule, null if none is declared with that code
     */
    public static Rule find(String code) {
        return RULES.get(code);
    }

    /**
     * Gets every rule declared so far, by code.
     *
     * @return a new list of the rules, sorted by code, not null
     */
    public static List<Rule> declared() {
        List<Rule> all = new ArrayList<>(RULES.values());
        all.sort(Comparator.comparing(Rule::code));
        return all;
    }
}
