package org.uhcmodel.testing;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.uhcmodel.validation.ModelViolationException;

/**
 * An input that breaks exactly one rule of the model, with the rule code it must be refused with.
 * <p>
 * {@link #build()} runs the factory or builder on the input each time it is called; it is expected to throw a
 * {@link ModelViolationException} whose {@link ModelViolationException#rules() rules} are exactly
 * {@code List.of(rule())}, or, when the variant states {@link #paths()}, one violation of {@link #rule()} at each of
 * these paths and no other violation (a cycle of a dataset is reported once on every entity of the cycle).
 * <p>
 * This class is immutable and thread-safe if the supplier given to {@link #of} is.
 */
public final class InvalidVariant {

    private final String rule;
    private final String description;
    private final List<String> paths;
    private final Supplier<?> build;

    private InvalidVariant(String rule, String description, List<String> paths, Supplier<?> build) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.description = Objects.requireNonNull(description, "description");
        this.paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
        this.build = Objects.requireNonNull(build, "build");
    }

    /**
     * Describes an invalid input.
     *
     * @param rule  the code of the rule the input breaks, not null
     * @param description  what is wrong with the input, in words, not null
     * @param build  runs the factory or builder on the input, not null
     * @return the variant, not null
     */
    public static InvalidVariant of(String rule, String description, Supplier<?> build) {
        return new InvalidVariant(rule, description, List.of(), build);
    }

    /**
     * Describes an invalid input that breaks its rule at known paths, once at each.
     *
     * @param rule  the code of the rule the input breaks, not null
     * @param description  what is wrong with the input, in words, not null
     * @param paths  the paths of the violations the refusal must list, in any order, repeated as often as
     *  they must be reported, not null
     * @param build  runs the factory or builder on the input, not null
     * @return the variant, not null
     */
    public static InvalidVariant of(String rule, String description, List<String> paths, Supplier<?> build) {
        return new InvalidVariant(rule, description, paths, build);
    }

    /**
     * Gets the code of the rule the input breaks.
     *
     * @return the rule code, such as {@code agreement.signatory-not-party}, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Gets what is wrong with the input.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Gets the paths at which the refusal must report the rule, one violation at each.
     *
     * @return the paths, in any order, unmodifiable; empty if the variant does not state them, in which case the
     *  refusal reports the rule exactly once
     */
    public List<String> paths() {
        return paths;
    }

    /**
     * Runs the factory or builder on the invalid input.
     *
     * @return the value built, which only happens if the model fails to enforce the rule
     * @throws ModelViolationException  as expected, naming the broken rule
     */
    public Object build() {
        return build.get();
    }

    /**
     * Runs the factory or builder and returns its refusal.
     *
     * @return the exception thrown, not null
     * @throws AssertionError  if the input was accepted, or refused with another exception
     */
    public ModelViolationException refusal() {
        Object built;
        try {
            built = build.get();
        } catch (ModelViolationException ex) {
            return ex;
        } catch (RuntimeException ex) {
            throw new AssertionError(this + ": refused with " + ex + " instead of a ModelViolationException", ex);
        }
        throw new AssertionError(this + ": accepted, built " + built);
    }

    /**
     * Gets the rule code and the description.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return rule + ": " + description;
    }
}
