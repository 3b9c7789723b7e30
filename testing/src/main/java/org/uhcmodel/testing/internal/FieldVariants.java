package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Entity;

/**
 * Variants of the constraints of properties, for every property of every model type that declares one, read from the
 * description of the model: a required value left out ({@code required}), a blank text ({@code not-blank}), a
 * collection left empty ({@code not-empty} or the rule its constraint names), a number below a minimum with no
 * maximum ({@code positive-or-zero} or the rule its constraint names), a decimal with more than 18 digits after the
 * point ({@code decimal.digits}). Each is a valid generated value copied into a builder with that one property
 * changed.
 */
final class FieldVariants {

    private FieldVariants() {
    }

    /**
     * Registers the variants of every constraint of every property.
     *
     * @param registry  where to register
     */
    static void register(Catalogue.Registry registry) {
        for (ModelType<?> type : ModelTypes.all()) {
            for (Property<?> property : type.properties()) {
                registerProperty(registry, type, property);
            }
        }
    }

    private static <T> void registerProperty(Catalogue.Registry registry, ModelType<T> type, Property<?> property) {
        Class<T> java = type.javaType();
        if (property.cardinality() == Cardinality.REQUIRED) {
            registry.add(Rule.REQUIRED.code(), java, () -> missing(type, property));
        }
        if (property.notBlank()) {
            registry.add(Rule.NOT_BLANK.code(), java, () -> blank(type, property));
        }
        if (property.notEmpty()) {
            registry.add(constraintRule(property).code(), java, () -> empty(type, property));
        }
        if (property.minimum().isPresent() && property.maximum().isEmpty()) {
            registry.add(constraintRule(property).code(), java, () -> belowMinimum(type, property));
        }
        if (property.valueType() == BigDecimal.class) {
            registry.add(Rule.DECIMAL_DIGITS.code(), java, () -> tooManyDigits(type, property));
        }
    }

    /** The rule a property's collection or range constraint reports: the one not of its other constraints. */
    private static Rule constraintRule(Property<?> property) {
        return property.rules().stream()
            .filter(r -> !r.equals(Rule.REQUIRED) && !r.equals(Rule.NOT_BLANK) && !r.equals(Rule.DECIMAL_DIGITS))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(property + " reports no rule of its own constraint"));
    }

    private static String name(Property<?> property) {
        return property.owner().name() + "." + property.name();
    }

    /** A value in a few words: its type, and its id if it is an entity. */
    private static String describe(Object value) {
        String type = value.getClass().getSimpleName();
        return value instanceof Entity ? type + " " + ((Entity) value).id() : "a " + type;
    }

    private static <T> Arbitrary<InvalidVariant<T>> missing(ModelType<T> type, Property<?> property) {
        return Generators.valid(type.javaType()).map(v -> InvalidVariant.ofBuilder(type.javaType(), "required",
            name(property) + " left out of " + describe(v), () -> Meta.copy(type, v, p -> p != property)));
    }

    /** @return blank texts: whitespace, no-break and ideographic spaces, zero-width spaces and joiners */
    static Arbitrary<String> blanks() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "   ", "\t", " \n "),
            Arbitraries.strings().withChars(' ', '\t', '\n', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B',
                '\u200C', '\u200D', '\u2060', '\uFEFF').ofMinLength(1).ofMaxLength(4));
    }

    private static <T> Arbitrary<InvalidVariant<T>> blank(ModelType<T> type, Property<?> property) {
        return Combinators.combine(Generators.valid(type.javaType()), blanks(), Arbitraries.integers().between(0, 9))
            .as((v, b, at) -> InvalidVariant.ofBuilder(type.javaType(), "not-blank",
                name(property) + " given '" + escape(b) + "' in " + describe(v),
                () -> replaced(type, v, property, b, at)));
    }

    private static <T> Arbitrary<InvalidVariant<T>> empty(ModelType<T> type, Property<?> property) {
        String rule = constraintRule(property).code();
        return Generators.valid(type.javaType()).map(v -> InvalidVariant.ofBuilder(type.javaType(), rule,
            name(property) + " left empty in " + describe(v), () -> Meta.copy(type, v, p -> p != property)));
    }

    private static <T> Arbitrary<InvalidVariant<T>> belowMinimum(ModelType<T> type, Property<?> property) {
        String rule = constraintRule(property).code();
        BigDecimal minimum = property.minimum().orElseThrow();
        // An optional number below its minimum replaces a number that is there, as adding one could break a rule
        // that holds the number to other properties, such as the members a premium per household covers.
        Arbitrary<T> values = Generators.valid(type.javaType());
        if (property.cardinality() == Cardinality.OPTIONAL) {
            values = values.filter(v -> isPresent(property.get(v)));
        }
        return Combinators.combine(values, Arbitraries.longs().between(1, 1_000_000L))
            .as((v, below) -> {
                Object value = number(property.valueType(), minimum.subtract(BigDecimal.valueOf(below)));
                return InvalidVariant.ofBuilder(type.javaType(), rule, name(property) + " of " + value + " in "
                        + describe(v),
                    () -> replaced(type, v, property, value, 0));
            });
    }

    private static <T> Arbitrary<InvalidVariant<T>> tooManyDigits(ModelType<T> type, Property<?> property) {
        return Combinators.combine(Generators.valid(type.javaType()).filter(v -> isPresent(property.get(v))),
                Arbitraries.integers().between(19, 24), Arbitraries.integers().between(0, 9))
            .as((v, scale, at) -> {
                BigDecimal value = (BigDecimal) element(property.get(v), at);
                BigDecimal longer = value.setScale(scale);
                return InvalidVariant.ofBuilder(type.javaType(), "decimal.digits",
                    name(property) + " written " + longer.toPlainString() + " in " + describe(v),
                    () -> replaced(type, v, property, longer, at));
            });
    }

    private static boolean isPresent(Object held) {
        return held != null && !(held instanceof Collection && ((Collection<?>) held).isEmpty());
    }

    /** The held value of a single property, or the element at an index of a collection, modulo its size. */
    private static Object element(Object held, int at) {
        if (held instanceof Collection) {
            List<?> items = new ArrayList<>((Collection<?>) held);
            return items.get(at % items.size());
        }
        return held;
    }

    /** A copy of a value with a property's value, or one element of a collection, replaced. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ModelBuilder<T> replaced(ModelType<T> type, T value, Property<?> property, Object replacement,
                                                int at) {
        ModelBuilder<T> builder = Meta.copy(type, value, p -> p != property);
        if (Meta.isSingle(property)) {
            builder.set((Property) property, replacement);
        } else {
            List<Object> items = new ArrayList<>((Collection<?>) Optional.ofNullable(property.get(value))
                .orElse(List.of()));
            if (items.isEmpty()) {
                items.add(replacement);
            } else {
                items.set(at % items.size(), replacement);
            }
            builder.setAll((Property) property, items);
        }
        return builder;
    }

    private static Object number(Class<?> type, BigDecimal value) {
        if (type == Integer.class) {
            return value.intValueExact();
        }
        if (type == Long.class) {
            return value.longValueExact();
        }
        return value;
    }

    private static String escape(String text) {
        StringBuilder buf = new StringBuilder();
        text.codePoints().forEach(c -> buf.append(c > 0x20 && c < 0x7F ? Character.toString(c)
            : String.format("\\u%04X", c)));
        return buf.toString();
    }
}
