package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of a model type written as a JSON object, one property per accessor, driven by a table of
 * properties. Reading fills the type's builder and maps the builder's violations to JSON Pointers.
 *
 * @param <T>  the model type
 * @param <B>  its builder (or {@link Slots} for a type built by a factory)
 */
final class ObjectCodec<T, B> extends Codec<T> {

    /** How a property holds its value. */
    private enum Shape { REQUIRED, OPTIONAL, LIST, SET, CONSTANT }

    /** One property of the table. */
    private static final class Prop<T, B, V> {
        final String name;
        final Shape shape;
        final Codec<V> codec;
        final Function<T, ?> getter;
        final BiConsumer<B, Object> setter;
        final String description;

        @SuppressWarnings("unchecked")
        Prop(String name, Shape shape, Codec<V> codec, Function<T, ?> getter, BiConsumer<B, ?> setter,
             String description) {
            this.name = name;
            this.shape = shape;
            this.codec = codec;
            this.getter = getter;
            this.setter = (BiConsumer<B, Object>) setter;
            this.description = description;
        }

        @SuppressWarnings("unchecked")
        void write(JsonGenerator g, T value) {
            Object got = getter.apply(value);
            switch (shape) {
                case CONSTANT:
                    g.writeName(name);
                    g.writeString((String) got);
                    break;
                case REQUIRED:
                    if (got != null) {
                        g.writeName(name);
                        codec.write(g, (V) got);
                    }
                    break;
                case OPTIONAL:
                    if (((Optional<V>) got).isPresent()) {
                        g.writeName(name);
                        codec.write(g, ((Optional<V>) got).get());
                    }
                    break;
                default:
                    Collection<V> items = (Collection<V>) got;
                    if (!items.isEmpty()) {
                        g.writeName(name);
                        g.writeStartArray();
                        for (V item : ordered(items)) {
                            codec.write(g, item);
                        }
                        g.writeEndArray();
                    }
                    break;
            }
        }

        /** @return the items in the order they are written: a list's own order, a set's sorted by key */
        private Collection<V> ordered(Collection<V> items) {
            if (shape != Shape.SET) {
                return items;
            }
            List<V> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(codec::sortKey));
            return sorted;
        }

        @SuppressWarnings("unchecked")
        void check(T value, WriteCheck check) {
            Object got = getter.apply(value);
            if (shape == Shape.CONSTANT || got == null
                || shape == Shape.OPTIONAL && ((Optional<V>) got).isEmpty()
                || (shape == Shape.LIST || shape == Shape.SET) && ((Collection<V>) got).isEmpty()) {
                return;
            }
            check.push(name);
            if (shape == Shape.REQUIRED) {
                codec.check((V) got, check);
            } else if (shape == Shape.OPTIONAL) {
                codec.check(((Optional<V>) got).get(), check);
            } else if (check.enter()) {
                int i = 0;
                for (V item : ordered((Collection<V>) got)) {
                    check.push(i++);
                    codec.check(item, check);
                    check.pop();
                }
                check.exit();
            }
            check.pop();
        }

        /** @return true if read without problem */
        boolean read(Node node, B builder, Problems problems) {
            if (shape == Shape.CONSTANT) {
                String expected = (String) getter.apply(null);
                if (node.kind != Node.Kind.STRING) {
                    wrongType(node, "the string \"" + expected + "\"", problems);
                    return false;
                }
                if (!node.text.equals(expected)) {
                    problems.add(node, "json.schema-version", "unsupported " + name + " \"" + node.text
                        + "\"; this reader reads \"" + expected + "\"");
                    return false;
                }
                return true;
            }
            if (shape == Shape.REQUIRED || shape == Shape.OPTIONAL) {
                V v = codec.read(node, problems);
                if (v == null) {
                    return false;
                }
                setter.accept(builder, v);
                return true;
            }
            if (node.kind != Node.Kind.ARRAY) {
                wrongType(node, "an array", problems);
                return false;
            }
            boolean ok = true;
            List<V> items = new ArrayList<>(node.items.size());
            Set<Object> seen = new HashSet<>();
            for (Node item : node.items) {
                if (item.kind == Node.Kind.NULL) {
                    problems.add(item, "json.null", "null is not allowed; leave the element out");
                    ok = false;
                    continue;
                }
                V v = codec.read(item, problems);
                if (v == null) {
                    ok = false;
                } else if (shape == Shape.SET && !seen.add(v)) {
                    problems.add(item, "json.duplicate-item", "this set holds the same value twice");
                    ok = false;
                } else {
                    items.add(v);
                }
            }
            setter.accept(builder, items);
            return ok;
        }

        ObjectNode schema(Schemas schemas) {
            ObjectNode s;
            if (shape == Shape.LIST || shape == Shape.SET) {
                s = NODES.objectNode();
                s.put("type", "array");
                s.set("items", codec.schema(schemas));
                if (shape == Shape.SET) {
                    s.put("uniqueItems", true);
                }
            } else if (shape == Shape.CONSTANT) {
                s = NODES.objectNode();
                s.put("const", (String) getter.apply(null));
            } else {
                s = codec.schema(schemas);
            }
            if (description != null) {
                ObjectNode described = NODES.objectNode();
                described.put("description", description);
                described.setAll(s);
                s = described;
            }
            return s;
        }
    }

    private final String name;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Map<String, Prop<T, B, ?>> props;
    private final String description;
    private final boolean crossRecord;
    /** The properties each rule reads besides the one it is reported on, by rule code. */
    private final Map<String, Set<String>> ruleReads;
    /** Conditions across properties that the schema states, each an element of the type's {@code allOf}. */
    private final List<ObjectNode> conditions;
    /** The lists that the model requires to hold at least one element. */
    private final Set<String> atLeastOne;

    private ObjectCodec(String name, Supplier<B> newBuilder, Function<B, T> build, Map<String, Prop<T, B, ?>> props,
                        String description, boolean crossRecord, Map<String, Set<String>> ruleReads,
                        List<ObjectNode> conditions, Set<String> atLeastOne) {
        this.atLeastOne = atLeastOne;
        this.crossRecord = crossRecord;
        this.ruleReads = ruleReads;
        this.conditions = conditions;
        this.name = name;
        this.newBuilder = newBuilder;
        this.build = build;
        this.props = props;
        this.description = description;
    }

    /**
     * Starts the table of a type.
     *
     * @param name  the type's name, used in the schema's {@code $defs}
     * @param newBuilder  creates an empty builder
     * @param build  builds the value, throwing {@link ModelViolationException} when a rule is broken
     * @param description  one sentence for the schema
     * @param <T>  the type
     * @param <B>  its builder
     * @return the table builder
     */
    static <T, B> Table<T, B> of(String name, Supplier<B> newBuilder, Function<B, T> build, String description) {
        return new Table<>(name, newBuilder, build, description);
    }

    /** The property names in wire order. */
    List<String> propertyNames() {
        return List.copyOf(props.keySet());
    }

    @Override
    void write(JsonGenerator g, T value) {
        g.writeStartObject();
        for (Prop<T, B, ?> p : props.values()) {
            p.write(g, value);
        }
        g.writeEndObject();
    }

    @Override
    void check(T value, WriteCheck check) {
        if (!check.enter()) {
            return;
        }
        for (Prop<T, B, ?> p : props.values()) {
            p.check(value, check);
        }
        check.exit();
    }

    @Override
    T read(Node node, Problems problems) {
        if (node.kind != Node.Kind.OBJECT) {
            wrongType(node, "an object", problems);
            return null;
        }
        B builder = newBuilder.get();
        Set<String> failed = new HashSet<>();
        boolean ok = true;
        for (Map.Entry<String, Node> field : node.fields.entrySet()) {
            Prop<T, B, ?> p = props.get(field.getKey());
            Node value = field.getValue();
            if (p == null) {
                problems.add(value, "json.unknown-property", "unknown property \"" + field.getKey() + "\" of " + name
                    + "; allowed properties: " + String.join(", ", props.keySet()));
                ok = false;
            } else if (value.kind == Node.Kind.NULL) {
                problems.add(value, "json.null", "null is not allowed; leave the property out when it has no value");
                failed.add(p.name);
            } else if (!p.read(value, builder, problems)) {
                failed.add(p.name);
            }
        }
        for (Prop<T, B, ?> p : props.values()) {
            if (p.shape == Shape.CONSTANT && !node.fields.containsKey(p.name)) {
                problems.add(node.child(p.name), node.line, node.column, "required",
                    "must not be null; the property \"" + p.name + "\" is required");
                ok = false;
            }
        }
        if (crossRecord && !(ok && failed.isEmpty())) {
            // Rules across records would only echo the records that could not be read (an id that is missing
            // because its record was refused is not an unresolved reference): they wait for a readable document.
            return null;
        }
        try {
            T built = build.apply(builder);
            return ok && failed.isEmpty() ? built : null;
        } catch (ModelViolationException ex) {
            for (Violation v : ex.violations()) {
                List<String> segments = segments(v.path());
                if (!repeatsAFailure(v.rule(), segments, failed)) {
                    reportBelow(node, segments, v, problems);
                }
            }
            return null;
        }
    }

    /**
     * Checks whether what the builder says only repeats a property that already failed to read, and was therefore
     * left out of the builder: that it is required, a rule of the whole object (such as a period with neither start
     * nor end), or a rule that reads the missing property (such as a signatory whose party was refused).
     */
    private boolean repeatsAFailure(String rule, List<String> segments, Set<String> failed) {
        if (failed.isEmpty()) {
            return false;
        }
        if (segments.isEmpty() || failed.contains(segments.get(0))) {
            return true;
        }
        for (String read : ruleReads.getOrDefault(rule, Set.of())) {
            if (failed.contains(read)) {
                return true;
            }
        }
        return false;
    }

    @Override
    ObjectNode schema(Schemas schemas) {
        return schemas.ref(name, () -> {
            ObjectNode s = NODES.objectNode();
            s.put("type", "object");
            if (description != null) {
                s.put("description", description);
            }
            ObjectNode properties = s.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (Prop<T, B, ?> p : props.values()) {
                ObjectNode property = p.schema(schemas);
                if (atLeastOne.contains(p.name)) {
                    property.put("minItems", 1);
                }
                properties.set(p.name, property);
                if (p.shape == Shape.REQUIRED || p.shape == Shape.CONSTANT || atLeastOne.contains(p.name)) {
                    required.add(p.name);
                }
            }
            if (!required.isEmpty()) {
                s.set("required", required);
            }
            s.put("additionalProperties", false);
            if (!conditions.isEmpty()) {
                ArrayNode allOf = s.putArray("allOf");
                conditions.forEach(c -> allOf.add(c.deepCopy()));
            }
            return s;
        });
    }

    /**
     * Builds the property table of a type.
     *
     * @param <T>  the type
     * @param <B>  its builder
     */
    static final class Table<T, B> {
        private final String name;
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final String description;
        private final Map<String, Prop<T, B, ?>> props = new LinkedHashMap<>();
        private final Map<String, Set<String>> ruleReads = new LinkedHashMap<>();
        private final List<ObjectNode> conditions = new ArrayList<>();
        private final Set<String> atLeastOne = new HashSet<>();
        private boolean crossRecord;

        private Table(String name, Supplier<B> newBuilder, Function<B, T> build, String description) {
            this.name = name;
            this.newBuilder = newBuilder;
            this.build = build;
            this.description = description;
        }

        private <V> Table<T, B> add(String prop, Shape shape, Codec<V> codec, Function<T, ?> getter,
                                    BiConsumer<B, ?> setter) {
            if (props.put(prop, new Prop<>(prop, shape, codec, getter, setter, null)) != null) {
                throw new IllegalStateException("Duplicate property " + prop + " of " + name);
            }
            return this;
        }

        <V> Table<T, B> required(String prop, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
            return add(prop, Shape.REQUIRED, codec, getter, setter);
        }

        <V> Table<T, B> optional(String prop, Codec<V> codec, Function<T, Optional<V>> getter,
                                 BiConsumer<B, V> setter) {
            return add(prop, Shape.OPTIONAL, codec, getter, setter);
        }

        <V> Table<T, B> list(String prop, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
                             BiConsumer<B, List<V>> setter) {
            return add(prop, Shape.LIST, codec, getter, setter);
        }

        <V> Table<T, B> set(String prop, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
                            BiConsumer<B, List<V>> setter) {
            return add(prop, Shape.SET, codec, getter, setter);
        }

        /**
         * Adds a list that the model requires to hold at least one element: the schema states it as required, with
         * at least one item; reading leaves the rule to the model, so that it is reported with the model's code.
         *
         * @param prop  the property name
         * @param codec  the wire form of an element
         * @param getter  gets the list
         * @param setter  sets the list
         * @param <V>  the element type
         * @return this table
         */
        <V> Table<T, B> listOfAtLeastOne(String prop, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
                                         BiConsumer<B, List<V>> setter) {
            atLeastOne.add(prop);
            return add(prop, Shape.LIST, codec, getter, setter);
        }

        /**
         * Adds a property always written with one fixed string value, and required on reading.
         *
         * @param prop  the property name
         * @param value  the only value
         * @return this table
         */
        Table<T, B> constant(String prop, String value) {
            return add(prop, Shape.CONSTANT, null, t -> value, (b, v) -> { });
        }

        /**
         * Marks the type's rules as rules across records, checked only when every record could be read.
         *
         * @return this table
         */
        Table<T, B> crossRecord() {
            this.crossRecord = true;
            return this;
        }

        /**
         * Declares that a rule of the type reads properties other than the one it is reported on, and breaks when
         * one of them is absent: when one of them cannot be read, the rule is not reported, as it would only repeat
         * that problem.
         *
         * @param rule  the rule code, such as {@code agreement.signatory-not-party}
         * @param properties  the properties it reads, such as {@code parties}
         * @return this table
         */
        Table<T, B> ruleReads(String rule, String... properties) {
            for (String p : properties) {
                if (!props.containsKey(p)) {
                    throw new IllegalStateException("Rule " + rule + " reads " + p + ", not a property of " + name);
                }
            }
            ruleReads.put(rule, Set.of(properties));
            return this;
        }

        /**
         * Adds to the type's schema a condition across properties that JSON Schema can state, such as the form of
         * an identifier's value in each scheme.
         *
         * @param condition  a schema, added to the type's {@code allOf}
         * @return this table
         */
        Table<T, B> schemaCondition(ObjectNode condition) {
            conditions.add(condition);
            return this;
        }

        ObjectCodec<T, B> build() {
            return new ObjectCodec<>(name, newBuilder, build,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props)), description, crossRecord,
                Map.copyOf(ruleReads), List.copyOf(conditions), Set.copyOf(atLeastOne));
        }
    }

    /** Holds the values read for a type that is built by a factory rather than a builder. */
    static final class Slots {
        private final Map<String, Object> values = new LinkedHashMap<>();

        /**
         * Gets a setter that stores a value under a name.
         *
         * @param key  the name
         * @param <V>  the value type
         * @return the setter
         */
        static <V> BiConsumer<Slots, V> put(String key) {
            return (s, v) -> s.values.put(key, v);
        }

        @SuppressWarnings("unchecked")
        <V> V get(String key) {
            return (V) values.get(key);
        }
    }

    @Override
    public String toString() {
        return name + props.keySet().stream().collect(Collectors.joining(", ", "{", "}"));
    }
}
