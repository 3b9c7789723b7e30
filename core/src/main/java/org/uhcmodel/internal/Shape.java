package org.uhcmodel.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.Property;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * The description of a model type built from properties, declared once by the type itself: its properties in accessor
 * order, its own rules and the check that enforces them, and how a value is made.
 * <p>
 * Building a value checks the constraints of each property (read from the accessor's Jakarta Validation annotations
 * the first time the shape is used), then the type's own check; a value is made only to be checked, and returned only
 * if no error was found.
 *
 * @param <T>  the described type
 */
public final class Shape<T> implements ModelType<T> {

    private static final Map<Class<?>, Shape<?>> REGISTERED = new ConcurrentHashMap<>();

    private final Class<T> javaType;
    private final Function<Object[], T> factory;
    private final Supplier<? extends ModelBuilder<T>> builders;
    private BiConsumer<T, Checker> check;
    private EntityKind entityKind;
    private final List<Prop<?>> props = new ArrayList<>();
    private final List<Rule> ownRules = new ArrayList<>();

    private volatile boolean prepared;
    private List<Property<?>> properties;
    private Map<String, Property<?>> byName;
    private List<Rule> rules;
    private Prop<?>[] checked;
    private Prop<?>[] nested;
    private int[] lists;
    private int[] sets;
    private volatile Boolean mayWarn;
    private volatile Prop<?>[] referencing;

    private Shape(Class<T> javaType, Function<Object[], T> factory, Supplier<? extends ModelBuilder<T>> builders) {
        this.javaType = javaType;
        this.factory = factory;
        this.builders = builders;
    }

    /**
     * Declares the shape of a type; called once, by the type. The type is described by the first sentence of its
     * Javadoc, and each property by that of its accessor.
     *
     * @param <T>  the type
     * @param type  the class, not null
     * @param factory  makes a value from the values of its properties, not null
     * @param builders  makes an empty builder, not null
     * @return the shape, to declare properties and rules on, not null
     */
    public static <T> Shape<T> of(Class<T> type, Function<Object[], T> factory,
                                  Supplier<? extends ModelBuilder<T>> builders) {
        Shape<T> shape = new Shape<>(type, factory, builders);
        if (REGISTERED.putIfAbsent(type, shape) != null) {
            throw new IllegalStateException("The shape of " + type.getName() + " is declared twice");
        }
        return shape;
    }

    /**
     * Finds the shape of a type, initialising the type if needed.
     *
     * @param type  the class, not null
     * @return the shape, null if the type is not described by one
     */
    public static Shape<?> find(Class<?> type) {
        Shape<?> shape = REGISTERED.get(type);
        if (shape == null && !type.isPrimitive() && !type.isArray()) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
            shape = REGISTERED.get(type);
        }
        return shape;
    }

    /**
     * Declares that the values of this type are entities of a kind.
     *
     * @param kind  the kind, not null
     * @return this shape
     */
    public Shape<T> entity(EntityKind kind) {
        this.entityKind = kind;
        return this;
    }

    /**
     * Declares the check of the type's own rules. It receives values whose property constraints may be broken, so it
     * must tolerate a missing required value (null).
     *
     * @param check  reports each broken rule, not null
     * @return this shape
     */
    public Shape<T> checkedBy(BiConsumer<T, Checker> check) {
        this.check = check;
        return this;
    }

    /**
     * Declares a required property.
     *
     * @param <V>  the value type
     * @param name  the name of the accessor, not null
     * @param type  the value type, not null
     * @return the property, not null
     */
    public <V> Prop<V> required(String name, Class<V> type) {
        return add(name, Cardinality.REQUIRED, type);
    }

    /**
     * Declares an optional property.
     *
     * @param <V>  the value type
     * @param name  the name of the accessor, not null
     * @param type  the value type, not null
     * @return the property, not null
     */
    public <V> Prop<V> optional(String name, Class<V> type) {
        return add(name, Cardinality.OPTIONAL, type);
    }

    /**
     * Declares a list property.
     *
     * @param <V>  the element type
     * @param name  the name of the accessor, not null
     * @param type  the element type, not null
     * @return the property, not null
     */
    public <V> Prop<V> list(String name, Class<V> type) {
        return add(name, Cardinality.LIST, type);
    }

    /**
     * Declares a set property.
     *
     * @param <V>  the element type
     * @param name  the name of the accessor, not null
     * @param type  the element type, not null
     * @return the property, not null
     */
    public <V> Prop<V> set(String name, Class<V> type) {
        return add(name, Cardinality.SET, type);
    }

    private <V> Prop<V> add(String name, Cardinality cardinality, Class<V> type) {
        if (prepared) {
            throw new IllegalStateException(javaType.getName() + " is already in use");
        }
        Prop<V> prop = new Prop<>(this, name, props.size(), cardinality, type);
        props.add(prop);
        return prop;
    }

    /**
     * Declares an error of this type.
     *
     * @param code  the stable code, not null
     * @param message  the message, not null
     * @param reads  the properties the rule reads besides the one it is reported at
     * @return the rule, not null
     */
    public Rule error(String code, String message, Property<?>... reads) {
        Rule rule = RuleBook.error(javaType, code, message, Prop.names(reads));
        ownRules.add(rule);
        return rule;
    }

    /**
     * Declares a warning of this type.
     *
     * @param code  the stable code, not null
     * @param message  the message, not null
     * @param reads  the properties the rule reads besides the one it is reported at
     * @return the rule, not null
     */
    public Rule warning(String code, String message, Property<?>... reads) {
        Rule rule = RuleBook.warning(javaType, code, message, Prop.names(reads));
        ownRules.add(rule);
        return rule;
    }

    /**
     * Declares that this type also enforces a rule that another type declares, such as the form of a language tag,
     * which {@code LocalizedText} declares and the language of a {@code SourceDocument} follows too.
     *
     * @param owner  the type that declares the rule, initialised here if it is not yet, not null
     * @param code  the code of the rule, not null
     * @return the rule, not null
     * @throws IllegalStateException if the owner declares no rule of that code
     */
    public Rule enforces(Class<?> owner, String code) {
        find(owner);
        Rule rule = RuleBook.find(code);
        if (rule == null || !rule.type().equals(Optional.of(owner))) {
            throw new IllegalStateException(owner.getName() + " declares no rule " + code);
        }
        ownRules.add(rule);
        return rule;
    }

    /** Reads the constraints of every property from its accessor, once. */
    void prepare() {
        if (prepared) {
            return;
        }
        synchronized (this) {
            if (prepared) {
                return;
            }
            List<Rule> all = new ArrayList<>();
            List<Prop<?>> withChecks = new ArrayList<>();
            List<Prop<?>> holding = new ArrayList<>();
            Map<String, Property<?>> names = new LinkedHashMap<>();
            for (Prop<?> prop : props) {
                List<Rule> derived = derive(prop);
                prop.rules(derived);
                for (Rule r : derived) {
                    if (!all.contains(r)) {
                        all.add(r);
                    }
                }
                if (prop.notBlank || prop.decimal || prop.minimum != null || prop.maximum != null) {
                    withChecks.add(prop);
                } else if (prop.cardinality() == Cardinality.REQUIRED || prop.notEmpty != null) {
                    withChecks.add(prop);
                }
                if (prop.valueType() == javaType || find(prop.valueType()) != null) {
                    holding.add(prop);
                }
                if (names.put(prop.name(), prop) != null) {
                    throw new IllegalStateException(this + " declares " + prop.name() + " twice");
                }
                prop.cycleRule().ifPresent(r -> {
                    if (!all.contains(r)) {
                        all.add(r);
                    }
                });
            }
            for (Rule r : ownRules) {
                if (!all.contains(r)) {
                    all.add(r);
                }
            }
            this.properties = List.copyOf(props);
            this.byName = Collections.unmodifiableMap(names);
            this.rules = List.copyOf(all);
            this.checked = withChecks.toArray(new Prop<?>[0]);
            this.nested = holding.toArray(new Prop<?>[0]);
            this.lists = props.stream().filter(p -> p.cardinality() == Cardinality.LIST).mapToInt(Prop::index).toArray();
            this.sets = props.stream().filter(p -> p.cardinality() == Cardinality.SET).mapToInt(Prop::index).toArray();
            this.prepared = true;
        }
    }

    /** The constraints of a property, from its accessor's annotations. */
    private List<Rule> derive(Prop<?> prop) {
        Method accessor;
        try {
            accessor = javaType.getMethod(prop.name());
        } catch (NoSuchMethodException ex) {
            throw new IllegalStateException(this + " declares " + prop.name() + " but has no accessor of that name", ex);
        }
        Class<?> expected = expectedReturn(prop);
        if (!expected.isAssignableFrom(accessor.getReturnType())) {
            throw new IllegalStateException(prop + " is " + prop.cardinality() + " but its accessor returns "
                + accessor.getReturnType().getSimpleName());
        }
        if (!prop.references().isEmpty() && prop.valueType() != EntityId.class) {
            throw new IllegalStateException(prop + " refers to entities but does not hold ids");
        }
        List<Rule> derived = new ArrayList<>();
        AnnotatedElement onValue = accessor;
        if (prop.cardinality() == Cardinality.REQUIRED) {
            if (!accessor.isAnnotationPresent(NotNull.class)) {
                throw new IllegalStateException(prop + " is required but its accessor lacks @NotNull");
            }
            derived.add(Rule.REQUIRED);
        } else {
            NotEmpty notEmpty = accessor.getAnnotation(NotEmpty.class);
            if (notEmpty != null) {
                prop.notEmpty = ruleOf(notEmpty.message(), Rule.NOT_EMPTY, prop);
                derived.add(prop.notEmpty);
            }
            if (accessor.getAnnotatedReturnType() instanceof AnnotatedParameterizedType) {
                onValue = ((AnnotatedParameterizedType) accessor.getAnnotatedReturnType())
                    .getAnnotatedActualTypeArguments()[0];
            }
        }
        if (has(onValue, accessor, NotBlank.class)) {
            if (prop.valueType() != String.class) {
                throw new IllegalStateException(prop + " is @NotBlank but not text");
            }
            prop.notBlank = true;
            derived.add(Rule.NOT_BLANK);
        }
        if (prop.valueType() == BigDecimal.class) {
            if (!has(onValue, accessor, BoundedDecimal.class)) {
                throw new IllegalStateException(prop + " is a decimal but lacks @BoundedDecimal");
            }
            prop.decimal = true;
            derived.add(Rule.DECIMAL_DIGITS);
        }
        PositiveOrZero positive = annotation(onValue, accessor, PositiveOrZero.class);
        if (positive != null) {
            prop.minimum = BigDecimal.ZERO;
            prop.rangeRule = Rule.POSITIVE_OR_ZERO;
        }
        Min min = annotation(onValue, accessor, Min.class);
        Max max = annotation(onValue, accessor, Max.class);
        if (min != null) {
            prop.minimum = BigDecimal.valueOf(min.value());
            prop.rangeRule = ruleOf(min.message(), null, prop);
        }
        if (max != null) {
            prop.maximum = BigDecimal.valueOf(max.value());
            Rule rule = ruleOf(max.message(), null, prop);
            if (prop.rangeRule != null && !prop.rangeRule.equals(rule)) {
                throw new IllegalStateException(prop + " reports its minimum and maximum with different rules");
            }
            prop.rangeRule = rule;
        }
        if (prop.rangeRule != null) {
            derived.add(prop.rangeRule);
        }
        return derived;
    }

    private static Class<?> expectedReturn(Prop<?> prop) {
        switch (prop.cardinality()) {
            case OPTIONAL:
                return Optional.class;
            case LIST:
                return List.class;
            case SET:
                return Set.class;
            default:
                return prop.valueType();
        }
    }

    private static boolean has(AnnotatedElement onValue, Method accessor, Class<? extends Annotation> type) {
        return annotation(onValue, accessor, type) != null;
    }

    private static <A extends Annotation> A annotation(AnnotatedElement onValue, Method accessor, Class<A> type) {
        A found = onValue.getAnnotation(type);
        return found != null ? found : accessor.getAnnotation(type);
    }

    /** The rule a constraint's message key names, such as {@code {indicator-observation.year-range}}. */
    private Rule ruleOf(String message, Rule fallback, Prop<?> prop) {
        if (message.startsWith("{") && message.endsWith("}") && !message.startsWith("{jakarta.")) {
            String code = message.substring(1, message.length() - 1);
            Rule rule = RuleBook.find(code);
            if (rule == null) {
                throw new IllegalStateException(prop + " names the undeclared rule " + code);
            }
            return rule;
        }
        if (fallback == null) {
            throw new IllegalStateException(prop + " must name its rule in the constraint's message");
        }
        return fallback;
    }

    /**
     * Makes a value of the given property values and checks it.
     *
     * @param values  the values by property index, as a builder holds them; its collections are made unmodifiable in
     *  place and the value holds the array, which the builder must copy before changing it again
     * @param checker  where the errors go, not null
     * @return the value, which the caller returns only if no error was reported
     */
    T create(Object[] values, Checker checker) {
        prepare();
        freeze(values, true);
        T value = factory.apply(values);
        for (Prop<?> prop : checked) {
            checkProperty(prop, values[prop.index()], checker);
        }
        if (check != null) {
            check.accept(value, checker);
        }
        return value;
    }

    /**
     * Makes and checks a value of one property, the others absent or empty: the body of a factory method, which
     * costs less than a builder.
     *
     * @param <A>  the property's value type
     * @param a  a property of this type, not a collection, not null
     * @param valueA  its value, not null
     * @return the value, not null
     * @throws NullPointerException naming the property if the value is null
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule
     */
    public <A> T make(Prop<A> a, A valueA) {
        Object[] values = new Object[props.size()];
        put(values, a, valueA);
        return made(values);
    }

    /**
     * Makes and checks a value of two properties, the others absent or empty: the body of a factory method, which
     * costs less than a builder.
     *
     * @param <A>  the first property's value type
     * @param <B>  the second property's value type
     * @param a  a property of this type, not a collection, not null
     * @param valueA  its value, not null
     * @param b  another, not null
     * @param valueB  its value, not null
     * @return the value, not null
     * @throws NullPointerException naming the property of the first null value
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule
     */
    public <A, B> T make(Prop<A> a, A valueA, Prop<B> b, B valueB) {
        Object[] values = new Object[props.size()];
        put(values, a, valueA);
        put(values, b, valueB);
        return made(values);
    }

    /**
     * Makes and checks a value of three properties, the others absent or empty: the body of a factory method, which
     * costs less than a builder.
     *
     * @param <A>  the first property's value type
     * @param <B>  the second property's value type
     * @param <C>  the third property's value type
     * @param a  a property of this type, not a collection, not null
     * @param valueA  its value, not null
     * @param b  another, not null
     * @param valueB  its value, not null
     * @param c  another, not null
     * @param valueC  its value, not null
     * @return the value, not null
     * @throws NullPointerException naming the property of the first null value
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule
     */
    public <A, B, C> T make(Prop<A> a, A valueA, Prop<B> b, B valueB, Prop<C> c, C valueC) {
        Object[] values = new Object[props.size()];
        put(values, a, valueA);
        put(values, b, valueB);
        put(values, c, valueC);
        return made(values);
    }

    private void put(Object[] values, Prop<?> prop, Object value) {
        if (prop.owner() != this || prop.cardinality().isCollection()) {
            throw new IllegalArgumentException(prop + " is not a single property of " + name());
        }
        values[prop.index()] = prop.valueType().cast(Objects.requireNonNull(value, prop.name()));
    }

    private T made(Object[] values) {
        Checker checker = new Checker(Severity.ERROR);
        T value = create(values, checker);
        checker.throwIfAny(javaType);
        return value;
    }

    /**
     * Makes a value without checking it: for tests that give another validator the same input as the model.
     *
     * @param builder  a builder of this type, not null
     * @return the value, which may break rules, not null
     */
    public T unchecked(ModelBuilder<T> builder) {
        prepare();
        Object[] values = ((Draft<?, ?>) builder).values().clone();
        freeze(values, false);
        return factory.apply(values);
    }

    private void checkProperty(Prop<?> prop, Object value, Checker checker) {
        switch (prop.cardinality()) {
            case REQUIRED:
                if (value == null) {
                    checker.report(Rule.REQUIRED, prop, null);
                } else {
                    checkValue(prop, value, -1, checker);
                }
                break;
            case OPTIONAL:
                if (value != null) {
                    checkValue(prop, value, -1, checker);
                }
                break;
            default:
                Collection<?> items = (Collection<?>) value;
                if (items.isEmpty() && prop.notEmpty != null) {
                    checker.report(prop.notEmpty, prop, null);
                }
                if (prop.notBlank || prop.decimal || prop.rangeRule != null) {
                    int i = 0;
                    for (Object item : items) {
                        checkValue(prop, item, i++, checker);
                    }
                }
                break;
        }
    }

    /** Checks one value of a property, at the property or, for an element, at its index. */
    private static void checkValue(Prop<?> prop, Object value, int index, Checker checker) {
        if (prop.notBlank && Blank.isBlank((CharSequence) value)) {
            checker.report(Rule.NOT_BLANK, path(prop, index), value);
        }
        if (prop.decimal && !Decimals.fits((BigDecimal) value)) {
            checker.report(Rule.DECIMAL_DIGITS, path(prop, index), value);
        }
        if (prop.rangeRule != null && !inRange(prop, value)) {
            checker.report(prop.rangeRule, path(prop, index), value);
        }
    }

    private static String path(Prop<?> prop, int index) {
        return index < 0 ? prop.name() : prop.name() + "[" + index + "]";
    }

    private static boolean inRange(Prop<?> prop, Object value) {
        if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            return (prop.minimum == null || v >= prop.minimum.longValueExact())
                && (prop.maximum == null || v <= prop.maximum.longValueExact());
        }
        BigDecimal v = (BigDecimal) value;
        return (prop.minimum == null || v.compareTo(prop.minimum) >= 0)
            && (prop.maximum == null || v.compareTo(prop.maximum) <= 0);
    }

    /**
     * Makes every collection of a builder's values unmodifiable, in place, and absent ones empty; the collections of a
     * value are already unmodifiable and are kept. A list becomes a list of {@link List#copyOf}'s kind, the short ones
     * made without copying an array. A builder's own set (a {@code LinkedHashSet} or an {@code EnumSet}) is wrapped,
     * not copied, when the builder gives it up (its array of values then holds the wrapper).
     *
     * @param values  the values by property index
     * @param owned  whether the array is the builder's own, so that its sets are no longer reachable from the builder
     *  once replaced; if not, they are copied
     */
    private void freeze(Object[] values, boolean owned) {
        for (int index : lists) {
            Object items = values[index];
            if (items == null) {
                values[index] = List.of();
            } else if (items instanceof ArrayList) {
                values[index] = frozenList((ArrayList<?>) items);
            }
        }
        for (int index : sets) {
            Object items = values[index];
            if (items == null || ((Collection<?>) items).isEmpty()) {
                values[index] = Set.of();
            } else if (items instanceof LinkedHashSet || items instanceof EnumSet) {
                values[index] = frozenSet((Set<?>) items, owned);
            }
        }
    }

    /**
     * An unmodifiable list of a builder's list, of the kind {@link List#copyOf} makes whatever its size (a query for
     * null throws), the short ones made without copying an array.
     */
    private static List<?> frozenList(ArrayList<?> items) {
        switch (items.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(items.get(0));
            case 2:
                return List.of(items.get(0), items.get(1));
            default:
                return List.copyOf(items);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> frozenSet(Set<?> items, boolean owned) {
        if (owned) {
            return Collections.unmodifiableSet(items);
        }
        return Collections.unmodifiableSet(items instanceof EnumSet ? EnumSet.copyOf((EnumSet) items)
            : new LinkedHashSet<>(items));
    }

    /**
     * Gets the properties whose values are values of a shape: where warnings and references may lie.
     *
     * @return the properties, not to be changed
     */
    Prop<?>[] nested() {
        prepare();
        return nested;
    }

    /**
     * Gets the properties that hold references, or values that hold some, however deep.
     *
     * @return the properties, not to be changed
     */
    public Prop<?>[] referencing() {
        Prop<?>[] found = referencing;
        if (found == null) {
            found = referencing(new LinkedHashSet<>());
            referencing = found;
        }
        return found;
    }

    private Prop<?>[] referencing(Set<Shape<?>> visiting) {
        prepare();
        visiting.add(this);
        List<Prop<?>> found = new ArrayList<>();
        for (Prop<?> prop : props) {
            if (!prop.references().isEmpty()) {
                found.add(prop);
                continue;
            }
            Shape<?> inner = find(prop.valueType());
            if (inner != null && !visiting.contains(inner) && inner.referencing(visiting).length > 0) {
                found.add(prop);
            }
        }
        visiting.remove(this);
        return found.toArray(new Prop<?>[0]);
    }

    private boolean mayWarn(Set<Shape<?>> visiting) {
        Boolean known = mayWarn;
        if (known != null) {
            return known;
        }
        prepare();
        visiting.add(this);
        boolean result = ownRules.stream().anyMatch(r -> r.severity() == Severity.WARNING);
        for (Prop<?> prop : nested) {
            Shape<?> inner = find(prop.valueType());
            if (!result && !visiting.contains(inner) && inner.mayWarn(visiting)) {
                result = true;
            }
        }
        visiting.remove(this);
        if (visiting.isEmpty()) {
            mayWarn = result;
        }
        return result;
    }

    @Override
    public List<Violation> warnings(T value) {
        javaType.cast(value);
        Checker checker = new Checker(Severity.WARNING);
        collectWarnings(value, checker);
        List<Violation> found = checker.found();
        found.sort(Checker.ORDER);
        return Collections.unmodifiableList(found);
    }

    /**
     * Adds the warnings of a value of this type and of the values it holds.
     *
     * @param value  the value, not null
     * @param checker  a checker of warnings, not null
     */
    @SuppressWarnings("unchecked")
    void collectWarnings(Object value, Checker checker) {
        if (!mayWarn(new LinkedHashSet<>())) {
            return;
        }
        if (check != null) {
            check.accept((T) value, checker);
        }
        ModelObject object = (ModelObject) value;
        for (Prop<?> prop : nested) {
            Object held = object.raw(prop.index());
            if (held == null) {
                continue;
            }
            if (held instanceof Collection) {
                int i = 0;
                for (Object item : (Collection<?>) held) {
                    collectNested(item, prop.name() + "[" + i + "]", checker);
                    i++;
                }
            } else {
                collectNested(held, prop.name(), checker);
            }
        }
    }

    private static void collectNested(Object item, String path, Checker checker) {
        Shape<?> inner = ((ModelObject) item).shape();
        if (!inner.mayWarn(new LinkedHashSet<>())) {
            return;
        }
        Checker nestedChecker = new Checker(Severity.WARNING);
        inner.collectWarnings(item, nestedChecker);
        checker.addAll(nestedChecker.found(), path);
    }

    /**
     * Gets the number of properties.
     *
     * @return the number of properties
     */
    int size() {
        return props.size();
    }

    /**
     * Gets the declared properties, in order, while the type is being declared or after.
     *
     * @return the properties, not to be changed
     */
    List<Prop<?>> props() {
        return props;
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public String name() {
        return javaType.getSimpleName();
    }

    @Override
    public String description() {
        return Javadoc.summary(javaType);
    }

    @Override
    public Optional<EntityKind> entityKind() {
        return Optional.ofNullable(entityKind);
    }

    @Override
    public List<Property<?>> properties() {
        prepare();
        return properties;
    }

    @Override
    public Optional<Property<?>> property(String name) {
        prepare();
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public List<Rule> rules() {
        prepare();
        return rules;
    }

    @Override
    public ModelBuilder<T> builder() {
        return builders.get();
    }

    /**
     * Outputs the name of the type.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name();
    }
}
