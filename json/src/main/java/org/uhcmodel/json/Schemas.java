package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.uhcmodel.internal.Javadoc;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.IdentifierScheme;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gathers the named definitions ({@code $defs}) of a JSON Schema while codecs describe themselves, each with a title,
 * its name, and a description: for a type of the model, the first sentence of its Javadoc, followed by what the codec
 * says of its form on the wire; for a definition of the wire format's own, such as {@code Decimal}, what the codec says.
 */
final class Schemas {

    /** The description of each type of the model, by the name of its definition. */
    private static final Map<String, String> SUMMARIES = summaries();

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private static Map<String, String> summaries() {
        Map<String, String> summaries = new HashMap<>();
        for (Class<?> type : ModelTypes.classes()) {
            summaries.put(type.getSimpleName(), ModelTypes.find(type).map(ModelType::description)
                .orElseGet(() -> Javadoc.summary(type)));
        }
        for (Vocabulary<?> vocabulary : Vocabularies.all()) {
            summaries.put(vocabulary.name(), Javadoc.summary(vocabulary.type()));
        }
        return summaries;
    }

    /**
     * Gets a reference to a named definition, describing it first if it is new.
     *
     * @param name  the definition name, the simple name of the model's type it describes, if any
     * @param describe  describes the definition (may refer to itself); a description it gives tells the form on the
     *  wire
     * @return a {@code $ref} fragment
     */
    ObjectNode ref(String name, java.util.function.Supplier<ObjectNode> describe) {
        if (!defs.containsKey(name)) {
            defs.put(name, null);
            ObjectNode body = describe.get();
            ObjectNode def = JsonNodeFactory.instance.objectNode();
            def.put("title", name);
            String summary = SUMMARIES.get(name);
            JsonNode form = body.remove("description");
            if (summary != null || form != null) {
                def.put("description", summary == null ? form.asString()
                    : form == null ? summary : summary + " " + form.asString());
            }
            def.setAll(body);
            defs.put(name, def);
        }
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
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
            ObjectNode condition = JsonNodeFactory.instance.objectNode();
            ObjectNode when = condition.putObject("if");
            when.putObject("properties").putObject(scheme.name()).put("const", s.code());
            when.putArray("required").add(scheme.name());
            ObjectNode form = condition.putObject("then").putObject("properties").putObject(value.name());
            form.put("type", "string");
            form.put("pattern", s.pattern());
            conditions.add(condition);
        }
        return conditions;
    }

    /**
     * Gets the title of a property: its name in words, such as {@code Cooperation areas} for
     * {@code cooperationAreas}, acronyms in capitals ({@code SDG targets}).
     *
     * @param name  the name of the property
     * @return the title
     */
    static String title(String name) {
        StringBuilder title = new StringBuilder(name.length() + 4);
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
                String word = name.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (ACRONYMS.contains(word)) {
                    word = word.toUpperCase(java.util.Locale.ROOT);
                } else if (start == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                title.append(start == 0 ? "" : " ").append(word);
                start = i;
            }
        }
        return title.toString();
    }

    /** The words of property names written in capitals in titles. */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("sdg", "iati", "dac", "uhc", "url",
        "uri", "id");
}
