package org.uhcmodel.testing.usage;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.uhcmodel.value.EntityId;

/**
 * {@link ForAllEveryModelTypeTest} takes, as {@code @ForAll} parameters without {@code @Provide} or {@code @Domain},
 * every public top-level type of values of every package core exports (annotations, classes of static methods and
 * builders aside): a type added to the model without an arbitrary fails here.
 */
public class EveryPublicTypeIsGeneratedTest {

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /**
     * Lists the public top-level types of the packages core exports to everyone.
     *
     * @return the types, by name
     * @throws IOException  if core's module cannot be read
     */
    public static Set<Class<?>> publicModelTypes() throws IOException {
        Module core = EntityId.class.getModule();
        check(core.isNamed() && core.getLayer() != null, "core is not on the module path: " + core);
        Set<String> exported = core.getDescriptor().exports().stream().filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        ResolvedModule resolved = core.getLayer().configuration().findModule(core.getName()).orElseThrow();
        Set<Class<?>> types = new java.util.TreeSet<>(java.util.Comparator.comparing(Class::getName));
        try (ModuleReader reader = resolved.reference().open()) {
            for (String resource : (Iterable<String>) reader.list()::iterator) {
                if (!resource.endsWith(".class") || resource.contains("$") || resource.endsWith("-info.class")) {
                    continue;
                }
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                if (!exported.contains(name.substring(0, name.lastIndexOf('.')))) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, EntityId.class.getClassLoader());
                } catch (ClassNotFoundException ex) {
                    throw new AssertionError(ex);
                }
                if (Modifier.isPublic(type.getModifiers()) && isValueType(type)) {
                    types.add(type);
                }
            }
        }
        check(types.size() > 80 && exported.size() >= 10, "found only " + types.size() + " types in " + exported);
        return types;
    }

    /**
     * Tells whether a public type is one of values: not an annotation, not a class of static methods only (such as
     * {@code Rules} or {@code Blank}), not a builder, whose state is to be changed rather than generated.
     */
    private static boolean isValueType(Class<?> type) {
        if (type.isAnnotation() || type.getSimpleName().endsWith("Builder")) {
            return false;
        }
        boolean utility = type.getConstructors().length == 0 && !type.isInterface() && !type.isEnum();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                utility = false;
            }
        }
        return !utility;
    }

    @Example
    void everyPublicTypeOfTheModelIsAForAllParameterOfTheUsageTest() throws IOException {
        check(!ForAllEveryModelTypeTest.class.isAnnotationPresent(Domain.class), "the usage test names a domain");
        Set<Class<?>> generated = new java.util.HashSet<>();
        int properties = 0;
        for (Method m : ForAllEveryModelTypeTest.class.getDeclaredMethods()) {
            check(!m.isAnnotationPresent(Provide.class), "the usage test provides " + m.getName());
            if (!m.isAnnotationPresent(Property.class)) {
                continue;
            }
            properties++;
            check(!m.isAnnotationPresent(Domain.class), m.getName() + " names a domain");
            for (Parameter p : m.getParameters()) {
                ForAll forAll = p.getAnnotation(ForAll.class);
                check(forAll != null && forAll.value().isEmpty(), m.getName() + "'s " + p.getName()
                        + " is not a plain @ForAll");
                generated.add(p.getType());
            }
        }
        check(properties > 0, "no property in the usage test");
        List<String> missing = publicModelTypes().stream().filter(t -> !generated.contains(t)).map(Class::getName)
            .toList();
        check(missing.isEmpty(), "public types of the model no @ForAll of the usage test generates: " + missing);
        Set<String> foreign = new TreeSet<>();
        Set<Class<?>> model = publicModelTypes();
        for (Class<?> t : generated) {
            if (!model.contains(t)) {
                foreign.add(t.getName());
            }
        }
        check(foreign.isEmpty(), "the usage test generates types that are not public types of the model: " + foreign);
    }
}
