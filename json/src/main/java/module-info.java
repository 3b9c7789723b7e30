/**
 * The JSON wire format of uhc-model: a Jackson 3 module, a strict reader, a deterministic writer, NDJSON streaming
 * and the JSON Schema of the format.
 */
module org.uhcmodel.json {
    requires transitive org.uhcmodel.core;
    requires transitive tools.jackson.databind;

    exports org.uhcmodel.json;
    // The JSON Schema is a resource of this package: open, so that any module can read it.
    opens org.uhcmodel.json.schema;

    provides tools.jackson.databind.JacksonModule with org.uhcmodel.json.UhcJsonModule;
}
