package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;

/**
 * The invalid variants of the model, by rule code and by the type they are built into, as the generators of each
 * area register them.
 * <p>
 * Not part of the public API: use {@link org.uhcmodel.testing.InvalidVariants}.
 */
public final class Catalogue {

    /** One generator: the rule its variants break, the type they are built into, and the arbitrary. */
    private record Entry(String rule, Class<?> type, Supplier<? extends Arbitrary<? extends InvalidVariant<?>>> of) {
    }

    private static final List<Entry> ENTRIES = entries();

    private Catalogue() {
    }

    /** Where the generators of an area register their variants. */
    interface Registry {
        /**
         * Registers the variants of a rule built into one type.
         *
         * @param rule  the rule code
         * @param type  the type built
         * @param variants  the arbitrary, made when first asked for
         */
        void add(String rule, Class<?> type, Supplier<? extends Arbitrary<? extends InvalidVariant<?>>> variants);
    }

    private static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        Registry registry = (rule, type, variants) -> all.add(new Entry(rule, type, variants));
        FieldVariants.register(registry);
        ValueVariants.register(registry);
        SourceVariants.register(registry);
        ActorVariants.register(registry);
        AgreementVariants.register(registry);
        ProgrammeVariants.register(registry);
        SchemeVariants.register(registry);
        SdgVariants.register(registry);
        DatasetVariants.register(registry);
        MonitoringVariants.register(registry);
        return Collections.unmodifiableList(all);
    }

    /** @return the rule codes that have variants, sorted */
    public static Set<String> rules() {
        Set<String> codes = new TreeSet<>();
        for (Entry e : ENTRIES) {
            codes.add(e.rule());
        }
        return Collections.unmodifiableSet(codes);
    }

    /** @return the types built by the variants of a rule, in the order registered */
    public static Set<Class<?>> typesOf(String rule) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Entry e : ENTRIES) {
            if (e.rule().equals(rule)) {
                types.add(e.type());
            }
        }
        return types;
    }

    /**
     * Gets the variants of a rule, each type built equally likely.
     *
     * @param rule  a rule code
     * @return the arbitrary
     * @throws IllegalArgumentException  if no variant breaks the rule
     */
    public static Arbitrary<InvalidVariant<?>> forRule(String rule) {
        List<Arbitrary<InvalidVariant<?>>> each = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.rule().equals(rule)) {
                each.add(widen(e.of().get()));
            }
        }
        if (each.isEmpty()) {
            throw new IllegalArgumentException("No invalid variant breaks rule " + rule + "; rules with variants: "
                + rules());
        }
        return each.size() == 1 ? each.get(0) : Arbitraries.oneOf(each);
    }

    /**
     * Gets the variants of some rules built into one type.
     *
     * @param type  the type built
     * @param rules  the rules
     * @return the arbitrary, empty if none
     */
    public static java.util.Optional<Arbitrary<InvalidVariant<?>>> forType(Class<?> type, Set<String> rules) {
        List<Arbitrary<InvalidVariant<?>>> each = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.type() == type && rules.contains(e.rule())) {
                each.add(widen(e.of().get()));
            }
        }
        return each.isEmpty() ? java.util.Optional.empty()
            : java.util.Optional.of(each.size() == 1 ? each.get(0) : Arbitraries.oneOf(each));
    }

    /**
     * Gets the variants of every rule of the registry, each rule as likely as any other.
     *
     * @return the arbitrary
     * @throws IllegalArgumentException  if a rule of the registry has no variant
     */
    public static Arbitrary<InvalidVariant<?>> all() {
        List<Arbitrary<InvalidVariant<?>>> each = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            each.add(forRule(rule.code()));
        }
        return Arbitraries.oneOf(each);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<InvalidVariant<?>> widen(Arbitrary<? extends InvalidVariant<?>> variants) {
        return (Arbitrary<InvalidVariant<?>>) variants;
    }
}
