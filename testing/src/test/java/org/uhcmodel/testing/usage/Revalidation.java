package org.uhcmodel.testing.usage;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.testing.internal.Meta;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.sdg.ServiceCoverageIndex;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.ReportedDate;

/**
 * Checks a generated model value by passing it again through a public entry point of the model, which validates it:
 * a constant through its vocabulary's {@code fromCode} (or {@code valueOf}), a value of a model type through a builder
 * of its {@code ModelType} given each of its properties, others through their {@code parse(toString())} or factory, a
 * part of the description of the model through its registry; the result must equal the value, with the same hash.
 * A refusal must list its violations in its rule codes and message, and a violation rebuild to itself. A type reached
 * by none of these fails the check.
 */
public final class Revalidation {

    private Revalidation() {
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /**
     * Checks a value as described above.
     *
     * @param value  the value
     */
    public static void check(Object value) {
        check(value != null, "a parameter was not generated");
        check(!value.toString().isBlank(), value.getClass() + " shows as blank");
        Object again = again(value);
        check(again.equals(value) && value.equals(again), "not equal once rebuilt:\n  " + value + "\n  " + again);
        check(again.hashCode() == value.hashCode(), "equal but of another hash once rebuilt: " + value);
    }

    private static Object again(Object value) {
        if (value instanceof Enum<?> constant) {
            Object found = constant instanceof Coded coded ? invoke(constant.getDeclaringClass(), "fromCode",
                    coded.code())
                : Enum.valueOf(constant.getDeclaringClass().asSubclass(Enum.class), constant.name());
            check(found == value, constant + " found as " + found);
            return found;
        }
        if (value instanceof ModelViolationException refusal) {
            List<Violation> violations = refusal.violations();
            check(!violations.isEmpty(), "a refusal without violations");
            check(refusal.rules().equals(violations.stream().map(Violation::rule).toList()),
                    "rules differ from violations");
            for (Violation v : violations) {
                check(refusal.getMessage().contains(v.toString()), "message without " + v + ": "
                        + refusal.getMessage());
            }
            check(refusal.getMessage().startsWith("Invalid " + refusal.typeName() + ": "), refusal.getMessage());
            return refusal;
        }
        if (value instanceof Violation v) {
            check(v.rule().matches("[a-z0-9.-]+"), "rule code " + v.rule());
            if (v.severity() == Severity.WARNING) {
                Rule rule = Rules.find(v.rule()).orElseThrow();
                return Violation.of(v.path(), rule, v.invalidValue().orElse(null), parameters(rule, v.message()));
            }
            return Violation.of(v.path(), v.rule(), v.message(), v.invalidValue().orElse(null));
        }
        if (value instanceof Money m) {
            return Money.of(m.amount(), m.currency());
        }
        if (value instanceof Identifier i) {
            return Identifier.of(i.scheme(), i.value());
        }
        if (value instanceof ReportedDate d) {
            return ReportedDate.of(d.date(), d.basis());
        }
        if (value instanceof LocalizedText t) {
            return LocalizedText.builder().putAllEntries(t.entries()).build();
        }
        if (value instanceof Rule r) {
            return Rules.find(r.code()).orElseThrow(() -> new AssertionError("no rule " + r));
        }
        if (value instanceof Vocabulary<?> v) {
            return Vocabularies.all().stream().filter(w -> w.type() == v.type()).findFirst().orElseThrow();
        }
        if (value instanceof ModelType<?> t) {
            return ModelTypes.of(t.javaType());
        }
        if (value instanceof TextType<?> t) {
            return ModelTypes.findText(t.javaType()).orElseThrow(() -> new AssertionError("no text type " + t));
        }
        if (value instanceof Property<?> p) {
            return ModelTypes.of(p.owner().javaType()).property(p.name()).orElseThrow();
        }
        if (value instanceof ObservationKey k) {
            IndicatorObservation.Builder o = IndicatorObservation.builder().indicator(k.indicator()).area(k.area())
                .period(k.period()).value(BigDecimal.ZERO).dimensions(k.dimensions());
            k.series().ifPresent(o::series);
            k.subnationalArea().ifPresent(o::subnationalArea);
            k.release().ifPresent(o::release);
            return o.build().key();
        }
        if (value instanceof ServiceCoverageIndex i) {
            return i.tracerValues().isEmpty() ? ServiceCoverageIndex.fromCategoryIndices(i.edition(),
                i.categoryIndices()) : ServiceCoverageIndex.compute(i.edition(), i.tracerValues(), i.cadreDensities());
        }
        Class<?> type = publicType(value.getClass());
        java.util.Optional<? extends ModelType<?>> model = ModelTypes.find(type);
        if (model.isPresent()) {
            return rebuild(model.get(), value);
        }
        if (hasStatic(type, "parse", CharSequence.class)) {
            return invoke(type, "parse", value.toString());
        }
        throw new AssertionError("no public way to rebuild a " + type.getName());
    }

    /** The values of a rule's message parameters ({@code {name}}) as they stand in a message of that rule. */
    private static Map<String, String> parameters(Rule rule, String message) {
        Matcher names = Pattern.compile("\\{([a-zA-Z]+)\\}").matcher(rule.message());
        StringBuilder pattern = new StringBuilder();
        List<String> found = new ArrayList<>();
        int last = 0;
        while (names.find()) {
            pattern.append(Pattern.quote(rule.message().substring(last, names.start()))).append("(.*)");
            found.add(names.group(1));
            last = names.end();
        }
        pattern.append(Pattern.quote(rule.message().substring(last)));
        Matcher values = Pattern.compile(pattern.toString(), Pattern.DOTALL)
                .matcher(message);
        check(values.matches(), "message not of its rule's form: " + message);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            parameters.put(found.get(i), values.group(i + 1));
        }
        return parameters;
    }

    private static <T> T rebuild(ModelType<T> type, Object value) {
        return Meta.copy(type, type.javaType().cast(value)).build();
    }

    /** The public type of the model a value is an instance of, not its generated implementation. */
    public static Class<?> publicType(Class<?> type) {
        Class<?> t = type;
        while (!Modifier.isPublic(t.getModifiers())) {
            t = t.getSuperclass();
        }
        return t;
    }

    private static boolean hasStatic(Class<?> type, String name, Class<?>... parameters) {
        try {
            return Modifier.isStatic(type.getMethod(name, parameters).getModifiers());
        } catch (NoSuchMethodException ex) {
            return false;
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            if (Modifier.isPublic(t.getModifiers())) {
                try {
                    return t.getMethod(name, parameters);
                } catch (NoSuchMethodException ex) {
                    // look further up
                }
            }
        }
        throw new AssertionError(type + " has no public " + name);
    }

    private static Object invoke(Class<?> type, String name, Object... arguments) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == arguments.length) {
                return call(null, m, arguments);
            }
        }
        throw new AssertionError(type + " has no static " + name);
    }

    private static Object call(Object target, Method m, Object... arguments) {
        try {
            return Objects.requireNonNull(m.invoke(target, arguments), m + " returned null");
        } catch (InvocationTargetException ex) {
            throw new AssertionError(m + " refused a generated value", ex.getCause());
        } catch (IllegalAccessException ex) {
            throw new AssertionError(ex);
        }
    }
}
