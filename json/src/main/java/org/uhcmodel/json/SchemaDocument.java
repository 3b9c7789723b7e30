package org.uhcmodel.json;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles the JSON Schema (draft 2020-12) of the wire format from the same codecs that read and write it, derived
 * from the model's description, so that the schema cannot drift from the format: the document is a {@code Dataset},
 * and every model type has a definition under {@code $defs}, named like the type.
 */
final class SchemaDocument {

    /** The identifier of the schema. */
    static final String ID = "https://uhc-model.org/schema/" + UhcJson.SCHEMA_VERSION + "/uhc-model.schema.json";

    private SchemaDocument() {
    }

    /**
     * Builds the schema.
     *
     * @return the schema
     */
    static ObjectNode build() {
        Schemas schemas = new Schemas();
        for (Codec<?> codec : Codecs.get().all().values()) {
            codec.schema(schemas);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "uhc-model dataset, wire format " + UhcJson.SCHEMA_VERSION);
        root.put("description", "A uhc-model dataset. Every model type is defined under $defs, for documents "
            + "holding one value (such as one line of NDJSON). Rules across records and most rules across properties "
            + "are not expressed here: see docs/wire-format.md.");
        root.put("$ref", "#/$defs/Dataset");
        ObjectNode defs = root.putObject("$defs");
        for (Map.Entry<String, ObjectNode> e : schemas.defs().entrySet()) {
            defs.set(e.getKey(), e.getValue());
        }
        return root;
    }

    /**
     * Writes the schema as pretty JSON with {@code \n} line ends and a final line end, in ASCII: any other character
     * (such as the invisible characters of a pattern) is written as a JSON escape.
     *
     * @return the text
     */
    static String text() {
        StringWriter out = new StringWriter();
        JsonMapper mapper = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        try (JsonGenerator g = mapper.writer().with(UhcJsonWriter.prettyPrinter()).createGenerator(out)) {
            g.writeTree(build());
        }
        return out + "\n";
    }
}
