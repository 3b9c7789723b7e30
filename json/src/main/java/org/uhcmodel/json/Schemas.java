package org.uhcmodel.json;

import java.util.Map;
import java.util.TreeMap;
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
}
