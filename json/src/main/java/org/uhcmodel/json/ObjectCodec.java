package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Violation;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of a {@link ModelType}, derived from its description: a JSON object with one property per property of
 * the type, named like it, in its order. Reading fills the type's generic builder straight from the token stream and
 * maps the builder's violations to JSON Pointers.
 *
 * @param <T>  the model type
 */
final class ObjectCodec<T> extends Codec<T> {

    /** One property, with the codec of its values. */
    private static final class Slot {
        final Property<Object> property;
        final int index;
        final String name;
        final SerializableString wireName;
        final Cardinality cardinality;
        final boolean collection;
        /** The codec of the values, found when first needed: a type's codec does not make those of every type it holds. */
        private volatile Codec<Object> codec;

        @SuppressWarnings("unchecked")
        Slot(Property<?> property, int index) {
            this.property = (Property<Object>) property;
            this.index = index;
            this.name = property.name();
            this.wireName = new SerializedString(name);
            this.cardinality = property.cardinality();
            this.collection = cardinality.isCollection();
        }

        /** @return the codec of the values, found the first time */
        Codec<Object> codec() {
            Codec<Object> found = codec;
            if (found == null) {
                found = Codecs.get().forProperty(property);
                codec = found;
            }
            return found;
        }
    }

    private final ModelType<T> type;
    private final Slot[] slots;
    private final Map<String, Slot> byName = new HashMap<>();
    /** A constant property the wire format adds before the type's own, or null. */
    private final String constantName;
    private final String constantValue;
    private final SerializableString constantWireName;
    /** True for a type that checks references across the records it holds: it waits for every record. */
    private final boolean crossRecord;
    /** The properties each rule reads besides the one it is reported at, by rule code. */
    private final Map<String, List<String>> ruleReads = new HashMap<>();
    private final String allowed;

    ObjectCodec(ModelType<T> type, String constantName, String constantValue) {
        this.type = type;
        this.constantName = constantName;
        this.constantValue = constantValue;
        this.constantWireName = constantName == null ? null : new SerializedString(constantName);
        List<Property<?>> properties = type.properties();
        this.slots = new Slot[properties.size()];
        boolean holdsRecords = false;
        List<String> names = new ArrayList<>();
        if (constantName != null) {
            names.add(constantName);
        }
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(properties.get(i), i);
            byName.put(slots[i].name, slots[i]);
            names.add(slots[i].name);
            holdsRecords |= ModelTypes.find(properties.get(i).valueType())
                .flatMap(ModelType::entityKind).isPresent();
        }
        this.crossRecord = holdsRecords;
        for (Rule rule : type.rules()) {
            if (!rule.reads().isEmpty()) {
                ruleReads.put(rule.code(), rule.reads());
            }
        }
        this.allowed = String.join(", ", names);
    }

    /** @return the property names in wire order */
    List<String> propertyNames() {
        List<String> names = new ArrayList<>();
        if (constantName != null) {
            names.add(constantName);
        }
        for (Slot slot : slots) {
            names.add(slot.name);
        }
        return names;
    }

    @Override
    void write(Encoder e, T value) {
        e.g.writeStartObject();
        if (constantName != null) {
            e.g.writeName(constantWireName);
            e.g.writeString(constantValue);
        }
        for (Slot slot : slots) {
            Object held = slot.property.get(value);
            if (held == null) {
                continue;
            }
            if (slot.collection) {
                Collection<?> items = (Collection<?>) held;
                if (!items.isEmpty()) {
                    e.g.writeName(slot.wireName);
                    e.g.writeStartArray();
                    for (Object item : ordered(slot, items)) {
                        slot.codec().write(e, item);
                    }
                    e.g.writeEndArray();
                }
            } else {
                e.g.writeName(slot.wireName);
                slot.codec().write(e, held);
            }
        }
        e.g.writeEndObject();
    }

    /** @return the items in the order they are written: a list's own order, a set's sorted by key */
    private static Collection<?> ordered(Slot slot, Collection<?> items) {
        if (slot.cardinality != Cardinality.SET || items.size() < 2) {
            return items;
        }
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(slot.codec()::sortKey));
        return sorted;
    }

    @Override
    void check(T value, WriteCheck check) {
        if (!check.enter()) {
            return;
        }
        for (Slot slot : slots) {
            Object held = slot.property.get(value);
            if (held == null || slot.cardinality.isCollection() && ((Collection<?>) held).isEmpty()) {
                continue;
            }
            check.push(slot.name);
            if (!slot.cardinality.isCollection()) {
                slot.codec().check(held, check);
            } else if (check.enter()) {
                int i = 0;
                for (Object item : ordered(slot, (Collection<?>) held)) {
                    check.push(i++);
                    slot.codec().check(item, check);
                    check.pop();
                }
                check.exit();
            }
            check.pop();
        }
        check.exit();
    }

    @Override
    T read(Decoder d) {
        JsonParser p = d.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            d.wrongType("an object (" + type.name() + ")");
            return null;
        }
        TokenStreamLocation start = d.mark();
        ModelBuilder<T> builder = type.builder();
        long seen = 0;
        long failed = 0;
        BitSet seenMore = null;
        BitSet failedMore = null;
        boolean ok = true;
        boolean constantSeen = false;
        Set<String> unknown = null;
        int next = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            // Properties mostly come in wire order, some left out: those after the last are tried before the table.
            Slot slot = null;
            for (int k = next; k < slots.length; k++) {
                if (slots[k].name.equals(name)) {
                    slot = slots[k];
                    break;
                }
            }
            if (slot == null) {
                slot = byName.get(name);
            }
            next = slot == null ? next : slot.index + 1;
            if (slot == null) {
                ok = false;
                if (constantName != null && constantName.equals(name) && !constantSeen) {
                    constantSeen = true;
                    p.nextToken();
                    ok = constant(d);
                    continue;
                }
                if (unknown == null) {
                    unknown = new HashSet<>();
                }
                if (!unknown.add(name) || name.equals(constantName)) {
                    duplicate(d, name);
                } else if (!Scalars.notUnicode(d, name, "property name")) {
                    p.nextToken();
                    String pointer = d.pointer();
                    TokenStreamLocation at = p.currentTokenLocation();
                    p.skipChildren();
                    d.reportAt(pointer, at, "json.unknown-property", "unknown property \"" + name + "\" of "
                        + type.name() + "; allowed properties: " + allowed);
                } else {
                    p.nextToken();
                    p.skipChildren();
                }
                continue;
            }
            int i = slot.index;
            if (i < 64) {
                long bit = 1L << i;
                if ((seen & bit) != 0) {
                    duplicate(d, name);
                    continue;
                }
                seen |= bit;
            } else {
                if (seenMore == null) {
                    seenMore = new BitSet();
                }
                if (seenMore.get(i)) {
                    duplicate(d, name);
                    continue;
                }
                seenMore.set(i);
            }
            boolean read;
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                d.report("json.null", "null is not allowed; leave the property out when it has no value");
                read = false;
            } else {
                read = slot.collection ? readCollection(d, slot, builder) : readSingle(d, slot, builder);
            }
            if (!read) {
                if (i < 64) {
                    failed |= 1L << i;
                } else {
                    if (failedMore == null) {
                        failedMore = new BitSet();
                    }
                    failedMore.set(i);
                }
            }
        }
        boolean anyFailed = failed != 0 || failedMore != null;
        if (constantName != null && !constantSeen) {
            d.reportBelow(Pointers.below(d.pointer(), constantName), start, Rule.REQUIRED.code(),
                "must be given; the property \"" + constantName + "\" is required");
            ok = false;
        }
        if (crossRecord && (!ok || anyFailed)) {
            // Rules across records would only echo the records that could not be read (an id that is missing because
            // its record was refused is not an unresolved reference): they wait for a readable document.
            return null;
        }
        List<Violation> violations = d.violations;
        violations.clear();
        T built = builder.build(violations);
        if (built == null) {
            String pointer = d.pointer();
            for (Violation v : new ArrayList<>(violations)) {
                List<String> segments = Pointers.modelPath(v.path());
                if (!repeatsAFailure(v.rule(), segments, failed, failedMore)) {
                    d.reportBelow(Pointers.below(pointer, v.path()), start, v.rule(), v.message());
                }
            }
            return null;
        }
        return ok && !anyFailed ? built : null;
    }

    private void duplicate(Decoder d, String name) {
        d.report("json.duplicate-key", "the key \"" + name
            + "\" appears more than once in this object; the first one is kept");
        d.p.nextToken();
        d.p.skipChildren();
    }

    /** Reads the constant property. */
    private boolean constant(Decoder d) {
        JsonToken t = d.p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            d.report("json.null", "null is not allowed; the property \"" + constantName + "\" is required");
            return false;
        }
        if (t != JsonToken.VALUE_STRING) {
            d.wrongType("the string \"" + constantValue + "\"");
            return false;
        }
        String text = d.p.getString();
        if (!text.equals(constantValue)) {
            if (!Scalars.notUnicode(d, text, "string")) {
                d.report("json.schema-version", "unsupported " + constantName + " \"" + text
                    + "\"; this reader reads \"" + constantValue + "\"");
            }
            return false;
        }
        return true;
    }

    private static boolean readSingle(Decoder d, Slot slot, ModelBuilder<?> builder) {
        Object value = slot.codec().read(d);
        if (value == null) {
            return false;
        }
        builder.set(slot.property, value);
        return true;
    }

    private static boolean readCollection(Decoder d, Slot slot, ModelBuilder<?> builder) {
        JsonParser p = d.p;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            d.wrongType("an array");
            return false;
        }
        boolean set = slot.cardinality == Cardinality.SET;
        List<Object> items = new ArrayList<>();
        Set<Object> distinct = set ? new HashSet<>() : null;
        boolean ok = true;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_NULL) {
                d.report("json.null", "null is not allowed; leave the element out");
                ok = false;
                continue;
            }
            // Where an element that is an object or array starts, for a duplicate found once it is read.
            TokenStreamLocation at = set && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
                ? p.currentTokenLocation() : null;
            Object value = slot.codec().read(d);
            if (value == null) {
                ok = false;
            } else if (set && !distinct.add(value)) {
                // At an element's last token, the pointer is the element's.
                d.reportAt(d.pointer(), at == null ? p.currentTokenLocation() : at, "json.duplicate-item",
                    "this set holds the same value twice");
                ok = false;
            } else {
                items.add(value);
            }
        }
        builder.setAll(slot.property, items);
        return ok;
    }

    /**
     * Checks whether what the builder says only repeats a property that already failed to read, and was therefore
     * left out of the builder: that it is required, a rule of the whole object (such as a period with neither start
     * nor end), or a rule that reads the missing property (such as a signatory whose party was refused).
     */
    private boolean repeatsAFailure(String rule, List<String> segments, long failed, BitSet failedMore) {
        if (failed == 0 && failedMore == null) {
            return false;
        }
        if (segments.isEmpty() || hasFailed(segments.get(0), failed, failedMore)) {
            return true;
        }
        for (String read : ruleReads.getOrDefault(rule, List.of())) {
            if (hasFailed(read, failed, failedMore)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFailed(String name, long failed, BitSet failedMore) {
        Slot slot = byName.get(name);
        if (slot == null) {
            return false;
        }
        return slot.index < 64 ? (failed & 1L << slot.index) != 0 : failedMore != null && failedMore.get(slot.index);
    }

    @Override
    ObjectNode schema(Schemas schemas) {
        return schemas.ref(type.name(), () -> {
            ObjectNode s = JsonNodeFactory.instance.objectNode();
            s.put("type", "object");
            ObjectNode properties = s.putObject("properties");
            ArrayNode required = JsonNodeFactory.instance.arrayNode();
            if (constantName != null) {
                ObjectNode constant = properties.putObject(constantName);
                constant.put("title", Schemas.title(constantName));
                constant.put("description", "The version of the wire format the document is written in.");
                constant.put("const", constantValue);
                required.add(constantName);
            }
            for (Slot slot : slots) {
                ObjectNode property = JsonNodeFactory.instance.objectNode();
                property.put("title", Schemas.title(slot.name));
                property.put("description", slot.property.description());
                if (slot.cardinality.isCollection()) {
                    property.put("type", "array");
                    property.set("items", slot.codec().schema(schemas));
                    if (slot.cardinality == Cardinality.SET) {
                        property.put("uniqueItems", true);
                    }
                    if (slot.property.notEmpty()) {
                        property.put("minItems", 1);
                        required.add(slot.name);
                    }
                } else {
                    property.setAll(slot.codec().schema(schemas));
                    if (slot.cardinality == Cardinality.REQUIRED) {
                        required.add(slot.name);
                    }
                }
                properties.set(slot.name, property);
            }
            if (!required.isEmpty()) {
                s.set("required", required);
            }
            s.put("additionalProperties", false);
            List<ObjectNode> conditions = Schemas.conditions(type);
            if (!conditions.isEmpty()) {
                ArrayNode allOf = s.putArray("allOf");
                conditions.forEach(allOf::add);
            }
            return s;
        });
    }
}
