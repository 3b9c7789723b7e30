package org.uhcmodel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Fails every property of the annotated container that passes having run fewer than {@value #TRIES} tries, as jqwik
 * does when it generates a finite space exhaustively; examples, which run once, are left alone.
 * {@link PropertyTriesTest} checks that every container of properties carries it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AddLifecycleHook(value = AtLeastThousandTries.Check.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public @interface AtLeastThousandTries {

    /** The least number of tries of a property. */
    int TRIES = 1000;

    /** The hook: compares the tries a property ran with {@link #TRIES}. */
    final class Check implements AroundPropertyHook {

        /** Creates the hook; called by jqwik. */
        public Check() {
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            if (context.targetMethod().isAnnotationPresent(Example.class)
                || result.status() != PropertyExecutionResult.Status.SUCCESSFUL || result.countTries() >= TRIES) {
                return result;
            }
            return result.mapToFailed(context.label() + " ran " + result.countTries() + " tries, fewer than " + TRIES
                + ": its parameters span a finite space that jqwik generated exhaustively; generate it at random"
                + " (generation = GenerationMode.RANDOMIZED) and check each of its values once in an example");
        }
    }
}
