package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.uhcmodel.value.EntityId;

/**
 * The steps that fill a builder once the id and the referenced ids are known; collected by jqwik's
 * {@code Builders.withBuilder(Recipe::new)}, one step per generated choice.
 *
 * @param <B>  the type of builder
 */
final class Recipe<B> {

    /** One step. @param <B>  the type of builder */
    interface Step<B> {
        void apply(B builder, EntityId id, Refs refs);
    }

    /** A step that needs the generated value. @param <B>  the builder @param <V>  the value */
    interface ValueStep<B, V> {
        void apply(B builder, V value, EntityId id, Refs refs);
    }

    private final List<Step<B>> steps = new ArrayList<>();

    void applyTo(B builder, EntityId id, Refs refs) {
        for (Step<B> step : steps) {
            step.apply(builder, id, refs);
        }
    }

    /** @return a setter that records a step setting the value as it is */
    static <B, V> BiConsumer<Recipe<B>, V> set(BiConsumer<B, V> setter) {
        return (recipe, value) -> recipe.steps.add((b, id, refs) -> setter.accept(b, value));
    }

    /** @return a setter that records a step setting the value if it is present */
    static <B, V> BiConsumer<Recipe<B>, Optional<V>> setIfPresent(BiConsumer<B, V> setter) {
        return (recipe, value) -> recipe.steps.add((b, id, refs) -> value.ifPresent(v -> setter.accept(b, v)));
    }

    /** @return a setter that records a step resolving the value against the id and the referenced ids */
    static <B, V> BiConsumer<Recipe<B>, V> resolve(ValueStep<B, V> step) {
        return (recipe, value) -> recipe.steps.add((b, id, refs) -> step.apply(b, value, id, refs));
    }
}
