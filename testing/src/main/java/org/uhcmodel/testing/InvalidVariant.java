package org.uhcmodel.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;

/**
 * An input that breaks exactly one rule of the model, with the code of that rule.
 * <p>
 * The rule's {@linkplain #severity() severity} tells what the model does with the input:
 * <ul>
 * <li>an {@linkplain Severity#ERROR error} refuses it: {@link #refusal()} runs the factory or builder and returns the
 *   {@link ModelViolationException} it throws, whose {@link ModelViolationException#rules() rules} are expected to be
 *   exactly {@code List.of(rule())};</li>
 * <li>a {@linkplain Severity#WARNING warning} lets it be built: {@link #warnings()} builds the value and returns the
 *   warnings the model reports on it ({@link org.uhcmodel.meta.ModelType#warnings(Object)}), expected to be exactly
 *   one of {@link #rule()}.</li>
 * </ul>
 * When the variant states {@link #paths()}, the rule is expected once at each of these paths and nothing else (a cycle
 * of a dataset is reported once on every entity of the cycle).
 * <p>
 * A variant made through a builder also hands out that builder's input ({@link #builder()}), so that another
 * validator can be given the same input as the model.
 * <p>
 * This class is immutable and thread-safe if the suppliers given to its factories are.
 *
 * @param <T>  the type the input is built into
 */
public final class InvalidVariant<T> {

    private final Class<T> type;
    private final Rule rule;
    private final String description;
    private final List<String> paths;
    private final Supplier<? extends T> build;
    private final Supplier<? extends ModelBuilder<T>> input;

    private InvalidVariant(Class<T> type, String rule, String description, List<String> paths,
                           Supplier<? extends T> build, Supplier<? extends ModelBuilder<T>> input) {
        this.type = Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        this.rule = Rules.find(rule)
            .orElseThrow(() -> new IllegalArgumentException("The model has no rule " + rule));
        this.description = Objects.requireNonNull(description, "description");
        this.paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
        this.build = build;
        this.input = input;
    }

    /**
     * Describes an input given to a factory or parser.
     *
     * @param <T>  the type built
     * @param type  the type built, not null
     * @param rule  the code of the rule of the model the input breaks, not null
     * @param description  what is wrong with the input, in words, not null
     * @param build  runs the factory or parser on the input, not null
     * @return the variant, not null
     * @throws IllegalArgumentException if the model has no rule of that code
     */
    public static <T> InvalidVariant<T> of(Class<T> type, String rule, String description,
                                           Supplier<? extends T> build) {
        return new InvalidVariant<>(type, rule, description, List.of(), Objects.requireNonNull(build, "build"), null);
    }

    /**
     * Describes an input given to a factory, which breaks its rule at known paths, once at each.
     *
     * @param <T>  the type built
     * @param type  the type built, not null
     * @param rule  the code of the rule of the model the input breaks, not null
     * @param description  what is wrong with the input, in words, not null
     * @param paths  the paths of the violations the model must report, in any order, repeated as often as they must
     *  be reported, not null
     * @param build  runs the factory on the input, not null
     * @return the variant, not null
     * @throws IllegalArgumentException if the model has no rule of that code
     */
    public static <T> InvalidVariant<T> of(Class<T> type, String rule, String description, List<String> paths,
                                           Supplier<? extends T> build) {
        return new InvalidVariant<>(type, rule, description, paths, Objects.requireNonNull(build, "build"), null);
    }

    /**
     * Describes an input held by a builder.
     *
     * @param <T>  the type built
     * @param type  the type built, not null
     * @param rule  the code of the rule of the model the input breaks, not null
     * @param description  what is wrong with the input, in words, not null
     * @param input  makes a new builder holding the input, each time it is called, not null
     * @return the variant, not null
     * @throws IllegalArgumentException if the model has no rule of that code
     */
    public static <T> InvalidVariant<T> ofBuilder(Class<T> type, String rule, String description,
                                                  Supplier<? extends ModelBuilder<T>> input) {
        return ofBuilder(type, rule, description, List.of(), input);
    }

    /**
     * Describes an input held by a builder, which breaks its rule at known paths, once at each.
     *
     * @param <T>  the type built
     * @param type  the type built, not null
     * @param rule  the code of the rule of the model the input breaks, not null
     * @param description  what is wrong with the input, in words, not null
     * @param paths  the paths of the violations the model must report, in any order, repeated as often as they must
     *  be reported, not null
     * @param input  makes a new builder holding the input, each time it is called, not null
     * @return the variant, not null
     * @throws IllegalArgumentException if the model has no rule of that code
     */
    public static <T> InvalidVariant<T> ofBuilder(Class<T> type, String rule, String description, List<String> paths,
                                                  Supplier<? extends ModelBuilder<T>> input) {
        Objects.requireNonNull(input, "input");
        return new InvalidVariant<>(type, rule, description, paths, () -> input.get().build(), input);
    }

    /**
     * Gets the type the input is built into.
     *
     * @return the class, such as {@code Agreement.class}, not null
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Gets the code of the rule the input breaks.
     *
     * @return the rule code, such as {@code agreement.signatory-not-party}, not null
     */
    public String rule() {
        return rule.code();
    }

    /**
     * Gets the severity of the rule the input breaks.
     *
     * @return {@link Severity#ERROR} if the model refuses the input, {@link Severity#WARNING} if it builds it with a
     *  warning, not null
     */
    public Severity severity() {
        return rule.severity();
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
     * Gets the paths at which the model must report the rule, one violation at each.
     *
     * @return the paths, in any order, unmodifiable; empty if the variant does not state them, in which case the
     *  rule is reported exactly once
     */
    public List<String> paths() {
        return paths;
    }

    /**
     * Gets a new builder holding the input, for a variant made through a builder.
     *
     * @return the builder, empty for an input given to a factory or parser
     */
    public Optional<ModelBuilder<T>> builder() {
        return input == null ? Optional.empty() : Optional.of(input.get());
    }

    /**
     * Runs the factory or builder on the input.
     *
     * @return the value built: with a warning for a variant of a warning, and only if the model fails to enforce its
     *  rule for a variant of an error
     * @throws ModelViolationException  for a variant of an error, as expected, naming the broken rule
     */
    public T build() {
        return build.get();
    }

    /**
     * Runs the factory or builder on the input of a variant of an error, and returns the refusal.
     *
     * @return the exception thrown, not null
     * @throws IllegalStateException if the variant is of a warning, which does not refuse the input
     * @throws AssertionError  if the input was accepted, or refused with another exception
     */
    public ModelViolationException refusal() {
        if (!rule.isError()) {
            throw new IllegalStateException(this + ": a warning does not refuse; ask for warnings()");
        }
        T built;
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
     * Builds the input of a variant of a warning, and returns the warnings the model reports on the value.
     *
     * @return the warnings, in the model's order, not null
     * @throws IllegalStateException if the variant is of an error, which refuses the input
     * @throws AssertionError  if the input was refused
     */
    public List<Violation> warnings() {
        if (rule.isError()) {
            throw new IllegalStateException(this + ": an error refuses the input; ask for refusal()");
        }
        T built;
        try {
            built = build.get();
        } catch (RuntimeException ex) {
            throw new AssertionError(this + ": refused with " + ex + " instead of built with a warning", ex);
        }
        return ModelTypes.of(type).warnings(type.cast(built));
    }

    /**
     * Gets the violations the model reports on the input: the errors of its refusal, or the warnings of the value.
     *
     * @return the violations, not null
     * @throws AssertionError  if an error is not refused, or a warning refused
     */
    public List<Violation> violations() {
        return rule.isError() ? refusal().violations() : warnings();
    }

    /**
     * Gets the rule code and the description.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return rule.code() + ": " + description;
    }
}
