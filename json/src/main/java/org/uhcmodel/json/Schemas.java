package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.Property;
import org.uhcmodel.value.IdentifierScheme;

import tools.jackson.databind.node.ObjectNode;

/** Gathers the named definitions ({@code $defs}) of a JSON Schema while codecs describe themselves. */
final class Schemas {

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    /**
     * Gets a reference to a named definition, describing it first if it is new.
     *
     * @param name  the definition name
     * @param describe  describes the definition (may refer to itself)
     * @return a {@code $ref} fragment
     */
    ObjectNode ref(String name, java.util.function.Supplier<ObjectNode> describe) {
        if (!defs.containsKey(name)) {
            defs.put(name, null);
            defs.put(name, describe.get());
        }
        ObjectNode ref = Codec.NODES.objectNode();
        ref.put("$ref", "#/$defs/" + name);
        return ref;
    }

    /** @return the definitions by name, sorted */
    Map<String, ObjectNode> defs() {
        return defs;
    }

    /**
     * Gets the conditions across properties of a type that the schema states: a type holding an
     * {@link IdentifierScheme} and text requires the text in the form of its scheme
     * ({@link IdentifierScheme#pattern()}).
     *
     * @param type  the type
     * @return the conditions, each an element of the type's {@code allOf}
     */
    static List<ObjectNode> conditions(ModelType<?> type) {
        List<ObjectNode> conditions = new ArrayList<>();
        Property<?> scheme = null;
        Property<?> value = null;
        for (Property<?> p : type.properties()) {
            if (p.cardinality() == Cardinality.REQUIRED && p.valueType() == IdentifierScheme.class && scheme == null) {
                scheme = p;
            } else if (p.cardinality() == Cardinality.REQUIRED && p.valueType() == String.class && value == null) {
                value = p;
            }
        }
        if (scheme == null || value == null) {
            return conditions;
        }
        for (IdentifierScheme s : IdentifierScheme.values()) {
            ObjectNode condition = Codec.NODES.objectNode();
            ObjectNode when = condition.putObject("if");
            when.putObject("properties").putObject(scheme.name()).put("const", s.code());
            when.putArray("required").add(scheme.name());
            condition.putObject("then").putObject("properties").putObject(value.name()).put("pattern", s.pattern());
            conditions.add(condition);
        }
        return conditions;
    }
}
