package org.uhcmodel.testing.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.testing.InvalidVariants;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/**
 * Lets {@code @ForAll} generate every type of the model with no {@code @Provide}: registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 * <p>
 * Vocabularies (enums) are left to jqwik, which generates their constants; this provider adds the types of
 * {@link Generators#types()}, {@link InvalidVariant}, and the refusals of invalid variants,
 * {@link ModelViolationException} and {@link Violation}.
 */
public final class UhcArbitraryProvider implements ArbitraryProvider {

    /** Creates the provider; called by jqwik's service loading. */
    public UhcArbitraryProvider() {
    }

    /**
     * Gets the types this provider generates, vocabularies excluded.
     *
     * @return the types, not null
     */
    public static Set<Class<?>> types() {
        Set<Class<?>> all = new LinkedHashSet<>(Generators.types());
        all.add(InvalidVariant.class);
        all.add(ModelViolationException.class);
        all.add(Violation.class);
        return all;
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return types().contains(targetType.getRawType());
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Class<?> type = targetType.getRawType();
        if (type == InvalidVariant.class) {
            return Set.of(InvalidVariants.all());
        }
        if (type == ModelViolationException.class) {
            return Set.of(InvalidVariants.refusals());
        }
        if (type == Violation.class) {
            return Set.of(InvalidVariants.violations());
        }
        return Set.of(Generators.valid(type));
    }
}
